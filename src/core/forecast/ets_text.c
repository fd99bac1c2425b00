/*-------------------------------------------------------------------------
 *
 * ets_text.c
 *	  The text form of a gpumkt_ets_model, and its reading back.  Plain C,
 *	  no server calls.
 *
 *	  ets(v1,AAdA,t=date,unit=month,t0=240,step=1,trem=0,m=12,period=12,
 *		  n=48,filled=0,alpha=..,beta=..,gamma=..,phi=..,sigma2=..,
 *		  loglik=..,aicc=..,mae=..,rmse=..,mase=..,smape=..,level=..,
 *		  trend=..,season={..},fitted={..})
 *
 * on one line: t0 counts units from 2000-01-01 (days for a date,
 * microseconds for a timestamptz, months from January 2000 for the month
 * units; trem is then the offset within the month, days for a date,
 * microseconds for a timestamptz; unit=month_clamped, of 1.4.1, puts a
 * day past a month's end on its last day: month ends have trem=30 days);
 * every number with 17 significant digits, so that it reads back exactly;
 * NaN for an AICc or MASE that is not defined.  Reading checks the syntax
 * here and the model with ets_model_valid.
 *
 *-------------------------------------------------------------------------
 */
#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ets_math.h"

static const char *const tkind_names[] = {"integer", "date", "timestamptz"};
static const char *const unit_names[] = {"native", "month", "month_clamped"};

/* the double fields of a model, in the order of the text */
#define NDBL 13

/* The double fields in text order. */
static double *
dbl_field(EtsModel *mod, int i)
{
	double	   *f[NDBL] = {&mod->alpha, &mod->beta, &mod->gamma, &mod->phi,
		&mod->sigma2, &mod->loglik, &mod->aicc, &mod->mae, &mod->rmse,
	&mod->mase, &mod->smape, &mod->level, &mod->trend};

	return f[i];
}

static const char *const dbl_names[] = {"alpha", "beta", "gamma", "phi",
	"sigma2", "loglik", "aicc", "mae", "rmse", "mase", "smape", "level",
"trend"};

/* The most bytes ets_format writes for n points and a cycle m, with NUL. */
size_t
ets_text_max(int n, int m)
{
	return 600 + 26 * ((size_t) n + (size_t) m);
}

/* Append a double array as {a,b,...}; returns the new length. */
static size_t
put_array(char *buf, size_t len, size_t pos, const char *name,
		  const double *v, int k)
{
	pos += snprintf(buf + pos, len - pos, ",%s={", name);
	for (int i = 0; i < k; i++)
		pos += snprintf(buf + pos, len - pos, i ? ",%.17g" : "%.17g", v[i]);
	pos += snprintf(buf + pos, len - pos, "}");
	return pos;
}

/* Write the text form into buf (ets_text_max bytes); returns its length. */
size_t
ets_format(const EtsModel *mod, char *buf, size_t len)
{
	size_t		pos;

	pos = snprintf(buf, len,
				   "ets(v%d,%s,t=%s,unit=%s,t0=%lld,step=%lld,trem=%lld,m=%d,period=%d,n=%d,filled=%d",
				   (int) mod->version, ets_kind_name(mod->kind),
				   tkind_names[mod->tkind], unit_names[mod->tunit],
				   (long long) mod->t0, (long long) mod->step,
				   (long long) mod->trem, (int) mod->m, (int) mod->period,
				   (int) mod->n, (int) mod->filled);
	for (int i = 0; i < NDBL; i++)
		pos += snprintf(buf + pos, len - pos, ",%s=%.17g", dbl_names[i],
						*dbl_field((EtsModel *) mod, i));
	pos = put_array(buf, len, pos, "season", mod->data, mod->m > 1 ? mod->m : 0);
	pos = put_array(buf, len, pos, "fitted", ETS_FITTED(mod), mod->n);
	pos += snprintf(buf + pos, len - pos, ")");
	return pos;
}

/* Skip the literal lit at *p; false if it is not there. */
static bool
expect(const char **p, const char *lit)
{
	size_t		k = strlen(lit);

	if (strncmp(*p, lit, k) != 0)
		return false;
	*p += k;
	return true;
}

/* Read a whole number at *p (digits, an optional minus sign). */
static bool
read_i64(const char **p, int64_t *v)
{
	char	   *end;
	long long	r;

	if (!((**p >= '0' && **p <= '9') || **p == '-'))
		return false;
	errno = 0;
	r = strtoll(*p, &end, 10);
	if (errno != 0 || end == *p)
		return false;
	*v = r;
	*p = end;
	return true;
}

/* Read a whole number that fits an int32. */
static bool
read_i32(const char **p, int32_t *v)
{
	int64_t		r;

	if (!read_i64(p, &r) || r < INT32_MIN || r > INT32_MAX)
		return false;
	*v = (int32_t) r;
	return true;
}

/* Read a double at *p (strtod's syntax, no leading space). */
static bool
read_dbl(const char **p, double *v)
{
	char	   *end;

	if (**p == ' ' || **p == '\t' || **p == '\n' || **p == '\0')
		return false;
	*v = strtod(*p, &end);
	if (end == *p)
		return false;
	*p = end;
	return true;
}

/* Read a name among names[0..k-1]; its index, or -1. */
static int
read_name(const char **p, const char *const *names, int k)
{
	for (int i = 0; i < k; i++)
	{
		size_t		len = strlen(names[i]);

		if (strncmp(*p, names[i], len) == 0 && ((*p)[len] == ',' || (*p)[len] == ')'))
		{
			*p += len;
			return i;
		}
	}
	return -1;
}

/* Read ",name={a,b,...}" of exactly k doubles into v. */
static bool
read_array(const char **p, const char *name, double *v, int k)
{
	if (!expect(p, ",") || !expect(p, name) || !expect(p, "={"))
		return false;
	for (int i = 0; i < k; i++)
		if ((i > 0 && !expect(p, ",")) || !read_dbl(p, &v[i]))
			return false;
	return expect(p, "}");
}

/* Read the fixed fields (up to the arrays) into mod; false on bad syntax. */
static bool
parse_fixed(const char **p, EtsModel *mod)
{
	char		kind[8];
	int			k = 0;

	if (!expect(p, "ets(v") || !read_i32(p, &mod->version) || !expect(p, ","))
		return false;
	while (k < 7 && ((**p >= 'A' && **p <= 'Z') || **p == 'd'))
		kind[k++] = *(*p)++;
	kind[k] = '\0';
	if ((mod->kind = ets_kind_of_name(kind)) < 0 || strcmp(kind, ets_kind_name(mod->kind)) != 0)
		return false;
	if (!expect(p, ",t=") || (mod->tkind = read_name(p, tkind_names, 3)) < 0 ||
		!expect(p, ",unit=") || (mod->tunit = read_name(p, unit_names, 3)) < 0)
		return false;
	if (!expect(p, ",t0=") || !read_i64(p, &mod->t0) ||
		!expect(p, ",step=") || !read_i64(p, &mod->step) ||
		!expect(p, ",trem=") || !read_i64(p, &mod->trem) ||
		!expect(p, ",m=") || !read_i32(p, &mod->m) ||
		!expect(p, ",period=") || !read_i32(p, &mod->period) ||
		!expect(p, ",n=") || !read_i32(p, &mod->n) ||
		!expect(p, ",filled=") || !read_i32(p, &mod->filled))
		return false;
	for (int i = 0; i < NDBL; i++)
		if (!expect(p, ",") || !expect(p, dbl_names[i]) || !expect(p, "=") ||
			!read_dbl(p, dbl_field(mod, i)))
			return false;
	mod->flags = 0;
	return true;
}

/*
 * Read the text form s.  With room (cap bytes at mod) for the model it
 * reads all of it and returns its size; with less, only the fixed fields,
 * and returns the size needed (the caller calls again with that room).
 * 0 for bad syntax or a model of impossible size; the caller checks the
 * model it gets with ets_model_valid.
 */
size_t
ets_parse(const char *s, EtsModel *mod, size_t cap)
{
	const char *p = s;
	size_t		size;

	if (!parse_fixed(&p, mod))
		return 0;
	if (mod->n < 3 || mod->n > ETS_MAX_N || mod->m < 1 || mod->m > mod->n)
		return 0;
	size = ETS_MODEL_SIZE(mod->n, mod->m);
	if (cap < size)
		return size;
	if (!read_array(&p, "season", mod->data, mod->m > 1 ? mod->m : 0) ||
		!read_array(&p, "fitted", ETS_FITTED(mod), mod->n) ||
		!expect(&p, ")") || *p != '\0')
		return 0;
	return size;
}
