-- search_path: a hostile search_path reaches none of the names in gpumkt's
-- queries, the collation "C" included: with an ICU collation bobs."C"
-- searched first, regions are still read in byte order, so that of two
-- regions answering to one name the same one wins.
CREATE SCHEMA bobs;
-- an ICU collation named "C": it sorts '_' before digits, byte order after
CREATE COLLATION bobs."C" (provider = icu, locale = 'und');
SELECT 'twin1' < 'twin_' COLLATE bobs."C" AS icu_says, 'twin1' < 'twin_' COLLATE pg_catalog."C" AS bytes_say;
-- two regions that answer to one name (rows from before 1.3 could; made
-- here with the name check off): the first in byte order, twin1, wins
ALTER TABLE gpumkt_regions DISABLE TRIGGER gpumkt_region_names;
INSERT INTO gpumkt_regions (region, name, parent, kind) VALUES
    ('twin1', 'Shared', 'global', 'group'), ('twin_', 'Shared', 'global', 'group');
ALTER TABLE gpumkt_regions ENABLE TRIGGER gpumkt_region_names;
INSERT INTO gpumkt_markets (market, name) VALUES ('paths', 'Search paths');
INSERT INTO gpumkt_anchors (market, region, year, value) VALUES
    ('paths', 'twin1', 2020, 1), ('paths', 'twin_', 2020, 2), ('paths', 'twin1', 2030, 4);
SELECT gpumkt_resolve_region('Shared') AS shared, gpumkt_forecast('Shared', 2025, market => 'paths') AS shared_2025_expect_2;
SET search_path = bobs, pg_catalog, public;
-- the same answers with bobs."C" searched first
SELECT public.gpumkt_resolve_region('Shared') AS shared,
       public.gpumkt_forecast('Shared', 2025, market => 'paths') AS shared_2025_expect_2,
       public.gpumkt_forecast('twin_', 2020, market => 'paths') AS twin__2020_expect_2;
SELECT year, value, basis FROM public.gpumkt_series('Shared', 2020, 2021, market => 'paths');
SELECT step, region, value FROM public.gpumkt_explain('Shared', 2030, market => 'paths');
RESET search_path;
DELETE FROM gpumkt_anchors WHERE market = 'paths';
DELETE FROM gpumkt_markets WHERE market = 'paths';
DELETE FROM gpumkt_regions WHERE region IN ('twin1', 'twin_');
DROP SCHEMA bobs CASCADE;
