/*
 * fuzz_ets.c
 *	  libFuzzer target for the server-free C of gpumkt_ets (ets_series.c,
 *	  ets_fit.c and the files it calls, ets_math.c, ets_text.c).  The first byte picks the cycle,
 *	  the forced model and the calendar the model is stamped with (integer
 *	  t, or dates by months clamped to a day from the 29th to the 31st, as
 *	  1.4.1 reads month ends), the rest are points (a small t and a double
 *	  each).  Properties: the grid refuses only what its status says; a fit
 *	  either fails with a status or gives a model that ets_model_valid
 *	  accepts (parameters in their bounds, every number finite), whose
 *	  forecasts and variances are finite or the variance grows with h, and
 *	  whose text form reads back to the same bytes.  Also parses the raw
 *	  input as a model's text: whatever parses and is valid must print back
 *	  to a text that parses to the same model.
 */
#include <assert.h>
#include <math.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "ets_math.h"

#define MAX_POINTS 200

/* Check the fitted model: valid, forecastable, and its text reads back. */
static void
check_model(EtsModel *mod)
{
	size_t		size = ets_model_size(mod);
	size_t		tlen = ets_text_max(mod);
	char	   *text = malloc(tlen);
	EtsModel	hdr;
	EtsModel   *back;
	double		low[30],
				high[30];

	assert(ets_model_valid(mod, size));
	if (ets_intervals(mod, 30, 0.95, low, high))
		for (int h = 0; h < 30; h++)
			assert(!(low[h] > high[h]));
	assert(ets_format(mod, text, tlen) < tlen);
	assert(ets_parse(text, &hdr, sizeof(hdr)) == size);
	back = calloc(1, size);
	assert(ets_parse(text, back, size) == size);
	assert(memcmp((char *) back + 4, (char *) mod + 4, size - 4) == 0);
	free(back);
	free(text);
}

/* Fit the points of the input with the cycle and model its first byte picks. */
static void
check_fit(const uint8_t *data, size_t size)
{
	EtsPoint	pts[MAX_POINTS];
	int			npts = 0;
	EtsGrid		g;
	EtsOptions	opt;
	EtsStatus	st;
	double	   *y;
	EtsModel   *mod;
	double	   *scratch;
	uint8_t		first = data[0];

	memset(&opt, 0, sizeof(opt));
	opt.season = 1 + data[0] % 8;
	opt.error = opt.trend = opt.seas = ETS_ANY;
	if ((data[0] >> 3) % 16 < 15)
	{
		int			code = (data[0] >> 3) % 16 * 2 % ETS_NCODES;

		if (!ets_code_forbidden(code))
		{
			opt.error = ETS_CODE_ERR(code);
			opt.trend = ETS_CODE_TR(code);
			opt.seas = ETS_CODE_SE(code);
		}
	}
	opt.mult_trend = (data[0] & 0x40) != 0;
	data++, size--;
	while (size >= 1 + sizeof(double) && npts < MAX_POINTS)
	{
		pts[npts].x = data[0] % 64;
		memcpy(&pts[npts].v, data + 1, sizeof(double));
		data += 1 + sizeof(double), size -= 1 + sizeof(double);
		npts++;
	}
	st = ets_grid(pts, &npts, &g);
	if (st != ETS_OK)
	{
		assert(st == ETS_TOO_FEW || st == ETS_NOT_FINITE || st == ETS_STEP || st == ETS_GAPS);
		return;
	}
	assert(g.n >= 3 && g.n <= 64 && g.filled >= 0 && g.filled <= 0.3 * g.n);
	y = malloc(sizeof(double) * g.n);
	ets_fill(pts, npts, &g, y);
	mod = calloc(1, ETS_FIT_SIZE(g.n, opt.season));
	scratch = malloc(sizeof(double) * ETS_SCRATCH(g.n, opt.season));
	st = ets_fit(y, g.n, &opt, mod, scratch);
	if (st == ETS_OK)
	{
		mod->tkind = (first & 0x80) ? ETS_T_DATE : ETS_T_INT;
		mod->tunit = (first & 0x80) ? ETS_UNIT_MONTH_CLAMPED : ETS_UNIT_NATIVE;
		mod->trem = (first & 0x80) ? 28 + first % 3 : 0;
		mod->t0 = g.t0;
		mod->step = g.step;
		mod->filled = g.filled;
		check_model(mod);
	}
	else
		assert(st == ETS_NOT_FINITE || st == ETS_SEASON_LONG || st == ETS_MODEL_DATA ||
			   st == ETS_NO_FIT || st == ETS_NOT_POSITIVE);
	free(scratch);
	free(mod);
	free(y);
}

/* Parse the input as a model's text. */
static void
check_parse(const uint8_t *data, size_t size)
{
	char	   *s = malloc(size + 1);
	EtsModel	hdr;
	size_t		need;

	memcpy(s, data, size);
	s[size] = '\0';
	need = ets_parse(s, &hdr, sizeof(hdr));
	if (need >= sizeof(hdr))
	{
		EtsModel   *mod = calloc(1, need);

		if (ets_parse(s, mod, need) == need && ets_model_valid(mod, need))
			check_model(mod);
		free(mod);
	}
	free(s);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (size < 2)
		return 0;
	if (data[0] == 'e')
		check_parse(data, size);
	else
		check_fit(data, size);
	return 0;
}
