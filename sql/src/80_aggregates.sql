------------------------------------------------------------------------------
-- Support functions of the aggregates over more year types, of the moving
-- fit, and of share and HHI (the summary type's own are in 70_summary_type)
------------------------------------------------------------------------------

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

------------------------------------------------------------------------------
-- Aggregates
------------------------------------------------------------------------------

CREATE AGGREGATE @extschema@.gpumkt_cagr(year integer, value float8) (
    SFUNC = @extschema@.gpumkt_cagr_trans,
    STYPE = @extschema@.gpumkt_growth,
    FINALFUNC = @extschema@.gpumkt_cagr,
    COMBINEFUNC = @extschema@.gpumkt_growth_combine,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.gpumkt_cagr(integer, float8) IS
'CAGR from the earliest year to the latest year of the group, values of one year summed first: the growth of the group''s total. NULL rows skipped; NULL with fewer than two distinct years.';

CREATE AGGREGATE @extschema@.gpumkt_cagr(day date, value float8) (
    SFUNC = @extschema@.gpumkt_cagr_trans,
    STYPE = @extschema@.gpumkt_growth,
    FINALFUNC = @extschema@.gpumkt_cagr,
    COMBINEFUNC = @extschema@.gpumkt_growth_combine,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.gpumkt_cagr(date, float8) IS
'CAGR between the earliest and the latest day of the group, annualised (a year is 365.25 days); values of one day summed first.';

CREATE AGGREGATE @extschema@.gpumkt_fit_rate(year integer, value float8) (
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

CREATE AGGREGATE @extschema@.gpumkt_fit_rate(day date, value float8) (
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

CREATE AGGREGATE @extschema@.gpumkt_growth(year integer, value float8) (
    SFUNC = @extschema@.gpumkt_growth_trans,
    STYPE = @extschema@.gpumkt_growth,
    COMBINEFUNC = @extschema@.gpumkt_growth_combine,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.gpumkt_growth(integer, float8) IS
'Summary of the group''s (year, value) rows, to store, roll up with gpumkt_rollup and read with the accessors.';

CREATE AGGREGATE @extschema@.gpumkt_growth(day date, value float8) (
    SFUNC = @extschema@.gpumkt_growth_trans,
    STYPE = @extschema@.gpumkt_growth,
    COMBINEFUNC = @extschema@.gpumkt_growth_combine,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.gpumkt_growth(date, float8) IS
'Summary of the group''s (day, value) rows, days as fractional years.';

CREATE AGGREGATE @extschema@.gpumkt_rollup(@extschema@.gpumkt_growth) (
    SFUNC = @extschema@.gpumkt_growth_combine,
    STYPE = @extschema@.gpumkt_growth,
    COMBINEFUNC = @extschema@.gpumkt_growth_combine,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.gpumkt_rollup(@extschema@.gpumkt_growth) IS
'Merges gpumkt_growth summaries: the rollup of per-part summaries equals the summary of all their rows.';

CREATE AGGREGATE @extschema@.gpumkt_share(value float8, is_part boolean) (
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

CREATE AGGREGATE @extschema@.gpumkt_hhi(value float8) (
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
