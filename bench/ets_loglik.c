/*
 * ets_loglik.c: part of bench/ets_loglik.sh.  Reads the lines R wrote
 * ("sid code m n loglik y1 ... yn"), fits each forced model with
 * gpumkt_ets's fit (src/core, linked alone), and prints per model and in
 * all: the fits, how many end with a loglik below R's by more than TOL
 * (0.01 + 1e-4 |loglik|), how many above, the mean difference, the worst.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ets_math.h"

#define MAXN 100000

int
main(int argc, char **argv)
{
	static double y[MAXN];
	char		code[8];
	int			sid,
				m,
				n;
	double		rll;
	int			fits[ETS_NCODES] = {0},
				worse[ETS_NCODES] = {0},
				better[ETS_NCODES] = {0};
	double		sum[ETS_NCODES] = {0},
				worst[ETS_NCODES] = {0};
	FILE	   *in = argc > 1 ? fopen(argv[1], "r") : stdin;

	if (in == NULL)
		return 2;
	while (fscanf(in, "%d %7s %d %d %lf", &sid, code, &m, &n, &rll) == 5)
	{
		EtsOptions	o;
		EtsModel   *mod;
		double	   *sc;
		int			c = ets_code_of_name(code);

		for (int i = 0; i < n && i < MAXN; i++)
			if (fscanf(in, "%lf", &y[i]) != 1)
				return 2;
		memset(&o, 0, sizeof(o));
		o.season = m;
		if (c < 0 || n > MAXN || !ets_parse_spec(code, &o))
			return 2;
		mod = calloc(1, ETS_FIT_SIZE(n, m));
		sc = malloc(sizeof(double) * ETS_SCRATCH(n, m));
		if (ets_fit(y, n, &o, mod, sc) == ETS_OK)
		{
			double		d = mod->loglik - rll,
						tol = 0.01 + 1e-4 * fabs(rll);

			fits[c]++;
			sum[c] += d;
			worse[c] += d < -tol;
			better[c] += d > tol;
			if (d < worst[c])
				worst[c] = d;
			if (d < -tol && getenv("VERBOSE"))
				printf("  worse: series %d %s n=%d R %.4f gpumkt %.4f\n", sid, code, n, rll, mod->loglik);
		}
		else
			printf("  no fit: series %d %s n=%d\n", sid, code, n);
		free(mod);
		free(sc);
	}
	printf("%-6s %6s %8s %8s %12s %12s\n", "model", "fits", "worse", "better", "mean diff", "worst diff");
	{
		int			tf = 0,
					tw = 0,
					tb = 0;
		double		ts = 0,
					tworst = 0;

		for (int c = 0; c < ETS_NCODES; c++)
		{
			if (fits[c] == 0)
				continue;
			printf("%-6s %6d %8d %8d %12.4f %12.4f\n", ets_code_name(c), fits[c], worse[c],
				   better[c], sum[c] / fits[c], worst[c]);
			tf += fits[c];
			tw += worse[c];
			tb += better[c];
			ts += sum[c];
			tworst = worst[c] < tworst ? worst[c] : tworst;
		}
		printf("%-6s %6d %8d %8d %12.4f %12.4f\n", "all", tf, tw, tb, ts / tf, tworst);
	}
	return 0;
}
