/*-------------------------------------------------------------------------
 *
 * ets_time.c
 *	  The times of a gpumkt_ets series: t of each type as a whole number
 *	  of units (the integer itself, days or microseconds since 2000-01-01),
 *	  months for series that step by calendar months (every point on the
 *	  same day of the month, or on a day d clamped to the last day of the
 *	  shorter months, month ends being d = 31; at the same UTC time), the
 *	  text of a time in ISO form whatever DateStyle and TimeZone say (so
 *	  that the functions that print times stay IMMUTABLE), and the point of
 *	  a model at a t.
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include "catalog/pg_type.h"
#include "common/int.h"
#include "datatype/timestamp.h"
#include "utils/date.h"
#include "utils/datetime.h"
#include "utils/timestamp.h"

#include "ets.h"
#include "gpumkt.h"

/* The parts of a date or time within its month. */
typedef struct MonthPos
{
	int64		month;			/* months from January 2000 */
	int64		rem;			/* units since the month's first day began */
	int64		day;			/* day of the month - 1 */
	int64		tod;			/* units since the day began (0 for a date) */
	int64		last;			/* the month's last day - 1 */
} MonthPos;

/* floor(a / b) and the remainder that goes with it, b > 0 */
static int64
floor_div(int64 a, int64 b, int64 *rem)
{
	int64		q = a / b;

	if (a % b != 0 && a < 0)
		q--;
	*rem = a - q * b;
	return q;
}

/* Where a date or timestamptz x lies in its month. */
static void
month_pos(int tkind, int64 x, MonthPos *p)
{
	int64		days = x;
	int			y,
				mo,
				d;

	p->tod = 0;
	if (tkind == ETS_T_TSTZ)
		days = floor_div(x, USECS_PER_DAY, &p->tod);
	j2date((int) (days + POSTGRES_EPOCH_JDATE), &y, &mo, &d);
	p->month = (int64) (y - 2000) * 12 + (mo - 1);
	p->day = d - 1;
	p->last = day_tab[isleap(y) ? 1 : 0][mo - 1] - 1;
	p->rem = (tkind == ETS_T_TSTZ) ? p->day * USECS_PER_DAY + p->tod : p->day;
}

/* A date or timestamptz x as months from January 2000 and the rest. */
void
ets_month_of(int tkind, int64 x, int64 *month, int64 *rem)
{
	MonthPos	p;

	month_pos(tkind, x, &p);
	*month = p.month;
	*rem = p.rem;
}

/*
 * The x of a month and rest (in the unit's sense: the month unit puts it
 * rem after the month's start; the clamped unit moves a day past the
 * month's end to its last day); false if there is no such day or time.
 */
bool
ets_x_of_month(int tkind, int tunit, int64 month, int64 rem, int64 *x)
{
	int64		mo,
				y = floor_div(month, 12, &mo) + 2000;
	int64		days,
				next,
				unit = (tkind == ETS_T_TSTZ) ? USECS_PER_DAY : 1;

	if (y < -4713 || y > 5874897)
		return false;
	days = date2j((int) y, (int) mo + 1, 1) - POSTGRES_EPOCH_JDATE;
	next = (mo == 11 ? date2j((int) y + 1, 1, 1) : date2j((int) y, (int) mo + 2, 1)) -
		POSTGRES_EPOCH_JDATE;
	if (tunit == ETS_UNIT_MONTH_CLAMPED && rem / unit >= next - days)
		rem = (next - days - 1) * unit + rem % unit;
	if (pg_mul_s64_overflow(days, unit, x) || pg_add_s64_overflow(*x, rem, x) ||
		pg_mul_s64_overflow(next, unit, &next) || *x >= next)
		return false;
	return tkind == ETS_T_DATE ? IS_VALID_DATE(*x) : IS_VALID_TIMESTAMP(*x);
}

/*
 * The calendar of a date or timestamptz series, at least two months long:
 * ETS_UNIT_MONTH when every point is on the same day (up to the 28th) and
 * time; ETS_UNIT_MONTH_CLAMPED when every point is on day d or the last
 * day of a shorter month, at the same time (d the latest day among them,
 * or 31 if each is its month's last day: month ends); else
 * ETS_UNIT_NATIVE.  For a calendar, each x becomes its month and *trem the
 * common rest (the unclamped one).
 */
int
ets_calendar(EtsPoint *pts, int npts, int tkind, int64 *trem)
{
	MonthPos	p,
				p0;
	bool		same_rem = true,
				same_tod = true,
				all_last = true,
				several = false;
	int64		maxday = 0,
				unit = (tkind == ETS_T_TSTZ) ? USECS_PER_DAY : 1;
	int			tunit = ETS_UNIT_MONTH;

	*trem = 0;
	if (tkind == ETS_T_INT || npts < 1)
		return ETS_UNIT_NATIVE;
	month_pos(tkind, pts[0].x, &p0);
	for (int i = 0; i < npts; i++)
	{
		month_pos(tkind, pts[i].x, &p);
		same_rem &= (p.rem == p0.rem);
		same_tod &= (p.tod == p0.tod);
		all_last &= (p.day == p.last);
		several |= (p.month != p0.month);
		maxday = Max(maxday, p.day);
	}
	if (!several || !same_tod)
		return ETS_UNIT_NATIVE;
	if (!same_rem || maxday >= 28)
	{
		tunit = ETS_UNIT_MONTH_CLAMPED;
		maxday = all_last ? 30 : maxday;
		for (int i = 0; i < npts; i++)
		{
			month_pos(tkind, pts[i].x, &p);
			if (p.day != Min(maxday, p.last))
				return ETS_UNIT_NATIVE;
		}
	}
	*trem = (tunit == ETS_UNIT_MONTH) ? p0.rem : maxday * unit + p0.tod;
	for (int i = 0; i < npts; i++)
	{
		month_pos(tkind, pts[i].x, &p);
		pts[i].x = p.month;
	}
	return tunit;
}

/* A t as text: the integer, or an ISO date or UTC time. */
char *
ets_x_text(int tkind, int64 x)
{
	int64		days = x,
				us = 0;
	int			y,
				mo,
				d;
	char		frac[16] = "";

	if (tkind == ETS_T_INT)
		return psprintf(INT64_FORMAT, x);
	if (tkind == ETS_T_TSTZ)
		days = floor_div(x, USECS_PER_DAY, &us);
	j2date((int) (days + POSTGRES_EPOCH_JDATE), &y, &mo, &d);
	if (tkind == ETS_T_DATE)
		return psprintf("%04d-%02d-%02d%s", y > 0 ? y : 1 - y, mo, d, y > 0 ? "" : " BC");
	if (us % USECS_PER_SEC != 0)
		snprintf(frac, sizeof(frac), ".%06d", (int) (us % USECS_PER_SEC));
	return psprintf("%04d-%02d-%02d %02d:%02d:%02d%s+00%s", y > 0 ? y : 1 - y, mo, d,
					(int) (us / USECS_PER_HOUR), (int) (us / USECS_PER_MINUTE % 60),
					(int) (us / USECS_PER_SEC % 60), frac, y > 0 ? "" : " BC");
}

/* The x of point i of the model; false past the range of the type. */
static bool
point_x(const EtsModel *mod, int64 i, int64 *x)
{
	int64		u;

	if (pg_mul_s64_overflow(i, mod->step, &u) || pg_add_s64_overflow(u, mod->t0, &u))
		return false;
	if (mod->tunit != ETS_UNIT_NATIVE)
		return ets_x_of_month(mod->tkind, mod->tunit, u, mod->trem, x);
	*x = u;
	if (mod->tkind == ETS_T_DATE)
		return IS_VALID_DATE(u);
	if (mod->tkind == ETS_T_TSTZ)
		return IS_VALID_TIMESTAMP(u);
	return true;
}

/* The t of point i of a model as text; NULL past the range of the type. */
char *
ets_point_text(const EtsModel *mod, int64 i)
{
	int64		x;

	if (!point_x(mod, i, &x))
		return NULL;
	return ets_x_text(mod->tkind, x);
}

/* Refuse a t that is not on the model's steps. */
static void pg_attribute_noreturn()
off_step(const EtsModel *mod, int64 x, const char *fname)
{
	char	   *p0 = ets_point_text(mod, 0);
	char	   *p1 = ets_point_text(mod, 1);

	ereport(ERROR,
			(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
			 errmsg("t of %s is not a point of the model's series", fname),
			 errdetail("The series has a point at %s, %s and so on, at the same step; %s is not one of them.",
					   p0, p1 ? p1 : "?", ets_x_text(mod->tkind, x)),
			 errhint("Pass a t that the series' step reaches.")));
}

/*
 * The index of the model's point at x (a t in units of the model's type):
 * 0..n-1 inside the series, n.. after it.  Refuses a t before the first
 * point, off the step, or more than ETS_MAX_H steps after the last point.
 */
int64
ets_index_of(const EtsModel *mod, int64 x, const char *fname)
{
	int64		u = x,
				rem,
				at,
				d;

	if (mod->tunit != ETS_UNIT_NATIVE)
	{
		ets_month_of(mod->tkind, x, &u, &rem);
		if (!ets_x_of_month(mod->tkind, mod->tunit, u, mod->trem, &at) || at != x)
			off_step(mod, x, fname);
	}
	if (pg_sub_s64_overflow(u, mod->t0, &d) || d % mod->step != 0)
		off_step(mod, x, fname);
	if (d < 0)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("t of %s is before the first point of the model", fname),
				 errdetail("The series starts at %s.", ets_point_text(mod, 0)),
				 errhint("A model predicts at its points and after them only.")));
	if (d / mod->step - mod->n + 1 > ETS_MAX_H)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("t of %s is too far after the last point of the model", fname),
				 errdetail("It is %lld steps after the last point; a forecast reaches %d steps at most.",
						   (long long) (d / mod->step - mod->n + 1), ETS_MAX_H),
				 errhint("Predict nearer to the series.")));
	return d / mod->step;
}

/*
 * Argument argno as a t in units of its type (bigint, date, timestamptz as
 * the SQL function declares it, a date cast to timestamptz counting as a
 * date), which must be the model's; finite.
 */
int64
ets_t_arg(FunctionCallInfo fcinfo, int argno, int tkind, const char *fname)
{
	Datum		d = PG_GETARG_DATUM(argno);
	Oid			type = get_fn_expr_argtype(fcinfo->flinfo, argno);
	int			k = type == DATEOID ? ETS_T_DATE :
		(type == TIMESTAMPTZOID ? ETS_T_TSTZ : ETS_T_INT);
	static const char *const names[] = {"an integer", "a date", "a timestamptz"};

	if (k == ETS_T_TSTZ && gm_tstz_arg_source(fcinfo, argno) == DATEOID)
	{
		k = ETS_T_DATE;
		d = DateADTGetDatum(gm_tstz_cast_date(DatumGetTimestampTz(d)));
	}
	if (k != tkind)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("t of %s must be %s for this model", fname, names[tkind]),
				 errdetail("The model was fitted over t of that type; t here is %s.", names[k]),
				 errhint("Cast t to the type the model's series had.")));
	if (k == ETS_T_INT)
		return DatumGetInt64(d);
	if (k == ETS_T_DATE ? DATE_NOT_FINITE(DatumGetDateADT(d)) :
		TIMESTAMP_NOT_FINITE(DatumGetTimestampTz(d)))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("t of %s must be finite", fname),
				 errhint("Pass a date or time other than infinity.")));
	return k == ETS_T_DATE ? (int64) DatumGetDateADT(d) : DatumGetTimestampTz(d);
}
