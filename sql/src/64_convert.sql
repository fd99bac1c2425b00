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

GRANT SELECT ON @extschema@.gpumkt_exchange_rates, @extschema@.gpumkt_price_indices TO PUBLIC;
GRANT INSERT, UPDATE, DELETE ON @extschema@.gpumkt_exchange_rates, @extschema@.gpumkt_price_indices
    TO @extowner@ WITH GRANT OPTION;
DO $$
DECLARE
    dba name := (SELECT pg_catalog.pg_get_userbyid(d.datdba) FROM pg_catalog.pg_database d
                 WHERE d.datname OPERATOR(pg_catalog.=) pg_catalog.current_database());
BEGIN
    EXECUTE pg_catalog.format(
        'GRANT INSERT, UPDATE, DELETE ON @extschema@.gpumkt_exchange_rates, @extschema@.gpumkt_price_indices TO %I WITH GRANT OPTION', dba);
END
$$;
-- every row is a user's: pg_dump writes them all
SELECT pg_catalog.pg_extension_config_dump('@extschema@.gpumkt_exchange_rates', '');
SELECT pg_catalog.pg_extension_config_dump('@extschema@.gpumkt_price_indices', '');

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
            RAISE EXCEPTION 'unrecognized unit "%"', unit
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
    RETURN trim_scale(v);
END
$$;
COMMENT ON FUNCTION @extschema@.gpumkt_convert(numeric, integer, text, text, text, text, integer) IS
'value (in from_currency and from_unit, in year) in to_currency and to_unit: value x factor(from_unit) / factor(to_unit) / per_usd(from_currency, year) x per_usd(to_currency, year) (gpumkt_exchange_rates; USD needs no row), and with real_base_year in the prices of that year: x index(to_currency, real_base_year) / index(to_currency, year) (gpumkt_price_indices). A missing rate or index errors (02000) naming the row to add; an unrecognized unit or a currency that is no three-letter code errors (22023). NULL where value, year, a currency or a unit is NULL.';

CREATE FUNCTION @extschema@.gpumkt_convert(value double precision, year integer, from_currency text, to_currency text,
        from_unit text DEFAULT 'unit', to_unit text DEFAULT 'unit', real_base_year integer DEFAULT NULL)
    RETURNS double precision LANGUAGE sql STABLE PARALLEL SAFE
    SET search_path = pg_catalog, pg_temp
    RETURN @extschema@.gpumkt_convert(value::numeric, year, from_currency, to_currency, from_unit, to_unit, real_base_year)::double precision;
COMMENT ON FUNCTION @extschema@.gpumkt_convert(double precision, integer, text, text, text, text, integer) IS
'The double precision form of gpumkt_convert: computed in numeric, returned as double precision (NaN and infinities error, 22023).';

CREATE FUNCTION @extschema@.gpumkt_convert(value integer, year integer, from_currency text, to_currency text,
        from_unit text DEFAULT 'unit', to_unit text DEFAULT 'unit', real_base_year integer DEFAULT NULL)
    RETURNS numeric LANGUAGE sql STABLE PARALLEL SAFE
    SET search_path = pg_catalog, pg_temp
    RETURN @extschema@.gpumkt_convert(value::numeric, year, from_currency, to_currency, from_unit, to_unit, real_base_year);
COMMENT ON FUNCTION @extschema@.gpumkt_convert(integer, integer, text, text, text, text, integer) IS
'gpumkt_convert of an integer value, in numeric (so that an integer literal does not pick the double precision form).';

CREATE FUNCTION @extschema@.gpumkt_convert(value bigint, year integer, from_currency text, to_currency text,
        from_unit text DEFAULT 'unit', to_unit text DEFAULT 'unit', real_base_year integer DEFAULT NULL)
    RETURNS numeric LANGUAGE sql STABLE PARALLEL SAFE
    SET search_path = pg_catalog, pg_temp
    RETURN @extschema@.gpumkt_convert(value::numeric, year, from_currency, to_currency, from_unit, to_unit, real_base_year);
COMMENT ON FUNCTION @extschema@.gpumkt_convert(bigint, integer, text, text, text, text, integer) IS
'gpumkt_convert of a bigint value, in numeric (so that a bigint does not pick the double precision form).';
