------------------------------------------------------------------------------
-- The Theta method and the automatic model (2.1, issue 19): the aggregates
-- gpumkt_theta and gpumkt_auto_model fit a group's series as gpumkt_ets
-- does (they share its transition, combine, serialize and deserialize
-- functions, and one final function) and return a
-- gpumkt_ets_model, of method theta or combination, which gpumkt_predict,
-- gpumkt_predict_interval, gpumkt_predict_series and gpumkt_model_info
-- read as they read gpumkt_ets's.  See docs/method.md, "The Theta method"
-- and "The automatic model".  The updates to 2.1 and to 2.1.1 replay this
-- file (so every statement here can run again: OR REPLACE).
------------------------------------------------------------------------------

-- One final function for both (the aggregate's name says which method;
-- one routine fewer).  COST 3000, as gpumkt_ets_final's (95_ets.sql says
-- why): a higher cost hides the aggregate from postgres_fdw's pushdown.
CREATE OR REPLACE FUNCTION @extschema@.gpumkt_model_final(internal) RETURNS @extschema@.gpumkt_ets_model
    AS 'MODULE_PATHNAME', 'gpumkt_model_final' LANGUAGE C IMMUTABLE PARALLEL SAFE COST 3000;
COMMENT ON FUNCTION @extschema@.gpumkt_model_final(internal) IS
'Final function of gpumkt_theta and gpumkt_auto_model: the regular series of the points, fitted by the aggregate''s method (the Theta method, or the automatic model).';
REVOKE EXECUTE ON FUNCTION @extschema@.gpumkt_model_final(internal) FROM PUBLIC;

-- The aggregates, one per type of t and number of arguments (no model
-- argument: gpumkt_ets_trans's 3- and 4-argument forms).
DO $$
DECLARE
    typ text;
    agg record;
    k int;
    args text[] := ARRAY['', ', seasonality integer'];
    types text[] := ARRAY['', ', integer'];
BEGIN
    FOREACH typ IN ARRAY ARRAY['bigint', 'timestamptz']
    LOOP
        FOR agg IN SELECT * FROM (VALUES
                ('gpumkt_theta',
                 'Fits the Theta method (Assimakopoulos and Nikolopoulos 2000) to the group''s series as R''s forecast::thetaf does and returns it as a gpumkt_ets_model of method theta: the series made as gpumkt_ets makes it (values of one t summed, the constant step detected, up to 30 %% of the points missing filled in linearly, the cycle detected as gpumkt_ets detects it); a series with a cycle m and more than 2m points whose autocorrelation at lag m passes the 90 %% test divided by the seasonal indices of the classical multiplicative decomposition; simple exponential smoothing fitted by least squares (alpha in [0.0001, 0.9999], the initial level estimated) plus a drift of half the slope of the least-squares line; forecasts reseasonalised; intervals those of the smoothing, sigma sqrt(1 + (h - 1) alpha^2) (thetaf''s). NULL rows skipped; NULL over no rows; fewer than 3 points, a step that is not constant, too many gaps, every value NULL, NaN or Infinity: 22023.'),
                ('gpumkt_auto_model',
                 'The recommended automatic forecast: fits exponential smoothing to the group''s series (made as gpumkt_ets makes it, the cycle detected the same way) among the models gpumkt_ets chooses from plus, for values all above 0 and a series without a cycle, the multiplicative trends (MMN, MMdN), and returns the average of the (at most) three models of least AICc as a gpumkt_ets_model of method combination: weights exp(-(BIC - least BIC) / 2) of the three, normalised, each BIC from the AICc the choice found (the chosen model alone when the series is too short for an AICc); forecast the weighted sum of theirs (gpumkt_model_info gives the components and weights); intervals the weighted sums of their bounds widened by the spread of their forecasts (the variance of their mixture), and no narrower than the combination''s own in-sample errors 1 to H steps ahead say (H twice the cycle, from 8 to 24 and at most half the points; stored in the model). NULL rows skipped; NULL over no rows; fewer than 3 points, a step that is not constant, too many gaps, every value NULL, NaN or Infinity: 22023.')) AS x(name, doc)
        LOOP
            FOR k IN 1 .. 2 LOOP
                EXECUTE pg_catalog.format(
                    'CREATE OR REPLACE AGGREGATE @extschema@.%I(t %s, value float8%s) (SFUNC = @extschema@.gpumkt_ets_trans,'
                    ' STYPE = internal, FINALFUNC = @extschema@.gpumkt_model_final, COMBINEFUNC = @extschema@.gpumkt_ets_combine,'
                    ' SERIALFUNC = @extschema@.gpumkt_ets_serialize, DESERIALFUNC = @extschema@.gpumkt_ets_deserialize,'
                    ' PARALLEL = SAFE)', agg.name, typ, args[k]);
                EXECUTE pg_catalog.format('COMMENT ON AGGREGATE @extschema@.%I(%s, float8%s) IS %L', agg.name, typ, types[k],
                    CASE k WHEN 1 THEN pg_catalog.format(agg.doc)
                           ELSE pg_catalog.format('As %1$s(%2$s, float8), with the cycle given: seasonality NULL detects it, 1 means none, m > 1 a cycle of m points (at most half the series, 22023 otherwise).', agg.name, typ) END);
            END LOOP;
        END LOOP;
    END LOOP;
END
$$;
