-- gpumkt 1.1 -> 1.2: a trusted extension.  The role that creates or updates
-- the extension (its owner) may write users' rows and grant that to others;
-- the shipped rows stay the tables' owner's alone (the guard trigger).

\echo Use "ALTER EXTENSION gpumkt UPDATE TO '1.2'" to load this file. \quit

-- Names below resolve in pg_catalog only, so that no object planted in
-- another schema can stand in for a built-in while this script runs with
-- superuser rights.  The setting ends with the script.
SELECT pg_catalog.set_config('search_path', 'pg_catalog, pg_temp', true);

GRANT INSERT, UPDATE, DELETE ON @extschema@.gpumkt_regions, @extschema@.gpumkt_markets,
    @extschema@.gpumkt_anchors, @extschema@.gpumkt_rates,
    @extschema@.gpumkt_region_shares, @extschema@.gpumkt_dimensions,
    @extschema@.gpumkt_segments, @extschema@.gpumkt_players,
    @extschema@.gpumkt_developments, @extschema@.gpumkt_figures TO @extowner@ WITH GRANT OPTION;
