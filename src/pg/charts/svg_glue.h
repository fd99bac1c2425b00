/*-------------------------------------------------------------------------
 *
 * svg_glue.h
 *	  What the server side of the SVG charts shares (svg.c, svg_agg.c):
 *	  the renderer's allocator in the current memory context, text
 *	  arguments in UTF-8 and the result back in the database's encoding.
 *
 *-------------------------------------------------------------------------
 */
#ifndef GPUMKT_SVG_GLUE_H
#define GPUMKT_SVG_GLUE_H

#include "fmgr.h"

#include "svg_draw.h"

extern void *gm_svg_grow(void *ptr, size_t size);
extern void gm_svg_free(void *ptr);
extern const char *gm_svg_utf8_arg(FunctionCallInfo fcinfo, int argno);
extern text *gm_svg_result(SvgBuf *b);

#endif							/* GPUMKT_SVG_GLUE_H */
