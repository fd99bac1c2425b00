-- gpumkt 1.2 -> 1.3: the fixes of two reviews of 1.2 (correctness of the
-- aggregates and the summary type, security and integrity, bounded cost,
-- isolation of bad rows, names, years and the audit).  A fresh install of
-- 1.3 runs gpumkt--1.3.sql, generated from sql/src/ and data/; the upgrade
-- test shows that both give the same objects, rights and rows.
--
-- Its parts, in order: the head, aggregates, forecasts and names, integrity
-- rules and the audit, exact-match forms, rights, data, column comments.

\echo Use "ALTER EXTENSION gpumkt UPDATE TO '1.3'" to load this file. \quit

-- Names below resolve in pg_catalog only, so that no object planted in
-- another schema can stand in for a built-in while this script runs with
-- superuser rights.  The setting ends with the script.
SELECT pg_catalog.set_config('search_path', 'pg_catalog, pg_temp', true);
-- Aggregates (issue 8): summaries that always read back, an exact moving
-- gpumkt_fit_rate, moving shares that stay exact, checked states and
-- support functions kept from PUBLIC, years of every integer, date and
-- timestamp type, and what the fit and the CAGR each answer.

------------------------------------------------------------------------------
-- Years of more types: smallint, bigint and numeric whole years (so that a
-- smallint year still resolves to one aggregate), timestamp and timestamptz
------------------------------------------------------------------------------

CREATE FUNCTION @extschema@.gpumkt_cagr_trans(@extschema@.gpumkt_growth, smallint, float8)
    RETURNS @extschema@.gpumkt_growth AS 'MODULE_PATHNAME', 'gpumkt_cagr_trans_any'
    LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.gpumkt_cagr_trans(@extschema@.gpumkt_growth, smallint, float8) IS
'Transition function of the aggregate gpumkt_cagr(smallint, float8).';
CREATE FUNCTION @extschema@.gpumkt_cagr_trans(@extschema@.gpumkt_growth, bigint, float8)
    RETURNS @extschema@.gpumkt_growth AS 'MODULE_PATHNAME', 'gpumkt_cagr_trans_any'
    LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.gpumkt_cagr_trans(@extschema@.gpumkt_growth, bigint, float8) IS
'Transition function of the aggregate gpumkt_cagr(bigint, float8).';
CREATE FUNCTION @extschema@.gpumkt_cagr_trans(@extschema@.gpumkt_growth, numeric, float8)
    RETURNS @extschema@.gpumkt_growth AS 'MODULE_PATHNAME', 'gpumkt_cagr_trans_any'
    LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.gpumkt_cagr_trans(@extschema@.gpumkt_growth, numeric, float8) IS
'Transition function of the aggregate gpumkt_cagr(numeric, float8).';
CREATE FUNCTION @extschema@.gpumkt_cagr_trans(@extschema@.gpumkt_growth, timestamp, float8)
    RETURNS @extschema@.gpumkt_growth AS 'MODULE_PATHNAME', 'gpumkt_cagr_trans_any'
    LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.gpumkt_cagr_trans(@extschema@.gpumkt_growth, timestamp, float8) IS
'Transition function of the aggregate gpumkt_cagr(timestamp, float8).';
CREATE FUNCTION @extschema@.gpumkt_cagr_trans(@extschema@.gpumkt_growth, timestamptz, float8)
    RETURNS @extschema@.gpumkt_growth AS 'MODULE_PATHNAME', 'gpumkt_cagr_trans_any'
    LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.gpumkt_cagr_trans(@extschema@.gpumkt_growth, timestamptz, float8) IS
'Transition function of the aggregate gpumkt_cagr(timestamptz, float8).';
CREATE FUNCTION @extschema@.gpumkt_fit_trans(@extschema@.gpumkt_growth, smallint, float8)
    RETURNS @extschema@.gpumkt_growth AS 'MODULE_PATHNAME', 'gpumkt_fit_trans_any'
    LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.gpumkt_fit_trans(@extschema@.gpumkt_growth, smallint, float8) IS
'Transition function of the aggregate gpumkt_fit_rate(smallint, float8).';
CREATE FUNCTION @extschema@.gpumkt_fit_trans(@extschema@.gpumkt_growth, bigint, float8)
    RETURNS @extschema@.gpumkt_growth AS 'MODULE_PATHNAME', 'gpumkt_fit_trans_any'
    LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.gpumkt_fit_trans(@extschema@.gpumkt_growth, bigint, float8) IS
'Transition function of the aggregate gpumkt_fit_rate(bigint, float8).';
CREATE FUNCTION @extschema@.gpumkt_fit_trans(@extschema@.gpumkt_growth, numeric, float8)
    RETURNS @extschema@.gpumkt_growth AS 'MODULE_PATHNAME', 'gpumkt_fit_trans_any'
    LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.gpumkt_fit_trans(@extschema@.gpumkt_growth, numeric, float8) IS
'Transition function of the aggregate gpumkt_fit_rate(numeric, float8).';
CREATE FUNCTION @extschema@.gpumkt_fit_trans(@extschema@.gpumkt_growth, timestamp, float8)
    RETURNS @extschema@.gpumkt_growth AS 'MODULE_PATHNAME', 'gpumkt_fit_trans_any'
    LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.gpumkt_fit_trans(@extschema@.gpumkt_growth, timestamp, float8) IS
'Transition function of the aggregate gpumkt_fit_rate(timestamp, float8).';
CREATE FUNCTION @extschema@.gpumkt_fit_trans(@extschema@.gpumkt_growth, timestamptz, float8)
    RETURNS @extschema@.gpumkt_growth AS 'MODULE_PATHNAME', 'gpumkt_fit_trans_any'
    LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.gpumkt_fit_trans(@extschema@.gpumkt_growth, timestamptz, float8) IS
'Transition function of the aggregate gpumkt_fit_rate(timestamptz, float8).';
CREATE FUNCTION @extschema@.gpumkt_growth_trans(@extschema@.gpumkt_growth, smallint, float8)
    RETURNS @extschema@.gpumkt_growth AS 'MODULE_PATHNAME', 'gpumkt_growth_trans_any'
    LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.gpumkt_growth_trans(@extschema@.gpumkt_growth, smallint, float8) IS
'Transition function of the aggregate gpumkt_growth(smallint, float8).';
CREATE FUNCTION @extschema@.gpumkt_growth_trans(@extschema@.gpumkt_growth, bigint, float8)
    RETURNS @extschema@.gpumkt_growth AS 'MODULE_PATHNAME', 'gpumkt_growth_trans_any'
    LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.gpumkt_growth_trans(@extschema@.gpumkt_growth, bigint, float8) IS
'Transition function of the aggregate gpumkt_growth(bigint, float8).';
CREATE FUNCTION @extschema@.gpumkt_growth_trans(@extschema@.gpumkt_growth, numeric, float8)
    RETURNS @extschema@.gpumkt_growth AS 'MODULE_PATHNAME', 'gpumkt_growth_trans_any'
    LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.gpumkt_growth_trans(@extschema@.gpumkt_growth, numeric, float8) IS
'Transition function of the aggregate gpumkt_growth(numeric, float8).';
CREATE FUNCTION @extschema@.gpumkt_growth_trans(@extschema@.gpumkt_growth, timestamp, float8)
    RETURNS @extschema@.gpumkt_growth AS 'MODULE_PATHNAME', 'gpumkt_growth_trans_any'
    LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.gpumkt_growth_trans(@extschema@.gpumkt_growth, timestamp, float8) IS
'Transition function of the aggregate gpumkt_growth(timestamp, float8).';
CREATE FUNCTION @extschema@.gpumkt_growth_trans(@extschema@.gpumkt_growth, timestamptz, float8)
    RETURNS @extschema@.gpumkt_growth AS 'MODULE_PATHNAME', 'gpumkt_growth_trans_any'
    LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.gpumkt_growth_trans(@extschema@.gpumkt_growth, timestamptz, float8) IS
'Transition function of the aggregate gpumkt_growth(timestamptz, float8).';

------------------------------------------------------------------------------
-- gpumkt_fit_rate in moving-aggregate mode: a state of its own (exact
-- integer years or days, double-double sums), for whole years and dates
------------------------------------------------------------------------------

CREATE FUNCTION @extschema@.gpumkt_fit_mtrans(internal, smallint, float8) RETURNS internal
    AS 'MODULE_PATHNAME', 'gpumkt_fit_mtrans' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.gpumkt_fit_mtrans(internal, smallint, float8) IS
'Moving-aggregate transition of gpumkt_fit_rate(smallint, float8): adds a row to a sliding window frame.';
CREATE FUNCTION @extschema@.gpumkt_fit_minv(internal, smallint, float8) RETURNS internal
    AS 'MODULE_PATHNAME', 'gpumkt_fit_minv' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.gpumkt_fit_minv(internal, smallint, float8) IS
'Moving-aggregate inverse of gpumkt_fit_rate(smallint, float8): takes a row back, or declines (NULL) where that could cost digits, so that the frame is computed afresh.';
CREATE FUNCTION @extschema@.gpumkt_fit_mtrans(internal, integer, float8) RETURNS internal
    AS 'MODULE_PATHNAME', 'gpumkt_fit_mtrans' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.gpumkt_fit_mtrans(internal, integer, float8) IS
'Moving-aggregate transition of gpumkt_fit_rate(integer, float8): adds a row to a sliding window frame.';
CREATE FUNCTION @extschema@.gpumkt_fit_minv(internal, integer, float8) RETURNS internal
    AS 'MODULE_PATHNAME', 'gpumkt_fit_minv' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.gpumkt_fit_minv(internal, integer, float8) IS
'Moving-aggregate inverse of gpumkt_fit_rate(integer, float8): takes a row back, or declines (NULL) where that could cost digits, so that the frame is computed afresh.';
CREATE FUNCTION @extschema@.gpumkt_fit_mtrans(internal, bigint, float8) RETURNS internal
    AS 'MODULE_PATHNAME', 'gpumkt_fit_mtrans' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.gpumkt_fit_mtrans(internal, bigint, float8) IS
'Moving-aggregate transition of gpumkt_fit_rate(bigint, float8): adds a row to a sliding window frame.';
CREATE FUNCTION @extschema@.gpumkt_fit_minv(internal, bigint, float8) RETURNS internal
    AS 'MODULE_PATHNAME', 'gpumkt_fit_minv' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.gpumkt_fit_minv(internal, bigint, float8) IS
'Moving-aggregate inverse of gpumkt_fit_rate(bigint, float8): takes a row back, or declines (NULL) where that could cost digits, so that the frame is computed afresh.';
CREATE FUNCTION @extschema@.gpumkt_fit_mtrans(internal, numeric, float8) RETURNS internal
    AS 'MODULE_PATHNAME', 'gpumkt_fit_mtrans' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.gpumkt_fit_mtrans(internal, numeric, float8) IS
'Moving-aggregate transition of gpumkt_fit_rate(numeric, float8): adds a row to a sliding window frame.';
CREATE FUNCTION @extschema@.gpumkt_fit_minv(internal, numeric, float8) RETURNS internal
    AS 'MODULE_PATHNAME', 'gpumkt_fit_minv' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.gpumkt_fit_minv(internal, numeric, float8) IS
'Moving-aggregate inverse of gpumkt_fit_rate(numeric, float8): takes a row back, or declines (NULL) where that could cost digits, so that the frame is computed afresh.';
CREATE FUNCTION @extschema@.gpumkt_fit_mtrans(internal, date, float8) RETURNS internal
    AS 'MODULE_PATHNAME', 'gpumkt_fit_mtrans' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.gpumkt_fit_mtrans(internal, date, float8) IS
'Moving-aggregate transition of gpumkt_fit_rate(date, float8): adds a row to a sliding window frame.';
CREATE FUNCTION @extschema@.gpumkt_fit_minv(internal, date, float8) RETURNS internal
    AS 'MODULE_PATHNAME', 'gpumkt_fit_minv' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.gpumkt_fit_minv(internal, date, float8) IS
'Moving-aggregate inverse of gpumkt_fit_rate(date, float8): takes a row back, or declines (NULL) where that could cost digits, so that the frame is computed afresh.';
CREATE FUNCTION @extschema@.gpumkt_fit_mfinal(internal) RETURNS float8
    AS 'MODULE_PATHNAME', 'gpumkt_fit_mfinal' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.gpumkt_fit_mfinal(internal) IS
'Moving-aggregate final function of gpumkt_fit_rate: the rate of the frame, equal to the frame computed afresh within 1e-9 relative; NULL where the frame has one year.';

-- the fit's two aggregates of 1.2 take the new moving mode

CREATE OR REPLACE AGGREGATE @extschema@.gpumkt_fit_rate(year integer, value float8) (
    SFUNC = @extschema@.gpumkt_fit_trans,
    STYPE = @extschema@.gpumkt_growth,
    FINALFUNC = @extschema@.gpumkt_fit_rate,
    COMBINEFUNC = @extschema@.gpumkt_growth_combine,
    MSFUNC = @extschema@.gpumkt_fit_mtrans,
    MINVFUNC = @extschema@.gpumkt_fit_minv,
    MSTYPE = internal,
    MFINALFUNC = @extschema@.gpumkt_fit_mfinal,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.gpumkt_fit_rate(integer, float8) IS
'Annual growth of the least-squares fit of ln(value) on year, exp(slope) - 1 (LOGEST''s m - 1). It fits each row, not yearly totals: for the growth of a total, sum per year first: gpumkt_fit_rate(year, total) FROM (SELECT year, sum(value) AS total ... GROUP BY year). Values not above zero raise 22023. As a window function over a sliding frame it equals the frame computed afresh (1e-9 relative), NULL where the frame has one year.';

CREATE OR REPLACE AGGREGATE @extschema@.gpumkt_fit_rate(day date, value float8) (
    SFUNC = @extschema@.gpumkt_fit_trans,
    STYPE = @extschema@.gpumkt_growth,
    FINALFUNC = @extschema@.gpumkt_fit_rate,
    COMBINEFUNC = @extschema@.gpumkt_growth_combine,
    MSFUNC = @extschema@.gpumkt_fit_mtrans,
    MINVFUNC = @extschema@.gpumkt_fit_minv,
    MSTYPE = internal,
    MFINALFUNC = @extschema@.gpumkt_fit_mfinal,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.gpumkt_fit_rate(date, float8) IS
'Annual growth of the least-squares fit of ln(value) on the day as a fractional year (365.25 days), fitting each row, not daily totals. As a window function over a sliding frame it equals the frame computed afresh (1e-9 relative), NULL where the frame has one day.';

------------------------------------------------------------------------------
-- The aggregates over the new year types
------------------------------------------------------------------------------

CREATE AGGREGATE @extschema@.gpumkt_cagr(year smallint, value float8) (
    SFUNC = @extschema@.gpumkt_cagr_trans,
    STYPE = @extschema@.gpumkt_growth,
    FINALFUNC = @extschema@.gpumkt_cagr,
    COMBINEFUNC = @extschema@.gpumkt_growth_combine,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.gpumkt_cagr(smallint, float8) IS
'gpumkt_cagr over smallint years: CAGR from the earliest to the latest year of the group, values of one year summed first.';
CREATE AGGREGATE @extschema@.gpumkt_fit_rate(year smallint, value float8) (
    SFUNC = @extschema@.gpumkt_fit_trans,
    STYPE = @extschema@.gpumkt_growth,
    FINALFUNC = @extschema@.gpumkt_fit_rate,
    COMBINEFUNC = @extschema@.gpumkt_growth_combine,
    MSFUNC = @extschema@.gpumkt_fit_mtrans,
    MINVFUNC = @extschema@.gpumkt_fit_minv,
    MSTYPE = internal,
    MFINALFUNC = @extschema@.gpumkt_fit_mfinal,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.gpumkt_fit_rate(smallint, float8) IS
'gpumkt_fit_rate over smallint years: annual growth of the least-squares fit of ln(value) on year, fitting each row, not yearly totals.';
CREATE AGGREGATE @extschema@.gpumkt_growth(year smallint, value float8) (
    SFUNC = @extschema@.gpumkt_growth_trans,
    STYPE = @extschema@.gpumkt_growth,
    COMBINEFUNC = @extschema@.gpumkt_growth_combine,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.gpumkt_growth(smallint, float8) IS
'Summary of the group''s rows over smallint years, to store, roll up with gpumkt_rollup and read with the accessors.';

CREATE AGGREGATE @extschema@.gpumkt_cagr(year bigint, value float8) (
    SFUNC = @extschema@.gpumkt_cagr_trans,
    STYPE = @extschema@.gpumkt_growth,
    FINALFUNC = @extschema@.gpumkt_cagr,
    COMBINEFUNC = @extschema@.gpumkt_growth_combine,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.gpumkt_cagr(bigint, float8) IS
'gpumkt_cagr over bigint years (within the range of integer, else 22003): CAGR from the earliest to the latest year of the group, values of one year summed first.';
CREATE AGGREGATE @extschema@.gpumkt_fit_rate(year bigint, value float8) (
    SFUNC = @extschema@.gpumkt_fit_trans,
    STYPE = @extschema@.gpumkt_growth,
    FINALFUNC = @extschema@.gpumkt_fit_rate,
    COMBINEFUNC = @extschema@.gpumkt_growth_combine,
    MSFUNC = @extschema@.gpumkt_fit_mtrans,
    MINVFUNC = @extschema@.gpumkt_fit_minv,
    MSTYPE = internal,
    MFINALFUNC = @extschema@.gpumkt_fit_mfinal,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.gpumkt_fit_rate(bigint, float8) IS
'gpumkt_fit_rate over bigint years (within the range of integer): annual growth of the least-squares fit of ln(value) on year, fitting each row, not yearly totals.';
CREATE AGGREGATE @extschema@.gpumkt_growth(year bigint, value float8) (
    SFUNC = @extschema@.gpumkt_growth_trans,
    STYPE = @extschema@.gpumkt_growth,
    COMBINEFUNC = @extschema@.gpumkt_growth_combine,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.gpumkt_growth(bigint, float8) IS
'Summary of the group''s rows over bigint years (within the range of integer, else 22003), to store, roll up with gpumkt_rollup and read with the accessors.';

CREATE AGGREGATE @extschema@.gpumkt_cagr(year numeric, value float8) (
    SFUNC = @extschema@.gpumkt_cagr_trans,
    STYPE = @extschema@.gpumkt_growth,
    FINALFUNC = @extschema@.gpumkt_cagr,
    COMBINEFUNC = @extschema@.gpumkt_growth_combine,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.gpumkt_cagr(numeric, float8) IS
'gpumkt_cagr over numeric years (whole, else 22023; within the range of integer, else 22003): CAGR from the earliest to the latest year of the group, values of one year summed first.';
CREATE AGGREGATE @extschema@.gpumkt_fit_rate(year numeric, value float8) (
    SFUNC = @extschema@.gpumkt_fit_trans,
    STYPE = @extschema@.gpumkt_growth,
    FINALFUNC = @extschema@.gpumkt_fit_rate,
    COMBINEFUNC = @extschema@.gpumkt_growth_combine,
    MSFUNC = @extschema@.gpumkt_fit_mtrans,
    MINVFUNC = @extschema@.gpumkt_fit_minv,
    MSTYPE = internal,
    MFINALFUNC = @extschema@.gpumkt_fit_mfinal,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.gpumkt_fit_rate(numeric, float8) IS
'gpumkt_fit_rate over numeric years, which must be whole (22023): annual growth of the least-squares fit of ln(value) on year, fitting each row, not yearly totals.';
CREATE AGGREGATE @extschema@.gpumkt_growth(year numeric, value float8) (
    SFUNC = @extschema@.gpumkt_growth_trans,
    STYPE = @extschema@.gpumkt_growth,
    COMBINEFUNC = @extschema@.gpumkt_growth_combine,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.gpumkt_growth(numeric, float8) IS
'Summary of the group''s rows over numeric years (whole, else 22023; within the range of integer, else 22003), to store, roll up with gpumkt_rollup and read with the accessors.';

CREATE AGGREGATE @extschema@.gpumkt_cagr(ts timestamp, value float8) (
    SFUNC = @extschema@.gpumkt_cagr_trans,
    STYPE = @extschema@.gpumkt_growth,
    FINALFUNC = @extschema@.gpumkt_cagr,
    COMBINEFUNC = @extschema@.gpumkt_growth_combine,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.gpumkt_cagr(timestamp, float8) IS
'gpumkt_cagr over timestamps, each a fractional year (2000 + days since 2000-01-01 00:00 UTC / 365.25): CAGR from the earliest to the latest instant of the group, annualised, values of one instant summed first.';
CREATE AGGREGATE @extschema@.gpumkt_fit_rate(ts timestamp, value float8) (
    SFUNC = @extschema@.gpumkt_fit_trans,
    STYPE = @extschema@.gpumkt_growth,
    FINALFUNC = @extschema@.gpumkt_fit_rate,
    COMBINEFUNC = @extschema@.gpumkt_growth_combine,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.gpumkt_fit_rate(timestamp, float8) IS
'gpumkt_fit_rate over timestamps, each a fractional year (2000 + days since 2000-01-01 00:00 UTC / 365.25): annual growth of the least-squares fit of ln(value), fitting each row, not totals. As a window function each frame is computed afresh (no moving mode).';
CREATE AGGREGATE @extschema@.gpumkt_growth(ts timestamp, value float8) (
    SFUNC = @extschema@.gpumkt_growth_trans,
    STYPE = @extschema@.gpumkt_growth,
    COMBINEFUNC = @extschema@.gpumkt_growth_combine,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.gpumkt_growth(timestamp, float8) IS
'Summary of the group''s rows over timestamps, each a fractional year (2000 + days since 2000-01-01 00:00 UTC / 365.25), to store, roll up with gpumkt_rollup and read with the accessors.';

CREATE AGGREGATE @extschema@.gpumkt_cagr(ts timestamptz, value float8) (
    SFUNC = @extschema@.gpumkt_cagr_trans,
    STYPE = @extschema@.gpumkt_growth,
    FINALFUNC = @extschema@.gpumkt_cagr,
    COMBINEFUNC = @extschema@.gpumkt_growth_combine,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.gpumkt_cagr(timestamptz, float8) IS
'gpumkt_cagr over timestamps, each a fractional year (2000 + days since 2000-01-01 00:00 UTC / 365.25): CAGR from the earliest to the latest instant of the group, annualised, values of one instant summed first.';
CREATE AGGREGATE @extschema@.gpumkt_fit_rate(ts timestamptz, value float8) (
    SFUNC = @extschema@.gpumkt_fit_trans,
    STYPE = @extschema@.gpumkt_growth,
    FINALFUNC = @extschema@.gpumkt_fit_rate,
    COMBINEFUNC = @extschema@.gpumkt_growth_combine,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.gpumkt_fit_rate(timestamptz, float8) IS
'gpumkt_fit_rate over timestamptz values, each a fractional year (2000 + days since 2000-01-01 00:00 UTC / 365.25): annual growth of the least-squares fit of ln(value), fitting each row, not totals. As a window function each frame is computed afresh (no moving mode).';
CREATE AGGREGATE @extschema@.gpumkt_growth(ts timestamptz, value float8) (
    SFUNC = @extschema@.gpumkt_growth_trans,
    STYPE = @extschema@.gpumkt_growth,
    COMBINEFUNC = @extschema@.gpumkt_growth_combine,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.gpumkt_growth(timestamptz, float8) IS
'Summary of the group''s rows over timestamps, each a fractional year (2000 + days since 2000-01-01 00:00 UTC / 365.25), to store, roll up with gpumkt_rollup and read with the accessors.';

CREATE FUNCTION @extschema@.gpumkt_value_at(summary @extschema@.gpumkt_growth, ts timestamp) RETURNS float8
    AS 'MODULE_PATHNAME', 'gpumkt_growth_value_at_timestamp' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.gpumkt_value_at(@extschema@.gpumkt_growth, timestamp) IS
'Fitted value at a timestamp (a fractional year: 2000 + days since 2000-01-01 00:00 / 365.25), for summaries built over timestamps; the fit is over rows, not totals.';
CREATE FUNCTION @extschema@.gpumkt_value_at(summary @extschema@.gpumkt_growth, ts timestamptz) RETURNS float8
    AS 'MODULE_PATHNAME', 'gpumkt_growth_value_at_timestamp' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.gpumkt_value_at(@extschema@.gpumkt_growth, timestamptz) IS
'Fitted value at a timestamptz (counted from 2000-01-01 00:00 UTC, whatever the time zone), for summaries built over timestamps; the fit is over rows, not totals.';

------------------------------------------------------------------------------
-- gpumkt_share and gpumkt_hhi: sizes only (a share of negative values is
-- no share), checked states, a combine function each
------------------------------------------------------------------------------

CREATE FUNCTION @extschema@.gpumkt_share_combine(float8[], float8[]) RETURNS float8[]
    AS 'MODULE_PATHNAME', 'gpumkt_share_combine' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.gpumkt_share_combine(float8[], float8[]) IS
'Combine function of gpumkt_share: adds two states, each checked (22023 for a state the aggregate could not make).';
CREATE FUNCTION @extschema@.gpumkt_hhi_combine(float8[], float8[]) RETURNS float8[]
    AS 'MODULE_PATHNAME', 'gpumkt_hhi_combine' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.gpumkt_hhi_combine(float8[], float8[]) IS
'Combine function of gpumkt_hhi: adds two states, each checked (22023 for a state the aggregate could not make).';

CREATE OR REPLACE AGGREGATE @extschema@.gpumkt_share(value float8, is_part boolean) (
    SFUNC = @extschema@.gpumkt_share_trans,
    STYPE = float8[],
    INITCOND = '{0,0,0,0}',
    FINALFUNC = @extschema@.gpumkt_share_final,
    COMBINEFUNC = @extschema@.gpumkt_share_combine,
    MSFUNC = @extschema@.gpumkt_share_trans,
    MINVFUNC = @extschema@.gpumkt_share_inv,
    MSTYPE = float8[],
    MINITCOND = '{0,0,0,0}',
    MFINALFUNC = @extschema@.gpumkt_share_final,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.gpumkt_share(float8, boolean) IS
'Sum of value where is_part over sum of value: a region''s or a company''s share, over any grouping; values below zero raise 22023; runs in moving-aggregate mode as a window function, each frame exact.';

CREATE OR REPLACE AGGREGATE @extschema@.gpumkt_hhi(value float8) (
    SFUNC = @extschema@.gpumkt_hhi_trans,
    STYPE = float8[],
    INITCOND = '{0,0,0,0}',
    FINALFUNC = @extschema@.gpumkt_hhi_final,
    COMBINEFUNC = @extschema@.gpumkt_hhi_combine,
    MSFUNC = @extschema@.gpumkt_hhi_trans,
    MINVFUNC = @extschema@.gpumkt_hhi_inv,
    MSTYPE = float8[],
    MINITCOND = '{0,0,0,0}',
    MFINALFUNC = @extschema@.gpumkt_hhi_final,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.gpumkt_hhi(float8) IS
'Herfindahl-Hirschman index of concentration, 10,000 x the sum of squared shares value / total (50, 30, 20 gives 3,800); values below zero raise 22023.';

-- the 1.2 moving inverse of the fit and the shared combine of share and HHI
-- serve no aggregate any more
DROP FUNCTION @extschema@.gpumkt_fit_inv(@extschema@.gpumkt_growth, integer, float8);
DROP FUNCTION @extschema@.gpumkt_fit_inv(@extschema@.gpumkt_growth, date, float8);
DROP FUNCTION @extschema@.gpumkt_sums_combine(float8[], float8[]);

COMMENT ON FUNCTION @extschema@.gpumkt_share_trans(float8[], float8, boolean) IS
'Transition function of gpumkt_share: {rows, part, whole, inexact rows}; values below zero raise 22023, and so does a state the aggregate could not make.';
COMMENT ON FUNCTION @extschema@.gpumkt_share_inv(float8[], float8, boolean) IS
'Inverse transition of gpumkt_share, for moving window frames: subtracts while every sum is exact before and after, else declines (NULL) so that the frame is recomputed.';
COMMENT ON FUNCTION @extschema@.gpumkt_share_final(float8[]) IS
'Final function of gpumkt_share: part / whole, within [0, 1]; 22023 for a state the aggregate could not make.';
COMMENT ON FUNCTION @extschema@.gpumkt_hhi_trans(float8[], float8) IS
'Transition function of gpumkt_hhi: {rows, sum, sum of squares, inexact rows}; values below zero raise 22023, and so does a state the aggregate could not make.';
COMMENT ON FUNCTION @extschema@.gpumkt_hhi_inv(float8[], float8) IS
'Inverse transition of gpumkt_hhi, for moving window frames: subtracts while every sum is exact before and after, else declines (NULL) so that the frame is recomputed.';
COMMENT ON FUNCTION @extschema@.gpumkt_hhi_final(float8[]) IS
'Final function of gpumkt_hhi: 10,000 x sum of squares / square of the sum, within [10,000 / rows, 10,000]; 22023 for a state the aggregate could not make.';

------------------------------------------------------------------------------
-- What the summary answers: the CAGR of totals, the fit of rows
------------------------------------------------------------------------------

COMMENT ON AGGREGATE @extschema@.gpumkt_cagr(integer, float8) IS
'CAGR from the earliest year to the latest year of the group, values of one year summed first: the growth of the group''s total. NULL rows skipped; NULL with fewer than two distinct years.';
COMMENT ON FUNCTION @extschema@.gpumkt_fit_rate(@extschema@.gpumkt_growth) IS
'Annual growth of the least-squares fit of ln(value) on year, exp(slope) - 1: the spreadsheet LOGEST''s m - 1. It fits each row, not yearly totals (gpumkt_cagr of the same summary is the growth of the total): for the fit of totals, build the summary over SELECT year, sum(value) ... GROUP BY year. NULL with fewer than two distinct years; 22023 when the summary holds values not above zero.';
COMMENT ON FUNCTION @extschema@.gpumkt_r2(@extschema@.gpumkt_growth) IS
'r2 of the log-linear fit over the summary''s rows, not yearly totals (1 when every ln(value) lies on the line).';
COMMENT ON FUNCTION @extschema@.gpumkt_value_at(@extschema@.gpumkt_growth, float8) IS
'Fitted value in year, exp(intercept + slope x year): the spreadsheet GROWTH. The fit is over each row, so over rows of several parts (regions, vendors) it is a typical row''s value, not the total''s: for the total, build the summary over SELECT year, sum(value) ... GROUP BY year.';
COMMENT ON FUNCTION @extschema@.gpumkt_value_at(@extschema@.gpumkt_growth, date) IS
'Fitted value on a day, for summaries built over dates; the fit is over rows, not daily totals.';
COMMENT ON FUNCTION @extschema@.gpumkt_count(@extschema@.gpumkt_growth) IS
'Rows in the summary: those of its endpoint part or of its fit, whichever holds more (the same rows for a summary made by gpumkt_growth; a rollup of summaries of one part only may hold different rows in each).';
COMMENT ON FUNCTION @extschema@.gpumkt_growth_in(cstring) IS
'Text input of gpumkt_growth: the form its values print (every value an aggregate, a rollup or the binary input makes reads back identically); anything else is SQLSTATE 22P02.';

------------------------------------------------------------------------------
-- The support functions serve the aggregates only.  PostgreSQL checks the
-- aggregate owner's right to call them, not the caller's, so every role
-- still runs the aggregates; called directly, they are 42501 except to
-- their owner.  The type's I/O functions and the accessors stay public.
------------------------------------------------------------------------------

REVOKE EXECUTE ON FUNCTION
    @extschema@.gpumkt_cagr_trans(@extschema@.gpumkt_growth, integer, float8),
    @extschema@.gpumkt_cagr_trans(@extschema@.gpumkt_growth, date, float8),
    @extschema@.gpumkt_cagr_trans(@extschema@.gpumkt_growth, smallint, float8),
    @extschema@.gpumkt_cagr_trans(@extschema@.gpumkt_growth, bigint, float8),
    @extschema@.gpumkt_cagr_trans(@extschema@.gpumkt_growth, numeric, float8),
    @extschema@.gpumkt_cagr_trans(@extschema@.gpumkt_growth, timestamp, float8),
    @extschema@.gpumkt_cagr_trans(@extschema@.gpumkt_growth, timestamptz, float8),
    @extschema@.gpumkt_fit_trans(@extschema@.gpumkt_growth, integer, float8),
    @extschema@.gpumkt_fit_trans(@extschema@.gpumkt_growth, date, float8),
    @extschema@.gpumkt_fit_trans(@extschema@.gpumkt_growth, smallint, float8),
    @extschema@.gpumkt_fit_trans(@extschema@.gpumkt_growth, bigint, float8),
    @extschema@.gpumkt_fit_trans(@extschema@.gpumkt_growth, numeric, float8),
    @extschema@.gpumkt_fit_trans(@extschema@.gpumkt_growth, timestamp, float8),
    @extschema@.gpumkt_fit_trans(@extschema@.gpumkt_growth, timestamptz, float8),
    @extschema@.gpumkt_growth_trans(@extschema@.gpumkt_growth, integer, float8),
    @extschema@.gpumkt_growth_trans(@extschema@.gpumkt_growth, date, float8),
    @extschema@.gpumkt_growth_trans(@extschema@.gpumkt_growth, smallint, float8),
    @extschema@.gpumkt_growth_trans(@extschema@.gpumkt_growth, bigint, float8),
    @extschema@.gpumkt_growth_trans(@extschema@.gpumkt_growth, numeric, float8),
    @extschema@.gpumkt_growth_trans(@extschema@.gpumkt_growth, timestamp, float8),
    @extschema@.gpumkt_growth_trans(@extschema@.gpumkt_growth, timestamptz, float8),
    @extschema@.gpumkt_growth_combine(@extschema@.gpumkt_growth, @extschema@.gpumkt_growth),
    @extschema@.gpumkt_fit_mtrans(internal, smallint, float8),
    @extschema@.gpumkt_fit_minv(internal, smallint, float8),
    @extschema@.gpumkt_fit_mtrans(internal, integer, float8),
    @extschema@.gpumkt_fit_minv(internal, integer, float8),
    @extschema@.gpumkt_fit_mtrans(internal, bigint, float8),
    @extschema@.gpumkt_fit_minv(internal, bigint, float8),
    @extschema@.gpumkt_fit_mtrans(internal, numeric, float8),
    @extschema@.gpumkt_fit_minv(internal, numeric, float8),
    @extschema@.gpumkt_fit_mtrans(internal, date, float8),
    @extschema@.gpumkt_fit_minv(internal, date, float8),
    @extschema@.gpumkt_fit_mfinal(internal),
    @extschema@.gpumkt_share_trans(float8[], float8, boolean),
    @extschema@.gpumkt_share_inv(float8[], float8, boolean),
    @extschema@.gpumkt_share_final(float8[]),
    @extschema@.gpumkt_share_combine(float8[], float8[]),
    @extschema@.gpumkt_hhi_trans(float8[], float8),
    @extschema@.gpumkt_hhi_inv(float8[], float8),
    @extschema@.gpumkt_hhi_final(float8[]),
    @extschema@.gpumkt_hhi_combine(float8[], float8[])
    FROM PUBLIC;
-- 20_forecast: forecasts and data access (issue 8, items 6, 8-10, 12-14 and 16):
-- the key names are compared by (gpumkt_name_key) and its indexes on
-- gpumkt_regions, the trigger that keeps a user's region from answering to
-- another region's name, year arguments as numbers, dates, timestamps and
-- text (1900 to 2200), segment forms of gpumkt_try_forecast, gpumkt_series
-- and gpumkt_explain, and the comments of the forecast functions whose
-- output changed (user rows, years without data).

------------------------------------------------------------------------------
-- Names
------------------------------------------------------------------------------

CREATE FUNCTION @extschema@.gpumkt_name_key(name text) RETURNS text
    AS 'MODULE_PATHNAME', 'gpumkt_name_key'
    LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.gpumkt_name_key(text) IS
'The key gpumkt compares names of regions, dimensions and segments by: lower case, accents and other marks dropped (Unicode NFKD), spaces, hyphens, underscores and punctuation dropped (''Amérique du Nord '' and ''amerique-du-nord'' both give ameriquedunord).';

-- the trigger below looks each name of a new region up among the others
CREATE INDEX gpumkt_regions_key_region ON @extschema@.gpumkt_regions (@extschema@.gpumkt_name_key(region));
CREATE INDEX gpumkt_regions_key_name ON @extschema@.gpumkt_regions (@extschema@.gpumkt_name_key(name));
CREATE INDEX gpumkt_regions_key_name_fr ON @extschema@.gpumkt_regions (@extschema@.gpumkt_name_key(name_fr));
CREATE INDEX gpumkt_regions_key_iso2 ON @extschema@.gpumkt_regions (@extschema@.gpumkt_name_key(iso2));

CREATE FUNCTION @extschema@.gpumkt_region_names() RETURNS trigger
    AS 'MODULE_PATHNAME', 'gpumkt_region_names'
    LANGUAGE C;
COMMENT ON FUNCTION @extschema@.gpumkt_region_names() IS
'Trigger: refuses (SQLSTATE 23505) a user''s region (shipped = false) whose code, name, French name or ISO code has the key (gpumkt_name_key) of the code, name, French name or ISO code of another region, or of an abbreviation gpumkt reads (USA, UK, APAC, World, ...).';

CREATE TRIGGER gpumkt_region_names BEFORE INSERT OR UPDATE ON @extschema@.gpumkt_regions
    FOR EACH ROW EXECUTE FUNCTION @extschema@.gpumkt_region_names();

-- Users' regions stored under 1.2 pass the same test (the trigger itself,
-- fired by a no-op update of each): the update stops (23505) with the list
-- of those that would answer to another region's name, so that the user
-- renames or deletes them and updates again.  Keeping them would make a
-- dump of the database impossible to restore (the restore's COPY of the
-- regions would fail, and with it every row that names them).
DO $names$
DECLARE
    r record;
    bad text[] := '{}';
    msg text;
BEGIN
    FOR r IN SELECT g.region FROM @extschema@.gpumkt_regions g WHERE NOT g.shipped ORDER BY g.region LOOP
        BEGIN
            UPDATE @extschema@.gpumkt_regions g SET region = g.region WHERE g.region = r.region;
        EXCEPTION WHEN unique_violation THEN
            GET STACKED DIAGNOSTICS msg = MESSAGE_TEXT;
            bad := bad || msg;
        END;
    END LOOP;
    IF cardinality(bad) > 0 THEN
        RAISE EXCEPTION 'cannot update extension "gpumkt" to 1.3: users'' regions answer to the names of other regions'
            USING ERRCODE = 'unique_violation',
                  DETAIL = format('%s region(s): %s.', cardinality(bad), array_to_string(bad[1:20], '; ')),
                  HINT = 'Rename these regions (their code, name, name_fr or iso2) or delete them, then run ALTER EXTENSION gpumkt UPDATE again.';
    END IF;
END
$names$;

------------------------------------------------------------------------------
-- Forecasts: the year as a whole number of any type, a date, a timestamp or
-- text; segment forms
------------------------------------------------------------------------------

-- Integer years keep the integer form of 1.2.  bigint, numeric and real
-- reach the double precision form by implicit casts (it refuses fractions);
-- a date or a timestamp is a fractional year, 2000 + days since 2000-01-01 /
-- 365.25; text (where an untyped literal or NULL resolves) is read as a
-- number, else as a date or timestamp.  Every form refuses years outside
-- 1900..2200 (22023).

CREATE FUNCTION @extschema@.gpumkt_forecast(region text, year double precision,
        market text DEFAULT 'ai_training_gpu_clusters')
    RETURNS numeric AS 'MODULE_PATHNAME', 'gpumkt_forecast_float8'
    LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.gpumkt_forecast(text, double precision, text) IS
'As gpumkt_forecast(region, integer year, market), with year a whole year of any numeric type (bigint, numeric, ...; a fraction is refused with 22023).';

CREATE FUNCTION @extschema@.gpumkt_forecast(region text, year date,
        market text DEFAULT 'ai_training_gpu_clusters')
    RETURNS numeric AS 'MODULE_PATHNAME', 'gpumkt_forecast_date'
    LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.gpumkt_forecast(text, date, text) IS
'As gpumkt_forecast(region, integer year, market), with year a date, as the fractional year 2000 + days since 2000-01-01 / 365.25.';

CREATE FUNCTION @extschema@.gpumkt_forecast(region text, year timestamp with time zone,
        market text DEFAULT 'ai_training_gpu_clusters')
    RETURNS numeric AS 'MODULE_PATHNAME', 'gpumkt_forecast_tstz'
    LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.gpumkt_forecast(text, timestamp with time zone, text) IS
'As gpumkt_forecast(region, integer year, market), with year a timestamp, read in the session''s time zone, as the fractional year 2000 + days since 2000-01-01 / 365.25.';

CREATE FUNCTION @extschema@.gpumkt_forecast(region text, year text,
        market text DEFAULT 'ai_training_gpu_clusters')
    RETURNS numeric AS 'MODULE_PATHNAME', 'gpumkt_forecast_text'
    LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.gpumkt_forecast(text, text, text) IS
'As gpumkt_forecast(region, integer year, market), with year text read as a number (a whole year) or else as a date or timestamp (the form an untyped literal or NULL resolves to).';

CREATE FUNCTION @extschema@.gpumkt_forecast(region text, year double precision, dimension text, segment text,
        market text DEFAULT 'ai_training_gpu_clusters')
    RETURNS numeric AS 'MODULE_PATHNAME', 'gpumkt_forecast_segment_float8'
    LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.gpumkt_forecast(text, double precision, text, text, text) IS
'As gpumkt_forecast(region, integer year, dimension, segment, market), with year a whole year of any numeric type (bigint, numeric, ...; a fraction is refused with 22023).';

CREATE FUNCTION @extschema@.gpumkt_forecast(region text, year date, dimension text, segment text,
        market text DEFAULT 'ai_training_gpu_clusters')
    RETURNS numeric AS 'MODULE_PATHNAME', 'gpumkt_forecast_segment_date'
    LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.gpumkt_forecast(text, date, text, text, text) IS
'As gpumkt_forecast(region, integer year, dimension, segment, market), with year a date, as the fractional year 2000 + days since 2000-01-01 / 365.25.';

CREATE FUNCTION @extschema@.gpumkt_forecast(region text, year timestamp with time zone, dimension text, segment text,
        market text DEFAULT 'ai_training_gpu_clusters')
    RETURNS numeric AS 'MODULE_PATHNAME', 'gpumkt_forecast_segment_tstz'
    LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.gpumkt_forecast(text, timestamp with time zone, text, text, text) IS
'As gpumkt_forecast(region, integer year, dimension, segment, market), with year a timestamp, read in the session''s time zone, as the fractional year 2000 + days since 2000-01-01 / 365.25.';

CREATE FUNCTION @extschema@.gpumkt_forecast(region text, year text, dimension text, segment text,
        market text DEFAULT 'ai_training_gpu_clusters')
    RETURNS numeric AS 'MODULE_PATHNAME', 'gpumkt_forecast_segment_text'
    LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.gpumkt_forecast(text, text, text, text, text) IS
'As gpumkt_forecast(region, integer year, dimension, segment, market), with year text read as a number (a whole year) or else as a date or timestamp (the form an untyped literal or NULL resolves to).';

CREATE FUNCTION @extschema@.gpumkt_try_forecast(region text, year double precision,
        market text DEFAULT 'ai_training_gpu_clusters')
    RETURNS numeric AS 'MODULE_PATHNAME', 'gpumkt_try_forecast_float8'
    LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.gpumkt_try_forecast(text, double precision, text) IS
'As gpumkt_try_forecast(region, integer year, market), with year a whole year of any numeric type (bigint, numeric, ...; a fraction is refused with 22023).';

CREATE FUNCTION @extschema@.gpumkt_try_forecast(region text, year date,
        market text DEFAULT 'ai_training_gpu_clusters')
    RETURNS numeric AS 'MODULE_PATHNAME', 'gpumkt_try_forecast_date'
    LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.gpumkt_try_forecast(text, date, text) IS
'As gpumkt_try_forecast(region, integer year, market), with year a date, as the fractional year 2000 + days since 2000-01-01 / 365.25.';

CREATE FUNCTION @extschema@.gpumkt_try_forecast(region text, year timestamp with time zone,
        market text DEFAULT 'ai_training_gpu_clusters')
    RETURNS numeric AS 'MODULE_PATHNAME', 'gpumkt_try_forecast_tstz'
    LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.gpumkt_try_forecast(text, timestamp with time zone, text) IS
'As gpumkt_try_forecast(region, integer year, market), with year a timestamp, read in the session''s time zone, as the fractional year 2000 + days since 2000-01-01 / 365.25.';

CREATE FUNCTION @extschema@.gpumkt_try_forecast(region text, year text,
        market text DEFAULT 'ai_training_gpu_clusters')
    RETURNS numeric AS 'MODULE_PATHNAME', 'gpumkt_try_forecast_text'
    LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.gpumkt_try_forecast(text, text, text) IS
'As gpumkt_try_forecast(region, integer year, market), with year text read as a number (a whole year) or else as a date or timestamp (the form an untyped literal or NULL resolves to).';

CREATE FUNCTION @extschema@.gpumkt_try_forecast(region text, year integer, dimension text, segment text,
        market text DEFAULT 'ai_training_gpu_clusters')
    RETURNS numeric AS 'MODULE_PATHNAME', 'gpumkt_try_forecast_segment'
    LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.gpumkt_try_forecast(text, integer, text, text, text) IS
'As gpumkt_forecast(region, year, dimension, segment, market), but NULL instead of an error where the data gives no figure for a known region, or no share for a known segment.';

CREATE FUNCTION @extschema@.gpumkt_try_forecast(region text, year double precision, dimension text, segment text,
        market text DEFAULT 'ai_training_gpu_clusters')
    RETURNS numeric AS 'MODULE_PATHNAME', 'gpumkt_try_forecast_segment_float8'
    LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.gpumkt_try_forecast(text, double precision, text, text, text) IS
'As gpumkt_try_forecast(region, integer year, dimension, segment, market), with year a whole year of any numeric type (bigint, numeric, ...; a fraction is refused with 22023).';

CREATE FUNCTION @extschema@.gpumkt_try_forecast(region text, year date, dimension text, segment text,
        market text DEFAULT 'ai_training_gpu_clusters')
    RETURNS numeric AS 'MODULE_PATHNAME', 'gpumkt_try_forecast_segment_date'
    LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.gpumkt_try_forecast(text, date, text, text, text) IS
'As gpumkt_try_forecast(region, integer year, dimension, segment, market), with year a date, as the fractional year 2000 + days since 2000-01-01 / 365.25.';

CREATE FUNCTION @extschema@.gpumkt_try_forecast(region text, year timestamp with time zone, dimension text, segment text,
        market text DEFAULT 'ai_training_gpu_clusters')
    RETURNS numeric AS 'MODULE_PATHNAME', 'gpumkt_try_forecast_segment_tstz'
    LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.gpumkt_try_forecast(text, timestamp with time zone, text, text, text) IS
'As gpumkt_try_forecast(region, integer year, dimension, segment, market), with year a timestamp, read in the session''s time zone, as the fractional year 2000 + days since 2000-01-01 / 365.25.';

CREATE FUNCTION @extschema@.gpumkt_try_forecast(region text, year text, dimension text, segment text,
        market text DEFAULT 'ai_training_gpu_clusters')
    RETURNS numeric AS 'MODULE_PATHNAME', 'gpumkt_try_forecast_segment_text'
    LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.gpumkt_try_forecast(text, text, text, text, text) IS
'As gpumkt_try_forecast(region, integer year, dimension, segment, market), with year text read as a number (a whole year) or else as a date or timestamp (the form an untyped literal or NULL resolves to).';

CREATE FUNCTION @extschema@.gpumkt_region_share(region text, year double precision,
        market text DEFAULT 'ai_training_gpu_clusters')
    RETURNS numeric AS 'MODULE_PATHNAME', 'gpumkt_region_share_float8'
    LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.gpumkt_region_share(text, double precision, text) IS
'As gpumkt_region_share(region, integer year, market), with year a whole year of any numeric type (bigint, numeric, ...; a fraction is refused with 22023).';

CREATE FUNCTION @extschema@.gpumkt_region_share(region text, year date,
        market text DEFAULT 'ai_training_gpu_clusters')
    RETURNS numeric AS 'MODULE_PATHNAME', 'gpumkt_region_share_date'
    LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.gpumkt_region_share(text, date, text) IS
'As gpumkt_region_share(region, integer year, market), with year a date, as the fractional year 2000 + days since 2000-01-01 / 365.25.';

CREATE FUNCTION @extschema@.gpumkt_region_share(region text, year timestamp with time zone,
        market text DEFAULT 'ai_training_gpu_clusters')
    RETURNS numeric AS 'MODULE_PATHNAME', 'gpumkt_region_share_tstz'
    LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.gpumkt_region_share(text, timestamp with time zone, text) IS
'As gpumkt_region_share(region, integer year, market), with year a timestamp, read in the session''s time zone, as the fractional year 2000 + days since 2000-01-01 / 365.25.';

CREATE FUNCTION @extschema@.gpumkt_region_share(region text, year text,
        market text DEFAULT 'ai_training_gpu_clusters')
    RETURNS numeric AS 'MODULE_PATHNAME', 'gpumkt_region_share_text'
    LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.gpumkt_region_share(text, text, text) IS
'As gpumkt_region_share(region, integer year, market), with year text read as a number (a whole year) or else as a date or timestamp (the form an untyped literal or NULL resolves to).';

CREATE FUNCTION @extschema@.gpumkt_explain(region text, year double precision,
        market text DEFAULT 'ai_training_gpu_clusters',
        OUT step integer, OUT region text, OUT year integer, OUT value numeric, OUT basis text,
        OUT method text, OUT source_rows text, OUT provenance text)
    RETURNS SETOF record AS 'MODULE_PATHNAME', 'gpumkt_explain_float8'
    LANGUAGE C STABLE STRICT PARALLEL SAFE ROWS 3;
COMMENT ON FUNCTION @extschema@.gpumkt_explain(text, double precision, text) IS
'As gpumkt_explain(region, integer year, market), with year a whole year of any numeric type (bigint, numeric, ...; a fraction is refused with 22023).';

CREATE FUNCTION @extschema@.gpumkt_explain(region text, year date,
        market text DEFAULT 'ai_training_gpu_clusters',
        OUT step integer, OUT region text, OUT year double precision, OUT value numeric, OUT basis text,
        OUT method text, OUT source_rows text, OUT provenance text)
    RETURNS SETOF record AS 'MODULE_PATHNAME', 'gpumkt_explain_date'
    LANGUAGE C STABLE STRICT PARALLEL SAFE ROWS 3;
COMMENT ON FUNCTION @extschema@.gpumkt_explain(text, date, text) IS
'As gpumkt_explain(region, integer year, market), with year a date, as the fractional year 2000 + days since 2000-01-01 / 365.25. The year column gives the year as a (fractional) double precision number.';

CREATE FUNCTION @extschema@.gpumkt_explain(region text, year timestamp with time zone,
        market text DEFAULT 'ai_training_gpu_clusters',
        OUT step integer, OUT region text, OUT year double precision, OUT value numeric, OUT basis text,
        OUT method text, OUT source_rows text, OUT provenance text)
    RETURNS SETOF record AS 'MODULE_PATHNAME', 'gpumkt_explain_tstz'
    LANGUAGE C STABLE STRICT PARALLEL SAFE ROWS 3;
COMMENT ON FUNCTION @extschema@.gpumkt_explain(text, timestamp with time zone, text) IS
'As gpumkt_explain(region, integer year, market), with year a timestamp, read in the session''s time zone, as the fractional year 2000 + days since 2000-01-01 / 365.25. The year column gives the year as a (fractional) double precision number.';

CREATE FUNCTION @extschema@.gpumkt_explain(region text, year text,
        market text DEFAULT 'ai_training_gpu_clusters',
        OUT step integer, OUT region text, OUT year double precision, OUT value numeric, OUT basis text,
        OUT method text, OUT source_rows text, OUT provenance text)
    RETURNS SETOF record AS 'MODULE_PATHNAME', 'gpumkt_explain_text'
    LANGUAGE C STABLE STRICT PARALLEL SAFE ROWS 3;
COMMENT ON FUNCTION @extschema@.gpumkt_explain(text, text, text) IS
'As gpumkt_explain(region, integer year, market), with year text read as a number (a whole year) or else as a date or timestamp (the form an untyped literal or NULL resolves to). The year column gives the year as a (fractional) double precision number.';

CREATE FUNCTION @extschema@.gpumkt_explain(region text, year integer, dimension text, segment text,
        market text DEFAULT 'ai_training_gpu_clusters',
        OUT step integer, OUT region text, OUT year integer, OUT value numeric, OUT basis text,
        OUT method text, OUT source_rows text, OUT provenance text)
    RETURNS SETOF record AS 'MODULE_PATHNAME', 'gpumkt_explain_segment'
    LANGUAGE C STABLE STRICT PARALLEL SAFE ROWS 4;
COMMENT ON FUNCTION @extschema@.gpumkt_explain(text, integer, text, text, text) IS
'Where a segment''s forecast comes from: step 1 is the segment (the region''s forecast times the segment''s share, with its row of gpumkt_segments and its provenance), then the steps of the region''s forecast as in gpumkt_explain(region, year, market).';

CREATE FUNCTION @extschema@.gpumkt_explain(region text, year double precision, dimension text, segment text,
        market text DEFAULT 'ai_training_gpu_clusters',
        OUT step integer, OUT region text, OUT year integer, OUT value numeric, OUT basis text,
        OUT method text, OUT source_rows text, OUT provenance text)
    RETURNS SETOF record AS 'MODULE_PATHNAME', 'gpumkt_explain_segment_float8'
    LANGUAGE C STABLE STRICT PARALLEL SAFE ROWS 4;
COMMENT ON FUNCTION @extschema@.gpumkt_explain(text, double precision, text, text, text) IS
'As gpumkt_explain(region, integer year, dimension, segment, market), with year a whole year of any numeric type (bigint, numeric, ...; a fraction is refused with 22023).';

CREATE FUNCTION @extschema@.gpumkt_explain(region text, year date, dimension text, segment text,
        market text DEFAULT 'ai_training_gpu_clusters',
        OUT step integer, OUT region text, OUT year double precision, OUT value numeric, OUT basis text,
        OUT method text, OUT source_rows text, OUT provenance text)
    RETURNS SETOF record AS 'MODULE_PATHNAME', 'gpumkt_explain_segment_date'
    LANGUAGE C STABLE STRICT PARALLEL SAFE ROWS 4;
COMMENT ON FUNCTION @extschema@.gpumkt_explain(text, date, text, text, text) IS
'As gpumkt_explain(region, integer year, dimension, segment, market), with year a date, as the fractional year 2000 + days since 2000-01-01 / 365.25. The year column gives the year as a (fractional) double precision number.';

CREATE FUNCTION @extschema@.gpumkt_explain(region text, year timestamp with time zone, dimension text, segment text,
        market text DEFAULT 'ai_training_gpu_clusters',
        OUT step integer, OUT region text, OUT year double precision, OUT value numeric, OUT basis text,
        OUT method text, OUT source_rows text, OUT provenance text)
    RETURNS SETOF record AS 'MODULE_PATHNAME', 'gpumkt_explain_segment_tstz'
    LANGUAGE C STABLE STRICT PARALLEL SAFE ROWS 4;
COMMENT ON FUNCTION @extschema@.gpumkt_explain(text, timestamp with time zone, text, text, text) IS
'As gpumkt_explain(region, integer year, dimension, segment, market), with year a timestamp, read in the session''s time zone, as the fractional year 2000 + days since 2000-01-01 / 365.25. The year column gives the year as a (fractional) double precision number.';

CREATE FUNCTION @extschema@.gpumkt_explain(region text, year text, dimension text, segment text,
        market text DEFAULT 'ai_training_gpu_clusters',
        OUT step integer, OUT region text, OUT year double precision, OUT value numeric, OUT basis text,
        OUT method text, OUT source_rows text, OUT provenance text)
    RETURNS SETOF record AS 'MODULE_PATHNAME', 'gpumkt_explain_segment_text'
    LANGUAGE C STABLE STRICT PARALLEL SAFE ROWS 4;
COMMENT ON FUNCTION @extschema@.gpumkt_explain(text, text, text, text, text) IS
'As gpumkt_explain(region, integer year, dimension, segment, market), with year text read as a number (a whole year) or else as a date or timestamp (the form an untyped literal or NULL resolves to). The year column gives the year as a (fractional) double precision number.';

CREATE FUNCTION @extschema@.gpumkt_series(region text, from_year double precision, to_year double precision,
        market text DEFAULT 'ai_training_gpu_clusters',
        OUT year integer, OUT value numeric, OUT growth numeric, OUT basis text)
    RETURNS SETOF record AS 'MODULE_PATHNAME', 'gpumkt_series_float8'
    LANGUAGE C STABLE STRICT PARALLEL SAFE ROWS 11;
COMMENT ON FUNCTION @extschema@.gpumkt_series(text, double precision, double precision, text) IS
'As gpumkt_series(region, integer from_year, integer to_year, market), with whole years of any numeric type (bigint, numeric, ...; a fraction is refused with 22023).';

CREATE FUNCTION @extschema@.gpumkt_series(region text, from_year integer, to_year integer, dimension text, segment text,
        market text DEFAULT 'ai_training_gpu_clusters',
        OUT year integer, OUT value numeric, OUT growth numeric, OUT basis text)
    RETURNS SETOF record AS 'MODULE_PATHNAME', 'gpumkt_series_segment'
    LANGUAGE C STABLE STRICT PARALLEL SAFE ROWS 11;
COMMENT ON FUNCTION @extschema@.gpumkt_series(text, integer, integer, text, text, text) IS
'One row per year from from_year to to_year (1900 to 2200) for a segment of region: the region''s forecast times the segment''s share, its growth over the previous year, and its basis (segment share, or segment share (user rows) where it rests on a user''s row); value NULL and basis no data where the data gives no figure.';

CREATE FUNCTION @extschema@.gpumkt_series(region text, from_year double precision, to_year double precision, dimension text, segment text,
        market text DEFAULT 'ai_training_gpu_clusters',
        OUT year integer, OUT value numeric, OUT growth numeric, OUT basis text)
    RETURNS SETOF record AS 'MODULE_PATHNAME', 'gpumkt_series_segment_float8'
    LANGUAGE C STABLE STRICT PARALLEL SAFE ROWS 11;
COMMENT ON FUNCTION @extschema@.gpumkt_series(text, double precision, double precision, text, text, text) IS
'As gpumkt_series(region, integer from_year, integer to_year, dimension, segment, market), with whole years of any numeric type (bigint, numeric, ...; a fraction is refused with 22023).';

------------------------------------------------------------------------------
-- What the forecast functions of 1.2 say now
------------------------------------------------------------------------------

COMMENT ON FUNCTION @extschema@.gpumkt_forecast(text, integer, text) IS
'Market size of region in year (1900 to 2200), in the market''s unit (USD billions for the shipped market): anchors exactly, the constant-growth path between them, the stated CAGR outside them, or the region''s share of its parent''s forecast. Region by code, English or French name, ISO code or a common abbreviation, ignoring case, accents, spaces and punctuation. Errors (SQLSTATE 02000) where the data gives no figure, saying what is missing.';
COMMENT ON FUNCTION @extschema@.gpumkt_series(text, integer, integer, text) IS
'One row per year from from_year to to_year (1900 to 2200): the forecast, its growth over the previous year, and its basis (reported, derived, interpolated, extrapolated, share of parent; user row, or the method followed by (user rows), where the value rests on a user''s row); value NULL and basis no data where the data gives no figure.';
COMMENT ON FUNCTION @extschema@.gpumkt_explain(text, integer, text) IS
'Where a forecast comes from: one row per step (the region, then each region it is a share of), with its value, basis (user row, or the method followed by (user rows), where a step rests on a user''s row), arithmetic, the table rows used and their provenance (the report''s words or the derivation; user row for a user''s row).';
COMMENT ON FUNCTION @extschema@.gpumkt_resolve_region(text) IS
'The region code that a code, English or French name, ISO 3166 alpha-2 code or common abbreviation (USA, UK, UAE, APAC, World, NA, MEA, LATAM, Korea, ...) stands for, ignoring case, accents, spaces, hyphens and punctuation (''US'' gives united_states); errors (22023) with the closest names when unrecognized.';
-- 30_audit: the integrity rules of the figure tables (named CHECK
-- constraints, the exceptional flag of gpumkt_rates), gpumkt_report_figure
-- (what the shipped rows alone give), and gpumkt_audit rewritten: one broken
-- market is a finding, not an error; every year of a market's horizon is
-- checked; users' rows that change a shipped market's forecasts are listed.

------------------------------------------------------------------------------
-- Integrity rules: refuse what the forecasts cannot use
------------------------------------------------------------------------------

-- A rate above 100 % a year is allowed only where the row says it is meant.
ALTER TABLE @extschema@.gpumkt_rates
    ADD COLUMN exceptional boolean NOT NULL DEFAULT false;
COMMENT ON COLUMN @extschema@.gpumkt_rates.exceptional IS
'true where a growth rate above 1 (more than 100 % a year) is meant, for a market that more than doubles every year; rates above 1 are refused otherwise (constraint gpumkt_rates_rate_range).';

-- The constraints are added NOT VALID, then every row is checked against
-- them below: the update stops (23514) with the list of users' rows stored
-- under 1.2 that break them, so that the user corrects or deletes them and
-- updates again.  Keeping such rows under a constraint would make the
-- database impossible to restore from a dump (its COPY of the table would
-- fail), and the forecasts of their markets fail with them anyway.  One
-- exception: a rate above 1 stored before 1.3 was meant, so it is marked
-- exceptional rather than refused.  The shipped rows pass every rule.
--
-- The forecasts read values as double precision: the bounds below are the
-- double's normal range, 2.2250738585072014e-308 (just above DBL_MIN) to
-- 1.7976931348623157e308 (just below DBL_MAX); a numeric below it underflows
-- (22003) when a market is read.  -1 + 2^-54 =
-- -0.999999999999999944488848768742172978818416595458984375 is the largest
-- numeric that rounds to -1 as a double: a rate must lie above it, so that
-- 1 + rate is above 0 in double precision too.  The lower bound is written
-- as text cast to numeric so that the constraint prints as it is written
-- (a numeric constant would print its 324 decimals).

ALTER TABLE @extschema@.gpumkt_anchors
    ADD CONSTRAINT gpumkt_anchors_year_range
    CHECK (year >= 1900 AND year <= 2200) NOT VALID;
COMMENT ON CONSTRAINT gpumkt_anchors_year_range ON @extschema@.gpumkt_anchors IS
'An anchor''s year lies in 1900..2200.';

ALTER TABLE @extschema@.gpumkt_rates
    ADD CONSTRAINT gpumkt_rates_years_range
    CHECK (from_year >= 1900 AND from_year <= 2200 AND to_year >= 1900 AND to_year <= 2200) NOT VALID;
COMMENT ON CONSTRAINT gpumkt_rates_years_range ON @extschema@.gpumkt_rates IS
'A rate''s period, when it has one, lies in 1900..2200.';

ALTER TABLE @extschema@.gpumkt_rates
    ADD CONSTRAINT gpumkt_rates_rate_range
    CHECK (rate > -0.999999999999999944488848768742172978818416595458984375
           AND (rate <= 1 OR exceptional)) NOT VALID;
COMMENT ON CONSTRAINT gpumkt_rates_rate_range ON @extschema@.gpumkt_rates IS
'A rate lies above -1 (also once rounded to double precision) and at most 1 (100 % a year), or above 1 where the row is marked exceptional.';

ALTER TABLE @extschema@.gpumkt_rates
    ADD CONSTRAINT gpumkt_rates_rate_normal
    CHECK (rate = 0 OR abs(rate) >= '2.2250738585072014e-308'::text::numeric) NOT VALID;
COMMENT ON CONSTRAINT gpumkt_rates_rate_normal ON @extschema@.gpumkt_rates IS
'A rate is 0 or at least 2.2250738585072014e-308 in size, the smallest normal double: a smaller one cannot be read as a double.';

ALTER TABLE @extschema@.gpumkt_region_shares
    ADD CONSTRAINT gpumkt_region_shares_year_range
    CHECK (year >= 1900 AND year <= 2200) NOT VALID;
COMMENT ON CONSTRAINT gpumkt_region_shares_year_range ON @extschema@.gpumkt_region_shares IS
'A region share''s year lies in 1900..2200.';

ALTER TABLE @extschema@.gpumkt_region_shares
    ADD CONSTRAINT gpumkt_region_shares_share_normal
    CHECK (share >= '2.2250738585072014e-308'::text::numeric) NOT VALID;
COMMENT ON CONSTRAINT gpumkt_region_shares_share_normal ON @extschema@.gpumkt_region_shares IS
'A region share is at least 2.2250738585072014e-308, the smallest normal double: a smaller one cannot be read as a double.';

ALTER TABLE @extschema@.gpumkt_segments
    ADD CONSTRAINT gpumkt_segments_year_range
    CHECK (year >= 1900 AND year <= 2200) NOT VALID;
COMMENT ON CONSTRAINT gpumkt_segments_year_range ON @extschema@.gpumkt_segments IS
'A segment share''s year, when it has one, lies in 1900..2200.';

ALTER TABLE @extschema@.gpumkt_segments
    ADD CONSTRAINT gpumkt_segments_share_normal
    CHECK (share >= '2.2250738585072014e-308'::text::numeric) NOT VALID;
COMMENT ON CONSTRAINT gpumkt_segments_share_normal ON @extschema@.gpumkt_segments IS
'A segment share, when it has one, is at least 2.2250738585072014e-308, the smallest normal double: a smaller one cannot be read as a double.';

-- rates above 1 stored before 1.3 were meant: they are exceptional
UPDATE @extschema@.gpumkt_rates SET exceptional = true WHERE rate > 1 AND NOT exceptional;

-- every row against every new rule (the rules' own expressions, read from
-- the catalog): stop with the list of rows that break one, else validate
DO $check$
DECLARE
    con record;
    bad text[] := '{}';
    part text[];
BEGIN
    FOR con IN
        SELECT c.conname, c.conrelid::regclass AS tab, cl.relname,
               pg_get_expr(c.conbin, c.conrelid) AS expr
        FROM pg_constraint c JOIN pg_class cl ON cl.oid = c.conrelid
        WHERE c.contype = 'c' AND NOT c.convalidated
          AND c.conrelid IN ('@extschema@.gpumkt_anchors'::regclass, '@extschema@.gpumkt_rates'::regclass,
                             '@extschema@.gpumkt_region_shares'::regclass, '@extschema@.gpumkt_segments'::regclass)
          AND c.conname ~ '^gpumkt_'
        ORDER BY c.conname
    LOOP
        EXECUTE format('SELECT array_agg(%s || %L ORDER BY 1) FROM %s AS t WHERE NOT (%s)',
            CASE con.relname
                WHEN 'gpumkt_anchors' THEN $k$format('gpumkt_anchors(%s, %s, %s)', t.market, t.region, t.year)$k$
                WHEN 'gpumkt_rates' THEN $k$format('gpumkt_rates(%s, %s, %s)', t.market, t.region, coalesce(t.from_year || '-' || t.to_year, 'no period'))$k$
                WHEN 'gpumkt_region_shares' THEN $k$format('gpumkt_region_shares(%s, %s, %s)', t.market, t.region, t.year)$k$
                ELSE $k$format('gpumkt_segments(%s, %s, %s)', t.market, t.dimension, t.segment)$k$ END,
            ' breaks ' || con.conname, con.tab, con.expr)
        INTO part;
        bad := bad || coalesce(part, '{}');
        IF part IS NULL THEN
            EXECUTE format('ALTER TABLE %s VALIDATE CONSTRAINT %I', con.tab, con.conname);
        END IF;
    END LOOP;
    IF cardinality(bad) > 0 THEN
        RAISE EXCEPTION 'cannot update extension "gpumkt" to 1.3: % stored rows break its integrity rules', cardinality(bad)
            USING ERRCODE = 'check_violation',
                  DETAIL = format('The rows: %s. Forecasts of their markets fail while they stay.', array_to_string(bad[1:20], '; ')),
                  HINT = 'Correct or delete these rows (years lie in 1900..2200, values, rates and shares at least 2.2250738585072014e-308 in size, rates above -1), then run ALTER EXTENSION gpumkt UPDATE again.';
    END IF;
END
$check$;

------------------------------------------------------------------------------
-- The forecast of the shipped rows alone
------------------------------------------------------------------------------

-- The method of gpumkt_forecast (README, "The forecast method"; forecast.c),
-- step by step with the same double-precision functions, over the rows
-- marked shipped only.  The audit compares it with the forecast of all rows
-- to say what a user's row in a shipped market changes.
CREATE FUNCTION @extschema@.gpumkt_report_figure(region text, year integer,
        market text DEFAULT 'ai_training_gpu_clusters')
    RETURNS numeric
    LANGUAGE plpgsql STABLE STRICT PARALLEL SAFE
    SET search_path = pg_catalog, pg_temp
AS $fn$
#variable_conflict use_column
DECLARE
    mkt text := $3;
    y integer := $2;
    r text;
    seen text[] := '{}';
    shares float8[] := '{}';	-- shares taken on the way, outermost first
    n integer;
    a record;
    a0 record;
    a1 record;
    rt record;
    sh record;
    rate float8;
    v float8;
BEGIN
    IF NOT EXISTS (SELECT 1 FROM @extschema@.gpumkt_markets m WHERE m.market = mkt) THEN
        RAISE EXCEPTION 'unrecognized market "%"', mkt
            USING ERRCODE = '22023',
                  HINT = format('Known markets: %s.',
                                (SELECT string_agg(m.market, ', ' ORDER BY m.market)
                                 FROM @extschema@.gpumkt_markets m));
    END IF;
    r := @extschema@.gpumkt_resolve_region($1);
    LOOP
        IF r = ANY (seen) THEN
            RAISE EXCEPTION 'region shares of market "%" form a cycle through region "%"', mkt, r
                USING ERRCODE = '22023',
                      HINT = 'Each region in gpumkt_region_shares must lead, through of_region, to a region with anchors.';
        END IF;
        seen := seen || r;
        v := NULL;
        SELECT count(*) INTO n FROM @extschema@.gpumkt_anchors x
        WHERE x.market = mkt AND x.region = r AND x.shipped;
        IF n > 0 THEN
            SELECT x.year, x.value INTO a FROM @extschema@.gpumkt_anchors x
            WHERE x.market = mkt AND x.region = r AND x.shipped AND x.year = y;
            SELECT x.year, x.value INTO a0 FROM @extschema@.gpumkt_anchors x
            WHERE x.market = mkt AND x.region = r AND x.shipped ORDER BY x.year LIMIT 1;
            SELECT x.year, x.value INTO a1 FROM @extschema@.gpumkt_anchors x
            WHERE x.market = mkt AND x.region = r AND x.shipped ORDER BY x.year DESC LIMIT 1;
            IF a.year IS NOT NULL THEN
                -- 1. an anchor year: the anchor itself
                IF cardinality(shares) = 0 THEN
                    RETURN a.value;
                END IF;
                v := a.value::float8;
            ELSIF y > a0.year AND y < a1.year THEN
                -- 2. between two anchors: the constant-growth path through them
                SELECT x.year, x.value INTO a0 FROM @extschema@.gpumkt_anchors x
                WHERE x.market = mkt AND x.region = r AND x.shipped AND x.year < y
                ORDER BY x.year DESC LIMIT 1;
                SELECT x.year, x.value INTO a1 FROM @extschema@.gpumkt_anchors x
                WHERE x.market = mkt AND x.region = r AND x.shipped AND x.year > y
                ORDER BY x.year LIMIT 1;
                v := @extschema@.gpumkt_interpolate(a0.year::float8, a0.value::float8,
                                                    a1.year::float8, a1.value::float8, y::float8);
            ELSE
                -- 3. beyond them: the rate whose period is nearest (ties to the
                -- later period, a rate with no period last), or the CAGR of
                -- the first and last anchors
                SELECT x.rate INTO rt FROM @extschema@.gpumkt_rates x
                WHERE x.market = mkt AND x.region = r AND x.shipped
                ORDER BY CASE WHEN x.from_year IS NULL THEN 9223372036854775806
                              WHEN y < x.from_year THEN x.from_year::bigint - y
                              WHEN y > x.to_year THEN y::bigint - x.to_year
                              ELSE 0 END,
                         x.to_year DESC NULLS LAST, x.from_year DESC
                LIMIT 1;
                IF rt.rate IS NOT NULL OR n > 1 THEN
                    IF rt.rate IS NOT NULL THEN
                        rate := rt.rate::float8;
                    ELSE
                        rate := @extschema@.gpumkt_cagr(a0.value::float8, a1.value::float8,
                                                        a1.year::float8 - a0.year);
                    END IF;
                    IF y < a0.year THEN
                        v := @extschema@.gpumkt_project(a0.value::float8, rate, y::float8 - a0.year);
                    ELSE
                        v := @extschema@.gpumkt_project(a1.value::float8, rate, y::float8 - a1.year);
                    END IF;
                END IF;
            END IF;
        END IF;
        EXIT WHEN v IS NOT NULL;
        -- 4. a share of another region: the latest stated at or before the
        -- year, else the earliest
        SELECT x.share, x.of_region INTO sh FROM @extschema@.gpumkt_region_shares x
        WHERE x.market = mkt AND x.region = r AND x.shipped
        ORDER BY x.year <= y DESC, CASE WHEN x.year <= y THEN -x.year ELSE x.year END
        LIMIT 1;
        IF sh.of_region IS NULL THEN
            RETURN NULL;		-- 5. the shipped rows give no figure
        END IF;
        shares := shares || sh.share::float8;
        r := sh.of_region;
    END LOOP;
    -- the shares, innermost first, as forecast.c multiplies them
    FOR i IN REVERSE cardinality(shares) .. 1 LOOP
        v := shares[i] * v;
        IF v = 0 THEN
            RAISE EXCEPTION 'forecast of region "%" for year % is out of range', $1, y
                USING ERRCODE = '22003',
                      DETAIL = format('Market "%s" grows too far from its anchors to reach year %s in double precision.', mkt, y);
        END IF;
    END LOOP;
    RETURN v::numeric;
END
$fn$;
COMMENT ON FUNCTION @extschema@.gpumkt_report_figure(text, integer, text) IS
'The forecast of region in year from the market''s shipped rows alone (the report''s own figures, without users'' rows), by the method of gpumkt_forecast; NULL where they give no figure. gpumkt_audit compares it with gpumkt_forecast to show what a user''s row in a shipped market changes.';

------------------------------------------------------------------------------
-- Audit of the loaded data
------------------------------------------------------------------------------

-- PL/pgSQL so that the forecasts of each market run in a block of their own:
-- an error there (a share cycle, a value out of range, an old row that cannot
-- be read) becomes a finding and the audit goes on with the other markets.
-- Exception blocks start subtransactions, which PostgreSQL 15 forbids in
-- parallel mode: the function is PARALLEL UNSAFE.
CREATE OR REPLACE FUNCTION @extschema@.gpumkt_audit(
        OUT market text, OUT finding text, OUT rows_involved text,
        OUT figures text, OUT discrepancy numeric, OUT detail text)
    RETURNS SETOF record
    LANGUAGE plpgsql STABLE PARALLEL UNSAFE
    SET search_path = pg_catalog, pg_temp
AS $audit$
#variable_conflict use_column
DECLARE
    mk record;			-- the market audited
    lo integer;			-- its horizon: earliest figure year, from 1900
    hi integer;			-- latest figure year, up to 2200
    margin integer;		-- a year either side of it, for shipped markets
    user_rows text[];	-- users' rows of a shipped market, named as gpumkt_explain names them
    fc jsonb;			-- forecasts {region, year, value}; NULL when they fail
    used jsonb;			-- forecasts using a user's row {source_row, region, year, value, report}
    findings jsonb := '[]';	-- the findings
    part jsonb;
    st text;
    msg text;
    msg_detail text;
BEGIN
    FOR mk IN SELECT m.market, m.shipped FROM @extschema@.gpumkt_markets m ORDER BY m.market LOOP
        -- the horizon: from the earliest to the latest year of an anchor, a
        -- rate's period or a region share (within 1900..2200)
        SELECT greatest(min(y.y), 1900), least(max(y.y), 2200) INTO lo, hi
        FROM (SELECT a.year FROM @extschema@.gpumkt_anchors a WHERE a.market = mk.market
              UNION ALL
              SELECT r.from_year FROM @extschema@.gpumkt_rates r WHERE r.market = mk.market
              UNION ALL
              SELECT r.to_year FROM @extschema@.gpumkt_rates r WHERE r.market = mk.market
              UNION ALL
              SELECT s.year FROM @extschema@.gpumkt_region_shares s WHERE s.market = mk.market) y(y);
        -- a forecast in the year before the horizon uses the same rows as
        -- every earlier year, and one in the year after as every later year
        margin := CASE WHEN mk.shipped THEN 1 ELSE 0 END;
        user_rows := NULL;
        IF mk.shipped THEN
            SELECT array_agg(u.source_row) INTO user_rows
            FROM (SELECT format('gpumkt_anchors(%s, %s)', a.region, a.year)
                  FROM @extschema@.gpumkt_anchors a WHERE a.market = mk.market AND NOT a.shipped
                  UNION ALL
                  SELECT format('gpumkt_rates(%s, %s)', r.region,
                                coalesce(r.from_year || '-' || r.to_year, 'no period'))
                  FROM @extschema@.gpumkt_rates r WHERE r.market = mk.market AND NOT r.shipped
                  UNION ALL
                  SELECT format('gpumkt_region_shares(%s, %s)', s.region, s.year)
                  FROM @extschema@.gpumkt_region_shares s WHERE s.market = mk.market AND NOT s.shipped
                 ) u(source_row);
        END IF;

        -- 1. the forecasts of every region with figures over the horizon,
        -- and, in a shipped market, those that use a user's row
        fc := '[]';
        used := '[]';
        BEGIN
            SELECT coalesce(jsonb_agg(jsonb_build_object('region', g.region, 'year', g.year, 'value', g.value))
                                FILTER (WHERE g.value IS NOT NULL), '[]')
            INTO fc
            FROM (SELECT x.region, y.year,
                         @extschema@.gpumkt_try_forecast(x.region, y.year, mk.market) AS value
                  FROM (SELECT a.region FROM @extschema@.gpumkt_anchors a WHERE a.market = mk.market
                        UNION
                        SELECT s.region FROM @extschema@.gpumkt_region_shares s WHERE s.market = mk.market) x
                  CROSS JOIN generate_series(lo - margin, hi + margin) y(year)
                  OFFSET 0) g;
            IF user_rows IS NOT NULL THEN
                SELECT coalesce(jsonb_agg(jsonb_build_object(
                           'source_row', u.source_row, 'region', u.region, 'year', u.year, 'value', u.value,
                           'report', @extschema@.gpumkt_report_figure(u.region, u.year, mk.market))), '[]')
                INTO used
                FROM (SELECT DISTINCT rn.source_row, x.region, x.year, x.value
                      FROM jsonb_to_recordset(fc) AS x(region text, year integer, value numeric)
                      CROSS JOIN LATERAL @extschema@.gpumkt_explain(x.region, x.year, mk.market) AS e
                      CROSS JOIN LATERAL regexp_split_to_table(e.source_rows, ', (?=gpumkt_)') AS rn(source_row)
                      WHERE rn.source_row = ANY (user_rows)
                      OFFSET 0) u;
            END IF;
        EXCEPTION WHEN OTHERS THEN
            GET STACKED DIAGNOSTICS st = RETURNED_SQLSTATE, msg = MESSAGE_TEXT, msg_detail = PG_EXCEPTION_DETAIL;
            fc := NULL;
            used := NULL;
            findings := findings || jsonb_build_object(
                'market', mk.market,
                'finding', 'market cannot be forecast',
                'rows_involved', format('forecasts of %s, %s', mk.market,
                                        CASE WHEN lo = hi THEN lo::text ELSE lo || '–' || hi END),
                'figures', 'SQLSTATE ' || st,
                'discrepancy', NULL,
                'detail', format('Forecasting market %s fails with SQLSTATE %s: %s.%s The checks that need its forecasts are skipped; the other markets are audited.',
                                 mk.market, st, msg, coalesce(' ' || nullif(msg_detail, ''), '')));
        END;

        -- 2. the checks, over the forecasts computed above and the rows
        BEGIN
            SELECT coalesce(jsonb_agg(to_jsonb(f)), '[]') INTO part
            FROM (
            WITH RECURSIVE
            fcv AS (
                SELECT x.region, x.year, x.value
                FROM jsonb_to_recordset(fc) AS x(region text, year integer, value numeric)
                WHERE x.year BETWEEN lo AND hi
            ),
            -- the figure rows behind each region's forecasts, to name them
            sources AS (
                SELECT f.region, string_agg(f.row_name, ', ' ORDER BY f.row_name) AS row_names
                FROM (
                    SELECT a.region, format('gpumkt_anchors(%s, %s)', a.region, a.year) AS row_name
                    FROM @extschema@.gpumkt_anchors a WHERE a.market = mk.market
                    UNION ALL
                    SELECT r.region, format('gpumkt_rates(%s, %s)', r.region,
                                            coalesce(r.from_year || '-' || r.to_year, 'no period'))
                    FROM @extschema@.gpumkt_rates r WHERE r.market = mk.market
                    UNION ALL
                    SELECT s.region, format('gpumkt_region_shares(%s, %s)', s.region, s.year)
                    FROM @extschema@.gpumkt_region_shares s WHERE s.market = mk.market
                ) f
                GROUP BY f.region
            ),
            -- a. shares of one whole that add up to more than 100 % beyond rounding
            segment_sums AS (
                SELECT 'shares over 100 %'::text AS finding,
                       format('gpumkt_segments(%s, %s): %s', s.dimension, s.year,
                              string_agg(s.segment, ', ' ORDER BY s.segment)) AS rows_involved,
                       string_agg(s.segment || ' ' || s.share, ' + ' ORDER BY s.segment)
                           || ' = ' || sum(s.share) AS figures,
                       sum(s.share) - 1 AS discrepancy,
                       format('The shares of dimension %s in %s sum to %s, more than the whole.',
                              s.dimension, s.year, sum(s.share)) AS detail
                FROM @extschema@.gpumkt_segments s
                WHERE s.market = mk.market AND s.share IS NOT NULL
                GROUP BY s.dimension, s.year
                HAVING sum(s.share) > 1 + sum(0.5 * 10::numeric ^ (-scale(s.share)))
            ),
            region_sums AS (
                SELECT 'shares over 100 %'::text,
                       format('gpumkt_region_shares of %s in %s: %s', s.of_region, s.year,
                              string_agg(s.region, ', ' ORDER BY s.region)),
                       string_agg(s.region || ' ' || s.share, ' + ' ORDER BY s.region)
                           || ' = ' || sum(s.share),
                       sum(s.share) - 1,
                       format('The shares of %s held by its regions in %s sum to %s, more than the whole.',
                              s.of_region, s.year, sum(s.share))
                FROM @extschema@.gpumkt_region_shares s
                WHERE s.market = mk.market
                GROUP BY s.of_region, s.year
                HAVING sum(s.share) > 1 + sum(0.5 * 10::numeric ^ (-scale(s.share)))
            ),
            -- b. a region larger than its parent in a year of the horizon:
            -- each region with forecasts against its nearest ancestor with
            -- forecasts, consecutive years in one finding
            with_forecasts AS (
                SELECT DISTINCT v.region FROM fcv v
            ),
            up (region, ancestor, depth) AS (
                SELECT w.region, g.parent, 1
                FROM with_forecasts w JOIN @extschema@.gpumkt_regions g ON g.region = w.region
                WHERE g.parent IS NOT NULL
                UNION ALL
                SELECT u.region, g.parent, u.depth + 1
                FROM up u JOIN @extschema@.gpumkt_regions g ON g.region = u.ancestor
                WHERE g.parent IS NOT NULL
                  AND u.depth <= (SELECT count(*) FROM @extschema@.gpumkt_regions)
                  AND NOT EXISTS (SELECT 1 FROM with_forecasts w WHERE w.region = u.ancestor)
            ),
            nearest AS (
                SELECT DISTINCT ON (u.region) u.region AS child, u.ancestor AS parent, u.depth
                FROM up u JOIN with_forecasts w ON w.region = u.ancestor
                ORDER BY u.region, u.depth
            ),
            above AS (
                SELECT n.child, n.parent, n.depth, c.year, c.value AS child_value, p.value AS parent_value,
                       c.year - row_number() OVER (PARTITION BY n.child ORDER BY c.year) AS island
                FROM nearest n
                JOIN fcv c ON c.region = n.child
                JOIN fcv p ON p.region = n.parent AND p.year = c.year
                -- beyond the forecasts' own rounding (15 significant digits)
                WHERE c.value > p.value * (1 + 1e-12)
            ),
            spans AS (
                SELECT a.child, a.parent, a.depth, min(a.year) AS y0, max(a.year) AS y1,
                       (array_agg(a.year ORDER BY a.child_value - a.parent_value DESC, a.year))[1] AS worst
                FROM above a
                GROUP BY a.child, a.parent, a.depth, a.island
            ),
            oversized AS (
                SELECT 'region larger than its parent'::text,
                       concat_ws(' vs ', cs.row_names, ps.row_names),
                       format('%s %s = %s > %s %s = %s', w.child, w.year, round(w.child_value, 4),
                              w.parent, w.year, round(w.parent_value, 4))
                           || CASE WHEN s.y0 < s.y1 THEN format(' (the largest gap of %s–%s)', s.y0, s.y1) ELSE '' END,
                       w.child_value - w.parent_value,
                       CASE WHEN s.y0 = s.y1 THEN format('In %s the forecast of %s exceeds that of %s by %s (%s %%).',
                                                         s.y0, w.child, ap.who, round(w.child_value - w.parent_value, 4),
                                                         round(100 * (w.child_value / w.parent_value - 1), 1))
                            ELSE format('From %s to %s the forecast of %s exceeds that of %s, most in %s, by %s (%s %%).',
                                        s.y0, s.y1, w.child, ap.who, w.year, round(w.child_value - w.parent_value, 4),
                                        round(100 * (w.child_value / w.parent_value - 1), 1))
                       END
                FROM spans s
                JOIN above w ON w.child = s.child AND w.year = s.worst
                JOIN @extschema@.gpumkt_regions g ON g.region = s.child
                CROSS JOIN LATERAL (
                    SELECT CASE WHEN s.depth = 1 THEN format('its parent %s', s.parent)
                                ELSE format('%s (the nearest ancestor with a forecast: its parent %s has none)',
                                            s.parent, g.parent) END AS who) ap
                LEFT JOIN sources cs ON cs.region = s.child
                LEFT JOIN sources ps ON ps.region = s.parent
            ),
            -- c. a stated CAGR that its own endpoints contradict beyond rounding
            rates_vs_ends AS (
                SELECT 'stated CAGR disagrees with its endpoints'::text,
                       format('gpumkt_rates(%s, %s-%s), gpumkt_anchors(%s, %s), gpumkt_anchors(%s, %s)',
                              r.region, r.from_year, r.to_year, r.region, r.from_year, r.region, r.to_year),
                       format('stated %s; (%s / %s)^(1/%s) - 1 = %s', r.rate, a1.value, a0.value,
                              r.to_year::bigint - r.from_year, round(i.implied, 6)),
                       i.implied - r.rate,
                       format('The endpoints of %s give a CAGR of %s, the stated rate is %s: more than rounding (%s) apart.',
                              r.region, round(i.implied, 6), r.rate, 0.5 * 10::numeric ^ (-scale(r.rate)))
                FROM @extschema@.gpumkt_rates r
                JOIN @extschema@.gpumkt_anchors a0
                  ON a0.market = r.market AND a0.region = r.region AND a0.year = r.from_year
                JOIN @extschema@.gpumkt_anchors a1
                  ON a1.market = r.market AND a1.region = r.region AND a1.year = r.to_year
                CROSS JOIN LATERAL (SELECT @extschema@.gpumkt_cagr(a0.value, a1.value,
                                           r.to_year::numeric - r.from_year) AS implied) i
                WHERE r.market = mk.market
                  AND abs(i.implied - r.rate) > 0.5 * 10::numeric ^ (-scale(r.rate))
            ),
            -- d. a reported value that its share of a larger region contradicts
            values_vs_shares AS (
                SELECT 'value disagrees with share of parent'::text,
                       format('gpumkt_anchors(%s, %s), gpumkt_region_shares(%s, %s), forecast of %s',
                              a.region, a.year, s.region, s.year, s.of_region),
                       format('%s vs %s x %s = %s', a.value, s.share, round(p.value, 4),
                              round(s.share * p.value, 4)),
                       a.value - s.share * p.value,
                       format('%s in %s is %s, but %s of %s''s %s is %s: more than rounding (%s) apart.',
                              a.region, a.year, a.value, s.share, s.of_region, round(p.value, 4),
                              round(s.share * p.value, 4), round(t.tolerance, 4))
                FROM @extschema@.gpumkt_anchors a
                JOIN @extschema@.gpumkt_region_shares s
                  ON s.market = a.market AND s.region = a.region AND s.year = a.year
                JOIN fcv p ON p.region = s.of_region AND p.year = a.year
                CROSS JOIN LATERAL (
                    SELECT 0.5 * 10::numeric ^ (-scale(a.value))
                           + 0.5 * 10::numeric ^ (-scale(s.share)) * p.value AS tolerance) t
                WHERE a.market = mk.market
                  AND abs(a.value - s.share * p.value) > t.tolerance
            ),
            -- e. a user's row that changes forecasts of a shipped market
            usage AS (
                SELECT x.source_row, x.region, x.year, x.value, x.report,
                       x.year - row_number() OVER (PARTITION BY x.source_row, x.region ORDER BY x.year) AS island
                FROM jsonb_to_recordset(used)
                     AS x(source_row text, region text, year integer, value numeric, report numeric)
            ),
            usage_spans AS (
                SELECT u.source_row, u.region, min(u.year) AS y0, max(u.year) AS y1
                FROM usage u GROUP BY u.source_row, u.region, u.island
            ),
            usage_text AS (
                SELECT r.source_row, string_agg(r.region || ' ' || r.years, ', ' ORDER BY r.region) AS spans
                FROM (SELECT s.source_row, s.region,
                             string_agg(CASE WHEN s.y0 < lo AND s.y1 > hi THEN 'every year'
                                             WHEN s.y0 < lo THEN 'up to ' || s.y1
                                             WHEN s.y1 > hi THEN 'from ' || s.y0
                                             WHEN s.y0 = s.y1 THEN s.y0::text
                                             ELSE s.y0 || '–' || s.y1 END,
                                        ' and ' ORDER BY s.y0) AS years
                      FROM usage_spans s GROUP BY s.source_row, s.region) r
                GROUP BY r.source_row
            ),
            usage_most AS (
                SELECT DISTINCT ON (u.source_row) u.source_row, u.region, u.year, u.value, u.report
                FROM usage u
                ORDER BY u.source_row, u.report IS NULL, u.year BETWEEN lo AND hi DESC,
                         abs(u.value - u.report) DESC, u.region, u.year
            ),
            user_rows_used AS (
                SELECT 'user row in a shipped market'::text,
                       m.source_row,
                       format('%s; %s %s = %s', t.spans, m.region, m.year, round(m.value, 4))
                           || CASE WHEN m.report IS NULL THEN ', the report gives no figure'
                                   ELSE format(', the report''s %s', round(m.report, 4)) END,
                       m.value - m.report,
                       format('A row of your own (shipped = false) changes forecasts of the shipped market %s: %s. ',
                              mk.market, t.spans)
                           || CASE WHEN m.report IS NULL
                                   THEN format('The report''s rows give no figure for %s in %s; this row makes one (%s).',
                                               m.region, m.year, round(m.value, 4))
                                   ELSE format('The largest change is %s in %s: %s where the report''s rows give %s.',
                                               m.region, m.year, round(m.value, 4), round(m.report, 4)) END
                           || ' Put your own figures in a market of your own to keep the report''s apart.'
                FROM usage_most m JOIN usage_text t ON t.source_row = m.source_row
            ),
            -- when the market cannot be forecast, every user's row that may
            -- be the cause: which forecasts it changes cannot be told
            user_rows_unknown AS (
                SELECT 'user row in a shipped market'::text, u.source_row, NULL::text, NULL::numeric,
                       format('A row of your own (shipped = false) in the shipped market %s, which cannot be forecast now: which forecasts it changes cannot be told.',
                              mk.market)
                FROM unnest(user_rows) AS u(source_row)
                WHERE fc IS NULL
            ),
            user_segments AS (
                SELECT 'user row in a shipped market'::text,
                       format('gpumkt_segments(%s, %s)', s.dimension, s.segment),
                       format('share %s (%s) x the region''s forecast', s.share, s.year),
                       NULL::numeric,
                       format('A segment share of your own (shipped = false) in the shipped market %s: every forecast of segment %s of dimension %s is the region''s forecast times %s, a share the report does not give.',
                              mk.market, s.segment, s.dimension, s.share)
                FROM @extschema@.gpumkt_segments s
                WHERE mk.shipped AND s.market = mk.market AND NOT s.shipped AND s.share IS NOT NULL
            )
            SELECT mk.market AS market, c.* FROM (
                SELECT * FROM segment_sums
                UNION ALL SELECT * FROM region_sums
                UNION ALL SELECT * FROM oversized
                UNION ALL SELECT * FROM rates_vs_ends
                UNION ALL SELECT * FROM values_vs_shares
                UNION ALL SELECT * FROM user_rows_used
                UNION ALL SELECT * FROM user_rows_unknown
                UNION ALL SELECT * FROM user_segments
            ) c
            ) f;
            findings := findings || part;
        EXCEPTION WHEN OTHERS THEN
            GET STACKED DIAGNOSTICS st = RETURNED_SQLSTATE, msg = MESSAGE_TEXT;
            findings := findings || jsonb_build_object(
                'market', mk.market,
                'finding', 'market cannot be audited',
                'rows_involved', NULL,
                'figures', 'SQLSTATE ' || st,
                'discrepancy', NULL,
                'detail', format('Checking market %s fails with SQLSTATE %s: %s. The other markets are audited.',
                                 mk.market, st, msg));
        END;
    END LOOP;

    RETURN QUERY
        SELECT x.market, x.finding, x.rows_involved, x.figures, x.discrepancy, x.detail
        FROM jsonb_to_recordset(findings)
             AS x(market text, finding text, rows_involved text, figures text, discrepancy numeric, detail text)
        ORDER BY 1, 2, 3, 4;
END
$audit$;
COMMENT ON FUNCTION @extschema@.gpumkt_audit() IS
'One row per finding in the loaded data of every market: shares of a whole over 100 %, a region larger than its parent (every year of the market''s horizon, consecutive years in one finding), a stated CAGR its endpoints contradict, a value its share of a parent contradicts, a user''s row that changes forecasts of a shipped market, and a market whose forecasts fail (with the SQLSTATE and message, the other markets still audited).';
-- Exact-match forms of the growth math (issue 8, item 5).  The extension's
-- schema may be writable by others (public, owned by the database owner).
-- There, an overload such as public.gpumkt_cagr(integer, integer, integer)
-- would be a better match for a call with literals than the float8 and
-- numeric forms, and would run with the rights of whoever calls it, a
-- superuser included.  So every combination of integer, numeric and float8
-- arguments, the types that literals (2, 18.2, NULL) and most columns have,
-- is taken here, which leaves no better match to plant.  Each form computes
-- as the form such a call resolved to before 1.3: with any float8 argument,
-- or only integers, as float8; otherwise (numeric and integer) as numeric.
-- With every combination present, a NULL or quoted literal resolves as
-- before too (to the float8 form at its position, the preferred type).
-- The bodies are SQL-standard (resolved once, here, with search_path =
-- pg_catalog), so the planner inlines them.
DO $$
DECLARE
    f record;
    combo int;
    types text[];
    target text;
    k int;
BEGIN
    FOR f IN SELECT * FROM (VALUES
            ('gpumkt_cagr', ARRAY['start_value', 'end_value', 'years']),
            ('gpumkt_project', ARRAY['value', 'rate', 'years']),
            ('gpumkt_years_to', ARRAY['start_value', 'target_value', 'rate']),
            ('gpumkt_interpolate', ARRAY['year0', 'value0', 'year1', 'value1', 'year']))
            AS x(name, args)
    LOOP
        k := pg_catalog.cardinality(f.args);
        -- combination number combo, in base 3: 0 integer, 1 numeric, 2 float8
        FOR combo IN 0 .. (3 ^ k)::int - 1 LOOP
            types := ARRAY(SELECT (ARRAY['integer', 'numeric', 'float8'])[(combo / (3 ^ (i - 1))::int) % 3 + 1]
                           FROM pg_catalog.generate_series(1, k) i ORDER BY i);
            CONTINUE WHEN types = pg_catalog.array_fill('numeric'::text, ARRAY[k])
                       OR types = pg_catalog.array_fill('float8'::text, ARRAY[k]);
            target := CASE WHEN 'numeric' = ANY (types) AND NOT 'float8' = ANY (types)
                           THEN 'numeric' ELSE 'float8' END;
            EXECUTE pg_catalog.format(
                'CREATE FUNCTION @extschema@.%I(%s) RETURNS %s LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE RETURN @extschema@.%I(%s)',
                f.name,
                (SELECT pg_catalog.string_agg(pg_catalog.format('%I %s', f.args[i], types[i]), ', ' ORDER BY i)
                 FROM pg_catalog.generate_series(1, k) i),
                target, f.name,
                (SELECT pg_catalog.string_agg(pg_catalog.format('%I::pg_catalog.%s', f.args[i], target), ', ' ORDER BY i)
                 FROM pg_catalog.generate_series(1, k) i));
            EXECUTE pg_catalog.format(
                'COMMENT ON FUNCTION @extschema@.%I(%s) IS %L',
                f.name, pg_catalog.array_to_string(types, ', '),
                pg_catalog.format('%s for (%s) arguments, computed as %s(%s): an exact match for literals and integer, numeric or float8 columns, so that no overload in a schema others may write can be a better match.',
                                  f.name, pg_catalog.array_to_string(types, ', '), f.name,
                                  pg_catalog.array_to_string(pg_catalog.array_fill(target, ARRAY[k]), ', ')));
        END LOOP;
    END LOOP;
END
$$;
-- Who may write what (1.3): rights that survive a dump and restore, and
-- roles confined to their own markets (issue 8, items 7 and 18).

-- The owner of the database may write users' rows and grant that to others,
-- as the role that creates the extension may since 1.2.  A restore by a
-- superuser runs CREATE EXTENSION as that superuser; the database's owner is
-- still the same role there, so the rights it granted to others (dumped as
-- its grants) can be granted again.
DO $$
DECLARE
    dba name := (SELECT pg_catalog.pg_get_userbyid(d.datdba) FROM pg_catalog.pg_database d
                 WHERE d.datname = pg_catalog.current_database());
BEGIN
    EXECUTE pg_catalog.format(
        'GRANT INSERT, UPDATE, DELETE ON @extschema@.gpumkt_regions, @extschema@.gpumkt_markets,
             @extschema@.gpumkt_anchors, @extschema@.gpumkt_rates,
             @extschema@.gpumkt_region_shares, @extschema@.gpumkt_dimensions,
             @extschema@.gpumkt_segments, @extschema@.gpumkt_players,
             @extschema@.gpumkt_developments, @extschema@.gpumkt_figures TO %I WITH GRANT OPTION', dba);
END
$$;

-- Roles confined to markets.  Table rights are per table: a role granted
-- DELETE on gpumkt_anchors may delete any user row of any market.  A role
-- listed here (directly, or through a role it is a member of) may write
-- rows of the listed markets only.
CREATE TABLE @extschema@.gpumkt_writers (
    role_name regrole NOT NULL,
    market text NOT NULL,
    PRIMARY KEY (role_name, market)
);
COMMENT ON TABLE @extschema@.gpumkt_writers IS
'Roles confined to markets: a session whose current role or login role is a role listed here, or a member of one, may write rows of the listed markets only (SET ROLE to another role does not lift it; superusers are never confined). Roles not listed write as their table rights allow.';
COMMENT ON COLUMN @extschema@.gpumkt_writers.role_name IS
'A role (stored by its OID, so renaming the role keeps the row); its members are confined with it.';
COMMENT ON COLUMN @extschema@.gpumkt_writers.market IS
'A market code the role may write rows of (it need not exist yet: a confined role may create it).';
SELECT pg_catalog.pg_extension_config_dump('@extschema@.gpumkt_writers', '');
GRANT SELECT ON @extschema@.gpumkt_writers TO PUBLIC;
GRANT INSERT, UPDATE, DELETE ON @extschema@.gpumkt_writers TO @extowner@;
DO $$
DECLARE
    dba name := (SELECT pg_catalog.pg_get_userbyid(d.datdba) FROM pg_catalog.pg_database d
                 WHERE d.datname = pg_catalog.current_database());
BEGIN
    EXECUTE pg_catalog.format('GRANT INSERT, UPDATE, DELETE ON @extschema@.gpumkt_writers TO %I', dba);
END
$$;

CREATE FUNCTION @extschema@.gpumkt_confine_writes() RETURNS trigger
    LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    allowed text[];
    old_market text;
    new_market text;
    denied text;
    login_super boolean := (SELECT u.rolsuper FROM pg_catalog.pg_roles u
                            WHERE u.rolname OPERATOR(pg_catalog.=) session_user);
BEGIN
    -- confined by the current role's memberships, and by the login role's
    -- (so that SET ROLE to an unlisted group does not lift it), unless the
    -- current role is a superuser; roles dropped since are skipped
    IF NOT (SELECT u.rolsuper FROM pg_catalog.pg_roles u WHERE u.rolname OPERATOR(pg_catalog.=) current_user) THEN
        allowed := ARRAY(SELECT w.market
                         FROM @extschema@.gpumkt_writers w
                         JOIN pg_catalog.pg_roles r ON r.oid OPERATOR(pg_catalog.=) w.role_name::pg_catalog.oid
                         WHERE pg_catalog.pg_has_role(current_user, r.oid, 'MEMBER')
                            OR (NOT login_super AND pg_catalog.pg_has_role(session_user, r.oid, 'MEMBER')));
    END IF;
    IF allowed IS NULL OR pg_catalog.cardinality(allowed) OPERATOR(pg_catalog.=) 0 THEN
        RETURN CASE WHEN TG_OP OPERATOR(pg_catalog.=) 'DELETE' THEN OLD ELSE NEW END;
    END IF;
    IF TG_TABLE_NAME OPERATOR(pg_catalog.=) 'gpumkt_regions' THEN
        -- regions serve every market: a confined role may add one, not change one
        IF TG_OP OPERATOR(pg_catalog.=) 'INSERT' THEN
            RETURN NEW;
        END IF;
        RAISE EXCEPTION 'permission denied to change region "%"', OLD.region
            USING ERRCODE = 'insufficient_privilege',
                  DETAIL = pg_catalog.format('Role %s is confined to the markets listed for it in gpumkt_writers, and regions serve every market.', current_user),
                  HINT = 'Ask the owner of the database to change the region.';
    END IF;
    IF TG_OP OPERATOR(pg_catalog.<>) 'INSERT' THEN
        old_market := OLD.market;
    END IF;
    IF TG_OP OPERATOR(pg_catalog.<>) 'DELETE' THEN
        new_market := NEW.market;
    END IF;
    IF old_market IS NOT NULL AND NOT old_market OPERATOR(pg_catalog.=) ANY (allowed) THEN
        denied := old_market;
    ELSIF new_market IS NOT NULL AND NOT new_market OPERATOR(pg_catalog.=) ANY (allowed) THEN
        denied := new_market;
    END IF;
    IF denied IS NOT NULL THEN
        RAISE EXCEPTION 'permission denied for market "%"', denied
            USING ERRCODE = 'insufficient_privilege',
                  DETAIL = pg_catalog.format('Role %s is confined to the markets listed for it in gpumkt_writers.', current_user),
                  HINT = 'Ask the owner of the database to add a row (role, market) to gpumkt_writers.';
    END IF;
    RETURN CASE WHEN TG_OP OPERATOR(pg_catalog.=) 'DELETE' THEN OLD ELSE NEW END;
END
$$;
COMMENT ON FUNCTION @extschema@.gpumkt_confine_writes() IS
'Trigger: a role listed in gpumkt_writers (or a member of one) may write rows of its listed markets only, and may add regions but not change them; 42501 otherwise.';
CREATE TRIGGER gpumkt_confine_writes BEFORE INSERT OR UPDATE OR DELETE ON @extschema@.gpumkt_regions
    FOR EACH ROW EXECUTE FUNCTION @extschema@.gpumkt_confine_writes();
CREATE TRIGGER gpumkt_confine_writes BEFORE INSERT OR UPDATE OR DELETE ON @extschema@.gpumkt_markets
    FOR EACH ROW EXECUTE FUNCTION @extschema@.gpumkt_confine_writes();
CREATE TRIGGER gpumkt_confine_writes BEFORE INSERT OR UPDATE OR DELETE ON @extschema@.gpumkt_anchors
    FOR EACH ROW EXECUTE FUNCTION @extschema@.gpumkt_confine_writes();
CREATE TRIGGER gpumkt_confine_writes BEFORE INSERT OR UPDATE OR DELETE ON @extschema@.gpumkt_rates
    FOR EACH ROW EXECUTE FUNCTION @extschema@.gpumkt_confine_writes();
CREATE TRIGGER gpumkt_confine_writes BEFORE INSERT OR UPDATE OR DELETE ON @extschema@.gpumkt_region_shares
    FOR EACH ROW EXECUTE FUNCTION @extschema@.gpumkt_confine_writes();
CREATE TRIGGER gpumkt_confine_writes BEFORE INSERT OR UPDATE OR DELETE ON @extschema@.gpumkt_dimensions
    FOR EACH ROW EXECUTE FUNCTION @extschema@.gpumkt_confine_writes();
CREATE TRIGGER gpumkt_confine_writes BEFORE INSERT OR UPDATE OR DELETE ON @extschema@.gpumkt_segments
    FOR EACH ROW EXECUTE FUNCTION @extschema@.gpumkt_confine_writes();
CREATE TRIGGER gpumkt_confine_writes BEFORE INSERT OR UPDATE OR DELETE ON @extschema@.gpumkt_players
    FOR EACH ROW EXECUTE FUNCTION @extschema@.gpumkt_confine_writes();
CREATE TRIGGER gpumkt_confine_writes BEFORE INSERT OR UPDATE OR DELETE ON @extschema@.gpumkt_developments
    FOR EACH ROW EXECUTE FUNCTION @extschema@.gpumkt_confine_writes();
CREATE TRIGGER gpumkt_confine_writes BEFORE INSERT OR UPDATE OR DELETE ON @extschema@.gpumkt_figures
    FOR EACH ROW EXECUTE FUNCTION @extschema@.gpumkt_confine_writes();
-- The shipped report is named by its title, date and file name only (no
-- path of the repository it was read from).
UPDATE @extschema@.gpumkt_markets
SET source_ref = '000_535b85b2ce1bc4e7.txt (press summary in French)'
WHERE market = 'ai_training_gpu_clusters' AND shipped;
------------------------------------------------------------------------------
-- What every column holds
------------------------------------------------------------------------------

-- columns that several tables share, with one meaning in each
DO $columns$
DECLARE
    c record;
BEGIN
    FOR c IN
        SELECT a.attrelid::pg_catalog.regclass AS tab, a.attname, x.comment
        FROM pg_catalog.pg_attribute a
        JOIN (VALUES
            ('market', 'The market (report) the row belongs to: a code of gpumkt_markets.'),
            ('shipped', 'true for the rows the extension ships (the report''s), false for users'' rows; only the tables'' owner may change shipped rows.'),
            ('qualifier', 'The report''s hedge on the figure: about, more than, at least or up to; NULL where it states the figure plainly.'),
            ('basis', 'reported (source_quote holds the report''s words) or derived (derivation holds the arithmetic); unknown for a segment share the report does not give.'),
            ('source_quote', 'The report''s own words for the figure, word for word.'),
            ('derivation', 'For a derived figure, the arithmetic from reported figures that gives it.'),
            ('note', 'A remark on the row: what the report says elsewhere, or why a figure is read as it is.'),
            ('name_fr', 'The name the French report uses; accepted wherever a name is.'))
            AS x(attname, comment) ON x.attname OPERATOR(pg_catalog.=) a.attname
        WHERE a.attrelid IN ('@extschema@.gpumkt_regions'::pg_catalog.regclass, '@extschema@.gpumkt_markets'::pg_catalog.regclass,
                             '@extschema@.gpumkt_anchors'::pg_catalog.regclass, '@extschema@.gpumkt_rates'::pg_catalog.regclass,
                             '@extschema@.gpumkt_region_shares'::pg_catalog.regclass, '@extschema@.gpumkt_dimensions'::pg_catalog.regclass,
                             '@extschema@.gpumkt_segments'::pg_catalog.regclass, '@extschema@.gpumkt_players'::pg_catalog.regclass,
                             '@extschema@.gpumkt_developments'::pg_catalog.regclass, '@extschema@.gpumkt_figures'::pg_catalog.regclass)
          AND NOT (a.attname OPERATOR(pg_catalog.=) 'market' AND a.attrelid OPERATOR(pg_catalog.=) '@extschema@.gpumkt_markets'::pg_catalog.regclass)
    LOOP
        EXECUTE pg_catalog.format('COMMENT ON COLUMN %s.%I IS %L', c.tab, c.attname, c.comment);
    END LOOP;
END
$columns$;

COMMENT ON COLUMN @extschema@.gpumkt_regions.region IS 'The region''s code: a lower-case identifier (global, north_america, united_states).';
COMMENT ON COLUMN @extschema@.gpumkt_regions.name IS 'The region''s English display name.';
COMMENT ON COLUMN @extschema@.gpumkt_regions.parent IS 'The region it lies in; NULL for the world only.';
COMMENT ON COLUMN @extschema@.gpumkt_regions.iso2 IS 'ISO 3166-1 alpha-2 code, for countries.';
COMMENT ON COLUMN @extschema@.gpumkt_regions.kind IS 'world, region, country, rest_of (the rest of a region) or group.';
COMMENT ON COLUMN @extschema@.gpumkt_markets.market IS 'The market''s code, the key of every figure table.';
COMMENT ON COLUMN @extschema@.gpumkt_markets.name IS 'The market''s display name.';
COMMENT ON COLUMN @extschema@.gpumkt_markets.currency IS 'The currency of its values (ISO 4217).';
COMMENT ON COLUMN @extschema@.gpumkt_markets.unit IS 'The unit of its values: billion for USD billions.';
COMMENT ON COLUMN @extschema@.gpumkt_markets.root_region IS 'The region whose share every other region''s share is taken against (global).';
COMMENT ON COLUMN @extschema@.gpumkt_markets.source_title IS 'The title of the report.';
COMMENT ON COLUMN @extschema@.gpumkt_markets.source_date IS 'The date of the report.';
COMMENT ON COLUMN @extschema@.gpumkt_markets.source_ref IS 'Where the report is: its file name and form.';
COMMENT ON COLUMN @extschema@.gpumkt_markets.note IS 'What the market covers.';
COMMENT ON COLUMN @extschema@.gpumkt_anchors.region IS 'The region whose market size this is.';
COMMENT ON COLUMN @extschema@.gpumkt_anchors.year IS 'The year of the figure (1900..2200).';
COMMENT ON COLUMN @extschema@.gpumkt_anchors.value IS 'The market size in the market''s unit, kept with the digits the source states.';
COMMENT ON COLUMN @extschema@.gpumkt_rates.region IS 'The region whose market grows at this rate.';
COMMENT ON COLUMN @extschema@.gpumkt_rates.from_year IS 'The base year of the stated growth; NULL with to_year where the report states no period.';
COMMENT ON COLUMN @extschema@.gpumkt_rates.to_year IS 'The end year of the stated growth.';
COMMENT ON COLUMN @extschema@.gpumkt_rates.rate IS 'The compound annual growth rate as a fraction (0.17 for 17 %).';
COMMENT ON COLUMN @extschema@.gpumkt_rates.stated_period IS 'The period as the report words it.';
COMMENT ON COLUMN @extschema@.gpumkt_region_shares.region IS 'The region whose share this is.';
COMMENT ON COLUMN @extschema@.gpumkt_region_shares.year IS 'The year the share is stated for; it holds from then on.';
COMMENT ON COLUMN @extschema@.gpumkt_region_shares.share IS 'The share as a fraction (0.365 for 36.5 %).';
COMMENT ON COLUMN @extschema@.gpumkt_region_shares.of_region IS 'The larger region the share is of.';
COMMENT ON COLUMN @extschema@.gpumkt_dimensions.dimension IS 'The dimension''s code (component, deployment, cluster_size, end_user, industry).';
COMMENT ON COLUMN @extschema@.gpumkt_dimensions.name IS 'The dimension''s English name.';
COMMENT ON COLUMN @extschema@.gpumkt_dimensions.ordinal IS 'Its place in the report''s order.';
COMMENT ON COLUMN @extschema@.gpumkt_segments.dimension IS 'The dimension the segment belongs to.';
COMMENT ON COLUMN @extschema@.gpumkt_segments.segment IS 'The segment''s code.';
COMMENT ON COLUMN @extschema@.gpumkt_segments.name IS 'The segment''s English name.';
COMMENT ON COLUMN @extschema@.gpumkt_segments.ordinal IS 'Its place in the report''s order within the dimension.';
COMMENT ON COLUMN @extschema@.gpumkt_segments.year IS 'The year the share is stated for; NULL where the share is unknown.';
COMMENT ON COLUMN @extschema@.gpumkt_segments.share IS 'The segment''s share of its dimension as a fraction; NULL where the report gives none.';
COMMENT ON COLUMN @extschema@.gpumkt_players.player IS 'The player''s code.';
COMMENT ON COLUMN @extschema@.gpumkt_players.name IS 'The company''s name as the report gives it.';
COMMENT ON COLUMN @extschema@.gpumkt_players.listed_order IS 'Its place in the report''s list of key players.';
COMMENT ON COLUMN @extschema@.gpumkt_players.hq_region IS 'Where the company has its headquarters (a public fact, not from the report).';
COMMENT ON COLUMN @extschema@.gpumkt_players.supplies IS 'What the company supplies to this market (public facts, not from the report).';
COMMENT ON COLUMN @extschema@.gpumkt_players.attributes_source IS 'Where hq_region and supplies come from.';
COMMENT ON COLUMN @extschema@.gpumkt_developments.development IS 'The development''s code.';
COMMENT ON COLUMN @extschema@.gpumkt_developments.month IS 'The first day of the month the report names.';
COMMENT ON COLUMN @extschema@.gpumkt_developments.player IS 'The key player it concerns, if one.';
COMMENT ON COLUMN @extschema@.gpumkt_developments.summary IS 'What happened, in English.';
COMMENT ON COLUMN @extschema@.gpumkt_figures.figure IS 'The figure''s code.';
COMMENT ON COLUMN @extschema@.gpumkt_figures.label IS 'What the figure measures, in English.';
COMMENT ON COLUMN @extschema@.gpumkt_figures.value IS 'The figure; NULL for a statement without a figure.';
COMMENT ON COLUMN @extschema@.gpumkt_figures.value_high IS 'The top of a range the report gives, value being its bottom.';
COMMENT ON COLUMN @extschema@.gpumkt_figures.unit IS 'The unit of value (USD billion, GW, GPUs, ...).';
COMMENT ON COLUMN @extschema@.gpumkt_figures.region IS 'The region the figure is about, if one.';
COMMENT ON COLUMN @extschema@.gpumkt_figures.period IS 'The period the figure covers, as the report words it.';


------------------------------------------------------------------------------
-- Text charts (1.3, issue 12): sparklines and bars of block characters, for
-- result tables.  They are text in a UTF8 database only; in any other they
-- are refused (22021).  The database encoding never changes, so they stay
-- IMMUTABLE, as chr() is.
------------------------------------------------------------------------------

CREATE FUNCTION @extschema@.gpumkt_sparkline(series float8[]) RETURNS text
    AS 'MODULE_PATHNAME', 'gpumkt_sparkline' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.gpumkt_sparkline(float8[]) IS
'A sparkline: one of ▁▂▃▄▅▆▇█ per element, the smallest value ▁ and the largest █, value v at round((v - min) / (max - min) * 7); a constant series is all ▄, a NULL element a space; NULL for an empty or all-NULL array; NaN and Infinity refused (22023); UTF8 databases only (22021).';

-- The aggregate keeps every value (NULLs as gaps) in an internal state and
-- draws them at the end.  It has no combine function, so PostgreSQL never
-- splits it into partial aggregates: each group is drawn whole by one
-- process, in the order its ORDER BY gives (an aggregate with ORDER BY is
-- never partial anyway).  Its functions read nothing but their arguments
-- and the state, so that process may be a parallel worker: PARALLEL SAFE
-- is true.
CREATE FUNCTION @extschema@.gpumkt_sparkline_trans(internal, float8) RETURNS internal
    AS 'MODULE_PATHNAME', 'gpumkt_sparkline_trans' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.gpumkt_sparkline_trans(internal, float8) IS
'Transition function of the aggregate gpumkt_sparkline(float8): appends the value, a NULL as a gap.';
CREATE FUNCTION @extschema@.gpumkt_sparkline_final(internal) RETURNS text
    AS 'MODULE_PATHNAME', 'gpumkt_sparkline_final' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.gpumkt_sparkline_final(internal) IS
'Final function of the aggregate gpumkt_sparkline(float8): the sparkline of the values appended.';
CREATE AGGREGATE @extschema@.gpumkt_sparkline(value float8) (
    SFUNC = @extschema@.gpumkt_sparkline_trans,
    STYPE = internal,
    FINALFUNC = @extschema@.gpumkt_sparkline_final,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.gpumkt_sparkline(float8) IS
'A sparkline of the rows, in the order of the aggregate''s ORDER BY (gpumkt_sparkline(value ORDER BY year)): as gpumkt_sparkline(float8[]) of the values in that order.';
REVOKE EXECUTE ON FUNCTION
    @extschema@.gpumkt_sparkline_trans(internal, float8),
    @extschema@.gpumkt_sparkline_final(internal)
    FROM PUBLIC;

CREATE FUNCTION @extschema@.gpumkt_bar(value float8, max_value float8, width integer DEFAULT 20) RETURNS text
    AS 'MODULE_PATHNAME', 'gpumkt_bar' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.gpumkt_bar(float8, float8, integer) IS
'A horizontal bar of round(value / max_value * width * 8) eighths of a character: full blocks █ then one of ▏▎▍▌▋▊▉; a value above max_value gives the full width; value below 0, max_value not above 0, NaN or Infinity, or width outside 1..200 refused (22023); UTF8 databases only (22021).';
