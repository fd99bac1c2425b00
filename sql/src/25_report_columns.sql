------------------------------------------------------------------------------
-- Reports side by side (1.4): a market's topic and fiscal year
------------------------------------------------------------------------------

-- Several reports size the same market: they share a topic, which
-- gpumkt_consensus gathers them by.  A report on fiscal years ending in
-- month m is calendarised by gpumkt_consensus (docs/method.md).  Added after
-- the shipped data is loaded and after the columns of 1.3, so that fresh
-- installs and updates order the columns alike and set the shipped value by
-- the same UPDATE (the script runs as the tables' owner, whom the guard lets
-- change shipped rows).
ALTER TABLE @extschema@.gpumkt_markets
    ADD COLUMN topic text CONSTRAINT gpumkt_markets_topic_check
        CHECK (topic OPERATOR(pg_catalog.~) '^[a-z][a-z0-9_]{0,62}$'),
    ADD COLUMN fiscal_year_end integer NOT NULL DEFAULT 12 CONSTRAINT gpumkt_markets_fiscal_year_end_check
        CHECK (fiscal_year_end >= 1 AND fiscal_year_end <= 12);
COMMENT ON COLUMN @extschema@.gpumkt_markets.topic IS
'The market the report sizes, shared by every report of the same market (ai_training_gpu_clusters); gpumkt_consensus compares the markets of one topic. NULL: a report on its own.';
COMMENT ON COLUMN @extschema@.gpumkt_markets.fiscal_year_end IS
'The month (1..12) in which the report''s years end: 12 for calendar years; gpumkt_consensus turns fiscal years into calendar years.';

UPDATE @extschema@.gpumkt_markets SET topic = 'ai_training_gpu_clusters'
WHERE market OPERATOR(pg_catalog.=) 'ai_training_gpu_clusters' AND shipped;
