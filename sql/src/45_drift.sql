------------------------------------------------------------------------------
-- Share drift (issue 10, item 5): the growth rate a segment's share change
-- implies, and the share a segment reaches growing at its own rate
------------------------------------------------------------------------------

CREATE FUNCTION @extschema@.gpumkt_implied_cagr(share0 float8, share1 float8, years float8, parent_rate float8)
    RETURNS float8 AS 'MODULE_PATHNAME', 'gpumkt_implied_cagr_float8'
    LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.gpumkt_implied_cagr(float8, float8, float8, float8) IS
'Growth rate of a segment whose share of a market growing at parent_rate moves from share0 to share1 over years: (1 + parent_rate) * (share1/share0)^(1/years) - 1; shares in (0, 1], years not 0, rates above -1.';

CREATE FUNCTION @extschema@.gpumkt_implied_cagr(share0 numeric, share1 numeric, years numeric, parent_rate numeric)
    RETURNS numeric AS 'MODULE_PATHNAME', 'gpumkt_implied_cagr_numeric'
    LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.gpumkt_implied_cagr(numeric, numeric, numeric, numeric) IS
'Growth rate of a segment whose share of a market growing at parent_rate moves from share0 to share1 over years, in numeric arithmetic to 30 significant digits: (1 + parent_rate) * (share1/share0)^(1/years) - 1.';

CREATE FUNCTION @extschema@.gpumkt_share_reached(share0 float8, segment_rate float8, parent_rate float8, years float8)
    RETURNS float8 AS 'MODULE_PATHNAME', 'gpumkt_share_reached_float8'
    LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.gpumkt_share_reached(float8, float8, float8, float8) IS
'Share of its market reached after years by a segment at share0 growing at segment_rate while the market grows at parent_rate: share0 * ((1 + segment_rate)/(1 + parent_rate))^years, the inverse of gpumkt_implied_cagr; a share above 1 (beyond 1e-12 of rounding, which gives 1) is refused with 22003, since the segment cannot keep its rate that long.';

CREATE FUNCTION @extschema@.gpumkt_share_reached(share0 numeric, segment_rate numeric, parent_rate numeric, years numeric)
    RETURNS numeric AS 'MODULE_PATHNAME', 'gpumkt_share_reached_numeric'
    LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.gpumkt_share_reached(numeric, numeric, numeric, numeric) IS
'Share of its market reached after years by a segment at share0 growing at segment_rate in a market growing at parent_rate, in numeric arithmetic to 30 significant digits; a share above 1 (beyond 1e-12 of rounding, which gives 1) is refused with 22003.';

-- Two forms each, float8 and numeric, resolved as the growth math's
-- (40_growth_math.sql).
