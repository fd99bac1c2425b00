/*-------------------------------------------------------------------------
 *
 * moving_fit.c
 *	  The moving-aggregate state of gpumkt_fit_rate: add a row, take one
 *	  back, and the slope of ln(value) on x, in plain C.
 *
 * All sums are exact integers (moving_fit.h), so a state that rows have
 * left holds exactly what a fresh state of its frame would: its answer is
 * the fresh one to the last bit, however long the window has slid and
 * whatever values have passed through it, and the inverse never needs to
 * decline.  The answer itself is computed from the exact centred sums
 * n Sum x y - Sum x Sum y and n Sum x^2 - (Sum x)^2, each rounded once to
 * a double, so it is within a few units of the last place of the exact
 * least-squares slope; "no spread of x" is decided exactly.
 *
 * Bounds: |x| < 2^34 from the first x and n < 2^40 rows give |Sum x| <
 * 2^74 and Sum x^2 < 2^108 (128 bits); |ln value| < 2^10 gives |y| < 2^115
 * units, |Sum y| < 2^155, |Sum x y| < 2^189, Sum y^2 < 2^270, and every
 * product formed below stays under 2^311 (320 bits, signed).
 *
 *-------------------------------------------------------------------------
 */
#include <math.h>
#include <string.h>

#include "growth_state.h"
#include "moving_fit.h"

typedef unsigned __int128 gm_uint128;

/* y = ln(value) is counted in units of 2^-Y_SCALE */
#define Y_SCALE 105

/* v as a wide integer */
static GmWide
wide_from(__int128 v)
{
	GmWide		r;
	uint64_t	fill = v < 0 ? UINT64_MAX : 0;

	r.w[0] = (uint64_t) v;
	r.w[1] = (uint64_t) ((gm_uint128) v >> 64);
	for (int i = 2; i < GM_WIDE_WORDS; i++)
		r.w[i] = fill;
	return r;
}

/* *a += *b */
static void
wide_add(GmWide *a, const GmWide *b)
{
	gm_uint128	carry = 0;

	for (int i = 0; i < GM_WIDE_WORDS; i++)
	{
		carry += (gm_uint128) a->w[i] + b->w[i];
		a->w[i] = (uint64_t) carry;
		carry >>= 64;
	}
}

/* *a = -*a */
static void
wide_negate(GmWide *a)
{
	GmWide		one = wide_from(1);

	for (int i = 0; i < GM_WIDE_WORDS; i++)
		a->w[i] = ~a->w[i];
	wide_add(a, &one);
}

/* *a -= *b */
static void
wide_sub(GmWide *a, const GmWide *b)
{
	GmWide		t = *b;

	wide_negate(&t);
	wide_add(a, &t);
}

/* Is a below zero? */
static inline bool
wide_negative(const GmWide *a)
{
	return (a->w[GM_WIDE_WORDS - 1] >> 63) != 0;
}

/* Is a zero? */
static bool
wide_zero(const GmWide *a)
{
	for (int i = 0; i < GM_WIDE_WORDS; i++)
		if (a->w[i] != 0)
			return false;
	return true;
}

/* a b, for factors whose product fits in 320 bits (see the bounds above) */
static GmWide
wide_mul(GmWide a, GmWide b)
{
	GmWide		r;
	bool		negative = wide_negative(&a) != wide_negative(&b);

	if (wide_negative(&a))
		wide_negate(&a);
	if (wide_negative(&b))
		wide_negate(&b);
	memset(&r, 0, sizeof(r));
	for (int i = 0; i < GM_WIDE_WORDS; i++)
	{
		gm_uint128	carry = 0;

		if (a.w[i] == 0)
			continue;
		for (int j = 0; i + j < GM_WIDE_WORDS; j++)
		{
			carry += (gm_uint128) a.w[i] * b.w[j] + r.w[i + j];
			r.w[i + j] = (uint64_t) carry;
			carry >>= 64;
		}
	}
	if (negative)
		wide_negate(&r);
	return r;
}

/* a as a double, scaled by 2^-scale (a few units of the last place) */
static double
wide_to_double(GmWide a, int scale)
{
	bool		negative = wide_negative(&a);
	double		d = 0.0;

	if (negative)
		wide_negate(&a);
	for (int i = GM_WIDE_WORDS - 1; i >= 0; i--)
		d = d * 0x1p64 + (double) a.w[i];
	d = ldexp(d, -scale);
	return negative ? -d : d;
}

/*
 * y in units of 2^-105: exact for every y of magnitude 2^-53 or more, which
 * every ln(value) other than 0 is; anything smaller is rounded, the same
 * way each time, so that a row taken back takes back what it added.
 */
static __int128
y_units(double y)
{
	int			e;
	double		m = frexp(y, &e);
	int			shift = e - 53 + Y_SCALE;

	if (y == 0.0)
		return 0;
	if (shift < 0)
		return (__int128) rint(ldexp(y, Y_SCALE));
	/* |y| < 2^10, so shift <= 62 and the result stays below 2^115 */
	return (__int128) (int64_t) ldexp(m, 53) * ((__int128) 1 << shift);
}

/* Add (sign 1) or take back (sign -1) the sums of a row. */
static void
step(GmMovingFit *m, int64_t xs, double y, int sign)
{
	__int128	yu = y_units(y);
	GmWide		wy = wide_from(yu);
	GmWide		wxy = wide_mul(wide_from(xs), wy);
	GmWide		wyy = wide_mul(wy, wy);

	if (sign > 0)
	{
		m->sx += xs;
		m->sxx += (__int128) xs * xs;
		wide_add(&m->sy, &wy);
		wide_add(&m->sxy, &wxy);
		wide_add(&m->syy, &wyy);
	}
	else
	{
		m->sx -= xs;
		m->sxx -= (__int128) xs * xs;
		wide_sub(&m->sy, &wy);
		wide_sub(&m->sxy, &wxy);
		wide_sub(&m->syy, &wyy);
	}
}

/* An empty state whose x are counted in per_year units a year. */
void
gm_mfit_init(GmMovingFit *m, double per_year)
{
	memset(m, 0, sizeof(GmMovingFit));
	m->per_year = per_year;
}

/* x counted from the state's first, into *xs; false beyond GM_MFIT_MAX_X. */
static bool
shifted(const GmMovingFit *m, int64_t x, int64_t *xs)
{
	return !__builtin_sub_overflow(x, m->shift, xs) &&
		*xs <= GM_MFIT_MAX_X && *xs >= -GM_MFIT_MAX_X;
}

/*
 * Add a row (x, y = ln(value)).  False when the frame would pass
 * GM_MFIT_MAX_ROWS rows or x lies more than GM_MFIT_MAX_X from the first.
 */
bool
gm_mfit_add(GmMovingFit *m, int64_t x, double y)
{
	int64_t		xs;

	if (m->n == 0)
		m->shift = x;
	if (!shifted(m, x, &xs) || m->n >= GM_MFIT_MAX_ROWS || !isfinite(y) ||
		fabs(y) >= 1024.0)
		return false;
	m->n++;
	step(m, xs, y, 1);
	return true;
}

/*
 * Take back a row that was added.  The sums are exact, so this never loses
 * anything; false only for a row the state cannot hold.
 */
bool
gm_mfit_remove(GmMovingFit *m, int64_t x, double y)
{
	int64_t		xs;

	if (m->n <= 0 || !shifted(m, x, &xs) || !isfinite(y) || fabs(y) >= 1024.0)
		return false;
	if (m->n == 1)
	{
		gm_mfit_init(m, m->per_year);
		return true;
	}
	m->n--;
	step(m, xs, y, -1);
	return true;
}

/*
 * The slope of ln(value) per year: GM_MFIT_NONE without a spread of x, 0
 * for a flat series (the rule of the plain aggregate, gm_flat_syy_limit).
 */
GmMfitAnswer
gm_mfit_slope(const GmMovingFit *m, double *slope)
{
	GmWide		wn = wide_from(m->n);
	GmWide		wsx = wide_from(m->sx);
	GmWide		sxx_c,
				sxy_c,
				syy_c,
				t;
	double		n = (double) m->n;

	if (m->n < 2)
		return GM_MFIT_NONE;
	/* n^2 times the variance of x, exactly: 0 when every x is the same */
	sxx_c = wide_mul(wn, wide_from(m->sxx));
	t = wide_mul(wsx, wsx);
	wide_sub(&sxx_c, &t);
	if (wide_zero(&sxx_c))
		return GM_MFIT_NONE;
	syy_c = wide_mul(wn, m->syy);
	t = wide_mul(m->sy, m->sy);
	wide_sub(&syy_c, &t);
	if (wide_to_double(syy_c, 2 * Y_SCALE) / n <=
		gm_flat_syy_limit(n, wide_to_double(m->sy, Y_SCALE)))
	{
		*slope = 0.0;
		return GM_MFIT_SLOPE;
	}
	sxy_c = wide_mul(wn, m->sxy);
	t = wide_mul(wsx, m->sy);
	wide_sub(&sxy_c, &t);
	*slope = wide_to_double(sxy_c, Y_SCALE) / wide_to_double(sxx_c, 0) *
		m->per_year;
	return GM_MFIT_SLOPE;
}
