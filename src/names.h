/*-------------------------------------------------------------------------
 *
 * names.h
 *	  How gpumkt compares names (names.c): the key of a name, and the
 *	  abbreviations people type for regions.
 *
 *-------------------------------------------------------------------------
 */
#ifndef GPUMKT_NAMES_H
#define GPUMKT_NAMES_H

/* A name people type for a region, and the region's code. */
typedef struct GmAlias
{
	const char *alias;
	const char *region;
} GmAlias;

extern const GmAlias gm_aliases[];
extern const int gm_naliases;
extern char *gm_name_key(const char *s, int len);

#endif							/* GPUMKT_NAMES_H */
