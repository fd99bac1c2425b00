------------------------------------------------------------------------------
-- The forecast of the shipped rows alone
------------------------------------------------------------------------------

-- The method of gpumkt_forecast (README, "The forecast method"; forecast.c),
-- step by step with the same double-precision functions, over the rows
-- marked shipped only.  The audit compares it with the forecast of all rows
-- to say what a user's row in a shipped market changes.
CREATE FUNCTION @extschema@.gpumkt_report_figure(region text, year integer,
        market text DEFAULT 'ai_training_gpu_clusters', extrapolate boolean DEFAULT false)
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
    first_year integer;
    last_year integer;
BEGIN
    IF NOT EXISTS (SELECT 1 FROM @extschema@.gpumkt_markets m WHERE m.market = mkt) THEN
        RAISE EXCEPTION 'unrecognized market "%"', @extschema@.gpumkt_echo(mkt)
            USING ERRCODE = '22023',
                  HINT = format('Known markets: %s.',
                                @extschema@.gpumkt_echo_list(ARRAY(SELECT m.market FROM @extschema@.gpumkt_markets m
                                                                   ORDER BY m.market COLLATE "C")));
    END IF;
    -- the years the shipped rows cover, as gpumkt_covered_years counts them
    -- (anchors, rate periods, region and segment shares): none beyond them
    -- unless extrapolate
    IF NOT $4 THEN
        SELECT min(c.y), max(c.y) INTO first_year, last_year
        FROM (SELECT x.year AS y FROM @extschema@.gpumkt_anchors x WHERE x.market = mkt AND x.shipped
              UNION ALL SELECT x.from_year FROM @extschema@.gpumkt_rates x WHERE x.market = mkt AND x.shipped
              UNION ALL SELECT x.to_year FROM @extschema@.gpumkt_rates x WHERE x.market = mkt AND x.shipped
              UNION ALL SELECT x.year FROM @extschema@.gpumkt_region_shares x WHERE x.market = mkt AND x.shipped
              UNION ALL SELECT x.year FROM @extschema@.gpumkt_segments x
                        WHERE x.market = mkt AND x.shipped AND x.share IS NOT NULL) c;
        IF y < first_year OR y > last_year THEN
            RETURN NULL;
        END IF;
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
            RAISE EXCEPTION 'forecast of region "%" for year % is out of range', @extschema@.gpumkt_echo($1), y
                USING ERRCODE = '22003',
                      DETAIL = format('Market "%s" grows too far from its anchors to reach year %s in double precision.', mkt, y);
        END IF;
    END LOOP;
    RETURN v::numeric;
END
$fn$;
COMMENT ON FUNCTION @extschema@.gpumkt_report_figure(text, integer, text, boolean) IS
'The forecast of region in year from the market''s shipped rows alone (the report''s own figures, without users'' rows), by the method of gpumkt_forecast; NULL where they give no figure, and outside the years the shipped rows cover unless extrapolate => true (default false). gpumkt_audit compares it with gpumkt_forecast to show what a user''s row in a shipped market changes.';

------------------------------------------------------------------------------
-- Audit of the loaded data
------------------------------------------------------------------------------
