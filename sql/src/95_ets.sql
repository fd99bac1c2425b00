------------------------------------------------------------------------------
-- Exponential smoothing of users' own series (1.4, issue 13; 2.1, issue 19:
-- the whole family): the aggregate gpumkt_ets fits the ETS models of R's
-- forecast::ets (error A or M, trend N, A, Ad, and M, Md when asked, season
-- N, A or M; Hyndman, Koehler, Ord and Snyder 2008) by maximum likelihood
-- and chooses one by AICc; a gpumkt_ets_model holds the fit, and
-- gpumkt_predict, gpumkt_predict_interval, gpumkt_predict_series and
-- gpumkt_model_info read it.  See docs/method.md, "Exponential smoothing".
------------------------------------------------------------------------------

CREATE TYPE @extschema@.gpumkt_ets_model;

CREATE FUNCTION @extschema@.gpumkt_ets_model_in(cstring) RETURNS @extschema@.gpumkt_ets_model
    AS 'MODULE_PATHNAME', 'gpumkt_ets_model_in' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.gpumkt_ets_model_in(cstring) IS
'Text input of gpumkt_ets_model: the text a model prints (every model the aggregate makes reads back identically); anything else, or a model with a field out of range, is SQLSTATE 22P02.';
CREATE FUNCTION @extschema@.gpumkt_ets_model_out(@extschema@.gpumkt_ets_model) RETURNS cstring
    AS 'MODULE_PATHNAME', 'gpumkt_ets_model_out' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.gpumkt_ets_model_out(@extschema@.gpumkt_ets_model) IS
'Text output of gpumkt_ets_model: ets(v2,METHOD,MODEL,t=...,...,season={...},fitted={...},cand={MODEL:AICc,...}), every number to 17 significant digits so that it reads back exactly; the text of 2.0 (ets(v1,...)) reads back as the same model.';
CREATE FUNCTION @extschema@.gpumkt_ets_model_recv(internal) RETURNS @extschema@.gpumkt_ets_model
    AS 'MODULE_PATHNAME', 'gpumkt_ets_model_recv' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.gpumkt_ets_model_recv(internal) IS
'Binary input of gpumkt_ets_model (version 2, and 2.0''s version 1); a malformed or out-of-range model is SQLSTATE 22P03.';
CREATE FUNCTION @extschema@.gpumkt_ets_model_send(@extschema@.gpumkt_ets_model) RETURNS bytea
    AS 'MODULE_PATHNAME', 'gpumkt_ets_model_send' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.gpumkt_ets_model_send(@extschema@.gpumkt_ets_model) IS
'Binary output of gpumkt_ets_model (version 2): the fixed fields in network order, then the seasonal states, the fitted values, the candidates, and a combination''s weights and components.';

CREATE TYPE @extschema@.gpumkt_ets_model (
    INPUT = @extschema@.gpumkt_ets_model_in,
    OUTPUT = @extschema@.gpumkt_ets_model_out,
    RECEIVE = @extschema@.gpumkt_ets_model_recv,
    SEND = @extschema@.gpumkt_ets_model_send,
    INTERNALLENGTH = VARIABLE,
    ALIGNMENT = double,
    STORAGE = extended
);
COMMENT ON TYPE @extschema@.gpumkt_ets_model IS
'A forecasting model fitted by the aggregate gpumkt_ets: its model (R''s ETS codes ANN .. MMdM), parameters, final states, residual variance, accuracy, the candidates it was chosen among with their AICc, the times of its series and its fitted values. Read by gpumkt_predict, gpumkt_predict_interval, gpumkt_predict_series and gpumkt_model_info; values stored by 2.0 read back and predict the same.';

------------------------------------------------------------------------------
-- The aggregate.  Its transitions collect the points in an internal state
-- (combined, serialized and deserialized, so that a GROUP BY over many
-- series runs in parallel workers); the final function fits once per group.
-- The support functions read nothing but their arguments: IMMUTABLE and
-- PARALLEL SAFE.  Aggregates take no defaults or named arguments, so the
-- optional seasonality and model come as overloads.
------------------------------------------------------------------------------

-- The transition functions, one per type of t and number of arguments.
-- Two types of t: bigint (integer t reach it by the implicit cast) and
-- timestamptz.  A date reaches timestamptz by the implicit cast too, and the
-- transition finds that cast (gm_tstz_arg_source): the series is a date
-- series still, its days read as written whatever the time zone, its cycle
-- detected as a date series', its times printed as dates.
DO $$
DECLARE
    t record;
    args text;
BEGIN
    FOR t IN SELECT * FROM (VALUES
            ('bigint', 'gpumkt_ets_trans_int'), ('timestamptz', 'gpumkt_ets_trans_tstz')) AS x(typ, sym)
    LOOP
        FOREACH args IN ARRAY ARRAY['', ', integer', ', integer, text']
        LOOP
            EXECUTE pg_catalog.format(
                'CREATE FUNCTION @extschema@.gpumkt_ets_trans(internal, %s, float8%s) RETURNS internal'
                ' AS %L, %L LANGUAGE C IMMUTABLE PARALLEL SAFE', t.typ, args, 'MODULE_PATHNAME', t.sym);
            EXECUTE pg_catalog.format(
                'COMMENT ON FUNCTION @extschema@.gpumkt_ets_trans(internal, %s, float8%s) IS %L', t.typ, args,
                pg_catalog.format('Transition function of the aggregate gpumkt_ets(%s, float8%s): keeps the point.', t.typ, args));
        END LOOP;
    END LOOP;
END
$$;
CREATE FUNCTION @extschema@.gpumkt_ets_combine(internal, internal) RETURNS internal
    AS 'MODULE_PATHNAME', 'gpumkt_ets_combine' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.gpumkt_ets_combine(internal, internal) IS
'Combine function of gpumkt_ets: the points of both partial states (the fit sorts them, so their order does not matter).';
CREATE FUNCTION @extschema@.gpumkt_ets_serialize(internal) RETURNS bytea
    AS 'MODULE_PATHNAME', 'gpumkt_ets_serialize' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.gpumkt_ets_serialize(internal) IS
'Serialization function of gpumkt_ets: the partial state as bytea, for parallel workers.';
CREATE FUNCTION @extschema@.gpumkt_ets_deserialize(bytea, internal) RETURNS internal
    AS 'MODULE_PATHNAME', 'gpumkt_ets_deserialize' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.gpumkt_ets_deserialize(bytea, internal) IS
'Deserialization function of gpumkt_ets: a partial state from gpumkt_ets_serialize''s bytea.';
-- COST 3000 (issue 19; 100000 before): a fit takes milliseconds, some
-- 100,000 cpu_operator_costs, but a cost that high hid the aggregate from
-- postgres_fdw: it pushes a grouped aggregate down to a shard only when that
-- is cheaper by more than 1 % (add_path's fuzz), and all it saves is
-- fdw_tuple_cost (0.01) on each point it need not fetch, against fits that
-- cost as much on the shard as here.  At 3000 (7.5 a fit), series of 6
-- points and more go to the shards (docs/scale-out.md); on one node a
-- partition-wise plan, at the default parallel costs, still fits in the
-- workers rather than serially or in the leader after a Gather
-- (test/t/006_model_shards.pl; at 1000 it stays serial).  Every aggregate
-- that makes a gpumkt_ets_model declares its final function so.
CREATE FUNCTION @extschema@.gpumkt_ets_final(internal) RETURNS @extschema@.gpumkt_ets_model
    AS 'MODULE_PATHNAME', 'gpumkt_ets_final_v2' LANGUAGE C IMMUTABLE PARALLEL SAFE COST 3000;
COMMENT ON FUNCTION @extschema@.gpumkt_ets_final(internal) IS
'Final function of gpumkt_ets: the regular series of the points, fitted (the whole ETS family, 2.1).';

-- The aggregates, one per type of t and number of arguments, each with the
-- support functions above; their comments in 95_ets_comments.sql (the
-- update to 2.1 replays that file alone).
DO $$
DECLARE
    typ text;
    args text;
BEGIN
    FOREACH typ IN ARRAY ARRAY['bigint', 'timestamptz']
    LOOP
        FOREACH args IN ARRAY ARRAY['', ', seasonality integer', ', seasonality integer, model text']
        LOOP
            EXECUTE pg_catalog.format(
                'CREATE AGGREGATE @extschema@.gpumkt_ets(t %s, value float8%s) (SFUNC = @extschema@.gpumkt_ets_trans,'
                ' STYPE = internal, FINALFUNC = @extschema@.gpumkt_ets_final, COMBINEFUNC = @extschema@.gpumkt_ets_combine,'
                ' SERIALFUNC = @extschema@.gpumkt_ets_serialize, DESERIALFUNC = @extschema@.gpumkt_ets_deserialize,'
                ' PARALLEL = SAFE)', typ, args);
        END LOOP;
    END LOOP;
END
$$;

REVOKE EXECUTE ON FUNCTION
    @extschema@.gpumkt_ets_trans(internal, bigint, float8),
    @extschema@.gpumkt_ets_trans(internal, bigint, float8, integer),
    @extschema@.gpumkt_ets_trans(internal, bigint, float8, integer, text),
    @extschema@.gpumkt_ets_trans(internal, timestamptz, float8),
    @extschema@.gpumkt_ets_trans(internal, timestamptz, float8, integer),
    @extschema@.gpumkt_ets_trans(internal, timestamptz, float8, integer, text),
    @extschema@.gpumkt_ets_combine(internal, internal),
    @extschema@.gpumkt_ets_serialize(internal),
    @extschema@.gpumkt_ets_deserialize(bytea, internal),
    @extschema@.gpumkt_ets_final(internal)
    FROM PUBLIC;

------------------------------------------------------------------------------
-- Accessors of the model.  t must be of the type the model's series had
-- (22023 otherwise) and on its step, at or after its first point: bigint
-- for an integer series, timestamptz for a timestamptz one, and for a date
-- series a date, which reaches the timestamptz form by the implicit cast
-- and is read as the date.  Times print in ISO form (dates YYYY-MM-DD,
-- times in UTC) whatever DateStyle and TimeZone say, so every function here
-- is IMMUTABLE.
------------------------------------------------------------------------------
CREATE FUNCTION @extschema@.gpumkt_predict(model @extschema@.gpumkt_ets_model, t bigint) RETURNS float8
    AS 'MODULE_PATHNAME', 'gpumkt_predict' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.gpumkt_predict(@extschema@.gpumkt_ets_model, bigint) IS
'For a model over integer t: the model''s point forecast at t after the series (h steps on: l + phi_h b, or l b^phi_h for an M trend, plus s or times s for an M season), or its fitted one-step value at a t inside the series (a point filled in has one too). 22023 for t of another type than the series'', off its step, before its first point or more than 1,000,000 steps after its last; 22003 for a forecast out of range.';
CREATE FUNCTION @extschema@.gpumkt_predict_interval(model @extschema@.gpumkt_ets_model, t bigint, level float8 DEFAULT 0.95,
    OUT low float8, OUT high float8)
    AS 'MODULE_PATHNAME', 'gpumkt_predict_interval' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.gpumkt_predict_interval(@extschema@.gpumkt_ets_model, bigint, float8) IS
'For a model over integer t: the central prediction interval of the level (default 0.95) at t: forecast -/+ z sqrt(v(h)), v by the classes of Hyndman et al. 2008, chapter 6 (class 1: A error; class 2: M error, no M season; class 3: M error and season), or the quantiles of 2,000 simulated paths from a fixed seed for a model with an M trend (up to 10,000 steps ahead, 54000 beyond); inside the series the fitted value -/+ z sigma (times the fitted value for an M error). level outside (0, 1): 22023; t as for gpumkt_predict.';

CREATE FUNCTION @extschema@.gpumkt_predict(model @extschema@.gpumkt_ets_model, t timestamptz) RETURNS float8
    AS 'MODULE_PATHNAME', 'gpumkt_predict' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.gpumkt_predict(@extschema@.gpumkt_ets_model, timestamptz) IS
'For a model over dates (pass a date: it reaches this form by the implicit cast and is read as the date) or timestamptz values: the model''s point forecast at t after the series (as the bigint form), or its fitted one-step value at a t inside the series (a point filled in has one too). 22023 for t of another type than the series'', off its step, before its first point or more than 1,000,000 steps after its last; 22003 for a forecast out of range.';
CREATE FUNCTION @extschema@.gpumkt_predict_interval(model @extschema@.gpumkt_ets_model, t timestamptz, level float8 DEFAULT 0.95,
    OUT low float8, OUT high float8)
    AS 'MODULE_PATHNAME', 'gpumkt_predict_interval' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.gpumkt_predict_interval(@extschema@.gpumkt_ets_model, timestamptz, float8) IS
'For a model over dates (pass a date, read as the date) or timestamptz values: the central prediction interval of the level (default 0.95) at t, as the bigint form computes it. level outside (0, 1): 22023; t as for gpumkt_predict.';

CREATE FUNCTION @extschema@.gpumkt_model_info(model @extschema@.gpumkt_ets_model,
    OUT kind text, OUT alpha float8, OUT beta float8, OUT gamma float8, OUT phi float8,
    OUT seasonality integer, OUT n integer, OUT sigma float8, OUT aicc float8,
    OUT mae float8, OUT rmse float8, OUT mase float8, OUT smape float8,
    OUT loglik float8, OUT method text, OUT chosen_by text, OUT candidates text[],
    OUT candidate_aicc float8[], OUT components text[], OUT weights float8[])
    AS 'MODULE_PATHNAME', 'gpumkt_model_info_v2' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.gpumkt_model_info(@extschema@.gpumkt_ets_model) IS
'The model: kind (R''s ETS code, ANN .. MMdM; THETA or COMBINATION for other methods), smoothing parameters (beta NULL without trend, gamma without season, phi without damping), seasonality (1 without season), n (points of the series, filled ones too), sigma (residual standard deviation, sqrt(SSE / (n - k)), k the estimated quantities; of the relative errors for an M error), AICc (as forecast::ets: -2 loglik + 2k + 2k(k+1)/(n-k-1), k counting the variance; NULL when n - k - 1 <= 0), the in-sample accuracy of the one-step fitted values: MAE, RMSE, MASE (scaled by the mean absolute change over one cycle of the series, or one step; NULL when that is 0) and sMAPE in percent; loglik (forecast::ets''s: -n/2 log(SSE), minus the sum of log|fitted| for an M error); method (ets, theta, combination); chosen_by (least AICc, or forced when the model argument named one model; theta method for gpumkt_theta''s model, BIC weights for gpumkt_auto_model''s combination, Akaike weights for one stored by 2.1); candidates and candidate_aicc: the models tried and their AICc (empty when forced; NULL AICc for a model the series is too short for); components and weights: a combination''s (NULL otherwise). A model stored by 2.0 reports its own aicc and loglik (Gaussian, with constants).';

-- horizon is bigint (1.4.1), so that count(*) and other bigints pass as
-- they are; the limit stays 1,000,000.
CREATE FUNCTION @extschema@.gpumkt_predict_series(model @extschema@.gpumkt_ets_model, horizon bigint,
    level float8 DEFAULT 0.95)
    RETURNS TABLE (t text, value float8, low float8, high float8)
    AS 'MODULE_PATHNAME', 'gpumkt_predict_series' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE ROWS 12;
COMMENT ON FUNCTION @extschema@.gpumkt_predict_series(@extschema@.gpumkt_ets_model, bigint, float8) IS
'The forecasts of the horizon steps after the series, one row each: t (the point''s time as text, in the series'' type: an integer, an ISO date, or an ISO time in UTC; cast it back with t::date and the like), the point forecast and the prediction interval of the level as gpumkt_predict_interval gives it. horizon outside 1..1,000,000 or level outside (0, 1): 22023; rows stop at the end of the type''s range.';
