------------------------------------------------------------------------------
-- The comments of the aggregates gpumkt_ets (95_ets.sql creates them), one
-- per type of t and number of arguments (the cycle each type of t detects
-- differs).  2.1 changed them (issue 19): the update replays this file.
------------------------------------------------------------------------------
DO $$
DECLARE
    t record;
    k int;
    types text[] := ARRAY['', ', integer', ', integer, text'];
BEGIN
    FOR t IN SELECT * FROM (VALUES
            ('bigint', 'integer t: the lag among 4, 7, 12 and 52 whose autocorrelation of first differences is highest and significant'),
            ('timestamptz', 'timestamptz t by calendar months (UTC): 12 for months, 4 for quarters, 2 for half-years; hourly: 24; daily: 7; a date t, which reaches timestamptz by the implicit cast, makes a date series, read as written whatever the time zone and printed as dates: 12, 4 or 2 by calendar months, 7 by days')) AS x(typ, cycle)
    LOOP
        FOR k IN 1 .. 3 LOOP
            EXECUTE pg_catalog.format('COMMENT ON AGGREGATE @extschema@.gpumkt_ets(%s, float8%s) IS %L', t.typ, types[k],
                CASE k WHEN 1 THEN pg_catalog.format('Fits an exponential-smoothing model to the group''s series and returns it as a gpumkt_ets_model: values of one t summed, the constant step detected (up to 30 %% of the points missing are filled in linearly), the cycle detected (%s), and the model of least AICc among those R''s forecast::ets tries by default (error A, or M for values all above 0; trend N, A or Ad; season N, A, or M for values above 0; not A error with M season), its parameters and initial states by maximum likelihood from several starts. NULL rows skipped; NULL over no rows; fewer than 3 points, a step that is not constant, too many gaps, every value NULL, NaN or Infinity: 22023.', t.cycle)
                       WHEN 2 THEN pg_catalog.format('As gpumkt_ets(%1$s, float8), with the cycle given: seasonality NULL detects it, 1 means none, m > 1 a cycle of m points (at most half the series, 22023 otherwise).', t.typ)
                       ELSE pg_catalog.format('As gpumkt_ets(%1$s, float8, integer), with the model given as R''s forecast::ets names it (case-insensitive): error A or M, trend N, A, Ad, M or Md, season N, A or M, Z for a component to choose (NULL or ZZZ: choose all; M and Md trends only when named); 22023 for another name, for A error with an M trend or season or M error with M trend and A season (forecast::ets refuses them), for an M part with a value <= 0, for a seasonal model without a cycle, or for a model the series is too short for. Aggregates take no named arguments: gpumkt_ets(t, value, NULL, ''MAdM'').', t.typ) END);
        END LOOP;
    END LOOP;
END
$$;
