/*-------------------------------------------------------------------------
 *
 * names.c
 *	  How gpumkt compares names: the key of a name (case, accents, spaces,
 *	  hyphens and punctuation ignored), the SQL function gpumkt_name_key
 *	  that indexes use, and the abbreviations people type for regions.
 *
 * A key is computed in UTF-8: the name is decomposed (Unicode NFKD, so that
 * 'É' is 'E' and a combining acute, and full-width or ligature forms are
 * their plain letters), combining marks are dropped, letters are lower-cased
 * (ASCII, Greek, Cyrillic, and the Latin letters that do not decompose, such
 * as 'ß' -> "ss" or 'Ø' -> "o"), and everything that is neither a letter nor
 * a digit (spaces, hyphens, underscores, '&', apostrophes, dashes) is
 * dropped.  'Amérique du Nord', 'amerique-du-nord' and 'AMERIQUE DU NORD '
 * all have the key "ameriquedunord".  The key depends on nothing but the
 * name (no locale), so gpumkt_name_key is immutable.  What each code point
 * becomes is src/core's name_fold.c; the decoding and NFKD are here.
 *
 * It also holds how an error message quotes what a user gave: gm_echo (and
 * the SQL function gpumkt_echo) keeps the first GM_ECHO_CHARS characters of
 * a name with "..." after them, so that a message never carries a whole
 * long argument, and gm_echo_list (gpumkt_echo_list) lists at most
 * GM_LIST_SHOWN names in a hint, "and N more" after them.
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include "catalog/pg_type.h"
#include "common/unicode_norm.h"
#include "fmgr.h"
#include "lib/stringinfo.h"
#include "mb/pg_wchar.h"
#include "utils/array.h"
#include "utils/builtins.h"

#include "name_fold.h"
#include "names.h"

/*
 * Abbreviations and other names people type, each for a region the shipped
 * data holds (an abbreviation is used only while that region is there).
 */
const GmAlias gm_aliases[] = {
	{"USA", "united_states"},
	{"United States of America", "united_states"},
	{"UK", "united_kingdom"},
	{"Great Britain", "united_kingdom"},
	{"UAE", "united_arab_emirates"},
	{"KSA", "saudi_arabia"},
	{"Korea", "south_korea"},
	{"Republic of Korea", "south_korea"},
	{"Russian Federation", "russia"},
	{"Holland", "netherlands"},
	{"APAC", "asia_pacific"},
	{"World", "global"},
	{"Worldwide", "global"},
	{"Monde", "global"},
	{"NA", "north_america"},
	{"MEA", "middle_east_africa"},
	{"Middle East and Africa", "middle_east_africa"},
	{"LATAM", "latin_america"},
	{"LAC", "latin_america"},
};
const int	gm_naliases = lengthof(gm_aliases);

/* Append the key of one decomposed code point to buf (name_fold.c). */
static void
fold_code_point(StringInfo buf, pg_wchar c, bool utf8)
{
	char		key[GM_FOLD_MAX];

	appendBinaryStringInfo(buf, key, gm_fold_code_point(c, utf8, key));
}

/*
 * The code points of s (len bytes of UTF-8), NUL-terminated; a byte that
 * does not start a valid sequence is read as the Latin-1 character it
 * would be (SQL_ASCII databases).
 */
static pg_wchar *
decode_utf8(const char *s, int len)
{
	pg_wchar   *out = palloc(sizeof(pg_wchar) * (len + 1));
	int			n = 0;
	int			i = 0;

	while (i < len)
	{
		const unsigned char *p = (const unsigned char *) s + i;
		int			l = pg_utf_mblen(p);

		if (l > 1 && i + l <= len && pg_utf8_islegal(p, l))
		{
			out[n++] = utf8_to_unicode(p);
			i += l;
		}
		else
		{
			out[n++] = *p;
			i++;
		}
	}
	out[n] = 0;
	return out;
}

/* The key of s (len bytes in UTF-8), appended to buf (see fold_code_point). */
static void
fold_utf8(StringInfo buf, const char *s, int len, bool utf8)
{
	pg_wchar   *chars = decode_utf8(s, len);
	pg_wchar   *decomposed = unicode_normalize(UNICODE_NFKD, chars);

	for (pg_wchar *c = decomposed; *c; c++)
		fold_code_point(buf, *c, utf8);
	pfree(chars);
	pfree(decomposed);
}

/*
 * The key of name s (len bytes in the server encoding), palloc'd, in the
 * server encoding; "" when the name has no letter or digit.  In a database
 * whose encoding is neither UTF-8 nor SQL_ASCII, the name is read through
 * UTF-8 and its key is ASCII (letters beyond ASCII as <hex>), so that every
 * key can be written in the database's encoding.
 */
char *
gm_name_key(const char *s, int len)
{
	StringInfoData buf;
	bool		ascii = true;
	int			enc;

	for (int i = 0; i < len; i++)
	{
		if (IS_HIGHBIT_SET(s[i]))
		{
			ascii = false;
			break;
		}
	}
	if (ascii)
	{
		/* the key of ASCII is no longer than the name */
		char	   *key = palloc(len + 1);

		gm_fold_ascii(s, len, key);
		return key;
	}
	initStringInfo(&buf);
	enc = GetDatabaseEncoding();
	if (enc == PG_UTF8 || enc == PG_SQL_ASCII)
	{
		fold_utf8(&buf, s, len, true);
		return buf.data;
	}
	/* other encodings: through UTF-8, to an ASCII key */
	{
		char	   *utf8 = pg_server_to_any(s, len, PG_UTF8);

		fold_utf8(&buf, utf8, strlen(utf8), false);
	}
	return buf.data;
}

/* The key that gpumkt compares names by (for indexes and for users). */
PG_FUNCTION_INFO_V1(gpumkt_name_key);
Datum
gpumkt_name_key(PG_FUNCTION_ARGS)
{
	text	   *name = PG_GETARG_TEXT_PP(0);

	PG_RETURN_TEXT_P(cstring_to_text(gm_name_key(VARDATA_ANY(name),
												 VARSIZE_ANY_EXHDR(name))));
}

/*
 * At most the first GM_ECHO_CHARS characters of s (len bytes in the server
 * encoding), cut on a character boundary, with "..." when cut: what an
 * error message quotes of a name or value a user gave; palloc'd.
 */
char *
gm_echo(const char *s, int len)
{
	int			clip;

	if (s == NULL)
		return pstrdup("(null)");
	clip = pg_mbcharcliplen(s, len, GM_ECHO_CHARS);
	if (clip >= len)
		return pnstrdup(s, len);
	return psprintf("%.*s...", clip, s);
}

/*
 * The first n of total names as a hint lists them: at most GM_LIST_SHOWN,
 * each through gm_echo, separated by commas, and "and N more" when there
 * are more; "none" when there are none.  palloc'd.
 */
char *
gm_echo_list(const char *const *names, int n, int64 total)
{
	StringInfoData buf;
	int			shown = Min(n, GM_LIST_SHOWN);

	if (total <= 0)
		return pstrdup("none");
	initStringInfo(&buf);
	for (int i = 0; i < shown; i++)
		appendStringInfo(&buf, "%s%s", i ? ", " : "",
						 gm_echo(names[i], strlen(names[i])));
	if (total > shown)
		appendStringInfo(&buf, " and " INT64_FORMAT " more", total - shown);
	return buf.data;
}

/* gm_echo for SQL: what an error message quotes of a name (gpumkt_echo). */
PG_FUNCTION_INFO_V1(gpumkt_echo);
Datum
gpumkt_echo(PG_FUNCTION_ARGS)
{
	text	   *s = PG_GETARG_TEXT_PP(0);

	PG_RETURN_TEXT_P(cstring_to_text(gm_echo(VARDATA_ANY(s),
											 VARSIZE_ANY_EXHDR(s))));
}

/* gm_echo_list for SQL: a hint's list of names (gpumkt_echo_list). */
PG_FUNCTION_INFO_V1(gpumkt_echo_list);
Datum
gpumkt_echo_list(PG_FUNCTION_ARGS)
{
	ArrayType  *arr = PG_GETARG_ARRAYTYPE_P(0);
	Datum	   *elems;
	bool	   *nulls;
	int			n;
	int			total = 0;
	const char *names[GM_LIST_SHOWN];

	deconstruct_array(arr, TEXTOID, -1, false, TYPALIGN_INT, &elems, &nulls, &n);
	for (int i = 0; i < n; i++)
	{
		if (nulls[i])
			continue;
		if (total < GM_LIST_SHOWN)
			names[total] = TextDatumGetCString(elems[i]);
		total++;
	}
	PG_RETURN_TEXT_P(cstring_to_text(gm_echo_list(names, Min(total, GM_LIST_SHOWN),
												  total)));
}
