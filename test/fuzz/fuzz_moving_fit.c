/*
 * fuzz_moving_fit.c
 *	  libFuzzer target for the moving state of gpumkt_fit_rate
 *	  (src/core/growth/moving_fit.c): the input is a window size, a unit
 *	  (years or days) and a stream of rows (x, value), slid through a frame as
 *	  PostgreSQL does: each new row is added and the oldest taken back once
 *	  the frame is full, which must never be declined.  After every step the
 *	  moving answer must be that of a fresh state of the same frame to the
 *	  last bit (the sums are exact), and agree with a corrected two-pass fit
 *	  in double to 1e-9 relative plus 1e-6 of the frame's natural scale
 *	  sqrt(Syy / Sxx), or both find the series flat (0, the plain aggregate's
 *	  rule; the two may differ only where syy lies within 1e-6 of the limit).
 */
#include <assert.h>
#include <math.h>
#include <stdint.h>
#include <string.h>

#include "growth_state.h"
#include "moving_fit.h"

#define MAX_WINDOW 24

typedef struct Row
{
	int64_t		x;
	double		y;
} Row;

/* A fresh state of the frame rows[0..n). */
static void
fresh(GmMovingFit *m, const Row *rows, int n, double per_year)
{
	gm_mfit_init(m, per_year);
	for (int i = 0; i < n; i++)
		assert(gm_mfit_add(m, rows[i].x, rows[i].y));
}

/*
 * The frame's slope per year by two passes in double (x counted from the
 * first row, exact), its natural scale sqrt(Syy / Sxx), and where its syy
 * lies from the flat limit, relative to it (below 0: flat).  False without
 * a spread of x.
 *
 * The second pass is the corrected one (Chan, Golub and LeVeque): it takes
 * away (Sum dy)^2 / n, which is exactly what a mean off by d adds, n d^2.
 * Without it the reference is wrong exactly where the flat rule decides:
 * near the limit every y lies within some 16 eps |mean| of the mean, while
 * the mean in double is off by up to half an ulp or more, so n d^2 is up to
 * ~1e-3 of syy (a frame of six y near -297.08, two ulps apart, had d =
 * 2.84e-14 = ulp/2 and syy 7.3e-4 too high, 2.3e-4 above the limit where
 * the exact syy is 5.0e-4 below it).  There each dy = y - mean is exact
 * (Sterbenz), so syy is then good to a few n eps, far inside the 1e-6.
 */
static bool
two_pass(const Row *rows, int n, double per_year, double *slope, double *scale,
		 double *flat_distance)
{
	double		mx = 0.0,
				my = 0.0,
				sxx = 0.0,
				syy = 0.0,
				sxy = 0.0,
				sy = 0.0,
				sdx = 0.0,
				sdy = 0.0,
				limit;

	for (int i = 0; i < n; i++)
	{
		mx += (double) (rows[i].x - rows[0].x);
		my += rows[i].y;
	}
	sy = my;
	mx /= n;
	my /= n;
	for (int i = 0; i < n; i++)
	{
		double		dx = (double) (rows[i].x - rows[0].x) - mx;
		double		dy = rows[i].y - my;

		sdx += dx;
		sdy += dy;
		sxx += dx * dx;
		syy += dy * dy;
		sxy += dx * dy;
	}
	/* take away what the rounding of the means added */
	sxx -= sdx * sdx / n;
	syy -= sdy * sdy / n;
	sxy -= sdx * sdy / n;
	limit = gm_flat_syy_limit((double) n, sy);
	*flat_distance = (syy - limit) / (limit + 1e-300);
	if (!(sxx > 0.0))
		return false;
	*slope = sxy / sxx * per_year;
	*scale = sqrt(syy / sxx) * per_year;
	return true;
}

/* The moving state m answers as a fresh state of the frame would. */
static void
check_frame(const GmMovingFit *m, const Row *rows, int n, double per_year)
{
	GmMovingFit f;
	double		ms = 0.0,
				fs = 0.0,
				ps = 0.0,
				scale = 0.0,
				flat_distance = 0.0;
	GmMfitAnswer ma,
				fa;
	bool		spread;

	fresh(&f, rows, n, per_year);
	ma = gm_mfit_slope(m, &ms);
	fa = gm_mfit_slope(&f, &fs);
	assert(ma == fa);
	spread = two_pass(rows, n, per_year, &ps, &scale, &flat_distance);
	assert(spread == (fa == GM_MFIT_SLOPE));
	if (fa == GM_MFIT_NONE)
		return;
	assert(isfinite(ms) && ms == fs);
	/* not 0 where a fit in double finds the series flat (to 1e-6) */
	if (fs != 0.0)
		assert(flat_distance >= -1e-6);
	/* the fit's slope, or 0 for a series flat to a fit in double */
	assert(fabs(fs - ps) <= 1e-9 * fabs(fs) + 1e-6 * scale ||
		   (fs == 0.0 && flat_distance <= 1e-6));
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	Row			frame[MAX_WINDOW];
	int			n = 0;
	int			window;
	double		per_year;
	GmMovingFit m;

	if (size < 1)
		return 0;
	window = 1 + data[0] % MAX_WINDOW;
	per_year = (data[0] & 0x80) ? 365.25 : 1.0;
	data++;
	size--;
	gm_mfit_init(&m, per_year);
	/* each row: 2 bytes of x step, 8 of value */
	while (size >= 10)
	{
		int16_t		step;
		double		value;
		Row			r;

		memcpy(&step, data, 2);
		memcpy(&value, data + 2, 8);
		data += 10;
		size -= 10;
		if (!(value > 0.0) || !isfinite(value))
			value = 1.0 + (step & 0xff);
		/* x moves by small steps, repeats, or jumps */
		r.x = (n > 0 ? frame[n - 1].x : 0) + ((step & 0x300) ? (step >> 10) : step);
		r.y = log(value);
		if (n == window)
		{
			assert(gm_mfit_remove(&m, frame[0].x, frame[0].y));
			memmove(frame, frame + 1, sizeof(Row) * (n - 1));
			n--;
		}
		assert(gm_mfit_add(&m, r.x, r.y));
		frame[n++] = r;
		check_frame(&m, frame, n, per_year);
	}
	return 0;
}
