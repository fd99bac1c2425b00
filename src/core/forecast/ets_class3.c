/*-------------------------------------------------------------------------
 *
 * ets_class3.c
 *	  The forecast variances of the class 3 models (M error, M season,
 *	  trend N, A or Ad: MNM, MAM, MAdM) of Hyndman et al. 2008, section
 *	  6.4, as forecast::ets's class3 computes them.  Plain C.
 *
 * The value is (H1 x1)(H2 x2): x1 = (l, b) (l alone without trend) and x2
 * the m seasonal states, most recent first.  With M_h = E[x1 x2'] and V_h
 * the covariance of vec(M_h):
 *	  mu_h = H1 M_h H2',	v(h) = (1 + s2) H21 V_h H21' + s2 mu_h^2
 *	  V_{h+1} = F21 V F21' + s2 (F21 V G21' + G21 V F21'
 *				+ K (V + vv') K' + s2 G21 (3 V + 2 vv') G21'),  v = vec(M_h)
 *	  M_{h+1} = F1 M F2' + s2 G1 M G2'
 * with F21 = F2 (x) F1, G21 = G2 (x) G1, H21 = H2 (x) H1,
 * K = G2 (x) F1 + F2 (x) G1; F1 = [1 phi; 0 phi], G1 = [alpha alpha;
 * beta beta], H1 = [1 phi] (the damped trend's own weights), F2 the
 * rotation of the seasons, G2 gamma in its corner, H2 = (0 .. 0 1).
 *
 *-------------------------------------------------------------------------
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "ets_math.h"

/* The state of the recursion: small dense matrices, row-major. */
typedef struct C3
{
	int			p1,
				m,
				d;				/* d = p1 m */
	double		f1[4],
				g1[4],
				h1[2];
	double	   *f21,
			   *g21,
			   *k,
			   *v,
			   *vv,
			   *t1,
			   *t2,
			   *acc;
} C3;

/* c (d x d) = a b' (transpose of b when bt), or a b. */
static void
mat_mul(int d, const double *a, const double *b, bool bt, double *c)
{
	for (int i = 0; i < d; i++)
		for (int j = 0; j < d; j++)
		{
			double		s = 0.0;

			for (int k = 0; k < d; k++)
				s += a[i * d + k] * (bt ? b[j * d + k] : b[k * d + j]);
			c[i * d + j] = s;
		}
}

/* acc += w a X b' for d x d matrices (t1 scratch). */
static void
add_sandwich(const C3 *c, const double *a, const double *x, const double *b,
			 double w)
{
	mat_mul(c->d, a, x, false, c->t1);
	mat_mul(c->d, c->t1, b, true, c->t2);
	for (int i = 0; i < c->d * c->d; i++)
		c->acc[i] += w * c->t2[i];
}

/* The seasonal matrices' entries: F2 (rotation) and G2 (gamma corner). */
static double
f2(int m, int i, int j)
{
	return (i == 0 && j == m - 1) || (i > 0 && j == i - 1) ? 1.0 : 0.0;
}

static double
g2(const EtsModel *mod, int i, int j)
{
	return (i == 0 && j == mod->m - 1) ? mod->gamma : 0.0;
}

/* Fill the Kronecker products F21, G21 and K (vec column-major). */
static void
c3_kron(C3 *c, const EtsModel *mod)
{
	int			p1 = c->p1,
				d = c->d;

	for (int i2 = 0; i2 < c->m; i2++)
		for (int j2 = 0; j2 < c->m; j2++)
			for (int i1 = 0; i1 < p1; i1++)
				for (int j1 = 0; j1 < p1; j1++)
				{
					int			r = i2 * p1 + i1,
								col = j2 * p1 + j1;
					double		a = f2(c->m, i2, j2),
								g = g2(mod, i2, j2);

					c->f21[r * d + col] = a * c->f1[i1 * p1 + j1];
					c->g21[r * d + col] = g * c->g1[i1 * p1 + j1];
					c->k[r * d + col] = g * c->f1[i1 * p1 + j1] + a * c->g1[i1 * p1 + j1];
				}
}

/* Set up the matrices of a model; false when memory ran out. */
static bool
c3_init(C3 *c, const EtsModel *mod)
{
	bool		trend = ets_code_trend(mod->code);
	size_t		dd;

	c->p1 = trend ? 2 : 1;
	c->m = mod->m;
	c->d = c->p1 * c->m;
	dd = (size_t) c->d * (size_t) c->d;
	c->f21 = calloc(8 * dd, sizeof(double));
	if (c->f21 == NULL)
		return false;
	c->g21 = c->f21 + dd;
	c->k = c->g21 + dd;
	c->v = c->k + dd;
	c->vv = c->v + dd;
	c->t1 = c->vv + dd;
	c->t2 = c->t1 + dd;
	c->acc = c->t2 + dd;
	if (trend)
	{
		double		f[4] = {1.0, mod->phi, 0.0, mod->phi};
		double		g[4] = {mod->alpha, mod->alpha, mod->beta, mod->beta};

		memcpy(c->f1, f, sizeof(f));
		memcpy(c->g1, g, sizeof(g));
		c->h1[0] = 1.0;
		c->h1[1] = mod->phi;
	}
	else
	{
		c->f1[0] = 1.0;
		c->g1[0] = mod->alpha;
		c->h1[0] = 1.0;
	}
	c3_kron(c, mod);
	return true;
}

/* M_{h+1} = F1 M F2' + s2 G1 M G2' (M is p1 x m, row-major, into mh). */
static void
c3_next_mean(const C3 *c, const EtsModel *mod, double *mh)
{
	double		nm[2 * ETS_CLASS3_MAX_M];
	int			p1 = c->p1,
				m = c->m;

	for (int i = 0; i < p1; i++)
		for (int j = 0; j < m; j++)
		{
			double		s = 0.0;

			for (int a = 0; a < p1; a++)
				for (int b = 0; b < m; b++)
					s += (c->f1[i * p1 + a] * f2(m, j, b) +
						  mod->sigma2 * c->g1[i * p1 + a] * g2(mod, j, b)) * mh[a * m + b];
			nm[i * m + j] = s;
		}
	memcpy(mh, nm, sizeof(double) * p1 * m);
}

/* The variances 1 .. horizon steps ahead of a class 3 model into var[]. */
bool
ets_class3_var(const EtsModel *mod, int64_t horizon, double *var)
{
	C3			c;
	double		mh[2 * ETS_CLASS3_MAX_M];
	double		s2 = mod->sigma2;
	int			m = mod->m;

	if (m < 2 || m > ETS_CLASS3_MAX_M || !c3_init(&c, mod))
		return false;
	for (int i = 0; i < c.p1; i++)
		for (int j = 0; j < m; j++)
			mh[i * m + j] = (i == 0 ? mod->level : mod->trend) * mod->data[m - 1 - j];
	for (int64_t h = 1; h <= horizon; h++)
	{
		double		mu = 0.0,
					q = 0.0;
		int			d = c.d;

		for (int i = 0; i < c.p1; i++)
			mu += c.h1[i] * mh[i * m + m - 1];
		/* H21 picks the last season's block: H21 V H21' */
		for (int a = 0; a < c.p1; a++)
			for (int b = 0; b < c.p1; b++)
				q += c.h1[a] * c.h1[b] * c.v[((m - 1) * c.p1 + a) * d + (m - 1) * c.p1 + b];
		var[h - 1] = (1.0 + s2) * q + s2 * mu * mu;
		if (h == horizon)
			break;
		/* vec(M) column-major: element (i, j) at j p1 + i */
		for (int r = 0; r < d; r++)
			for (int col = 0; col < d; col++)
				c.vv[r * d + col] = mh[(r % c.p1) * m + r / c.p1] * mh[(col % c.p1) * m + col / c.p1];
		memset(c.acc, 0, sizeof(double) * d * d);
		add_sandwich(&c, c.f21, c.v, c.f21, 1.0);
		add_sandwich(&c, c.f21, c.v, c.g21, s2);
		add_sandwich(&c, c.g21, c.v, c.f21, s2);
		for (int i = 0; i < d * d; i++)
			c.vv[i] += c.v[i];
		add_sandwich(&c, c.k, c.vv, c.k, s2);
		for (int r = 0; r < d; r++)
			for (int col = 0; col < d; col++)
				c.vv[r * d + col] = 3.0 * c.v[r * d + col] + 2.0 *
					mh[(r % c.p1) * m + r / c.p1] * mh[(col % c.p1) * m + col / c.p1];
		add_sandwich(&c, c.g21, c.vv, c.g21, s2 * s2);
		memcpy(c.v, c.acc, sizeof(double) * d * d);
		c3_next_mean(&c, mod, mh);
	}
	free(c.f21);
	return true;
}
