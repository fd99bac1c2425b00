-- encoding: the shipped text arrives intact in every server encoding that
-- can hold it.  LATIN1 lacks the typographic apostrophe, the en dash and the
-- ligature oe: gpumkt writes them ' - oe (docs/reference.md, Database
-- encodings); LATIN9 holds oe but not the other two; WIN1252 holds every
-- character of the report: nothing is changed there.  SQL_ASCII and KOI8R
-- (no e acute) refuse the install.  A 1.4 install in LATIN1, whose text 1.4
-- garbled, is mended by the update to the text of a fresh install.  Each
-- database is created here and dropped at the end.
\set SHOW_CONTEXT never
SELECT current_database() AS regression_db \gset

-- every shipped row as text, its columns in order of name: one query that
-- each database below runs again
\set shipped_rows 'SELECT (SELECT string_agg(e.key || chr(61) || e.value, chr(124) ORDER BY e.key COLLATE "C") FROM jsonb_each_text(to_jsonb(x)) e) AS t FROM gpumkt_regions x WHERE x.shipped UNION ALL SELECT (SELECT string_agg(e.key || chr(61) || e.value, chr(124) ORDER BY e.key COLLATE "C") FROM jsonb_each_text(to_jsonb(x)) e) FROM gpumkt_markets x WHERE x.shipped UNION ALL SELECT (SELECT string_agg(e.key || chr(61) || e.value, chr(124) ORDER BY e.key COLLATE "C") FROM jsonb_each_text(to_jsonb(x)) e) FROM gpumkt_anchors x WHERE x.shipped UNION ALL SELECT (SELECT string_agg(e.key || chr(61) || e.value, chr(124) ORDER BY e.key COLLATE "C") FROM jsonb_each_text(to_jsonb(x)) e) FROM gpumkt_rates x WHERE x.shipped UNION ALL SELECT (SELECT string_agg(e.key || chr(61) || e.value, chr(124) ORDER BY e.key COLLATE "C") FROM jsonb_each_text(to_jsonb(x)) e) FROM gpumkt_region_shares x WHERE x.shipped UNION ALL SELECT (SELECT string_agg(e.key || chr(61) || e.value, chr(124) ORDER BY e.key COLLATE "C") FROM jsonb_each_text(to_jsonb(x)) e) FROM gpumkt_dimensions x WHERE x.shipped UNION ALL SELECT (SELECT string_agg(e.key || chr(61) || e.value, chr(124) ORDER BY e.key COLLATE "C") FROM jsonb_each_text(to_jsonb(x)) e) FROM gpumkt_segments x WHERE x.shipped UNION ALL SELECT (SELECT string_agg(e.key || chr(61) || e.value, chr(124) ORDER BY e.key COLLATE "C") FROM jsonb_each_text(to_jsonb(x)) e) FROM gpumkt_players x WHERE x.shipped UNION ALL SELECT (SELECT string_agg(e.key || chr(61) || e.value, chr(124) ORDER BY e.key COLLATE "C") FROM jsonb_each_text(to_jsonb(x)) e) FROM gpumkt_developments x WHERE x.shipped UNION ALL SELECT (SELECT string_agg(e.key || chr(61) || e.value, chr(124) ORDER BY e.key COLLATE "C") FROM jsonb_each_text(to_jsonb(x)) e) FROM gpumkt_figures x WHERE x.shipped'
-- their digest: md5 of their UTF-8 bytes, sorted by those bytes
\set digest 'md5(string_agg(convert_to(t, $$UTF8$$), $$\\x0a$$::bytea ORDER BY convert_to(t, $$UTF8$$)))'

-- in this UTF8 database: the digest of the shipped text as it is, and as it
-- is once the typographic characters LATIN1 lacks are written in ASCII
-- (’ and ‘ as ', “ and ” as ", – and — as -, … as ..., œ as oe, Œ as OE)
SELECT count(*) AS shipped_rows,
       count(*) FILTER (WHERE tr <> t) AS rows_written_in_ascii_in_latin1
FROM (SELECT t, replace(replace(replace(translate(t, '‘’“”–—', '''''""--'), '…', '...'), 'œ', 'oe'), 'Œ', 'OE') AS tr
      FROM (:shipped_rows) s) q;
SELECT :digest AS utf8_digest FROM (:shipped_rows) s \gset
SELECT :digest AS latin1_digest
FROM (SELECT replace(replace(replace(translate(t, '‘’“”–—', '''''""--'), '…', '...'), 'œ', 'oe'), 'Œ', 'OE') AS t
      FROM (:shipped_rows) s) q \gset
-- LATIN9 holds œ and Œ, not the quotes, dashes and ellipsis
SELECT :digest AS latin9_digest
FROM (SELECT replace(translate(t, '‘’“”–—', '''''""--'), '…', '...') AS t
      FROM (:shipped_rows) s) q \gset

-- comments and function bodies of the extension, for the comparison of an
-- updated install with a fresh one below
\set ext_text 'SELECT pg_describe_object(ds.classoid, ds.objoid, ds.objsubid) AS what, ds.description AS txt FROM pg_description ds JOIN pg_depend d ON d.classid = ds.classoid AND d.objid = ds.objoid WHERE d.deptype = $$e$$ AND d.refobjid = (SELECT oid FROM pg_extension WHERE extname = $$gpumkt$$) UNION ALL SELECT p.oid::regprocedure::text, p.prosrc FROM pg_proc p JOIN pg_depend d ON d.classid = $$pg_proc$$::regclass AND d.objid = p.oid WHERE d.deptype = $$e$$ AND d.refobjid = (SELECT oid FROM pg_extension WHERE extname = $$gpumkt$$)'

-- LATIN1: a fresh install
CREATE DATABASE gpumkt_enc_latin1 ENCODING 'LATIN1' LC_COLLATE 'C' LC_CTYPE 'C' TEMPLATE template0;
\c gpumkt_enc_latin1
\encoding UTF8
CREATE EXTENSION gpumkt;
SELECT gpumkt_resolve_region('Amérique du Nord') AS amerique,
       gpumkt_resolve_region('Reste de l''Europe') AS reste_europe,
       gpumkt_resolve_region('reste de l amerique latine') AS reste_amerique;
SELECT * FROM gpumkt_segments_share('component', array['Matériel']);
SELECT region, name_fr FROM gpumkt_regions WHERE region IN ('north_america', 'rest_of_europe') ORDER BY 1;
SELECT source_title FROM gpumkt_markets WHERE shipped;
-- every shipped text as the data file's, with ' - oe for ’ – œ
SELECT :digest = :'latin1_digest' AS intact, count(*) AS shipped_rows FROM (:shipped_rows) s;
-- comments and function bodies: ASCII
SELECT count(*) > 300 AS many_texts, bool_and(octet_length(convert_to(txt, 'UTF8')) = length(txt)) AS ascii
FROM (:ext_text) e;
SELECT md5(string_agg(what || ': ' || txt, chr(10) ORDER BY what, txt)) AS fresh_ext_text FROM (:ext_text) e \gset

-- LATIN1: 1.4 installed (its text garbled), a user's row, then the update
CREATE DATABASE gpumkt_enc_latin1_14 ENCODING 'LATIN1' LC_COLLATE 'C' LC_CTYPE 'C' TEMPLATE template0;
\c gpumkt_enc_latin1_14
\encoding UTF8
CREATE EXTENSION gpumkt VERSION '1.4';
SELECT name_fr <> 'Amérique du Nord' AS garbled_by_14 FROM gpumkt_regions WHERE region = 'north_america';
SELECT gpumkt_resolve_region('Amérique du Nord');
INSERT INTO gpumkt_markets (market, name, note) VALUES ('enc_user_market', 'Marché d''essai', 'écrit par l''utilisateur, à garder');
ALTER EXTENSION gpumkt UPDATE;
SELECT gpumkt_resolve_region('Amérique du Nord') AS amerique,
       gpumkt_resolve_region('Reste de l''Europe') AS reste_europe;
SELECT * FROM gpumkt_segments_share('component', array['Matériel']);
SELECT :digest = :'latin1_digest' AS mended, count(*) AS shipped_rows FROM (:shipped_rows) s;
SELECT md5(string_agg(what || ': ' || txt, chr(10) ORDER BY what, txt)) = :'fresh_ext_text' AS as_fresh
FROM (:ext_text) e;
-- the user's row as it was written (the LATIN1 database can hold it)
SELECT market, name, note, shipped FROM gpumkt_markets WHERE market = 'enc_user_market';

-- WIN1252 holds every character of the report: the text as in UTF8
CREATE DATABASE gpumkt_enc_win1252 ENCODING 'WIN1252' LC_COLLATE 'C' LC_CTYPE 'C' TEMPLATE template0;
\c gpumkt_enc_win1252
\encoding UTF8
CREATE EXTENSION gpumkt;
SELECT gpumkt_resolve_region('Amérique du Nord') AS amerique,
       gpumkt_resolve_region('Reste de l’Europe') AS reste_europe;
SELECT * FROM gpumkt_segments_share('component', array['Matériel']);
SELECT name_fr FROM gpumkt_regions WHERE region = 'rest_of_europe';
SELECT :digest = :'utf8_digest' AS intact, count(*) AS shipped_rows FROM (:shipped_rows) s;

-- LATIN9 holds œ: only the apostrophes and the en dash are written in ASCII
CREATE DATABASE gpumkt_enc_latin9 ENCODING 'LATIN9' LC_COLLATE 'C' LC_CTYPE 'C' TEMPLATE template0;
\c gpumkt_enc_latin9
\encoding UTF8
CREATE EXTENSION gpumkt;
SELECT gpumkt_resolve_region('Reste de l''Europe') AS reste_europe;
SELECT :digest = :'latin9_digest' AS intact, :digest = :'latin1_digest' AS as_latin1, count(*) AS shipped_rows
FROM (:shipped_rows) s;

-- SQL_ASCII gives no meaning to characters outside ASCII: refused
CREATE DATABASE gpumkt_enc_sql_ascii ENCODING 'SQL_ASCII' LC_COLLATE 'C' LC_CTYPE 'C' TEMPLATE template0;
\c gpumkt_enc_sql_ascii
CREATE EXTENSION gpumkt;
\echo :LAST_ERROR_SQLSTATE
SELECT count(*) AS installed FROM pg_extension WHERE extname = 'gpumkt';
-- but a 1.4 install there (its rows hold the data file's UTF-8 bytes, as
-- SQL_ASCII keeps any bytes) updates, and keeps them
CREATE EXTENSION gpumkt VERSION '1.4';
ALTER EXTENSION gpumkt UPDATE;
SELECT extversion FROM pg_extension WHERE extname = 'gpumkt';
SELECT gpumkt_resolve_region('Amérique du Nord') AS amerique;
SELECT :digest = :'utf8_digest' AS kept, count(*) AS shipped_rows FROM (:shipped_rows) s;

-- KOI8R has no e acute: refused
CREATE DATABASE gpumkt_enc_koi8r ENCODING 'KOI8R' LC_COLLATE 'C' LC_CTYPE 'C' TEMPLATE template0;
\c gpumkt_enc_koi8r
CREATE EXTENSION gpumkt;
\echo :LAST_ERROR_SQLSTATE
SELECT count(*) AS installed FROM pg_extension WHERE extname = 'gpumkt';

\c :regression_db
DROP DATABASE gpumkt_enc_latin1;
DROP DATABASE gpumkt_enc_latin1_14;
DROP DATABASE gpumkt_enc_win1252;
DROP DATABASE gpumkt_enc_latin9;
DROP DATABASE gpumkt_enc_sql_ascii;
DROP DATABASE gpumkt_enc_koi8r;
