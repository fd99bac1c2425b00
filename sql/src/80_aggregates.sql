------------------------------------------------------------------------------
-- Support functions of the moving fit, and of share and HHI (the growth
-- aggregates' transitions are in 70_summary_type)
------------------------------------------------------------------------------

-- 2.0 takes three kinds of year, as integer, double precision and
-- timestamptz: smallint years reach integer, bigint and numeric years
-- double precision, dates and timestamps timestamptz, by PostgreSQL's
-- implicit casts.  A double precision year must be whole (22023, as 1.4's
-- numeric years), and any year within the range of integer (22003); the
-- transition functions find a date or timestamp behind the cast and read
-- it as written, a date as its day (2000 + days since 2000-01-01 / 365.25),
-- a timestamp as its wall-clock time, whatever the session's time zone.

------------------------------------------------------------------------------
-- gpumkt_fit_rate in moving-aggregate mode: a state of its own (exact
-- integer years or days, double-double sums); timestamps keep the plain
-- fit and compute each frame afresh
------------------------------------------------------------------------------

CREATE FUNCTION @extschema@.gpumkt_fit_mtrans(internal, integer, float8) RETURNS internal
    AS 'MODULE_PATHNAME', 'gpumkt_fit_mtrans' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.gpumkt_fit_mtrans(internal, integer, float8) IS
'Moving-aggregate transition of gpumkt_fit_rate(integer, float8): adds a row to a sliding window frame.';
CREATE FUNCTION @extschema@.gpumkt_fit_minv(internal, integer, float8) RETURNS internal
    AS 'MODULE_PATHNAME', 'gpumkt_fit_minv' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.gpumkt_fit_minv(internal, integer, float8) IS
'Moving-aggregate inverse of gpumkt_fit_rate(integer, float8): takes a row back, or declines (NULL) where that could cost digits, so that the frame is computed afresh.';
CREATE FUNCTION @extschema@.gpumkt_fit_mtrans(internal, double precision, float8) RETURNS internal
    AS 'MODULE_PATHNAME', 'gpumkt_fit_mtrans' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.gpumkt_fit_mtrans(internal, double precision, float8) IS
'Moving-aggregate transition of gpumkt_fit_rate(double precision, float8): adds a row to a sliding window frame.';
CREATE FUNCTION @extschema@.gpumkt_fit_minv(internal, double precision, float8) RETURNS internal
    AS 'MODULE_PATHNAME', 'gpumkt_fit_minv' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.gpumkt_fit_minv(internal, double precision, float8) IS
'Moving-aggregate inverse of gpumkt_fit_rate(double precision, float8): takes a row back, or declines (NULL) where that could cost digits, so that the frame is computed afresh.';
CREATE FUNCTION @extschema@.gpumkt_fit_mtrans(internal, timestamptz, float8) RETURNS internal
    AS 'MODULE_PATHNAME', 'gpumkt_fit_mtrans' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.gpumkt_fit_mtrans(internal, timestamptz, float8) IS
'Moving-aggregate transition of gpumkt_fit_rate(timestamptz, float8): adds a row to a sliding window frame.';
CREATE FUNCTION @extschema@.gpumkt_fit_minv(internal, timestamptz, float8) RETURNS internal
    AS 'MODULE_PATHNAME', 'gpumkt_fit_minv' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.gpumkt_fit_minv(internal, timestamptz, float8) IS
'Moving-aggregate inverse of gpumkt_fit_rate(timestamptz, float8): takes a row back, or declines (NULL) where that could cost digits, and always for timestamps (a date is exact), so that the frame is computed afresh.';
CREATE FUNCTION @extschema@.gpumkt_fit_mfinal(internal) RETURNS float8
    AS 'MODULE_PATHNAME', 'gpumkt_fit_mfinal' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.gpumkt_fit_mfinal(internal) IS
'Moving-aggregate final function of gpumkt_fit_rate: the rate of the frame, equal to the frame computed afresh within 1e-9 relative (to the last digit over timestamps); NULL where the frame has one year.';

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
-- Aggregates: gpumkt_cagr, gpumkt_fit_rate and gpumkt_growth, each over
-- integer, double precision and timestamptz years
------------------------------------------------------------------------------

CREATE AGGREGATE @extschema@.gpumkt_cagr(year integer, value float8) (
    SFUNC = @extschema@.gpumkt_cagr_trans,
    STYPE = @extschema@.gpumkt_growth,
    FINALFUNC = @extschema@.gpumkt_cagr,
    COMBINEFUNC = @extschema@.gpumkt_growth_combine,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.gpumkt_cagr(integer, float8) IS
'CAGR from the earliest to the latest year of the group, over integer years; values of one year (or instant) summed first: the growth of the group''s total, annualised. NULL rows skipped; NULL with fewer than two distinct years.';

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
'Annual growth of the least-squares fit of ln(value) on the year, over integer years: exp(slope) - 1 (LOGEST''s m - 1). It fits each row, not yearly totals: for the growth of a total, sum per year first: gpumkt_fit_rate(year, total) FROM (SELECT year, sum(value) AS total ... GROUP BY year). Values not above zero raise 22023. As a window function over a sliding frame it equals the frame computed afresh (1e-9 relative), NULL where the frame has one year.';

CREATE AGGREGATE @extschema@.gpumkt_growth(year integer, value float8) (
    SFUNC = @extschema@.gpumkt_growth_trans,
    STYPE = @extschema@.gpumkt_growth,
    COMBINEFUNC = @extschema@.gpumkt_growth_combine,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.gpumkt_growth(integer, float8) IS
'Summary of the group''s rows over integer years, to store, roll up with gpumkt_rollup and read with the accessors.';

CREATE AGGREGATE @extschema@.gpumkt_cagr(year double precision, value float8) (
    SFUNC = @extschema@.gpumkt_cagr_trans,
    STYPE = @extschema@.gpumkt_growth,
    FINALFUNC = @extschema@.gpumkt_cagr,
    COMBINEFUNC = @extschema@.gpumkt_growth_combine,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.gpumkt_cagr(double precision, float8) IS
'CAGR from the earliest to the latest year of the group, over double precision years, which must be whole (22023) and within the range of integer (22003); bigint and numeric years come here by the implicit cast; values of one year (or instant) summed first: the growth of the group''s total, annualised. NULL rows skipped; NULL with fewer than two distinct years.';

CREATE AGGREGATE @extschema@.gpumkt_fit_rate(year double precision, value float8) (
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
COMMENT ON AGGREGATE @extschema@.gpumkt_fit_rate(double precision, float8) IS
'Annual growth of the least-squares fit of ln(value) on the year, over double precision years, which must be whole (22023) and within the range of integer (22003); bigint and numeric years come here by the implicit cast: exp(slope) - 1 (LOGEST''s m - 1). It fits each row, not yearly totals: for the growth of a total, sum per year first: gpumkt_fit_rate(year, total) FROM (SELECT year, sum(value) AS total ... GROUP BY year). Values not above zero raise 22023. As a window function over a sliding frame it equals the frame computed afresh (1e-9 relative), NULL where the frame has one year.';

CREATE AGGREGATE @extschema@.gpumkt_growth(year double precision, value float8) (
    SFUNC = @extschema@.gpumkt_growth_trans,
    STYPE = @extschema@.gpumkt_growth,
    COMBINEFUNC = @extschema@.gpumkt_growth_combine,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.gpumkt_growth(double precision, float8) IS
'Summary of the group''s rows over double precision years, which must be whole (22023) and within the range of integer (22003); bigint and numeric years come here by the implicit cast, to store, roll up with gpumkt_rollup and read with the accessors.';

CREATE AGGREGATE @extschema@.gpumkt_cagr(ts timestamptz, value float8) (
    SFUNC = @extschema@.gpumkt_cagr_trans,
    STYPE = @extschema@.gpumkt_growth,
    FINALFUNC = @extschema@.gpumkt_cagr,
    COMBINEFUNC = @extschema@.gpumkt_growth_combine,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.gpumkt_cagr(timestamptz, float8) IS
'CAGR from the earliest to the latest year of the group, over timestamptz values, each a fractional year (2000 + days since 2000-01-01 00:00 UTC / 365.25); a date or timestamp reaching it by the implicit cast is read as written (a date as its day, a timestamp as its wall-clock time), whatever the time zone; values of one year (or instant) summed first: the growth of the group''s total, annualised. NULL rows skipped; NULL with fewer than two distinct years.';

CREATE AGGREGATE @extschema@.gpumkt_fit_rate(ts timestamptz, value float8) (
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
COMMENT ON AGGREGATE @extschema@.gpumkt_fit_rate(timestamptz, float8) IS
'Annual growth of the least-squares fit of ln(value) on the year, over timestamptz values, each a fractional year (2000 + days since 2000-01-01 00:00 UTC / 365.25); a date or timestamp reaching it by the implicit cast is read as written (a date as its day, a timestamp as its wall-clock time), whatever the time zone: exp(slope) - 1 (LOGEST''s m - 1). It fits each row, not yearly totals: for the growth of a total, sum per year first: gpumkt_fit_rate(year, total) FROM (SELECT year, sum(value) AS total ... GROUP BY year). Values not above zero raise 22023. As a window function over a sliding frame it equals the frame computed afresh (1e-9 relative), NULL where the frame has one year.';

CREATE AGGREGATE @extschema@.gpumkt_growth(ts timestamptz, value float8) (
    SFUNC = @extschema@.gpumkt_growth_trans,
    STYPE = @extschema@.gpumkt_growth,
    COMBINEFUNC = @extschema@.gpumkt_growth_combine,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.gpumkt_growth(timestamptz, float8) IS
'Summary of the group''s rows over timestamptz values, each a fractional year (2000 + days since 2000-01-01 00:00 UTC / 365.25); a date or timestamp reaching it by the implicit cast is read as written (a date as its day, a timestamp as its wall-clock time), whatever the time zone, to store, roll up with gpumkt_rollup and read with the accessors.';

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

------------------------------------------------------------------------------
-- The support functions serve the aggregates only.  PostgreSQL checks the
-- aggregate owner's right to call them, not the caller's, so every role
-- still runs the aggregates; called directly, they are 42501 except to
-- their owner.  The type's I/O functions and the accessors stay public.
------------------------------------------------------------------------------

REVOKE EXECUTE ON FUNCTION
    @extschema@.gpumkt_cagr_trans(@extschema@.gpumkt_growth, integer, float8),
    @extschema@.gpumkt_cagr_trans(@extschema@.gpumkt_growth, double precision, float8),
    @extschema@.gpumkt_cagr_trans(@extschema@.gpumkt_growth, timestamptz, float8),
    @extschema@.gpumkt_fit_trans(@extschema@.gpumkt_growth, integer, float8),
    @extschema@.gpumkt_fit_trans(@extschema@.gpumkt_growth, double precision, float8),
    @extschema@.gpumkt_fit_trans(@extschema@.gpumkt_growth, timestamptz, float8),
    @extschema@.gpumkt_growth_trans(@extschema@.gpumkt_growth, integer, float8),
    @extschema@.gpumkt_growth_trans(@extschema@.gpumkt_growth, double precision, float8),
    @extschema@.gpumkt_growth_trans(@extschema@.gpumkt_growth, timestamptz, float8),
    @extschema@.gpumkt_fit_mtrans(internal, integer, float8),
    @extschema@.gpumkt_fit_minv(internal, integer, float8),
    @extschema@.gpumkt_fit_mtrans(internal, double precision, float8),
    @extschema@.gpumkt_fit_minv(internal, double precision, float8),
    @extschema@.gpumkt_fit_mtrans(internal, timestamptz, float8),
    @extschema@.gpumkt_fit_minv(internal, timestamptz, float8),
    @extschema@.gpumkt_growth_combine(@extschema@.gpumkt_growth, @extschema@.gpumkt_growth),
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
