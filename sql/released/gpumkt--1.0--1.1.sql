-- gpumkt 1.0 -> 1.1: growth aggregates at executor speed, the gpumkt_growth
-- summary type that rolls up, share and concentration.

\echo Use "ALTER EXTENSION gpumkt UPDATE TO '1.1'" to load this file. \quit

------------------------------------------------------------------------------
-- The summary type
------------------------------------------------------------------------------

CREATE TYPE @extschema@.gpumkt_growth;

CREATE FUNCTION @extschema@.gpumkt_growth_in(cstring) RETURNS @extschema@.gpumkt_growth
    AS 'MODULE_PATHNAME', 'gpumkt_growth_in' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.gpumkt_growth_in(cstring) IS
'Text input of gpumkt_growth: the form its values print; anything else is SQLSTATE 22P02.';
CREATE FUNCTION @extschema@.gpumkt_growth_out(@extschema@.gpumkt_growth) RETURNS cstring
    AS 'MODULE_PATHNAME', 'gpumkt_growth_out' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.gpumkt_growth_out(@extschema@.gpumkt_growth) IS
'Text output of gpumkt_growth: every number to 17 significant digits, so that it reads back exactly.';
CREATE FUNCTION @extschema@.gpumkt_growth_recv(internal) RETURNS @extschema@.gpumkt_growth
    AS 'MODULE_PATHNAME', 'gpumkt_growth_recv' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.gpumkt_growth_recv(internal) IS
'Binary input of gpumkt_growth (104 bytes, version 1).';
CREATE FUNCTION @extschema@.gpumkt_growth_send(@extschema@.gpumkt_growth) RETURNS bytea
    AS 'MODULE_PATHNAME', 'gpumkt_growth_send' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.gpumkt_growth_send(@extschema@.gpumkt_growth) IS
'Binary output of gpumkt_growth (104 bytes, version 1).';

CREATE TYPE @extschema@.gpumkt_growth (
    INPUT = @extschema@.gpumkt_growth_in,
    OUTPUT = @extschema@.gpumkt_growth_out,
    RECEIVE = @extschema@.gpumkt_growth_recv,
    SEND = @extschema@.gpumkt_growth_send,
    INTERNALLENGTH = 104,
    ALIGNMENT = double,
    STORAGE = plain
);
COMMENT ON TYPE @extschema@.gpumkt_growth IS
'Fixed-size summary of (year, value) rows: count, first and last year with their totals, and the least-squares sums of ln(value) on year. Built by the aggregate gpumkt_growth, merged by gpumkt_rollup, read by gpumkt_cagr, gpumkt_fit_rate, gpumkt_r2, gpumkt_value_at, gpumkt_first_year, gpumkt_last_year and gpumkt_count.';

------------------------------------------------------------------------------
-- Transition and combine functions (support functions of the aggregates)
------------------------------------------------------------------------------

CREATE FUNCTION @extschema@.gpumkt_cagr_trans(@extschema@.gpumkt_growth, integer, float8)
    RETURNS @extschema@.gpumkt_growth AS 'MODULE_PATHNAME', 'gpumkt_cagr_trans'
    LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.gpumkt_cagr_trans(@extschema@.gpumkt_growth, integer, float8) IS
'Transition function of the aggregate gpumkt_cagr(integer, float8).';
CREATE FUNCTION @extschema@.gpumkt_cagr_trans(@extschema@.gpumkt_growth, date, float8)
    RETURNS @extschema@.gpumkt_growth AS 'MODULE_PATHNAME', 'gpumkt_cagr_trans_date'
    LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.gpumkt_cagr_trans(@extschema@.gpumkt_growth, date, float8) IS
'Transition function of the aggregate gpumkt_cagr(date, float8).';
CREATE FUNCTION @extschema@.gpumkt_fit_trans(@extschema@.gpumkt_growth, integer, float8)
    RETURNS @extschema@.gpumkt_growth AS 'MODULE_PATHNAME', 'gpumkt_fit_trans'
    LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.gpumkt_fit_trans(@extschema@.gpumkt_growth, integer, float8) IS
'Transition function of the aggregate gpumkt_fit_rate(integer, float8).';
CREATE FUNCTION @extschema@.gpumkt_fit_trans(@extschema@.gpumkt_growth, date, float8)
    RETURNS @extschema@.gpumkt_growth AS 'MODULE_PATHNAME', 'gpumkt_fit_trans_date'
    LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.gpumkt_fit_trans(@extschema@.gpumkt_growth, date, float8) IS
'Transition function of the aggregate gpumkt_fit_rate(date, float8).';
CREATE FUNCTION @extschema@.gpumkt_fit_inv(@extschema@.gpumkt_growth, integer, float8)
    RETURNS @extschema@.gpumkt_growth AS 'MODULE_PATHNAME', 'gpumkt_fit_inv'
    LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.gpumkt_fit_inv(@extschema@.gpumkt_growth, integer, float8) IS
'Inverse transition of gpumkt_fit_rate(integer, float8): takes a row back out of a moving window frame.';
CREATE FUNCTION @extschema@.gpumkt_fit_inv(@extschema@.gpumkt_growth, date, float8)
    RETURNS @extschema@.gpumkt_growth AS 'MODULE_PATHNAME', 'gpumkt_fit_inv_date'
    LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.gpumkt_fit_inv(@extschema@.gpumkt_growth, date, float8) IS
'Inverse transition of gpumkt_fit_rate(date, float8): takes a row back out of a moving window frame.';
CREATE FUNCTION @extschema@.gpumkt_growth_trans(@extschema@.gpumkt_growth, integer, float8)
    RETURNS @extschema@.gpumkt_growth AS 'MODULE_PATHNAME', 'gpumkt_growth_trans'
    LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.gpumkt_growth_trans(@extschema@.gpumkt_growth, integer, float8) IS
'Transition function of the aggregate gpumkt_growth(integer, float8).';
CREATE FUNCTION @extschema@.gpumkt_growth_trans(@extschema@.gpumkt_growth, date, float8)
    RETURNS @extschema@.gpumkt_growth AS 'MODULE_PATHNAME', 'gpumkt_growth_trans_date'
    LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.gpumkt_growth_trans(@extschema@.gpumkt_growth, date, float8) IS
'Transition function of the aggregate gpumkt_growth(date, float8).';
CREATE FUNCTION @extschema@.gpumkt_growth_combine(@extschema@.gpumkt_growth, @extschema@.gpumkt_growth)
    RETURNS @extschema@.gpumkt_growth AS 'MODULE_PATHNAME', 'gpumkt_growth_combine'
    LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.gpumkt_growth_combine(@extschema@.gpumkt_growth, @extschema@.gpumkt_growth) IS
'Merges two gpumkt_growth summaries: the combine function of every growth aggregate and the transition of gpumkt_rollup.';

CREATE FUNCTION @extschema@.gpumkt_share_trans(float8[], float8, boolean) RETURNS float8[]
    AS 'MODULE_PATHNAME', 'gpumkt_share_trans' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.gpumkt_share_trans(float8[], float8, boolean) IS
'Transition function of gpumkt_share: {rows, part, whole, inexact rows}.';
CREATE FUNCTION @extschema@.gpumkt_share_inv(float8[], float8, boolean) RETURNS float8[]
    AS 'MODULE_PATHNAME', 'gpumkt_share_inv' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.gpumkt_share_inv(float8[], float8, boolean) IS
'Inverse transition of gpumkt_share, for moving window frames: subtracts while every sum is exact, else declines (NULL) so that the frame is recomputed.';
CREATE FUNCTION @extschema@.gpumkt_share_final(float8[]) RETURNS float8
    AS 'MODULE_PATHNAME', 'gpumkt_share_final' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.gpumkt_share_final(float8[]) IS
'Final function of gpumkt_share: part / whole.';
CREATE FUNCTION @extschema@.gpumkt_hhi_trans(float8[], float8) RETURNS float8[]
    AS 'MODULE_PATHNAME', 'gpumkt_hhi_trans' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.gpumkt_hhi_trans(float8[], float8) IS
'Transition function of gpumkt_hhi: {rows, sum, sum of squares, inexact rows}.';
CREATE FUNCTION @extschema@.gpumkt_hhi_inv(float8[], float8) RETURNS float8[]
    AS 'MODULE_PATHNAME', 'gpumkt_hhi_inv' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.gpumkt_hhi_inv(float8[], float8) IS
'Inverse transition of gpumkt_hhi, for moving window frames: subtracts while every sum is exact, else declines (NULL) so that the frame is recomputed.';
CREATE FUNCTION @extschema@.gpumkt_hhi_final(float8[]) RETURNS float8
    AS 'MODULE_PATHNAME', 'gpumkt_hhi_final' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.gpumkt_hhi_final(float8[]) IS
'Final function of gpumkt_hhi: 10,000 x sum of squares / square of the sum.';
CREATE FUNCTION @extschema@.gpumkt_sums_combine(float8[], float8[]) RETURNS float8[]
    AS 'MODULE_PATHNAME', 'gpumkt_sums_combine' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.gpumkt_sums_combine(float8[], float8[]) IS
'Combine function of gpumkt_share and gpumkt_hhi: adds two states.';

------------------------------------------------------------------------------
-- Accessors
------------------------------------------------------------------------------

CREATE FUNCTION @extschema@.gpumkt_cagr(summary @extschema@.gpumkt_growth) RETURNS float8
    AS 'MODULE_PATHNAME', 'gpumkt_growth_cagr' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.gpumkt_cagr(@extschema@.gpumkt_growth) IS
'CAGR from the first year''s total to the last year''s; NULL with fewer than two distinct years; 22023 naming the year when either total is not above zero.';
CREATE FUNCTION @extschema@.gpumkt_fit_rate(summary @extschema@.gpumkt_growth) RETURNS float8
    AS 'MODULE_PATHNAME', 'gpumkt_growth_fit_rate' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.gpumkt_fit_rate(@extschema@.gpumkt_growth) IS
'Annual growth of the least-squares fit of ln(value) on year, exp(slope) - 1: the spreadsheet LOGEST''s m - 1. NULL with fewer than two distinct years; 22023 when the summary holds values not above zero.';
CREATE FUNCTION @extschema@.gpumkt_r2(summary @extschema@.gpumkt_growth) RETURNS float8
    AS 'MODULE_PATHNAME', 'gpumkt_growth_r2' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.gpumkt_r2(@extschema@.gpumkt_growth) IS
'r2 of the log-linear fit (1 when every ln(value) lies on the line).';
CREATE FUNCTION @extschema@.gpumkt_value_at(summary @extschema@.gpumkt_growth, year float8) RETURNS float8
    AS 'MODULE_PATHNAME', 'gpumkt_growth_value_at' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.gpumkt_value_at(@extschema@.gpumkt_growth, float8) IS
'Fitted value in year, exp(intercept + slope x year): the spreadsheet GROWTH.';
CREATE FUNCTION @extschema@.gpumkt_value_at(summary @extschema@.gpumkt_growth, day date) RETURNS float8
    AS 'MODULE_PATHNAME', 'gpumkt_growth_value_at_date' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.gpumkt_value_at(@extschema@.gpumkt_growth, date) IS
'Fitted value on a day, for summaries built over dates.';
CREATE FUNCTION @extschema@.gpumkt_first_year(summary @extschema@.gpumkt_growth) RETURNS float8
    AS 'MODULE_PATHNAME', 'gpumkt_growth_first_year' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.gpumkt_first_year(@extschema@.gpumkt_growth) IS
'Earliest year in the summary (a fractional year for dates: 2000 + days since 2000-01-01 / 365.25).';
CREATE FUNCTION @extschema@.gpumkt_last_year(summary @extschema@.gpumkt_growth) RETURNS float8
    AS 'MODULE_PATHNAME', 'gpumkt_growth_last_year' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.gpumkt_last_year(@extschema@.gpumkt_growth) IS
'Latest year in the summary.';
CREATE FUNCTION @extschema@.gpumkt_count(summary @extschema@.gpumkt_growth) RETURNS bigint
    AS 'MODULE_PATHNAME', 'gpumkt_growth_count' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.gpumkt_count(@extschema@.gpumkt_growth) IS
'Rows in the summary.';

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
'CAGR from the earliest year to the latest year of the group, values of one year summed first; NULL rows skipped; NULL with fewer than two distinct years.';

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
    MSFUNC = @extschema@.gpumkt_fit_trans,
    MINVFUNC = @extschema@.gpumkt_fit_inv,
    MSTYPE = @extschema@.gpumkt_growth,
    MFINALFUNC = @extschema@.gpumkt_fit_rate,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.gpumkt_fit_rate(integer, float8) IS
'Annual growth of the least-squares fit of ln(value) on year, exp(slope) - 1 (LOGEST''s m - 1); values not above zero raise 22023; runs in moving-aggregate mode as a window function.';

CREATE AGGREGATE @extschema@.gpumkt_fit_rate(day date, value float8) (
    SFUNC = @extschema@.gpumkt_fit_trans,
    STYPE = @extschema@.gpumkt_growth,
    FINALFUNC = @extschema@.gpumkt_fit_rate,
    COMBINEFUNC = @extschema@.gpumkt_growth_combine,
    MSFUNC = @extschema@.gpumkt_fit_trans,
    MINVFUNC = @extschema@.gpumkt_fit_inv,
    MSTYPE = @extschema@.gpumkt_growth,
    MFINALFUNC = @extschema@.gpumkt_fit_rate,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.gpumkt_fit_rate(date, float8) IS
'Annual growth of the least-squares fit of ln(value) on the day as a fractional year.';

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
    COMBINEFUNC = @extschema@.gpumkt_sums_combine,
    MSFUNC = @extschema@.gpumkt_share_trans,
    MINVFUNC = @extschema@.gpumkt_share_inv,
    MSTYPE = float8[],
    MINITCOND = '{0,0,0,0}',
    MFINALFUNC = @extschema@.gpumkt_share_final,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.gpumkt_share(float8, boolean) IS
'Sum of value where is_part over sum of value: a region''s or a company''s share, over any grouping; runs in moving-aggregate mode as a window function.';

CREATE AGGREGATE @extschema@.gpumkt_hhi(value float8) (
    SFUNC = @extschema@.gpumkt_hhi_trans,
    STYPE = float8[],
    INITCOND = '{0,0,0,0}',
    FINALFUNC = @extschema@.gpumkt_hhi_final,
    COMBINEFUNC = @extschema@.gpumkt_sums_combine,
    MSFUNC = @extschema@.gpumkt_hhi_trans,
    MINVFUNC = @extschema@.gpumkt_hhi_inv,
    MSTYPE = float8[],
    MINITCOND = '{0,0,0,0}',
    MFINALFUNC = @extschema@.gpumkt_hhi_final,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.gpumkt_hhi(float8) IS
'Herfindahl-Hirschman index of concentration, 10,000 x the sum of squared shares value / total (50, 30, 20 gives 3,800).';
