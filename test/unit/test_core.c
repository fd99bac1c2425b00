/*-------------------------------------------------------------------------
 *
 * test_core.c
 *	  Unit tests of src/core, the server-free C, linked with its archive
 *	  (src/core/libgpumkt_core.a) alone: the growth arithmetic, the
 *	  rounding of decimals to 15 digits, the ETS forecast formulas, the
 *	  keys of names, the Theta method (against R's forecast::thetaf) and the
 *	  SVG charts' axes, text widths and levels, each against a value worked
 *	  out by hand in the comment beside it (test_forecast.c: the automatic
 *	  model's in-sample errors).  Run by make unit; prints "unit: N checks
 *	  passed" or each failure.
 *
 *-------------------------------------------------------------------------
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "decimal_round.h"
#include "ets_math.h"
#include "growth_math.h"
#include "name_fold.h"
#include "svg_draw.h"
#include "theta.h"

#include "unit.h"

static int	checks;
static int	failures;

/* Counts one check; prints it when it fails. */
void
check(int ok, const char *what)
{
	checks++;
	if (!ok)
	{
		failures++;
		printf("unit: FAILED: %s\n", what);
	}
}

/* Whether a is b to a relative 1e-12. */
int
near(double a, double b)
{
	return fabs(a - b) <= 1e-12 * fmax(1.0, fabs(b));
}

/* The growth arithmetic (growth_math.c). */
static void
test_growth(void)
{
	double		r = 0.0;
	int			bad = -1;

	/* 100 -> 121 in 2 years: 121/100 = 1.1^2, so 10 % a year */
	check(gm_cagr(100, 121, 2, &r, &bad) == GM_OK && near(r, 0.1),
		  "gm_cagr(100, 121, 2) = 0.1");
	/* 100 * 1.1^2 = 121 */
	check(gm_project(100, 0.1, 2, &r, &bad) == GM_OK && near(r, 121),
		  "gm_project(100, 0.1, 2) = 121");
	/* log(121/100) / log(1.1) = 2 */
	check(gm_years_to(100, 121, 0.1, &r, &bad) == GM_OK && near(r, 2),
		  "gm_years_to(100, 121, 0.1) = 2");
	/* halfway between 10 and 40 on a geometric path: sqrt(10 * 40) = 20 */
	check(gm_interpolate(2020, 10, 2030, 40, 2025, &r, &bad) == GM_OK &&
		  near(r, 20), "gm_interpolate(2020, 10, 2030, 40, 2025) = 20");
	/* the start value must be positive: argument 0 is named */
	check(gm_cagr(0, 121, 2, &r, &bad) == GM_NOT_POSITIVE && bad == 0,
		  "gm_cagr(0, 121, 2) is GM_NOT_POSITIVE on argument 0");
	/* a rate of -100 % or less: argument 1 */
	check(gm_project(100, -1, 2, &r, &bad) == GM_RATE_TOO_LOW && bad == 1,
		  "gm_project(100, -1, 2) is GM_RATE_TOO_LOW on argument 1");
}

/* One rounding to 15 digits: expect NULL where it must refuse. */
static void
round_case(const char *in, const char *expect)
{
	char		out[GM_ROUND15_LEN];
	char		what[160];
	int			ok = gm_round15(in, out);

	snprintf(what, sizeof(what), "gm_round15(\"%s\") = %s", in,
			 expect ? expect : "refused");
	check(expect ? (ok && strcmp(out, expect) == 0) : !ok, what);
}

/* The rounding of decimals to 15 digits, as "%.15g" (decimal_round.c). */
static void
test_round(void)
{
	/* 15 digits or fewer are kept as they are */
	round_case("42.5", "42.5");
	/* the double nearest 0.1: the digits after the 15th are 0, zeros go */
	round_case("0.1000000000000000055511151231257827", "0.1");
	/* 123.456789012345|6789: the dropped 67 rounds the 5 up */
	round_case("123.4567890123456789", "123.456789012346");
	/* leading zeros are not significant: 1234...345|678 rounds up */
	round_case("-0.000123456789012345678", "-0.000123456789012346");
	/* a dropped 50 is too near a tie to decide from the decimal */
	round_case("1.0000000000000050", NULL);
	/* 17 nines carry into a new digit: core decides */
	round_case("9.9999999999999999", NULL);
}

/* A model of code with the given parameters, without a season. */
static EtsModel *
model(int code, double level, double trend, double alpha, double beta,
	  double phi, double sigma2)
{
	EtsModel   *mod = calloc(1, ETS_MODEL_SIZE(0, 1));

	if (mod == NULL)
		abort();
	mod->version = ETS_VERSION;
	mod->code = code;
	mod->m = 1;
	mod->period = 1;
	mod->level = level;
	mod->trend = trend;
	mod->alpha = alpha;
	mod->beta = beta;
	mod->phi = phi;
	mod->sigma2 = sigma2;
	return mod;
}

/* The variance h steps ahead, from the half-width of the 95 % interval. */
static double
variance(const EtsModel *mod, int h)
{
	double		lo[8],
				hi[8],
				half;

	if (h > 8 || !ets_intervals(mod, h, 0.95, lo, hi))
		abort();
	half = (hi[h - 1] - lo[h - 1]) / 2.0 / 1.959963984540054;
	return half * half;
}

/* A model of the spec fitted to y (n points, no cycle), times set. */
static EtsModel *
fitted(const double *y, int n, const char *spec)
{
	return fit_init(y, n, 1, spec, NULL);
}

/*
 * A COMBINATION (the layout of ets_math.h, for helper theta): weights
 * 0.25 and 0.75 of two fitted models give the weighted point forecast and
 * interval bounds, a valid model, and a text that reads back byte for byte.
 */
static void
test_combination(void)
{
	double		y[20],
				la[2],
				ha[2],
				lb[2],
				hb[2],
				lo[2],
				hi[2];
	EtsModel   *a,
			   *b,
			   *c,
			   *back,
				hdr;
	size_t		own,
				size,
				tlen;
	char	   *text;

	for (int t = 0; t < 20; t++)
		y[t] = 50 + 0.5 * t + 3 * sin(1.7 * t);
	a = fitted(y, 20, "ANN");
	b = fitted(y, 20, "MAN");
	own = offsetof(EtsModel, data) + sizeof(double) * ETS_NDOUBLES(20, 1, 0, 0, 2);
	size = own + (size_t) a->vl_len_ + (size_t) b->vl_len_;
	c = calloc(1, size);
	memcpy(c, a, offsetof(EtsModel, alpha));
	c->method = ETS_METHOD_COMBINATION;
	c->flags = c->ncand = 0;
	c->ncomp = 2;
	c->phi = 1;
	for (int t = 0; t < 20; t++)
		ETS_FITTED(c)[t] = 0.25 * ETS_FITTED(a)[t] + 0.75 * ETS_FITTED(b)[t];
	ETS_WEIGHTS(c)[0] = 0.25;
	ETS_WEIGHTS(c)[1] = 0.75;
	memcpy((char *) c + own, a, a->vl_len_);
	memcpy((char *) c + own + a->vl_len_, b, b->vl_len_);
	check(ets_model_size(c) == size && ets_model_valid(c, size), "combination valid");
	check(near(ets_point(c, 2), 0.25 * ets_point(a, 2) + 0.75 * ets_point(b, 2)),
		  "combination point is the weighted sum");
	/*
	 * the bounds: the weighted sums widened by the spread of the points
	 * (theta's mixture): y -/+ sqrt(d^2 + z^2 B), B = sum w (y_i - y)^2
	 */
	{
		double		f = ets_point(c, 2),
					z = ets_normal_quantile(0.95),
					bw = 0.25 * pow(ets_point(a, 2) - f, 2) + 0.75 * pow(ets_point(b, 2) - f, 2);

		check(ets_intervals(c, 2, 0.9, lo, hi) && ets_intervals(a, 2, 0.9, la, ha) &&
			  ets_intervals(b, 2, 0.9, lb, hb) &&
			  near(lo[1], f - sqrt(pow(f - 0.25 * la[1] - 0.75 * lb[1], 2) + z * z * bw)) &&
			  near(hi[1], f + sqrt(pow(0.25 * ha[1] + 0.75 * hb[1] - f, 2) + z * z * bw)),
			  "combination bounds are the weighted sums widened by the spread");
	}
	tlen = ets_text_max(c);
	text = malloc(tlen);
	ets_format(c, text, tlen);
	back = calloc(1, size);
	check(ets_parse(text, &hdr, sizeof(hdr)) == size && ets_parse(text, back, size) == size &&
		  memcmp((char *) back + 4, (char *) c + 4, size - 4) == 0 && ets_model_valid(back, size),
		  "combination text reads back");
	ETS_WEIGHTS(c)[1] = 0.5;
	check(!ets_model_valid(c, size), "combination weights must sum to 1");
	free(a);
	free(b);
	free(c);
	free(back);
	free(text);
}

/* The ETS forecasts and their variances (ets_class.c). */
static void
test_ets(void)
{
	EtsModel   *ann = model(ETS_CODE(ETS_ERR_A, ETS_TR_N, ETS_SE_N), 10, 0, 0.5, 0, 1, 4);
	EtsModel   *aan = model(ETS_CODE(ETS_ERR_A, ETS_TR_A, ETS_SE_N), 10, 2, 0.5, 0.1, 1, 4);
	EtsModel   *aadn = model(ETS_CODE(ETS_ERR_A, ETS_TR_AD, ETS_SE_N), 10, 2, 0.5, 0.1, 0.5, 4);
	EtsModel   *mnn = model(ETS_CODE(ETS_ERR_M, ETS_TR_N, ETS_SE_N), 10, 0, 0.5, 0, 1, 0.04);
	EtsModel   *mmn = model(ETS_CODE(ETS_ERR_M, ETS_TR_M, ETS_SE_N), 10, 1.1, 0.5, 0.1, 1, 0.04);
	EtsOptions	o;

	/* simple smoothing: flat at the level */
	check(near(ets_point(ann, 3), 10), "ANN point at h = 3 is 10");
	/* sigma2 (1 + 2 alpha^2) = 4 (1 + 0.5) = 6 */
	check(near(variance(ann, 3), 6), "ANN variance at h = 3 is 6");
	/* level + 3 trend = 10 + 6 */
	check(near(ets_point(aan, 3), 16), "AAN point at h = 3 is 16");
	/* c_j = alpha + j beta: 4 (1 + 0.6^2 + 0.7^2) = 7.4 */
	check(near(variance(aan, 3), 7.4), "AAN variance at h = 3 is 7.4");
	/*
	 * class 2, MNN: mu = 10, c_j = 0.5; theta1 = 100, theta2 = 100 + 0.04
	 * 0.25 100 = 101, theta3 = 100 + 0.04 (0.25 101 + 0.25 100) = 102.01;
	 * v3 = 1.04 102.01 - 100 = 6.0904
	 */
	check(near(variance(mnn, 3), 6.0904), "MNN variance at h = 3 is 6.0904");
	/* M trend: 10 1.1^2 = 12.1 */
	check(near(ets_point(mmn, 2), 12.1), "MMN point at h = 2 is 12.1");
	/* damped: 10 + (0.5 + 0.25) 2 = 11.5 */
	check(near(ets_point(aadn, 2), 11.5), "AAdN point at h = 2 is 11.5");
	/* the 97.5 % quantile of the standard normal */
	check(fabs(ets_normal_quantile(0.975) - 1.959963984540054) < 1e-12,
		  "normal quantile at 0.975 is 1.959963984540054");
	check(strcmp(ets_code_name(ETS_CODE(ETS_ERR_A, ETS_TR_AD, ETS_SE_A)), "AAdA") == 0 &&
		  ets_code_of_name("MAdM") == 1 + 2 * 2 + 10 * 2, "codes AAdA and MAdM by name");
	check(ets_parse_spec("mzZ", &o) && o.error == ETS_ERR_M && o.trend == ETS_ANY &&
		  o.seas == ETS_ANY && ets_parse_spec("AAdN", &o) && o.trend == ETS_TR_AD &&
		  !ets_parse_spec("AAX", &o) && !ets_parse_spec("AANN", &o),
		  "model arguments MZZ and AAdN read, AAX and AANN refused");
	free(mnn);
	free(mmn);
	free(ann);
	free(aan);
	free(aadn);
}

/* The key of code point c (utf8 or ASCII) is expect. */
static void
fold_case(uint32_t c, bool utf8, const char *expect)
{
	char		out[GM_FOLD_MAX + 1];
	char		what[80];
	int			n = gm_fold_code_point(c, utf8, out);

	out[n] = '\0';
	snprintf(what, sizeof(what), "key of U+%04X is \"%s\"", (unsigned int) c,
			 expect);
	check(strcmp(out, expect) == 0, what);
}

/* The keys of names (name_fold.c). */
static void
test_names(void)
{
	char		key[32];

	/* letters and digits kept, lower-cased; spaces and hyphens dropped */
	check(gm_fold_ascii("North-America 2", 15, key) == 13 &&
		  strcmp(key, "northamerica2") == 0,
		  "key of \"North-America 2\" is \"northamerica2\"");
	fold_case('E', true, "e");
	fold_case(0x0301, true, "");	/* a combining acute goes */
	fold_case(0x00A0, true, "");	/* no-break space */
	fold_case(0x00DF, true, "ss");	/* sharp s */
	fold_case(0x00D8, false, "o");	/* O with stroke */
	/* Cyrillic capital A (U+0410) is small a, U+0430: D0 B0 in UTF-8 */
	fold_case(0x0410, true, "\xd0\xb0");
	/* beyond ASCII, in an ASCII key: the small letter's number in hex */
	fold_case(0x0410, false, "<430>");
	/* CJK (U+4E2D) as it is: E4 B8 AD */
	fold_case(0x4E2D, true, "\xe4\xb8\xad");
}

/* Whether a is b to a relative tol. */
static int
near_rel(double a, double b, double tol)
{
	return fabs(a - b) <= tol * fmax(1.0, fabs(b));
}

/*
 * The Theta method (theta.c): its formulas by hand, and a fit against R
 * 4.2.2's forecast 8.20: y <- ts(USAccDeaths[1:48], frequency = 12);
 * f <- thetaf(y, h = 3); decompose(y, "multiplicative")$figure.
 */
static void
test_theta(void)
{
	static const double ua[48] = {
		9007, 8106, 8928, 9137, 10017, 10826, 11317, 10744, 9713, 9938, 9161,
		8927, 7750, 6981, 8038, 8422, 8714, 9512, 10120, 9823, 8743, 9129,
		8710, 8680, 8162, 7306, 8124, 7870, 9387, 9556, 10093, 9620, 8285,
		8466, 8160, 8034, 7717, 7461, 7767, 7925, 8623, 8945, 10078, 9179,
		8037, 8488, 7874, 8647
	};
	/* R: f$mean and f$upper[, 2] - f$mean */
	static const double mean[3] = {7717.970662, 7126.827958, 7858.016918};
	static const double half[3] = {555.2037817, 654.8323978, 741.1880324};
	double		figure[12],
				fitted[48],
				scratch[THETA_SCRATCH(48, 12)],
				y[12];
	ThetaFit	fit = {1, 0.5, 0, 10, 1, 4};
	bool		ok = true;

	/* lead (1 - 0.5^3) / 0.5 = 1.75: h = 1 is 10 + 1.75, h = 3 10 + 3.75 */
	check(near(theta_fit_point(&fit, 3, 1, 1.0), 11.75) &&
		  near(theta_fit_point(&fit, 3, 3, 2.0), 27.5), "theta point forecasts");
	/* 4 (1 + 2 * 0.25) = 6 */
	check(near(theta_variance(0.5, 4, 3), 6), "theta variance at h = 3 is 6");
	/* 10 s_i over three cycles: the 2 x 4 average is 10 mean(s) = 10 */
	for (int t = 0; t < 12; t++)
		y[t] = 10.0 * (t % 4 == 0 ? 0.5 : t % 4 == 2 ? 1.5 : 1.0);
	check(theta_decompose(y, 12, 4, figure, scratch) &&
		  near(figure[0], 0.5) && near(figure[1], 1) && near(figure[2], 1.5),
		  "decomposition of 10 x (0.5, 1, 1.5, 1) gives the indices back");
	check(theta_seasonal(ua, 48, 12) && !theta_seasonal(ua, 24, 12) &&
		  !theta_seasonal(y, 8, 4), "seasonality test needs n > 2m");
	check(theta_fit(ua, 48, 12, &fit, figure, fitted, scratch) && fit.m == 12,
		  "USAccDeaths[1:48] is seasonal");
	/* exact: decompose's figure[1] and the drift (no optimiser in them) */
	check(near_rel(figure[0], 0.9005150621, 1e-9) &&
		  near_rel(fit.drift, -16.0045725083, 1e-9), "R's index and drift");
	for (int h = 1; h <= 3; h++)
	{
		double		f = theta_fit_point(&fit, 48, h, figure[(48 + h - 1) % 12]);
		double		w = 1.959963984540054 * sqrt(theta_variance(fit.alpha, fit.sigma2, h));

		/* R's Nelder-Mead stops within 1e-6 of the least squares */
		ok = ok && near_rel(f, mean[h - 1], 1e-5) && near_rel(w, half[h - 1], 1e-5);
	}
	check(ok, "thetaf's forecasts and 95 % half-widths of USAccDeaths[1:48]");
}

/* Runs every check; fails when one fails. */
/* realloc and free for an SVG buffer. */
static void *
grow(void *p, size_t n)
{
	return realloc(p, n);
}

/* One level as the legend writes it. */
static void
level_case(double level, const char *expect)
{
	SvgBuf		b;
	char		what[80];

	svg_buf_init(&b, grow, free);
	svg_put_level(&b, level);
	snprintf(what, sizeof(what), "svg_put_level(%g) = %s", level, expect);
	check(strcmp(b.data, expect) == 0, what);
	svg_buf_free(&b);
}

/* The labels of ticks k0 and k1 of the axis svg_axis_nice(lo, hi, 5). */
static void
tick_case(double lo, double hi, int64_t k0, int64_t k1, const char *expect)
{
	SvgBuf		b;
	SvgAxis		ax;

	svg_axis_nice(lo, hi, 5, &ax);
	svg_buf_init(&b, grow, free);
	svg_put_tick(&b, &ax, k0);
	svg_put(&b, "|");
	svg_put_tick(&b, &ax, k1);
	check(strcmp(b.data, expect) == 0, expect);
	svg_buf_free(&b);
}

/* svg_fit_chars as 2.1 first wrote it, a cut at a time: the reference. */
static int
fit_chars_ref(const char *s, size_t n, double font_px, double max_px, int max_chars)
{
	int			chars = 0;
	int			keep;
	uint32_t	cp;

	if (svg_text_width(s, n, max_chars, font_px) <= max_px)
		return max_chars;
	for (size_t i = 0; i < n; chars++)
	{
		int			len = svg_utf8_char((const unsigned char *) s + i, n - i, &cp);

		i += len == 0 ? 1 : len;
	}
	keep = (max_chars > 3 && max_chars < chars) ? max_chars : chars;
	while (keep > 4 && svg_text_width(s, n, keep, font_px) > max_px)
		keep--;
	return keep > 4 ? keep : 4;
}

/*
 * svg_fit_chars in one pass gives the reference's cut for texts of narrow,
 * wide, multibyte and invalid characters, at every width and limit; and a
 * text of 20 million characters is cut at once (the reference takes hours:
 * each of its steps measures the whole text).
 */
static void
test_fit_chars(void)
{
	static const char *const texts[] = {
		"ab", "mmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmm", "iiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiii",
		"Cloud service providers & hyperscalers, Research institutions",
		"\xe5\xb8\x82\xe5\xa0\xb4 \xc3\xa9t\xc3\xa9 \xff\xfe mixed \xe2\x82 bytes WWWWWW", "abcd", "abcde"
	};
	static const int limits[] = {0, 3, 4, 5, 10, 26, 80, 1000};
	int			agree = 1;
	size_t		big = 20 * 1000 * 1000;
	char	   *huge = malloc(big);

	for (size_t t = 0; t < sizeof(texts) / sizeof(texts[0]); t++)
		for (size_t l = 0; l < sizeof(limits) / sizeof(limits[0]); l++)
			for (double px = 0; px <= 400; px += 7.5)
			{
				size_t		n = strlen(texts[t]);

				if (svg_fit_chars(texts[t], n, 11, px, limits[l]) !=
					fit_chars_ref(texts[t], n, 11, px, limits[l]))
					agree = 0;
			}
	check(agree, "svg_fit_chars: the reference's cut for every text, width and limit");
	memset(huge, 'x', big);
	/* x is 592: 600 px hold 600 / 6.512 = 92.1 x, "..." (10.494) 90.5: 90 + 3 */
	check(svg_fit_chars(huge, big, 11, 600, 0) == 93, "svg_fit_chars: 20 million x cut to 93 at once");
	free(huge);
}

/* The SVG charts' axes, text widths and levels (svg_draw.c, svg_measure.c). */
static void
test_svg(void)
{
	SvgAxis		ax;
	char		m40[41];

	/* 0..102.375, about 5 ticks: 102.375 / 7 = 14.6 -> 20, 6 intervals to 120 */
	svg_axis_nice(0, 102.375, 5, &ax);
	check(ax.m == 2 && ax.e == 1 && ax.tlo == 0 && ax.thi == 6,
		  "svg_axis_nice(0, 102.375, 5): steps of 20 from 0 to 120");
	/* -3..41: 44 / 7 = 6.3 -> 10; floor(-0.3) = -1, ceil(4.1) = 5 */
	svg_axis_nice(-3, 41, 5, &ax);
	check(ax.m == 1 && ax.e == 1 && ax.tlo == -1 && ax.thi == 5,
		  "svg_axis_nice(-3, 41, 5): steps of 10 from -10 to 50");
	/* 0..61: 61 / 7 = 8.7 -> 10, 7 intervals: the most allowed */
	svg_axis_nice(0, 61, 5, &ax);
	check(ax.m == 1 && ax.e == 1 && ax.thi == 7, "svg_axis_nice(0, 61, 5): 0 to 70 by 10");
	/* a and b of DejaVu Sans: (613 + 635) / 1000 x 11 px = 13.728 */
	check(near(svg_text_width("ab", 2, 0, 11), 13.728), "svg_text_width(ab) = 13.728");
	/* cut at 5 characters: "ab..." = (613 + 635 + 3 x 318) / 1000 x 11 = 24.222 */
	check(near(svg_text_width("abcdef", 6, 5, 11), 24.222), "svg_text_width(abcdef, 5) = 24.222");
	/* 40 m in 180 px: m 10.714, "..." 10.494: 15 m and "..." = 18 characters */
	memset(m40, 'm', 40);
	m40[40] = '\0';
	check(svg_fit_chars(m40, 40, 11, 180, 26) == 18, "svg_fit_chars(40 m, 180 px) = 18");
	check(svg_fit_chars("ab", 2, 11, 180, 26) == 26, "svg_fit_chars(ab) fits whole");
	level_case(0.95, "95");
	level_case(0.995, "99.5");
	level_case(0.8, "80");
	level_case(0.1234, "12.34");
	/* a level is never drawn as 100 % or 0 % */
	level_case(0.99999, "99.999");
	level_case(0.00001, "0.001");
	level_case(0.9999999999, "99.999999");
	level_case(1e-12, "0.000001");
	/* ticks: 12e9..48e9 by 1e10 (48 / 7 = 6.9 -> 10): 0 to 50 bn */
	tick_case(12e9, 48e9, 0, 5, "0|50 bn");
	/* -1e9..5e8: 1.5 / 7 = 0.21 -> 0.5 (0.2: 8 intervals), one decimal */
	tick_case(-1e9, 5e8, -2, 1, "-1.0 bn|0.5 bn");
	/* 0..950000 by 2e5 to 1e6: in M; 0..800000: digits; 3e12 by 5e11 */
	tick_case(0, 950000, 1, 5, "0.2 M|1.0 M");
	tick_case(0, 800000, 1, 4, "200000|800000");
	tick_case(0, 3e12, 1, 3, "0.5 tn|1.5 tn");
	tick_case(0, 5e15, 1, 5, "1e15|5e15");
}

/*
 * The segment bar's legend rows (svg_segments.c): a row too long for its
 * 590 px wraps its label at a space, cuts only what two lines cannot hold,
 * never the share; a row that fits stays one line.  "word " is (818 + 612
 * + 411 + 635 + 318) / 1000 x 11 = 30.734 px: 19 words (580.4 px without
 * the last space) fit a line, 20 (611.2) do not.
 */
static void
test_segment_rows(void)
{
	const char *names[2];
	double		shares[2] = {0.25, 0.5};
	bool		nulls[2] = {false, false};
	char		words[201];
	SvgSegments s = {"t", "s", "u", false, 0.0, 2, names, shares, nulls};
	SvgBuf		b;

	for (int i = 0; i < 40; i++)
		memcpy(words + 5 * i, "word ", 5);
	words[199] = '\0';			/* 40 words, no space at the end */
	names[0] = words;
	names[1] = "short";
	svg_buf_init(&b, grow, free);
	svg_segments(&b, &s);
	check(strstr(b.data, "<tspan x=\"38\" y=\"110\">word word word word word word word word "
				 "word word word word word word word word word word word</tspan>") != NULL,
		  "svg_segments: line 1 of a long label holds 19 words");
	check(strstr(b.data, "...: 25.0 %</tspan></text>") != NULL,
		  "svg_segments: line 2 cut, the share whole");
	check(strstr(b.data, "class=\"row\">short: 50.0 %</text>") != NULL,
		  "svg_segments: a short row on one line");
	/* rows at 110 and 110 + 20 + 14; height 120 + 3 x 20 + 14 (2 rows, the rest) */
	check(strstr(b.data, "y=\"144\" class=\"row\">short") != NULL && strstr(b.data, "height=\"194\"") != NULL,
		  "svg_segments: the next row and the height leave room for line 2");
	svg_buf_free(&b);
	/* a label of 2 million words wraps as one of 40, at once */
	{
		size_t		big = 5 * 2000000;
		char	   *many = malloc(big);

		for (size_t i = 0; i < big; i += 5)
			memcpy(many + i, "word ", 5);
		many[big - 1] = '\0';
		names[0] = many;
		svg_buf_init(&b, grow, free);
		svg_segments(&b, &s);
		check(strstr(b.data, "<tspan x=\"38\" y=\"110\">word word word word word word word word "
					 "word word word word word word word word word word word</tspan>") != NULL &&
			  strstr(b.data, "...: 25.0 %</tspan></text>") != NULL,
			  "svg_segments: a label of 2 million words wraps at 19, line 2 cut");
		svg_buf_free(&b);
		free(many);
	}
}

int
main(void)
{
	test_growth();
	test_round();
	test_ets();
	test_theta();
	test_combination();
	test_calibration();
	test_names();
	test_svg();
	test_fit_chars();
	test_segment_rows();
	if (failures)
	{
		printf("unit: %d of %d checks FAILED\n", failures, checks);
		return 1;
	}
	printf("unit: %d checks passed\n", checks);
	return 0;
}
