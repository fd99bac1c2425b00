/*-------------------------------------------------------------------------
 *
 * share_hhi.c
 *	  The share and concentration aggregates gpumkt_share and gpumkt_hhi:
 *	  their float8[4] states, checked wherever one comes in, and their
 *	  transition, inverse, combine and final functions.
 *
 * A state is {rows, a, b, inexact}, changed in place inside an aggregate.
 *	gpumkt_share: a = sum of the part's values, b = sum of all values.
 *	gpumkt_hhi:   a = sum of values,            b = sum of their squares.
 * Values are sizes: never below zero.  inexact counts the rows whose sums
 * may have been rounded.  A moving frame takes a row back by subtraction
 * only while every sum is exact (integers well inside 2^53) before and
 * after it: then nothing is lost.  Otherwise the inverse declines and
 * PostgreSQL recomputes the frame, since subtracting a large value from a
 * rounded sum can lose every digit.
 *
 * The functions are also callable (by those granted EXECUTE), so every
 * state that comes in is checked against what the aggregate could have
 * made; a state that breaks the rules is refused with 22023 rather than
 * turned into a share or an index that cannot be.
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include <float.h>
#include <math.h>

#include "catalog/pg_type.h"
#include "fmgr.h"
#include "utils/array.h"

#include "agg_common.h"

#define SUMS_EXACT_LIMIT 9007199254740992.0	/* 2^53 */
#define HHI_EXACT_VALUE 67108864.0	/* 2^26: its square stays exact */

/* which aggregate a state belongs to, for its rules and its messages */
typedef enum SumsKind
{
	SUMS_SHARE,
	SUMS_HHI,
	SUMS_EITHER					/* gpumkt_sums_combine of 1.2: common rules */
} SumsKind;

/* the aggregate of each kind but SUMS_EITHER, as messages name it */
static const char *const kind_names[] = {"gpumkt_share", "gpumkt_hhi", NULL};

/* Refuse a state that breaks a rule; detail says which. */
static void
bad_state(SumsKind kind, const char *detail)
{
	if (kind == SUMS_EITHER)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("invalid gpumkt_share or gpumkt_hhi state"),
				 errdetail_internal("%s", _(detail)),
				 errhint("Pass only states that the aggregate's own functions make: {rows, two sums, inexact rows}.")));
	ereport(ERROR,
			(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
			 errmsg("invalid %s state", kind_names[kind]),
			 errdetail_internal("%s", _(detail)),
			 errhint("Pass only states that the aggregate's own functions make: {rows, two sums, inexact rows}.")));
}

/* Is a count of rows a whole number, not below zero? */
static inline bool
is_count(double c)
{
	return c >= 0.0 && c == rint(c);
}

/* The sums of gpumkt_hhi: each value is a size, its square at most the sum's. */
static void
check_hhi_sums(const float8 *s)
{
	double		rows = s[0];
	double		tol = 4.0 * (rows + 2.0) * DBL_EPSILON / 2.0;
	double		slack = (rows + 1.0) * DBL_MIN;

	if (s[1] < 0.0 || s[2] < 0.0)
		bad_state(SUMS_HHI, gettext_noop("Its sum and sum of squares must not be below zero."));
	/* sum/n <= ... : (sum)^2 / rows <= sum of squares <= (sum)^2, to rounding */
	if (s[2] > s[1] * s[1] * (1.0 + tol) + slack ||
		(rows > 0.0 && s[2] < (s[1] / rows) * s[1] * (1.0 - tol) - slack))
		bad_state(SUMS_HHI, gettext_noop("Its sum of squares must lie between the square of its sum divided by its rows and the square of its sum."));
}

/* The float8[4] state a of kind, checked against the rules of its kind. */
static float8 *
sums_state(ArrayType *a, SumsKind kind)
{
	float8	   *s;

	if (ARR_NDIM(a) != 1 || ARR_DIMS(a)[0] != 4 || ARR_LBOUND(a)[0] != 1 ||
		ARR_HASNULL(a) || ARR_ELEMTYPE(a) != FLOAT8OID)
		bad_state(kind, gettext_noop("The state must be a float8 array of 4 elements, without NULLs."));
	s = (float8 *) ARR_DATA_PTR(a);
	if (!isfinite(s[0]) || !isfinite(s[1]) || !isfinite(s[2]) || !isfinite(s[3]))
		bad_state(kind, gettext_noop("The state holds NaN or an infinity."));
	if (!is_count(s[0]) || !is_count(s[3]) || s[3] > s[0])
		bad_state(kind, gettext_noop("Its counts of rows must be whole numbers not below zero, its inexact rows no more than its rows."));
	if (s[0] == 0.0 && (s[1] != 0.0 || s[2] != 0.0))
		bad_state(kind, gettext_noop("A state of no rows must hold sums of zero."));
	if (kind == SUMS_SHARE && (s[1] < 0.0 || s[2] < 0.0 || s[1] > s[2]))
		bad_state(kind, gettext_noop("Its part and whole must not be below zero, and the part must be no larger than the whole."));
	if (kind == SUMS_HHI)
		check_hhi_sums(s);
	return s;
}

/* The state array to change: in place inside an aggregate, else a copy. */
static ArrayType *
sums_for_update(FunctionCallInfo fcinfo)
{
	if (gm_in_aggregate(fcinfo))
		return PG_GETARG_ARRAYTYPE_P(0);
	return PG_GETARG_ARRAYTYPE_P_COPY(0);
}

/* The error for a sum of a state of kind that left the double range. */
static void
report_sum_overflow(SumsKind kind)
{
	if (kind == SUMS_EITHER)
		ereport(ERROR,
				(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
				 errmsg("sum of the values of gpumkt_share or gpumkt_hhi is out of range"),
				 errhint("Express the values in a larger unit, such as billions.")));
	ereport(ERROR,
			(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
			 errmsg("sum of the values of %s is out of range", kind_names[kind]),
			 errhint("Express the values in a larger unit, such as billions.")));
}

/* a + b for the sums of a state of kind, refused when out of range. */
static inline double
sum_add(double a, double b, SumsKind kind)
{
	double		r = a + b;

	if (unlikely(isinf(r)))
		report_sum_overflow(kind);
	return r;
}

/* Is v an integer whose sums, within limit, add and subtract exactly? */
static inline bool
exact_value(double v, double limit)
{
	return fabs(v) < limit && v == rint(v);
}

/*
 * May the row v be taken back from sums that become a and b?  Only while
 * every sum has been exact, the row is an exact integer and the new sums
 * stay below 2^53, so that the subtraction loses nothing.
 */
static inline bool
exact_removal(const float8 *s, double v, double limit, double a, double b)
{
	return s[3] == 0.0 && exact_value(v, limit) &&
		fabs(a) < SUMS_EXACT_LIMIT && fabs(b) < SUMS_EXACT_LIMIT;
}

/* Count a row as inexact when it, or the sums it made, may have rounded. */
static inline void
note_exactness(float8 *s, double v, double limit)
{
	if (!exact_value(v, limit) ||
		!(fabs(s[1]) < SUMS_EXACT_LIMIT) || !(fabs(s[2]) < SUMS_EXACT_LIMIT))
		s[3] += 1.0;
}

/* Refuse a size that is NaN, infinite or below zero. */
static void
check_size(double value, const char *fname)
{
	if (!isfinite(value))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("value of %s must be a finite number", fname),
				 errhint("Filter out NaN and infinite values.")));
	if (value < 0.0)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("value of %s must not be below zero", fname),
				 errdetail("The value is %g.", value),
				 errhint("Shares and concentration are measured over sizes: revenue, shipments, capacity; filter out negative values such as returns.")));
}

/* Add (sign = 1) or take back (sign = -1) a row of gpumkt_share. */
static Datum
share_step(FunctionCallInfo fcinfo, double sign)
{
	ArrayType  *a;
	float8	   *s;
	double		value,
				part,
				whole;

	if (PG_ARGISNULL(0))
		PG_RETURN_NULL();
	a = sums_for_update(fcinfo);
	s = sums_state(a, SUMS_SHARE);
	if (PG_ARGISNULL(1))
		PG_RETURN_ARRAYTYPE_P(a);
	value = PG_GETARG_FLOAT8(1);
	check_size(value, "gpumkt_share");
	part = s[1];
	if (!PG_ARGISNULL(2) && PG_GETARG_BOOL(2))
		part = sum_add(s[1], sign * value, SUMS_SHARE);
	whole = sum_add(s[2], sign * value, SUMS_SHARE);
	/* taking back is exact only while every sum is, before and after */
	if (sign < 0.0 && !exact_removal(s, value, SUMS_EXACT_LIMIT, part, whole))
		PG_RETURN_NULL();
	s[0] += sign;
	s[1] = part;
	s[2] = whole;
	if (sign > 0.0)
		note_exactness(s, value, SUMS_EXACT_LIMIT);
	PG_RETURN_ARRAYTYPE_P(a);
}

/* Transition of gpumkt_share(float8, boolean). */
PG_FUNCTION_INFO_V1(gpumkt_share_trans);
Datum
gpumkt_share_trans(PG_FUNCTION_ARGS)
{
	return share_step(fcinfo, 1.0);
}

/* Inverse transition of gpumkt_share, for moving frames. */
PG_FUNCTION_INFO_V1(gpumkt_share_inv);
Datum
gpumkt_share_inv(PG_FUNCTION_ARGS)
{
	return share_step(fcinfo, -1.0);
}

/* Final function of gpumkt_share: part over whole. */
PG_FUNCTION_INFO_V1(gpumkt_share_final);
Datum
gpumkt_share_final(PG_FUNCTION_ARGS)
{
	float8	   *s = sums_state(PG_GETARG_ARRAYTYPE_P(0), SUMS_SHARE);

	if (s[0] == 0)
		PG_RETURN_NULL();
	if (s[2] == 0.0)
		ereport(ERROR,
				(errcode(ERRCODE_DIVISION_BY_ZERO),
				 errmsg("total of gpumkt_share is zero"),
				 errhint("A share needs a whole above zero; filter out groups whose values are all zero.")));
	/* 0 <= part <= whole: a share within [0, 1]; a part too small beside its whole is 0 */
	PG_RETURN_FLOAT8(s[1] / s[2]);
}

/* Add (sign = 1) or take back (sign = -1) a row of gpumkt_hhi. */
static Datum
hhi_step(FunctionCallInfo fcinfo, double sign)
{
	ArrayType  *a = sums_for_update(fcinfo);
	float8	   *s = sums_state(a, SUMS_HHI);
	double		value = PG_GETARG_FLOAT8(1);
	double		square,
				sum,
				squares;

	check_size(value, "gpumkt_hhi");
	/* a square below the smallest double counts as 0 beside the others */
	square = value * value;
	if (unlikely(isinf(square)))
		ereport(ERROR,
				(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
				 errmsg("value of gpumkt_hhi is too large to square"),
				 errdetail("The value is %g.", value),
				 errhint("Express the sizes in a larger unit, such as billions.")));
	sum = sum_add(s[1], sign * value, SUMS_HHI);
	squares = sum_add(s[2], sign * square, SUMS_HHI);
	if (sign < 0.0 && !exact_removal(s, value, HHI_EXACT_VALUE, sum, squares))
		PG_RETURN_NULL();
	s[0] += sign;
	s[1] = sum;
	s[2] = squares;
	if (sign > 0.0)
		note_exactness(s, value, HHI_EXACT_VALUE);
	PG_RETURN_ARRAYTYPE_P(a);
}

/* Transition of gpumkt_hhi(float8). */
PG_FUNCTION_INFO_V1(gpumkt_hhi_trans);
Datum
gpumkt_hhi_trans(PG_FUNCTION_ARGS)
{
	return hhi_step(fcinfo, 1.0);
}

/* Inverse transition of gpumkt_hhi, for moving frames. */
PG_FUNCTION_INFO_V1(gpumkt_hhi_inv);
Datum
gpumkt_hhi_inv(PG_FUNCTION_ARGS)
{
	return hhi_step(fcinfo, -1.0);
}

/* Final function of gpumkt_hhi: 10,000 x the sum of squared shares. */
PG_FUNCTION_INFO_V1(gpumkt_hhi_final);
Datum
gpumkt_hhi_final(PG_FUNCTION_ARGS)
{
	float8	   *s = sums_state(PG_GETARG_ARRAYTYPE_P(0), SUMS_HHI);
	double		hhi;

	if (s[0] == 0)
		PG_RETURN_NULL();
	if (s[1] == 0.0)
		ereport(ERROR,
				(errcode(ERRCODE_DIVISION_BY_ZERO),
				 errmsg("total of gpumkt_hhi is zero"),
				 errhint("Concentration needs at least one size above zero.")));
	/*
	 * squares that sum below the smallest normal double have lost digits
	 * (1e-160 twice would give 4999.94): the shares are not known well
	 */
	if (s[2] < DBL_MIN)
		ereport(ERROR,
				(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
				 errmsg("values of gpumkt_hhi are too small to square"),
				 errdetail("The total is %g.", s[1]),
				 errhint("Express the sizes in a smaller unit, such as millions.")));
	/* s[2] <= s[1]^2 to rounding, so the quotients stay within 1 */
	hhi = 10000.0 * ((s[2] / s[1]) / s[1]);
	PG_RETURN_FLOAT8(hhi > 10000.0 ? 10000.0 : hhi);
}

/* Add state t into state a (the first argument's, in place when it may be). */
static Datum
sums_combine(FunctionCallInfo fcinfo, SumsKind kind)
{
	ArrayType  *a = sums_for_update(fcinfo);
	float8	   *s = sums_state(a, kind);
	float8	   *t = sums_state(PG_GETARG_ARRAYTYPE_P(1), kind);

	s[0] += t[0];
	s[1] = sum_add(s[1], t[1], kind);
	s[2] = sum_add(s[2], t[2], kind);
	s[3] += t[3];
	PG_RETURN_ARRAYTYPE_P(a);
}

/* Combine function of gpumkt_share: add the states. */
PG_FUNCTION_INFO_V1(gpumkt_share_combine);
Datum
gpumkt_share_combine(PG_FUNCTION_ARGS)
{
	return sums_combine(fcinfo, SUMS_SHARE);
}

/* Combine function of gpumkt_hhi: add the states. */
PG_FUNCTION_INFO_V1(gpumkt_hhi_combine);
Datum
gpumkt_hhi_combine(PG_FUNCTION_ARGS)
{
	return sums_combine(fcinfo, SUMS_HHI);
}

/* Combine function of gpumkt_share and gpumkt_hhi in 1.2: the common rules. */
PG_FUNCTION_INFO_V1(gpumkt_sums_combine);
Datum
gpumkt_sums_combine(PG_FUNCTION_ARGS)
{
	return sums_combine(fcinfo, SUMS_EITHER);
}
