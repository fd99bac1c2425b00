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
#define GM_ECHO_CHARS 64			/* most characters of a name a message quotes */
#define GM_LIST_SHOWN 5			/* most names a hint lists */

extern char *gm_name_key(const char *s, int len);
extern char *gm_echo(const char *s, int len);
extern char *gm_echo_list(const char *const *names, int n, int64 total);

#endif							/* GPUMKT_NAMES_H */
