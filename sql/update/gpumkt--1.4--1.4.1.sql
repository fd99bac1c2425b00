-- gpumkt 1.4 to 1.4.1: the fixes of the third trust review (issue 17),
-- written as a delta: each change to a 1.4 object, in the order of the
-- concern files of sql/src that hold the same definitions.  The upgrade test
-- compares the result with a fresh 1.4.1 install, object by object.

\echo Use "ALTER EXTENSION gpumkt UPDATE TO '@EXTVERSION@'" to load this file. \quit

SELECT pg_catalog.set_config('search_path', 'pg_catalog, pg_temp', true);

-- issue 17 items 9, 10, 14: month-end calendars of gpumkt_ets (C only: the
-- type keeps its text and binary forms, a new unit value marks them);
-- gpumkt_convert's years and underflow; a bigint horizon of
-- gpumkt_predict_series.  The argument type changes, so the old function
-- is dropped (a user's view or function on it blocks the update with
-- core's dependency error: drop it, update, and create it again).
CREATE OR REPLACE FUNCTION @extschema@.gpumkt_convert(value numeric, year integer, from_currency text, to_currency text,
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
        RAISE EXCEPTION 'invalid from_currency "%" of gpumkt_convert', from_currency
            USING ERRCODE = '22023', HINT = 'Write an ISO 4217 currency code such as USD or EUR.';
    END IF;
    IF tc !~ '^[A-Z]{3}$' THEN
        RAISE EXCEPTION 'invalid to_currency "%" of gpumkt_convert', to_currency
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
    RETURN trim_scale(v);
END
$$;
COMMENT ON FUNCTION @extschema@.gpumkt_convert(numeric, integer, text, text, text, text, integer) IS
'value (in from_currency and from_unit, in year) in to_currency and to_unit: value x factor(from_unit) / factor(to_unit) / per_usd(from_currency, year) x per_usd(to_currency, year) (gpumkt_exchange_rates; USD needs no row), and with real_base_year in the prices of that year: x index(to_currency, real_base_year) / index(to_currency, year) (gpumkt_price_indices). A missing rate or index errors (02000) naming the row to add; an unrecognized unit, a currency that is no three-letter code, or year or real_base_year outside 1900..2200 errors (22023), rate or no rate; a result beyond the normal double precision numbers (above 1.7976931348623157e308 in size, or a nonzero one below 2.2250738585072014e-308) errors (22003). NULL where value, year, a currency or a unit is NULL.';

DROP FUNCTION @extschema@.gpumkt_predict_series(@extschema@.gpumkt_ets_model, integer, float8);
-- horizon is bigint (1.4.1), so that count(*) and other bigints pass as
-- they are; the limit stays 1,000,000.
CREATE FUNCTION @extschema@.gpumkt_predict_series(model @extschema@.gpumkt_ets_model, horizon bigint,
    level float8 DEFAULT 0.95)
    RETURNS TABLE (t text, value float8, low float8, high float8)
    AS 'MODULE_PATHNAME', 'gpumkt_predict_series' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE ROWS 12;
COMMENT ON FUNCTION @extschema@.gpumkt_predict_series(@extschema@.gpumkt_ets_model, bigint, float8) IS
'The forecasts of the horizon steps after the series, one row each: t (the point''s time as text, in the series'' type: an integer, an ISO date, or an ISO time in UTC; cast it back with t::date and the like), the point forecast and the prediction interval of the level as gpumkt_predict_interval gives it. horizon outside 1..1,000,000 or level outside (0, 1): 22023; rows stop at the end of the type''s range.';
