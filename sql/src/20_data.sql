------------------------------------------------------------------------------
-- The shipped data: one report, every figure with its provenance
------------------------------------------------------------------------------

-- The report is the data file data/ai_training_gpu_clusters.json (its format
-- is in docs/report-format.md), put here whole by the Makefile.  Each key
-- but "format" names a table (without the gpumkt_ prefix) and holds its
-- rows; a column a row leaves out is NULL, or its default where no row of
-- the table names it.  Every row is marked shipped.  The text is read
-- first, in ASCII, and then as jsonb in the server encoding (see the
-- reader below).
DO $gpumkt_load$
DECLARE
    src text := $gpumkt_data$
@GPUMKT_DATA@
$gpumkt_data$;
    doc jsonb;
    tables text[] := ARRAY['regions', 'markets', 'anchors', 'rates', 'region_shares',
                           'dimensions', 'segments', 'players', 'developments', 'figures'];
    t text;
    cols text;
BEGIN
@GPUMKT_READ_REPORT@
    IF doc OPERATOR(pg_catalog.->>) 'format' IS DISTINCT FROM 'gpumkt report, version 1' THEN
        RAISE EXCEPTION 'unsupported report format "%"', doc OPERATOR(pg_catalog.->>) 'format';
    END IF;
    SELECT k INTO t FROM pg_catalog.jsonb_object_keys(doc) k
    WHERE k OPERATOR(pg_catalog.<>) 'format' AND NOT k OPERATOR(pg_catalog.=) ANY (tables)
    LIMIT 1;
    IF t IS NOT NULL THEN
        RAISE EXCEPTION 'unrecognized table "%" in the report''s data file', t;
    END IF;
    FOREACH t IN ARRAY tables
    LOOP
        -- a table the file leaves out, or lists no row of, gets none
        CONTINUE WHEN NOT doc OPERATOR(pg_catalog.?) t
            OR pg_catalog.jsonb_array_length(doc OPERATOR(pg_catalog.->) t) OPERATOR(pg_catalog.=) 0;
        SELECT pg_catalog.string_agg(pg_catalog.quote_ident(k.key), ', ' ORDER BY a.attnum)
        INTO cols
        FROM (SELECT DISTINCT pg_catalog.jsonb_object_keys(e) AS key
              FROM pg_catalog.jsonb_array_elements(doc OPERATOR(pg_catalog.->) t) e) k
        LEFT JOIN pg_catalog.pg_attribute a
          ON a.attrelid OPERATOR(pg_catalog.=) pg_catalog.format('@extschema@.%I', 'gpumkt_' OPERATOR(pg_catalog.||) t)::pg_catalog.regclass
         AND a.attname OPERATOR(pg_catalog.=) k.key AND a.attnum OPERATOR(pg_catalog.>) 0;
        EXECUTE pg_catalog.format(
            'INSERT INTO @extschema@.%1$I (%2$s, shipped) SELECT %2$s, true FROM pg_catalog.jsonb_populate_recordset(NULL::@extschema@.%1$I, $1)',
            'gpumkt_' OPERATOR(pg_catalog.||) t, cols)
        USING doc OPERATOR(pg_catalog.->) t;
    END LOOP;
END
$gpumkt_load$;

