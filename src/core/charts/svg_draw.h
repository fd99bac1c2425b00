/*-------------------------------------------------------------------------
 *
 * svg_draw.h
 *	  The drawing layer of gpumkt's SVG charts in plain C, without server
 *	  calls (test/fuzz/fuzz_svg.c links it alone): a growing output
 *	  buffer, XML escaping of UTF-8 text, locale-free number formatting,
 *	  axes with round ticks, estimated text widths (svg_measure.c), and
 *	  the three charts (svg_charts.c, svg_segments.c, svg_lines.c).
 *
 * Every number is written by the code here, digit by digit, never by
 * printf, so that the bytes depend on nothing but the input.
 *
 *-------------------------------------------------------------------------
 */
#ifndef GPUMKT_SVG_DRAW_H
#define GPUMKT_SVG_DRAW_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* how the buffer grows: realloc, or a server allocator with its meaning */
typedef void *(*SvgGrowFn) (void *ptr, size_t size);
typedef void (*SvgFreeFn) (void *ptr);

/* The SVG text being written. */
typedef struct SvgBuf
{
	char	   *data;
	size_t		len;
	size_t		cap;
	SvgGrowFn	grow;
	SvgFreeFn	release;
} SvgBuf;

/*
 * An axis: its domain in units of step (dlo..dhi), and the ticks at k * step
 * for k in tlo..thi, step = m * 10^e with m one of 1, 2, 5.
 */
typedef struct SvgAxis
{
	double		step;
	int			m;
	int			e;
	double		dlo;
	double		dhi;
	int64_t		tlo;
	int64_t		thi;
} SvgAxis;

/* Outcome of a chart's checks. */
typedef enum SvgStatus
{
	SVG_OK = 0,
	SVG_NOT_FINITE,				/* a value, low, high or share is NaN or infinite */
	SVG_YEARS_ORDER,			/* years not strictly increasing */
	SVG_LOW_HIGH,				/* a low above its high */
	SVG_SHARE_RANGE,			/* a share outside 0..1 */
	SVG_LEVEL_RANGE,			/* a level outside (0, 1) */
	SVG_KIND_UNKNOWN			/* a figure's kind names no known kind */
} SvgStatus;

/* the most characters of a drawn text: longer ones end in "..." */
#define SVG_TITLE_CHARS 80
#define SVG_LABEL_CHARS 26
#define SVG_ROW_CHARS 95

extern void svg_buf_init(SvgBuf *b, SvgGrowFn grow, SvgFreeFn release);
extern void svg_buf_free(SvgBuf *b);
extern void svg_put(SvgBuf *b, const char *s);
extern void svg_putn(SvgBuf *b, const char *s, size_t n);
extern void svg_put_text(SvgBuf *b, const char *s, size_t n, int max_chars);
extern void svg_put_num(SvgBuf *b, double v);
extern void svg_put_int(SvgBuf *b, long long v);
extern void svg_put_scaled(SvgBuf *b, long long t, int dec);
extern void svg_put_tick(SvgBuf *b, const SvgAxis *ax, int64_t k);
extern void svg_put_value(SvgBuf *b, double v);
extern void svg_put_percent(SvgBuf *b, double share);
extern void svg_put_hex(SvgBuf *b, uint32_t v);
extern int	svg_utf8_char(const unsigned char *s, size_t n, uint32_t *cp);
extern void svg_put_level(SvgBuf *b, double level);
/* svg_measure.c: estimated widths of texts */
extern int	svg_char_units(const char *s, size_t n, size_t *len);
extern double svg_text_width(const char *s, size_t n, int max_chars,
							 double font_px);
extern int	svg_fit_chars(const char *s, size_t n, double font_px,
						  double max_px, int max_chars);

extern void svg_axis_nice(double lo, double hi, int target, SvgAxis *ax);
extern void svg_axis_exact(double lo, double hi, int target, bool whole,
						   SvgAxis *ax);
extern double svg_axis_frac(const SvgAxis *ax, double v);

extern void svg_open(SvgBuf *b, int width, int height, const char *title,
					 size_t title_len);
extern void svg_text(SvgBuf *b, double x, double y, const char *attrs,
					 const char *s, size_t n, int max_chars);
extern void svg_y_axis(SvgBuf *b, const SvgAxis *ax, double left,
					   double right, double top, double bottom);
extern void svg_x_axis(SvgBuf *b, const SvgAxis *ax, double left,
					   double right, double bottom);
extern const char *svg_color(int i);
extern uint32_t svg_hash(uint32_t h, const void *p, size_t n);

/* svg_charts.c: the forecast chart; svg_segments.c: the segment bar */
typedef struct SvgForecast
{
	const char *title;			/* NUL-terminated UTF-8, or NULL */
	const char *subtitle;
	const char *unit;
	int			n;
	const int32_t *years;
	const double *values;
	const bool *value_null;
	const char *const *kinds;	/* n kinds (NULL entries allowed), or NULL */
	const double *lows;			/* n lows, or NULL for no band */
	const bool *low_null;
	const double *highs;
	const bool *high_null;
	bool		has_level;		/* the band is a prediction interval */
	double		level;			/* its level, in (0, 1) */
} SvgForecast;

typedef struct SvgSegments
{
	const char *title;
	const char *subtitle;
	const char *unit;
	bool		has_total;		/* total: the market size the shares are of */
	double		total;
	int			n;
	const char *const *names;	/* NUL-terminated UTF-8 */
	const double *shares;
	const bool *share_null;		/* a NULL share: not known */
} SvgSegments;

extern SvgStatus svg_forecast_check(const SvgForecast *f, int *bad);
extern void svg_forecast(SvgBuf *b, const SvgForecast *f);
extern SvgStatus svg_segments_check(const SvgSegments *s, int *bad);
extern void svg_segments(SvgBuf *b, const SvgSegments *s);

/* svg_lines.c: a line chart of (series, x, y) points */
typedef struct SvgPoint
{
	const char *series;			/* series bytes, not NUL-terminated */
	uint32_t	series_len;
	double		x;
	double		y;
} SvgPoint;

extern void svg_lines_sort(SvgPoint *p, int n);
extern void svg_lines(SvgBuf *b, const SvgPoint *p, int n, const char *title,
					  const char *unit);

#endif							/* GPUMKT_SVG_DRAW_H */
