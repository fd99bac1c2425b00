------------------------------------------------------------------------------
-- Integrity rules: refuse what the forecasts cannot use
------------------------------------------------------------------------------

-- A rate above 100 % a year is allowed only where the row says it is meant.
ALTER TABLE @extschema@.gpumkt_rates
    ADD COLUMN exceptional boolean NOT NULL DEFAULT false;
COMMENT ON COLUMN @extschema@.gpumkt_rates.exceptional IS
'true where a growth rate above 1 (more than 100 % a year) is meant, for a market that more than doubles every year; rates above 1 are refused otherwise (constraint gpumkt_rates_rate_range).';

-- The shipped rows pass every rule.
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
    CHECK (year >= 1900 AND year <= 2200);
COMMENT ON CONSTRAINT gpumkt_anchors_year_range ON @extschema@.gpumkt_anchors IS
'An anchor''s year lies in 1900..2200.';

ALTER TABLE @extschema@.gpumkt_rates
    ADD CONSTRAINT gpumkt_rates_years_range
    CHECK (from_year >= 1900 AND from_year <= 2200 AND to_year >= 1900 AND to_year <= 2200);
COMMENT ON CONSTRAINT gpumkt_rates_years_range ON @extschema@.gpumkt_rates IS
'A rate''s period, when it has one, lies in 1900..2200.';

ALTER TABLE @extschema@.gpumkt_rates
    ADD CONSTRAINT gpumkt_rates_rate_range
    CHECK (rate > -0.999999999999999944488848768742172978818416595458984375
           AND (rate <= 1 OR exceptional));
COMMENT ON CONSTRAINT gpumkt_rates_rate_range ON @extschema@.gpumkt_rates IS
'A rate lies above -1 (also once rounded to double precision) and at most 1 (100 % a year), or above 1 where the row is marked exceptional.';

ALTER TABLE @extschema@.gpumkt_rates
    ADD CONSTRAINT gpumkt_rates_rate_normal
    CHECK (rate = 0 OR abs(rate) >= '2.2250738585072014e-308'::text::numeric);
COMMENT ON CONSTRAINT gpumkt_rates_rate_normal ON @extschema@.gpumkt_rates IS
'A rate is 0 or at least 2.2250738585072014e-308 in size, the smallest normal double: a smaller one cannot be read as a double.';

ALTER TABLE @extschema@.gpumkt_region_shares
    ADD CONSTRAINT gpumkt_region_shares_year_range
    CHECK (year >= 1900 AND year <= 2200);
COMMENT ON CONSTRAINT gpumkt_region_shares_year_range ON @extschema@.gpumkt_region_shares IS
'A region share''s year lies in 1900..2200.';

ALTER TABLE @extschema@.gpumkt_region_shares
    ADD CONSTRAINT gpumkt_region_shares_share_normal
    CHECK (share >= '2.2250738585072014e-308'::text::numeric);
COMMENT ON CONSTRAINT gpumkt_region_shares_share_normal ON @extschema@.gpumkt_region_shares IS
'A region share is at least 2.2250738585072014e-308, the smallest normal double: a smaller one cannot be read as a double.';

ALTER TABLE @extschema@.gpumkt_segments
    ADD CONSTRAINT gpumkt_segments_year_range
    CHECK (year >= 1900 AND year <= 2200);
COMMENT ON CONSTRAINT gpumkt_segments_year_range ON @extschema@.gpumkt_segments IS
'A segment share''s year, when it has one, lies in 1900..2200.';

ALTER TABLE @extschema@.gpumkt_segments
    ADD CONSTRAINT gpumkt_segments_share_normal
    CHECK (share >= '2.2250738585072014e-308'::text::numeric);
COMMENT ON CONSTRAINT gpumkt_segments_share_normal ON @extschema@.gpumkt_segments IS
'A segment share, when it has one, is at least 2.2250738585072014e-308, the smallest normal double: a smaller one cannot be read as a double.';

