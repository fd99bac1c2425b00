/*-------------------------------------------------------------------------
 *
 * years.c
 *	  The year arguments of the forecast functions: a whole year (integer,
 *	  or any number that is a whole year: bigint, numeric, double), a date
 *	  or a timestamp, within the years gpumkt forecasts (1900 to 2200).
 *
 * A date or a timestamp is a fractional year, as in the aggregates: 2000
 * plus the days since 2000-01-01 over 365.25 (a timestamp with time zone is
 * read in the session's time zone).  Text is read as a number if it is one,
 * else as a timestamp; the text forms are there so that an untyped literal
 * or parameter (NULL, '2030') has one form to resolve to.
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include <math.h>

#include "datatype/timestamp.h"
#include "utils/builtins.h"
#include "utils/date.h"
#include "utils/datetime.h"
#include "utils/float.h"
#include "utils/timestamp.h"

#include "names.h"
#include "years.h"

#define DAYS_PER_YEAR 365.25

/* The out-of-range error of argument arg of fname, shown as shown. */
static void
year_out_of_range(const char *arg, const char *fname, const char *shown)
{
	ereport(ERROR,
			(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
			 errmsg("%s %s of %s is outside the years %d to %d",
					arg, shown, fname, GM_FIRST_YEAR, GM_LAST_YEAR),
			 errdetail("Forecasts are made for the years %d to %d only.",
					   GM_FIRST_YEAR, GM_LAST_YEAR),
			 errhint("Pass a year from %d to %d, or a date or timestamp within those years.",
					 GM_FIRST_YEAR, GM_LAST_YEAR)));
}

/* A day and time as the messages show it: ISO, BC years so marked. */
static char *
day_text(int year, int mon, int mday, const char *time)
{
	if (year <= 0)
		return psprintf("%04d-%02d-%02d%s BC", 1 - year, mon, mday, time);
	return psprintf("%04d-%02d-%02d%s", year, mon, mday, time);
}

/* A whole year given as a double. */
static double
float8_year(double y, const char *arg, const char *fname)
{
	if (isnan(y) || y < GM_FIRST_YEAR || y > GM_LAST_YEAR)
		year_out_of_range(arg, fname, float8out_internal(y));
	if (y != floor(y))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("%s %s of %s is not a whole year",
						arg, float8out_internal(y), fname),
				 errhint("Round the year, or pass a date or timestamp for a point within a year.")));
	return y;
}

/* A date as a fractional year. */
static double
date_year(DateADT d, const char *arg, const char *fname)
{
	int			y = 0,
				mon,
				mday;

	if (!DATE_NOT_FINITE(d))
		j2date(d + POSTGRES_EPOCH_JDATE, &y, &mon, &mday);
	if (DATE_NOT_FINITE(d))
		year_out_of_range(arg, fname, DATE_IS_NOBEGIN(d) ? "-infinity" : "infinity");
	if (y < GM_FIRST_YEAR || y > GM_LAST_YEAR)
		year_out_of_range(arg, fname, day_text(y, mon, mday, ""));
	return 2000.0 + (double) d / DAYS_PER_YEAR;
}

/*
 * A timestamp with time zone as a fractional year, counted in UTC as the
 * aggregates count it (so the answer does not depend on the session's time
 * zone): 2000 + days since 2000-01-01 00:00 UTC / 365.25.
 */
static double
timestamptz_year(TimestampTz t, const char *arg, const char *fname)
{
	struct pg_tm tm;
	fsec_t		fsec;

	if (TIMESTAMP_NOT_FINITE(t))
		year_out_of_range(arg, fname, TIMESTAMP_IS_NOBEGIN(t) ? "-infinity" : "infinity");
	if (timestamp2tm(t, NULL, &tm, &fsec, NULL, NULL) != 0)
		tm.tm_year = tm.tm_mon = tm.tm_mday = 0;
	if (tm.tm_year < GM_FIRST_YEAR || tm.tm_year > GM_LAST_YEAR)
		year_out_of_range(arg, fname,
						  day_text(tm.tm_year, tm.tm_mon, tm.tm_mday,
								   psprintf(" %02d:%02d:%02d+00", tm.tm_hour, tm.tm_min, tm.tm_sec)));
	return 2000.0 + (double) t / ((double) USECS_PER_DAY * DAYS_PER_YEAR);
}

/* Text as a number (a whole year), or else as a date or timestamp. */
static double
text_year(text *t, const char *arg, const char *fname)
{
	char	   *s = text_to_cstring(t);
	char	   *end;
	double		v;
	char		workbuf[MAXDATELEN + MAXDATEFIELDS];
	char	   *field[MAXDATEFIELDS];
	int			ftype[MAXDATEFIELDS];
	int			nf,
				dtype,
				tz;
	struct pg_tm tm;
	fsec_t		fsec;
	TimestampTz result;

	/* a number: digits, a point and digits, a sign, spaces around */
	v = strtod(s, &end);
	if (strspn(s, " \t+-0123456789.") == strlen(s) && end != s)
	{
		while (isspace((unsigned char) *end))
			end++;
		if (*end == '\0')
			return float8_year(v, arg, fname);
	}
	if (ParseDateTime(s, workbuf, sizeof(workbuf), field, ftype, MAXDATEFIELDS, &nf) == 0 &&
		DecodeDateTime(field, ftype, nf, &dtype, &tm, &fsec, &tz) == 0)
	{
		if (dtype == DTK_EPOCH)
			return timestamptz_year(SetEpochTimestamp(), arg, fname);
		if (dtype == DTK_DATE && tm2timestamp(&tm, fsec, &tz, &result) == 0)
			return timestamptz_year(result, arg, fname);
		year_out_of_range(arg, fname, s);
	}
	ereport(ERROR,
			(errcode(ERRCODE_INVALID_TEXT_REPRESENTATION),
			 errmsg("%s \"%s\" of %s is neither a number nor a date", arg,
					gm_echo(s, strlen(s)), fname),
			 errhint("Pass a year such as 2030, or a date or timestamp such as 2030-07-02.")));
	return 0;					/* keep compiler quiet */
}

/*
 * Argument argno of fcinfo, of the kind given, as a (fractional) year;
 * years outside 1900..2200 and fractions of a number are refused, naming
 * argument arg of function fname.
 */
double
gm_arg_year(FunctionCallInfo fcinfo, int argno, GmYearKind kind,
			const char *arg, const char *fname)
{
	switch (kind)
	{
		case GM_YEAR_INT4:
			{
				int32		y = PG_GETARG_INT32(argno);

				if (y < GM_FIRST_YEAR || y > GM_LAST_YEAR)
					year_out_of_range(arg, fname, psprintf("%d", y));
				return y;
			}
		case GM_YEAR_FLOAT8:
			return float8_year(PG_GETARG_FLOAT8(argno), arg, fname);
		case GM_YEAR_DATE:
			return date_year(PG_GETARG_DATEADT(argno), arg, fname);
		case GM_YEAR_TSTZ:
			return timestamptz_year(PG_GETARG_TIMESTAMPTZ(argno), arg, fname);
		case GM_YEAR_TEXT:
			return text_year(PG_GETARG_TEXT_PP(argno), arg, fname);
	}
	return 0;					/* keep compiler quiet */
}
