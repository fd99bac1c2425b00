/*-------------------------------------------------------------------------
 *
 * ets_text.c
 *	  The text form of a gpumkt_ets_model, and its reading back (version 2,
 *	  and version 1 as 2.0 printed it).  Plain C, no server calls.
 *
 *	  ets(v2,ets,MAdM,t=date,unit=month,t0=240,step=1,trem=0,m=12,
 *		  period=12,n=48,filled=0,flags=1,alpha=..,beta=..,gamma=..,phi=..,
 *		  sigma2=..,loglik=..,aicc=..,mae=..,rmse=..,mase=..,smape=..,
 *		  level=..,trend=..,season={..},fitted={..},cand={ANN:..,MAN:..}
 *		  [,extra={..}][,weights={..},comp={ets(..);ets(..)}])
 *
 * on one line: the method (ets, theta, combination) and the model's code
 * after the version; t0 counts units from 2000-01-01 (days for a date,
 * microseconds for a timestamptz, months from January 2000 for the month
 * units; trem is then the offset within the month, days for a date,
 * microseconds for a timestamptz; unit=month_clamped, of 1.4.1, puts a
 * day past a month's end on its last day: month ends have trem=30 days);
 * every number with 17 significant digits, so that it reads back exactly;
 * NaN for an AICc or MASE that is not defined.  cand lists the models
 * tried with their AICc; extra the method's own parameters (THETA);
 * weights and comp a COMBINATION's components, each in this same form.
 * Version 1's text (2.0: ets(v1,KIND,t=..,..,filled=..,alpha=..,..,
 * trend=..,season={..},fitted={..})) reads as the same model in version
 * 2.  Reading checks the syntax here and the model with ets_model_valid.
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

static const char *const method_names[] = {"ets", "theta", "combination"};

/* The name of a candidate's code. */
static const char *
cand_name(double code)
{
	if (code == ETS_CAND_THETA)
		return "THETA";
	if (code == ETS_CAND_COMBINATION)
		return "COMBINATION";
	return ets_code_name((int) code);
}

/* The most bytes ets_format writes for a model, with NUL. */
size_t
ets_text_max(const EtsModel *mod)
{
	size_t		len = 700 + 26 * ETS_NDOUBLES(mod->n, mod->m, mod->ncand,
											   mod->nextra, mod->ncomp);

	for (int i = 0; i < mod->ncomp; i++)
		len += ets_text_max(ets_component(mod, i));
	return len;
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

/* Append the candidates as cand={NAME:aicc,...}. */
static size_t
put_cand(const EtsModel *mod, char *buf, size_t len, size_t pos)
{
	pos += snprintf(buf + pos, len - pos, ",cand={");
	for (int i = 0; i < mod->ncand; i++)
		pos += snprintf(buf + pos, len - pos, i ? ",%s:%.17g" : "%s:%.17g",
						cand_name(ETS_CAND(mod)[2 * i]), ETS_CAND(mod)[2 * i + 1]);
	pos += snprintf(buf + pos, len - pos, "}");
	return pos;
}

/* Write the text form into buf (ets_text_max bytes); returns its length. */
size_t
ets_format(const EtsModel *mod, char *buf, size_t len)
{
	size_t		pos;

	pos = snprintf(buf, len,
				   "ets(v%d,%s,%s,t=%s,unit=%s,t0=%lld,step=%lld,trem=%lld,m=%d,period=%d,n=%d,filled=%d,flags=%d",
				   (int) mod->version, method_names[mod->method],
				   ets_code_name(mod->code),
				   tkind_names[mod->tkind], unit_names[mod->tunit],
				   (long long) mod->t0, (long long) mod->step,
				   (long long) mod->trem, (int) mod->m, (int) mod->period,
				   (int) mod->n, (int) mod->filled, (int) mod->flags);
	for (int i = 0; i < NDBL; i++)
		pos += snprintf(buf + pos, len - pos, ",%s=%.17g", dbl_names[i],
						*dbl_field((EtsModel *) mod, i));
	pos = put_array(buf, len, pos, "season", mod->data, mod->m > 1 ? mod->m : 0);
	pos = put_array(buf, len, pos, "fitted", ETS_FITTED(mod), mod->n);
	pos = put_cand(mod, buf, len, pos);
	if (mod->nextra > 0)
		pos = put_array(buf, len, pos, "extra", ETS_EXTRA(mod), mod->nextra);
	if (mod->ncomp > 0)
	{
		pos = put_array(buf, len, pos, "weights", ETS_WEIGHTS(mod), mod->ncomp);
		pos += snprintf(buf + pos, len - pos, ",comp={");
		for (int i = 0; i < mod->ncomp; i++)
		{
			if (i > 0)
				pos += snprintf(buf + pos, len - pos, ";");
			pos += ets_format(ets_component(mod, i), buf + pos, len - pos);
		}
		pos += snprintf(buf + pos, len - pos, "}");
	}
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

/*
 * Where a parse writes: out (cap bytes) while it has room, nothing after
 * (the parse goes on to measure the size).
 */
typedef struct Sink
{
	char	   *out;
	size_t		cap;
	size_t		at;				/* bytes used so far */
} Sink;

/* Put a double at the sink's next place (if it has room). */
static void
sink_dbl(Sink *k, double v)
{
	if (k->out != NULL && k->at + sizeof(double) <= k->cap)
		memcpy(k->out + k->at, &v, sizeof(double));
	k->at += sizeof(double);
}

/* Read ",name={a,b,...}" of any length into the sink; the count into *k. */
static bool
read_list(const char **p, const char *name, Sink *sk, int *k)
{
	double		v;

	*k = 0;
	if (!expect(p, ",") || !expect(p, name) || !expect(p, "={"))
		return false;
	while (**p != '}')
	{
		if ((*k > 0 && !expect(p, ",")) || !read_dbl(p, &v) || *k >= 4 * ETS_MAX_N)
			return false;
		sink_dbl(sk, v);
		(*k)++;
	}
	(*p)++;
	return true;
}

/* Read ",cand={NAME:aicc,...}" into the sink; the count into *k. */
static bool
read_cand(const char **p, Sink *sk, int *k)
{
	double		v;

	*k = 0;
	if (!expect(p, ",cand={"))
		return false;
	while (**p != '}')
	{
		char		name[16];
		int			len = 0,
					code;

		if ((*k > 0 && !expect(p, ",")) || *k >= ETS_MAX_CAND)
			return false;
		while (len < 15 && **p && **p != ':')
			name[len++] = *(*p)++;
		name[len] = '\0';
		if (strcmp(name, "THETA") == 0)
			code = ETS_CAND_THETA;
		else if (strcmp(name, "COMBINATION") == 0)
			code = ETS_CAND_COMBINATION;
		else if ((code = ets_code_of_name(name)) < 0 || strcmp(name, ets_code_name(code)) != 0)
			return false;
		if (!expect(p, ":") || !read_dbl(p, &v))
			return false;
		sink_dbl(sk, code);
		sink_dbl(sk, v);
		(*k)++;
	}
	(*p)++;
	return true;
}

/* Read the model's code name at *p (ANN .. MMdM, exact); -1 if none. */
static int
read_code(const char **p)
{
	char		name[8];
	int			k = 0,
				code;

	while (k < 7 && ((**p >= 'A' && **p <= 'Z') || **p == 'd'))
		name[k++] = *(*p)++;
	name[k] = '\0';
	code = ets_code_of_name(name);
	return (code >= 0 && strcmp(name, ets_code_name(code)) == 0) ? code : -1;
}

/* Read the version, method and code: v1 (2.0's kinds) or v2. */
static bool
parse_head(const char **p, EtsModel *mod)
{
	int32_t		version;
	int			kind;

	if (!expect(p, "ets(v") || !read_i32(p, &version) || !expect(p, ","))
		return false;
	mod->version = ETS_VERSION;
	if (version == ETS_VERSION_1)
	{
		mod->method = ETS_METHOD_ETS;
		kind = read_code(p);
		for (int k = 0; k < ETS_NKINDS; k++)
			if (kind >= 0 && ets_kind_v1_code(k) == kind)
				return (mod->code = kind) >= 0;
		return false;
	}
	if (version != ETS_VERSION || (mod->method = read_name(p, method_names, 3)) < 0 ||
		!expect(p, ","))
		return false;
	return (mod->code = read_code(p)) >= 0;
}

/* Read the fixed fields (up to the arrays) into mod; false on bad syntax. */
static bool
parse_fixed(const char **p, EtsModel *mod, bool *v1)
{
	*v1 = strncmp(*p, "ets(v1,", 7) == 0;
	if (!parse_head(p, mod))
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
	mod->flags = 0;
	if (!*v1 && (!expect(p, ",flags=") || !read_i32(p, &mod->flags)))
		return false;
	for (int i = 0; i < NDBL; i++)
		if (!expect(p, ",") || !expect(p, dbl_names[i]) || !expect(p, "=") ||
			!read_dbl(p, dbl_field(mod, i)))
			return false;
	return mod->n >= 3 && mod->n <= ETS_MAX_N && mod->m >= 1 && mod->m <= mod->n;
}

static bool parse_model(const char **p, Sink *sk, int depth);

/* Read ",comp={model;model...}" into the sink; the count into *k. */
static bool
read_comps(const char **p, Sink *sk, int depth, int *k)
{
	*k = 0;
	if (!expect(p, ",comp={"))
		return false;
	while (**p != '}')
	{
		if ((*k > 0 && !expect(p, ";")) || *k >= ETS_MAX_COMP ||
			!parse_model(p, sk, depth + 1))
			return false;
		(*k)++;
	}
	(*p)++;
	return true;
}

/*
 * Read one model at *p into the sink (from its current place); false on
 * bad syntax.  The fixed part is written last, when the counts are known.
 */
static bool
parse_model(const char **p, Sink *sk, int depth)
{
	EtsModel	hdr;
	size_t		start = sk->at;
	int			k;
	bool		v1;

	memset(&hdr, 0, sizeof(hdr));
	if (depth > 1 || !parse_fixed(p, &hdr, &v1))
		return false;
	sk->at += offsetof(EtsModel, data);
	if (!read_list(p, "season", sk, &k) || k != (hdr.m > 1 ? hdr.m : 0) ||
		!read_list(p, "fitted", sk, &k) || k != hdr.n)
		return false;
	if (!v1)
	{
		if (!read_cand(p, sk, &hdr.ncand))
			return false;
		if (strncmp(*p, ",extra=", 7) == 0 && !read_list(p, "extra", sk, &hdr.nextra))
			return false;
		if (strncmp(*p, ",weights=", 9) == 0 &&
			(!read_list(p, "weights", sk, &hdr.ncomp) || hdr.ncomp < 1 ||
			 !read_comps(p, sk, depth, &k) || k != hdr.ncomp))
			return false;
	}
	if (!expect(p, ")"))
		return false;
	hdr.vl_len_ = (int32_t) (sk->at - start);
	if (sk->out != NULL && sk->at <= sk->cap)
		memcpy(sk->out + start, &hdr, offsetof(EtsModel, data));
	return true;
}

/*
 * Read the text form s.  With room (cap bytes at mod) for the model it
 * reads all of it and returns its size; with less, it returns the size
 * needed (the caller calls again with that room).  0 for bad syntax; the
 * caller checks the model it gets with ets_model_valid.  The top model's
 * vl_len_ holds its size (the caller sets the varlena header over it).
 */
size_t
ets_parse(const char *s, EtsModel *mod, size_t cap)
{
	const char *p = s;
	Sink		sk = {(char *) mod, cap, 0};

	if (!parse_model(&p, &sk, 0) || *p != '\0')
		return 0;
	return sk.at;
}
