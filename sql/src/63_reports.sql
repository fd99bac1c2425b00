------------------------------------------------------------------------------
-- Report files (1.4): gpumkt_load_report and gpumkt_export_report
------------------------------------------------------------------------------

-- A report is one JSON document in the format of the shipped data file
-- (docs/report-format.md): "format", then one key per table without its
-- gpumkt_ prefix, each a list of rows.  The loader checks every element
-- before it writes one row, and names the JSON path of the first it refuses
-- ($.rates[0].rate); it runs as one statement, so a refused load leaves the
-- tables as they were.

-- One value of a report, as the column of type typ takes it (a JSON value):
-- numbers from JSON numbers or strings ("17.0 %", "6,01"), keeping the
-- stated digits; percent only where pct.
CREATE FUNCTION @extschema@.gpumkt_report_value(v jsonb, typ regtype, pct boolean, path text)
    RETURNS jsonb LANGUAGE plpgsql STABLE PARALLEL UNSAFE
    SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    k text := jsonb_typeof(v);
    s text;
    x numeric;
    percent boolean;
BEGIN
    IF v IS NULL OR k = 'null' THEN
        RETURN NULL;
    END IF;
    IF typ IN ('numeric'::regtype, 'integer'::regtype) THEN
        IF k = 'number' THEN
            x := (v #>> '{}')::numeric;
        ELSIF k = 'string' THEN
            s := btrim(v #>> '{}');
            IF s ~* '^[+-]?(nan|inf|infinity)$' THEN
                RAISE EXCEPTION 'report value at % is not a finite number: "%"', path, @extschema@.gpumkt_echo(s)
                    USING ERRCODE = '22023', HINT = 'Write a number such as 18.2, or leave the key out.';
            END IF;
            percent := s ~ '%$';
            s := regexp_replace(s, '\s*%$', '');
            IF percent AND NOT pct THEN
                RAISE EXCEPTION 'report value at % is a percentage where no rate or share belongs: "%"', path, @extschema@.gpumkt_echo(v #>> '{}')
                    USING ERRCODE = '22023', HINT = 'Only rates and shares take a percent sign; write the figure in the market''s unit.';
            END IF;
            IF s ~ '^[+-]?[0-9]+,[0-9]+$' THEN
                s := replace(s, ',', '.');
            END IF;
            IF s !~ '^[+-]?([0-9]+(\.[0-9]*)?|\.[0-9]+)([eE][+-]?[0-9]{1,4})?$' THEN
                RAISE EXCEPTION 'invalid input syntax for a number at %: "%"', path, @extschema@.gpumkt_echo(v #>> '{}')
                    USING ERRCODE = '22P02', HINT = 'Write a JSON number, or a string such as "17.0 %" or "6,01".';
            END IF;
            x := s::numeric;
            IF percent THEN
                x := round(x / 100, scale(x) + 2);
            END IF;
        ELSE
            RAISE EXCEPTION 'invalid input syntax for a number at %: %', path, @extschema@.gpumkt_echo(v::text)
                USING ERRCODE = '22P02', HINT = 'Write a JSON number, or a string such as "17.0 %" or "6,01".';
        END IF;
        IF typ = 'integer'::regtype THEN
            IF x <> trunc(x) OR abs(x) > 2147483647 THEN
                RAISE EXCEPTION 'invalid input syntax for a whole number at %: %', path, @extschema@.gpumkt_echo(v::text)
                    USING ERRCODE = '22P02', HINT = 'Years and ordinals are whole numbers such as 2025.';
            END IF;
            IF path ~ '\.(year|from_year|to_year)$' AND (x < 1900 OR x > 2200) THEN
                RAISE EXCEPTION 'report year at % is outside 1900..2200: %', path, @extschema@.gpumkt_echo(x::text)
                    USING ERRCODE = '22023', HINT = 'Years lie between 1900 and 2200.';
            END IF;
            RETURN to_jsonb(x::integer);
        END IF;
        RETURN to_jsonb(x);
    ELSIF typ = 'boolean'::regtype AND k = 'boolean' THEN
        RETURN v;
    ELSIF typ = 'text[]'::regtype AND k = 'array'
          AND NOT EXISTS (SELECT FROM jsonb_array_elements(v) e WHERE jsonb_typeof(e) <> 'string') THEN
        RETURN v;
    ELSIF typ = 'date'::regtype AND k = 'string' THEN
        BEGIN
            RETURN to_jsonb((v #>> '{}')::date);
        EXCEPTION WHEN datetime_field_overflow OR invalid_datetime_format THEN
            RAISE EXCEPTION 'invalid date at %: %', path, @extschema@.gpumkt_echo(v::text)
                USING ERRCODE = '22007', HINT = 'Write dates as ISO strings such as "2025-12-22".';
        END;
    ELSIF typ = 'text'::regtype AND k = 'string' THEN
        RETURN v;
    END IF;
    RAISE EXCEPTION 'report value at % is a JSON % where % belongs', path, k, typ
        USING ERRCODE = '22023', HINT = 'Strings for text and dates, numbers for figures, true or false for flags, a list of strings for lists.';
END
$$;
COMMENT ON FUNCTION @extschema@.gpumkt_report_value(jsonb, regtype, boolean, text) IS
'Internal to gpumkt_load_report: one value of a report file as a column of type typ takes it (numbers from JSON numbers or strings such as "17.0 %" and "6,01", keeping the stated digits, percentages only where pct), or an error naming path.';

-- The rows of table t (without its prefix) of a report, checked key by key
-- and value by value, as a JSON list of objects ready for
-- jsonb_populate_recordset, each with the market m where the table has one.
CREATE FUNCTION @extschema@.gpumkt_report_rows(doc jsonb, t text, m text)
    RETURNS jsonb LANGUAGE plpgsql STABLE PARALLEL SAFE
    SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    rel regclass := format('@extschema@.%I', 'gpumkt_' || t)::regclass;
    bad record;
    res jsonb;
BEGIN
    SELECT e.ord - 1 AS i, jsonb_typeof(e.r) AS k INTO bad
    FROM jsonb_array_elements(doc -> t) WITH ORDINALITY e(r, ord)
    WHERE jsonb_typeof(e.r) <> 'object' ORDER BY e.ord LIMIT 1;
    IF FOUND THEN
        RAISE EXCEPTION 'report element at $.%[%] is a JSON % where a row object belongs', t, bad.i, bad.k
            USING ERRCODE = '22023', HINT = 'Each row of a table is an object of column names and values.';
    END IF;
    -- an unrecognized key
    SELECT e.ord - 1 AS i, k.key INTO bad
    FROM jsonb_array_elements(doc -> t) WITH ORDINALITY e(r, ord), jsonb_object_keys(e.r) k(key)
    WHERE NOT EXISTS (SELECT FROM pg_attribute a WHERE a.attrelid = rel AND a.attnum > 0
                      AND NOT a.attisdropped AND a.attname = k.key AND a.attname <> 'shipped')
    ORDER BY e.ord, k.key LIMIT 1;
    IF FOUND THEN
        RAISE EXCEPTION 'unrecognized key at $.%[%].%', t, bad.i, @extschema@.gpumkt_echo(bad.key)
            USING ERRCODE = '22023',
                  HINT = format('The keys of %s rows are the columns of %s but shipped (docs/reference.md).', t, rel);
    END IF;
    -- a missing required field (a column without default that must not be NULL)
    SELECT e.ord - 1 AS i, a.attname INTO bad
    FROM jsonb_array_elements(doc -> t) WITH ORDINALITY e(r, ord), pg_attribute a
    WHERE a.attrelid = rel AND a.attnum > 0 AND NOT a.attisdropped AND a.attnotnull AND NOT a.atthasdef
      AND NOT (a.attname = 'market' AND t <> 'markets')
      AND jsonb_typeof(e.r -> a.attname::text) IS DISTINCT FROM 'string'
      AND jsonb_typeof(e.r -> a.attname::text) IS DISTINCT FROM 'number'
    ORDER BY e.ord, a.attnum LIMIT 1;
    IF FOUND THEN
        RAISE EXCEPTION 'missing required field at $.%[%].%', t, bad.i, bad.attname
            USING ERRCODE = '22023', HINT = format('Every %s row gives %s.', t, bad.attname);
    END IF;
    -- a row of another market
    SELECT e.ord - 1 AS i, e.r ->> 'market' AS mk INTO bad
    FROM jsonb_array_elements(doc -> t) WITH ORDINALITY e(r, ord)
    WHERE t <> 'markets' AND e.r ? 'market' AND (e.r -> 'market') IS DISTINCT FROM to_jsonb(m)
    ORDER BY e.ord LIMIT 1;
    IF FOUND THEN
        RAISE EXCEPTION 'report row at $.%[%].market names market "%", not the report''s "%"', t, bad.i, @extschema@.gpumkt_echo(bad.mk), @extschema@.gpumkt_echo(m)
            USING ERRCODE = '22023', HINT = 'A report holds one market: leave market out of its rows, or give the one of $.markets[0].';
    END IF;
    SELECT coalesce(jsonb_agg(r ORDER BY ord), '[]') INTO res
    FROM (SELECT e.ord,
                 jsonb_object_agg(k.key,
                     CASE WHEN a.atttypid = 'numeric'::regtype AND jsonb_typeof(k.value) = 'number'
                            OR a.atttypid = 'text'::regtype AND jsonb_typeof(k.value) = 'string'
                          THEN k.value
                          ELSE @extschema@.gpumkt_report_value(k.value, a.atttypid::regtype,
                                   t IN ('rates', 'region_shares', 'segments') AND k.key IN ('rate', 'share', 'low', 'high'),
                                   format('$.%s[%s].%s', t, e.ord - 1, k.key)) END)
                 || CASE WHEN t IN ('regions', 'markets') THEN '{}' ELSE jsonb_build_object('market', m) END AS r
          FROM jsonb_array_elements(doc -> t) WITH ORDINALITY e(r, ord)
          CROSS JOIN LATERAL jsonb_each(e.r) k
          JOIN pg_attribute a ON a.attrelid = rel AND a.attname = k.key AND a.attnum > 0 AND NOT a.attisdropped
          GROUP BY e.ord) x;
    RETURN res;
END
$$;
COMMENT ON FUNCTION @extschema@.gpumkt_report_rows(jsonb, text, text) IS
'Internal to gpumkt_load_report: the rows of table t of a report, each key a column, each value checked and converted (gpumkt_report_value), with market m added; errors (22023, 22P02) naming the JSON path of the first element refused.';

-- The region code a report's value stands for: a code the report adds
-- (in added), an existing code, or a name gpumkt_resolve_region knows.
CREATE FUNCTION @extschema@.gpumkt_report_region(v text, added jsonb, path text)
    RETURNS text LANGUAGE plpgsql STABLE PARALLEL UNSAFE
    SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    IF v IS NULL OR added ? v OR EXISTS (SELECT FROM @extschema@.gpumkt_regions r WHERE r.region = v) THEN
        RETURN v;
    END IF;
    RETURN @extschema@.gpumkt_resolve_region(v);
EXCEPTION WHEN invalid_parameter_value THEN
    IF @extschema@.gpumkt_name_key(v) = '' THEN
        RAISE EXCEPTION 'unrecognized region at %: "%"', path, @extschema@.gpumkt_echo(v)
            USING ERRCODE = '22023', DETAIL = SQLERRM,
                  HINT = 'Regions are matched by the letters and digits of their names, and this name has none.';
    END IF;
    RAISE EXCEPTION 'unrecognized region at %: "%"', path, @extschema@.gpumkt_echo(v)
        USING ERRCODE = '22023', DETAIL = SQLERRM,
              HINT = 'Name a region by its code, name or ISO code, or add it under $.regions.';
END
$$;
COMMENT ON FUNCTION @extschema@.gpumkt_report_region(text, jsonb, text) IS
'Internal to gpumkt_load_report: the region code that v stands for (a code the report adds, an existing code, or a name as gpumkt_resolve_region reads it); errors (22023) naming path.';

-- rows with the region columns cols resolved (gpumkt_report_region)
CREATE FUNCTION @extschema@.gpumkt_report_resolve(rows jsonb, t text, cols text[], added jsonb)
    RETURNS jsonb LANGUAGE sql STABLE PARALLEL SAFE
    SET search_path = pg_catalog, pg_temp
    RETURN (SELECT coalesce(jsonb_agg(
                (SELECT coalesce(jsonb_object_agg(k.key,
                        CASE WHEN k.key = ANY (cols) AND jsonb_typeof(k.value) = 'string'
                                  AND NOT added ? (k.value #>> '{}')
                                  AND NOT EXISTS (SELECT FROM @extschema@.gpumkt_regions g WHERE g.region = k.value #>> '{}')
                             THEN to_jsonb(@extschema@.gpumkt_report_region(k.value #>> '{}', added,
                                               format('$.%s[%s].%s', t, e.ord - 1, k.key)))
                             ELSE k.value END), '{}')
                 FROM jsonb_each(e.r) k) ORDER BY e.ord), '[]')
            FROM jsonb_array_elements(rows) WITH ORDINALITY e(r, ord));
COMMENT ON FUNCTION @extschema@.gpumkt_report_resolve(jsonb, text, text[], jsonb) IS
'Internal to gpumkt_load_report: the rows of table t with the region columns cols turned into region codes (gpumkt_report_region).';

CREATE FUNCTION @extschema@.gpumkt_load_report(doc jsonb, replace boolean DEFAULT false,
        OUT tab text, OUT loaded integer)
    RETURNS SETOF record LANGUAGE plpgsql VOLATILE
    SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    tables constant text[] := ARRAY['regions', 'markets', 'dimensions', 'segments', 'anchors', 'rates',
                                    'region_shares', 'players', 'developments', 'figures'];
    regcols constant jsonb := '{"regions": ["parent"], "markets": ["root_region"], "anchors": ["region"],
        "rates": ["region"], "region_shares": ["region", "of_region"], "players": ["hq_region"],
        "figures": ["region"]}';
    m text;
    t text;
    rows jsonb := '{}';
    added jsonb;
    bad record;
    n integer;
    cols text;
BEGIN
    IF doc IS NULL OR jsonb_typeof(doc) <> 'object' THEN
        RAISE EXCEPTION 'report at $ is not a JSON object'
            USING ERRCODE = '22023', HINT = 'A report is one object: {"format": "gpumkt report, version 1", "markets": [...], ...}.';
    END IF;
    IF NOT doc ? 'format' THEN
        RAISE EXCEPTION 'missing required field at $.format'
            USING ERRCODE = '22023', HINT = 'Write "format": "gpumkt report, version 1".';
    ELSIF doc -> 'format' IS DISTINCT FROM '"gpumkt report, version 1"' THEN
        RAISE EXCEPTION 'unrecognized report format at $.format: %', @extschema@.gpumkt_echo((doc -> 'format')::text)
            USING ERRCODE = '22023', HINT = 'Write "format": "gpumkt report, version 1".';
    END IF;
    SELECT k INTO t FROM jsonb_object_keys(doc) k WHERE k <> 'format' AND NOT k = ANY (tables) ORDER BY k LIMIT 1;
    IF t IS NOT NULL THEN
        RAISE EXCEPTION 'unrecognized key at $.%', @extschema@.gpumkt_echo(t)
            USING ERRCODE = '22023', HINT = 'The keys of a report are format, regions, markets, anchors, rates, region_shares, dimensions, segments, players, developments and figures.';
    END IF;
    SELECT k INTO t FROM jsonb_object_keys(doc) k WHERE k <> 'format' AND jsonb_typeof(doc -> k) <> 'array' ORDER BY k LIMIT 1;
    IF t IS NOT NULL THEN
        RAISE EXCEPTION 'report table at $.% is not a JSON list', t
            USING ERRCODE = '22023', HINT = 'Each table is a list of row objects.';
    END IF;
    IF jsonb_array_length(coalesce(doc -> 'markets', '[]')) <> 1 THEN
        RAISE EXCEPTION 'report at $.markets holds % markets', jsonb_array_length(coalesce(doc -> 'markets', '[]'))
            USING ERRCODE = '22023', HINT = 'A report holds exactly one market: load several reports one by one.';
    END IF;
    rows := jsonb_build_object('markets', @extschema@.gpumkt_report_rows(doc, 'markets', NULL));
    m := rows #>> '{markets,0,market}';
    IF m !~ '^[a-z][a-z0-9_]{0,62}$' THEN
        RAISE EXCEPTION 'invalid market code at $.markets[0].market: "%"', @extschema@.gpumkt_echo(m)
            USING ERRCODE = '22023', HINT = 'A code is a lower-case identifier of at most 63 characters, such as my_gpu_clusters.';
    END IF;
    -- one load of a market at a time: a load waits here for the transaction
    -- of another load of the same market, then sees what it wrote
    IF NOT pg_try_advisory_xact_lock('@extschema@.gpumkt_markets'::regclass::oid::integer, hashtext(m)) THEN
        PERFORM pg_advisory_xact_lock('@extschema@.gpumkt_markets'::regclass::oid::integer, hashtext(m));
        IF current_setting('transaction_isolation') <> 'read committed' THEN
            RAISE EXCEPTION 'could not serialize access due to a concurrent gpumkt_load_report of the same market'
                USING ERRCODE = '40001',
                      DETAIL = 'A transaction in repeatable read or serializable isolation cannot see the rows the other load wrote.',
                      HINT = 'Retry the transaction.';
        END IF;
    END IF;
    IF NOT coalesce(replace, false) AND EXISTS (SELECT FROM @extschema@.gpumkt_markets k WHERE k.market = m) THEN
        RAISE EXCEPTION 'market at $.markets[0].market exists: "%"', m
            USING ERRCODE = '22023', HINT = 'Load it under another code, or pass replace => true to replace its rows.';
    END IF;
    FOREACH t IN ARRAY tables LOOP
        CONTINUE WHEN t = 'markets';
        rows := rows || jsonb_build_object(t, CASE WHEN doc ? t THEN @extschema@.gpumkt_report_rows(doc, t, m) ELSE '[]' END);
    END LOOP;
    -- the regions the report adds, and those it repeats (with the same parent)
    SELECT e.ord - 1 AS i, e.r ->> 'region' AS code INTO bad
    FROM jsonb_array_elements(rows -> 'regions') WITH ORDINALITY e(r, ord)
    WHERE e.r ->> 'region' !~ '^[a-z][a-z0-9_]{0,62}$' ORDER BY e.ord LIMIT 1;
    IF FOUND THEN
        RAISE EXCEPTION 'invalid region code at $.regions[%].region: "%"', bad.i, @extschema@.gpumkt_echo(bad.code)
            USING ERRCODE = '22023', HINT = 'A code is a lower-case identifier of at most 63 characters, such as north_america.';
    END IF;
    SELECT coalesce(jsonb_object_agg(e.r ->> 'region', true), '{}') INTO added
    FROM jsonb_array_elements(rows -> 'regions') e(r)
    WHERE NOT EXISTS (SELECT FROM @extschema@.gpumkt_regions g WHERE g.region = e.r ->> 'region');
    FOR t IN SELECT jsonb_object_keys(regcols) LOOP
        rows := jsonb_set(rows, ARRAY[t], @extschema@.gpumkt_report_resolve(rows -> t, t,
                    ARRAY(SELECT jsonb_array_elements_text(regcols -> t)), added));
    END LOOP;
    SELECT e.ord - 1 AS i, g.region, g.parent INTO bad
    FROM jsonb_array_elements(rows -> 'regions') WITH ORDINALITY e(r, ord)
    JOIN @extschema@.gpumkt_regions g ON g.region = e.r ->> 'region'
    WHERE g.parent IS DISTINCT FROM e.r ->> 'parent' ORDER BY e.ord LIMIT 1;
    IF FOUND THEN
        RAISE EXCEPTION 'region at $.regions[%].parent differs from the existing region "%"', bad.i, bad.region
            USING ERRCODE = '22023', DETAIL = format('Region %s lies in %s.', bad.region, coalesce(bad.parent, 'nothing (it is the world)')),
                  HINT = 'Give an existing region its parent, or add a region under a code of its own.';
    END IF;
    -- a parent chain that loops: a region the report adds that no chain from
    -- an existing region (or the world) reaches
    WITH RECURSIVE nr AS MATERIALIZED (
        SELECT x.ord, x.region, x.parent
        FROM (SELECT e.ord, e.r ->> 'region' AS region, e.r ->> 'parent' AS parent
              FROM jsonb_array_elements(rows -> 'regions') WITH ORDINALITY e(r, ord)) x
        WHERE NOT EXISTS (SELECT FROM @extschema@.gpumkt_regions g WHERE g.region = x.region)),
    reached AS (
        SELECT nr.region FROM nr WHERE nr.parent IS NULL OR nr.parent NOT IN (SELECT n2.region FROM nr n2)
        UNION
        SELECT nr.region FROM nr JOIN reached ON nr.parent = reached.region)
    SELECT nr.ord - 1 AS i, nr.region INTO bad FROM nr
    WHERE nr.region NOT IN (SELECT reached.region FROM reached) ORDER BY nr.ord LIMIT 1;
    IF FOUND THEN
        RAISE EXCEPTION 'region at $.regions[%].parent has a parent chain that loops back to "%"', bad.i, bad.region
            USING ERRCODE = '22023', HINT = 'Every chain of parents ends at the world region (global).';
    END IF;
    -- figures the tables' rules would refuse, refused here with their path
    SELECT e.ord - 1 AS i, e.r ->> 'value' AS v INTO bad
    FROM jsonb_array_elements(rows -> 'anchors') WITH ORDINALITY e(r, ord)
    WHERE (e.r ->> 'value')::numeric <= 0 ORDER BY e.ord LIMIT 1;
    IF FOUND THEN
        RAISE EXCEPTION 'report anchor at $.anchors[%].value is not above 0: %', bad.i, @extschema@.gpumkt_echo(bad.v)
            USING ERRCODE = '22023', HINT = 'A market size is above 0, in the market''s unit.';
    END IF;
    SELECT e.ord - 1 AS i, e.r ->> 'rate' AS v INTO bad
    FROM jsonb_array_elements(rows -> 'rates') WITH ORDINALITY e(r, ord)
    WHERE (e.r ->> 'rate')::numeric <= -1
       OR ((e.r ->> 'rate')::numeric > 1 AND (e.r -> 'exceptional') IS DISTINCT FROM 'true')
    ORDER BY e.ord LIMIT 1;
    IF FOUND THEN
        RAISE EXCEPTION 'report rate at $.rates[%].rate is outside (-1, 1]: %', bad.i, @extschema@.gpumkt_echo(bad.v)
            USING ERRCODE = '22023', HINT = 'A rate of 12 means 1,200 %: write 0.12 for 12 %.';
    END IF;
    SELECT x.t, x.i, x.v INTO bad FROM (
        SELECT 'region_shares' AS t, e.ord - 1 AS i, e.r ->> 'share' AS v, e.ord
        FROM jsonb_array_elements(rows -> 'region_shares') WITH ORDINALITY e(r, ord)
        UNION ALL
        SELECT 'segments', e.ord - 1, e.r ->> 'share', e.ord + 1e9
        FROM jsonb_array_elements(rows -> 'segments') WITH ORDINALITY e(r, ord)) x
    WHERE x.v::numeric <= 0 OR x.v::numeric > 1 ORDER BY x.ord LIMIT 1;
    IF FOUND THEN
        RAISE EXCEPTION 'report share at $.%[%].share is outside (0, 1]: %', bad.t, bad.i, @extschema@.gpumkt_echo(bad.v)
            USING ERRCODE = '22023', HINT = 'Shares are fractions: write 0.365 or "36.5 %" for 36.5 %.';
    END IF;
    SELECT min(e.ord) - 1 AS i, e.r ->> 'dimension' AS d, sum((e.r ->> 'share')::numeric) AS s INTO bad
    FROM jsonb_array_elements(rows -> 'segments') WITH ORDINALITY e(r, ord)
    GROUP BY e.r ->> 'dimension', e.r ->> 'year'
    HAVING sum((e.r ->> 'share')::numeric) > 1 ORDER BY 1 LIMIT 1;
    IF FOUND THEN
        RAISE EXCEPTION 'report segments of dimension "%" at $.segments[%] add up to % %%, above 100 %%', @extschema@.gpumkt_echo(bad.d), bad.i, @extschema@.gpumkt_echo((bad.s * 100)::text)
            USING ERRCODE = '22023', HINT = 'The shares of one dimension in one year add up to at most 1 (100 %).';
    END IF;
    -- write: one subtransaction, whose failure leaves nothing written
    BEGIN
        IF replace THEN
            DELETE FROM @extschema@.gpumkt_developments x WHERE x.market = m;
            DELETE FROM @extschema@.gpumkt_players x WHERE x.market = m;
            DELETE FROM @extschema@.gpumkt_segments x WHERE x.market = m;
            DELETE FROM @extschema@.gpumkt_dimensions x WHERE x.market = m;
            DELETE FROM @extschema@.gpumkt_figures x WHERE x.market = m;
            DELETE FROM @extschema@.gpumkt_region_shares x WHERE x.market = m;
            DELETE FROM @extschema@.gpumkt_rates x WHERE x.market = m;
            DELETE FROM @extschema@.gpumkt_anchors x WHERE x.market = m;
        END IF;
        FOREACH t IN ARRAY tables LOOP
            SELECT string_agg(quote_ident(a.attname), ', ' ORDER BY a.attnum) INTO cols
            FROM pg_attribute a
            WHERE a.attrelid = format('@extschema@.%I', 'gpumkt_' || t)::regclass AND a.attnum > 0
              AND NOT a.attisdropped AND a.attname <> 'shipped'
              AND EXISTS (SELECT FROM jsonb_array_elements(rows -> t) e WHERE e ? a.attname);
            IF t = 'regions' AND cols IS NOT NULL THEN
                EXECUTE format('INSERT INTO @extschema@.gpumkt_regions (%s) SELECT %s FROM jsonb_populate_recordset(NULL::@extschema@.gpumkt_regions, $1) x WHERE $2 ? x.region', cols, cols)
                USING rows -> t, added;
            ELSIF t = 'markets' THEN
                -- replace: the columns the report leaves out take their default
                EXECUTE format('INSERT INTO @extschema@.gpumkt_markets AS k (%s) SELECT %s FROM jsonb_populate_recordset(NULL::@extschema@.gpumkt_markets, $1) ON CONFLICT (market) DO UPDATE SET (%s) = ROW(%s)',
                               cols, cols,
                               (SELECT string_agg(quote_ident(a.attname), ', ' ORDER BY a.attnum) FROM pg_attribute a
                                WHERE a.attrelid = '@extschema@.gpumkt_markets'::regclass AND a.attnum > 0
                                  AND NOT a.attisdropped AND a.attname NOT IN ('market', 'shipped')),
                               (SELECT string_agg('EXCLUDED.' || quote_ident(a.attname), ', ' ORDER BY a.attnum) FROM pg_attribute a
                                WHERE a.attrelid = '@extschema@.gpumkt_markets'::regclass AND a.attnum > 0
                                  AND NOT a.attisdropped AND a.attname NOT IN ('market', 'shipped')))
                USING rows -> t;
            ELSIF cols IS NOT NULL THEN
                EXECUTE format('INSERT INTO @extschema@.%I (%s) SELECT %s FROM jsonb_populate_recordset(NULL::@extschema@.%I, $1)',
                               'gpumkt_' || t, cols, cols, 'gpumkt_' || t)
                USING rows -> t;
            END IF;
            GET DIAGNOSTICS n = ROW_COUNT;
            tab := t;
            loaded := coalesce(n, 0);
            IF cols IS NULL THEN
                loaded := 0;
            END IF;
            RETURN NEXT;
        END LOOP;
    EXCEPTION WHEN integrity_constraint_violation THEN
        GET STACKED DIAGNOSTICS cols = CONSTRAINT_NAME, t = TABLE_NAME;
        RAISE EXCEPTION 'report breaks rule % of table %', cols, t
            USING ERRCODE = '22023', DETAIL = SQLERRM,
                  HINT = 'docs/reference.md, "Integrity rules", says what each rule asks; nothing was loaded.';
    END;
-- a refusal (22xxx) as a user needs it: raised again from here with its
-- SQLSTATE, message, detail and hint, and the loader's line as its only
-- context, not the internal SQL of the steps it came from (nothing written)
EXCEPTION WHEN data_exception THEN
    DECLARE
        st text;
        msg text;
        det text;
        hnt text;
    BEGIN
        GET STACKED DIAGNOSTICS st = RETURNED_SQLSTATE, msg = MESSAGE_TEXT,
                                det = PG_EXCEPTION_DETAIL, hnt = PG_EXCEPTION_HINT;
        IF det <> '' AND hnt <> '' THEN
            RAISE EXCEPTION USING ERRCODE = st, MESSAGE = msg, DETAIL = det, HINT = hnt;
        ELSIF det <> '' THEN
            RAISE EXCEPTION USING ERRCODE = st, MESSAGE = msg, DETAIL = det;
        ELSIF hnt <> '' THEN
            RAISE EXCEPTION USING ERRCODE = st, MESSAGE = msg, HINT = hnt;
        END IF;
        RAISE EXCEPTION USING ERRCODE = st, MESSAGE = msg;
    END;
END
$$;
COMMENT ON FUNCTION @extschema@.gpumkt_load_report(jsonb, boolean) IS
'Loads one report (docs/report-format.md: the shipped data file''s format) in one statement, everything or nothing, as users'' rows, and returns the rows loaded per table. Regions by code, name or ISO code; rates and shares as fractions or strings such as "17.0 %"; numbers as strings such as "6,01", keeping their digits. Refuses (22023, with the JSON path of the element and a hint) an unknown key, a missing field, a year outside 1900..2200, a rate at or below -1 or above 1, a share outside (0, 1], a dimension above 100 %, a parent chain that loops, a market that exists (unless replace, which replaces its rows), NaN or Infinity; text where a number belongs is 22P02.';

-- The rows of one table of market m for a report: every column but market
-- and shipped, NULLs left out; a shipped figure stated plainly gets its
-- rounding interval as low and high, so that a copy has the same ranges.
CREATE FUNCTION @extschema@.gpumkt_export_rows(m text, t text)
    RETURNS jsonb LANGUAGE plpgsql STABLE PARALLEL SAFE
    SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    res jsonb;
    val text := CASE t WHEN 'anchors' THEN 'value' WHEN 'rates' THEN 'rate' ELSE 'share' END;
    lim text := CASE t WHEN 'anchors' THEN '0, ''Infinity''::numeric' WHEN 'rates' THEN '-1, ''Infinity''::numeric' ELSE '0, 1' END;
BEGIN
    IF t IN ('anchors', 'rates', 'region_shares', 'segments') THEN
        EXECUTE format(
            'SELECT coalesce(jsonb_agg(jsonb_strip_nulls(to_jsonb(x) - ''market'' - ''shipped''
                 || CASE WHEN x.shipped AND x.%1$I IS NOT NULL AND x.low IS NULL AND x.high IS NULL
                              AND (x.qualifier IS NULL OR x.qualifier = ''about'')
                         THEN jsonb_build_object(
                              ''low'', greatest(x.%1$I - 0.5 * 10::numeric ^ (-scale(x.%1$I)), l.lo),
                              ''high'', least(x.%1$I + 0.5 * 10::numeric ^ (-scale(x.%1$I)), l.hi))
                         ELSE ''{}'' END) ORDER BY %3$s), ''[]'')
             FROM (SELECT *, %4$s FROM @extschema@.%2$I) x, (VALUES (%5$s)) l(lo, hi)
             WHERE x.market = $1',
            val, 'gpumkt_' || t,
            CASE t WHEN 'anchors' THEN 'x.region, x.year' WHEN 'rates' THEN 'x.region, x.from_year NULLS FIRST, x.to_year'
                   WHEN 'region_shares' THEN 'x.region, x.year' ELSE 'x.dimension, x.ordinal, x.segment' END,
            CASE WHEN t = 'segments' THEN 'NULL::text AS qualifier' ELSE 'NULL AS _' END, lim)
        INTO res USING m;
    ELSE
        EXECUTE format(
            'SELECT coalesce(jsonb_agg(jsonb_strip_nulls(to_jsonb(x) - ''market'' - ''shipped'') ORDER BY %s), ''[]'')
             FROM @extschema@.%I x WHERE x.market = $1',
            CASE t WHEN 'dimensions' THEN 'x.ordinal, x.dimension' WHEN 'players' THEN 'x.listed_order, x.player'
                   WHEN 'developments' THEN 'x.month, x.development' WHEN 'figures' THEN 'x.figure' ELSE '1' END,
            'gpumkt_' || t)
        INTO res USING m;
    END IF;
    RETURN res;
END
$$;
COMMENT ON FUNCTION @extschema@.gpumkt_export_rows(text, text) IS
'Internal to gpumkt_export_report: the rows of table t of market m as report rows (no market, no shipped, no NULLs); a shipped figure stated plainly gets its rounding interval as low and high.';

CREATE FUNCTION @extschema@.gpumkt_export_report(market text)
    RETURNS jsonb LANGUAGE plpgsql STABLE STRICT PARALLEL SAFE
    SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    doc jsonb;
    t text;
BEGIN
    SELECT jsonb_build_object('format', 'gpumkt report, version 1',
               'markets', jsonb_build_array(jsonb_strip_nulls(to_jsonb(k) - 'shipped')))
    INTO doc FROM @extschema@.gpumkt_markets k WHERE k.market = gpumkt_export_report.market;
    IF doc IS NULL THEN
        RAISE EXCEPTION 'unrecognized market "%"', @extschema@.gpumkt_echo(market)
            USING ERRCODE = '22023', HINT = 'See gpumkt_markets for the markets there are.';
    END IF;
    -- the regions the market names, with every region above them
    doc := doc || jsonb_build_object('regions', (
        WITH RECURSIVE used AS (
            SELECT k.root_region AS region FROM @extschema@.gpumkt_markets k WHERE k.market = gpumkt_export_report.market
            UNION SELECT a.region FROM @extschema@.gpumkt_anchors a WHERE a.market = gpumkt_export_report.market
            UNION SELECT r.region FROM @extschema@.gpumkt_rates r WHERE r.market = gpumkt_export_report.market
            UNION SELECT s.region FROM @extschema@.gpumkt_region_shares s WHERE s.market = gpumkt_export_report.market
            UNION SELECT s.of_region FROM @extschema@.gpumkt_region_shares s WHERE s.market = gpumkt_export_report.market
            UNION SELECT p.hq_region FROM @extschema@.gpumkt_players p WHERE p.market = gpumkt_export_report.market AND p.hq_region IS NOT NULL
            UNION SELECT f.region FROM @extschema@.gpumkt_figures f WHERE f.market = gpumkt_export_report.market AND f.region IS NOT NULL),
        up AS (
            SELECT g.region, g.parent, 0 AS depth FROM @extschema@.gpumkt_regions g JOIN used u ON u.region = g.region
            UNION
            SELECT g.region, g.parent, up.depth + 1 FROM @extschema@.gpumkt_regions g JOIN up ON g.region = up.parent),
        lvl AS (SELECT region, max(depth) AS depth FROM up GROUP BY region)
        SELECT coalesce(jsonb_agg(jsonb_strip_nulls(to_jsonb(g) - 'shipped') ORDER BY l.depth DESC, g.region), '[]')
        FROM lvl l JOIN @extschema@.gpumkt_regions g ON g.region = l.region));
    FOREACH t IN ARRAY ARRAY['anchors', 'rates', 'region_shares', 'dimensions', 'segments', 'players', 'developments', 'figures'] LOOP
        doc := doc || jsonb_build_object(t, @extschema@.gpumkt_export_rows(market, t));
    END LOOP;
    RETURN doc;
END
$$;
COMMENT ON FUNCTION @extschema@.gpumkt_export_report(text) IS
'The report of market as one JSON document in the format gpumkt_load_report reads (docs/report-format.md): the market, the regions it names with those above them, and every row of its figures, rates and shares as fractions with their stated digits. A shipped figure stated plainly gets its rounding interval as low and high, so that a copy loaded under another code has the same ranges.';
