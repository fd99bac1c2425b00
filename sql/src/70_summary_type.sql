------------------------------------------------------------------------------
-- The summary type
------------------------------------------------------------------------------

CREATE TYPE @extschema@.gpumkt_growth;

CREATE FUNCTION @extschema@.gpumkt_growth_in(cstring) RETURNS @extschema@.gpumkt_growth
    AS 'MODULE_PATHNAME', 'gpumkt_growth_in' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.gpumkt_growth_in(cstring) IS
'Text input of gpumkt_growth: the form its values print (every value an aggregate, a rollup or the binary input makes reads back identically); anything else is SQLSTATE 22P02.';

------------------------------------------------------------------------------
-- The support functions serve the aggregates only.  PostgreSQL checks the
-- aggregate owner's right to call them, not the caller's, so every role
-- still runs the aggregates; called directly, they are 42501 except to
-- their owner.  The type's I/O functions and the accessors stay public.
------------------------------------------------------------------------------
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
CREATE FUNCTION @extschema@.gpumkt_cagr_trans(@extschema@.gpumkt_growth, double precision, float8)
    RETURNS @extschema@.gpumkt_growth AS 'MODULE_PATHNAME', 'gpumkt_cagr_trans_any'
    LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.gpumkt_cagr_trans(@extschema@.gpumkt_growth, double precision, float8) IS
'Transition function of the aggregate gpumkt_cagr(double precision, float8).';
CREATE FUNCTION @extschema@.gpumkt_cagr_trans(@extschema@.gpumkt_growth, timestamptz, float8)
    RETURNS @extschema@.gpumkt_growth AS 'MODULE_PATHNAME', 'gpumkt_cagr_trans_any'
    LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.gpumkt_cagr_trans(@extschema@.gpumkt_growth, timestamptz, float8) IS
'Transition function of the aggregate gpumkt_cagr(timestamptz, float8).';
CREATE FUNCTION @extschema@.gpumkt_fit_trans(@extschema@.gpumkt_growth, integer, float8)
    RETURNS @extschema@.gpumkt_growth AS 'MODULE_PATHNAME', 'gpumkt_fit_trans'
    LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.gpumkt_fit_trans(@extschema@.gpumkt_growth, integer, float8) IS
'Transition function of the aggregate gpumkt_fit_rate(integer, float8).';
CREATE FUNCTION @extschema@.gpumkt_fit_trans(@extschema@.gpumkt_growth, double precision, float8)
    RETURNS @extschema@.gpumkt_growth AS 'MODULE_PATHNAME', 'gpumkt_fit_trans_any'
    LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.gpumkt_fit_trans(@extschema@.gpumkt_growth, double precision, float8) IS
'Transition function of the aggregate gpumkt_fit_rate(double precision, float8).';
CREATE FUNCTION @extschema@.gpumkt_fit_trans(@extschema@.gpumkt_growth, timestamptz, float8)
    RETURNS @extschema@.gpumkt_growth AS 'MODULE_PATHNAME', 'gpumkt_fit_trans_any'
    LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.gpumkt_fit_trans(@extschema@.gpumkt_growth, timestamptz, float8) IS
'Transition function of the aggregate gpumkt_fit_rate(timestamptz, float8).';
CREATE FUNCTION @extschema@.gpumkt_growth_trans(@extschema@.gpumkt_growth, integer, float8)
    RETURNS @extschema@.gpumkt_growth AS 'MODULE_PATHNAME', 'gpumkt_growth_trans'
    LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.gpumkt_growth_trans(@extschema@.gpumkt_growth, integer, float8) IS
'Transition function of the aggregate gpumkt_growth(integer, float8).';
CREATE FUNCTION @extschema@.gpumkt_growth_trans(@extschema@.gpumkt_growth, double precision, float8)
    RETURNS @extschema@.gpumkt_growth AS 'MODULE_PATHNAME', 'gpumkt_growth_trans_any'
    LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.gpumkt_growth_trans(@extschema@.gpumkt_growth, double precision, float8) IS
'Transition function of the aggregate gpumkt_growth(double precision, float8).';
CREATE FUNCTION @extschema@.gpumkt_growth_trans(@extschema@.gpumkt_growth, timestamptz, float8)
    RETURNS @extschema@.gpumkt_growth AS 'MODULE_PATHNAME', 'gpumkt_growth_trans_any'
    LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.gpumkt_growth_trans(@extschema@.gpumkt_growth, timestamptz, float8) IS
'Transition function of the aggregate gpumkt_growth(timestamptz, float8).';
CREATE FUNCTION @extschema@.gpumkt_growth_combine(@extschema@.gpumkt_growth, @extschema@.gpumkt_growth)
    RETURNS @extschema@.gpumkt_growth AS 'MODULE_PATHNAME', 'gpumkt_growth_combine'
    LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.gpumkt_growth_combine(@extschema@.gpumkt_growth, @extschema@.gpumkt_growth) IS
'Merges two gpumkt_growth summaries: the combine function of every growth aggregate and the transition of gpumkt_rollup.';

CREATE FUNCTION @extschema@.gpumkt_share_trans(float8[], float8, boolean) RETURNS float8[]
    AS 'MODULE_PATHNAME', 'gpumkt_share_trans' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.gpumkt_share_trans(float8[], float8, boolean) IS
'Transition function of gpumkt_share: {rows, part, whole, inexact rows}; values below zero raise 22023, and so does a state the aggregate could not make.';
CREATE FUNCTION @extschema@.gpumkt_share_inv(float8[], float8, boolean) RETURNS float8[]
    AS 'MODULE_PATHNAME', 'gpumkt_share_inv' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.gpumkt_share_inv(float8[], float8, boolean) IS
'Inverse transition of gpumkt_share, for moving window frames: subtracts while every sum is exact before and after, else declines (NULL) so that the frame is recomputed.';
CREATE FUNCTION @extschema@.gpumkt_share_final(float8[]) RETURNS float8
    AS 'MODULE_PATHNAME', 'gpumkt_share_final' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.gpumkt_share_final(float8[]) IS
'Final function of gpumkt_share: part / whole, within [0, 1]; 22023 for a state the aggregate could not make.';
CREATE FUNCTION @extschema@.gpumkt_hhi_trans(float8[], float8) RETURNS float8[]
    AS 'MODULE_PATHNAME', 'gpumkt_hhi_trans' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.gpumkt_hhi_trans(float8[], float8) IS
'Transition function of gpumkt_hhi: {rows, sum, sum of squares, inexact rows}; values below zero raise 22023, and so does a state the aggregate could not make.';
CREATE FUNCTION @extschema@.gpumkt_hhi_inv(float8[], float8) RETURNS float8[]
    AS 'MODULE_PATHNAME', 'gpumkt_hhi_inv' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.gpumkt_hhi_inv(float8[], float8) IS
'Inverse transition of gpumkt_hhi, for moving window frames: subtracts while every sum is exact before and after, else declines (NULL) so that the frame is recomputed.';
CREATE FUNCTION @extschema@.gpumkt_hhi_final(float8[]) RETURNS float8
    AS 'MODULE_PATHNAME', 'gpumkt_hhi_final' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.gpumkt_hhi_final(float8[]) IS
'Final function of gpumkt_hhi: 10,000 x sum of squares / square of the sum, within [10,000 / rows, 10,000]; 22023 for a state the aggregate could not make.';

------------------------------------------------------------------------------
-- What the summary answers: the CAGR of totals, the fit of rows
------------------------------------------------------------------------------
CREATE FUNCTION @extschema@.gpumkt_cagr(summary @extschema@.gpumkt_growth) RETURNS float8
    AS 'MODULE_PATHNAME', 'gpumkt_growth_cagr' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.gpumkt_cagr(@extschema@.gpumkt_growth) IS
'CAGR from the first year''s total to the last year''s; NULL with fewer than two distinct years; 22023 naming the year when either total is not above zero.';
CREATE FUNCTION @extschema@.gpumkt_fit_rate(summary @extschema@.gpumkt_growth) RETURNS float8
    AS 'MODULE_PATHNAME', 'gpumkt_growth_fit_rate' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.gpumkt_fit_rate(@extschema@.gpumkt_growth) IS
'Annual growth of the least-squares fit of ln(value) on year, exp(slope) - 1: the spreadsheet LOGEST''s m - 1. It fits each row, not yearly totals (gpumkt_cagr of the same summary is the growth of the total): for the fit of totals, build the summary over SELECT year, sum(value) ... GROUP BY year. NULL with fewer than two distinct years; 22023 when the summary holds values not above zero.';
CREATE FUNCTION @extschema@.gpumkt_r2(summary @extschema@.gpumkt_growth) RETURNS float8
    AS 'MODULE_PATHNAME', 'gpumkt_growth_r2' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.gpumkt_r2(@extschema@.gpumkt_growth) IS
'r2 of the log-linear fit over the summary''s rows, not yearly totals (1 when every ln(value) lies on the line).';
CREATE FUNCTION @extschema@.gpumkt_value_at(summary @extschema@.gpumkt_growth, year float8) RETURNS float8
    AS 'MODULE_PATHNAME', 'gpumkt_growth_value_at' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.gpumkt_value_at(@extschema@.gpumkt_growth, float8) IS
'Fitted value in year (fractional years allowed; NaN and infinity: 22023), exp(intercept + slope x year): the spreadsheet GROWTH. The fit is over each row, so over rows of several parts (regions, vendors) it is a typical row''s value, not the total''s: for the total, build the summary over SELECT year, sum(value) ... GROUP BY year.';
CREATE FUNCTION @extschema@.gpumkt_value_at(summary @extschema@.gpumkt_growth, ts timestamptz) RETURNS float8
    AS 'MODULE_PATHNAME', 'gpumkt_growth_value_at_timestamp' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.gpumkt_value_at(@extschema@.gpumkt_growth, timestamptz) IS
'Fitted value at a time, for summaries built over dates or timestamps: a timestamptz counts from 2000-01-01 00:00 UTC (2000 + days / 365.25); a date or timestamp reaching it by the implicit cast is read as written (a date as its day, a timestamp as its wall-clock time), whatever the time zone, as the aggregates read them. The fit is over rows, not totals.';
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
'Rows in the summary: those of its endpoint part or of its fit, whichever holds more (the same rows for a summary made by gpumkt_growth; a rollup of summaries of one part only may hold different rows in each).';
