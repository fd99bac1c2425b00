/*-------------------------------------------------------------------------
 *
 * name_fold.h
 *	  The pure part of the key of a name (name_fold.c): the key of an ASCII
 *	  name, and the key of one decomposed code point; src/pg/names.c
 *	  decodes, normalises (NFKD) and allocates around them.
 *
 *-------------------------------------------------------------------------
 */
#ifndef GPUMKT_NAME_FOLD_H
#define GPUMKT_NAME_FOLD_H

#include <stdbool.h>
#include <stdint.h>

/* Room for the key of one code point: "<10ffff>", "ss" or 4 bytes. */
#define GM_FOLD_MAX 12

extern int	gm_fold_code_point(uint32_t c, bool utf8, char *out);
extern int	gm_fold_ascii(const char *s, int len, char *key);

#endif							/* GPUMKT_NAME_FOLD_H */
