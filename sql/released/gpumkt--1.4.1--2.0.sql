-- gpumkt 1.4.1 -> 2.0: a delta, run by ALTER EXTENSION gpumkt UPDATE.
-- 2.0 gives each function one signature (optional arguments as DEFAULT,
-- named notation): the forms of 1.4.1 that 2.0 has no more are dropped
-- without CASCADE, so that a user's view or function that calls one stops
-- the update with core's dependency error naming it (CHANGELOG, "Moving to
-- 2.0").  Users' rows and stored values are untouched.
\echo Use "ALTER EXTENSION gpumkt UPDATE TO '2.0'" to load this file. \quit

-- routines of 1.4.1 that 2.0 has not, or whose result or argument names
-- changed: without CASCADE, so that a user's view or function on one stops
-- the update naming it
DROP AGGREGATE @extschema@.gpumkt_cagr(bigint,double precision);
DROP AGGREGATE @extschema@.gpumkt_cagr(date,double precision);
DROP AGGREGATE @extschema@.gpumkt_cagr(numeric,double precision);
DROP AGGREGATE @extschema@.gpumkt_cagr(smallint,double precision);
DROP AGGREGATE @extschema@.gpumkt_cagr(timestamp without time zone,double precision);
DROP AGGREGATE @extschema@.gpumkt_ets(date,double precision);
DROP AGGREGATE @extschema@.gpumkt_ets(date,double precision,integer);
DROP AGGREGATE @extschema@.gpumkt_ets(date,double precision,integer,text);
DROP AGGREGATE @extschema@.gpumkt_fit_rate(bigint,double precision);
DROP AGGREGATE @extschema@.gpumkt_fit_rate(date,double precision);
DROP AGGREGATE @extschema@.gpumkt_fit_rate(numeric,double precision);
DROP AGGREGATE @extschema@.gpumkt_fit_rate(smallint,double precision);
DROP AGGREGATE @extschema@.gpumkt_fit_rate(timestamp without time zone,double precision);
DROP AGGREGATE @extschema@.gpumkt_growth(bigint,double precision);
DROP AGGREGATE @extschema@.gpumkt_growth(date,double precision);
DROP AGGREGATE @extschema@.gpumkt_growth(numeric,double precision);
DROP AGGREGATE @extschema@.gpumkt_growth(smallint,double precision);
DROP AGGREGATE @extschema@.gpumkt_growth(timestamp without time zone,double precision);
DROP FUNCTION @extschema@.gpumkt_cagr(double precision,double precision,integer);
DROP FUNCTION @extschema@.gpumkt_cagr(double precision,double precision,numeric);
DROP FUNCTION @extschema@.gpumkt_cagr(double precision,integer,double precision);
DROP FUNCTION @extschema@.gpumkt_cagr(double precision,integer,integer);
DROP FUNCTION @extschema@.gpumkt_cagr(double precision,integer,numeric);
DROP FUNCTION @extschema@.gpumkt_cagr(double precision,numeric,double precision);
DROP FUNCTION @extschema@.gpumkt_cagr(double precision,numeric,integer);
DROP FUNCTION @extschema@.gpumkt_cagr(double precision,numeric,numeric);
DROP FUNCTION @extschema@.gpumkt_cagr(integer,double precision,double precision);
DROP FUNCTION @extschema@.gpumkt_cagr(integer,double precision,integer);
DROP FUNCTION @extschema@.gpumkt_cagr(integer,double precision,numeric);
DROP FUNCTION @extschema@.gpumkt_cagr(integer,integer,double precision);
DROP FUNCTION @extschema@.gpumkt_cagr(integer,integer,integer);
DROP FUNCTION @extschema@.gpumkt_cagr(integer,integer,numeric);
DROP FUNCTION @extschema@.gpumkt_cagr(integer,numeric,double precision);
DROP FUNCTION @extschema@.gpumkt_cagr(integer,numeric,integer);
DROP FUNCTION @extschema@.gpumkt_cagr(integer,numeric,numeric);
DROP FUNCTION @extschema@.gpumkt_cagr(numeric,double precision,double precision);
DROP FUNCTION @extschema@.gpumkt_cagr(numeric,double precision,integer);
DROP FUNCTION @extschema@.gpumkt_cagr(numeric,double precision,numeric);
DROP FUNCTION @extschema@.gpumkt_cagr(numeric,integer,double precision);
DROP FUNCTION @extschema@.gpumkt_cagr(numeric,integer,integer);
DROP FUNCTION @extschema@.gpumkt_cagr(numeric,integer,numeric);
DROP FUNCTION @extschema@.gpumkt_cagr(numeric,numeric,double precision);
DROP FUNCTION @extschema@.gpumkt_cagr(numeric,numeric,integer);
DROP FUNCTION @extschema@.gpumkt_cagr_trans(@extschema@.gpumkt_growth,bigint,double precision);
DROP FUNCTION @extschema@.gpumkt_cagr_trans(@extschema@.gpumkt_growth,date,double precision);
DROP FUNCTION @extschema@.gpumkt_cagr_trans(@extschema@.gpumkt_growth,numeric,double precision);
DROP FUNCTION @extschema@.gpumkt_cagr_trans(@extschema@.gpumkt_growth,smallint,double precision);
DROP FUNCTION @extschema@.gpumkt_cagr_trans(@extschema@.gpumkt_growth,timestamp without time zone,double precision);
DROP FUNCTION @extschema@.gpumkt_chart(text,integer,integer,text,@extschema@.gpumkt_scenario);
DROP FUNCTION @extschema@.gpumkt_chart(text,integer,integer,text,text,text,@extschema@.gpumkt_scenario);
DROP FUNCTION @extschema@.gpumkt_chart_segments(text,text,integer,text);
DROP FUNCTION @extschema@.gpumkt_consensus(text,text,integer,text,text,text,text,integer);
DROP FUNCTION @extschema@.gpumkt_consensus_series(text,text,integer,integer,text,text,text,text,integer);
DROP FUNCTION @extschema@.gpumkt_convert(bigint,integer,text,text,text,text,integer);
DROP FUNCTION @extschema@.gpumkt_convert(integer,integer,text,text,text,text,integer);
DROP FUNCTION @extschema@.gpumkt_ets_trans(internal,date,double precision);
DROP FUNCTION @extschema@.gpumkt_ets_trans(internal,date,double precision,integer);
DROP FUNCTION @extschema@.gpumkt_ets_trans(internal,date,double precision,integer,text);
DROP FUNCTION @extschema@.gpumkt_explain(text,date,@extschema@.gpumkt_scenario,@extschema@.gpumkt_unit,text);
DROP FUNCTION @extschema@.gpumkt_explain(text,date,@extschema@.gpumkt_scenario,text);
DROP FUNCTION @extschema@.gpumkt_explain(text,date,@extschema@.gpumkt_unit,text);
DROP FUNCTION @extschema@.gpumkt_explain(text,date,text);
DROP FUNCTION @extschema@.gpumkt_explain(text,date,text,text,@extschema@.gpumkt_scenario,@extschema@.gpumkt_unit,text);
DROP FUNCTION @extschema@.gpumkt_explain(text,date,text,text,@extschema@.gpumkt_scenario,text);
DROP FUNCTION @extschema@.gpumkt_explain(text,date,text,text,@extschema@.gpumkt_unit,text);
DROP FUNCTION @extschema@.gpumkt_explain(text,date,text,text,text);
DROP FUNCTION @extschema@.gpumkt_explain(text,double precision,@extschema@.gpumkt_scenario,@extschema@.gpumkt_unit,text);
DROP FUNCTION @extschema@.gpumkt_explain(text,double precision,@extschema@.gpumkt_scenario,text);
DROP FUNCTION @extschema@.gpumkt_explain(text,double precision,@extschema@.gpumkt_unit,text);
DROP FUNCTION @extschema@.gpumkt_explain(text,double precision,text);
DROP FUNCTION @extschema@.gpumkt_explain(text,double precision,text,text,@extschema@.gpumkt_scenario,@extschema@.gpumkt_unit,text);
DROP FUNCTION @extschema@.gpumkt_explain(text,double precision,text,text,@extschema@.gpumkt_scenario,text);
DROP FUNCTION @extschema@.gpumkt_explain(text,double precision,text,text,@extschema@.gpumkt_unit,text);
DROP FUNCTION @extschema@.gpumkt_explain(text,double precision,text,text,text);
DROP FUNCTION @extschema@.gpumkt_explain(text,integer,@extschema@.gpumkt_scenario,@extschema@.gpumkt_unit,text);
DROP FUNCTION @extschema@.gpumkt_explain(text,integer,@extschema@.gpumkt_scenario,text);
DROP FUNCTION @extschema@.gpumkt_explain(text,integer,@extschema@.gpumkt_unit,text);
DROP FUNCTION @extschema@.gpumkt_explain(text,integer,text);
DROP FUNCTION @extschema@.gpumkt_explain(text,integer,text,text,@extschema@.gpumkt_scenario,@extschema@.gpumkt_unit,text);
DROP FUNCTION @extschema@.gpumkt_explain(text,integer,text,text,@extschema@.gpumkt_scenario,text);
DROP FUNCTION @extschema@.gpumkt_explain(text,integer,text,text,@extschema@.gpumkt_unit,text);
DROP FUNCTION @extschema@.gpumkt_explain(text,integer,text,text,text);
DROP FUNCTION @extschema@.gpumkt_explain(text,text,@extschema@.gpumkt_scenario,@extschema@.gpumkt_unit,text);
DROP FUNCTION @extschema@.gpumkt_explain(text,text,@extschema@.gpumkt_scenario,text);
DROP FUNCTION @extschema@.gpumkt_explain(text,text,@extschema@.gpumkt_unit,text);
DROP FUNCTION @extschema@.gpumkt_explain(text,text,text);
DROP FUNCTION @extschema@.gpumkt_explain(text,text,text,text,@extschema@.gpumkt_scenario,@extschema@.gpumkt_unit,text);
DROP FUNCTION @extschema@.gpumkt_explain(text,text,text,text,@extschema@.gpumkt_scenario,text);
DROP FUNCTION @extschema@.gpumkt_explain(text,text,text,text,@extschema@.gpumkt_unit,text);
DROP FUNCTION @extschema@.gpumkt_explain(text,text,text,text,text);
DROP FUNCTION @extschema@.gpumkt_explain(text,timestamp with time zone,@extschema@.gpumkt_scenario,@extschema@.gpumkt_unit,text);
DROP FUNCTION @extschema@.gpumkt_explain(text,timestamp with time zone,@extschema@.gpumkt_scenario,text);
DROP FUNCTION @extschema@.gpumkt_explain(text,timestamp with time zone,@extschema@.gpumkt_unit,text);
DROP FUNCTION @extschema@.gpumkt_explain(text,timestamp with time zone,text);
DROP FUNCTION @extschema@.gpumkt_explain(text,timestamp with time zone,text,text,@extschema@.gpumkt_scenario,@extschema@.gpumkt_unit,text);
DROP FUNCTION @extschema@.gpumkt_explain(text,timestamp with time zone,text,text,@extschema@.gpumkt_scenario,text);
DROP FUNCTION @extschema@.gpumkt_explain(text,timestamp with time zone,text,text,@extschema@.gpumkt_unit,text);
DROP FUNCTION @extschema@.gpumkt_explain(text,timestamp with time zone,text,text,text);
DROP FUNCTION @extschema@.gpumkt_fit_minv(internal,bigint,double precision);
DROP FUNCTION @extschema@.gpumkt_fit_minv(internal,date,double precision);
DROP FUNCTION @extschema@.gpumkt_fit_minv(internal,numeric,double precision);
DROP FUNCTION @extschema@.gpumkt_fit_minv(internal,smallint,double precision);
DROP FUNCTION @extschema@.gpumkt_fit_mtrans(internal,bigint,double precision);
DROP FUNCTION @extschema@.gpumkt_fit_mtrans(internal,date,double precision);
DROP FUNCTION @extschema@.gpumkt_fit_mtrans(internal,numeric,double precision);
DROP FUNCTION @extschema@.gpumkt_fit_mtrans(internal,smallint,double precision);
DROP FUNCTION @extschema@.gpumkt_fit_trans(@extschema@.gpumkt_growth,bigint,double precision);
DROP FUNCTION @extschema@.gpumkt_fit_trans(@extschema@.gpumkt_growth,date,double precision);
DROP FUNCTION @extschema@.gpumkt_fit_trans(@extschema@.gpumkt_growth,numeric,double precision);
DROP FUNCTION @extschema@.gpumkt_fit_trans(@extschema@.gpumkt_growth,smallint,double precision);
DROP FUNCTION @extschema@.gpumkt_fit_trans(@extschema@.gpumkt_growth,timestamp without time zone,double precision);
DROP FUNCTION @extschema@.gpumkt_forecast(text,date,@extschema@.gpumkt_scenario,@extschema@.gpumkt_unit,text);
DROP FUNCTION @extschema@.gpumkt_forecast(text,date,@extschema@.gpumkt_scenario,text);
DROP FUNCTION @extschema@.gpumkt_forecast(text,date,@extschema@.gpumkt_unit,text);
DROP FUNCTION @extschema@.gpumkt_forecast(text,date,text);
DROP FUNCTION @extschema@.gpumkt_forecast(text,date,text,text,@extschema@.gpumkt_scenario,@extschema@.gpumkt_unit,text);
DROP FUNCTION @extschema@.gpumkt_forecast(text,date,text,text,@extschema@.gpumkt_scenario,text);
DROP FUNCTION @extschema@.gpumkt_forecast(text,date,text,text,@extschema@.gpumkt_unit,text);
DROP FUNCTION @extschema@.gpumkt_forecast(text,date,text,text,text);
DROP FUNCTION @extschema@.gpumkt_forecast(text,double precision,@extschema@.gpumkt_scenario,@extschema@.gpumkt_unit,text);
DROP FUNCTION @extschema@.gpumkt_forecast(text,double precision,@extschema@.gpumkt_scenario,text);
DROP FUNCTION @extschema@.gpumkt_forecast(text,double precision,@extschema@.gpumkt_unit,text);
DROP FUNCTION @extschema@.gpumkt_forecast(text,double precision,text);
DROP FUNCTION @extschema@.gpumkt_forecast(text,double precision,text,text,@extschema@.gpumkt_scenario,@extschema@.gpumkt_unit,text);
DROP FUNCTION @extschema@.gpumkt_forecast(text,double precision,text,text,@extschema@.gpumkt_scenario,text);
DROP FUNCTION @extschema@.gpumkt_forecast(text,double precision,text,text,@extschema@.gpumkt_unit,text);
DROP FUNCTION @extschema@.gpumkt_forecast(text,double precision,text,text,text);
DROP FUNCTION @extschema@.gpumkt_forecast(text,integer,@extschema@.gpumkt_scenario,@extschema@.gpumkt_unit,text);
DROP FUNCTION @extschema@.gpumkt_forecast(text,integer,@extschema@.gpumkt_scenario,text);
DROP FUNCTION @extschema@.gpumkt_forecast(text,integer,@extschema@.gpumkt_unit,text);
DROP FUNCTION @extschema@.gpumkt_forecast(text,integer,text);
DROP FUNCTION @extschema@.gpumkt_forecast(text,integer,text,text,@extschema@.gpumkt_scenario,@extschema@.gpumkt_unit,text);
DROP FUNCTION @extschema@.gpumkt_forecast(text,integer,text,text,@extschema@.gpumkt_scenario,text);
DROP FUNCTION @extschema@.gpumkt_forecast(text,integer,text,text,@extschema@.gpumkt_unit,text);
DROP FUNCTION @extschema@.gpumkt_forecast(text,integer,text,text,text);
DROP FUNCTION @extschema@.gpumkt_forecast(text,text,@extschema@.gpumkt_scenario,@extschema@.gpumkt_unit,text);
DROP FUNCTION @extschema@.gpumkt_forecast(text,text,@extschema@.gpumkt_scenario,text);
DROP FUNCTION @extschema@.gpumkt_forecast(text,text,@extschema@.gpumkt_unit,text);
DROP FUNCTION @extschema@.gpumkt_forecast(text,text,text);
DROP FUNCTION @extschema@.gpumkt_forecast(text,text,text,text,@extschema@.gpumkt_scenario,@extschema@.gpumkt_unit,text);
DROP FUNCTION @extschema@.gpumkt_forecast(text,text,text,text,@extschema@.gpumkt_scenario,text);
DROP FUNCTION @extschema@.gpumkt_forecast(text,text,text,text,@extschema@.gpumkt_unit,text);
DROP FUNCTION @extschema@.gpumkt_forecast(text,text,text,text,text);
DROP FUNCTION @extschema@.gpumkt_forecast(text,timestamp with time zone,@extschema@.gpumkt_scenario,@extschema@.gpumkt_unit,text);
DROP FUNCTION @extschema@.gpumkt_forecast(text,timestamp with time zone,@extschema@.gpumkt_scenario,text);
DROP FUNCTION @extschema@.gpumkt_forecast(text,timestamp with time zone,@extschema@.gpumkt_unit,text);
DROP FUNCTION @extschema@.gpumkt_forecast(text,timestamp with time zone,text);
DROP FUNCTION @extschema@.gpumkt_forecast(text,timestamp with time zone,text,text,@extschema@.gpumkt_scenario,@extschema@.gpumkt_unit,text);
DROP FUNCTION @extschema@.gpumkt_forecast(text,timestamp with time zone,text,text,@extschema@.gpumkt_scenario,text);
DROP FUNCTION @extschema@.gpumkt_forecast(text,timestamp with time zone,text,text,@extschema@.gpumkt_unit,text);
DROP FUNCTION @extschema@.gpumkt_forecast(text,timestamp with time zone,text,text,text);
DROP FUNCTION @extschema@.gpumkt_forecast_range(text,date,@extschema@.gpumkt_scenario,@extschema@.gpumkt_unit,text);
DROP FUNCTION @extschema@.gpumkt_forecast_range(text,date,@extschema@.gpumkt_scenario,text);
DROP FUNCTION @extschema@.gpumkt_forecast_range(text,date,@extschema@.gpumkt_unit,text);
DROP FUNCTION @extschema@.gpumkt_forecast_range(text,date,text);
DROP FUNCTION @extschema@.gpumkt_forecast_range(text,date,text,text,@extschema@.gpumkt_scenario,@extschema@.gpumkt_unit,text);
DROP FUNCTION @extschema@.gpumkt_forecast_range(text,date,text,text,@extschema@.gpumkt_scenario,text);
DROP FUNCTION @extschema@.gpumkt_forecast_range(text,date,text,text,@extschema@.gpumkt_unit,text);
DROP FUNCTION @extschema@.gpumkt_forecast_range(text,date,text,text,text);
DROP FUNCTION @extschema@.gpumkt_forecast_range(text,double precision,@extschema@.gpumkt_scenario,@extschema@.gpumkt_unit,text);
DROP FUNCTION @extschema@.gpumkt_forecast_range(text,double precision,@extschema@.gpumkt_scenario,text);
DROP FUNCTION @extschema@.gpumkt_forecast_range(text,double precision,@extschema@.gpumkt_unit,text);
DROP FUNCTION @extschema@.gpumkt_forecast_range(text,double precision,text);
DROP FUNCTION @extschema@.gpumkt_forecast_range(text,double precision,text,text,@extschema@.gpumkt_scenario,@extschema@.gpumkt_unit,text);
DROP FUNCTION @extschema@.gpumkt_forecast_range(text,double precision,text,text,@extschema@.gpumkt_scenario,text);
DROP FUNCTION @extschema@.gpumkt_forecast_range(text,double precision,text,text,@extschema@.gpumkt_unit,text);
DROP FUNCTION @extschema@.gpumkt_forecast_range(text,double precision,text,text,text);
DROP FUNCTION @extschema@.gpumkt_forecast_range(text,integer,@extschema@.gpumkt_scenario,@extschema@.gpumkt_unit,text);
DROP FUNCTION @extschema@.gpumkt_forecast_range(text,integer,@extschema@.gpumkt_scenario,text);
DROP FUNCTION @extschema@.gpumkt_forecast_range(text,integer,@extschema@.gpumkt_unit,text);
DROP FUNCTION @extschema@.gpumkt_forecast_range(text,integer,text);
DROP FUNCTION @extschema@.gpumkt_forecast_range(text,integer,text,text,@extschema@.gpumkt_scenario,@extschema@.gpumkt_unit,text);
DROP FUNCTION @extschema@.gpumkt_forecast_range(text,integer,text,text,@extschema@.gpumkt_scenario,text);
DROP FUNCTION @extschema@.gpumkt_forecast_range(text,integer,text,text,@extschema@.gpumkt_unit,text);
DROP FUNCTION @extschema@.gpumkt_forecast_range(text,integer,text,text,text);
DROP FUNCTION @extschema@.gpumkt_forecast_range(text,text,@extschema@.gpumkt_scenario,@extschema@.gpumkt_unit,text);
DROP FUNCTION @extschema@.gpumkt_forecast_range(text,text,@extschema@.gpumkt_scenario,text);
DROP FUNCTION @extschema@.gpumkt_forecast_range(text,text,@extschema@.gpumkt_unit,text);
DROP FUNCTION @extschema@.gpumkt_forecast_range(text,text,text);
DROP FUNCTION @extschema@.gpumkt_forecast_range(text,text,text,text,@extschema@.gpumkt_scenario,@extschema@.gpumkt_unit,text);
DROP FUNCTION @extschema@.gpumkt_forecast_range(text,text,text,text,@extschema@.gpumkt_scenario,text);
DROP FUNCTION @extschema@.gpumkt_forecast_range(text,text,text,text,@extschema@.gpumkt_unit,text);
DROP FUNCTION @extschema@.gpumkt_forecast_range(text,text,text,text,text);
DROP FUNCTION @extschema@.gpumkt_forecast_range(text,timestamp with time zone,@extschema@.gpumkt_scenario,@extschema@.gpumkt_unit,text);
DROP FUNCTION @extschema@.gpumkt_forecast_range(text,timestamp with time zone,@extschema@.gpumkt_scenario,text);
DROP FUNCTION @extschema@.gpumkt_forecast_range(text,timestamp with time zone,@extschema@.gpumkt_unit,text);
DROP FUNCTION @extschema@.gpumkt_forecast_range(text,timestamp with time zone,text);
DROP FUNCTION @extschema@.gpumkt_forecast_range(text,timestamp with time zone,text,text,@extschema@.gpumkt_scenario,@extschema@.gpumkt_unit,text);
DROP FUNCTION @extschema@.gpumkt_forecast_range(text,timestamp with time zone,text,text,@extschema@.gpumkt_scenario,text);
DROP FUNCTION @extschema@.gpumkt_forecast_range(text,timestamp with time zone,text,text,@extschema@.gpumkt_unit,text);
DROP FUNCTION @extschema@.gpumkt_forecast_range(text,timestamp with time zone,text,text,text);
DROP FUNCTION @extschema@.gpumkt_funnel(text,integer,jsonb,text,text,text);
DROP FUNCTION @extschema@.gpumkt_grid(text,integer,text,double precision[],text,double precision[],@extschema@.gpumkt_scenario,@extschema@.gpumkt_unit,text,boolean);
DROP FUNCTION @extschema@.gpumkt_grid(text,integer,text,double precision[],text,double precision[],@extschema@.gpumkt_scenario,text,boolean);
DROP FUNCTION @extschema@.gpumkt_grid(text,integer,text,double precision[],text,double precision[],@extschema@.gpumkt_unit,text,boolean);
DROP FUNCTION @extschema@.gpumkt_grid(text,integer,text,double precision[],text,double precision[],text,boolean);
DROP FUNCTION @extschema@.gpumkt_growth_trans(@extschema@.gpumkt_growth,bigint,double precision);
DROP FUNCTION @extschema@.gpumkt_growth_trans(@extschema@.gpumkt_growth,date,double precision);
DROP FUNCTION @extschema@.gpumkt_growth_trans(@extschema@.gpumkt_growth,numeric,double precision);
DROP FUNCTION @extschema@.gpumkt_growth_trans(@extschema@.gpumkt_growth,smallint,double precision);
DROP FUNCTION @extschema@.gpumkt_growth_trans(@extschema@.gpumkt_growth,timestamp without time zone,double precision);
DROP FUNCTION @extschema@.gpumkt_implied_cagr(double precision,double precision,double precision,integer);
DROP FUNCTION @extschema@.gpumkt_implied_cagr(double precision,double precision,double precision,numeric);
DROP FUNCTION @extschema@.gpumkt_implied_cagr(double precision,double precision,integer,double precision);
DROP FUNCTION @extschema@.gpumkt_implied_cagr(double precision,double precision,integer,integer);
DROP FUNCTION @extschema@.gpumkt_implied_cagr(double precision,double precision,integer,numeric);
DROP FUNCTION @extschema@.gpumkt_implied_cagr(double precision,double precision,numeric,double precision);
DROP FUNCTION @extschema@.gpumkt_implied_cagr(double precision,double precision,numeric,integer);
DROP FUNCTION @extschema@.gpumkt_implied_cagr(double precision,double precision,numeric,numeric);
DROP FUNCTION @extschema@.gpumkt_implied_cagr(double precision,integer,double precision,double precision);
DROP FUNCTION @extschema@.gpumkt_implied_cagr(double precision,integer,double precision,integer);
DROP FUNCTION @extschema@.gpumkt_implied_cagr(double precision,integer,double precision,numeric);
DROP FUNCTION @extschema@.gpumkt_implied_cagr(double precision,integer,integer,double precision);
DROP FUNCTION @extschema@.gpumkt_implied_cagr(double precision,integer,integer,integer);
DROP FUNCTION @extschema@.gpumkt_implied_cagr(double precision,integer,integer,numeric);
DROP FUNCTION @extschema@.gpumkt_implied_cagr(double precision,integer,numeric,double precision);
DROP FUNCTION @extschema@.gpumkt_implied_cagr(double precision,integer,numeric,integer);
DROP FUNCTION @extschema@.gpumkt_implied_cagr(double precision,integer,numeric,numeric);
DROP FUNCTION @extschema@.gpumkt_implied_cagr(double precision,numeric,double precision,double precision);
DROP FUNCTION @extschema@.gpumkt_implied_cagr(double precision,numeric,double precision,integer);
DROP FUNCTION @extschema@.gpumkt_implied_cagr(double precision,numeric,double precision,numeric);
DROP FUNCTION @extschema@.gpumkt_implied_cagr(double precision,numeric,integer,double precision);
DROP FUNCTION @extschema@.gpumkt_implied_cagr(double precision,numeric,integer,integer);
DROP FUNCTION @extschema@.gpumkt_implied_cagr(double precision,numeric,integer,numeric);
DROP FUNCTION @extschema@.gpumkt_implied_cagr(double precision,numeric,numeric,double precision);
DROP FUNCTION @extschema@.gpumkt_implied_cagr(double precision,numeric,numeric,integer);
DROP FUNCTION @extschema@.gpumkt_implied_cagr(double precision,numeric,numeric,numeric);
DROP FUNCTION @extschema@.gpumkt_implied_cagr(integer,double precision,double precision,double precision);
DROP FUNCTION @extschema@.gpumkt_implied_cagr(integer,double precision,double precision,integer);
DROP FUNCTION @extschema@.gpumkt_implied_cagr(integer,double precision,double precision,numeric);
DROP FUNCTION @extschema@.gpumkt_implied_cagr(integer,double precision,integer,double precision);
DROP FUNCTION @extschema@.gpumkt_implied_cagr(integer,double precision,integer,integer);
DROP FUNCTION @extschema@.gpumkt_implied_cagr(integer,double precision,integer,numeric);
DROP FUNCTION @extschema@.gpumkt_implied_cagr(integer,double precision,numeric,double precision);
DROP FUNCTION @extschema@.gpumkt_implied_cagr(integer,double precision,numeric,integer);
DROP FUNCTION @extschema@.gpumkt_implied_cagr(integer,double precision,numeric,numeric);
DROP FUNCTION @extschema@.gpumkt_implied_cagr(integer,integer,double precision,double precision);
DROP FUNCTION @extschema@.gpumkt_implied_cagr(integer,integer,double precision,integer);
DROP FUNCTION @extschema@.gpumkt_implied_cagr(integer,integer,double precision,numeric);
DROP FUNCTION @extschema@.gpumkt_implied_cagr(integer,integer,integer,double precision);
DROP FUNCTION @extschema@.gpumkt_implied_cagr(integer,integer,integer,integer);
DROP FUNCTION @extschema@.gpumkt_implied_cagr(integer,integer,integer,numeric);
DROP FUNCTION @extschema@.gpumkt_implied_cagr(integer,integer,numeric,double precision);
DROP FUNCTION @extschema@.gpumkt_implied_cagr(integer,integer,numeric,integer);
DROP FUNCTION @extschema@.gpumkt_implied_cagr(integer,integer,numeric,numeric);
DROP FUNCTION @extschema@.gpumkt_implied_cagr(integer,numeric,double precision,double precision);
DROP FUNCTION @extschema@.gpumkt_implied_cagr(integer,numeric,double precision,integer);
DROP FUNCTION @extschema@.gpumkt_implied_cagr(integer,numeric,double precision,numeric);
DROP FUNCTION @extschema@.gpumkt_implied_cagr(integer,numeric,integer,double precision);
DROP FUNCTION @extschema@.gpumkt_implied_cagr(integer,numeric,integer,integer);
DROP FUNCTION @extschema@.gpumkt_implied_cagr(integer,numeric,integer,numeric);
DROP FUNCTION @extschema@.gpumkt_implied_cagr(integer,numeric,numeric,double precision);
DROP FUNCTION @extschema@.gpumkt_implied_cagr(integer,numeric,numeric,integer);
DROP FUNCTION @extschema@.gpumkt_implied_cagr(integer,numeric,numeric,numeric);
DROP FUNCTION @extschema@.gpumkt_implied_cagr(numeric,double precision,double precision,double precision);
DROP FUNCTION @extschema@.gpumkt_implied_cagr(numeric,double precision,double precision,integer);
DROP FUNCTION @extschema@.gpumkt_implied_cagr(numeric,double precision,double precision,numeric);
DROP FUNCTION @extschema@.gpumkt_implied_cagr(numeric,double precision,integer,double precision);
DROP FUNCTION @extschema@.gpumkt_implied_cagr(numeric,double precision,integer,integer);
DROP FUNCTION @extschema@.gpumkt_implied_cagr(numeric,double precision,integer,numeric);
DROP FUNCTION @extschema@.gpumkt_implied_cagr(numeric,double precision,numeric,double precision);
DROP FUNCTION @extschema@.gpumkt_implied_cagr(numeric,double precision,numeric,integer);
DROP FUNCTION @extschema@.gpumkt_implied_cagr(numeric,double precision,numeric,numeric);
DROP FUNCTION @extschema@.gpumkt_implied_cagr(numeric,integer,double precision,double precision);
DROP FUNCTION @extschema@.gpumkt_implied_cagr(numeric,integer,double precision,integer);
DROP FUNCTION @extschema@.gpumkt_implied_cagr(numeric,integer,double precision,numeric);
DROP FUNCTION @extschema@.gpumkt_implied_cagr(numeric,integer,integer,double precision);
DROP FUNCTION @extschema@.gpumkt_implied_cagr(numeric,integer,integer,integer);
DROP FUNCTION @extschema@.gpumkt_implied_cagr(numeric,integer,integer,numeric);
DROP FUNCTION @extschema@.gpumkt_implied_cagr(numeric,integer,numeric,double precision);
DROP FUNCTION @extschema@.gpumkt_implied_cagr(numeric,integer,numeric,integer);
DROP FUNCTION @extschema@.gpumkt_implied_cagr(numeric,integer,numeric,numeric);
DROP FUNCTION @extschema@.gpumkt_implied_cagr(numeric,numeric,double precision,double precision);
DROP FUNCTION @extschema@.gpumkt_implied_cagr(numeric,numeric,double precision,integer);
DROP FUNCTION @extschema@.gpumkt_implied_cagr(numeric,numeric,double precision,numeric);
DROP FUNCTION @extschema@.gpumkt_implied_cagr(numeric,numeric,integer,double precision);
DROP FUNCTION @extschema@.gpumkt_implied_cagr(numeric,numeric,integer,integer);
DROP FUNCTION @extschema@.gpumkt_implied_cagr(numeric,numeric,integer,numeric);
DROP FUNCTION @extschema@.gpumkt_implied_cagr(numeric,numeric,numeric,double precision);
DROP FUNCTION @extschema@.gpumkt_implied_cagr(numeric,numeric,numeric,integer);
DROP FUNCTION @extschema@.gpumkt_interpolate(double precision,double precision,double precision,double precision,integer);
DROP FUNCTION @extschema@.gpumkt_interpolate(double precision,double precision,double precision,double precision,numeric);
DROP FUNCTION @extschema@.gpumkt_interpolate(double precision,double precision,double precision,integer,double precision);
DROP FUNCTION @extschema@.gpumkt_interpolate(double precision,double precision,double precision,integer,integer);
DROP FUNCTION @extschema@.gpumkt_interpolate(double precision,double precision,double precision,integer,numeric);
DROP FUNCTION @extschema@.gpumkt_interpolate(double precision,double precision,double precision,numeric,double precision);
DROP FUNCTION @extschema@.gpumkt_interpolate(double precision,double precision,double precision,numeric,integer);
DROP FUNCTION @extschema@.gpumkt_interpolate(double precision,double precision,double precision,numeric,numeric);
DROP FUNCTION @extschema@.gpumkt_interpolate(double precision,double precision,integer,double precision,double precision);
DROP FUNCTION @extschema@.gpumkt_interpolate(double precision,double precision,integer,double precision,integer);
DROP FUNCTION @extschema@.gpumkt_interpolate(double precision,double precision,integer,double precision,numeric);
DROP FUNCTION @extschema@.gpumkt_interpolate(double precision,double precision,integer,integer,double precision);
DROP FUNCTION @extschema@.gpumkt_interpolate(double precision,double precision,integer,integer,integer);
DROP FUNCTION @extschema@.gpumkt_interpolate(double precision,double precision,integer,integer,numeric);
DROP FUNCTION @extschema@.gpumkt_interpolate(double precision,double precision,integer,numeric,double precision);
DROP FUNCTION @extschema@.gpumkt_interpolate(double precision,double precision,integer,numeric,integer);
DROP FUNCTION @extschema@.gpumkt_interpolate(double precision,double precision,integer,numeric,numeric);
DROP FUNCTION @extschema@.gpumkt_interpolate(double precision,double precision,numeric,double precision,double precision);
DROP FUNCTION @extschema@.gpumkt_interpolate(double precision,double precision,numeric,double precision,integer);
DROP FUNCTION @extschema@.gpumkt_interpolate(double precision,double precision,numeric,double precision,numeric);
DROP FUNCTION @extschema@.gpumkt_interpolate(double precision,double precision,numeric,integer,double precision);
DROP FUNCTION @extschema@.gpumkt_interpolate(double precision,double precision,numeric,integer,integer);
DROP FUNCTION @extschema@.gpumkt_interpolate(double precision,double precision,numeric,integer,numeric);
DROP FUNCTION @extschema@.gpumkt_interpolate(double precision,double precision,numeric,numeric,double precision);
DROP FUNCTION @extschema@.gpumkt_interpolate(double precision,double precision,numeric,numeric,integer);
DROP FUNCTION @extschema@.gpumkt_interpolate(double precision,double precision,numeric,numeric,numeric);
DROP FUNCTION @extschema@.gpumkt_interpolate(double precision,integer,double precision,double precision,double precision);
DROP FUNCTION @extschema@.gpumkt_interpolate(double precision,integer,double precision,double precision,integer);
DROP FUNCTION @extschema@.gpumkt_interpolate(double precision,integer,double precision,double precision,numeric);
DROP FUNCTION @extschema@.gpumkt_interpolate(double precision,integer,double precision,integer,double precision);
DROP FUNCTION @extschema@.gpumkt_interpolate(double precision,integer,double precision,integer,integer);
DROP FUNCTION @extschema@.gpumkt_interpolate(double precision,integer,double precision,integer,numeric);
DROP FUNCTION @extschema@.gpumkt_interpolate(double precision,integer,double precision,numeric,double precision);
DROP FUNCTION @extschema@.gpumkt_interpolate(double precision,integer,double precision,numeric,integer);
DROP FUNCTION @extschema@.gpumkt_interpolate(double precision,integer,double precision,numeric,numeric);
DROP FUNCTION @extschema@.gpumkt_interpolate(double precision,integer,integer,double precision,double precision);
DROP FUNCTION @extschema@.gpumkt_interpolate(double precision,integer,integer,double precision,integer);
DROP FUNCTION @extschema@.gpumkt_interpolate(double precision,integer,integer,double precision,numeric);
DROP FUNCTION @extschema@.gpumkt_interpolate(double precision,integer,integer,integer,double precision);
DROP FUNCTION @extschema@.gpumkt_interpolate(double precision,integer,integer,integer,integer);
DROP FUNCTION @extschema@.gpumkt_interpolate(double precision,integer,integer,integer,numeric);
DROP FUNCTION @extschema@.gpumkt_interpolate(double precision,integer,integer,numeric,double precision);
DROP FUNCTION @extschema@.gpumkt_interpolate(double precision,integer,integer,numeric,integer);
DROP FUNCTION @extschema@.gpumkt_interpolate(double precision,integer,integer,numeric,numeric);
DROP FUNCTION @extschema@.gpumkt_interpolate(double precision,integer,numeric,double precision,double precision);
DROP FUNCTION @extschema@.gpumkt_interpolate(double precision,integer,numeric,double precision,integer);
DROP FUNCTION @extschema@.gpumkt_interpolate(double precision,integer,numeric,double precision,numeric);
DROP FUNCTION @extschema@.gpumkt_interpolate(double precision,integer,numeric,integer,double precision);
DROP FUNCTION @extschema@.gpumkt_interpolate(double precision,integer,numeric,integer,integer);
DROP FUNCTION @extschema@.gpumkt_interpolate(double precision,integer,numeric,integer,numeric);
DROP FUNCTION @extschema@.gpumkt_interpolate(double precision,integer,numeric,numeric,double precision);
DROP FUNCTION @extschema@.gpumkt_interpolate(double precision,integer,numeric,numeric,integer);
DROP FUNCTION @extschema@.gpumkt_interpolate(double precision,integer,numeric,numeric,numeric);
DROP FUNCTION @extschema@.gpumkt_interpolate(double precision,numeric,double precision,double precision,double precision);
DROP FUNCTION @extschema@.gpumkt_interpolate(double precision,numeric,double precision,double precision,integer);
DROP FUNCTION @extschema@.gpumkt_interpolate(double precision,numeric,double precision,double precision,numeric);
DROP FUNCTION @extschema@.gpumkt_interpolate(double precision,numeric,double precision,integer,double precision);
DROP FUNCTION @extschema@.gpumkt_interpolate(double precision,numeric,double precision,integer,integer);
DROP FUNCTION @extschema@.gpumkt_interpolate(double precision,numeric,double precision,integer,numeric);
DROP FUNCTION @extschema@.gpumkt_interpolate(double precision,numeric,double precision,numeric,double precision);
DROP FUNCTION @extschema@.gpumkt_interpolate(double precision,numeric,double precision,numeric,integer);
DROP FUNCTION @extschema@.gpumkt_interpolate(double precision,numeric,double precision,numeric,numeric);
DROP FUNCTION @extschema@.gpumkt_interpolate(double precision,numeric,integer,double precision,double precision);
DROP FUNCTION @extschema@.gpumkt_interpolate(double precision,numeric,integer,double precision,integer);
DROP FUNCTION @extschema@.gpumkt_interpolate(double precision,numeric,integer,double precision,numeric);
DROP FUNCTION @extschema@.gpumkt_interpolate(double precision,numeric,integer,integer,double precision);
DROP FUNCTION @extschema@.gpumkt_interpolate(double precision,numeric,integer,integer,integer);
DROP FUNCTION @extschema@.gpumkt_interpolate(double precision,numeric,integer,integer,numeric);
DROP FUNCTION @extschema@.gpumkt_interpolate(double precision,numeric,integer,numeric,double precision);
DROP FUNCTION @extschema@.gpumkt_interpolate(double precision,numeric,integer,numeric,integer);
DROP FUNCTION @extschema@.gpumkt_interpolate(double precision,numeric,integer,numeric,numeric);
DROP FUNCTION @extschema@.gpumkt_interpolate(double precision,numeric,numeric,double precision,double precision);
DROP FUNCTION @extschema@.gpumkt_interpolate(double precision,numeric,numeric,double precision,integer);
DROP FUNCTION @extschema@.gpumkt_interpolate(double precision,numeric,numeric,double precision,numeric);
DROP FUNCTION @extschema@.gpumkt_interpolate(double precision,numeric,numeric,integer,double precision);
DROP FUNCTION @extschema@.gpumkt_interpolate(double precision,numeric,numeric,integer,integer);
DROP FUNCTION @extschema@.gpumkt_interpolate(double precision,numeric,numeric,integer,numeric);
DROP FUNCTION @extschema@.gpumkt_interpolate(double precision,numeric,numeric,numeric,double precision);
DROP FUNCTION @extschema@.gpumkt_interpolate(double precision,numeric,numeric,numeric,integer);
DROP FUNCTION @extschema@.gpumkt_interpolate(double precision,numeric,numeric,numeric,numeric);
DROP FUNCTION @extschema@.gpumkt_interpolate(integer,double precision,double precision,double precision,double precision);
DROP FUNCTION @extschema@.gpumkt_interpolate(integer,double precision,double precision,double precision,integer);
DROP FUNCTION @extschema@.gpumkt_interpolate(integer,double precision,double precision,double precision,numeric);
DROP FUNCTION @extschema@.gpumkt_interpolate(integer,double precision,double precision,integer,double precision);
DROP FUNCTION @extschema@.gpumkt_interpolate(integer,double precision,double precision,integer,integer);
DROP FUNCTION @extschema@.gpumkt_interpolate(integer,double precision,double precision,integer,numeric);
DROP FUNCTION @extschema@.gpumkt_interpolate(integer,double precision,double precision,numeric,double precision);
DROP FUNCTION @extschema@.gpumkt_interpolate(integer,double precision,double precision,numeric,integer);
DROP FUNCTION @extschema@.gpumkt_interpolate(integer,double precision,double precision,numeric,numeric);
DROP FUNCTION @extschema@.gpumkt_interpolate(integer,double precision,integer,double precision,double precision);
DROP FUNCTION @extschema@.gpumkt_interpolate(integer,double precision,integer,double precision,integer);
DROP FUNCTION @extschema@.gpumkt_interpolate(integer,double precision,integer,double precision,numeric);
DROP FUNCTION @extschema@.gpumkt_interpolate(integer,double precision,integer,integer,double precision);
DROP FUNCTION @extschema@.gpumkt_interpolate(integer,double precision,integer,integer,integer);
DROP FUNCTION @extschema@.gpumkt_interpolate(integer,double precision,integer,integer,numeric);
DROP FUNCTION @extschema@.gpumkt_interpolate(integer,double precision,integer,numeric,double precision);
DROP FUNCTION @extschema@.gpumkt_interpolate(integer,double precision,integer,numeric,integer);
DROP FUNCTION @extschema@.gpumkt_interpolate(integer,double precision,integer,numeric,numeric);
DROP FUNCTION @extschema@.gpumkt_interpolate(integer,double precision,numeric,double precision,double precision);
DROP FUNCTION @extschema@.gpumkt_interpolate(integer,double precision,numeric,double precision,integer);
DROP FUNCTION @extschema@.gpumkt_interpolate(integer,double precision,numeric,double precision,numeric);
DROP FUNCTION @extschema@.gpumkt_interpolate(integer,double precision,numeric,integer,double precision);
DROP FUNCTION @extschema@.gpumkt_interpolate(integer,double precision,numeric,integer,integer);
DROP FUNCTION @extschema@.gpumkt_interpolate(integer,double precision,numeric,integer,numeric);
DROP FUNCTION @extschema@.gpumkt_interpolate(integer,double precision,numeric,numeric,double precision);
DROP FUNCTION @extschema@.gpumkt_interpolate(integer,double precision,numeric,numeric,integer);
DROP FUNCTION @extschema@.gpumkt_interpolate(integer,double precision,numeric,numeric,numeric);
DROP FUNCTION @extschema@.gpumkt_interpolate(integer,integer,double precision,double precision,double precision);
DROP FUNCTION @extschema@.gpumkt_interpolate(integer,integer,double precision,double precision,integer);
DROP FUNCTION @extschema@.gpumkt_interpolate(integer,integer,double precision,double precision,numeric);
DROP FUNCTION @extschema@.gpumkt_interpolate(integer,integer,double precision,integer,double precision);
DROP FUNCTION @extschema@.gpumkt_interpolate(integer,integer,double precision,integer,integer);
DROP FUNCTION @extschema@.gpumkt_interpolate(integer,integer,double precision,integer,numeric);
DROP FUNCTION @extschema@.gpumkt_interpolate(integer,integer,double precision,numeric,double precision);
DROP FUNCTION @extschema@.gpumkt_interpolate(integer,integer,double precision,numeric,integer);
DROP FUNCTION @extschema@.gpumkt_interpolate(integer,integer,double precision,numeric,numeric);
DROP FUNCTION @extschema@.gpumkt_interpolate(integer,integer,integer,double precision,double precision);
DROP FUNCTION @extschema@.gpumkt_interpolate(integer,integer,integer,double precision,integer);
DROP FUNCTION @extschema@.gpumkt_interpolate(integer,integer,integer,double precision,numeric);
DROP FUNCTION @extschema@.gpumkt_interpolate(integer,integer,integer,integer,double precision);
DROP FUNCTION @extschema@.gpumkt_interpolate(integer,integer,integer,integer,integer);
DROP FUNCTION @extschema@.gpumkt_interpolate(integer,integer,integer,integer,numeric);
DROP FUNCTION @extschema@.gpumkt_interpolate(integer,integer,integer,numeric,double precision);
DROP FUNCTION @extschema@.gpumkt_interpolate(integer,integer,integer,numeric,integer);
DROP FUNCTION @extschema@.gpumkt_interpolate(integer,integer,integer,numeric,numeric);
DROP FUNCTION @extschema@.gpumkt_interpolate(integer,integer,numeric,double precision,double precision);
DROP FUNCTION @extschema@.gpumkt_interpolate(integer,integer,numeric,double precision,integer);
DROP FUNCTION @extschema@.gpumkt_interpolate(integer,integer,numeric,double precision,numeric);
DROP FUNCTION @extschema@.gpumkt_interpolate(integer,integer,numeric,integer,double precision);
DROP FUNCTION @extschema@.gpumkt_interpolate(integer,integer,numeric,integer,integer);
DROP FUNCTION @extschema@.gpumkt_interpolate(integer,integer,numeric,integer,numeric);
DROP FUNCTION @extschema@.gpumkt_interpolate(integer,integer,numeric,numeric,double precision);
DROP FUNCTION @extschema@.gpumkt_interpolate(integer,integer,numeric,numeric,integer);
DROP FUNCTION @extschema@.gpumkt_interpolate(integer,integer,numeric,numeric,numeric);
DROP FUNCTION @extschema@.gpumkt_interpolate(integer,numeric,double precision,double precision,double precision);
DROP FUNCTION @extschema@.gpumkt_interpolate(integer,numeric,double precision,double precision,integer);
DROP FUNCTION @extschema@.gpumkt_interpolate(integer,numeric,double precision,double precision,numeric);
DROP FUNCTION @extschema@.gpumkt_interpolate(integer,numeric,double precision,integer,double precision);
DROP FUNCTION @extschema@.gpumkt_interpolate(integer,numeric,double precision,integer,integer);
DROP FUNCTION @extschema@.gpumkt_interpolate(integer,numeric,double precision,integer,numeric);
DROP FUNCTION @extschema@.gpumkt_interpolate(integer,numeric,double precision,numeric,double precision);
DROP FUNCTION @extschema@.gpumkt_interpolate(integer,numeric,double precision,numeric,integer);
DROP FUNCTION @extschema@.gpumkt_interpolate(integer,numeric,double precision,numeric,numeric);
DROP FUNCTION @extschema@.gpumkt_interpolate(integer,numeric,integer,double precision,double precision);
DROP FUNCTION @extschema@.gpumkt_interpolate(integer,numeric,integer,double precision,integer);
DROP FUNCTION @extschema@.gpumkt_interpolate(integer,numeric,integer,double precision,numeric);
DROP FUNCTION @extschema@.gpumkt_interpolate(integer,numeric,integer,integer,double precision);
DROP FUNCTION @extschema@.gpumkt_interpolate(integer,numeric,integer,integer,integer);
DROP FUNCTION @extschema@.gpumkt_interpolate(integer,numeric,integer,integer,numeric);
DROP FUNCTION @extschema@.gpumkt_interpolate(integer,numeric,integer,numeric,double precision);
DROP FUNCTION @extschema@.gpumkt_interpolate(integer,numeric,integer,numeric,integer);
DROP FUNCTION @extschema@.gpumkt_interpolate(integer,numeric,integer,numeric,numeric);
DROP FUNCTION @extschema@.gpumkt_interpolate(integer,numeric,numeric,double precision,double precision);
DROP FUNCTION @extschema@.gpumkt_interpolate(integer,numeric,numeric,double precision,integer);
DROP FUNCTION @extschema@.gpumkt_interpolate(integer,numeric,numeric,double precision,numeric);
DROP FUNCTION @extschema@.gpumkt_interpolate(integer,numeric,numeric,integer,double precision);
DROP FUNCTION @extschema@.gpumkt_interpolate(integer,numeric,numeric,integer,integer);
DROP FUNCTION @extschema@.gpumkt_interpolate(integer,numeric,numeric,integer,numeric);
DROP FUNCTION @extschema@.gpumkt_interpolate(integer,numeric,numeric,numeric,double precision);
DROP FUNCTION @extschema@.gpumkt_interpolate(integer,numeric,numeric,numeric,integer);
DROP FUNCTION @extschema@.gpumkt_interpolate(integer,numeric,numeric,numeric,numeric);
DROP FUNCTION @extschema@.gpumkt_interpolate(numeric,double precision,double precision,double precision,double precision);
DROP FUNCTION @extschema@.gpumkt_interpolate(numeric,double precision,double precision,double precision,integer);
DROP FUNCTION @extschema@.gpumkt_interpolate(numeric,double precision,double precision,double precision,numeric);
DROP FUNCTION @extschema@.gpumkt_interpolate(numeric,double precision,double precision,integer,double precision);
DROP FUNCTION @extschema@.gpumkt_interpolate(numeric,double precision,double precision,integer,integer);
DROP FUNCTION @extschema@.gpumkt_interpolate(numeric,double precision,double precision,integer,numeric);
DROP FUNCTION @extschema@.gpumkt_interpolate(numeric,double precision,double precision,numeric,double precision);
DROP FUNCTION @extschema@.gpumkt_interpolate(numeric,double precision,double precision,numeric,integer);
DROP FUNCTION @extschema@.gpumkt_interpolate(numeric,double precision,double precision,numeric,numeric);
DROP FUNCTION @extschema@.gpumkt_interpolate(numeric,double precision,integer,double precision,double precision);
DROP FUNCTION @extschema@.gpumkt_interpolate(numeric,double precision,integer,double precision,integer);
DROP FUNCTION @extschema@.gpumkt_interpolate(numeric,double precision,integer,double precision,numeric);
DROP FUNCTION @extschema@.gpumkt_interpolate(numeric,double precision,integer,integer,double precision);
DROP FUNCTION @extschema@.gpumkt_interpolate(numeric,double precision,integer,integer,integer);
DROP FUNCTION @extschema@.gpumkt_interpolate(numeric,double precision,integer,integer,numeric);
DROP FUNCTION @extschema@.gpumkt_interpolate(numeric,double precision,integer,numeric,double precision);
DROP FUNCTION @extschema@.gpumkt_interpolate(numeric,double precision,integer,numeric,integer);
DROP FUNCTION @extschema@.gpumkt_interpolate(numeric,double precision,integer,numeric,numeric);
DROP FUNCTION @extschema@.gpumkt_interpolate(numeric,double precision,numeric,double precision,double precision);
DROP FUNCTION @extschema@.gpumkt_interpolate(numeric,double precision,numeric,double precision,integer);
DROP FUNCTION @extschema@.gpumkt_interpolate(numeric,double precision,numeric,double precision,numeric);
DROP FUNCTION @extschema@.gpumkt_interpolate(numeric,double precision,numeric,integer,double precision);
DROP FUNCTION @extschema@.gpumkt_interpolate(numeric,double precision,numeric,integer,integer);
DROP FUNCTION @extschema@.gpumkt_interpolate(numeric,double precision,numeric,integer,numeric);
DROP FUNCTION @extschema@.gpumkt_interpolate(numeric,double precision,numeric,numeric,double precision);
DROP FUNCTION @extschema@.gpumkt_interpolate(numeric,double precision,numeric,numeric,integer);
DROP FUNCTION @extschema@.gpumkt_interpolate(numeric,double precision,numeric,numeric,numeric);
DROP FUNCTION @extschema@.gpumkt_interpolate(numeric,integer,double precision,double precision,double precision);
DROP FUNCTION @extschema@.gpumkt_interpolate(numeric,integer,double precision,double precision,integer);
DROP FUNCTION @extschema@.gpumkt_interpolate(numeric,integer,double precision,double precision,numeric);
DROP FUNCTION @extschema@.gpumkt_interpolate(numeric,integer,double precision,integer,double precision);
DROP FUNCTION @extschema@.gpumkt_interpolate(numeric,integer,double precision,integer,integer);
DROP FUNCTION @extschema@.gpumkt_interpolate(numeric,integer,double precision,integer,numeric);
DROP FUNCTION @extschema@.gpumkt_interpolate(numeric,integer,double precision,numeric,double precision);
DROP FUNCTION @extschema@.gpumkt_interpolate(numeric,integer,double precision,numeric,integer);
DROP FUNCTION @extschema@.gpumkt_interpolate(numeric,integer,double precision,numeric,numeric);
DROP FUNCTION @extschema@.gpumkt_interpolate(numeric,integer,integer,double precision,double precision);
DROP FUNCTION @extschema@.gpumkt_interpolate(numeric,integer,integer,double precision,integer);
DROP FUNCTION @extschema@.gpumkt_interpolate(numeric,integer,integer,double precision,numeric);
DROP FUNCTION @extschema@.gpumkt_interpolate(numeric,integer,integer,integer,double precision);
DROP FUNCTION @extschema@.gpumkt_interpolate(numeric,integer,integer,integer,integer);
DROP FUNCTION @extschema@.gpumkt_interpolate(numeric,integer,integer,integer,numeric);
DROP FUNCTION @extschema@.gpumkt_interpolate(numeric,integer,integer,numeric,double precision);
DROP FUNCTION @extschema@.gpumkt_interpolate(numeric,integer,integer,numeric,integer);
DROP FUNCTION @extschema@.gpumkt_interpolate(numeric,integer,integer,numeric,numeric);
DROP FUNCTION @extschema@.gpumkt_interpolate(numeric,integer,numeric,double precision,double precision);
DROP FUNCTION @extschema@.gpumkt_interpolate(numeric,integer,numeric,double precision,integer);
DROP FUNCTION @extschema@.gpumkt_interpolate(numeric,integer,numeric,double precision,numeric);
DROP FUNCTION @extschema@.gpumkt_interpolate(numeric,integer,numeric,integer,double precision);
DROP FUNCTION @extschema@.gpumkt_interpolate(numeric,integer,numeric,integer,integer);
DROP FUNCTION @extschema@.gpumkt_interpolate(numeric,integer,numeric,integer,numeric);
DROP FUNCTION @extschema@.gpumkt_interpolate(numeric,integer,numeric,numeric,double precision);
DROP FUNCTION @extschema@.gpumkt_interpolate(numeric,integer,numeric,numeric,integer);
DROP FUNCTION @extschema@.gpumkt_interpolate(numeric,integer,numeric,numeric,numeric);
DROP FUNCTION @extschema@.gpumkt_interpolate(numeric,numeric,double precision,double precision,double precision);
DROP FUNCTION @extschema@.gpumkt_interpolate(numeric,numeric,double precision,double precision,integer);
DROP FUNCTION @extschema@.gpumkt_interpolate(numeric,numeric,double precision,double precision,numeric);
DROP FUNCTION @extschema@.gpumkt_interpolate(numeric,numeric,double precision,integer,double precision);
DROP FUNCTION @extschema@.gpumkt_interpolate(numeric,numeric,double precision,integer,integer);
DROP FUNCTION @extschema@.gpumkt_interpolate(numeric,numeric,double precision,integer,numeric);
DROP FUNCTION @extschema@.gpumkt_interpolate(numeric,numeric,double precision,numeric,double precision);
DROP FUNCTION @extschema@.gpumkt_interpolate(numeric,numeric,double precision,numeric,integer);
DROP FUNCTION @extschema@.gpumkt_interpolate(numeric,numeric,double precision,numeric,numeric);
DROP FUNCTION @extschema@.gpumkt_interpolate(numeric,numeric,integer,double precision,double precision);
DROP FUNCTION @extschema@.gpumkt_interpolate(numeric,numeric,integer,double precision,integer);
DROP FUNCTION @extschema@.gpumkt_interpolate(numeric,numeric,integer,double precision,numeric);
DROP FUNCTION @extschema@.gpumkt_interpolate(numeric,numeric,integer,integer,double precision);
DROP FUNCTION @extschema@.gpumkt_interpolate(numeric,numeric,integer,integer,integer);
DROP FUNCTION @extschema@.gpumkt_interpolate(numeric,numeric,integer,integer,numeric);
DROP FUNCTION @extschema@.gpumkt_interpolate(numeric,numeric,integer,numeric,double precision);
DROP FUNCTION @extschema@.gpumkt_interpolate(numeric,numeric,integer,numeric,integer);
DROP FUNCTION @extschema@.gpumkt_interpolate(numeric,numeric,integer,numeric,numeric);
DROP FUNCTION @extschema@.gpumkt_interpolate(numeric,numeric,numeric,double precision,double precision);
DROP FUNCTION @extschema@.gpumkt_interpolate(numeric,numeric,numeric,double precision,integer);
DROP FUNCTION @extschema@.gpumkt_interpolate(numeric,numeric,numeric,double precision,numeric);
DROP FUNCTION @extschema@.gpumkt_interpolate(numeric,numeric,numeric,integer,double precision);
DROP FUNCTION @extschema@.gpumkt_interpolate(numeric,numeric,numeric,integer,integer);
DROP FUNCTION @extschema@.gpumkt_interpolate(numeric,numeric,numeric,integer,numeric);
DROP FUNCTION @extschema@.gpumkt_interpolate(numeric,numeric,numeric,numeric,double precision);
DROP FUNCTION @extschema@.gpumkt_interpolate(numeric,numeric,numeric,numeric,integer);
DROP FUNCTION @extschema@.gpumkt_predict(@extschema@.gpumkt_ets_model,date);
DROP FUNCTION @extschema@.gpumkt_predict_interval(@extschema@.gpumkt_ets_model,date,double precision);
DROP FUNCTION @extschema@.gpumkt_project(double precision,double precision,integer);
DROP FUNCTION @extschema@.gpumkt_project(double precision,double precision,numeric);
DROP FUNCTION @extschema@.gpumkt_project(double precision,integer,double precision);
DROP FUNCTION @extschema@.gpumkt_project(double precision,integer,integer);
DROP FUNCTION @extschema@.gpumkt_project(double precision,integer,numeric);
DROP FUNCTION @extschema@.gpumkt_project(double precision,numeric,double precision);
DROP FUNCTION @extschema@.gpumkt_project(double precision,numeric,integer);
DROP FUNCTION @extschema@.gpumkt_project(double precision,numeric,numeric);
DROP FUNCTION @extschema@.gpumkt_project(integer,double precision,double precision);
DROP FUNCTION @extschema@.gpumkt_project(integer,double precision,integer);
DROP FUNCTION @extschema@.gpumkt_project(integer,double precision,numeric);
DROP FUNCTION @extschema@.gpumkt_project(integer,integer,double precision);
DROP FUNCTION @extschema@.gpumkt_project(integer,integer,integer);
DROP FUNCTION @extschema@.gpumkt_project(integer,integer,numeric);
DROP FUNCTION @extschema@.gpumkt_project(integer,numeric,double precision);
DROP FUNCTION @extschema@.gpumkt_project(integer,numeric,integer);
DROP FUNCTION @extschema@.gpumkt_project(integer,numeric,numeric);
DROP FUNCTION @extschema@.gpumkt_project(numeric,double precision,double precision);
DROP FUNCTION @extschema@.gpumkt_project(numeric,double precision,integer);
DROP FUNCTION @extschema@.gpumkt_project(numeric,double precision,numeric);
DROP FUNCTION @extschema@.gpumkt_project(numeric,integer,double precision);
DROP FUNCTION @extschema@.gpumkt_project(numeric,integer,integer);
DROP FUNCTION @extschema@.gpumkt_project(numeric,integer,numeric);
DROP FUNCTION @extschema@.gpumkt_project(numeric,numeric,double precision);
DROP FUNCTION @extschema@.gpumkt_project(numeric,numeric,integer);
DROP FUNCTION @extschema@.gpumkt_reconcile(text,integer,text,text);
DROP FUNCTION @extschema@.gpumkt_region_share(text,date,@extschema@.gpumkt_scenario,text);
DROP FUNCTION @extschema@.gpumkt_region_share(text,date,text);
DROP FUNCTION @extschema@.gpumkt_region_share(text,double precision,@extschema@.gpumkt_scenario,text);
DROP FUNCTION @extschema@.gpumkt_region_share(text,double precision,text);
DROP FUNCTION @extschema@.gpumkt_region_share(text,integer,@extschema@.gpumkt_scenario,text);
DROP FUNCTION @extschema@.gpumkt_region_share(text,integer,text);
DROP FUNCTION @extschema@.gpumkt_region_share(text,text,@extschema@.gpumkt_scenario,text);
DROP FUNCTION @extschema@.gpumkt_region_share(text,text,text);
DROP FUNCTION @extschema@.gpumkt_region_share(text,timestamp with time zone,@extschema@.gpumkt_scenario,text);
DROP FUNCTION @extschema@.gpumkt_region_share(text,timestamp with time zone,text);
DROP FUNCTION @extschema@.gpumkt_report_figure(text,integer,text);
DROP FUNCTION @extschema@.gpumkt_segment_share(text,text,@extschema@.gpumkt_scenario,text);
DROP FUNCTION @extschema@.gpumkt_segment_share(text,text,text);
DROP FUNCTION @extschema@.gpumkt_segments_share(text,text[],@extschema@.gpumkt_scenario,text);
DROP FUNCTION @extschema@.gpumkt_segments_share(text,text[],text);
DROP FUNCTION @extschema@.gpumkt_sensitivity(text,integer,double precision,text);
DROP FUNCTION @extschema@.gpumkt_sensitivity(text,integer,@extschema@.gpumkt_scenario,double precision,text);
DROP FUNCTION @extschema@.gpumkt_sensitivity(text,integer,text,text,double precision,text);
DROP FUNCTION @extschema@.gpumkt_sensitivity(text,integer,text,text,@extschema@.gpumkt_scenario,double precision,text);
DROP FUNCTION @extschema@.gpumkt_series(text,double precision,double precision,@extschema@.gpumkt_scenario,@extschema@.gpumkt_unit,text);
DROP FUNCTION @extschema@.gpumkt_series(text,double precision,double precision,@extschema@.gpumkt_scenario,text);
DROP FUNCTION @extschema@.gpumkt_series(text,double precision,double precision,@extschema@.gpumkt_unit,text);
DROP FUNCTION @extschema@.gpumkt_series(text,double precision,double precision,text);
DROP FUNCTION @extschema@.gpumkt_series(text,double precision,double precision,text,text,@extschema@.gpumkt_scenario,@extschema@.gpumkt_unit,text);
DROP FUNCTION @extschema@.gpumkt_series(text,double precision,double precision,text,text,@extschema@.gpumkt_scenario,text);
DROP FUNCTION @extschema@.gpumkt_series(text,double precision,double precision,text,text,@extschema@.gpumkt_unit,text);
DROP FUNCTION @extschema@.gpumkt_series(text,double precision,double precision,text,text,text);
DROP FUNCTION @extschema@.gpumkt_series(text,integer,integer,@extschema@.gpumkt_scenario,@extschema@.gpumkt_unit,text);
DROP FUNCTION @extschema@.gpumkt_series(text,integer,integer,@extschema@.gpumkt_scenario,text);
DROP FUNCTION @extschema@.gpumkt_series(text,integer,integer,@extschema@.gpumkt_unit,text);
DROP FUNCTION @extschema@.gpumkt_series(text,integer,integer,text);
DROP FUNCTION @extschema@.gpumkt_series(text,integer,integer,text,text,@extschema@.gpumkt_scenario,@extschema@.gpumkt_unit,text);
DROP FUNCTION @extschema@.gpumkt_series(text,integer,integer,text,text,@extschema@.gpumkt_scenario,text);
DROP FUNCTION @extschema@.gpumkt_series(text,integer,integer,text,text,@extschema@.gpumkt_unit,text);
DROP FUNCTION @extschema@.gpumkt_series(text,integer,integer,text,text,text);
DROP FUNCTION @extschema@.gpumkt_share_reached(double precision,double precision,double precision,integer);
DROP FUNCTION @extschema@.gpumkt_share_reached(double precision,double precision,double precision,numeric);
DROP FUNCTION @extschema@.gpumkt_share_reached(double precision,double precision,integer,double precision);
DROP FUNCTION @extschema@.gpumkt_share_reached(double precision,double precision,integer,integer);
DROP FUNCTION @extschema@.gpumkt_share_reached(double precision,double precision,integer,numeric);
DROP FUNCTION @extschema@.gpumkt_share_reached(double precision,double precision,numeric,double precision);
DROP FUNCTION @extschema@.gpumkt_share_reached(double precision,double precision,numeric,integer);
DROP FUNCTION @extschema@.gpumkt_share_reached(double precision,double precision,numeric,numeric);
DROP FUNCTION @extschema@.gpumkt_share_reached(double precision,integer,double precision,double precision);
DROP FUNCTION @extschema@.gpumkt_share_reached(double precision,integer,double precision,integer);
DROP FUNCTION @extschema@.gpumkt_share_reached(double precision,integer,double precision,numeric);
DROP FUNCTION @extschema@.gpumkt_share_reached(double precision,integer,integer,double precision);
DROP FUNCTION @extschema@.gpumkt_share_reached(double precision,integer,integer,integer);
DROP FUNCTION @extschema@.gpumkt_share_reached(double precision,integer,integer,numeric);
DROP FUNCTION @extschema@.gpumkt_share_reached(double precision,integer,numeric,double precision);
DROP FUNCTION @extschema@.gpumkt_share_reached(double precision,integer,numeric,integer);
DROP FUNCTION @extschema@.gpumkt_share_reached(double precision,integer,numeric,numeric);
DROP FUNCTION @extschema@.gpumkt_share_reached(double precision,numeric,double precision,double precision);
DROP FUNCTION @extschema@.gpumkt_share_reached(double precision,numeric,double precision,integer);
DROP FUNCTION @extschema@.gpumkt_share_reached(double precision,numeric,double precision,numeric);
DROP FUNCTION @extschema@.gpumkt_share_reached(double precision,numeric,integer,double precision);
DROP FUNCTION @extschema@.gpumkt_share_reached(double precision,numeric,integer,integer);
DROP FUNCTION @extschema@.gpumkt_share_reached(double precision,numeric,integer,numeric);
DROP FUNCTION @extschema@.gpumkt_share_reached(double precision,numeric,numeric,double precision);
DROP FUNCTION @extschema@.gpumkt_share_reached(double precision,numeric,numeric,integer);
DROP FUNCTION @extschema@.gpumkt_share_reached(double precision,numeric,numeric,numeric);
DROP FUNCTION @extschema@.gpumkt_share_reached(integer,double precision,double precision,double precision);
DROP FUNCTION @extschema@.gpumkt_share_reached(integer,double precision,double precision,integer);
DROP FUNCTION @extschema@.gpumkt_share_reached(integer,double precision,double precision,numeric);
DROP FUNCTION @extschema@.gpumkt_share_reached(integer,double precision,integer,double precision);
DROP FUNCTION @extschema@.gpumkt_share_reached(integer,double precision,integer,integer);
DROP FUNCTION @extschema@.gpumkt_share_reached(integer,double precision,integer,numeric);
DROP FUNCTION @extschema@.gpumkt_share_reached(integer,double precision,numeric,double precision);
DROP FUNCTION @extschema@.gpumkt_share_reached(integer,double precision,numeric,integer);
DROP FUNCTION @extschema@.gpumkt_share_reached(integer,double precision,numeric,numeric);
DROP FUNCTION @extschema@.gpumkt_share_reached(integer,integer,double precision,double precision);
DROP FUNCTION @extschema@.gpumkt_share_reached(integer,integer,double precision,integer);
DROP FUNCTION @extschema@.gpumkt_share_reached(integer,integer,double precision,numeric);
DROP FUNCTION @extschema@.gpumkt_share_reached(integer,integer,integer,double precision);
DROP FUNCTION @extschema@.gpumkt_share_reached(integer,integer,integer,integer);
DROP FUNCTION @extschema@.gpumkt_share_reached(integer,integer,integer,numeric);
DROP FUNCTION @extschema@.gpumkt_share_reached(integer,integer,numeric,double precision);
DROP FUNCTION @extschema@.gpumkt_share_reached(integer,integer,numeric,integer);
DROP FUNCTION @extschema@.gpumkt_share_reached(integer,integer,numeric,numeric);
DROP FUNCTION @extschema@.gpumkt_share_reached(integer,numeric,double precision,double precision);
DROP FUNCTION @extschema@.gpumkt_share_reached(integer,numeric,double precision,integer);
DROP FUNCTION @extschema@.gpumkt_share_reached(integer,numeric,double precision,numeric);
DROP FUNCTION @extschema@.gpumkt_share_reached(integer,numeric,integer,double precision);
DROP FUNCTION @extschema@.gpumkt_share_reached(integer,numeric,integer,integer);
DROP FUNCTION @extschema@.gpumkt_share_reached(integer,numeric,integer,numeric);
DROP FUNCTION @extschema@.gpumkt_share_reached(integer,numeric,numeric,double precision);
DROP FUNCTION @extschema@.gpumkt_share_reached(integer,numeric,numeric,integer);
DROP FUNCTION @extschema@.gpumkt_share_reached(integer,numeric,numeric,numeric);
DROP FUNCTION @extschema@.gpumkt_share_reached(numeric,double precision,double precision,double precision);
DROP FUNCTION @extschema@.gpumkt_share_reached(numeric,double precision,double precision,integer);
DROP FUNCTION @extschema@.gpumkt_share_reached(numeric,double precision,double precision,numeric);
DROP FUNCTION @extschema@.gpumkt_share_reached(numeric,double precision,integer,double precision);
DROP FUNCTION @extschema@.gpumkt_share_reached(numeric,double precision,integer,integer);
DROP FUNCTION @extschema@.gpumkt_share_reached(numeric,double precision,integer,numeric);
DROP FUNCTION @extschema@.gpumkt_share_reached(numeric,double precision,numeric,double precision);
DROP FUNCTION @extschema@.gpumkt_share_reached(numeric,double precision,numeric,integer);
DROP FUNCTION @extschema@.gpumkt_share_reached(numeric,double precision,numeric,numeric);
DROP FUNCTION @extschema@.gpumkt_share_reached(numeric,integer,double precision,double precision);
DROP FUNCTION @extschema@.gpumkt_share_reached(numeric,integer,double precision,integer);
DROP FUNCTION @extschema@.gpumkt_share_reached(numeric,integer,double precision,numeric);
DROP FUNCTION @extschema@.gpumkt_share_reached(numeric,integer,integer,double precision);
DROP FUNCTION @extschema@.gpumkt_share_reached(numeric,integer,integer,integer);
DROP FUNCTION @extschema@.gpumkt_share_reached(numeric,integer,integer,numeric);
DROP FUNCTION @extschema@.gpumkt_share_reached(numeric,integer,numeric,double precision);
DROP FUNCTION @extschema@.gpumkt_share_reached(numeric,integer,numeric,integer);
DROP FUNCTION @extschema@.gpumkt_share_reached(numeric,integer,numeric,numeric);
DROP FUNCTION @extschema@.gpumkt_share_reached(numeric,numeric,double precision,double precision);
DROP FUNCTION @extschema@.gpumkt_share_reached(numeric,numeric,double precision,integer);
DROP FUNCTION @extschema@.gpumkt_share_reached(numeric,numeric,double precision,numeric);
DROP FUNCTION @extschema@.gpumkt_share_reached(numeric,numeric,integer,double precision);
DROP FUNCTION @extschema@.gpumkt_share_reached(numeric,numeric,integer,integer);
DROP FUNCTION @extschema@.gpumkt_share_reached(numeric,numeric,integer,numeric);
DROP FUNCTION @extschema@.gpumkt_share_reached(numeric,numeric,numeric,double precision);
DROP FUNCTION @extschema@.gpumkt_share_reached(numeric,numeric,numeric,integer);
DROP FUNCTION @extschema@.gpumkt_try_forecast(text,date,@extschema@.gpumkt_scenario,@extschema@.gpumkt_unit,text);
DROP FUNCTION @extschema@.gpumkt_try_forecast(text,date,@extschema@.gpumkt_scenario,text);
DROP FUNCTION @extschema@.gpumkt_try_forecast(text,date,@extschema@.gpumkt_unit,text);
DROP FUNCTION @extschema@.gpumkt_try_forecast(text,date,text);
DROP FUNCTION @extschema@.gpumkt_try_forecast(text,date,text,text,@extschema@.gpumkt_scenario,@extschema@.gpumkt_unit,text);
DROP FUNCTION @extschema@.gpumkt_try_forecast(text,date,text,text,@extschema@.gpumkt_scenario,text);
DROP FUNCTION @extschema@.gpumkt_try_forecast(text,date,text,text,@extschema@.gpumkt_unit,text);
DROP FUNCTION @extschema@.gpumkt_try_forecast(text,date,text,text,text);
DROP FUNCTION @extschema@.gpumkt_try_forecast(text,double precision,@extschema@.gpumkt_scenario,@extschema@.gpumkt_unit,text);
DROP FUNCTION @extschema@.gpumkt_try_forecast(text,double precision,@extschema@.gpumkt_scenario,text);
DROP FUNCTION @extschema@.gpumkt_try_forecast(text,double precision,@extschema@.gpumkt_unit,text);
DROP FUNCTION @extschema@.gpumkt_try_forecast(text,double precision,text);
DROP FUNCTION @extschema@.gpumkt_try_forecast(text,double precision,text,text,@extschema@.gpumkt_scenario,@extschema@.gpumkt_unit,text);
DROP FUNCTION @extschema@.gpumkt_try_forecast(text,double precision,text,text,@extschema@.gpumkt_scenario,text);
DROP FUNCTION @extschema@.gpumkt_try_forecast(text,double precision,text,text,@extschema@.gpumkt_unit,text);
DROP FUNCTION @extschema@.gpumkt_try_forecast(text,double precision,text,text,text);
DROP FUNCTION @extschema@.gpumkt_try_forecast(text,integer,@extschema@.gpumkt_scenario,@extschema@.gpumkt_unit,text);
DROP FUNCTION @extschema@.gpumkt_try_forecast(text,integer,@extschema@.gpumkt_scenario,text);
DROP FUNCTION @extschema@.gpumkt_try_forecast(text,integer,@extschema@.gpumkt_unit,text);
DROP FUNCTION @extschema@.gpumkt_try_forecast(text,integer,text);
DROP FUNCTION @extschema@.gpumkt_try_forecast(text,integer,text,text,@extschema@.gpumkt_scenario,@extschema@.gpumkt_unit,text);
DROP FUNCTION @extschema@.gpumkt_try_forecast(text,integer,text,text,@extschema@.gpumkt_scenario,text);
DROP FUNCTION @extschema@.gpumkt_try_forecast(text,integer,text,text,@extschema@.gpumkt_unit,text);
DROP FUNCTION @extschema@.gpumkt_try_forecast(text,integer,text,text,text);
DROP FUNCTION @extschema@.gpumkt_try_forecast(text,text,@extschema@.gpumkt_scenario,@extschema@.gpumkt_unit,text);
DROP FUNCTION @extschema@.gpumkt_try_forecast(text,text,@extschema@.gpumkt_scenario,text);
DROP FUNCTION @extschema@.gpumkt_try_forecast(text,text,@extschema@.gpumkt_unit,text);
DROP FUNCTION @extschema@.gpumkt_try_forecast(text,text,text);
DROP FUNCTION @extschema@.gpumkt_try_forecast(text,text,text,text,@extschema@.gpumkt_scenario,@extschema@.gpumkt_unit,text);
DROP FUNCTION @extschema@.gpumkt_try_forecast(text,text,text,text,@extschema@.gpumkt_scenario,text);
DROP FUNCTION @extschema@.gpumkt_try_forecast(text,text,text,text,@extschema@.gpumkt_unit,text);
DROP FUNCTION @extschema@.gpumkt_try_forecast(text,text,text,text,text);
DROP FUNCTION @extschema@.gpumkt_try_forecast(text,timestamp with time zone,@extschema@.gpumkt_scenario,@extschema@.gpumkt_unit,text);
DROP FUNCTION @extschema@.gpumkt_try_forecast(text,timestamp with time zone,@extschema@.gpumkt_scenario,text);
DROP FUNCTION @extschema@.gpumkt_try_forecast(text,timestamp with time zone,@extschema@.gpumkt_unit,text);
DROP FUNCTION @extschema@.gpumkt_try_forecast(text,timestamp with time zone,text);
DROP FUNCTION @extschema@.gpumkt_try_forecast(text,timestamp with time zone,text,text,@extschema@.gpumkt_scenario,@extschema@.gpumkt_unit,text);
DROP FUNCTION @extschema@.gpumkt_try_forecast(text,timestamp with time zone,text,text,@extschema@.gpumkt_scenario,text);
DROP FUNCTION @extschema@.gpumkt_try_forecast(text,timestamp with time zone,text,text,@extschema@.gpumkt_unit,text);
DROP FUNCTION @extschema@.gpumkt_try_forecast(text,timestamp with time zone,text,text,text);
DROP FUNCTION @extschema@.gpumkt_value_at(@extschema@.gpumkt_growth,date);
DROP FUNCTION @extschema@.gpumkt_value_at(@extschema@.gpumkt_growth,timestamp without time zone);
DROP FUNCTION @extschema@.gpumkt_years_to(double precision,double precision,integer);
DROP FUNCTION @extschema@.gpumkt_years_to(double precision,double precision,numeric);
DROP FUNCTION @extschema@.gpumkt_years_to(double precision,integer,double precision);
DROP FUNCTION @extschema@.gpumkt_years_to(double precision,integer,integer);
DROP FUNCTION @extschema@.gpumkt_years_to(double precision,integer,numeric);
DROP FUNCTION @extschema@.gpumkt_years_to(double precision,numeric,double precision);
DROP FUNCTION @extschema@.gpumkt_years_to(double precision,numeric,integer);
DROP FUNCTION @extschema@.gpumkt_years_to(double precision,numeric,numeric);
DROP FUNCTION @extschema@.gpumkt_years_to(integer,double precision,double precision);
DROP FUNCTION @extschema@.gpumkt_years_to(integer,double precision,integer);
DROP FUNCTION @extschema@.gpumkt_years_to(integer,double precision,numeric);
DROP FUNCTION @extschema@.gpumkt_years_to(integer,integer,double precision);
DROP FUNCTION @extschema@.gpumkt_years_to(integer,integer,integer);
DROP FUNCTION @extschema@.gpumkt_years_to(integer,integer,numeric);
DROP FUNCTION @extschema@.gpumkt_years_to(integer,numeric,double precision);
DROP FUNCTION @extschema@.gpumkt_years_to(integer,numeric,integer);
DROP FUNCTION @extschema@.gpumkt_years_to(integer,numeric,numeric);
DROP FUNCTION @extschema@.gpumkt_years_to(numeric,double precision,double precision);
DROP FUNCTION @extschema@.gpumkt_years_to(numeric,double precision,integer);
DROP FUNCTION @extschema@.gpumkt_years_to(numeric,double precision,numeric);
DROP FUNCTION @extschema@.gpumkt_years_to(numeric,integer,double precision);
DROP FUNCTION @extschema@.gpumkt_years_to(numeric,integer,integer);
DROP FUNCTION @extschema@.gpumkt_years_to(numeric,integer,numeric);
DROP FUNCTION @extschema@.gpumkt_years_to(numeric,numeric,double precision);
DROP FUNCTION @extschema@.gpumkt_years_to(numeric,numeric,integer);

-- the types gpumkt_scenario and gpumkt_unit, whose forms are gone above: their
-- casts, then each type with its input and output functions (a type and its
-- I/O functions depend on each other, so only CASCADE drops them; first
-- make sure nothing of a user's depends on them, or stop naming it)
DROP CAST (text AS @extschema@.gpumkt_scenario);
DROP CAST (@extschema@.gpumkt_scenario AS text);
DROP CAST (text AS @extschema@.gpumkt_unit);
DROP CAST (@extschema@.gpumkt_unit AS text);
DO $$
DECLARE
    users text;
BEGIN
    SELECT pg_catalog.string_agg(pg_catalog.pg_describe_object(d.classid, d.objid, d.objsubid), ', ')
    INTO users
    FROM pg_catalog.pg_depend d
    WHERE d.refclassid OPERATOR(pg_catalog.=) 'pg_catalog.pg_type'::pg_catalog.regclass
      AND d.refobjid OPERATOR(pg_catalog.=) ANY (ARRAY['@extschema@.gpumkt_scenario'::pg_catalog.regtype,
                                                       '@extschema@.gpumkt_unit'::pg_catalog.regtype]::pg_catalog.oid[])
      AND d.deptype OPERATOR(pg_catalog.=) 'n'
      AND NOT (d.classid OPERATOR(pg_catalog.=) 'pg_catalog.pg_proc'::pg_catalog.regclass
               AND d.objid OPERATOR(pg_catalog.=) ANY (ARRAY[
                   '@extschema@.gpumkt_scenario_in(cstring)'::pg_catalog.regprocedure,
                   '@extschema@.gpumkt_scenario_out(@extschema@.gpumkt_scenario)'::pg_catalog.regprocedure,
                   '@extschema@.gpumkt_scenario_recv(internal)'::pg_catalog.regprocedure,
                   '@extschema@.gpumkt_scenario_send(@extschema@.gpumkt_scenario)'::pg_catalog.regprocedure,
                   '@extschema@.gpumkt_unit_in(cstring)'::pg_catalog.regprocedure,
                   '@extschema@.gpumkt_unit_out(@extschema@.gpumkt_unit)'::pg_catalog.regprocedure,
                   '@extschema@.gpumkt_unit_recv(internal)'::pg_catalog.regprocedure,
                   '@extschema@.gpumkt_unit_send(@extschema@.gpumkt_unit)'::pg_catalog.regprocedure]::pg_catalog.oid[]));
    IF users IS NOT NULL THEN
        RAISE EXCEPTION 'cannot drop types gpumkt_scenario and gpumkt_unit because other objects depend on them'
            USING ERRCODE = '2BP01',
                  DETAIL = pg_catalog.format('These objects use them: %s.', users),
                  HINT = 'Drop or change those objects (2.0 takes scenario and unit as text, by name), then update again; see the CHANGELOG, "Moving to 2.0".';
    END IF;
END
$$;
DROP TYPE @extschema@.gpumkt_scenario CASCADE;
DROP TYPE @extschema@.gpumkt_unit CASCADE;

-- routines new in 2.0, or changed
CREATE OR REPLACE FUNCTION @extschema@.gpumkt_forecast(region text, year double precision,
        dimension text DEFAULT NULL, segment text DEFAULT NULL,
        market text DEFAULT 'ai_training_gpu_clusters',
        scenario text DEFAULT NULL, unit text DEFAULT NULL, extrapolate boolean DEFAULT false)
    RETURNS numeric AS 'MODULE_PATHNAME', 'gpumkt_forecast_float8'
    LANGUAGE C STABLE PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.gpumkt_forecast(text, double precision, text, text, text, text, text, boolean) IS
'Market size of region in year (a whole year; bigint, numeric and integer years reach it by implicit casts; a fraction is refused with 22023), in the market''s unit (USD billions for the shipped market) or in unit (unit, thousand, million, billion, trillion): anchors exactly, the constant-growth path between them, the stated CAGR outside them, or the region''s share of its parent''s forecast; with dimension and segment (both or neither), the segment''s share of it. Optional, by name: dimension, segment (DEFAULT NULL), market (DEFAULT ai_training_gpu_clusters), scenario (DEFAULT NULL: the market as it is; else the changes of gpumkt_scenario_set applied), unit (DEFAULT NULL: the market''s own), extrapolate (DEFAULT false). A year outside the years the market''s figures cover (gpumkt_covered_years: 2024 to 2035 for the shipped market) is refused (22023) unless extrapolate => true. Region by code, English or French name, ISO code or a common abbreviation. NULL where region, year or market is NULL; errors (02000) where the data gives no figure. gpumkt_forecast(''north_america'', 2035) = 31.9375.';

CREATE OR REPLACE FUNCTION @extschema@.gpumkt_forecast(region text, year timestamp with time zone,
        dimension text DEFAULT NULL, segment text DEFAULT NULL,
        market text DEFAULT 'ai_training_gpu_clusters',
        scenario text DEFAULT NULL, unit text DEFAULT NULL, extrapolate boolean DEFAULT false)
    RETURNS numeric AS 'MODULE_PATHNAME', 'gpumkt_forecast_tstz'
    LANGUAGE C STABLE PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.gpumkt_forecast(text, timestamp with time zone, text, text, text, text, text, boolean) IS
'As the double precision form of gpumkt_forecast, with year a timestamp with time zone read in UTC as the fractional year 2000 + days since 2000-01-01 / 365.25; a date or a timestamp reaches this form by an implicit cast and is read as written (a date as its day), whatever the session''s time zone.';

CREATE OR REPLACE FUNCTION @extschema@.gpumkt_try_forecast(region text, year double precision,
        dimension text DEFAULT NULL, segment text DEFAULT NULL,
        market text DEFAULT 'ai_training_gpu_clusters',
        scenario text DEFAULT NULL, unit text DEFAULT NULL, extrapolate boolean DEFAULT false)
    RETURNS numeric AS 'MODULE_PATHNAME', 'gpumkt_try_forecast_float8'
    LANGUAGE C STABLE PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.gpumkt_try_forecast(text, double precision, text, text, text, text, text, boolean) IS
'As gpumkt_forecast (same arguments and defaults), but NULL instead of an error where the data gives no figure for a known region or no share for a known segment, and where year is outside the years the market''s figures cover (unless extrapolate => true): for outer joins and reports.';

CREATE OR REPLACE FUNCTION @extschema@.gpumkt_try_forecast(region text, year timestamp with time zone,
        dimension text DEFAULT NULL, segment text DEFAULT NULL,
        market text DEFAULT 'ai_training_gpu_clusters',
        scenario text DEFAULT NULL, unit text DEFAULT NULL, extrapolate boolean DEFAULT false)
    RETURNS numeric AS 'MODULE_PATHNAME', 'gpumkt_try_forecast_tstz'
    LANGUAGE C STABLE PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.gpumkt_try_forecast(text, timestamp with time zone, text, text, text, text, text, boolean) IS
'As the double precision form of gpumkt_try_forecast, with year a timestamp with time zone read in UTC as the fractional year 2000 + days since 2000-01-01 / 365.25; a date or a timestamp reaches this form by an implicit cast and is read as written (a date as its day), whatever the session''s time zone.';

CREATE OR REPLACE FUNCTION @extschema@.gpumkt_region_share(region text, year double precision,
        market text DEFAULT 'ai_training_gpu_clusters',
        scenario text DEFAULT NULL, extrapolate boolean DEFAULT false)
    RETURNS numeric AS 'MODULE_PATHNAME', 'gpumkt_region_share_float8'
    LANGUAGE C STABLE PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.gpumkt_region_share(text, double precision, text, text, boolean) IS
'Region''s share (fraction) of the market''s top region in year (a whole year): the reported share where there is one (held from its year), otherwise the ratio of the two forecasts. Optional, by name: market (DEFAULT ai_training_gpu_clusters), scenario (DEFAULT NULL), extrapolate (DEFAULT false): a year outside the years the market''s figures cover is refused (22023) unless extrapolate => true. NULL where region, year or market is NULL.';

CREATE OR REPLACE FUNCTION @extschema@.gpumkt_region_share(region text, year timestamp with time zone,
        market text DEFAULT 'ai_training_gpu_clusters',
        scenario text DEFAULT NULL, extrapolate boolean DEFAULT false)
    RETURNS numeric AS 'MODULE_PATHNAME', 'gpumkt_region_share_tstz'
    LANGUAGE C STABLE PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.gpumkt_region_share(text, timestamp with time zone, text, text, boolean) IS
'As the double precision form of gpumkt_region_share, with year a timestamp with time zone read in UTC as the fractional year 2000 + days since 2000-01-01 / 365.25; a date or a timestamp reaches this form by an implicit cast and is read as written (a date as its day), whatever the session''s time zone.';

CREATE OR REPLACE FUNCTION @extschema@.gpumkt_segment_share(dimension text, segment text,
        market text DEFAULT 'ai_training_gpu_clusters', scenario text DEFAULT NULL)
    RETURNS numeric AS 'MODULE_PATHNAME', 'gpumkt_segment_share'
    LANGUAGE C STABLE PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.gpumkt_segment_share(text, text, text, text) IS
'Share (fraction) of a segment within its dimension, reported or derived; errors (SQLSTATE 02000) where the report gives none. Optional, by name: market (DEFAULT ai_training_gpu_clusters), scenario (DEFAULT NULL: the market as it is). NULL where dimension, segment or market is NULL.';

CREATE OR REPLACE FUNCTION @extschema@.gpumkt_series(region text, from_year double precision, to_year double precision,
        dimension text DEFAULT NULL, segment text DEFAULT NULL,
        market text DEFAULT 'ai_training_gpu_clusters',
        scenario text DEFAULT NULL, unit text DEFAULT NULL, extrapolate boolean DEFAULT false,
        OUT year integer, OUT value numeric, OUT growth numeric, OUT basis text)
    RETURNS SETOF record AS 'MODULE_PATHNAME', 'gpumkt_series'
    LANGUAGE C STABLE PARALLEL SAFE ROWS 11;

COMMENT ON FUNCTION @extschema@.gpumkt_series(text, double precision, double precision, text, text, text, text, text, boolean) IS
'One row per year from from_year to to_year (whole years, 1900 to 2200): the forecast of region (or, with dimension and segment, of its segment), its growth over the previous year, and its basis (reported, derived, interpolated, extrapolated, share of parent, segment share; user row, or the method followed by (user rows), where the value rests on a user''s row). A year without a figure: value NULL, basis no data. A year outside the years the market''s figures cover: value NULL, basis outside the covered years; with extrapolate => true, its value and basis extrapolated beyond the figures. Optional, by name: dimension, segment (DEFAULT NULL), market (DEFAULT ai_training_gpu_clusters), scenario, unit (DEFAULT NULL), extrapolate (DEFAULT false). No rows where region, a year or market is NULL.';

CREATE OR REPLACE FUNCTION @extschema@.gpumkt_covered_years(market text DEFAULT 'ai_training_gpu_clusters',
        scenario text DEFAULT NULL, OUT first_year integer, OUT last_year integer)
    RETURNS record AS 'MODULE_PATHNAME', 'gpumkt_covered_years'
    LANGUAGE C STABLE PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.gpumkt_covered_years(text, text) IS
'The years the figures of market (in scenario, if given) cover: from the first to the last year of its anchors, the periods of its rates, its region shares and its segment shares, users'' rows and the scenario''s changes included (2024 to 2035 for the shipped market). Forecasts outside them take extrapolate => true. NULL, NULL for a market without figures; NULL where market is NULL.';

CREATE OR REPLACE FUNCTION @extschema@.gpumkt_explain(region text, year double precision,
        dimension text DEFAULT NULL, segment text DEFAULT NULL,
        market text DEFAULT 'ai_training_gpu_clusters',
        scenario text DEFAULT NULL, unit text DEFAULT NULL, extrapolate boolean DEFAULT false,
        OUT step integer, OUT region text, OUT year integer, OUT value numeric, OUT basis text,
        OUT method text, OUT source_rows text, OUT provenance text,
        OUT low numeric, OUT high numeric)
    RETURNS SETOF record AS 'MODULE_PATHNAME', 'gpumkt_explain_float8'
    LANGUAGE C STABLE PARALLEL SAFE ROWS 3;

COMMENT ON FUNCTION @extschema@.gpumkt_explain(text, double precision, text, text, text, text, text, boolean) IS
'Where a forecast comes from (gpumkt_forecast''s arguments and defaults): one row per step (with dimension and segment, the segment first; then the region, then each region it is a share of), with its value, basis (user row, or the method followed by (user rows), where a step rests on a user''s row; extrapolated beyond the figures for a year outside the years the market''s figures cover, which takes extrapolate => true, else 22023), arithmetic, the table rows used and their provenance (the report''s words or the derivation; user row for a user''s row), and its bounds low and high. No rows where region, year or market is NULL.';

CREATE OR REPLACE FUNCTION @extschema@.gpumkt_explain(region text, year timestamp with time zone,
        dimension text DEFAULT NULL, segment text DEFAULT NULL,
        market text DEFAULT 'ai_training_gpu_clusters',
        scenario text DEFAULT NULL, unit text DEFAULT NULL, extrapolate boolean DEFAULT false,
        OUT step integer, OUT region text, OUT year double precision, OUT value numeric, OUT basis text,
        OUT method text, OUT source_rows text, OUT provenance text,
        OUT low numeric, OUT high numeric)
    RETURNS SETOF record AS 'MODULE_PATHNAME', 'gpumkt_explain_tstz'
    LANGUAGE C STABLE PARALLEL SAFE ROWS 3;

COMMENT ON FUNCTION @extschema@.gpumkt_explain(text, timestamp with time zone, text, text, text, text, text, boolean) IS
'As the double precision form of gpumkt_explain, with year a timestamp with time zone read in UTC as the fractional year 2000 + days since 2000-01-01 / 365.25; a date or a timestamp reaches this form by an implicit cast and is read as written (a date as its day), whatever the session''s time zone. The year column gives the year as a (fractional) double precision number.';

CREATE OR REPLACE FUNCTION @extschema@.gpumkt_forecast_range(region text, year double precision,
        dimension text DEFAULT NULL, segment text DEFAULT NULL,
        market text DEFAULT 'ai_training_gpu_clusters',
        scenario text DEFAULT NULL, unit text DEFAULT NULL, extrapolate boolean DEFAULT false,
        OUT low numeric, OUT value numeric, OUT high numeric)
    RETURNS record AS 'MODULE_PATHNAME', 'gpumkt_forecast_range_float8'
    LANGUAGE C STABLE PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.gpumkt_forecast_range(text, double precision, text, text, text, text, text, boolean) IS
'Market size of region (or, with dimension and segment, of its segment) in year with its bounds, with gpumkt_forecast''s arguments and defaults: (low, value, high), value as gpumkt_forecast gives it, low and high the method evaluated at the ends of the intervals its inputs stand for (the rounding interval of each stated figure, the report''s hedges, users'' low and high, the structural bounds of shares; docs/method.md, Ranges). high is Infinity where nothing bounds it. For a segment whose share the report does not give, value is NULL and low and high come from the shares of its dimension that are known. A year outside the years the market''s figures cover is refused (22023) unless extrapolate => true. NULL where region, year or market is NULL; other errors as gpumkt_forecast.';

CREATE OR REPLACE FUNCTION @extschema@.gpumkt_forecast_range(region text, year timestamp with time zone,
        dimension text DEFAULT NULL, segment text DEFAULT NULL,
        market text DEFAULT 'ai_training_gpu_clusters',
        scenario text DEFAULT NULL, unit text DEFAULT NULL, extrapolate boolean DEFAULT false,
        OUT low numeric, OUT value numeric, OUT high numeric)
    RETURNS record AS 'MODULE_PATHNAME', 'gpumkt_forecast_range_tstz'
    LANGUAGE C STABLE PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.gpumkt_forecast_range(text, timestamp with time zone, text, text, text, text, text, boolean) IS
'As the double precision form of gpumkt_forecast_range, with year a timestamp with time zone read in UTC as the fractional year 2000 + days since 2000-01-01 / 365.25; a date or a timestamp reaches this form by an implicit cast and is read as written (a date as its day), whatever the session''s time zone.';

CREATE OR REPLACE FUNCTION @extschema@.gpumkt_sensitivity(region text, year integer,
        dimension text DEFAULT NULL, segment text DEFAULT NULL,
        delta double precision DEFAULT 0.10, market text DEFAULT 'ai_training_gpu_clusters',
        scenario text DEFAULT NULL, extrapolate boolean DEFAULT false,
        OUT input text, OUT base numeric, OUT value_low numeric, OUT value_high numeric, OUT swing numeric)
    RETURNS SETOF record AS 'MODULE_PATHNAME', 'gpumkt_sensitivity'
    LANGUAGE C STABLE PARALLEL SAFE ROWS 4;

COMMENT ON FUNCTION @extschema@.gpumkt_sensitivity(text, integer, text, text, double precision, text, text, boolean) IS
'A tornado for the forecast of region (or, with dimension and segment, of its segment, whose share is one more input) in year: one row per input it uses (input names the table row), its base value, the forecast with the input times 1 - delta and 1 + delta (the rest held; shares held within [0, 1]), and the swing between them, largest first. Optional, by name: dimension, segment (DEFAULT NULL), delta (DEFAULT 0.10; in (0, 1), else 22023), market (DEFAULT ai_training_gpu_clusters), scenario (DEFAULT NULL), extrapolate (DEFAULT false: a year outside the years the market''s figures cover is refused, 22023). No rows where region, year, delta or market is NULL.';

CREATE OR REPLACE FUNCTION @extschema@.gpumkt_grid(region text, year integer,
        input1 text, values1 double precision[], input2 text, values2 double precision[],
        market text DEFAULT 'ai_training_gpu_clusters', scenario text DEFAULT NULL, unit text DEFAULT NULL,
        exceptional boolean DEFAULT false, extrapolate boolean DEFAULT false,
        OUT value1 double precision, OUT value2 double precision, OUT forecast numeric)
    RETURNS SETOF record AS 'MODULE_PATHNAME', 'gpumkt_grid'
    LANGUAGE C STABLE PARALLEL SAFE ROWS 25;

COMMENT ON FUNCTION @extschema@.gpumkt_grid(text, integer, text, double precision[], text, double precision[], text, text, text, boolean, boolean) IS
'A two-way data table: the forecast of region in year for every pair of values of two inputs (values1 x values2, up to 1000 each), each input named anchor:region:year, rate:region[:to_year], region_share:region[:year] or segment_share:dimension:segment (a segment share multiplies the region''s forecast); the rest held; forecast NULL where the method gives none, 22003 where it gives one beyond double precision (as gpumkt_forecast). Optional, by name: market (DEFAULT ai_training_gpu_clusters), scenario (DEFAULT NULL), unit (DEFAULT NULL: the market''s own), exceptional (DEFAULT false: a rate above 1, 100 % a year, is refused with 22023, as gpumkt_rates asks), extrapolate (DEFAULT false: a year outside the years the market''s figures cover is refused, 22023). No rows where a required argument or market is NULL.';

CREATE OR REPLACE FUNCTION @extschema@.gpumkt_segments_share(dimension text, segments text[],
        market text DEFAULT 'ai_training_gpu_clusters', scenario text DEFAULT NULL,
        OUT low numeric, OUT value numeric, OUT high numeric)
    RETURNS record AS 'MODULE_PATHNAME', 'gpumkt_segments_share'
    LANGUAGE C STABLE PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.gpumkt_segments_share(text, text[], text, text) IS
'The share of several segments of one dimension together, (low, value, high): the sum of their shares; where they include every segment whose share the report does not give, the rest of the dimension (software and services: 1 - 0.785 = 0.215); value NULL where only bounds are known. Optional, by name: market (DEFAULT ai_training_gpu_clusters), scenario (DEFAULT NULL). NULL where dimension, segments or market is NULL.';

CREATE OR REPLACE FUNCTION @extschema@.gpumkt_funnel(region text, year integer, filters jsonb,
        market text DEFAULT 'ai_training_gpu_clusters', scenario text DEFAULT NULL,
        unit text DEFAULT NULL, extrapolate boolean DEFAULT false, OUT step integer, OUT filter text, OUT share numeric, OUT value numeric,
        OUT low numeric, OUT high numeric, OUT assumption text)
    RETURNS SETOF record LANGUAGE plpgsql STABLE PARALLEL SAFE
    SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    f record;
    s record;
    n integer := 1;
    segs text[];
    reach numeric;
BEGIN
    IF region IS NULL OR year IS NULL OR filters IS NULL OR market IS NULL THEN
        RETURN;
    END IF;
    IF jsonb_typeof(filters) <> 'object' THEN
        RAISE EXCEPTION 'filters of gpumkt_funnel is not a JSON object'
            USING ERRCODE = '22023', HINT = 'Pass {"dimension": "segment", ...}, a list of segments of one dimension as ["a", "b"], and "reach": your own share.';
    END IF;
    step := 1;
    filter := @extschema@.gpumkt_resolve_region(region) || ' ' || year;
    share := 1;
    SELECT r.* INTO s FROM @extschema@.gpumkt_forecast_range(gpumkt_funnel.region, gpumkt_funnel.year,
                               market => gpumkt_funnel.market, scenario => gpumkt_funnel.scenario,
                               unit => gpumkt_funnel.unit, extrapolate => coalesce(gpumkt_funnel.extrapolate, false)) r;
    value := s.value; low := s.low; high := s.high;
    assumption := 'the region''s forecast (TAM)';
    RETURN NEXT;
    -- one step per dimension, in the report's order of dimensions
    FOR f IN
        SELECT e.key, e.value AS v, r[1] AS dimension, d.ordinal
        FROM jsonb_each(filters) e
        CROSS JOIN LATERAL (SELECT CASE WHEN e.key = 'reach' THEN NULL
                                        ELSE @extschema@.gpumkt_resolve_segment(e.key,
                                                 CASE jsonb_typeof(e.value) WHEN 'array' THEN e.value ->> 0 ELSE e.value #>> '{}' END,
                                                 market) END) x(r)
        LEFT JOIN @extschema@.gpumkt_dimensions d ON d.market = gpumkt_funnel.market AND d.dimension = x.r[1]
        ORDER BY e.key = 'reach', d.ordinal, x.r[1] COLLATE "C"
    LOOP
        step := step + 1;
        IF f.key = 'reach' THEN
            IF jsonb_typeof(f.v) <> 'number' OR (f.v)::numeric <= 0 OR (f.v)::numeric > 1 THEN
                RAISE EXCEPTION 'reach % of gpumkt_funnel is not a share in (0, 1]', @extschema@.gpumkt_echo(f.v::text)
                    USING ERRCODE = '22023', HINT = 'Pass your own share of the market that is left as a fraction, such as 0.05 for 5 %.';
            END IF;
            reach := (f.v)::numeric;
            filter := 'reach';
            share := reach;
            value := value * reach; low := low * reach; high := high * reach;
            assumption := 'your reach: the share of the market left that you supply (SOM)';
            RETURN NEXT;
            CONTINUE;
        END IF;
        IF jsonb_typeof(f.v) = 'array' AND jsonb_array_length(f.v) = 0 THEN
            RAISE EXCEPTION 'filter "%" of gpumkt_funnel is an empty list', @extschema@.gpumkt_echo(f.key)
                USING ERRCODE = '22023', HINT = 'Pass a segment''s name or code as a string, or several of one dimension as a JSON array.';
        ELSIF jsonb_typeof(f.v) = 'array' THEN
            SELECT array_agg(x ORDER BY o) INTO segs FROM jsonb_array_elements_text(f.v) WITH ORDINALITY a(x, o);
        ELSIF jsonb_typeof(f.v) = 'string' THEN
            segs := ARRAY[f.v #>> '{}'];
        ELSE
            RAISE EXCEPTION 'filter "%" of gpumkt_funnel is neither a segment nor a list of segments', @extschema@.gpumkt_echo(f.key)
                USING ERRCODE = '22023', HINT = 'Pass a segment''s name or code as a string, or several of one dimension as a JSON array.';
        END IF;
        SELECT r.* INTO s FROM @extschema@.gpumkt_segments_share(f.key, segs, market => gpumkt_funnel.market,
                                                                 scenario => gpumkt_funnel.scenario) r;
        filter := f.dimension || ' = ' || array_to_string(segs, ' + ');
        share := s.value;
        value := value * s.value; low := low * s.low; high := high * s.high;
        assumption := CASE WHEN n = 1
            THEN 'the segment''s share of the market, held for every region and year (the report gives shares of the global market)'
            ELSE 'independent of the dimensions before it: its share multiplies theirs' END;
        n := n + 1;
        RETURN NEXT;
    END LOOP;
END
$$;

COMMENT ON FUNCTION @extschema@.gpumkt_funnel(text, integer, jsonb, text, text, text, boolean) IS
'TAM -> SAM -> SOM: the forecast of region in year (step 1), then one step per dimension of filters ({"deployment": "on_premises", "component": ["software", "services"]}), in the report''s order of dimensions, each multiplying by the share of its segments (gpumkt_segments_share), and a last step "reach" (a share you supply). Each step gives the filter, its share, value, low, high, and the assumption it rests on: shares of different dimensions are multiplied as if independent. value NULL where only bounds are known. Optional, by name: market (DEFAULT ai_training_gpu_clusters), scenario (DEFAULT NULL), unit (DEFAULT NULL: the market''s own; else unit, thousand, million, billion or trillion), extrapolate (DEFAULT false: a year outside the years the market''s figures cover is refused, 22023, as gpumkt_forecast_range). No rows where region, year, filters or market is NULL.';

CREATE OR REPLACE FUNCTION @extschema@.gpumkt_report_figure(region text, year integer,
        market text DEFAULT 'ai_training_gpu_clusters', extrapolate boolean DEFAULT false)
    RETURNS numeric
    LANGUAGE plpgsql STABLE STRICT PARALLEL SAFE
    SET search_path = pg_catalog, pg_temp
AS $fn$
#variable_conflict use_column
DECLARE
    mkt text := $3;
    y integer := $2;
    r text;
    seen text[] := '{}';
    shares float8[] := '{}';	-- shares taken on the way, outermost first
    n integer;
    a record;
    a0 record;
    a1 record;
    rt record;
    sh record;
    rate float8;
    v float8;
    first_year integer;
    last_year integer;
BEGIN
    IF NOT EXISTS (SELECT 1 FROM @extschema@.gpumkt_markets m WHERE m.market = mkt) THEN
        RAISE EXCEPTION 'unrecognized market "%"', @extschema@.gpumkt_echo(mkt)
            USING ERRCODE = '22023',
                  HINT = format('Known markets: %s.',
                                @extschema@.gpumkt_echo_list(ARRAY(SELECT m.market FROM @extschema@.gpumkt_markets m
                                                                   ORDER BY m.market COLLATE "C")));
    END IF;
    -- the years the shipped rows cover, as gpumkt_covered_years counts them
    -- (anchors, rate periods, region and segment shares): none beyond them
    -- unless extrapolate
    IF NOT $4 THEN
        SELECT min(c.y), max(c.y) INTO first_year, last_year
        FROM (SELECT x.year AS y FROM @extschema@.gpumkt_anchors x WHERE x.market = mkt AND x.shipped
              UNION ALL SELECT x.from_year FROM @extschema@.gpumkt_rates x WHERE x.market = mkt AND x.shipped
              UNION ALL SELECT x.to_year FROM @extschema@.gpumkt_rates x WHERE x.market = mkt AND x.shipped
              UNION ALL SELECT x.year FROM @extschema@.gpumkt_region_shares x WHERE x.market = mkt AND x.shipped
              UNION ALL SELECT x.year FROM @extschema@.gpumkt_segments x
                        WHERE x.market = mkt AND x.shipped AND x.share IS NOT NULL) c;
        IF y < first_year OR y > last_year THEN
            RETURN NULL;
        END IF;
    END IF;
    r := @extschema@.gpumkt_resolve_region($1);
    LOOP
        IF r = ANY (seen) THEN
            RAISE EXCEPTION 'region shares of market "%" form a cycle through region "%"', mkt, r
                USING ERRCODE = '22023',
                      HINT = 'Each region in gpumkt_region_shares must lead, through of_region, to a region with anchors.';
        END IF;
        seen := seen || r;
        v := NULL;
        SELECT count(*) INTO n FROM @extschema@.gpumkt_anchors x
        WHERE x.market = mkt AND x.region = r AND x.shipped;
        IF n > 0 THEN
            SELECT x.year, x.value INTO a FROM @extschema@.gpumkt_anchors x
            WHERE x.market = mkt AND x.region = r AND x.shipped AND x.year = y;
            SELECT x.year, x.value INTO a0 FROM @extschema@.gpumkt_anchors x
            WHERE x.market = mkt AND x.region = r AND x.shipped ORDER BY x.year LIMIT 1;
            SELECT x.year, x.value INTO a1 FROM @extschema@.gpumkt_anchors x
            WHERE x.market = mkt AND x.region = r AND x.shipped ORDER BY x.year DESC LIMIT 1;
            IF a.year IS NOT NULL THEN
                -- 1. an anchor year: the anchor itself
                IF cardinality(shares) = 0 THEN
                    RETURN a.value;
                END IF;
                v := a.value::float8;
            ELSIF y > a0.year AND y < a1.year THEN
                -- 2. between two anchors: the constant-growth path through them
                SELECT x.year, x.value INTO a0 FROM @extschema@.gpumkt_anchors x
                WHERE x.market = mkt AND x.region = r AND x.shipped AND x.year < y
                ORDER BY x.year DESC LIMIT 1;
                SELECT x.year, x.value INTO a1 FROM @extschema@.gpumkt_anchors x
                WHERE x.market = mkt AND x.region = r AND x.shipped AND x.year > y
                ORDER BY x.year LIMIT 1;
                v := @extschema@.gpumkt_interpolate(a0.year::float8, a0.value::float8,
                                                    a1.year::float8, a1.value::float8, y::float8);
            ELSE
                -- 3. beyond them: the rate whose period is nearest (ties to the
                -- later period, a rate with no period last), or the CAGR of
                -- the first and last anchors
                SELECT x.rate INTO rt FROM @extschema@.gpumkt_rates x
                WHERE x.market = mkt AND x.region = r AND x.shipped
                ORDER BY CASE WHEN x.from_year IS NULL THEN 9223372036854775806
                              WHEN y < x.from_year THEN x.from_year::bigint - y
                              WHEN y > x.to_year THEN y::bigint - x.to_year
                              ELSE 0 END,
                         x.to_year DESC NULLS LAST, x.from_year DESC
                LIMIT 1;
                IF rt.rate IS NOT NULL OR n > 1 THEN
                    IF rt.rate IS NOT NULL THEN
                        rate := rt.rate::float8;
                    ELSE
                        rate := @extschema@.gpumkt_cagr(a0.value::float8, a1.value::float8,
                                                        a1.year::float8 - a0.year);
                    END IF;
                    IF y < a0.year THEN
                        v := @extschema@.gpumkt_project(a0.value::float8, rate, y::float8 - a0.year);
                    ELSE
                        v := @extschema@.gpumkt_project(a1.value::float8, rate, y::float8 - a1.year);
                    END IF;
                END IF;
            END IF;
        END IF;
        EXIT WHEN v IS NOT NULL;
        -- 4. a share of another region: the latest stated at or before the
        -- year, else the earliest
        SELECT x.share, x.of_region INTO sh FROM @extschema@.gpumkt_region_shares x
        WHERE x.market = mkt AND x.region = r AND x.shipped
        ORDER BY x.year <= y DESC, CASE WHEN x.year <= y THEN -x.year ELSE x.year END
        LIMIT 1;
        IF sh.of_region IS NULL THEN
            RETURN NULL;		-- 5. the shipped rows give no figure
        END IF;
        shares := shares || sh.share::float8;
        r := sh.of_region;
    END LOOP;
    -- the shares, innermost first, as forecast.c multiplies them
    FOR i IN REVERSE cardinality(shares) .. 1 LOOP
        v := shares[i] * v;
        IF v = 0 THEN
            RAISE EXCEPTION 'forecast of region "%" for year % is out of range', @extschema@.gpumkt_echo($1), y
                USING ERRCODE = '22003',
                      DETAIL = format('Market "%s" grows too far from its anchors to reach year %s in double precision.', mkt, y);
        END IF;
    END LOOP;
    RETURN v::numeric;
END
$fn$;

COMMENT ON FUNCTION @extschema@.gpumkt_report_figure(text, integer, text, boolean) IS
'The forecast of region in year from the market''s shipped rows alone (the report''s own figures, without users'' rows), by the method of gpumkt_forecast; NULL where they give no figure, and outside the years the shipped rows cover unless extrapolate => true (default false). gpumkt_audit compares it with gpumkt_forecast to show what a user''s row in a shipped market changes.';

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
        SELECT x.market, x.finding, x.rows_involved, x.figures, x.discrepancy, x.detail
        FROM jsonb_to_recordset(findings)
             AS x(market text, finding text, rows_involved text, figures text, discrepancy numeric, detail text)
        ORDER BY 1, 2, 3, 4;
END
$audit$;

COMMENT ON FUNCTION @extschema@.gpumkt_audit() IS
'One row per finding in the loaded data of every market: shares of a whole over 100 %, a region larger than its parent (every year of the market''s horizon, consecutive years in one finding), a stated CAGR its endpoints contradict, a value its share of a parent contradicts, a stated figure the forecast does not use where it is stated (a rate in no year of its period, a region share in its year: with the growth or share the forecast gives there), a user''s row that changes forecasts of a shipped market, a market whose forecasts fail (with the SQLSTATE and message, the other markets still audited), and, across the markets of a topic, a source outside half to twice the median of them (gpumkt_consensus) in a year one states.';

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
    RETURN trim_scale(v);
END
$$;

COMMENT ON FUNCTION @extschema@.gpumkt_convert(numeric, integer, text, text, text, text, integer) IS
'value (in from_currency and from_unit, in year) in to_currency and to_unit: value x factor(from_unit) / factor(to_unit) / per_usd(from_currency, year) x per_usd(to_currency, year) (gpumkt_exchange_rates; USD needs no row), and with real_base_year in the prices of that year: x index(to_currency, real_base_year) / index(to_currency, year) (gpumkt_price_indices). A missing rate or index errors (02000) naming the row to add; an unrecognized unit, a currency that is no three-letter code, or year or real_base_year outside 1900..2200 errors (22023), rate or no rate; a result beyond the normal double precision numbers (above 1.7976931348623157e308 in size, or a nonzero one below 2.2250738585072014e-308) errors (22003). NULL where value, year, a currency or a unit is NULL. from_unit and to_unit default to ''unit'', real_base_year to NULL (nominal prices); pass them by name: gpumkt_convert(v, 2024, ''EUR'', ''USD'', to_unit => ''billion''). An integer or bigint value goes to the double precision form; cast it to numeric for a numeric result.';

CREATE OR REPLACE FUNCTION @extschema@.gpumkt_convert(value double precision, year integer, from_currency text, to_currency text,
        from_unit text DEFAULT 'unit', to_unit text DEFAULT 'unit', real_base_year integer DEFAULT NULL)
    RETURNS double precision LANGUAGE sql STABLE PARALLEL SAFE
    SET search_path = pg_catalog, pg_temp
    RETURN @extschema@.gpumkt_convert(value::numeric, year, from_currency, to_currency, from_unit, to_unit, real_base_year)::double precision;

COMMENT ON FUNCTION @extschema@.gpumkt_convert(double precision, integer, text, text, text, text, integer) IS
'gpumkt_convert of a double precision value, and of an integer or bigint one (PostgreSQL''s implicit cast prefers double precision, as for power()): computed in numeric, returned as double precision (NaN and infinities error, 22023); from_unit and to_unit default to ''unit'', real_base_year to NULL (nominal prices).';

CREATE OR REPLACE FUNCTION @extschema@.gpumkt_consensus(topic text, region text, year integer,
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
    SELECT array_agg(x ORDER BY x), trim_scale(avg(x)) INTO s, mean FROM unnest(vals) x;
    median := CASE WHEN n % 2 = 1 THEN s[(n + 1) / 2] ELSE trim_scale((s[n / 2] + s[n / 2 + 1]) / 2) END;
    low := s[1];
    high := s[n];
    spread := high - low;
    SELECT coalesce(array_agg(u.m ORDER BY u.m), '{}') INTO outliers
    FROM unnest(vals, names) u(x, m) WHERE u.x < median / 2 OR u.x > median * 2;
END
$$;

COMMENT ON FUNCTION @extschema@.gpumkt_consensus(text, text, integer, text, text, text, text, integer, boolean) IS
'The reports of topic side by side: every market of the topic (gpumkt_markets.topic) whose figures cover year (gpumkt_covered_years; any market with extrapolate => true) with a figure for region (and segment) in calendar year year (a report on fiscal years ending in month m <> 12 as (m/12) FY(year) + ((12 - m)/12) FY(year + 1)), converted by gpumkt_convert to currency and unit (in the prices of real_base_year if given): their number, mean, median, lowest, highest, spread (highest - lowest), the markets counted and the outliers (outside [median/2, median x 2]). No source: sources 0, the figures NULL. Optional, by name: dimension, segment (DEFAULT NULL), currency (DEFAULT USD), unit (DEFAULT billion), real_base_year (DEFAULT NULL), extrapolate (DEFAULT false). Errors (22023) on an unrecognized topic or unit, (02000) on a missing exchange rate or price index.';

CREATE OR REPLACE FUNCTION @extschema@.gpumkt_consensus_series(topic text, region text, from_year integer, to_year integer,
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

CREATE OR REPLACE FUNCTION @extschema@.gpumkt_reconcile(market text, year integer, method text DEFAULT 'top_down',
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
        SELECT codes[i], codes[pars[i]], fc[i], trim_scale(rec[i]), trim_scale(rec[i] - fc[i])
        FROM generate_subscripts(codes, 1) AS i ORDER BY i;
END
$$;

COMMENT ON FUNCTION @extschema@.gpumkt_reconcile(text, integer, text, text, boolean) IS
'Regions that add up: one row per region with a forecast of market in year (in scenario if given): its parent (the nearest region above it with a forecast), its forecast, its reconciled figure and the adjustment (reconciled - forecast). top_down scales the children of a parent down in proportion where their sum exceeds it; proportional also carries a parent''s scaling down to its children; bottom_up raises a parent to the sum of its children where below. Coherent families are unchanged; groups are scaled with their siblings but not summed. Optional, by name: method (DEFAULT top_down), scenario (DEFAULT NULL), extrapolate (DEFAULT false: a year outside the years the market''s figures cover is refused, 22023). Errors (22023) on an unrecognized method or market.';

CREATE OR REPLACE FUNCTION @extschema@.gpumkt_cagr_trans(@extschema@.gpumkt_growth, double precision, float8)
    RETURNS @extschema@.gpumkt_growth AS 'MODULE_PATHNAME', 'gpumkt_cagr_trans_any'
    LANGUAGE C IMMUTABLE PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.gpumkt_cagr_trans(@extschema@.gpumkt_growth, double precision, float8) IS
'Transition function of the aggregate gpumkt_cagr(double precision, float8).';

CREATE OR REPLACE FUNCTION @extschema@.gpumkt_fit_trans(@extschema@.gpumkt_growth, double precision, float8)
    RETURNS @extschema@.gpumkt_growth AS 'MODULE_PATHNAME', 'gpumkt_fit_trans_any'
    LANGUAGE C IMMUTABLE PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.gpumkt_fit_trans(@extschema@.gpumkt_growth, double precision, float8) IS
'Transition function of the aggregate gpumkt_fit_rate(double precision, float8).';

CREATE OR REPLACE FUNCTION @extschema@.gpumkt_growth_trans(@extschema@.gpumkt_growth, double precision, float8)
    RETURNS @extschema@.gpumkt_growth AS 'MODULE_PATHNAME', 'gpumkt_growth_trans_any'
    LANGUAGE C IMMUTABLE PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.gpumkt_growth_trans(@extschema@.gpumkt_growth, double precision, float8) IS
'Transition function of the aggregate gpumkt_growth(double precision, float8).';

CREATE OR REPLACE FUNCTION @extschema@.gpumkt_value_at(summary @extschema@.gpumkt_growth, year float8) RETURNS float8
    AS 'MODULE_PATHNAME', 'gpumkt_growth_value_at' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.gpumkt_value_at(@extschema@.gpumkt_growth, float8) IS
'Fitted value in year (fractional years allowed; NaN and infinity: 22023), exp(intercept + slope x year): the spreadsheet GROWTH. The fit is over each row, so over rows of several parts (regions, vendors) it is a typical row''s value, not the total''s: for the total, build the summary over SELECT year, sum(value) ... GROUP BY year.';

CREATE OR REPLACE FUNCTION @extschema@.gpumkt_value_at(summary @extschema@.gpumkt_growth, ts timestamptz) RETURNS float8
    AS 'MODULE_PATHNAME', 'gpumkt_growth_value_at_timestamp' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.gpumkt_value_at(@extschema@.gpumkt_growth, timestamptz) IS
'Fitted value at a time, for summaries built over dates or timestamps: a timestamptz counts from 2000-01-01 00:00 UTC (2000 + days / 365.25); a date or timestamp reaching it by the implicit cast is read as written (a date as its day, a timestamp as its wall-clock time), whatever the time zone, as the aggregates read them. The fit is over rows, not totals.';

CREATE OR REPLACE FUNCTION @extschema@.gpumkt_fit_mtrans(internal, double precision, float8) RETURNS internal
    AS 'MODULE_PATHNAME', 'gpumkt_fit_mtrans' LANGUAGE C IMMUTABLE PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.gpumkt_fit_mtrans(internal, double precision, float8) IS
'Moving-aggregate transition of gpumkt_fit_rate(double precision, float8): adds a row to a sliding window frame.';

CREATE OR REPLACE FUNCTION @extschema@.gpumkt_fit_minv(internal, double precision, float8) RETURNS internal
    AS 'MODULE_PATHNAME', 'gpumkt_fit_minv' LANGUAGE C IMMUTABLE PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.gpumkt_fit_minv(internal, double precision, float8) IS
'Moving-aggregate inverse of gpumkt_fit_rate(double precision, float8): takes a row back, or declines (NULL) where that could cost digits, so that the frame is computed afresh.';

CREATE OR REPLACE FUNCTION @extschema@.gpumkt_fit_mtrans(internal, timestamptz, float8) RETURNS internal
    AS 'MODULE_PATHNAME', 'gpumkt_fit_mtrans' LANGUAGE C IMMUTABLE PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.gpumkt_fit_mtrans(internal, timestamptz, float8) IS
'Moving-aggregate transition of gpumkt_fit_rate(timestamptz, float8): adds a row to a sliding window frame.';

CREATE OR REPLACE FUNCTION @extschema@.gpumkt_fit_minv(internal, timestamptz, float8) RETURNS internal
    AS 'MODULE_PATHNAME', 'gpumkt_fit_minv' LANGUAGE C IMMUTABLE PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.gpumkt_fit_minv(internal, timestamptz, float8) IS
'Moving-aggregate inverse of gpumkt_fit_rate(timestamptz, float8): takes a row back, or declines (NULL) where that could cost digits, and always for timestamps (a date is exact), so that the frame is computed afresh.';

CREATE OR REPLACE FUNCTION @extschema@.gpumkt_fit_mfinal(internal) RETURNS float8
    AS 'MODULE_PATHNAME', 'gpumkt_fit_mfinal' LANGUAGE C IMMUTABLE PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.gpumkt_fit_mfinal(internal) IS
'Moving-aggregate final function of gpumkt_fit_rate: the rate of the frame, equal to the frame computed afresh within 1e-9 relative (to the last digit over timestamps); NULL where the frame has one year.';

CREATE OR REPLACE AGGREGATE @extschema@.gpumkt_cagr(year integer, value float8) (
    SFUNC = @extschema@.gpumkt_cagr_trans,
    STYPE = @extschema@.gpumkt_growth,
    FINALFUNC = @extschema@.gpumkt_cagr,
    COMBINEFUNC = @extschema@.gpumkt_growth_combine,
    PARALLEL = SAFE
);

COMMENT ON AGGREGATE @extschema@.gpumkt_cagr(integer, float8) IS
'CAGR from the earliest to the latest year of the group, over integer years; values of one year (or instant) summed first: the growth of the group''s total, annualised. NULL rows skipped; NULL with fewer than two distinct years.';

CREATE OR REPLACE AGGREGATE @extschema@.gpumkt_fit_rate(year integer, value float8) (
    SFUNC = @extschema@.gpumkt_fit_trans,
    STYPE = @extschema@.gpumkt_growth,
    FINALFUNC = @extschema@.gpumkt_fit_rate,
    COMBINEFUNC = @extschema@.gpumkt_growth_combine,
    MSFUNC = @extschema@.gpumkt_fit_mtrans,
    MINVFUNC = @extschema@.gpumkt_fit_minv,
    MSTYPE = internal,
    MFINALFUNC = @extschema@.gpumkt_fit_mfinal,
    PARALLEL = SAFE
);

COMMENT ON AGGREGATE @extschema@.gpumkt_fit_rate(integer, float8) IS
'Annual growth of the least-squares fit of ln(value) on the year, over integer years: exp(slope) - 1 (LOGEST''s m - 1). It fits each row, not yearly totals: for the growth of a total, sum per year first: gpumkt_fit_rate(year, total) FROM (SELECT year, sum(value) AS total ... GROUP BY year). Values not above zero raise 22023. As a window function over a sliding frame it equals the frame computed afresh (1e-9 relative), NULL where the frame has one year.';

CREATE OR REPLACE AGGREGATE @extschema@.gpumkt_growth(year integer, value float8) (
    SFUNC = @extschema@.gpumkt_growth_trans,
    STYPE = @extschema@.gpumkt_growth,
    COMBINEFUNC = @extschema@.gpumkt_growth_combine,
    PARALLEL = SAFE
);

COMMENT ON AGGREGATE @extschema@.gpumkt_growth(integer, float8) IS
'Summary of the group''s rows over integer years, to store, roll up with gpumkt_rollup and read with the accessors.';

CREATE OR REPLACE AGGREGATE @extschema@.gpumkt_cagr(year double precision, value float8) (
    SFUNC = @extschema@.gpumkt_cagr_trans,
    STYPE = @extschema@.gpumkt_growth,
    FINALFUNC = @extschema@.gpumkt_cagr,
    COMBINEFUNC = @extschema@.gpumkt_growth_combine,
    PARALLEL = SAFE
);

COMMENT ON AGGREGATE @extschema@.gpumkt_cagr(double precision, float8) IS
'CAGR from the earliest to the latest year of the group, over double precision years, which must be whole (22023) and within the range of integer (22003); bigint and numeric years come here by the implicit cast; values of one year (or instant) summed first: the growth of the group''s total, annualised. NULL rows skipped; NULL with fewer than two distinct years.';

CREATE OR REPLACE AGGREGATE @extschema@.gpumkt_fit_rate(year double precision, value float8) (
    SFUNC = @extschema@.gpumkt_fit_trans,
    STYPE = @extschema@.gpumkt_growth,
    FINALFUNC = @extschema@.gpumkt_fit_rate,
    COMBINEFUNC = @extschema@.gpumkt_growth_combine,
    MSFUNC = @extschema@.gpumkt_fit_mtrans,
    MINVFUNC = @extschema@.gpumkt_fit_minv,
    MSTYPE = internal,
    MFINALFUNC = @extschema@.gpumkt_fit_mfinal,
    PARALLEL = SAFE
);

COMMENT ON AGGREGATE @extschema@.gpumkt_fit_rate(double precision, float8) IS
'Annual growth of the least-squares fit of ln(value) on the year, over double precision years, which must be whole (22023) and within the range of integer (22003); bigint and numeric years come here by the implicit cast: exp(slope) - 1 (LOGEST''s m - 1). It fits each row, not yearly totals: for the growth of a total, sum per year first: gpumkt_fit_rate(year, total) FROM (SELECT year, sum(value) AS total ... GROUP BY year). Values not above zero raise 22023. As a window function over a sliding frame it equals the frame computed afresh (1e-9 relative), NULL where the frame has one year.';

CREATE OR REPLACE AGGREGATE @extschema@.gpumkt_growth(year double precision, value float8) (
    SFUNC = @extschema@.gpumkt_growth_trans,
    STYPE = @extschema@.gpumkt_growth,
    COMBINEFUNC = @extschema@.gpumkt_growth_combine,
    PARALLEL = SAFE
);

COMMENT ON AGGREGATE @extschema@.gpumkt_growth(double precision, float8) IS
'Summary of the group''s rows over double precision years, which must be whole (22023) and within the range of integer (22003); bigint and numeric years come here by the implicit cast, to store, roll up with gpumkt_rollup and read with the accessors.';

CREATE OR REPLACE AGGREGATE @extschema@.gpumkt_cagr(ts timestamptz, value float8) (
    SFUNC = @extschema@.gpumkt_cagr_trans,
    STYPE = @extschema@.gpumkt_growth,
    FINALFUNC = @extschema@.gpumkt_cagr,
    COMBINEFUNC = @extschema@.gpumkt_growth_combine,
    PARALLEL = SAFE
);

COMMENT ON AGGREGATE @extschema@.gpumkt_cagr(timestamptz, float8) IS
'CAGR from the earliest to the latest year of the group, over timestamptz values, each a fractional year (2000 + days since 2000-01-01 00:00 UTC / 365.25); a date or timestamp reaching it by the implicit cast is read as written (a date as its day, a timestamp as its wall-clock time), whatever the time zone; values of one year (or instant) summed first: the growth of the group''s total, annualised. NULL rows skipped; NULL with fewer than two distinct years.';

CREATE OR REPLACE AGGREGATE @extschema@.gpumkt_fit_rate(ts timestamptz, value float8) (
    SFUNC = @extschema@.gpumkt_fit_trans,
    STYPE = @extschema@.gpumkt_growth,
    FINALFUNC = @extschema@.gpumkt_fit_rate,
    COMBINEFUNC = @extschema@.gpumkt_growth_combine,
    MSFUNC = @extschema@.gpumkt_fit_mtrans,
    MINVFUNC = @extschema@.gpumkt_fit_minv,
    MSTYPE = internal,
    MFINALFUNC = @extschema@.gpumkt_fit_mfinal,
    PARALLEL = SAFE
);

COMMENT ON AGGREGATE @extschema@.gpumkt_fit_rate(timestamptz, float8) IS
'Annual growth of the least-squares fit of ln(value) on the year, over timestamptz values, each a fractional year (2000 + days since 2000-01-01 00:00 UTC / 365.25); a date or timestamp reaching it by the implicit cast is read as written (a date as its day, a timestamp as its wall-clock time), whatever the time zone: exp(slope) - 1 (LOGEST''s m - 1). It fits each row, not yearly totals: for the growth of a total, sum per year first: gpumkt_fit_rate(year, total) FROM (SELECT year, sum(value) AS total ... GROUP BY year). Values not above zero raise 22023. As a window function over a sliding frame it equals the frame computed afresh (1e-9 relative), NULL where the frame has one year.';

CREATE OR REPLACE AGGREGATE @extschema@.gpumkt_growth(ts timestamptz, value float8) (
    SFUNC = @extschema@.gpumkt_growth_trans,
    STYPE = @extschema@.gpumkt_growth,
    COMBINEFUNC = @extschema@.gpumkt_growth_combine,
    PARALLEL = SAFE
);

COMMENT ON AGGREGATE @extschema@.gpumkt_growth(timestamptz, float8) IS
'Summary of the group''s rows over timestamptz values, each a fractional year (2000 + days since 2000-01-01 00:00 UTC / 365.25); a date or timestamp reaching it by the implicit cast is read as written (a date as its day, a timestamp as its wall-clock time), whatever the time zone, to store, roll up with gpumkt_rollup and read with the accessors.';

CREATE OR REPLACE FUNCTION @extschema@.gpumkt_chart(region text, from_year integer, to_year integer,
        dimension text DEFAULT NULL, segment text DEFAULT NULL, market text DEFAULT 'ai_training_gpu_clusters',
        scenario text DEFAULT NULL, extrapolate boolean DEFAULT false)
    RETURNS text
    LANGUAGE plpgsql STABLE CALLED ON NULL INPUT PARALLEL SAFE
    SET search_path = pg_catalog, pg_temp
AS $chart$
DECLARE
    mk record;
    reg text;
    reg_name text;
    seg_name text;
    yrs integer[];
    vals float8[];
    bases text[];
    lows float8[];
    highs float8[];
BEGIN
    -- NULL where region, a year or market is NULL; dimension and segment
    -- NULL: the region's own chart; scenario NULL: none (gpumkt_series
    -- refuses a dimension without a segment, and the reverse)
    IF $1 IS NULL OR $2 IS NULL OR $3 IS NULL OR $6 IS NULL THEN
        RETURN NULL;
    END IF;
    SELECT m.name, m.currency, m.unit, m.source_title, m.source_date INTO mk
    FROM @extschema@.gpumkt_markets m WHERE m.market = $6;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'unrecognized market "%"', @extschema@.gpumkt_echo($6)
            USING ERRCODE = '22023',
                  HINT = format('Known markets: %s.',
                                @extschema@.gpumkt_echo_list(ARRAY(SELECT m.market FROM @extschema@.gpumkt_markets m
                                                                   ORDER BY m.market COLLATE "C")));
    END IF;
    reg := @extschema@.gpumkt_resolve_region($1);
    SELECT r.name INTO reg_name FROM @extschema@.gpumkt_regions r WHERE r.region = reg;
    IF $4 IS NOT NULL THEN
        SELECT coalesce(d.name, $4) || ': ' || coalesce(s.name, $5) INTO seg_name
        FROM (SELECT 1) one
        LEFT JOIN @extschema@.gpumkt_dimensions d ON d.market = $6 AND d.dimension = $4
        LEFT JOIN @extschema@.gpumkt_segments s ON s.market = $6 AND s.dimension = $4 AND s.segment = $5;
    END IF;
    SELECT array_agg(y.year ORDER BY y.year), array_agg(y.value::float8 ORDER BY y.year),
           array_agg(y.basis ORDER BY y.year)
    INTO yrs, vals, bases
    FROM @extschema@.gpumkt_series(reg, $2, $3, $4, $5, $6, $7, extrapolate => coalesce($8, false)) y;
    -- the band of gpumkt_forecast_range over the years the region has a
    -- forecast (a segment whose share is unknown has a band and no line);
    -- no band where a bound is infinite; years outside those the figures
    -- cover: a gap (with extrapolate, a band)
    SELECT array_agg(b.lh[1] ORDER BY y.year), array_agg(b.lh[2] ORDER BY y.year)
    INTO lows, highs
    FROM @extschema@.gpumkt_series(reg, $2, $3, market => $6, scenario => $7, extrapolate => coalesce($8, false)) y
    CROSS JOIN LATERAL (SELECT CASE WHEN y.value IS NOT NULL THEN
        (SELECT CASE WHEN r.high < 'Infinity' THEN ARRAY[r.low::float8, r.high::float8] END
         FROM @extschema@.gpumkt_forecast_range(reg, y.year, $4, $5, $6, $7, extrapolate => coalesce($8, false)) r) END AS lh) b;
    RETURN @extschema@.gpumkt_svg_forecast(
        mk.name || ' - ' || reg_name || coalesce(' - ' || seg_name, '') || coalesce(' (scenario ' || $7 || ')', ''),
        concat_ws(': ', 'Source' || coalesce(' (' || to_char(mk.source_date::timestamp, 'YYYY-MM-DD') || ')', ''),
                  mk.source_title),
        mk.currency || ' ' || mk.unit,
        yrs, vals, bases, lows, highs);
END
$chart$;

COMMENT ON FUNCTION @extschema@.gpumkt_chart(text, integer, integer, text, text, text, text, boolean) IS
'An SVG chart of the forecast of region (or, with dimension and segment, of its segment) from from_year to to_year, as gpumkt_series gives it: reported anchors filled dots, derived points hollow, interpolated and extrapolated stretches dashed, years without a figure or outside the years the market''s figures cover a gap (with extrapolate => true, drawn dashed), and the band of gpumkt_forecast_range (low to high) where it is finite; the y axis in the market''s unit (currency and unit of gpumkt_markets), the title naming the market, the region, the segment and the scenario (when one is given), the subtitle the source report and its date. Optional, by name: dimension, segment (DEFAULT NULL), market (DEFAULT ai_training_gpu_clusters), scenario (DEFAULT NULL), extrapolate (DEFAULT false). Unrecognized market refused (22023); regions, years and segments as gpumkt_series takes them. NULL if region, a year or market is NULL. Same query, same bytes.';

CREATE OR REPLACE FUNCTION @extschema@.gpumkt_chart_segments(dimension text, region text DEFAULT 'global',
        year integer DEFAULT 2025, market text DEFAULT 'ai_training_gpu_clusters',
        extrapolate boolean DEFAULT false)
    RETURNS text
    LANGUAGE plpgsql STABLE STRICT PARALLEL SAFE
    SET search_path = pg_catalog, pg_temp
AS $chart$
DECLARE
    mk record;
    dim_name text;
    reg text;
    reg_name text;
    total float8;
    seg_names text[];
    seg_shares float8[];
    cy record;
    beyond boolean;
BEGIN
    SELECT m.name, m.currency, m.unit, m.source_title, m.source_date INTO mk
    FROM @extschema@.gpumkt_markets m WHERE m.market = $4;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'unrecognized market "%"', @extschema@.gpumkt_echo($4)
            USING ERRCODE = '22023',
                  HINT = format('Known markets: %s.',
                                @extschema@.gpumkt_echo_list(ARRAY(SELECT m.market FROM @extschema@.gpumkt_markets m
                                                                   ORDER BY m.market COLLATE "C")));
    END IF;
    SELECT d.name INTO dim_name FROM @extschema@.gpumkt_dimensions d
    WHERE d.market = $4 AND d.dimension = $1;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'unrecognized dimension "%" of market "%"', @extschema@.gpumkt_echo($1), $4
            USING ERRCODE = '22023',
                  HINT = format('Known dimensions: %s.',
                                @extschema@.gpumkt_echo_list(ARRAY(SELECT d.dimension FROM @extschema@.gpumkt_dimensions d
                                                                   WHERE d.market = $4 ORDER BY d.ordinal, d.dimension)));
    END IF;
    reg := @extschema@.gpumkt_resolve_region($2);
    SELECT r.name INTO reg_name FROM @extschema@.gpumkt_regions r WHERE r.region = reg;
    -- a year outside those the figures cover is refused, as gpumkt_forecast
    -- refuses it, unless extrapolate
    SELECT c.first_year, c.last_year INTO cy FROM @extschema@.gpumkt_covered_years($4) c;
    beyond := $3 NOT BETWEEN cy.first_year AND cy.last_year;
    IF beyond AND NOT $5 THEN
        RAISE EXCEPTION 'year % of gpumkt_chart_segments is outside the years % to % that the figures of market "%" cover',
                $3, cy.first_year, cy.last_year, $4
            USING ERRCODE = '22023',
                  DETAIL = 'A forecast beyond the figures extends their growth: it is no figure of the source.',
                  HINT = format('Pass a year from %s to %s, or extrapolate => true for a forecast beyond the figures.',
                                cy.first_year, cy.last_year);
    END IF;
    total := @extschema@.gpumkt_try_forecast(reg, $3, market => $4, extrapolate => $5)::float8;
    SELECT array_agg(s.name ORDER BY s.ordinal, s.segment),
           array_agg(s.share::float8 ORDER BY s.ordinal, s.segment)
    INTO seg_names, seg_shares
    FROM @extschema@.gpumkt_segments s WHERE s.market = $4 AND s.dimension = $1;
    RETURN @extschema@.gpumkt_svg_segments(
        mk.name || ' - ' || dim_name,
        reg_name || ', ' || $3 || coalesce(': ' || round(total::numeric, 2)::text || ' ' || mk.currency || ' ' || mk.unit, ': no figure')
            || CASE WHEN beyond THEN ' (extrapolated beyond the figures)' ELSE '' END
            || ' - Source' || coalesce(' (' || to_char(mk.source_date::timestamp, 'YYYY-MM-DD') || ')', '')
            || coalesce(': ' || mk.source_title, ''),
        mk.currency || ' ' || mk.unit, total,
        coalesce(seg_names, '{}'), coalesce(seg_shares, '{}'));
END
$chart$;

COMMENT ON FUNCTION @extschema@.gpumkt_chart_segments(text, text, integer, text, boolean) IS
'An SVG stacked bar of the segments of a dimension (by code) of the market: each segment with a share (gpumkt_segments, reported or derived) a part of its own, with its amount in region and year (the forecast of region in year times the share, where there is one); the segments without a share together as one hatched remainder labelled with its bound, 1 minus the known shares. Optional, by name: region (DEFAULT global), year (DEFAULT 2025), market (DEFAULT ai_training_gpu_clusters), extrapolate (DEFAULT false: a year outside the years the market''s figures cover is refused, 22023; with true, the subtitle says the figure is extrapolated beyond the figures). Unrecognized market or dimension refused (22023).';

CREATE OR REPLACE FUNCTION @extschema@.gpumkt_predict(model @extschema@.gpumkt_ets_model, t bigint) RETURNS float8
    AS 'MODULE_PATHNAME', 'gpumkt_predict' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.gpumkt_predict(@extschema@.gpumkt_ets_model, bigint) IS
'For a model over integer t: the model''s point forecast at t after the series (h steps on: l + phi_h b + s), or its fitted one-step value at a t inside the series (a point filled in has one too). 22023 for t of another type than the series'', off its step, before its first point or more than 1,000,000 steps after its last; 22003 for a forecast out of range.';

CREATE OR REPLACE FUNCTION @extschema@.gpumkt_predict_interval(model @extschema@.gpumkt_ets_model, t bigint, level float8 DEFAULT 0.95,
    OUT low float8, OUT high float8)
    AS 'MODULE_PATHNAME', 'gpumkt_predict_interval' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.gpumkt_predict_interval(@extschema@.gpumkt_ets_model, bigint, float8) IS
'For a model over integer t: the central prediction interval of the level (default 0.95) at t: forecast -/+ z sqrt(v), v = sigma^2 (1 + sum of c_j^2 for j < h) (Hyndman et al. 2008, table 6.1), sigma^2 for a fitted value inside the series. level outside (0, 1): 22023; t as for gpumkt_predict.';

CREATE OR REPLACE FUNCTION @extschema@.gpumkt_predict(model @extschema@.gpumkt_ets_model, t timestamptz) RETURNS float8
    AS 'MODULE_PATHNAME', 'gpumkt_predict' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.gpumkt_predict(@extschema@.gpumkt_ets_model, timestamptz) IS
'For a model over dates (pass a date: it reaches this form by the implicit cast and is read as the date) or timestamptz values: the model''s point forecast at t after the series (h steps on: l + phi_h b + s), or its fitted one-step value at a t inside the series (a point filled in has one too). 22023 for t of another type than the series'', off its step, before its first point or more than 1,000,000 steps after its last; 22003 for a forecast out of range.';

CREATE OR REPLACE FUNCTION @extschema@.gpumkt_predict_interval(model @extschema@.gpumkt_ets_model, t timestamptz, level float8 DEFAULT 0.95,
    OUT low float8, OUT high float8)
    AS 'MODULE_PATHNAME', 'gpumkt_predict_interval' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.gpumkt_predict_interval(@extschema@.gpumkt_ets_model, timestamptz, float8) IS
'For a model over dates (pass a date, read as the date) or timestamptz values: the central prediction interval of the level (default 0.95) at t: forecast -/+ z sqrt(v), v = sigma^2 (1 + sum of c_j^2 for j < h) (Hyndman et al. 2008, table 6.1), sigma^2 for a fitted value inside the series. level outside (0, 1): 22023; t as for gpumkt_predict.';

COMMENT ON AGGREGATE @extschema@.gpumkt_ets(timestamptz, float8) IS 'Fits an exponential-smoothing model to the group''s series and returns it as a gpumkt_ets_model: values of one t summed, the constant step detected (up to 30 % of the points missing are filled in linearly), the cycle detected (timestamptz t by calendar months (UTC): 12 for months, 4 for quarters, 2 for half-years; hourly: 24; daily: 7; a date t, which reaches timestamptz by the implicit cast, makes a date series, read as written whatever the time zone and printed as dates: 12, 4 or 2 by calendar months, 7 by days), and the additive-error model (ANN, AAN, AAdN, ANA, AAA, AAdA) of least AICc among those the series supports, its parameters and initial states by maximum likelihood. NULL rows skipped; NULL over no rows; fewer than 3 points, a step that is not constant, too many gaps, every value NULL, NaN or Infinity: 22023.';

-- the new support functions of the growth aggregates serve the aggregates
-- only, as their 1.4.1 forms did (80_aggregates.sql)
REVOKE EXECUTE ON FUNCTION
    @extschema@.gpumkt_cagr_trans(@extschema@.gpumkt_growth, double precision, float8),
    @extschema@.gpumkt_fit_trans(@extschema@.gpumkt_growth, double precision, float8),
    @extschema@.gpumkt_growth_trans(@extschema@.gpumkt_growth, double precision, float8),
    @extschema@.gpumkt_fit_mtrans(internal, double precision, float8),
    @extschema@.gpumkt_fit_minv(internal, double precision, float8),
    @extschema@.gpumkt_fit_mtrans(internal, timestamptz, float8),
    @extschema@.gpumkt_fit_minv(internal, timestamptz, float8)
FROM PUBLIC;
