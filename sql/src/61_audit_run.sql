------------------------------------------------------------------------------
-- The audit of the data (1.4: each region larger than its parent says
-- whether it holds even at the bounds of the figures; OR REPLACE, so that
-- the update to 1.4 runs this file as it is)
------------------------------------------------------------------------------

-- PL/pgSQL so that the forecasts of each market run in a block of their own:
-- an error there (a share cycle, a value out of range, an old row that cannot
-- be read) becomes a finding and the audit goes on with the other markets.
-- Exception blocks start subtransactions, which PostgreSQL 15 forbids in
-- parallel mode: the function is PARALLEL UNSAFE.
CREATE OR REPLACE FUNCTION @extschema@.gpumkt_audit(
        OUT market text, OUT finding text, OUT rows_involved text,
        OUT figures text, OUT discrepancy numeric, OUT detail text)
    RETURNS SETOF record
    LANGUAGE plpgsql STABLE PARALLEL UNSAFE
    SET search_path = pg_catalog, pg_temp
AS $audit$
#variable_conflict use_column
DECLARE
    mk record;			-- the market audited
    lo integer;			-- its horizon: earliest figure year, from 1900
    hi integer;			-- latest figure year, up to 2200
    margin integer;		-- a year either side of it, for shipped markets
    user_rows text[];	-- users' rows of a shipped market, named as gpumkt_explain names them
    fc jsonb;			-- forecasts {region, year, value}; NULL when they fail
    used jsonb;			-- forecasts using a user's row {source_row, region, year, value, report}
    own jsonb;			-- rows of each region's own step {region, year, source_row}
    edge_years integer[];	-- the years just outside the horizon
    findings jsonb := '[]';	-- the findings
    part jsonb;
    st text;
    msg text;
    msg_detail text;
    tp record;			-- a topic sized by several markets, and a region and year of theirs
    cons record;		-- their consensus there
BEGIN
    FOR mk IN SELECT m.market, m.shipped FROM @extschema@.gpumkt_markets m ORDER BY m.market LOOP
        -- the horizon: from the earliest to the latest year of an anchor, a
        -- rate's period or a region share (within 1900..2200)
        SELECT greatest(min(y.y), 1900), least(max(y.y), 2200) INTO lo, hi
        FROM (SELECT a.year FROM @extschema@.gpumkt_anchors a WHERE a.market = mk.market
              UNION ALL
              SELECT r.from_year FROM @extschema@.gpumkt_rates r WHERE r.market = mk.market
              UNION ALL
              SELECT r.to_year FROM @extschema@.gpumkt_rates r WHERE r.market = mk.market
              UNION ALL
              SELECT s.year FROM @extschema@.gpumkt_region_shares s WHERE s.market = mk.market) y(y);
        -- a forecast in the year before the horizon uses the same rows as
        -- every earlier year, and one in the year after as every later year
        margin := CASE WHEN mk.shipped THEN 1 ELSE 0 END;
        user_rows := NULL;
        IF mk.shipped THEN
            SELECT array_agg(u.source_row) INTO user_rows
            FROM (SELECT format('gpumkt_anchors(%s, %s)', a.region, a.year)
                  FROM @extschema@.gpumkt_anchors a WHERE a.market = mk.market AND NOT a.shipped
                  UNION ALL
                  SELECT format('gpumkt_rates(%s, %s)', r.region,
                                coalesce(r.from_year || '-' || r.to_year, 'no period'))
                  FROM @extschema@.gpumkt_rates r WHERE r.market = mk.market AND NOT r.shipped
                  UNION ALL
                  SELECT format('gpumkt_region_shares(%s, %s)', s.region, s.year)
                  FROM @extschema@.gpumkt_region_shares s WHERE s.market = mk.market AND NOT s.shipped
                 ) u(source_row);
        END IF;

        -- 1. the forecasts of every region with figures over the horizon,
        -- and, in a shipped market, those that use a user's row
        fc := '[]';
        used := '[]';
        BEGIN
            SELECT coalesce(jsonb_agg(jsonb_build_object('region', g.region, 'year', g.year, 'value', g.value))
                                FILTER (WHERE g.value IS NOT NULL), '[]')
            INTO fc
            FROM (SELECT x.region, y.year,
                         @extschema@.gpumkt_try_forecast(x.region, y.year, market => mk.market, extrapolate => true) AS value
                  FROM (SELECT a.region FROM @extschema@.gpumkt_anchors a WHERE a.market = mk.market
                        UNION
                        SELECT s.region FROM @extschema@.gpumkt_region_shares s WHERE s.market = mk.market) x
                  CROSS JOIN generate_series(lo - margin, hi + margin) y(year)
                  OFFSET 0) g;
            IF user_rows IS NOT NULL THEN
                SELECT coalesce(jsonb_agg(jsonb_build_object(
                           'source_row', u.source_row, 'region', u.region, 'year', u.year, 'value', u.value,
                           'report', @extschema@.gpumkt_report_figure(u.region, u.year, mk.market, extrapolate => true))), '[]')
                INTO used
                FROM (SELECT DISTINCT rn.source_row, x.region, x.year, x.value
                      FROM jsonb_to_recordset(fc) AS x(region text, year integer, value numeric)
                      CROSS JOIN LATERAL @extschema@.gpumkt_explain(x.region, x.year, market => mk.market, extrapolate => true) AS e
                      CROSS JOIN LATERAL regexp_split_to_table(e.source_rows, ', (?=gpumkt_)') AS rn(source_row)
                      WHERE rn.source_row = ANY (user_rows)
                      OFFSET 0) u;
            END IF;
        EXCEPTION WHEN OTHERS THEN
            GET STACKED DIAGNOSTICS st = RETURNED_SQLSTATE, msg = MESSAGE_TEXT, msg_detail = PG_EXCEPTION_DETAIL;
            fc := NULL;
            used := NULL;
            findings := findings || jsonb_build_object(
                'market', mk.market,
                'finding', 'market cannot be forecast',
                'rows_involved', format('forecasts of %s, %s', mk.market,
                                        CASE WHEN lo = hi THEN lo::text ELSE lo || '-' || hi END),
                'figures', 'SQLSTATE ' || st,
                'discrepancy', NULL,
                'detail', format('Forecasting market %s fails with SQLSTATE %s: %s.%s The checks that need its forecasts are skipped; the other markets are audited.',
                                 mk.market, st, msg, coalesce(' ' || nullif(msg_detail, ''), '')));
        END;

        -- 2. the checks, over the forecasts computed above and the rows
        BEGIN
            -- the rows each region's own step uses (the first step of
            -- gpumkt_explain), for the regions with rates or shares (an
            -- anchor is always used): in every year forecast above, and in
            -- the years just before and after the horizon, which stand for
            -- all earlier and later years (a year where the region has no
            -- figure uses no row)
            own := NULL;
            edge_years := ARRAY[lo - 1, hi + 1];
            WHILE fc IS NOT NULL AND own IS NULL LOOP
                BEGIN
                    SELECT coalesce(jsonb_agg(jsonb_build_object('region', c.region, 'year', c.year,
                                                                 'source_row', rn.source_row)), '[]')
                    INTO own
                    FROM (SELECT c.region, c.year
                          FROM jsonb_to_recordset(fc) AS c(region text, year integer)
                          WHERE c.region IN (SELECT r.region FROM @extschema@.gpumkt_rates r WHERE r.market = mk.market
                                             UNION
                                             SELECT s.region FROM @extschema@.gpumkt_region_shares s WHERE s.market = mk.market)
                          UNION
                          SELECT x.region, y.year
                          FROM (SELECT r.region FROM @extschema@.gpumkt_rates r WHERE r.market = mk.market
                                UNION
                                SELECT s.region FROM @extschema@.gpumkt_region_shares s WHERE s.market = mk.market) x
                          CROSS JOIN unnest(edge_years) AS y(year)
                          WHERE y.year BETWEEN 1900 AND 2200
                            AND @extschema@.gpumkt_try_forecast(x.region, y.year, market => mk.market, extrapolate => true) IS NOT NULL
                          OFFSET 0) c
                    CROSS JOIN LATERAL @extschema@.gpumkt_explain(c.region, c.year, market => mk.market, extrapolate => true) AS e
                    CROSS JOIN LATERAL regexp_split_to_table(e.source_rows, ', (?=gpumkt_)') AS rn(source_row)
                    WHERE e.step = 1;
                EXCEPTION WHEN SQLSTATE '22003' THEN
                    -- a forecast leaves double range just outside the
                    -- horizon: the horizon alone
                    IF edge_years = '{}' THEN
                        RAISE;
                    END IF;
                    edge_years := '{}';
                END;
            END LOOP;
            SELECT coalesce(jsonb_agg(to_jsonb(f)), '[]') INTO part
            FROM (
            WITH RECURSIVE
            fcv AS (
                SELECT x.region, x.year, x.value
                FROM jsonb_to_recordset(fc) AS x(region text, year integer, value numeric)
                WHERE x.year BETWEEN lo AND hi
            ),
            -- the figure rows behind each region's forecasts, to name them
            sources AS (
                SELECT f.region, string_agg(f.row_name, ', ' ORDER BY f.row_name) AS row_names
                FROM (
                    SELECT a.region, format('gpumkt_anchors(%s, %s)', a.region, a.year) AS row_name
                    FROM @extschema@.gpumkt_anchors a WHERE a.market = mk.market
                    UNION ALL
                    SELECT r.region, format('gpumkt_rates(%s, %s)', r.region,
                                            coalesce(r.from_year || '-' || r.to_year, 'no period'))
                    FROM @extschema@.gpumkt_rates r WHERE r.market = mk.market
                    UNION ALL
                    SELECT s.region, format('gpumkt_region_shares(%s, %s)', s.region, s.year)
                    FROM @extschema@.gpumkt_region_shares s WHERE s.market = mk.market
                ) f
                GROUP BY f.region
            ),
            -- a. shares of one whole that add up to more than 100 % beyond rounding
            segment_sums AS (
                SELECT 'shares over 100 %'::text AS finding,
                       format('gpumkt_segments(%s, %s): %s', s.dimension, s.year,
                              string_agg(s.segment, ', ' ORDER BY s.segment)) AS rows_involved,
                       string_agg(s.segment || ' ' || s.share, ' + ' ORDER BY s.segment)
                           || ' = ' || sum(s.share) AS figures,
                       sum(s.share) - 1 AS discrepancy,
                       format('The shares of dimension %s in %s sum to %s, more than the whole.',
                              s.dimension, s.year, sum(s.share)) AS detail
                FROM @extschema@.gpumkt_segments s
                WHERE s.market = mk.market AND s.share IS NOT NULL
                GROUP BY s.dimension, s.year
                HAVING sum(s.share) > 1 + sum(0.5 * 10::numeric ^ (-scale(s.share)))
            ),
            region_sums AS (
                SELECT 'shares over 100 %'::text,
                       format('gpumkt_region_shares of %s in %s: %s', s.of_region, s.year,
                              string_agg(s.region, ', ' ORDER BY s.region)),
                       string_agg(s.region || ' ' || s.share, ' + ' ORDER BY s.region)
                           || ' = ' || sum(s.share),
                       sum(s.share) - 1,
                       format('The shares of %s held by its regions in %s sum to %s, more than the whole.',
                              s.of_region, s.year, sum(s.share))
                FROM @extschema@.gpumkt_region_shares s
                WHERE s.market = mk.market
                GROUP BY s.of_region, s.year
                HAVING sum(s.share) > 1 + sum(0.5 * 10::numeric ^ (-scale(s.share)))
            ),
            -- b. a region larger than its parent in a year of the horizon:
            -- each region with forecasts against its nearest ancestor with
            -- forecasts, consecutive years in one finding
            with_forecasts AS (
                SELECT DISTINCT v.region FROM fcv v
            ),
            up (region, ancestor, depth) AS (
                SELECT w.region, g.parent, 1
                FROM with_forecasts w JOIN @extschema@.gpumkt_regions g ON g.region = w.region
                WHERE g.parent IS NOT NULL
                UNION ALL
                SELECT u.region, g.parent, u.depth + 1
                FROM up u JOIN @extschema@.gpumkt_regions g ON g.region = u.ancestor
                WHERE g.parent IS NOT NULL
                  AND u.depth <= (SELECT count(*) FROM @extschema@.gpumkt_regions)
                  AND NOT EXISTS (SELECT 1 FROM with_forecasts w WHERE w.region = u.ancestor)
            ),
            nearest AS (
                SELECT DISTINCT ON (u.region) u.region AS child, u.ancestor AS parent, u.depth
                FROM up u JOIN with_forecasts w ON w.region = u.ancestor
                ORDER BY u.region, u.depth
            ),
            above AS (
                SELECT n.child, n.parent, n.depth, c.year, c.value AS child_value, p.value AS parent_value,
                       c.year - row_number() OVER (PARTITION BY n.child ORDER BY c.year) AS island
                FROM nearest n
                JOIN fcv c ON c.region = n.child
                JOIN fcv p ON p.region = n.parent AND p.year = c.year
                -- beyond the forecasts' own rounding (15 significant digits)
                WHERE c.value > p.value * (1 + 1e-12)
            ),
            spans AS (
                SELECT a.child, a.parent, a.depth, min(a.year) AS y0, max(a.year) AS y1,
                       (array_agg(a.year ORDER BY a.child_value - a.parent_value DESC, a.year))[1] AS worst
                FROM above a
                GROUP BY a.child, a.parent, a.depth, a.island
            ),
            oversized AS (
                SELECT 'region larger than its parent'::text,
                       concat_ws(' vs ', cs.row_names, ps.row_names),
                       format('%s %s = %s > %s %s = %s', w.child, w.year, round(w.child_value, 4),
                              w.parent, w.year, round(w.parent_value, 4))
                           || CASE WHEN s.y0 < s.y1 THEN format(' (the largest gap of %s-%s)', s.y0, s.y1) ELSE '' END,
                       w.child_value - w.parent_value,
                       CASE WHEN s.y0 = s.y1 THEN format('In %s the forecast of %s exceeds that of %s by %s (%s %%).',
                                                         s.y0, w.child, ap.who, round(w.child_value - w.parent_value, 4),
                                                         round(100 * (w.child_value / w.parent_value - 1), 1))
                            ELSE format('From %s to %s the forecast of %s exceeds that of %s, most in %s, by %s (%s %%).',
                                        s.y0, s.y1, w.child, ap.who, w.year, round(w.child_value - w.parent_value, 4),
                                        round(100 * (w.child_value / w.parent_value - 1), 1))
                       END
                       -- whether it holds at the bounds of the figures (gpumkt_forecast_range)
                       || CASE WHEN b.child_low > b.parent_high
                               THEN format(' It holds even at the bounds of the figures: in %s the lowest %s, %s, exceeds the highest %s, %s.',
                                           w.year, w.child, round(b.child_low, 4), s.parent, round(b.parent_high, 4))
                               ELSE format(' Within the bounds of the figures it need not hold: in %s the lowest %s, %s, does not exceed the highest %s, %s.',
                                           w.year, w.child, round(b.child_low, 4), s.parent, round(b.parent_high, 4))
                          END
                FROM spans s
                JOIN above w ON w.child = s.child AND w.year = s.worst
                JOIN @extschema@.gpumkt_regions g ON g.region = s.child
                CROSS JOIN LATERAL (
                    SELECT CASE WHEN s.depth = 1 THEN format('its parent %s', s.parent)
                                ELSE format('%s (the nearest ancestor with a forecast: its parent %s has none)',
                                            s.parent, g.parent) END AS who) ap
                LEFT JOIN sources cs ON cs.region = s.child
                LEFT JOIN sources ps ON ps.region = s.parent
                CROSS JOIN LATERAL (
                    SELECT (SELECT r.low FROM @extschema@.gpumkt_forecast_range(s.child, w.year, market => mk.market) r) AS child_low,
                           (SELECT r.high FROM @extschema@.gpumkt_forecast_range(s.parent, w.year, market => mk.market) r) AS parent_high) b
            ),
            -- c. a stated CAGR that its own endpoints contradict beyond rounding
            rates_vs_ends AS (
                SELECT 'stated CAGR disagrees with its endpoints'::text,
                       format('gpumkt_rates(%s, %s-%s), gpumkt_anchors(%s, %s), gpumkt_anchors(%s, %s)',
                              r.region, r.from_year, r.to_year, r.region, r.from_year, r.region, r.to_year),
                       format('stated %s; (%s / %s)^(1/%s) - 1 = %s', r.rate, a1.value, a0.value,
                              r.to_year::bigint - r.from_year, round(i.implied, 6)),
                       i.implied - r.rate,
                       format('The endpoints of %s give a CAGR of %s, the stated rate is %s: more than rounding (%s) apart.',
                              r.region, round(i.implied, 6), r.rate, 0.5 * 10::numeric ^ (-scale(r.rate)))
                FROM @extschema@.gpumkt_rates r
                JOIN @extschema@.gpumkt_anchors a0
                  ON a0.market = r.market AND a0.region = r.region AND a0.year = r.from_year
                JOIN @extschema@.gpumkt_anchors a1
                  ON a1.market = r.market AND a1.region = r.region AND a1.year = r.to_year
                CROSS JOIN LATERAL (SELECT @extschema@.gpumkt_cagr(a0.value, a1.value,
                                           r.to_year::numeric - r.from_year) AS implied) i
                WHERE r.market = mk.market
                  AND abs(i.implied - r.rate) > 0.5 * 10::numeric ^ (-scale(r.rate))
            ),
            -- d. a reported value that its share of a larger region contradicts
            values_vs_shares AS (
                SELECT 'value disagrees with share of parent'::text,
                       format('gpumkt_anchors(%s, %s), gpumkt_region_shares(%s, %s), forecast of %s',
                              a.region, a.year, s.region, s.year, s.of_region),
                       format('%s vs %s x %s = %s', a.value, s.share, round(p.value, 4),
                              round(s.share * p.value, 4)),
                       a.value - s.share * p.value,
                       format('%s in %s is %s, but %s of %s''s %s is %s: more than rounding (%s) apart.',
                              a.region, a.year, a.value, s.share, s.of_region, round(p.value, 4),
                              round(s.share * p.value, 4), round(t.tolerance, 4))
                FROM @extschema@.gpumkt_anchors a
                JOIN @extschema@.gpumkt_region_shares s
                  ON s.market = a.market AND s.region = a.region AND s.year = a.year
                JOIN fcv p ON p.region = s.of_region AND p.year = a.year
                CROSS JOIN LATERAL (
                    SELECT 0.5 * 10::numeric ^ (-scale(a.value))
                           + 0.5 * 10::numeric ^ (-scale(s.share)) * p.value AS tolerance) t
                WHERE a.market = mk.market
                  AND abs(a.value - s.share * p.value) > t.tolerance
            ),
            -- e. a user's row that changes forecasts of a shipped market
            usage AS (
                SELECT x.source_row, x.region, x.year, x.value, x.report,
                       x.year - row_number() OVER (PARTITION BY x.source_row, x.region ORDER BY x.year) AS island
                FROM jsonb_to_recordset(used)
                     AS x(source_row text, region text, year integer, value numeric, report numeric)
            ),
            usage_spans AS (
                SELECT u.source_row, u.region, min(u.year) AS y0, max(u.year) AS y1
                FROM usage u GROUP BY u.source_row, u.region, u.island
            ),
            usage_text AS (
                SELECT r.source_row, string_agg(r.region || ' ' || r.years, ', ' ORDER BY r.region) AS spans
                FROM (SELECT s.source_row, s.region,
                             string_agg(CASE WHEN s.y0 < lo AND s.y1 > hi THEN 'every year'
                                             WHEN s.y0 < lo THEN 'up to ' || s.y1
                                             WHEN s.y1 > hi THEN 'from ' || s.y0
                                             WHEN s.y0 = s.y1 THEN s.y0::text
                                             ELSE s.y0 || '-' || s.y1 END,
                                        ' and ' ORDER BY s.y0) AS years
                      FROM usage_spans s GROUP BY s.source_row, s.region) r
                GROUP BY r.source_row
            ),
            usage_most AS (
                SELECT DISTINCT ON (u.source_row) u.source_row, u.region, u.year, u.value, u.report
                FROM usage u
                ORDER BY u.source_row, u.report IS NULL, u.year BETWEEN lo AND hi DESC,
                         abs(u.value - u.report) DESC, u.region, u.year
            ),
            user_rows_used AS (
                SELECT 'user row in a shipped market'::text,
                       m.source_row,
                       format('%s; %s %s = %s', t.spans, m.region, m.year, round(m.value, 4))
                           || CASE WHEN m.report IS NULL THEN ', the report gives no figure'
                                   ELSE format(', the report''s %s', round(m.report, 4)) END,
                       m.value - m.report,
                       format('A row of your own (shipped = false) changes forecasts of the shipped market %s: %s. ',
                              mk.market, t.spans)
                           || CASE WHEN m.report IS NULL
                                   THEN format('The report''s rows give no figure for %s in %s; this row makes one (%s).',
                                               m.region, m.year, round(m.value, 4))
                                   ELSE format('The largest change is %s in %s: %s where the report''s rows give %s.',
                                               m.region, m.year, round(m.value, 4), round(m.report, 4)) END
                           || ' Put your own figures in a market of your own to keep the report''s apart.'
                FROM usage_most m JOIN usage_text t ON t.source_row = m.source_row
            ),
            -- when the market cannot be forecast, every user's row that may
            -- be the cause: which forecasts it changes cannot be told
            user_rows_unknown AS (
                SELECT 'user row in a shipped market'::text, u.source_row, NULL::text, NULL::numeric,
                       format('A row of your own (shipped = false) in the shipped market %s, which cannot be forecast now: which forecasts it changes cannot be told.',
                              mk.market)
                FROM unnest(user_rows) AS u(source_row)
                WHERE fc IS NULL
            ),
            user_segments AS (
                SELECT 'user row in a shipped market'::text,
                       format('gpumkt_segments(%s, %s)', s.dimension, s.segment),
                       format('share %s (%s) x the region''s forecast', s.share, s.year),
                       NULL::numeric,
                       format('A segment share of your own (shipped = false) in the shipped market %s: every forecast of segment %s of dimension %s is the region''s forecast times %s, a share the report does not give.',
                              mk.market, s.segment, s.dimension, s.share)
                FROM @extschema@.gpumkt_segments s
                WHERE mk.shipped AND s.market = mk.market AND NOT s.shipped AND s.share IS NOT NULL
            ),
            -- f. a stated figure that the forecast does not use where it is
            -- stated: a rate in no year of its period (one with no period in
            -- no year at all), a region share in its year, with the growth or
            -- the share the forecast gives there instead
            fca AS (
                SELECT x.region, x.year, x.value
                FROM jsonb_to_recordset(fc) AS x(region text, year integer, value numeric)
            ),
            own_rows AS (
                SELECT x.region, x.year, x.source_row
                FROM jsonb_to_recordset(own) AS x(region text, year integer, source_row text)
            ),
            stated_rates AS (
                SELECT r.region, r.rate, r.from_year,
                       coalesce(r.from_year, lo) AS y0, coalesce(r.to_year, hi) AS y1,
                       format('gpumkt_rates(%s, %s)', r.region,
                              coalesce(r.from_year || '-' || r.to_year, 'no period')) AS row_name,
                       trim_scale(0.5 * 10::numeric ^ (-scale(r.rate))) AS tolerance
                FROM @extschema@.gpumkt_rates r
                WHERE r.market = mk.market AND own IS NOT NULL
            ),
            rate_use AS (
                SELECT s.row_name,
                       coalesce(bool_or(o.year IS NOT NULL AND (s.from_year IS NULL OR o.year BETWEEN s.y0 AND s.y1)), false)
                           AS where_stated,
                       count(o.year) > 0 AS anywhere
                FROM stated_rates s
                LEFT JOIN own_rows o ON o.source_row = s.row_name
                GROUP BY s.row_name
            ),
            rates_ignored AS (
                SELECT s.*, u.anywhere AS used_elsewhere, v0.value AS v0, v1.value AS v1,
                       CASE WHEN s.y1 > s.y0 THEN @extschema@.gpumkt_cagr(v0.value, v1.value, s.y1::numeric - s.y0)
                       END AS implied
                FROM stated_rates s
                JOIN rate_use u ON u.row_name = s.row_name
                LEFT JOIN fca v0 ON v0.region = s.region AND v0.year = s.y0
                LEFT JOIN fca v1 ON v1.region = s.region AND v1.year = s.y1
                WHERE NOT u.where_stated
            ),
            rates_instead AS (
                SELECT i.row_name, string_agg(DISTINCT o.source_row, ', ' ORDER BY o.source_row) AS instead
                FROM rates_ignored i
                JOIN own_rows o ON o.region = i.region AND o.year BETWEEN i.y0 AND i.y1
                GROUP BY i.row_name
            ),
            rates_not_used AS (
                SELECT 'stated figure not used'::text,
                       concat_ws(' vs ', i.row_name, x.instead),
                       CASE WHEN i.implied IS NOT NULL
                            THEN format('stated %s; %s %s-%s: (%s / %s)^(1/%s) - 1 = %s', i.rate, i.region,
                                        i.y0, i.y1, round(i.v1, 4), round(i.v0, 4), i.y1 - i.y0, round(i.implied, 6))
                            WHEN i.v0 IS NULL OR i.v1 IS NULL
                            THEN format('stated %s; no forecast of %s in both %s and %s', i.rate, i.region, i.y0, i.y1)
                            ELSE format('stated %s; the market''s figures span %s only', i.rate, i.y0) END,
                       i.implied - i.rate,
                       CASE WHEN i.v0 IS NULL OR i.v1 IS NULL
                            THEN format('No forecast of %s uses its rate %s: the method grows a region at a rate only from an anchor of its own, which %s lacks, and without a forecast of it in both %s and %s its growth there cannot be compared.',
                                        i.region, i.rate, i.region, i.y0, i.y1)
                            WHEN i.implied IS NULL
                            THEN format('No forecast of %s uses its rate %s, stated with no period: it rests on %s. The market''s figures span one year, %s, which gives no growth to compare.',
                                        i.region, i.rate, x.instead, i.y0)
                            WHEN i.from_year IS NULL
                            THEN format('No forecast of %s uses its rate %s, stated with no period: it rests on %s, and grows at %s a year over %s-%s, the years of the market''s figures (%s %s).',
                                        i.region, i.rate, x.instead, round(i.implied, 6), i.y0, i.y1,
                                        round(i.implied - i.rate, 6),
                                        CASE WHEN abs(i.implied - i.rate) > i.tolerance
                                             THEN format('off the stated rate, more than rounding (%s) apart', i.tolerance)
                                             ELSE format('off the stated rate, within rounding (%s)', i.tolerance) END)
                            ELSE format('The forecast of %s does not use its rate %s in %s-%s, the years it is stated for: there it rests on %s, and grows at %s a year (%s %s).',
                                        i.region, i.rate, i.y0, i.y1, x.instead, round(i.implied, 6),
                                        round(i.implied - i.rate, 6),
                                        CASE WHEN abs(i.implied - i.rate) > i.tolerance
                                             THEN format('off the stated rate, more than rounding (%s) apart', i.tolerance)
                                             ELSE format('off the stated rate, within rounding (%s)', i.tolerance) END)
                                 || CASE WHEN i.used_elsewhere THEN ' It is used in other years.'
                                         ELSE ' No forecast uses it in any year.' END
                       END
                FROM rates_ignored i
                LEFT JOIN rates_instead x ON x.row_name = i.row_name
            ),
            stated_shares AS (
                SELECT s.region, s.year, s.share, s.of_region,
                       format('gpumkt_region_shares(%s, %s)', s.region, s.year) AS row_name,
                       trim_scale(0.5 * 10::numeric ^ (-scale(s.share))) AS tolerance
                FROM @extschema@.gpumkt_region_shares s
                WHERE s.market = mk.market AND own IS NOT NULL
            ),
            share_use AS (
                SELECT s.row_name, coalesce(bool_or(o.year = s.year), false) AS where_stated,
                       count(o.year) > 0 AS anywhere
                FROM stated_shares s
                LEFT JOIN own_rows o ON o.source_row = s.row_name
                GROUP BY s.row_name
            ),
            shares_ignored AS (
                SELECT s.*, u.anywhere AS used_elsewhere, c.value AS v, p.value AS pv,
                       c.value / p.value AS implied
                FROM stated_shares s
                JOIN share_use u ON u.row_name = s.row_name
                JOIN fca c ON c.region = s.region AND c.year = s.year
                LEFT JOIN fca p ON p.region = s.of_region AND p.year = s.year
                WHERE NOT u.where_stated
            ),
            shares_instead AS (
                SELECT i.row_name, string_agg(o.source_row, ', ' ORDER BY o.source_row) AS instead
                FROM shares_ignored i
                JOIN own_rows o ON o.region = i.region AND o.year = i.year
                GROUP BY i.row_name
            ),
            shares_not_used AS (
                SELECT 'stated figure not used'::text,
                       concat_ws(' vs ', i.row_name, x.instead),
                       CASE WHEN i.pv IS NULL
                            THEN format('stated %s; %s %s = %s, no forecast of %s', i.share, i.region, i.year,
                                        round(i.v, 4), i.of_region)
                            ELSE format('stated %s; %s %s / %s %s = %s / %s = %s', i.share, i.region, i.year,
                                        i.of_region, i.year, round(i.v, 4), round(i.pv, 4), round(i.implied, 6)) END,
                       i.implied - i.share,
                       CASE WHEN i.pv IS NULL
                            THEN format('In %s the forecast of %s does not use its share %s of %s: it rests on %s, and %s has no forecast that year to compare.',
                                        i.year, i.region, i.share, i.of_region, x.instead, i.of_region)
                            ELSE format('In %s, the year it is stated for, the forecast of %s does not use its share %s of %s: it rests on %s, and gives %s, %s of %s''s %s (%s %s).',
                                        i.year, i.region, i.share, i.of_region, x.instead, round(i.v, 4),
                                        round(i.implied, 6), i.of_region, round(i.pv, 4), round(i.implied - i.share, 6),
                                        CASE WHEN abs(i.implied - i.share) > i.tolerance
                                             THEN format('off the stated share, more than rounding (%s) apart', i.tolerance)
                                             ELSE format('off the stated share, within rounding (%s)', i.tolerance) END)
                       END
                           || CASE WHEN i.used_elsewhere THEN ' It is used in other years.'
                                   ELSE ' No forecast uses it in any year.' END
                FROM shares_ignored i
                LEFT JOIN shares_instead x ON x.row_name = i.row_name
            )
            SELECT mk.market AS market, c.* FROM (
                SELECT * FROM segment_sums
                UNION ALL SELECT * FROM region_sums
                UNION ALL SELECT * FROM oversized
                UNION ALL SELECT * FROM rates_vs_ends
                UNION ALL SELECT * FROM values_vs_shares
                UNION ALL SELECT * FROM user_rows_used
                UNION ALL SELECT * FROM user_rows_unknown
                UNION ALL SELECT * FROM user_segments
                UNION ALL SELECT * FROM rates_not_used
                UNION ALL SELECT * FROM shares_not_used
            ) c
            ) f;
            findings := findings || part;
        EXCEPTION WHEN OTHERS THEN
            GET STACKED DIAGNOSTICS st = RETURNED_SQLSTATE, msg = MESSAGE_TEXT;
            findings := findings || jsonb_build_object(
                'market', mk.market,
                'finding', 'market cannot be audited',
                'rows_involved', NULL,
                'figures', 'SQLSTATE ' || st,
                'discrepancy', NULL,
                'detail', format('Checking market %s fails with SQLSTATE %s: %s. The other markets are audited.',
                                 mk.market, st, msg));
        END;
    END LOOP;

    -- 3. across the sources of a topic (markets sizing the same market):
    -- in each year one of them states a size of their common top region, a
    -- source outside [median / 2, median x 2] of all (gpumkt_consensus, in
    -- USD billion); a year whose sources cannot be put in one currency
    -- (no exchange rate) is skipped
    FOR tp IN
        SELECT DISTINCT m.topic, m.root_region, a.year
        FROM @extschema@.gpumkt_markets m
        JOIN @extschema@.gpumkt_anchors a ON a.market = m.market AND a.region = m.root_region
        WHERE m.topic IS NOT NULL
          AND (SELECT count(*) FROM @extschema@.gpumkt_markets o WHERE o.topic = m.topic) > 1
        ORDER BY 1, 2, 3
    LOOP
        BEGIN
            SELECT c.* INTO cons FROM @extschema@.gpumkt_consensus(tp.topic, tp.root_region, tp.year) c;
            IF cons.sources > 1 AND cons.outliers IS NOT NULL THEN
                findings := findings || (
                    SELECT coalesce(jsonb_agg(jsonb_build_object(
                        'market', o.market,
                        'finding', 'source outside the others'' range',
                        'rows_involved', format('gpumkt_consensus(%s, %s, %s)', tp.topic, tp.root_region, tp.year),
                        'figures', format('%s of %s sources; median %s USD billion, from %s to %s',
                                          o.market, cons.sources, round(cons.median, 4), round(cons.low, 4), round(cons.high, 4)),
                        'discrepancy', NULL,
                        'detail', format('In %s the size market %s gives %s lies outside half to twice the median of the %s sources of topic %s (%s USD billion).',
                                         tp.year, o.market, tp.root_region, cons.sources, tp.topic, round(cons.median, 4)))), '[]')
                    FROM unnest(cons.outliers) o(market));
            END IF;
        EXCEPTION WHEN SQLSTATE '02000' OR SQLSTATE '22023' THEN
            -- no exchange rate, or a unit gpumkt cannot convert: skipped
            NULL;
        END;
    END LOOP;

    RETURN QUERY
        -- the discrepancy to 15 significant digits, as the forecasts give figures
        SELECT x.market, x.finding, x.rows_involved, x.figures, x.discrepancy::float8::numeric, x.detail
        FROM jsonb_to_recordset(findings)
             AS x(market text, finding text, rows_involved text, figures text, discrepancy numeric, detail text)
        ORDER BY 1, 2, 3, 4;
END
$audit$;
COMMENT ON FUNCTION @extschema@.gpumkt_audit() IS
'One row per finding in the loaded data of every market: shares of a whole over 100 %, a region larger than its parent (every year of the market''s horizon, consecutive years in one finding), a stated CAGR its endpoints contradict, a value its share of a parent contradicts, a stated figure the forecast does not use where it is stated (a rate in no year of its period, a region share in its year: with the growth or share the forecast gives there), a user''s row that changes forecasts of a shipped market, a market whose forecasts fail (with the SQLSTATE and message, the other markets still audited), and, across the markets of a topic, a source outside half to twice the median of them (gpumkt_consensus) in a year one states.';
