------------------------------------------------------------------------------
-- Units, currencies and real terms; consensus across reports; regions that
-- add up (1.4)
------------------------------------------------------------------------------

-- Users' tables of exchange rates and price indices: every row is a user's
-- (nothing ships), so pg_dump writes them all.
CREATE TABLE @extschema@.gpumkt_exchange_rates (
    currency    text NOT NULL CHECK (currency OPERATOR(pg_catalog.~) '^[A-Z]{3}$'),
    year        integer NOT NULL CHECK (year >= 1900 AND year <= 2200),
    per_usd     numeric NOT NULL CHECK (per_usd > 0 AND per_usd <= 1e300),
    source      text,
    PRIMARY KEY (currency, year),
    CHECK (currency <> 'USD' OR per_usd = 1)
);
COMMENT ON TABLE @extschema@.gpumkt_exchange_rates IS
'Users'' exchange rates: units of a currency per US dollar, the average of a calendar year; gpumkt_convert goes through the US dollar. Nothing ships: add the rates your reports need. Kept by pg_dump.';
COMMENT ON COLUMN @extschema@.gpumkt_exchange_rates.currency IS 'The currency: an ISO 4217 code in capitals (EUR, JPY).';
COMMENT ON COLUMN @extschema@.gpumkt_exchange_rates.year IS 'The calendar year (1900..2200) the rate is the average of.';
COMMENT ON COLUMN @extschema@.gpumkt_exchange_rates.per_usd IS 'Units of the currency per US dollar, above 0 (0.92 for EUR: 1 USD = 0.92 EUR); 1 for USD, which needs no row.';
COMMENT ON COLUMN @extschema@.gpumkt_exchange_rates.source IS 'Where the rate comes from (a central bank''s series, a report''s stated rate).';

CREATE TABLE @extschema@.gpumkt_price_indices (
    currency    text NOT NULL CHECK (currency OPERATOR(pg_catalog.~) '^[A-Z]{3}$'),
    year        integer NOT NULL CHECK (year >= 1900 AND year <= 2200),
    index       numeric NOT NULL CHECK (index > 0 AND index <= 1e300),
    source      text,
    PRIMARY KEY (currency, year)
);
COMMENT ON TABLE @extschema@.gpumkt_price_indices IS
'Users'' price indices (a deflator or consumer price index, any base) of a currency by year: gpumkt_convert(..., real_base_year => b) gives value x index(b) / index(year) in the target currency. Nothing ships. Kept by pg_dump.';
COMMENT ON COLUMN @extschema@.gpumkt_price_indices.currency IS 'The currency whose prices the index measures: an ISO 4217 code in capitals.';
COMMENT ON COLUMN @extschema@.gpumkt_price_indices.year IS 'The calendar year (1900..2200).';
COMMENT ON COLUMN @extschema@.gpumkt_price_indices.index IS 'The price level of the year, above 0, on any base (only ratios of one currency''s indices are used).';
COMMENT ON COLUMN @extschema@.gpumkt_price_indices.source IS 'Where the index comes from.';

-- (who may read and write them: 91_rights_users_tables.sql)

CREATE FUNCTION @extschema@.gpumkt_unit_factor(unit text) RETURNS numeric
    LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE
    SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    CASE lower(unit)
        WHEN 'unit' THEN RETURN 1;
        WHEN 'thousand' THEN RETURN 1e3;
        WHEN 'million' THEN RETURN 1e6;
        WHEN 'billion' THEN RETURN 1e9;
        WHEN 'trillion' THEN RETURN 1e12;
        ELSE
            RAISE EXCEPTION 'unrecognized unit "%"', @extschema@.gpumkt_echo(unit)
                USING ERRCODE = '22023', HINT = 'The units are unit, thousand, million, billion and trillion.';
    END CASE;
END
$$;
COMMENT ON FUNCTION @extschema@.gpumkt_unit_factor(text) IS
'The number of units a unit stands for: unit 1, thousand 1e3, million 1e6, billion 1e9, trillion 1e12 (any case); errors (22023) on another word.';

CREATE FUNCTION @extschema@.gpumkt_convert(value numeric, year integer, from_currency text, to_currency text,
        from_unit text DEFAULT 'unit', to_unit text DEFAULT 'unit', real_base_year integer DEFAULT NULL)
    RETURNS numeric LANGUAGE plpgsql STABLE PARALLEL SAFE
    SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    fc text := upper(from_currency);
    tc text := upper(to_currency);
    r_from numeric := 1;
    r_to numeric := 1;
    i_base numeric;
    i_year numeric;
    v numeric;
BEGIN
    IF value IS NULL OR year IS NULL OR fc IS NULL OR tc IS NULL OR from_unit IS NULL OR to_unit IS NULL THEN
        RETURN NULL;
    END IF;
    -- the years of every other function (src/years.c), with or without a rate
    IF year < 1900 OR year > 2200 THEN
        RAISE EXCEPTION 'year % of gpumkt_convert is outside the years 1900 to 2200', year
            USING ERRCODE = '22023', DETAIL = 'Rates, price indices and forecasts are kept for the years 1900 to 2200 only.',
                  HINT = 'Pass a year from 1900 to 2200.';
    END IF;
    IF real_base_year < 1900 OR real_base_year > 2200 THEN
        RAISE EXCEPTION 'real_base_year % of gpumkt_convert is outside the years 1900 to 2200', real_base_year
            USING ERRCODE = '22023', DETAIL = 'Rates, price indices and forecasts are kept for the years 1900 to 2200 only.',
                  HINT = 'Pass a year from 1900 to 2200, or leave out real_base_year for nominal terms.';
    END IF;
    IF value IN ('NaN', 'Infinity', '-Infinity') THEN
        RAISE EXCEPTION 'value % of gpumkt_convert is not a finite number', value
            USING ERRCODE = '22023', HINT = 'Pass a finite amount.';
    END IF;
    IF fc !~ '^[A-Z]{3}$' THEN
        RAISE EXCEPTION 'invalid from_currency "%" of gpumkt_convert', @extschema@.gpumkt_echo(from_currency)
            USING ERRCODE = '22023', HINT = 'Write an ISO 4217 currency code such as USD or EUR.';
    END IF;
    IF tc !~ '^[A-Z]{3}$' THEN
        RAISE EXCEPTION 'invalid to_currency "%" of gpumkt_convert', @extschema@.gpumkt_echo(to_currency)
            USING ERRCODE = '22023', HINT = 'Write an ISO 4217 currency code such as USD or EUR.';
    END IF;
    v := value * @extschema@.gpumkt_unit_factor(from_unit) / @extschema@.gpumkt_unit_factor(to_unit);
    IF fc <> tc THEN
        IF fc <> 'USD' THEN
            SELECT x.per_usd INTO r_from FROM @extschema@.gpumkt_exchange_rates x
            WHERE x.currency = fc AND x.year = gpumkt_convert.year;
            IF NOT FOUND THEN
                RAISE EXCEPTION 'no exchange rate of % in %', fc, year
                    USING ERRCODE = '02000',
                          HINT = format('Add a row (%s, %s, units of %s per US dollar) to gpumkt_exchange_rates.', fc, year, fc);
            END IF;
        END IF;
        IF tc <> 'USD' THEN
            SELECT x.per_usd INTO r_to FROM @extschema@.gpumkt_exchange_rates x
            WHERE x.currency = tc AND x.year = gpumkt_convert.year;
            IF NOT FOUND THEN
                RAISE EXCEPTION 'no exchange rate of % in %', tc, year
                    USING ERRCODE = '02000',
                          HINT = format('Add a row (%s, %s, units of %s per US dollar) to gpumkt_exchange_rates.', tc, year, tc);
            END IF;
        END IF;
        v := v / r_from * r_to;
    END IF;
    IF real_base_year IS NOT NULL AND real_base_year <> year THEN
        SELECT p.index INTO i_base FROM @extschema@.gpumkt_price_indices p
        WHERE p.currency = tc AND p.year = real_base_year;
        IF NOT FOUND THEN
            RAISE EXCEPTION 'no price index of % in %', tc, real_base_year
                USING ERRCODE = '02000',
                      HINT = format('Add a row (%s, %s, the price level) to gpumkt_price_indices.', tc, real_base_year);
        END IF;
        SELECT p.index INTO i_year FROM @extschema@.gpumkt_price_indices p
        WHERE p.currency = tc AND p.year = gpumkt_convert.year;
        IF NOT FOUND THEN
            RAISE EXCEPTION 'no price index of % in %', tc, year
                USING ERRCODE = '02000',
                      HINT = format('Add a row (%s, %s, the price level) to gpumkt_price_indices.', tc, year);
        END IF;
        v := v * i_base / i_year;
    END IF;
    -- a result must be a normal double precision number, as every value
    -- gpumkt computes with (a nonzero amount never converts to 0)
    IF abs(v) > 1.7976931348623157e308 THEN
        RAISE EXCEPTION 'result of gpumkt_convert is out of range: overflow'
            USING ERRCODE = '22003', DETAIL = 'The converted amount exceeds 1.7976931348623157e308, the largest double precision number.',
                  HINT = 'Convert to a larger unit (trillion rather than unit, say).';
    END IF;
    IF value <> 0 AND abs(v) < 2.2250738585072014e-308 THEN
        RAISE EXCEPTION 'result of gpumkt_convert is out of range: underflow'
            USING ERRCODE = '22003', DETAIL = 'The converted amount is not zero but smaller in size than 2.2250738585072014e-308, the smallest normal double precision number.',
                  HINT = 'Convert to a smaller unit (unit rather than trillion, say), or treat an amount this small as 0.';
    END IF;
    -- a rate or an index applied: to 15 significant digits, as the
    -- forecasts give figures (a double's digits); a change of unit alone
    -- moves the decimal point and is exact
    IF fc <> tc OR (real_base_year IS NOT NULL AND real_base_year <> year) THEN
        v := v::float8::numeric;
    END IF;
    RETURN trim_scale(v);
END
$$;
COMMENT ON FUNCTION @extschema@.gpumkt_convert(numeric, integer, text, text, text, text, integer) IS
'value (in from_currency and from_unit, in year) in to_currency and to_unit: value x factor(from_unit) / factor(to_unit) / per_usd(from_currency, year) x per_usd(to_currency, year) (gpumkt_exchange_rates; USD needs no row), and with real_base_year in the prices of that year: x index(to_currency, real_base_year) / index(to_currency, year) (gpumkt_price_indices). A missing rate or index errors (02000) naming the row to add; an unrecognized unit, a currency that is no three-letter code, or year or real_base_year outside 1900..2200 errors (22023), rate or no rate; a result beyond the normal double precision numbers (above 1.7976931348623157e308 in size, or a nonzero one below 2.2250738585072014e-308) errors (22003). NULL where value, year, a currency or a unit is NULL. from_unit and to_unit default to ''unit'', real_base_year to NULL (nominal prices); pass them by name: gpumkt_convert(v, 2024, ''EUR'', ''USD'', to_unit => ''billion''). An integer or bigint value goes to the double precision form; cast it to numeric for a numeric result.';

CREATE FUNCTION @extschema@.gpumkt_convert(value double precision, year integer, from_currency text, to_currency text,
        from_unit text DEFAULT 'unit', to_unit text DEFAULT 'unit', real_base_year integer DEFAULT NULL)
    RETURNS double precision LANGUAGE sql STABLE PARALLEL SAFE
    SET search_path = pg_catalog, pg_temp
    RETURN @extschema@.gpumkt_convert(value::numeric, year, from_currency, to_currency, from_unit, to_unit, real_base_year)::double precision;
COMMENT ON FUNCTION @extschema@.gpumkt_convert(double precision, integer, text, text, text, text, integer) IS
'gpumkt_convert of a double precision value, and of an integer or bigint one (PostgreSQL''s implicit cast prefers double precision, as for power()): computed in numeric, returned as double precision (NaN and infinities error, 22023); from_unit and to_unit default to ''unit'', real_base_year to NULL (nominal prices).';

-- Consensus across the reports of a topic: every market of the topic with a
-- figure for the region (and segment) in the calendar year, in one currency,
-- unit and price basis.  A report on fiscal years ending in month m <> 12
-- (FY y runs from month m + 1 of y - 1 to month m of y) is calendarised as
-- (m/12) FY(y) + ((12 - m)/12) FY(y + 1): calendar year y holds m months of
-- FY y and 12 - m months of FY y + 1, each spread evenly over its fiscal
-- year (docs/method.md).  The calendarised figure is then converted at the
-- rates of calendar year y.
CREATE FUNCTION @extschema@.gpumkt_consensus(topic text, region text, year integer,
        dimension text DEFAULT NULL, segment text DEFAULT NULL,
        currency text DEFAULT 'USD', unit text DEFAULT 'billion', real_base_year integer DEFAULT NULL,
        extrapolate boolean DEFAULT false,
        OUT sources integer, OUT mean numeric, OUT median numeric, OUT low numeric, OUT high numeric,
        OUT spread numeric, OUT markets text[], OUT outliers text[])
    LANGUAGE plpgsql STABLE PARALLEL SAFE
    SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    mk record;
    f1 numeric;
    f2 numeric;
    v numeric;
    vals numeric[] := '{}';
    names text[] := '{}';
    s numeric[];
    n integer;
BEGIN
    IF topic IS NULL OR region IS NULL OR year IS NULL OR currency IS NULL OR unit IS NULL THEN
        RAISE EXCEPTION 'arguments topic, region, year, currency and unit of gpumkt_consensus must not be NULL'
            USING ERRCODE = '22023', HINT = 'Leave out dimension, segment and real_base_year where they do not apply.';
    END IF;
    IF (dimension IS NULL) <> (segment IS NULL) THEN
        RAISE EXCEPTION 'arguments dimension and segment of gpumkt_consensus go together'
            USING ERRCODE = '22023', HINT = 'Pass both for a segment, neither for the whole market.';
    END IF;
    IF upper(currency) !~ '^[A-Z]{3}$' THEN
        RAISE EXCEPTION 'invalid currency "%" of gpumkt_consensus', @extschema@.gpumkt_echo(currency)
            USING ERRCODE = '22023', HINT = 'Write an ISO 4217 currency code such as USD or EUR.';
    END IF;
    PERFORM @extschema@.gpumkt_unit_factor(unit);
    IF NOT EXISTS (SELECT FROM @extschema@.gpumkt_markets m WHERE m.topic = gpumkt_consensus.topic) THEN
        RAISE EXCEPTION 'unrecognized topic "%" of gpumkt_consensus', @extschema@.gpumkt_echo(topic)
            USING ERRCODE = '22023', HINT = 'The topics are in the column topic of gpumkt_markets.';
    END IF;
    FOR mk IN
        SELECT m.market, m.currency, m.unit, m.fiscal_year_end FROM @extschema@.gpumkt_markets m
        WHERE m.topic = gpumkt_consensus.topic
          -- with a segment: the markets that have it (code, name or French name)
          AND (gpumkt_consensus.dimension IS NULL OR EXISTS (
                SELECT FROM @extschema@.gpumkt_dimensions d JOIN @extschema@.gpumkt_segments g
                    ON g.market = d.market AND g.dimension = d.dimension
                WHERE d.market = m.market
                  AND @extschema@.gpumkt_name_key(gpumkt_consensus.dimension) IN
                      (@extschema@.gpumkt_name_key(d.dimension), @extschema@.gpumkt_name_key(d.name),
                       @extschema@.gpumkt_name_key(d.name_fr))
                  AND @extschema@.gpumkt_name_key(gpumkt_consensus.segment) IN
                      (@extschema@.gpumkt_name_key(g.segment), @extschema@.gpumkt_name_key(g.name),
                       @extschema@.gpumkt_name_key(g.name_fr))))
        ORDER BY m.market
    LOOP
        IF dimension IS NULL THEN
            f1 := @extschema@.gpumkt_try_forecast(region, year, market => mk.market,
                                                  extrapolate => coalesce(extrapolate, false));
            f2 := CASE WHEN mk.fiscal_year_end <> 12
                       THEN @extschema@.gpumkt_try_forecast(region, year + 1, market => mk.market,
                                                            extrapolate => coalesce(extrapolate, false)) END;
        ELSE
            f1 := @extschema@.gpumkt_try_forecast(region, year, dimension => dimension, segment => segment,
                                                  market => mk.market, extrapolate => coalesce(extrapolate, false));
            f2 := CASE WHEN mk.fiscal_year_end <> 12
                       THEN @extschema@.gpumkt_try_forecast(region, year + 1, dimension => dimension, segment => segment,
                                                            market => mk.market, extrapolate => coalesce(extrapolate, false)) END;
        END IF;
        CONTINUE WHEN f1 IS NULL OR (mk.fiscal_year_end <> 12 AND f2 IS NULL);
        IF lower(mk.unit) NOT IN ('unit', 'thousand', 'million', 'billion', 'trillion') THEN
            RAISE EXCEPTION 'market "%" of topic "%" states its unit as "%", which gpumkt cannot convert', mk.market, topic, @extschema@.gpumkt_echo(mk.unit)
                USING ERRCODE = '22023', HINT = 'Set gpumkt_markets.unit of that market to unit, thousand, million, billion or trillion.';
        END IF;
        IF upper(mk.currency) !~ '^[A-Z]{3}$' THEN
            RAISE EXCEPTION 'market "%" of topic "%" states its currency as "%", which is no ISO 4217 code', mk.market, topic, @extschema@.gpumkt_echo(mk.currency)
                USING ERRCODE = '22023', HINT = 'Set gpumkt_markets.currency of that market to a code such as USD or EUR.';
        END IF;
        v := CASE WHEN mk.fiscal_year_end = 12 THEN f1
                  ELSE (mk.fiscal_year_end * f1 + (12 - mk.fiscal_year_end) * f2) / 12 END;
        v := @extschema@.gpumkt_convert(v, year, mk.currency, currency, mk.unit, unit, real_base_year);
        vals := vals || v;
        names := names || mk.market;
    END LOOP;
    n := cardinality(vals);
    sources := n;
    markets := names;
    outliers := '{}';
    IF n = 0 THEN
        RETURN;
    END IF;
    -- every figure to 15 significant digits, as the forecasts give them;
    -- the spread is high - low as shown
    SELECT array_agg(x ORDER BY x), avg(x)::float8::numeric INTO s, mean FROM unnest(vals) x;
    median := CASE WHEN n % 2 = 1 THEN s[(n + 1) / 2] ELSE (s[n / 2] + s[n / 2 + 1]) / 2 END::float8::numeric;
    low := s[1]::float8::numeric;
    high := s[n]::float8::numeric;
    spread := trim_scale(high - low);
    SELECT coalesce(array_agg(u.m ORDER BY u.m), '{}') INTO outliers
    FROM unnest(vals, names) u(x, m) WHERE u.x < median / 2 OR u.x > median * 2;
END
$$;
COMMENT ON FUNCTION @extschema@.gpumkt_consensus(text, text, integer, text, text, text, text, integer, boolean) IS
'The reports of topic side by side: every market of the topic (gpumkt_markets.topic) whose figures cover year (gpumkt_covered_years; any market with extrapolate => true) with a figure for region (and segment) in calendar year year (a report on fiscal years ending in month m <> 12 as (m/12) FY(year) + ((12 - m)/12) FY(year + 1)), converted by gpumkt_convert to currency and unit (in the prices of real_base_year if given): their number, mean, median, lowest, highest, spread (highest - lowest), the markets counted and the outliers (outside [median/2, median x 2]). No source: sources 0, the figures NULL. Optional, by name: dimension, segment (DEFAULT NULL), currency (DEFAULT USD), unit (DEFAULT billion), real_base_year (DEFAULT NULL), extrapolate (DEFAULT false). Errors (22023) on an unrecognized topic or unit, (02000) on a missing exchange rate or price index.';

CREATE FUNCTION @extschema@.gpumkt_consensus_series(topic text, region text, from_year integer, to_year integer,
        dimension text DEFAULT NULL, segment text DEFAULT NULL,
        currency text DEFAULT 'USD', unit text DEFAULT 'billion', real_base_year integer DEFAULT NULL,
        extrapolate boolean DEFAULT false)
    RETURNS TABLE (year integer, sources integer, mean numeric, median numeric, low numeric, high numeric,
                   spread numeric, markets text[], outliers text[])
    LANGUAGE plpgsql STABLE PARALLEL SAFE ROWS 11
    SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    IF from_year IS NULL OR to_year IS NULL OR to_year < from_year OR to_year - from_year >= 10000 THEN
        RAISE EXCEPTION 'years % to % of gpumkt_consensus_series are no range of at most 10,000 years', from_year, to_year
            USING ERRCODE = '22023', HINT = 'Pass from_year no later than to_year.';
    END IF;
    RETURN QUERY
        SELECT g.y, c.sources, c.mean, c.median, c.low, c.high, c.spread, c.markets, c.outliers
        FROM generate_series(from_year, to_year) AS g(y)
        CROSS JOIN LATERAL @extschema@.gpumkt_consensus(topic, region, g.y, dimension, segment,
                                                        currency, unit, real_base_year, extrapolate) AS c
        ORDER BY g.y;
END
$$;
COMMENT ON FUNCTION @extschema@.gpumkt_consensus_series(text, text, integer, integer, text, text, text, text, integer, boolean) IS
'gpumkt_consensus year by year, from_year to to_year (at most 10,000 years; 22023 otherwise): one row a year, with the same optional arguments and defaults (dimension, segment, currency USD, unit billion, real_base_year, extrapolate false: a market counts in the years its figures cover).';

-- Regions that add up: every region with a forecast, its parent the nearest
-- region above it with one; the children of a parent are the regions whose
-- parent it is (groups, which overlap their siblings, are scaled with them
-- but do not count in the sum).  With S the sum of a parent p's children's
-- forecasts and R(p) p's reconciled figure, a child c gets
--   top_down:     f(c) x R(p) / S where S > R(p), f(c) otherwise;
--   proportional: f(c) x R(p) / max(f(p), S): also carries p's own scaling
--                 down to its children, so they keep their shares of it;
--   bottom_up:    children unchanged, p raised to max(f(p), sum of its
--                 children's reconciled figures), from the deepest up.
-- (docs/method.md)
CREATE FUNCTION @extschema@.gpumkt_reconcile(market text, year integer, method text DEFAULT 'top_down',
        scenario text DEFAULT NULL, extrapolate boolean DEFAULT false)
    RETURNS TABLE (region text, parent text, forecast numeric, reconciled numeric, adjustment numeric)
    LANGUAGE plpgsql STABLE PARALLEL SAFE ROWS 10
    SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    codes text[];
    pars integer[];
    fc numeric[];
    counted boolean[];
    famsum numeric[];
    rec numeric[];
    csum numeric[];
    n integer;
    p integer;
    cy record;
BEGIN
    IF market IS NULL OR year IS NULL OR method IS NULL THEN
        RAISE EXCEPTION 'arguments market, year and method of gpumkt_reconcile must not be NULL'
            USING ERRCODE = '22023', HINT = 'Leave out scenario for the market as it is.';
    END IF;
    IF method NOT IN ('top_down', 'bottom_up', 'proportional') THEN
        RAISE EXCEPTION 'unrecognized method "%" of gpumkt_reconcile', @extschema@.gpumkt_echo(method)
            USING ERRCODE = '22023', HINT = 'The methods are top_down, bottom_up and proportional.';
    END IF;
    IF NOT EXISTS (SELECT FROM @extschema@.gpumkt_markets m WHERE m.market = gpumkt_reconcile.market) THEN
        RAISE EXCEPTION 'unrecognized market "%"', @extschema@.gpumkt_echo(market)
            USING ERRCODE = '22023', HINT = 'See gpumkt_markets for the markets there are.';
    END IF;
    -- the years the figures cover, as gpumkt_forecast refuses the others
    SELECT c.* INTO cy FROM @extschema@.gpumkt_covered_years(gpumkt_reconcile.market, gpumkt_reconcile.scenario) c;
    IF NOT coalesce(extrapolate, false) AND year NOT BETWEEN cy.first_year AND cy.last_year THEN
        RAISE EXCEPTION 'year % of gpumkt_reconcile is outside the years % to % that the figures of market "%" cover',
                year, cy.first_year, cy.last_year, gpumkt_reconcile.market
            USING ERRCODE = '22023',
                  DETAIL = 'A forecast beyond the figures extends their growth: it is no figure of the source.',
                  HINT = format('Pass a year from %s to %s, or extrapolate => true for a forecast beyond the figures.',
                                cy.first_year, cy.last_year);
    END IF;
    WITH RECURSIVE tree(region, parent, kind, depth) AS (
        SELECT r.region, r.parent, r.kind, 0 FROM @extschema@.gpumkt_regions r WHERE r.parent IS NULL
        UNION ALL
        SELECT r.region, r.parent, r.kind, t.depth + 1
        FROM @extschema@.gpumkt_regions r JOIN tree t ON r.parent = t.region
    ), f AS (
        SELECT t.region, t.parent, t.kind, t.depth,
               @extschema@.gpumkt_try_forecast(t.region, gpumkt_reconcile.year, market => gpumkt_reconcile.market,
                                               scenario => gpumkt_reconcile.scenario, extrapolate => true) AS v
        FROM tree t
    ), up(region, anc) AS (
        SELECT f.region, f.parent FROM f WHERE f.v IS NOT NULL
        UNION ALL
        SELECT u.region, f.parent FROM up u JOIN f ON f.region = u.anc WHERE f.v IS NULL
    ), q AS (
        SELECT f.region, f.kind, f.v, u.anc, row_number() OVER (ORDER BY f.depth, f.region) AS idx
        FROM f JOIN up u ON u.region = f.region
        LEFT JOIN f a ON a.region = u.anc
        WHERE f.v IS NOT NULL AND (u.anc IS NULL OR a.v IS NOT NULL)
    ), qp AS (
        SELECT q.*, pq.idx AS pidx FROM q LEFT JOIN q pq ON pq.region = q.anc
    ), s AS (
        SELECT qp.pidx, sum(qp.v) FILTER (WHERE qp.kind <> 'group') AS fsum FROM qp GROUP BY qp.pidx
    )
    SELECT array_agg(qp.region ORDER BY qp.idx), array_agg(qp.pidx::integer ORDER BY qp.idx),
           array_agg(qp.v ORDER BY qp.idx), array_agg(qp.kind <> 'group' ORDER BY qp.idx),
           array_agg(coalesce(s.fsum, 0) ORDER BY qp.idx)
    INTO codes, pars, fc, counted, famsum
    FROM qp LEFT JOIN s ON s.pidx = qp.idx;
    n := coalesce(cardinality(codes), 0);
    rec := fc;
    IF method = 'bottom_up' THEN
        csum := array_fill(0::numeric, ARRAY[n]);
        FOR i IN REVERSE n..1 LOOP
            rec[i] := greatest(fc[i], csum[i]);
            IF pars[i] IS NOT NULL AND counted[i] THEN
                csum[pars[i]] := csum[pars[i]] + rec[i];
            END IF;
        END LOOP;
    ELSE
        FOR i IN 1..n LOOP
            p := pars[i];
            CONTINUE WHEN p IS NULL;
            IF method = 'top_down' THEN
                rec[i] := CASE WHEN famsum[p] > rec[p] THEN fc[i] * rec[p] / famsum[p] ELSE fc[i] END;
            ELSE
                rec[i] := fc[i] * rec[p] / greatest(fc[p], famsum[p]);
            END IF;
        END LOOP;
    END IF;
    RETURN QUERY
        -- to 15 significant digits, as the forecasts give them; the
        -- adjustment is reconciled - forecast as shown
        SELECT codes[i], codes[pars[i]], fc[i], rec[i]::float8::numeric, trim_scale(rec[i]::float8::numeric - fc[i])
        FROM generate_subscripts(codes, 1) AS i ORDER BY i;
END
$$;
COMMENT ON FUNCTION @extschema@.gpumkt_reconcile(text, integer, text, text, boolean) IS
'Regions that add up: one row per region with a forecast of market in year (in scenario if given): its parent (the nearest region above it with a forecast), its forecast, its reconciled figure and the adjustment (reconciled - forecast). top_down scales the children of a parent down in proportion where their sum exceeds it; proportional also carries a parent''s scaling down to its children; bottom_up raises a parent to the sum of its children where below. Coherent families are unchanged; groups are scaled with their siblings but not summed. Optional, by name: method (DEFAULT top_down), scenario (DEFAULT NULL), extrapolate (DEFAULT false: a year outside the years the market''s figures cover is refused, 22023). Errors (22023) on an unrecognized method or market.';
