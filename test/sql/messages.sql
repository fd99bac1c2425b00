-- messages: what an error message quotes of a user's text (at most 64
-- characters, cut between characters, then "..."), how many names a hint
-- lists (at most 5, then "and N more"), an empty name refused where the
-- report loader reads a region, and the loader's refusals with its own line
-- as their only context (issue 17, items 11 to 13).  The figures of the
-- reports below are INVENTED (test only); none of them ships.
-- The hints below list the markets there are: the test starts from a fresh
-- install, with no market of a user.
DROP EXTENSION gpumkt;
CREATE EXTENSION gpumkt;
SET extra_float_digits = 0;
-- (the context of a loader refusal is shown under item 13)
\set SHOW_CONTEXT never

-- Item 11: an empty name is no region, in a new session's first transaction
-- too (1.4 read it there as the first region by code, asia_pacific, so that
-- the loader took "" as a region).
\c
-- error: an empty name (22023, the hint says it has no letter or digit)
SELECT gpumkt_resolve_region('');
\c
-- error: a report whose market's root region is "" (22023, at its JSON path)
SELECT * FROM gpumkt_load_report('{"format": "gpumkt report, version 1",
  "markets": [{"market": "invented_empty", "name": "INVENTED", "topic": "invented_topic", "root_region": ""}]}');
\c
-- error: an anchor of region "" (22023, at its JSON path)
SELECT * FROM gpumkt_load_report('{"format": "gpumkt report, version 1",
  "markets": [{"market": "invented_empty", "name": "INVENTED", "topic": "invented_topic"}],
  "anchors": [{"region": "", "year": 2025, "value": 1}]}');
-- error: a region name of punctuation only, the same refusal
SELECT * FROM gpumkt_load_report('{"format": "gpumkt report, version 1",
  "markets": [{"market": "invented_empty", "name": "INVENTED", "topic": "invented_topic"}],
  "anchors": [{"region": " - ", "year": 2025, "value": 1}]}');
-- error: an empty market code (22023, at its JSON path)
SELECT * FROM gpumkt_load_report('{"format": "gpumkt report, version 1",
  "markets": [{"market": "", "name": "INVENTED", "topic": "invented_topic"}]}');
-- nothing was loaded
SELECT count(*) AS markets FROM gpumkt_markets WHERE NOT shipped;

-- Item 12: a message quotes at most 64 characters of what it was given.
-- err(q): the SQLSTATE, message and lengths of the error that q raises.
CREATE FUNCTION pg_temp.err(q text, OUT state text, OUT msg text, OUT msg_len integer,
        OUT detail_len integer, OUT hint_len integer)
    LANGUAGE plpgsql AS $$
DECLARE
    d text;
    h text;
BEGIN
    EXECUTE q;
    state := 'no error';
EXCEPTION WHEN OTHERS THEN
    GET STACKED DIAGNOSTICS state = RETURNED_SQLSTATE, msg = MESSAGE_TEXT,
                            d = PG_EXCEPTION_DETAIL, h = PG_EXCEPTION_HINT;
    msg_len := length(msg);
    detail_len := length(d);
    hint_len := length(h);
END
$$;
-- a name of 1,000,000 characters: the message is its frame, 64 characters
-- of the name and "..."
SELECT e.state, e.msg_len,
       e.msg_len = length('unrecognized region ""') + 64 + length('...') AS frame_64_and_dots,
       e.msg = 'unrecognized region "' || repeat('x', 64) || '..."' AS prefix
FROM pg_temp.err($$SELECT gpumkt_resolve_region(repeat('x', 1000000))$$) e;
-- cut between characters (two bytes each in UTF-8, one in LATIN1): 64 of
-- them, whatever the encoding; 64 characters are quoted whole
SELECT n, e.state, e.msg = 'unrecognized region "' || repeat('é', least(n, 64))
                          || CASE WHEN n > 64 THEN '...' ELSE '' END || '"' AS quoted
FROM unnest(ARRAY[63, 64, 65, 100000]) n,
     LATERAL pg_temp.err(format('SELECT gpumkt_resolve_region(repeat(%L, %s))', 'é', n)) e
ORDER BY n;
SELECT gpumkt_echo(repeat('ab', 40)) AS echo_80, gpumkt_echo('short') AS echo_short,
       gpumkt_echo('') = '' AS echo_empty, gpumkt_echo(NULL) IS NULL AS echo_null;
-- every function given an argument of 1,000,000 characters: short messages
-- (the run of x shown as <64 x>), details and hints
SELECT c.what, e.state, e.msg_len < 200 AS msg_short,
       coalesce(e.detail_len, 0) + coalesce(e.hint_len, 0) < 600 AS rest_short,
       replace(e.msg, repeat('x', 64), '<64 x>') AS message
FROM (VALUES
    ('region', $$SELECT gpumkt_forecast(repeat('x', 1000000), 2030)$$),
    ('market', $$SELECT gpumkt_forecast('global', 2030, market => repeat('x', 1000000))$$),
    ('dimension', $$SELECT gpumkt_forecast('global', 2030, repeat('x', 1000000), 'hardware')$$),
    ('segment', $$SELECT gpumkt_forecast('global', 2030, 'component', repeat('x', 1000000))$$),
    ('scenario', $$SELECT gpumkt_forecast('global', 2030, scenario => repeat('x', 1000000))$$),
    ('dimension alone', $$SELECT gpumkt_forecast('global', 2030, repeat('x', 1000000))$$),
    ('grid input', $$SELECT * FROM gpumkt_grid('global', 2030, repeat('x', 1000000), '{1}', 'rate:global', '{0.1}')$$),
    ('growth text', $$SELECT repeat('x', 1000000)::gpumkt_growth$$),
    ('ets model text', $$SELECT repeat('x', 1000000)::gpumkt_ets_model$$),
    ('ets model name', $$SELECT gpumkt_ets(y::bigint, y::double precision, NULL::integer, repeat('x', 1000000)) FROM generate_series(1, 10) y$$),
    ('unit', $$SELECT gpumkt_unit_factor(repeat('x', 1000000))$$),
    ('scenario input', $$SELECT gpumkt_scenario_set('s_msg', repeat('x', 1000000), 'global', 0.2)$$),
    ('scenario market', $$SELECT gpumkt_scenario_set('s_msg', 'rate', 'global', 0.2, market => repeat('x', 1000000))$$),
    ('currency', $$SELECT gpumkt_convert(1, 2025, repeat('x', 1000000), 'USD')$$),
    ('topic', $$SELECT * FROM gpumkt_consensus(repeat('x', 1000000), 'global', 2030)$$),
    ('reconcile method', $$SELECT * FROM gpumkt_reconcile('ai_training_gpu_clusters', 2030, repeat('x', 1000000))$$),
    ('export market', $$SELECT gpumkt_export_report(repeat('x', 1000000))$$),
    ('chart market', $$SELECT gpumkt_chart('global', 2025, 2030, market => repeat('x', 1000000))$$),
    ('report figure market', $$SELECT gpumkt_report_figure('global', 2030, repeat('x', 1000000))$$),
    ('funnel filter', $$SELECT * FROM gpumkt_funnel('global', 2030, jsonb_build_object('component' || repeat('-', 1000000), '[]'::jsonb))$$),
    ('report format', $$SELECT * FROM gpumkt_load_report(jsonb_build_object('format', repeat('x', 1000000)))$$),
    ('report key', $$SELECT * FROM gpumkt_load_report(jsonb_build_object('format', 'gpumkt report, version 1', repeat('x', 1000000), '[]'))$$),
    ('report market code', $$SELECT * FROM gpumkt_load_report(jsonb_build_object('format', 'gpumkt report, version 1',
        'markets', jsonb_build_array(jsonb_build_object('market', repeat('x', 1000000), 'name', 'INVENTED', 'topic', 't'))))$$),
    ('report value', $$SELECT * FROM gpumkt_load_report(jsonb_build_object('format', 'gpumkt report, version 1',
        'markets', jsonb_build_array(jsonb_build_object('market', 'invented_msg', 'name', 'INVENTED', 'topic', 't')),
        'anchors', jsonb_build_array(jsonb_build_object('region', 'global', 'year', 2025, 'value', repeat('x', 1000000)))))$$),
    ('report region', $$SELECT * FROM gpumkt_load_report(jsonb_build_object('format', 'gpumkt report, version 1',
        'markets', jsonb_build_array(jsonb_build_object('market', 'invented_msg', 'name', 'INVENTED', 'topic', 't')),
        'anchors', jsonb_build_array(jsonb_build_object('region', repeat('x', 1000000), 'year', 2025, 'value', 1))))$$),
    ('region name', $$INSERT INTO gpumkt_regions (region, name, parent, kind) VALUES ('invented_land', 'USA' || repeat(' ', 1000000), 'global', 'region')$$)
) c(what, q), LATERAL pg_temp.err(c.q) e;

-- a hint lists at most 5 names, then how many more: 12 markets besides
-- the shipped one (13 in all, 5 named, 8 more), 7 dimensions, 7 segments
INSERT INTO gpumkt_markets (market, name, topic)
SELECT format('invented_m%s', lpad(i::text, 2, '0')), 'INVENTED', 'invented_topic' FROM generate_series(1, 12) i;
INSERT INTO gpumkt_dimensions (market, dimension, name, ordinal)
SELECT 'invented_m01', 'dim' || i, 'Dimension ' || i, i FROM generate_series(1, 7) i;
INSERT INTO gpumkt_segments (market, dimension, segment, name, ordinal, basis)
SELECT 'invented_m01', 'dim1', 'seg' || i, 'Segment ' || i, i, 'unknown' FROM generate_series(1, 7) i
UNION ALL
SELECT 'invented_m01', 'dim' || i, 'seg1', 'Segment 1', 1, 'unknown' FROM generate_series(2, 7) i;
-- error: unrecognized market, from C (22023)
SELECT gpumkt_forecast('global', 2030, market => 'no_such_market');
-- error: unrecognized market, from PL/pgSQL (22023)
SELECT gpumkt_report_figure('global', 2030, 'no_such_market');
-- error: unrecognized dimension, from C (22023)
SELECT gpumkt_forecast('global', 2030, 'no_such_dimension', 'seg1', 'invented_m01');
-- error: unrecognized dimension, from PL/pgSQL (22023)
SELECT gpumkt_chart_segments('no_such_dimension', 'global', 2030, 'invented_m01');
-- error: unrecognized segment (22023)
SELECT gpumkt_forecast('global', 2030, 'dim1', 'no_such_segment', 'invented_m01');
-- the same rule as a function
SELECT gpumkt_echo_list(ARRAY['a', NULL, 'b', 'c', 'd', 'e', 'f', repeat('g', 100)]) AS seven,
       gpumkt_echo_list(ARRAY['a', 'b', 'c', 'd', 'e']) AS five, gpumkt_echo_list('{}') AS none;

-- Item 13: a loader refusal keeps its SQLSTATE, message, detail and hint,
-- and has the loader's own line as its only context (1.4: the lines of the
-- internal steps, about 15 with their SQL); nothing is written.
CREATE FUNCTION pg_temp.refusal(doc jsonb, OUT state text, OUT msg text, OUT detail text,
        OUT hint text, OUT context text) LANGUAGE plpgsql AS $$
BEGIN
    PERFORM gpumkt_load_report(doc);
EXCEPTION WHEN OTHERS THEN
    GET STACKED DIAGNOSTICS state = RETURNED_SQLSTATE, msg = MESSAGE_TEXT, detail = PG_EXCEPTION_DETAIL,
                            hint = PG_EXCEPTION_HINT, context = PG_EXCEPTION_CONTEXT;
    context := regexp_replace(regexp_replace(context, 'line [0-9]+', 'line N', 'g'), 'pg_temp_[0-9]+', 'pg_temp', 'g');
END
$$;
\x on
-- a region refused two functions deep, a value refused in a step, a rule
-- of a table broken while writing
SELECT r.* FROM (VALUES
    ('{"format": "gpumkt report, version 1", "markets": [{"market": "invented_ctx", "name": "INVENTED", "topic": "invented_topic"}],
      "anchors": [{"region": "atlantis", "year": 2025, "value": 1}]}'::jsonb),
    ('{"format": "gpumkt report, version 1", "markets": [{"market": "invented_ctx", "name": "INVENTED", "topic": "invented_topic"}],
      "rates": [{"region": "global", "rate": "seventeen"}]}'),
    ('{"format": "gpumkt report, version 1", "markets": [{"market": "invented_ctx", "name": "INVENTED", "topic": "invented_topic"}],
      "anchors": [{"region": "global", "year": 2025, "value": 1}, {"region": "global", "year": 2025, "value": 2}]}')
) d(doc), LATERAL pg_temp.refusal(d.doc) r;
\x off
SELECT count(*) AS markets FROM gpumkt_markets WHERE market = 'invented_ctx';

-- Review of 1.4.1, item 12: gpumkt_scenario_check quotes at most 64
-- characters of a scenario it does not know, and gpumkt_scenario_set of a
-- value it refuses (1.4.1 as merged: the whole argument, 1,000,000
-- characters, and 100,001 or 16,003 digits); a scenario name that is no lower-case
-- identifier is refused as such, 22023 (1.4.1 as merged: the table's check
-- constraint, 23514)
SELECT c.what, e.state, e.msg_len < 200 AS msg_short, e.msg = c.expected AS quoted_64
FROM (VALUES
    ('scenario name', $$SELECT gpumkt_scenario_set(repeat('x', 1000000), 'rate', 'global', 0.2)$$,
     'invalid scenario name "' || repeat('x', 64) || '..." of gpumkt_scenario_set'),
    ('scenario name with a space', $$SELECT gpumkt_scenario_set('Bull case', 'rate', 'global', 0.2)$$,
     'invalid scenario name "Bull case" of gpumkt_scenario_set'),
    ('scenario check', $$SELECT gpumkt_scenario_check(repeat('x', 1000000))$$,
     'unrecognized scenario "' || repeat('x', 64) || '..."'),
    ('scenario value beyond 1e300', $$SELECT gpumkt_scenario_set('s_msg', 'rate', 'global', ('1e' || 100000)::numeric)$$,
     'value 1' || repeat('0', 63) || '... of gpumkt_scenario_set is not a finite number'),
    ('scenario rate above 1', $$SELECT gpumkt_scenario_set('s_msg', 'rate', 'global', ('1.' || repeat('0', 16000) || '1')::numeric)$$,
     'value 1.' || repeat('0', 62) || '... of gpumkt_scenario_set is a rate above 1 (100 % a year)')
) c(what, q, expected), LATERAL pg_temp.err(c.q) e;
