-- gpumkt 1.4 to 1.4.1: the fixes of the third trust review (issue 17),
-- written as a delta: each change to a 1.4 object, in the order of the
-- concern files of sql/src that hold the same definitions.  The upgrade test
-- compares the result with a fresh 1.4.1 install, object by object.

\echo Use "ALTER EXTENSION gpumkt UPDATE TO '1.4.1'" to load this file. \quit

SELECT pg_catalog.set_config('search_path', 'pg_catalog, pg_temp', true);

-- issue 17 items 9, 10, 14: month-end calendars of gpumkt_ets (C only: the
-- type keeps its text and binary forms, a new unit value marks them);
-- gpumkt_convert's years and underflow; a bigint horizon of
-- gpumkt_predict_series.  The argument type changes, so the old function
-- is dropped (a user's view or function on it blocks the update, with an
-- error that names it: drop it, update, and create it again).

COMMENT ON FUNCTION @extschema@.gpumkt_convert(numeric, integer, text, text, text, text, integer) IS
'value (in from_currency and from_unit, in year) in to_currency and to_unit: value x factor(from_unit) / factor(to_unit) / per_usd(from_currency, year) x per_usd(to_currency, year) (gpumkt_exchange_rates; USD needs no row), and with real_base_year in the prices of that year: x index(to_currency, real_base_year) / index(to_currency, year) (gpumkt_price_indices). A missing rate or index errors (02000) naming the row to add; an unrecognized unit, a currency that is no three-letter code, or year or real_base_year outside 1900..2200 errors (22023), rate or no rate; a result beyond the normal double precision numbers (above 1.7976931348623157e308 in size, or a nonzero one below 2.2250738585072014e-308) errors (22003). NULL where value, year, a currency or a unit is NULL.';

-- A user's view or function on the integer form stops the update here,
-- naming it and saying what to do (core's own error would hint at DROP ...
-- CASCADE, which ALTER EXTENSION cannot take)
DO $$
DECLARE
    dep text;
BEGIN
    SELECT coalesce((SELECT 'view ' OPERATOR(pg_catalog.||) r.ev_class::pg_catalog.regclass::pg_catalog.text
                     FROM pg_catalog.pg_rewrite r
                     WHERE d.classid OPERATOR(pg_catalog.=) 'pg_catalog.pg_rewrite'::pg_catalog.regclass
                       AND r.oid OPERATOR(pg_catalog.=) d.objid),
                    pg_catalog.pg_describe_object(d.classid, d.objid, d.objsubid))
    INTO dep
    FROM pg_catalog.pg_depend d
    WHERE d.refclassid OPERATOR(pg_catalog.=) 'pg_catalog.pg_proc'::pg_catalog.regclass
      AND d.refobjid OPERATOR(pg_catalog.=) '@extschema@.gpumkt_predict_series(@extschema@.gpumkt_ets_model, integer, float8)'::pg_catalog.regprocedure
      AND d.deptype OPERATOR(pg_catalog.=) 'n'
    ORDER BY 1 LIMIT 1;
    IF dep IS NOT NULL THEN
        RAISE EXCEPTION 'cannot update extension gpumkt to 1.4.1 because % calls gpumkt_predict_series with an integer horizon', dep
            USING ERRCODE = 'dependent_objects_still_exist',
                  DETAIL = '1.4.1 takes the horizon of gpumkt_predict_series as bigint, so the update drops the integer form. Nothing was changed.',
                  HINT = 'Save its definition and drop it, run ALTER EXTENSION gpumkt UPDATE, and create it again: the same text then calls the bigint form.';
    END IF;
END
$$;
DROP FUNCTION @extschema@.gpumkt_predict_series(@extschema@.gpumkt_ets_model, integer, float8);
-- horizon is bigint (1.4.1), so that count(*) and other bigints pass as
-- they are; the limit stays 1,000,000.
CREATE FUNCTION @extschema@.gpumkt_predict_series(model @extschema@.gpumkt_ets_model, horizon bigint,
    level float8 DEFAULT 0.95)
    RETURNS TABLE (t text, value float8, low float8, high float8)
    AS 'MODULE_PATHNAME', 'gpumkt_predict_series' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE ROWS 12;
COMMENT ON FUNCTION @extschema@.gpumkt_predict_series(@extschema@.gpumkt_ets_model, bigint, float8) IS
'The forecasts of the horizon steps after the series, one row each: t (the point''s time as text, in the series'' type: an integer, an ISO date, or an ISO time in UTC; cast it back with t::date and the like), the point forecast and the prediction interval of the level as gpumkt_predict_interval gives it. horizon outside 1..1,000,000 or level outside (0, 1): 22023; rows stop at the end of the type''s range.';

-- issue 17 item 1: non-UTF8 databases.  The scripts are ASCII now: the
-- comments and the audit's year ranges (an en dash, now a hyphen) that 1.4
-- wrote in UTF-8, which a database of another encoding read as garbled text.
COMMENT ON FUNCTION @extschema@.gpumkt_name_key(text) IS
'The key gpumkt compares names of regions, dimensions and segments by: lower case, accents and other marks dropped (Unicode NFKD: e acute gives e), spaces, hyphens, underscores and punctuation dropped (''Amerique du Nord '', with or without its accent, and ''amerique-du-nord'' all give ameriquedunord).';
COMMENT ON FUNCTION @extschema@.gpumkt_sparkline(float8[]) IS
'A sparkline: one of the eight block characters U+2581 to U+2588 (one eighth to a full block high) per element, the smallest value U+2581 and the largest U+2588, value v at round((v - min) / (max - min) * 7); a constant series is all U+2584 (half high), a NULL element a space; NULL for an empty or all-NULL array; NaN and Infinity refused (22023); UTF8 databases only (22021).';
COMMENT ON FUNCTION @extschema@.gpumkt_bar(float8, float8, integer) IS
'A horizontal bar of round(value / max_value * width * 8) eighths of a character: full blocks (U+2588) then one of the left partial blocks U+258F (one eighth) to U+2589 (seven eighths); a value above max_value gives the full width; value below 0, max_value not above 0, NaN or Infinity, or width outside 1..200 refused (22023); UTF8 databases only (22021).';

-- gpumkt_audit as in sql/src/61_audit_run.sql (its year ranges in ASCII)


-- The shipped rows of a 1.4 install in a database whose encoding is neither
-- UTF8 nor SQL_ASCII hold the data file's UTF-8 bytes read as that encoding
-- (the two bytes of an e acute read as two LATIN1 letters): each text
-- column of each shipped row is set to the data file's value, read as a
-- fresh install reads it, matched by the table's primary key (codes are
-- ASCII).  Users' rows are untouched; in
-- UTF8 nothing changes, and in SQL_ASCII (which stores the bytes as they
-- came, and where 1.4.1 does not install) the rows stay as they are.  An
-- encoding that cannot hold the report is refused, as a fresh install is.
DO $gpumkt_mend$
DECLARE
    src text := $gpumkt_data$
{
  "format": "gpumkt report, version 1",
  "regions": [
    {"region": "asia_pacific", "name": "Asia-Pacific", "parent": "global", "kind": "region", "name_fr": "Asie-Pacifique"},
    {"region": "australia", "name": "Australia", "parent": "asia_pacific", "iso2": "AU", "kind": "country", "name_fr": "Australie"},
    {"region": "brazil", "name": "Brazil", "parent": "latin_america", "iso2": "BR", "kind": "country", "name_fr": "Br\u00e9sil"},
    {"region": "canada", "name": "Canada", "parent": "north_america", "iso2": "CA", "kind": "country", "name_fr": "Canada"},
    {"region": "china", "name": "China", "parent": "asia_pacific", "iso2": "CN", "kind": "country", "name_fr": "Chine"},
    {"region": "europe", "name": "Europe", "parent": "global", "kind": "region", "name_fr": "Europe"},
    {"region": "france", "name": "France", "parent": "europe", "iso2": "FR", "kind": "country", "name_fr": "France"},
    {"region": "germany", "name": "Germany", "parent": "europe", "iso2": "DE", "kind": "country", "name_fr": "Allemagne"},
    {"region": "global", "name": "Global", "kind": "world", "name_fr": "march\u00e9 mondial"},
    {"region": "india", "name": "India", "parent": "asia_pacific", "iso2": "IN", "kind": "country", "name_fr": "Inde"},
    {"region": "italy", "name": "Italy", "parent": "europe", "iso2": "IT", "kind": "country", "name_fr": "Italie"},
    {"region": "japan", "name": "Japan", "parent": "asia_pacific", "iso2": "JP", "kind": "country", "name_fr": "Japon"},
    {"region": "latin_america", "name": "Latin America", "parent": "global", "kind": "region", "name_fr": "Am\u00e9rique latine"},
    {"region": "mexico", "name": "Mexico", "parent": "latin_america", "iso2": "MX", "kind": "country", "name_fr": "Mexique"},
    {"region": "middle_east_africa", "name": "Middle East & Africa", "parent": "global", "kind": "region", "name_fr": "Moyen-Orient & Afrique"},
    {"region": "netherlands", "name": "Netherlands", "parent": "europe", "iso2": "NL", "kind": "country", "name_fr": "Pays-Bas"},
    {"region": "north_america", "name": "North America", "parent": "global", "kind": "region", "name_fr": "Am\u00e9rique du Nord"},
    {"region": "rest_of_europe", "name": "Rest of Europe", "parent": "europe", "kind": "rest_of", "name_fr": "Reste de l\u2019Europe"},
    {"region": "rest_of_latin_america", "name": "Rest of Latin America", "parent": "latin_america", "kind": "rest_of", "name_fr": "Reste de l\u2019Am\u00e9rique latine"},
    {"region": "rest_of_mea", "name": "Rest of Middle East & Africa", "parent": "middle_east_africa", "kind": "rest_of", "name_fr": "Reste de la MEA"},
    {"region": "russia", "name": "Russia", "parent": "europe", "iso2": "RU", "kind": "country", "name_fr": "Russie"},
    {"region": "saudi_arabia", "name": "Saudi Arabia", "parent": "middle_east_africa", "iso2": "SA", "kind": "country", "name_fr": "Arabie Saoudite"},
    {"region": "singapore", "name": "Singapore", "parent": "asia_pacific", "iso2": "SG", "kind": "country", "name_fr": "Singapour"},
    {"region": "south_africa", "name": "South Africa", "parent": "middle_east_africa", "iso2": "ZA", "kind": "country", "name_fr": "Afrique du Sud"},
    {"region": "south_korea", "name": "South Korea", "parent": "asia_pacific", "iso2": "KR", "kind": "country", "name_fr": "Cor\u00e9e du Sud"},
    {"region": "spain", "name": "Spain", "parent": "europe", "iso2": "ES", "kind": "country", "name_fr": "Espagne"},
    {"region": "thailand", "name": "Thailand", "parent": "asia_pacific", "iso2": "TH", "kind": "country", "name_fr": "Tha\u00eflande"},
    {"region": "united_arab_emirates", "name": "United Arab Emirates", "parent": "middle_east_africa", "iso2": "AE", "kind": "country", "name_fr": "\u00c9mirats arabes unis"},
    {"region": "united_kingdom", "name": "United Kingdom", "parent": "europe", "iso2": "GB", "kind": "country", "name_fr": "Royaume-Uni"},
    {"region": "united_states", "name": "United States", "parent": "north_america", "iso2": "US", "kind": "country", "name_fr": "\u00c9tats-Unis"},
    {"region": "vietnam", "name": "Vietnam", "parent": "asia_pacific", "iso2": "VN", "kind": "country", "name_fr": "Vietnam"}
  ],
  "markets": [
    {"market": "ai_training_gpu_clusters", "name": "AI-training GPU clusters", "currency": "USD", "unit": "billion", "root_region": "global", "source_title": "Le march\u00e9 mondial des clusters GPU d'entra\u00eenement en IA atteindra 87,5 milliards de dollars d'ici 2035 \u2013 Tendances, acteurs cl\u00e9s et perspectives r\u00e9gionales", "source_date": "2025-12-22", "source_ref": "000_535b85b2ce1bc4e7.txt (press summary in French)", "note": "Global market for AI-training GPU cluster sales: hardware, software and services."}
  ],
  "anchors": [
    {"market": "ai_training_gpu_clusters", "region": "global", "year": 2025, "value": 18.2, "basis": "reported", "source_quote": "passer de 18,2 milliards de dollars en 2025"},
    {"market": "ai_training_gpu_clusters", "region": "global", "year": 2035, "value": 87.5, "qualifier": "about", "basis": "reported", "source_quote": "\u00e0 87,5 milliards de dollars d'ici 2035", "note": "The overview says \"environ 87, 5 milliards\"."},
    {"market": "ai_training_gpu_clusters", "region": "north_america", "year": 2025, "value": 6.6, "basis": "reported", "source_quote": "g\u00e9n\u00e9rant 6, 6 milliards de dollars de revenus"},
    {"market": "ai_training_gpu_clusters", "region": "united_states", "year": 2024, "value": 6.01, "basis": "reported", "source_quote": "Le march\u00e9 am\u00e9ricain a atteint 6, 01 milliards de dollars en 2024"}
  ],
  "rates": [
    {"market": "ai_training_gpu_clusters", "region": "global", "from_year": 2025, "to_year": 2035, "rate": 0.170, "stated_period": "2026-2035", "basis": "reported", "source_quote": "CAGR) de 17,0 % ... entre 2026 et 2035", "note": "The stated 2026-2035 is read as ten years of growth from the 2025 base to 2035."},
    {"market": "ai_training_gpu_clusters", "region": "united_states", "rate": 0.1542, "basis": "reported", "source_quote": "avec un CAGR de 15, 42 %", "note": "The report states no period for this rate; forecasts apply it before and after the 2024 anchor."}
  ],
  "region_shares": [
    {"market": "ai_training_gpu_clusters", "region": "north_america", "year": 2025, "share": 0.365, "of_region": "global", "qualifier": "more than", "basis": "reported", "source_quote": "l'Am\u00e9rique du Nord dominait le march\u00e9 avec plus de 36, 5 % de part", "note": "The only regional share the report gives. Europe, Asia-Pacific, Latin America and Middle East & Africa have no figure."}
  ],
  "dimensions": [
    {"market": "ai_training_gpu_clusters", "dimension": "component", "name": "Component", "name_fr": "Par composant", "ordinal": 1},
    {"market": "ai_training_gpu_clusters", "dimension": "deployment", "name": "Deployment", "name_fr": "Par d\u00e9ploiement", "ordinal": 2},
    {"market": "ai_training_gpu_clusters", "dimension": "cluster_size", "name": "Cluster size", "name_fr": "Par taille de cluster", "ordinal": 3},
    {"market": "ai_training_gpu_clusters", "dimension": "end_user", "name": "End user", "name_fr": "Par utilisateur final", "ordinal": 4},
    {"market": "ai_training_gpu_clusters", "dimension": "industry", "name": "Industry", "name_fr": "Par secteur industriel", "ordinal": 5}
  ],
  "segments": [
    {"market": "ai_training_gpu_clusters", "dimension": "cluster_size", "segment": "large_hyperscale", "name": "Large / hyperscale (> 1000 GPUs)", "name_fr": "Grand/Hyperscales (>1000 GPU)", "ordinal": 1, "year": 2025, "share": 0.487, "basis": "reported", "source_quote": "Les grands et hyperscales clusters repr\u00e9sentent 48, 7 %"},
    {"market": "ai_training_gpu_clusters", "dimension": "cluster_size", "segment": "medium", "name": "Medium (100-1000 GPUs)", "name_fr": "Moyen (100-1000 GPU)", "ordinal": 2, "basis": "unknown", "note": "The report gives no figure; medium and small together are 51.3 % (figure cluster_size_other_share)."},
    {"market": "ai_training_gpu_clusters", "dimension": "cluster_size", "segment": "small", "name": "Small (< 100 GPUs)", "name_fr": "Petit (<100 GPU)", "ordinal": 3, "basis": "unknown", "note": "The report gives no figure; medium and small together are 51.3 % (figure cluster_size_other_share)."},
    {"market": "ai_training_gpu_clusters", "dimension": "component", "segment": "hardware", "name": "Hardware", "name_fr": "Mat\u00e9riel", "ordinal": 1, "year": 2025, "share": 0.785, "basis": "reported", "source_quote": "Le mat\u00e9riel domine avec une part de 78, 5 %"},
    {"market": "ai_training_gpu_clusters", "dimension": "component", "segment": "software", "name": "Software", "name_fr": "Logiciel", "ordinal": 2, "basis": "unknown", "note": "The report gives no figure; software and services together are 21.5 % (figure component_other_share)."},
    {"market": "ai_training_gpu_clusters", "dimension": "component", "segment": "services", "name": "Services", "name_fr": "Services", "ordinal": 3, "basis": "unknown", "note": "The report gives no figure; software and services together are 21.5 % (figure component_other_share)."},
    {"market": "ai_training_gpu_clusters", "dimension": "deployment", "segment": "on_premises", "name": "On-premises", "name_fr": "Sur site", "ordinal": 1, "year": 2025, "share": 0.457, "basis": "derived", "derivation": "1 - 0.543 = 0.457: deployment has exactly two segments and public cloud is 54.3 %."},
    {"market": "ai_training_gpu_clusters", "dimension": "deployment", "segment": "public_cloud", "name": "Public cloud", "name_fr": "Cloud public", "ordinal": 2, "year": 2025, "share": 0.543, "basis": "reported", "source_quote": "La consommation en cloud public repr\u00e9sente 54, 3 %"},
    {"market": "ai_training_gpu_clusters", "dimension": "end_user", "segment": "cloud_service_providers", "name": "Cloud service providers & hyperscalers", "name_fr": "Fournisseurs de services cloud & hyperscalers", "ordinal": 1, "year": 2025, "share": 0.628, "basis": "reported", "source_quote": "Les fournisseurs de services cloud (CSP) repr\u00e9sentent 62, 8 % de la demande"},
    {"market": "ai_training_gpu_clusters", "dimension": "end_user", "segment": "large_enterprises", "name": "Large enterprises & tech companies", "name_fr": "Grandes entreprises & soci\u00e9t\u00e9s technologiques", "ordinal": 2, "basis": "unknown", "note": "The report gives no figure; the three other end users together are 37.2 % (figure end_user_other_share)."},
    {"market": "ai_training_gpu_clusters", "dimension": "end_user", "segment": "research_institutions", "name": "Research institutions & universities", "name_fr": "institutions de recherche & universit\u00e9s", "ordinal": 3, "basis": "unknown", "note": "The report gives no figure; the three other end users together are 37.2 % (figure end_user_other_share)."},
    {"market": "ai_training_gpu_clusters", "dimension": "end_user", "segment": "government_defence", "name": "Government & defence", "name_fr": "Gouvernement & d\u00e9fense", "ordinal": 4, "basis": "unknown", "note": "The report gives no figure; the three other end users together are 37.2 % (figure end_user_other_share)."},
    {"market": "ai_training_gpu_clusters", "dimension": "industry", "segment": "it_technology", "name": "IT & technology", "name_fr": "IT & Technologie", "ordinal": 1, "year": 2025, "share": 0.659, "basis": "reported", "source_quote": "Le secteur IT et technologique domine avec 65, 9 %"},
    {"market": "ai_training_gpu_clusters", "dimension": "industry", "segment": "financial_services", "name": "Financial services", "name_fr": "Services financiers", "ordinal": 2, "basis": "unknown", "note": "The report gives no figure; the four other industries together are 34.1 % (figure industry_other_share)."},
    {"market": "ai_training_gpu_clusters", "dimension": "industry", "segment": "automotive_manufacturing", "name": "Automotive & manufacturing", "name_fr": "Automobile & Fabrication", "ordinal": 3, "basis": "unknown", "note": "The report gives no figure; the four other industries together are 34.1 % (figure industry_other_share)."},
    {"market": "ai_training_gpu_clusters", "dimension": "industry", "segment": "healthcare_pharma", "name": "Healthcare & pharmaceuticals", "name_fr": "Sant\u00e9 & Produits pharmaceutiques", "ordinal": 4, "basis": "unknown", "note": "The report gives no figure; the four other industries together are 34.1 % (figure industry_other_share)."},
    {"market": "ai_training_gpu_clusters", "dimension": "industry", "segment": "others", "name": "Others", "name_fr": "Autres", "ordinal": 5, "basis": "unknown", "note": "The report gives no figure; the four other industries together are 34.1 % (figure industry_other_share)."}
  ],
  "players": [
    {"market": "ai_training_gpu_clusters", "player": "nvidia", "name": "NVIDIA Corporation", "listed_order": 1, "source_quote": "NVIDIA Corporation", "hq_region": "united_states", "supplies": ["GPUs", "networking", "software", "systems"], "attributes_source": "not from the report: public company information"},
    {"market": "ai_training_gpu_clusters", "player": "amd", "name": "Advanced Micro Devices, Inc. (AMD)", "listed_order": 2, "source_quote": "Advanced Micro Devices, Inc. (AMD)", "hq_region": "united_states", "supplies": ["GPUs", "CPUs"], "attributes_source": "not from the report: public company information"},
    {"market": "ai_training_gpu_clusters", "player": "intel", "name": "Intel Corporation", "listed_order": 3, "source_quote": "Intel Corporation", "hq_region": "united_states", "supplies": ["accelerators", "CPUs"], "attributes_source": "not from the report: public company information"},
    {"market": "ai_training_gpu_clusters", "player": "dell", "name": "Dell Technologies, Inc.", "listed_order": 4, "source_quote": "Dell Technologies, Inc.", "hq_region": "united_states", "supplies": ["servers", "storage"], "attributes_source": "not from the report: public company information"},
    {"market": "ai_training_gpu_clusters", "player": "hpe", "name": "Hewlett Packard Enterprise (HPE)", "listed_order": 5, "source_quote": "Hewlett Packard Enterprise (HPE)", "hq_region": "united_states", "supplies": ["servers", "networking"], "attributes_source": "not from the report: public company information"},
    {"market": "ai_training_gpu_clusters", "player": "supermicro", "name": "Super Micro Computer, Inc.", "listed_order": 6, "source_quote": "Super Micro Computer, Inc.", "hq_region": "united_states", "supplies": ["servers"], "attributes_source": "not from the report: public company information"},
    {"market": "ai_training_gpu_clusters", "player": "lenovo", "name": "Lenovo Group, Ltd.", "listed_order": 7, "source_quote": "Lenovo Group, Ltd.", "hq_region": "china", "supplies": ["servers"], "attributes_source": "not from the report: public company information"},
    {"market": "ai_training_gpu_clusters", "player": "ibm", "name": "IBM Corporation", "listed_order": 8, "source_quote": "IBM Corporation", "hq_region": "united_states", "supplies": ["servers", "cloud", "software"], "attributes_source": "not from the report: public company information"},
    {"market": "ai_training_gpu_clusters", "player": "google", "name": "Google LLC", "listed_order": 9, "source_quote": "Google LLC", "hq_region": "united_states", "supplies": ["cloud", "accelerators"], "attributes_source": "not from the report: public company information"},
    {"market": "ai_training_gpu_clusters", "player": "aws", "name": "Amazon Web Services, Inc.", "listed_order": 10, "source_quote": "Amazon Web Services, Inc.", "hq_region": "united_states", "supplies": ["cloud", "accelerators"], "attributes_source": "not from the report: public company information"},
    {"market": "ai_training_gpu_clusters", "player": "microsoft", "name": "Microsoft Corporation", "listed_order": 11, "source_quote": "Microsoft Corporation", "hq_region": "united_states", "supplies": ["cloud"], "attributes_source": "not from the report: public company information"},
    {"market": "ai_training_gpu_clusters", "player": "oracle", "name": "Oracle Corporation", "listed_order": 12, "source_quote": "Oracle Corporation", "hq_region": "united_states", "supplies": ["cloud"], "attributes_source": "not from the report: public company information"},
    {"market": "ai_training_gpu_clusters", "player": "cisco", "name": "Cisco Systems, Inc.", "listed_order": 13, "source_quote": "Cisco Systems, Inc.", "hq_region": "united_states", "supplies": ["networking", "servers"], "attributes_source": "not from the report: public company information"},
    {"market": "ai_training_gpu_clusters", "player": "penguin", "name": "Penguin Computing", "listed_order": 14, "source_quote": "Penguin Computing", "hq_region": "united_states", "supplies": ["servers", "integration"], "attributes_source": "not from the report: public company information"},
    {"market": "ai_training_gpu_clusters", "player": "lambda", "name": "Lambda, Inc.", "listed_order": 15, "source_quote": "Lambda, Inc.", "hq_region": "united_states", "supplies": ["cloud", "servers"], "attributes_source": "not from the report: public company information"}
  ],
  "developments": [
    {"market": "ai_training_gpu_clusters", "development": "dell_poweredge_blackwell_ultra", "month": "2025-05-01", "player": "dell", "summary": "Dell launched PowerEdge servers with NVIDIA Blackwell Ultra GPUs, up to 192-256 GPUs per rack, air or liquid cooled.", "source_quote": "Mai 2025 : Dell a lanc\u00e9 des serveurs PowerEdge \u00e9quip\u00e9s de GPU NVIDIA Blackwell Ultra"},
    {"market": "ai_training_gpu_clusters", "development": "amd_mi300x_mlperf", "month": "2025-09-01", "player": "amd", "summary": "AMD Instinct MI300X clusters, delivered by Dell and Supermicro, placed at the top of MLPerf Inference v5.1, with near-linear scaling on 8 nodes and mixed MI300X/MI325X set-ups.", "source_quote": "Septembre 2025 : Les clusters Instinct MI300X d\u2019AMD, fournis par Dell et Supermicro"},
    {"market": "ai_training_gpu_clusters", "development": "nvidia_blackwell_sold_out", "month": "2025-10-01", "player": "nvidia", "summary": "NVIDIA Blackwell GPUs (B100/B200/GB200) sold out for 2025, with a backlog of more than 3.6 million units, mostly for hyperscalers such as AWS, Google Cloud and Microsoft Azure.", "source_quote": "Octobre 2025 : Les GPU Blackwell de NVIDIA (B100/B200/GB200) sont \u00e9puis\u00e9s pour 2025"}
  ],
  "figures": [
    {"market": "ai_training_gpu_clusters", "figure": "amd_mi300x_scaling_nodes", "label": "AMD Instinct MI300X clusters: near-linear scaling in MLPerf Inference v5.1", "value": 8, "unit": "nodes", "period": "2025-09", "basis": "reported", "source_quote": "mont\u00e9e en charge quasi lin\u00e9aire sur 8 n\u0153uds"},
    {"market": "ai_training_gpu_clusters", "figure": "asia_pacific_fastest_growth", "label": "Asia-Pacific: fastest regional growth", "region": "asia_pacific", "basis": "reported", "source_quote": "La r\u00e9gion Asie-Pacifique conna\u00eet la croissance r\u00e9gionale la plus rapide", "note": "Qualitative: the report gives no growth rate or size for Asia-Pacific."},
    {"market": "ai_training_gpu_clusters", "figure": "challenge_energy_efficiency", "label": "Challenge: energy efficiency", "basis": "reported", "source_quote": "L\u2019efficacit\u00e9 \u00e9nerg\u00e9tique demeure un enjeu crucial", "note": "Qualitative: no figure."},
    {"market": "ai_training_gpu_clusters", "figure": "challenge_gpu_supply", "label": "Challenge: GPU supply-chain shortages", "basis": "reported", "source_quote": "La d\u00e9pendance \u00e0 l\u2019\u00e9gard des cha\u00eenes d\u2019approvisionnement pour les GPU avanc\u00e9s cause des p\u00e9nuries", "note": "Qualitative: no figure."},
    {"market": "ai_training_gpu_clusters", "figure": "cluster_size_other_share", "label": "Medium and small clusters together", "value": 0.513, "unit": "fraction", "region": "global", "period": "2025", "basis": "derived", "derivation": "1 - 0.487 = 0.513", "note": "The split between medium and small is not given."},
    {"market": "ai_training_gpu_clusters", "figure": "component_other_share", "label": "Software and services together", "value": 0.215, "unit": "fraction", "region": "global", "period": "2025", "basis": "derived", "derivation": "1 - 0.785 = 0.215", "note": "The split between software and services is not given."},
    {"market": "ai_training_gpu_clusters", "figure": "dell_gpus_per_rack", "label": "Dell PowerEdge with NVIDIA Blackwell Ultra: GPUs per rack", "value": 192, "value_high": 256, "unit": "GPUs per rack", "period": "2025-05", "qualifier": "up to", "basis": "reported", "source_quote": "jusqu'\u00e0 192-256 GPU par rack"},
    {"market": "ai_training_gpu_clusters", "figure": "driver_ai_adoption", "label": "Driver: AI adoption in design, analytics, fraud detection and science", "basis": "reported", "source_quote": "la conception de produits, l\u2019analyse, la d\u00e9tection de fraude ou la recherche scientifique", "note": "Qualitative: no figure."},
    {"market": "ai_training_gpu_clusters", "figure": "driver_model_complexity", "label": "Driver: growing model size and training complexity", "basis": "reported", "source_quote": "la croissance rapide de la taille des mod\u00e8les IA et de leur complexit\u00e9 de formation", "note": "Qualitative: no figure."},
    {"market": "ai_training_gpu_clusters", "figure": "end_user_other_share", "label": "Enterprises, research and government together", "value": 0.372, "unit": "fraction", "region": "global", "period": "2025", "basis": "derived", "derivation": "1 - 0.628 = 0.372", "note": "The split among the three is not given."},
    {"market": "ai_training_gpu_clusters", "figure": "global_2035_at_stated_cagr", "label": "Global 2035 size from 18.2 at the stated 17.0 %", "value": 87.484, "unit": "USD billion", "region": "global", "period": "2035", "basis": "derived", "derivation": "18.2 x 1.17^10 = 87.484"},
    {"market": "ai_training_gpu_clusters", "figure": "global_cagr_from_endpoints", "label": "Global CAGR implied by the 2025 and 2035 sizes", "value": 0.1700210264, "unit": "fraction", "region": "global", "period": "2025-2035", "basis": "derived", "derivation": "(87.5 / 18.2)^(1/10) - 1 = 0.1700210264", "note": "Agrees with the stated 17.0 % to the reported precision."},
    {"market": "ai_training_gpu_clusters", "figure": "hyperscaler_capex_2024", "label": "Hyperscalers' capital expenditure, mostly on GPU infrastructure", "value": 200, "unit": "USD billion", "period": "2024", "qualifier": "about", "basis": "reported", "source_quote": "pr\u00e8s de 200 milliards de dollars en CapEx en 2024"},
    {"market": "ai_training_gpu_clusters", "figure": "india_capacity_added", "label": "India: added data-centre capacity", "value": 604, "unit": "MW", "region": "india", "period": "by 2026", "basis": "reported", "source_quote": "augmenter de 604 MW d'ici 2026 avec un investissement de 3, 8 milliards"},
    {"market": "ai_training_gpu_clusters", "figure": "india_capacity_investment", "label": "India: investment behind the added data-centre capacity", "value": 3.8, "unit": "USD billion", "region": "india", "period": "by 2026", "basis": "reported", "source_quote": "augmenter de 604 MW d'ici 2026 avec un investissement de 3, 8 milliards"},
    {"market": "ai_training_gpu_clusters", "figure": "india_gpu_funds", "label": "India: public funds approved for GPU clusters", "value": 1.24, "unit": "USD billion", "region": "india", "basis": "reported", "source_quote": "1, 24 milliard de dollars de fonds pour d\u00e9ployer au moins 10 000 GPU"},
    {"market": "ai_training_gpu_clusters", "figure": "india_gpus_funded", "label": "India: GPUs to deploy with the approved funds", "value": 10000, "unit": "GPUs", "region": "india", "qualifier": "at least", "basis": "reported", "source_quote": "1, 24 milliard de dollars de fonds pour d\u00e9ployer au moins 10 000 GPU"},
    {"market": "ai_training_gpu_clusters", "figure": "industry_other_share", "label": "Finance, automotive, healthcare and others together", "value": 0.341, "unit": "fraction", "region": "global", "period": "2025", "basis": "derived", "derivation": "1 - 0.659 = 0.341", "note": "The split among the four is not given."},
    {"market": "ai_training_gpu_clusters", "figure": "north_america_2025_from_share", "label": "North America 2025 size from its share of the global market", "value": 6.643, "unit": "USD billion", "region": "north_america", "period": "2025", "basis": "derived", "derivation": "0.365 x 18.2 = 6.643", "note": "Rounds to the reported 6.6."},
    {"market": "ai_training_gpu_clusters", "figure": "nvidia_blackwell_backlog", "label": "NVIDIA Blackwell backlog", "value": 3.6, "unit": "million units", "period": "2025-10", "qualifier": "more than", "basis": "reported", "source_quote": "carnet de commandes d\u00e9passant 3, 6 millions d'unit\u00e9s"},
    {"market": "ai_training_gpu_clusters", "figure": "nvidia_datacenter_revenue_share", "label": "NVIDIA: data-centre products' share of its revenue", "value": 0.89, "unit": "fraction", "period": "Q3 FY2026", "qualifier": "more than", "basis": "reported", "source_quote": "plus de 89 % de ses revenus du troisi\u00e8me trimestre FY2026"},
    {"market": "ai_training_gpu_clusters", "figure": "opportunity_cloud_training", "label": "Opportunity: cloud AI-training services", "basis": "reported", "source_quote": "Les services cloud d\u2019entra\u00eenement IA offrent des opportunit\u00e9s significatives", "note": "Qualitative: no figure."},
    {"market": "ai_training_gpu_clusters", "figure": "opportunity_sector_configurations", "label": "Opportunity: sector-specific cluster configurations (health, automotive, finance)", "basis": "reported", "source_quote": "des configurations de clusters GPU sur mesure", "note": "Qualitative: no figure."},
    {"market": "ai_training_gpu_clusters", "figure": "restraint_operating_costs", "label": "Restraint: power, cooling, maintenance and skilled-labour costs", "basis": "reported", "source_quote": "la consommation \u00e9lectrique, au refroidissement, \u00e0 la maintenance et \u00e0 la main-d\u2019\u0153uvre qualifi\u00e9e", "note": "Qualitative: no figure."},
    {"market": "ai_training_gpu_clusters", "figure": "restraint_upfront_investment", "label": "Restraint: high upfront investment", "basis": "reported", "source_quote": "Les investissements initiaux \u00e9lev\u00e9s constituent un obstacle important", "note": "Qualitative: no figure."},
    {"market": "ai_training_gpu_clusters", "figure": "united_states_2025_at_stated_cagr", "label": "United States 2025 size from 6.01 in 2024 at 15.42 %", "value": 6.936742, "unit": "USD billion", "region": "united_states", "period": "2025", "basis": "derived", "derivation": "6.01 x 1.1542 = 6.936742", "note": "More than the reported North America 2025 revenue of 6.6: a tension in the source."}
  ]
}
$gpumkt_data$;
    doc jsonb;
    t text;
    set_list text;
    key_match text;
    old_values text;
    new_values text;
BEGIN
    IF pg_catalog.getdatabaseencoding() OPERATOR(pg_catalog.=) ANY (ARRAY['UTF8', 'SQL_ASCII']) THEN
        RETURN;
    END IF;
    -- (sql/include/read_report.sql, put here by the Makefile)  The report's
    -- text src is ASCII: every other character is a JSON \uXXXX escape,
    -- which the cast to jsonb converts to the server encoding.  SQL_ASCII
    -- has no conversion: refused.  In another encoding than UTF8, the
    -- typographic characters it cannot hold (quotes, dashes, the ellipsis,
    -- the ligature oe) are written in ASCII first; any other character it
    -- cannot hold is refused (docs/reference.md, Database encodings).
    DECLARE
        enc text := pg_catalog.getdatabaseencoding();
        esc text;
        ascii_form text;
        missing text[] := '{}';
    BEGIN
        IF enc OPERATOR(pg_catalog.=) 'SQL_ASCII' THEN
            RAISE EXCEPTION 'gpumkt cannot be installed in a database whose encoding is SQL_ASCII'
                USING ERRCODE = 'feature_not_supported',
                      DETAIL = 'The shipped report holds French text (accented letters, typographic apostrophes), and SQL_ASCII gives no meaning to characters outside ASCII.',
                      HINT = 'Create the database with ENCODING ''UTF8'', or another encoding that holds French text such as LATIN9 or WIN1252.';
        END IF;
        IF enc OPERATOR(pg_catalog.<>) 'UTF8' THEN
            -- each distinct escape of a character outside ASCII (a pair
            -- beyond the BMP), not counting an escaped backslash and u
            FOR esc IN
                SELECT DISTINCT pg_catalog.lower(m[1])
                FROM pg_catalog.regexp_matches(src,
                    '(?<![\\])(?:\\\\)*(\\u(?:d[89ab][0-9a-f]{2}\\ud[c-f][0-9a-f]{2}|[0-9a-f]{4}))', 'gi') m
                WHERE m[1] OPERATOR(pg_catalog.!~*) '^\\u00[0-7]'
                ORDER BY 1
            LOOP
                BEGIN
                    PERFORM pg_catalog.jsonb_typeof(('"' OPERATOR(pg_catalog.||) esc OPERATOR(pg_catalog.||) '"')::pg_catalog.jsonb);
                    CONTINUE;   -- the encoding holds it
                EXCEPTION WHEN untranslatable_character THEN
                    NULL;
                END;
                ascii_form := CASE esc
                    WHEN '\u2018' THEN ''''         -- left single quotation mark
                    WHEN '\u2019' THEN ''''         -- right single quotation mark
                    WHEN '\u201c' THEN '\"'         -- left double quotation mark
                    WHEN '\u201d' THEN '\"'         -- right double quotation mark
                    WHEN '\u2013' THEN '-'          -- en dash
                    WHEN '\u2014' THEN '-'          -- em dash
                    WHEN '\u2026' THEN '...'        -- horizontal ellipsis
                    WHEN '\u0153' THEN 'oe'         -- small ligature oe
                    WHEN '\u0152' THEN 'OE'         -- capital ligature OE
                END;
                IF ascii_form IS NULL THEN
                    missing := missing OPERATOR(pg_catalog.||) ('U+' OPERATOR(pg_catalog.||) pg_catalog.upper(pg_catalog.substr(esc, 3)));
                    CONTINUE;
                END IF;
                -- ascii_form as a replacement string: its backslash doubled
                src := pg_catalog.regexp_replace(src,
                    '(?<![\\])((?:\\\\)*)' OPERATOR(pg_catalog.||) pg_catalog.replace(esc, '\', '\\'),
                    '\1' OPERATOR(pg_catalog.||) pg_catalog.replace(ascii_form, '\', '\\'), 'gi');
            END LOOP;
            IF missing OPERATOR(pg_catalog.<>) '{}' THEN
                RAISE EXCEPTION 'the shipped report holds characters that encoding % cannot hold', enc
                    USING ERRCODE = 'untranslatable_character',
                          DETAIL = pg_catalog.format('The report''s data file holds %s characters without an equivalent in %s (%s), and gpumkt writes in ASCII only typographic quotes, dashes, the ellipsis and the ligature oe.',
                                                     pg_catalog.cardinality(missing), enc,
                                                     pg_catalog.array_to_string(missing[1:5], ', ')
                                                     OPERATOR(pg_catalog.||) CASE WHEN pg_catalog.cardinality(missing) OPERATOR(pg_catalog.>) 5 THEN ', ...' ELSE '' END),
                          HINT = 'Create the database with ENCODING ''UTF8'' (or, for French text, LATIN9 or WIN1252).';
            END IF;
        END IF;
        doc := src::pg_catalog.jsonb;
    END;
    FOR t IN SELECT k FROM pg_catalog.jsonb_object_keys(doc) k WHERE k OPERATOR(pg_catalog.<>) 'format'
    LOOP
        -- the text columns the file gives (SET, old and new values) and the
        -- primary key (the match)
        SELECT pg_catalog.string_agg(pg_catalog.format('%I = s.%I', a.attname, a.attname), ', ' ORDER BY a.attnum)
                   FILTER (WHERE NOT a.in_key AND a.in_file AND a.is_text),
               pg_catalog.string_agg(pg_catalog.format('d.%I', a.attname), ', ' ORDER BY a.attnum)
                   FILTER (WHERE NOT a.in_key AND a.in_file AND a.is_text),
               pg_catalog.string_agg(pg_catalog.format('s.%I', a.attname), ', ' ORDER BY a.attnum)
                   FILTER (WHERE NOT a.in_key AND a.in_file AND a.is_text),
               pg_catalog.string_agg(pg_catalog.format('d.%I = s.%I', a.attname, a.attname), ' AND ' ORDER BY a.attnum)
                   FILTER (WHERE a.in_key)
        INTO set_list, old_values, new_values, key_match
        FROM (SELECT a.attnum, a.attname,
                     a.attnum OPERATOR(pg_catalog.=) ANY (i.indkey) AS in_key,
                     EXISTS (SELECT FROM pg_catalog.jsonb_array_elements(doc OPERATOR(pg_catalog.->) t) e
                             WHERE e OPERATOR(pg_catalog.?) a.attname::text) AS in_file,
                     a.atttypid OPERATOR(pg_catalog.=) ANY (ARRAY['pg_catalog.text'::pg_catalog.regtype,
                                                                  'pg_catalog.varchar'::pg_catalog.regtype,
                                                                  'pg_catalog.text[]'::pg_catalog.regtype]) AS is_text
              FROM pg_catalog.pg_attribute a
              JOIN pg_catalog.pg_index i ON i.indrelid OPERATOR(pg_catalog.=) a.attrelid AND i.indisprimary
              WHERE a.attrelid OPERATOR(pg_catalog.=) pg_catalog.format('@extschema@.%I', 'gpumkt_' OPERATOR(pg_catalog.||) t)::pg_catalog.regclass
                AND a.attnum OPERATOR(pg_catalog.>) 0 AND NOT a.attisdropped) a;
        CONTINUE WHEN set_list IS NULL;
        EXECUTE pg_catalog.format(
            'UPDATE @extschema@.%1$I AS d SET %2$s FROM pg_catalog.jsonb_populate_recordset(NULL::@extschema@.%1$I, $1) AS s WHERE d.shipped AND %3$s AND ROW(%4$s) IS DISTINCT FROM ROW(%5$s)',
            'gpumkt_' OPERATOR(pg_catalog.||) t, set_list, key_match, old_values, new_values)
        USING doc OPERATOR(pg_catalog.->) t;
    END LOOP;
END
$gpumkt_mend$;

-- issue 17 items 6-8: concurrent writers of one scenario or of one
-- market's report wait for each other (an advisory lock in
-- gpumkt_scenario_set before it writes, in gpumkt_load_report before it
-- looks for the market); a scenario builds on a scenario of its own market;
-- gpumkt_scenario_drop names the scenarios built on it, and drops them too
-- with cascade => true (a new argument: the function is dropped and made
-- anew, with its default privileges as before).

-- 1.4.1 refuses a scenario built on another market's: a user's row that
-- does so (1.4 let it in) stops the update, so that no dump of 1.4.1 holds
-- rows its restore would refuse
DO $$
DECLARE
    bad record;
BEGIN
    SELECT c.scenario, c.market, b.scenario AS base, b.market AS base_market,
           pg_catalog.count(*) OVER () AS n INTO bad
    FROM @extschema@.gpumkt_scenarios c
    JOIN @extschema@.gpumkt_scenarios b ON b.scenario OPERATOR(pg_catalog.=) c.base_scenario
    WHERE b.market OPERATOR(pg_catalog.<>) c.market
    ORDER BY c.scenario LIMIT 1;
    IF FOUND THEN
        RAISE EXCEPTION 'scenario "%" of market "%" builds on scenario "%" of market "%"',
                bad.scenario, bad.market, bad.base, bad.base_market
            USING ERRCODE = 'invalid_parameter_value',
                  DETAIL = pg_catalog.format('gpumkt 1.4.1 refuses a base scenario of another market. Scenarios that have one: %s.', bad.n),
                  HINT = 'Change their base_scenario or drop them, then update again; nothing was changed.';
    END IF;
END
$$;




DROP FUNCTION @extschema@.gpumkt_scenario_drop(text);
CREATE FUNCTION @extschema@.gpumkt_scenario_drop(scenario text, cascade boolean DEFAULT false)
    RETURNS boolean LANGUAGE plpgsql VOLATILE STRICT
    SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    -- the scenarios built on it, directly or through others (a chain that
    -- comes back on itself included)
    deps text[] := ARRAY(
        WITH RECURSIVE d(scenario) AS (
            SELECT s.scenario FROM @extschema@.gpumkt_scenarios s
            WHERE s.base_scenario = gpumkt_scenario_drop.scenario
            UNION
            SELECT s.scenario FROM @extschema@.gpumkt_scenarios s JOIN d ON s.base_scenario = d.scenario)
        SELECT d.scenario FROM d WHERE d.scenario <> gpumkt_scenario_drop.scenario ORDER BY 1);
    -- a handful of them by name
    listed text := CASE WHEN cardinality(deps) <= 5 THEN array_to_string(deps, ', ')
                        ELSE format('%s and %s more', array_to_string(deps[1:5], ', '), cardinality(deps) - 5) END;
BEGIN
    IF cardinality(deps) > 0 AND NOT cascade THEN
        RAISE EXCEPTION 'cannot drop scenario "%" because other scenarios build on it', scenario
            USING ERRCODE = 'dependent_objects_still_exist',
                  DETAIL = format('Scenarios built on it, directly or through others: %s.', listed),
                  HINT = 'Drop them first or change their base_scenario, or pass cascade => true to drop them too.';
    ELSIF cardinality(deps) > 0 THEN
        RAISE NOTICE 'drop of scenario "%" cascades to the scenarios built on it', scenario
            USING DETAIL = format('Scenarios built on it, directly or through others: %s.', listed);
    END IF;
    DELETE FROM @extschema@.gpumkt_scenarios s
    WHERE s.scenario = gpumkt_scenario_drop.scenario OR s.scenario = ANY (deps);
    RETURN FOUND;
END
$$;
COMMENT ON FUNCTION @extschema@.gpumkt_scenario_drop(text, boolean) IS
'Removes a scenario and its changes; true if there was one, false if not. A scenario that others build on (directly or through others) is refused (2BP01, naming them) unless cascade, which removes them too.';

-- A scenario builds on a scenario of its own market: checked after each
-- statement that writes a base or a market, so that a role confined to one
-- market (gpumkt_writers) cannot build on, and so pin, another market's
-- scenarios.  Scenarios moved together in one statement are checked as
-- they end up.
CREATE FUNCTION @extschema@.gpumkt_scenario_base_market() RETURNS trigger
    LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    bad record;
BEGIN
    SELECT b.scenario, b.market INTO bad FROM @extschema@.gpumkt_scenarios b
    WHERE b.scenario OPERATOR(pg_catalog.=) NEW.base_scenario AND b.market OPERATOR(pg_catalog.<>) NEW.market;
    IF FOUND THEN
        RAISE EXCEPTION 'base scenario "%" of scenario "%" is a scenario of market "%", not of "%"',
                bad.scenario, NEW.scenario, bad.market, NEW.market
            USING ERRCODE = 'invalid_parameter_value',
                  HINT = 'Build on a scenario of the same market, or leave base_scenario NULL.';
    END IF;
    -- a scenario moved to another market: those built on it (an index scan
    -- would need an index on base_scenario; moves are rare)
    IF TG_OP OPERATOR(pg_catalog.=) 'UPDATE' AND NEW.market IS DISTINCT FROM OLD.market THEN
        SELECT d.scenario, d.market INTO bad FROM @extschema@.gpumkt_scenarios d
        WHERE d.base_scenario OPERATOR(pg_catalog.=) NEW.scenario AND d.market OPERATOR(pg_catalog.<>) NEW.market
        ORDER BY d.scenario LIMIT 1;
        IF FOUND THEN
            RAISE EXCEPTION 'scenario "%" of market "%" builds on scenario "%", now of market "%"',
                    bad.scenario, bad.market, NEW.scenario, NEW.market
                USING ERRCODE = 'invalid_parameter_value',
                      HINT = 'Move the scenarios built on it to the same market, or change their base_scenario first.';
        END IF;
    END IF;
    RETURN NULL;
END
$$;
COMMENT ON FUNCTION @extschema@.gpumkt_scenario_base_market() IS
'Trigger: a scenario''s base_scenario is a scenario of the same market, as the rows end up after the statement (22023 otherwise).';
CREATE TRIGGER gpumkt_scenario_base_market AFTER INSERT OR UPDATE OF market, base_scenario
    ON @extschema@.gpumkt_scenarios
    FOR EACH ROW EXECUTE FUNCTION @extschema@.gpumkt_scenario_base_market();

-- issue 17 items 11-13: empty names in the loader, messages quote at most
-- 64 characters of a name and hints list at most 5 names (gpumkt_echo,
-- gpumkt_echo_list), loader refusals without the internal context
CREATE OR REPLACE FUNCTION @extschema@.gpumkt_echo(value text) RETURNS text
    AS 'MODULE_PATHNAME', 'gpumkt_echo'
    LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.gpumkt_echo(text) IS
'What an error message of gpumkt quotes of a name or value: its first 64 characters (cut on a character boundary of the server encoding), followed by ... when longer.';

CREATE OR REPLACE FUNCTION @extschema@.gpumkt_echo_list(names text[]) RETURNS text
    AS 'MODULE_PATHNAME', 'gpumkt_echo_list'
    LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.gpumkt_echo_list(text[]) IS
'How a hint of gpumkt lists names: the first 5 of names (NULLs left out), each as gpumkt_echo quotes it, separated by commas, then "and N more" when there are more; none when there are none.';

CREATE OR REPLACE FUNCTION @extschema@.gpumkt_scenario_change_market() RETURNS trigger
    LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    NEW.market := (SELECT s.market FROM @extschema@.gpumkt_scenarios s
                   WHERE s.scenario OPERATOR(pg_catalog.=) NEW.scenario);
    IF NEW.market IS NULL THEN
        RAISE EXCEPTION 'scenario "%" does not exist', @extschema@.gpumkt_echo(NEW.scenario)
            USING ERRCODE = 'foreign_key_violation',
                  HINT = 'Add the scenario to gpumkt_scenarios first, or use gpumkt_scenario_set, which does.';
    END IF;
    RETURN NEW;
END
$$;



CREATE OR REPLACE FUNCTION @extschema@.gpumkt_funnel(region text, year integer, filters jsonb,
        market text DEFAULT 'ai_training_gpu_clusters', scenario text DEFAULT NULL,
        unit text DEFAULT NULL, OUT step integer, OUT filter text, OUT share numeric, OUT value numeric,
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
    EXECUTE format('SELECT r.* FROM @extschema@.gpumkt_forecast_range($1, $2, %s%smarket => $3) r',
                   CASE WHEN scenario IS NOT NULL THEN 'scenario => $4::@extschema@.gpumkt_scenario, ' ELSE '' END,
                   CASE WHEN unit IS NOT NULL THEN 'unit => $5::@extschema@.gpumkt_unit, ' ELSE '' END)
    INTO s USING region, year, market, scenario, unit;
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
        IF scenario IS NULL THEN
            SELECT r.* INTO s FROM @extschema@.gpumkt_segments_share(f.key, segs, market) r;
        ELSE
            SELECT r.* INTO s FROM @extschema@.gpumkt_segments_share(f.key, segs, scenario::@extschema@.gpumkt_scenario, market) r;
        END IF;
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

CREATE OR REPLACE FUNCTION @extschema@.gpumkt_report_figure(region text, year integer,
        market text DEFAULT 'ai_training_gpu_clusters')
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
BEGIN
    IF NOT EXISTS (SELECT 1 FROM @extschema@.gpumkt_markets m WHERE m.market = mkt) THEN
        RAISE EXCEPTION 'unrecognized market "%"', @extschema@.gpumkt_echo(mkt)
            USING ERRCODE = '22023',
                  HINT = format('Known markets: %s.',
                                @extschema@.gpumkt_echo_list(ARRAY(SELECT m.market FROM @extschema@.gpumkt_markets m
                                                                   ORDER BY m.market COLLATE "C")));
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

CREATE OR REPLACE FUNCTION @extschema@.gpumkt_report_value(v jsonb, typ regtype, pct boolean, path text)
    RETURNS jsonb LANGUAGE plpgsql STABLE PARALLEL UNSAFE
    SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    k text := jsonb_typeof(v);
    s text;
    x numeric;
    percent boolean;
BEGIN
    IF v IS NULL OR k = 'null' THEN
        RETURN NULL;
    END IF;
    IF typ IN ('numeric'::regtype, 'integer'::regtype) THEN
        IF k = 'number' THEN
            x := (v #>> '{}')::numeric;
        ELSIF k = 'string' THEN
            s := btrim(v #>> '{}');
            IF s ~* '^[+-]?(nan|inf|infinity)$' THEN
                RAISE EXCEPTION 'report value at % is not a finite number: "%"', path, @extschema@.gpumkt_echo(s)
                    USING ERRCODE = '22023', HINT = 'Write a number such as 18.2, or leave the key out.';
            END IF;
            percent := s ~ '%$';
            s := regexp_replace(s, '\s*%$', '');
            IF percent AND NOT pct THEN
                RAISE EXCEPTION 'report value at % is a percentage where no rate or share belongs: "%"', path, @extschema@.gpumkt_echo(v #>> '{}')
                    USING ERRCODE = '22023', HINT = 'Only rates and shares take a percent sign; write the figure in the market''s unit.';
            END IF;
            IF s ~ '^[+-]?[0-9]+,[0-9]+$' THEN
                s := replace(s, ',', '.');
            END IF;
            IF s !~ '^[+-]?([0-9]+(\.[0-9]*)?|\.[0-9]+)([eE][+-]?[0-9]{1,4})?$' THEN
                RAISE EXCEPTION 'invalid input syntax for a number at %: "%"', path, @extschema@.gpumkt_echo(v #>> '{}')
                    USING ERRCODE = '22P02', HINT = 'Write a JSON number, or a string such as "17.0 %" or "6,01".';
            END IF;
            x := s::numeric;
            IF percent THEN
                x := round(x / 100, scale(x) + 2);
            END IF;
        ELSE
            RAISE EXCEPTION 'invalid input syntax for a number at %: %', path, @extschema@.gpumkt_echo(v::text)
                USING ERRCODE = '22P02', HINT = 'Write a JSON number, or a string such as "17.0 %" or "6,01".';
        END IF;
        IF typ = 'integer'::regtype THEN
            IF x <> trunc(x) OR abs(x) > 2147483647 THEN
                RAISE EXCEPTION 'invalid input syntax for a whole number at %: %', path, @extschema@.gpumkt_echo(v::text)
                    USING ERRCODE = '22P02', HINT = 'Years and ordinals are whole numbers such as 2025.';
            END IF;
            IF path ~ '\.(year|from_year|to_year)$' AND (x < 1900 OR x > 2200) THEN
                RAISE EXCEPTION 'report year at % is outside 1900..2200: %', path, @extschema@.gpumkt_echo(x::text)
                    USING ERRCODE = '22023', HINT = 'Years lie between 1900 and 2200.';
            END IF;
            RETURN to_jsonb(x::integer);
        END IF;
        RETURN to_jsonb(x);
    ELSIF typ = 'boolean'::regtype AND k = 'boolean' THEN
        RETURN v;
    ELSIF typ = 'text[]'::regtype AND k = 'array'
          AND NOT EXISTS (SELECT FROM jsonb_array_elements(v) e WHERE jsonb_typeof(e) <> 'string') THEN
        RETURN v;
    ELSIF typ = 'date'::regtype AND k = 'string' THEN
        BEGIN
            RETURN to_jsonb((v #>> '{}')::date);
        EXCEPTION WHEN datetime_field_overflow OR invalid_datetime_format THEN
            RAISE EXCEPTION 'invalid date at %: %', path, @extschema@.gpumkt_echo(v::text)
                USING ERRCODE = '22007', HINT = 'Write dates as ISO strings such as "2025-12-22".';
        END;
    ELSIF typ = 'text'::regtype AND k = 'string' THEN
        RETURN v;
    END IF;
    RAISE EXCEPTION 'report value at % is a JSON % where % belongs', path, k, typ
        USING ERRCODE = '22023', HINT = 'Strings for text and dates, numbers for figures, true or false for flags, a list of strings for lists.';
END
$$;

CREATE OR REPLACE FUNCTION @extschema@.gpumkt_report_rows(doc jsonb, t text, m text)
    RETURNS jsonb LANGUAGE plpgsql STABLE PARALLEL SAFE
    SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    rel regclass := format('@extschema@.%I', 'gpumkt_' || t)::regclass;
    bad record;
    res jsonb;
BEGIN
    SELECT e.ord - 1 AS i, jsonb_typeof(e.r) AS k INTO bad
    FROM jsonb_array_elements(doc -> t) WITH ORDINALITY e(r, ord)
    WHERE jsonb_typeof(e.r) <> 'object' ORDER BY e.ord LIMIT 1;
    IF FOUND THEN
        RAISE EXCEPTION 'report element at $.%[%] is a JSON % where a row object belongs', t, bad.i, bad.k
            USING ERRCODE = '22023', HINT = 'Each row of a table is an object of column names and values.';
    END IF;
    -- an unrecognized key
    SELECT e.ord - 1 AS i, k.key INTO bad
    FROM jsonb_array_elements(doc -> t) WITH ORDINALITY e(r, ord), jsonb_object_keys(e.r) k(key)
    WHERE NOT EXISTS (SELECT FROM pg_attribute a WHERE a.attrelid = rel AND a.attnum > 0
                      AND NOT a.attisdropped AND a.attname = k.key AND a.attname <> 'shipped')
    ORDER BY e.ord, k.key LIMIT 1;
    IF FOUND THEN
        RAISE EXCEPTION 'unrecognized key at $.%[%].%', t, bad.i, @extschema@.gpumkt_echo(bad.key)
            USING ERRCODE = '22023',
                  HINT = format('The keys of %s rows are the columns of %s but shipped (docs/reference.md).', t, rel);
    END IF;
    -- a missing required field (a column without default that must not be NULL)
    SELECT e.ord - 1 AS i, a.attname INTO bad
    FROM jsonb_array_elements(doc -> t) WITH ORDINALITY e(r, ord), pg_attribute a
    WHERE a.attrelid = rel AND a.attnum > 0 AND NOT a.attisdropped AND a.attnotnull AND NOT a.atthasdef
      AND NOT (a.attname = 'market' AND t <> 'markets')
      AND jsonb_typeof(e.r -> a.attname::text) IS DISTINCT FROM 'string'
      AND jsonb_typeof(e.r -> a.attname::text) IS DISTINCT FROM 'number'
    ORDER BY e.ord, a.attnum LIMIT 1;
    IF FOUND THEN
        RAISE EXCEPTION 'missing required field at $.%[%].%', t, bad.i, bad.attname
            USING ERRCODE = '22023', HINT = format('Every %s row gives %s.', t, bad.attname);
    END IF;
    -- a row of another market
    SELECT e.ord - 1 AS i, e.r ->> 'market' AS mk INTO bad
    FROM jsonb_array_elements(doc -> t) WITH ORDINALITY e(r, ord)
    WHERE t <> 'markets' AND e.r ? 'market' AND (e.r -> 'market') IS DISTINCT FROM to_jsonb(m)
    ORDER BY e.ord LIMIT 1;
    IF FOUND THEN
        RAISE EXCEPTION 'report row at $.%[%].market names market "%", not the report''s "%"', t, bad.i, @extschema@.gpumkt_echo(bad.mk), @extschema@.gpumkt_echo(m)
            USING ERRCODE = '22023', HINT = 'A report holds one market: leave market out of its rows, or give the one of $.markets[0].';
    END IF;
    SELECT coalesce(jsonb_agg(r ORDER BY ord), '[]') INTO res
    FROM (SELECT e.ord,
                 jsonb_object_agg(k.key,
                     CASE WHEN a.atttypid = 'numeric'::regtype AND jsonb_typeof(k.value) = 'number'
                            OR a.atttypid = 'text'::regtype AND jsonb_typeof(k.value) = 'string'
                          THEN k.value
                          ELSE @extschema@.gpumkt_report_value(k.value, a.atttypid::regtype,
                                   t IN ('rates', 'region_shares', 'segments') AND k.key IN ('rate', 'share', 'low', 'high'),
                                   format('$.%s[%s].%s', t, e.ord - 1, k.key)) END)
                 || CASE WHEN t IN ('regions', 'markets') THEN '{}' ELSE jsonb_build_object('market', m) END AS r
          FROM jsonb_array_elements(doc -> t) WITH ORDINALITY e(r, ord)
          CROSS JOIN LATERAL jsonb_each(e.r) k
          JOIN pg_attribute a ON a.attrelid = rel AND a.attname = k.key AND a.attnum > 0 AND NOT a.attisdropped
          GROUP BY e.ord) x;
    RETURN res;
END
$$;

CREATE OR REPLACE FUNCTION @extschema@.gpumkt_report_region(v text, added jsonb, path text)
    RETURNS text LANGUAGE plpgsql STABLE PARALLEL UNSAFE
    SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    IF v IS NULL OR added ? v OR EXISTS (SELECT FROM @extschema@.gpumkt_regions r WHERE r.region = v) THEN
        RETURN v;
    END IF;
    RETURN @extschema@.gpumkt_resolve_region(v);
EXCEPTION WHEN invalid_parameter_value THEN
    IF @extschema@.gpumkt_name_key(v) = '' THEN
        RAISE EXCEPTION 'unrecognized region at %: "%"', path, @extschema@.gpumkt_echo(v)
            USING ERRCODE = '22023', DETAIL = SQLERRM,
                  HINT = 'Regions are matched by the letters and digits of their names, and this name has none.';
    END IF;
    RAISE EXCEPTION 'unrecognized region at %: "%"', path, @extschema@.gpumkt_echo(v)
        USING ERRCODE = '22023', DETAIL = SQLERRM,
              HINT = 'Name a region by its code, name or ISO code, or add it under $.regions.';
END
$$;

CREATE OR REPLACE FUNCTION @extschema@.gpumkt_load_report(doc jsonb, replace boolean DEFAULT false,
        OUT tab text, OUT loaded integer)
    RETURNS SETOF record LANGUAGE plpgsql VOLATILE
    SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    tables constant text[] := ARRAY['regions', 'markets', 'dimensions', 'segments', 'anchors', 'rates',
                                    'region_shares', 'players', 'developments', 'figures'];
    regcols constant jsonb := '{"regions": ["parent"], "markets": ["root_region"], "anchors": ["region"],
        "rates": ["region"], "region_shares": ["region", "of_region"], "players": ["hq_region"],
        "figures": ["region"]}';
    m text;
    t text;
    rows jsonb := '{}';
    added jsonb;
    bad record;
    n integer;
    cols text;
BEGIN
    IF doc IS NULL OR jsonb_typeof(doc) <> 'object' THEN
        RAISE EXCEPTION 'report at $ is not a JSON object'
            USING ERRCODE = '22023', HINT = 'A report is one object: {"format": "gpumkt report, version 1", "markets": [...], ...}.';
    END IF;
    IF NOT doc ? 'format' THEN
        RAISE EXCEPTION 'missing required field at $.format'
            USING ERRCODE = '22023', HINT = 'Write "format": "gpumkt report, version 1".';
    ELSIF doc -> 'format' IS DISTINCT FROM '"gpumkt report, version 1"' THEN
        RAISE EXCEPTION 'unrecognized report format at $.format: %', @extschema@.gpumkt_echo((doc -> 'format')::text)
            USING ERRCODE = '22023', HINT = 'Write "format": "gpumkt report, version 1".';
    END IF;
    SELECT k INTO t FROM jsonb_object_keys(doc) k WHERE k <> 'format' AND NOT k = ANY (tables) ORDER BY k LIMIT 1;
    IF t IS NOT NULL THEN
        RAISE EXCEPTION 'unrecognized key at $.%', @extschema@.gpumkt_echo(t)
            USING ERRCODE = '22023', HINT = 'The keys of a report are format, regions, markets, anchors, rates, region_shares, dimensions, segments, players, developments and figures.';
    END IF;
    SELECT k INTO t FROM jsonb_object_keys(doc) k WHERE k <> 'format' AND jsonb_typeof(doc -> k) <> 'array' ORDER BY k LIMIT 1;
    IF t IS NOT NULL THEN
        RAISE EXCEPTION 'report table at $.% is not a JSON list', t
            USING ERRCODE = '22023', HINT = 'Each table is a list of row objects.';
    END IF;
    IF jsonb_array_length(coalesce(doc -> 'markets', '[]')) <> 1 THEN
        RAISE EXCEPTION 'report at $.markets holds % markets', jsonb_array_length(coalesce(doc -> 'markets', '[]'))
            USING ERRCODE = '22023', HINT = 'A report holds exactly one market: load several reports one by one.';
    END IF;
    rows := jsonb_build_object('markets', @extschema@.gpumkt_report_rows(doc, 'markets', NULL));
    m := rows #>> '{markets,0,market}';
    IF m !~ '^[a-z][a-z0-9_]{0,62}$' THEN
        RAISE EXCEPTION 'invalid market code at $.markets[0].market: "%"', @extschema@.gpumkt_echo(m)
            USING ERRCODE = '22023', HINT = 'A code is a lower-case identifier of at most 63 characters, such as my_gpu_clusters.';
    END IF;
    -- one load of a market at a time: a load waits here for the transaction
    -- of another load of the same market, then sees what it wrote
    IF NOT pg_try_advisory_xact_lock('@extschema@.gpumkt_markets'::regclass::oid::integer, hashtext(m)) THEN
        PERFORM pg_advisory_xact_lock('@extschema@.gpumkt_markets'::regclass::oid::integer, hashtext(m));
        IF current_setting('transaction_isolation') <> 'read committed' THEN
            RAISE EXCEPTION 'could not serialize access due to a concurrent gpumkt_load_report of the same market'
                USING ERRCODE = '40001',
                      DETAIL = 'A transaction in repeatable read or serializable isolation cannot see the rows the other load wrote.',
                      HINT = 'Retry the transaction.';
        END IF;
    END IF;
    IF NOT coalesce(replace, false) AND EXISTS (SELECT FROM @extschema@.gpumkt_markets k WHERE k.market = m) THEN
        RAISE EXCEPTION 'market at $.markets[0].market exists: "%"', m
            USING ERRCODE = '22023', HINT = 'Load it under another code, or pass replace => true to replace its rows.';
    END IF;
    FOREACH t IN ARRAY tables LOOP
        CONTINUE WHEN t = 'markets';
        rows := rows || jsonb_build_object(t, CASE WHEN doc ? t THEN @extschema@.gpumkt_report_rows(doc, t, m) ELSE '[]' END);
    END LOOP;
    -- the regions the report adds, and those it repeats (with the same parent)
    SELECT e.ord - 1 AS i, e.r ->> 'region' AS code INTO bad
    FROM jsonb_array_elements(rows -> 'regions') WITH ORDINALITY e(r, ord)
    WHERE e.r ->> 'region' !~ '^[a-z][a-z0-9_]{0,62}$' ORDER BY e.ord LIMIT 1;
    IF FOUND THEN
        RAISE EXCEPTION 'invalid region code at $.regions[%].region: "%"', bad.i, @extschema@.gpumkt_echo(bad.code)
            USING ERRCODE = '22023', HINT = 'A code is a lower-case identifier of at most 63 characters, such as north_america.';
    END IF;
    SELECT coalesce(jsonb_object_agg(e.r ->> 'region', true), '{}') INTO added
    FROM jsonb_array_elements(rows -> 'regions') e(r)
    WHERE NOT EXISTS (SELECT FROM @extschema@.gpumkt_regions g WHERE g.region = e.r ->> 'region');
    FOR t IN SELECT jsonb_object_keys(regcols) LOOP
        rows := jsonb_set(rows, ARRAY[t], @extschema@.gpumkt_report_resolve(rows -> t, t,
                    ARRAY(SELECT jsonb_array_elements_text(regcols -> t)), added));
    END LOOP;
    SELECT e.ord - 1 AS i, g.region, g.parent INTO bad
    FROM jsonb_array_elements(rows -> 'regions') WITH ORDINALITY e(r, ord)
    JOIN @extschema@.gpumkt_regions g ON g.region = e.r ->> 'region'
    WHERE g.parent IS DISTINCT FROM e.r ->> 'parent' ORDER BY e.ord LIMIT 1;
    IF FOUND THEN
        RAISE EXCEPTION 'region at $.regions[%].parent differs from the existing region "%"', bad.i, bad.region
            USING ERRCODE = '22023', DETAIL = format('Region %s lies in %s.', bad.region, coalesce(bad.parent, 'nothing (it is the world)')),
                  HINT = 'Give an existing region its parent, or add a region under a code of its own.';
    END IF;
    -- a parent chain that loops: a region the report adds that no chain from
    -- an existing region (or the world) reaches
    WITH RECURSIVE nr AS MATERIALIZED (
        SELECT x.ord, x.region, x.parent
        FROM (SELECT e.ord, e.r ->> 'region' AS region, e.r ->> 'parent' AS parent
              FROM jsonb_array_elements(rows -> 'regions') WITH ORDINALITY e(r, ord)) x
        WHERE NOT EXISTS (SELECT FROM @extschema@.gpumkt_regions g WHERE g.region = x.region)),
    reached AS (
        SELECT nr.region FROM nr WHERE nr.parent IS NULL OR nr.parent NOT IN (SELECT n2.region FROM nr n2)
        UNION
        SELECT nr.region FROM nr JOIN reached ON nr.parent = reached.region)
    SELECT nr.ord - 1 AS i, nr.region INTO bad FROM nr
    WHERE nr.region NOT IN (SELECT reached.region FROM reached) ORDER BY nr.ord LIMIT 1;
    IF FOUND THEN
        RAISE EXCEPTION 'region at $.regions[%].parent has a parent chain that loops back to "%"', bad.i, bad.region
            USING ERRCODE = '22023', HINT = 'Every chain of parents ends at the world region (global).';
    END IF;
    -- figures the tables' rules would refuse, refused here with their path
    SELECT e.ord - 1 AS i, e.r ->> 'value' AS v INTO bad
    FROM jsonb_array_elements(rows -> 'anchors') WITH ORDINALITY e(r, ord)
    WHERE (e.r ->> 'value')::numeric <= 0 ORDER BY e.ord LIMIT 1;
    IF FOUND THEN
        RAISE EXCEPTION 'report anchor at $.anchors[%].value is not above 0: %', bad.i, @extschema@.gpumkt_echo(bad.v)
            USING ERRCODE = '22023', HINT = 'A market size is above 0, in the market''s unit.';
    END IF;
    SELECT e.ord - 1 AS i, e.r ->> 'rate' AS v INTO bad
    FROM jsonb_array_elements(rows -> 'rates') WITH ORDINALITY e(r, ord)
    WHERE (e.r ->> 'rate')::numeric <= -1
       OR ((e.r ->> 'rate')::numeric > 1 AND (e.r -> 'exceptional') IS DISTINCT FROM 'true')
    ORDER BY e.ord LIMIT 1;
    IF FOUND THEN
        RAISE EXCEPTION 'report rate at $.rates[%].rate is outside (-1, 1]: %', bad.i, @extschema@.gpumkt_echo(bad.v)
            USING ERRCODE = '22023', HINT = 'A rate of 12 means 1,200 %: write 0.12 for 12 %.';
    END IF;
    SELECT x.t, x.i, x.v INTO bad FROM (
        SELECT 'region_shares' AS t, e.ord - 1 AS i, e.r ->> 'share' AS v, e.ord
        FROM jsonb_array_elements(rows -> 'region_shares') WITH ORDINALITY e(r, ord)
        UNION ALL
        SELECT 'segments', e.ord - 1, e.r ->> 'share', e.ord + 1e9
        FROM jsonb_array_elements(rows -> 'segments') WITH ORDINALITY e(r, ord)) x
    WHERE x.v::numeric <= 0 OR x.v::numeric > 1 ORDER BY x.ord LIMIT 1;
    IF FOUND THEN
        RAISE EXCEPTION 'report share at $.%[%].share is outside (0, 1]: %', bad.t, bad.i, @extschema@.gpumkt_echo(bad.v)
            USING ERRCODE = '22023', HINT = 'Shares are fractions: write 0.365 or "36.5 %" for 36.5 %.';
    END IF;
    SELECT min(e.ord) - 1 AS i, e.r ->> 'dimension' AS d, sum((e.r ->> 'share')::numeric) AS s INTO bad
    FROM jsonb_array_elements(rows -> 'segments') WITH ORDINALITY e(r, ord)
    GROUP BY e.r ->> 'dimension', e.r ->> 'year'
    HAVING sum((e.r ->> 'share')::numeric) > 1 ORDER BY 1 LIMIT 1;
    IF FOUND THEN
        RAISE EXCEPTION 'report segments of dimension "%" at $.segments[%] add up to % %%, above 100 %%', @extschema@.gpumkt_echo(bad.d), bad.i, @extschema@.gpumkt_echo((bad.s * 100)::text)
            USING ERRCODE = '22023', HINT = 'The shares of one dimension in one year add up to at most 1 (100 %).';
    END IF;
    -- write: one subtransaction, whose failure leaves nothing written
    BEGIN
        IF replace THEN
            DELETE FROM @extschema@.gpumkt_developments x WHERE x.market = m;
            DELETE FROM @extschema@.gpumkt_players x WHERE x.market = m;
            DELETE FROM @extschema@.gpumkt_segments x WHERE x.market = m;
            DELETE FROM @extschema@.gpumkt_dimensions x WHERE x.market = m;
            DELETE FROM @extschema@.gpumkt_figures x WHERE x.market = m;
            DELETE FROM @extschema@.gpumkt_region_shares x WHERE x.market = m;
            DELETE FROM @extschema@.gpumkt_rates x WHERE x.market = m;
            DELETE FROM @extschema@.gpumkt_anchors x WHERE x.market = m;
        END IF;
        FOREACH t IN ARRAY tables LOOP
            SELECT string_agg(quote_ident(a.attname), ', ' ORDER BY a.attnum) INTO cols
            FROM pg_attribute a
            WHERE a.attrelid = format('@extschema@.%I', 'gpumkt_' || t)::regclass AND a.attnum > 0
              AND NOT a.attisdropped AND a.attname <> 'shipped'
              AND EXISTS (SELECT FROM jsonb_array_elements(rows -> t) e WHERE e ? a.attname);
            IF t = 'regions' AND cols IS NOT NULL THEN
                EXECUTE format('INSERT INTO @extschema@.gpumkt_regions (%s) SELECT %s FROM jsonb_populate_recordset(NULL::@extschema@.gpumkt_regions, $1) x WHERE $2 ? x.region', cols, cols)
                USING rows -> t, added;
            ELSIF t = 'markets' THEN
                -- replace: the columns the report leaves out take their default
                EXECUTE format('INSERT INTO @extschema@.gpumkt_markets AS k (%s) SELECT %s FROM jsonb_populate_recordset(NULL::@extschema@.gpumkt_markets, $1) ON CONFLICT (market) DO UPDATE SET (%s) = ROW(%s)',
                               cols, cols,
                               (SELECT string_agg(quote_ident(a.attname), ', ' ORDER BY a.attnum) FROM pg_attribute a
                                WHERE a.attrelid = '@extschema@.gpumkt_markets'::regclass AND a.attnum > 0
                                  AND NOT a.attisdropped AND a.attname NOT IN ('market', 'shipped')),
                               (SELECT string_agg('EXCLUDED.' || quote_ident(a.attname), ', ' ORDER BY a.attnum) FROM pg_attribute a
                                WHERE a.attrelid = '@extschema@.gpumkt_markets'::regclass AND a.attnum > 0
                                  AND NOT a.attisdropped AND a.attname NOT IN ('market', 'shipped')))
                USING rows -> t;
            ELSIF cols IS NOT NULL THEN
                EXECUTE format('INSERT INTO @extschema@.%I (%s) SELECT %s FROM jsonb_populate_recordset(NULL::@extschema@.%I, $1)',
                               'gpumkt_' || t, cols, cols, 'gpumkt_' || t)
                USING rows -> t;
            END IF;
            GET DIAGNOSTICS n = ROW_COUNT;
            tab := t;
            loaded := coalesce(n, 0);
            IF cols IS NULL THEN
                loaded := 0;
            END IF;
            RETURN NEXT;
        END LOOP;
    EXCEPTION WHEN integrity_constraint_violation THEN
        GET STACKED DIAGNOSTICS cols = CONSTRAINT_NAME, t = TABLE_NAME;
        RAISE EXCEPTION 'report breaks rule % of table %', cols, t
            USING ERRCODE = '22023', DETAIL = SQLERRM,
                  HINT = 'docs/reference.md, "Integrity rules", says what each rule asks; nothing was loaded.';
    END;
-- a refusal (22xxx) as a user needs it: raised again from here with its
-- SQLSTATE, message, detail and hint, and the loader's line as its only
-- context, not the internal SQL of the steps it came from (nothing written)
EXCEPTION WHEN data_exception THEN
    DECLARE
        st text;
        msg text;
        det text;
        hnt text;
    BEGIN
        GET STACKED DIAGNOSTICS st = RETURNED_SQLSTATE, msg = MESSAGE_TEXT,
                                det = PG_EXCEPTION_DETAIL, hnt = PG_EXCEPTION_HINT;
        IF det <> '' AND hnt <> '' THEN
            RAISE EXCEPTION USING ERRCODE = st, MESSAGE = msg, DETAIL = det, HINT = hnt;
        ELSIF det <> '' THEN
            RAISE EXCEPTION USING ERRCODE = st, MESSAGE = msg, DETAIL = det;
        ELSIF hnt <> '' THEN
            RAISE EXCEPTION USING ERRCODE = st, MESSAGE = msg, HINT = hnt;
        END IF;
        RAISE EXCEPTION USING ERRCODE = st, MESSAGE = msg;
    END;
END
$$;

CREATE OR REPLACE FUNCTION @extschema@.gpumkt_export_report(market text)
    RETURNS jsonb LANGUAGE plpgsql STABLE STRICT PARALLEL SAFE
    SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    doc jsonb;
    t text;
BEGIN
    SELECT jsonb_build_object('format', 'gpumkt report, version 1',
               'markets', jsonb_build_array(jsonb_strip_nulls(to_jsonb(k) - 'shipped')))
    INTO doc FROM @extschema@.gpumkt_markets k WHERE k.market = gpumkt_export_report.market;
    IF doc IS NULL THEN
        RAISE EXCEPTION 'unrecognized market "%"', @extschema@.gpumkt_echo(market)
            USING ERRCODE = '22023', HINT = 'See gpumkt_markets for the markets there are.';
    END IF;
    -- the regions the market names, with every region above them
    doc := doc || jsonb_build_object('regions', (
        WITH RECURSIVE used AS (
            SELECT k.root_region AS region FROM @extschema@.gpumkt_markets k WHERE k.market = gpumkt_export_report.market
            UNION SELECT a.region FROM @extschema@.gpumkt_anchors a WHERE a.market = gpumkt_export_report.market
            UNION SELECT r.region FROM @extschema@.gpumkt_rates r WHERE r.market = gpumkt_export_report.market
            UNION SELECT s.region FROM @extschema@.gpumkt_region_shares s WHERE s.market = gpumkt_export_report.market
            UNION SELECT s.of_region FROM @extschema@.gpumkt_region_shares s WHERE s.market = gpumkt_export_report.market
            UNION SELECT p.hq_region FROM @extschema@.gpumkt_players p WHERE p.market = gpumkt_export_report.market AND p.hq_region IS NOT NULL
            UNION SELECT f.region FROM @extschema@.gpumkt_figures f WHERE f.market = gpumkt_export_report.market AND f.region IS NOT NULL),
        up AS (
            SELECT g.region, g.parent, 0 AS depth FROM @extschema@.gpumkt_regions g JOIN used u ON u.region = g.region
            UNION
            SELECT g.region, g.parent, up.depth + 1 FROM @extschema@.gpumkt_regions g JOIN up ON g.region = up.parent),
        lvl AS (SELECT region, max(depth) AS depth FROM up GROUP BY region)
        SELECT coalesce(jsonb_agg(jsonb_strip_nulls(to_jsonb(g) - 'shipped') ORDER BY l.depth DESC, g.region), '[]')
        FROM lvl l JOIN @extschema@.gpumkt_regions g ON g.region = l.region));
    FOREACH t IN ARRAY ARRAY['anchors', 'rates', 'region_shares', 'dimensions', 'segments', 'players', 'developments', 'figures'] LOOP
        doc := doc || jsonb_build_object(t, @extschema@.gpumkt_export_rows(market, t));
    END LOOP;
    RETURN doc;
END
$$;

CREATE OR REPLACE FUNCTION @extschema@.gpumkt_unit_factor(unit text) RETURNS numeric
    LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE
    SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    CASE lower(unit)
        WHEN 'unit' THEN RETURN 1;
        WHEN 'thousand' THEN RETURN 1e3;
        WHEN 'million' THEN RETURN 1e6;
        WHEN 'billion' THEN RETURN 1e9;
        WHEN 'trillion' THEN RETURN 1e12;
        ELSE
            RAISE EXCEPTION 'unrecognized unit "%"', @extschema@.gpumkt_echo(unit)
                USING ERRCODE = '22023', HINT = 'The units are unit, thousand, million, billion and trillion.';
    END CASE;
END
$$;

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

CREATE OR REPLACE FUNCTION @extschema@.gpumkt_consensus(topic text, region text, year integer,
        dimension text DEFAULT NULL, segment text DEFAULT NULL,
        currency text DEFAULT 'USD', unit text DEFAULT 'billion', real_base_year integer DEFAULT NULL,
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
            f1 := @extschema@.gpumkt_try_forecast(region, year, mk.market);
            f2 := CASE WHEN mk.fiscal_year_end <> 12 THEN @extschema@.gpumkt_try_forecast(region, year + 1, mk.market) END;
        ELSE
            f1 := @extschema@.gpumkt_try_forecast(region, year, dimension, segment, mk.market);
            f2 := CASE WHEN mk.fiscal_year_end <> 12
                       THEN @extschema@.gpumkt_try_forecast(region, year + 1, dimension, segment, mk.market) END;
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

CREATE OR REPLACE FUNCTION @extschema@.gpumkt_reconcile(market text, year integer, method text DEFAULT 'top_down',
        scenario text DEFAULT NULL)
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
    WITH RECURSIVE tree(region, parent, kind, depth) AS (
        SELECT r.region, r.parent, r.kind, 0 FROM @extschema@.gpumkt_regions r WHERE r.parent IS NULL
        UNION ALL
        SELECT r.region, r.parent, r.kind, t.depth + 1
        FROM @extschema@.gpumkt_regions r JOIN tree t ON r.parent = t.region
    ), f AS (
        SELECT t.region, t.parent, t.kind, t.depth,
               CASE WHEN gpumkt_reconcile.scenario IS NULL
                    THEN @extschema@.gpumkt_try_forecast(t.region, gpumkt_reconcile.year, gpumkt_reconcile.market)
                    ELSE @extschema@.gpumkt_try_forecast(t.region, gpumkt_reconcile.year,
                             gpumkt_reconcile.scenario::@extschema@.gpumkt_scenario, gpumkt_reconcile.market) END AS v
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

CREATE OR REPLACE FUNCTION @extschema@.gpumkt_chart(region text, from_year integer, to_year integer,
        dimension text, segment text, market text DEFAULT 'ai_training_gpu_clusters',
        scenario @extschema@.gpumkt_scenario DEFAULT NULL)
    RETURNS text
    LANGUAGE plpgsql STABLE CALLED ON NULL INPUT PARALLEL SAFE
    SET search_path = pg_catalog, pg_temp
AS $chart$
DECLARE
    mk record;
    reg text;
    reg_name text;
    seg_name text;
    args text;
    yrs integer[];
    vals float8[];
    bases text[];
    lows float8[];
    highs float8[];
BEGIN
    -- NULL as a strict function gives, except both dimension and segment
    -- NULL: the region's own chart (gpumkt_chart without them calls so),
    -- and scenario NULL: none
    IF $1 IS NULL OR $2 IS NULL OR $3 IS NULL OR $6 IS NULL OR (($4 IS NULL) <> ($5 IS NULL)) THEN
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
    -- the same arguments for the series and the ranges: (dimension,
    -- segment,) (scenario,) market
    args := CASE WHEN $4 IS NOT NULL THEN '$4, $5, ' ELSE '' END
            || CASE WHEN $7 IS NOT NULL THEN '$7::@extschema@.gpumkt_scenario, ' ELSE '' END || '$6';
    EXECUTE format('SELECT array_agg(s.year ORDER BY s.year), array_agg(s.value::float8 ORDER BY s.year),
                           array_agg(s.basis ORDER BY s.year)
                    FROM @extschema@.gpumkt_series($1, $2, $3, %s) s', args)
    INTO yrs, vals, bases USING reg, $2, $3, $4, $5, $6, $7;
    -- the band of gpumkt_forecast_range over the years the region has a
    -- forecast (a segment whose share is unknown has a band and no line);
    -- no band where a bound is infinite
    EXECUTE format('SELECT array_agg(b.lh[1] ORDER BY y.year), array_agg(b.lh[2] ORDER BY y.year)
                    FROM @extschema@.gpumkt_series($1, $2, $3, %s) y
                    CROSS JOIN LATERAL (SELECT CASE WHEN y.value IS NOT NULL THEN
                        (SELECT CASE WHEN r.high < ''Infinity'' THEN ARRAY[r.low::float8, r.high::float8] END
                         FROM @extschema@.gpumkt_forecast_range($1, y.year, %s) r) END AS lh) b',
                   CASE WHEN $7 IS NOT NULL THEN '$7::@extschema@.gpumkt_scenario, ' ELSE '' END || '$6', args)
    INTO lows, highs USING reg, $2, $3, $4, $5, $6, $7;
    RETURN @extschema@.gpumkt_svg_forecast(
        mk.name || ' - ' || reg_name || coalesce(' - ' || seg_name, '') || coalesce(' (scenario ' || $7 || ')', ''),
        concat_ws(': ', 'Source' || coalesce(' (' || to_char(mk.source_date::timestamp, 'YYYY-MM-DD') || ')', ''),
                  mk.source_title),
        mk.currency || ' ' || mk.unit,
        yrs, vals, bases, lows, highs);
END
$chart$;

CREATE OR REPLACE FUNCTION @extschema@.gpumkt_chart_segments(dimension text, region text DEFAULT 'global',
        year integer DEFAULT 2025, market text DEFAULT 'ai_training_gpu_clusters')
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
    total := @extschema@.gpumkt_try_forecast(reg, $3, $4)::float8;
    SELECT array_agg(s.name ORDER BY s.ordinal, s.segment),
           array_agg(s.share::float8 ORDER BY s.ordinal, s.segment)
    INTO seg_names, seg_shares
    FROM @extschema@.gpumkt_segments s WHERE s.market = $4 AND s.dimension = $1;
    RETURN @extschema@.gpumkt_svg_segments(
        mk.name || ' - ' || dim_name,
        reg_name || ', ' || $3 || coalesce(': ' || round(@extschema@.gpumkt_try_forecast(reg, $3, $4), 2)::text || ' ' || mk.currency || ' ' || mk.unit, ': no figure')
            || ' - Source' || coalesce(' (' || to_char(mk.source_date::timestamp, 'YYYY-MM-DD') || ')', '')
            || coalesce(': ' || mk.source_title, ''),
        mk.currency || ' ' || mk.unit, total,
        coalesce(seg_names, '{}'), coalesce(seg_shares, '{}'));
END
$chart$;

CREATE OR REPLACE FUNCTION @extschema@.gpumkt_confine_writes() RETURNS trigger
    LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    allowed text[];
    old_market text;
    new_market text;
    denied text;
    login_super boolean := (SELECT u.rolsuper FROM pg_catalog.pg_roles u
                            WHERE u.rolname OPERATOR(pg_catalog.=) session_user);
BEGIN
    -- confined by the current role's memberships, and by the login role's
    -- (so that SET ROLE to an unlisted group does not lift it), unless the
    -- current role is a superuser; roles dropped since are skipped
    IF NOT (SELECT u.rolsuper FROM pg_catalog.pg_roles u WHERE u.rolname OPERATOR(pg_catalog.=) current_user) THEN
        allowed := ARRAY(SELECT w.market
                         FROM @extschema@.gpumkt_writers w
                         JOIN pg_catalog.pg_roles r ON r.oid OPERATOR(pg_catalog.=) w.role_name::pg_catalog.oid
                         WHERE pg_catalog.pg_has_role(current_user, r.oid, 'MEMBER')
                            OR (NOT login_super AND pg_catalog.pg_has_role(session_user, r.oid, 'MEMBER')));
    END IF;
    IF allowed IS NULL OR pg_catalog.cardinality(allowed) OPERATOR(pg_catalog.=) 0 THEN
        RETURN CASE WHEN TG_OP OPERATOR(pg_catalog.=) 'DELETE' THEN OLD ELSE NEW END;
    END IF;
    IF TG_TABLE_NAME OPERATOR(pg_catalog.=) 'gpumkt_regions' THEN
        -- regions serve every market: a confined role may add one, not change one
        IF TG_OP OPERATOR(pg_catalog.=) 'INSERT' THEN
            RETURN NEW;
        END IF;
        RAISE EXCEPTION 'permission denied to change region "%"', OLD.region
            USING ERRCODE = 'insufficient_privilege',
                  DETAIL = pg_catalog.format('Role %s is confined to the markets listed for it in gpumkt_writers, and regions serve every market.', current_user),
                  HINT = 'Ask the owner of the database to change the region.';
    END IF;
    IF TG_OP OPERATOR(pg_catalog.<>) 'INSERT' THEN
        old_market := OLD.market;
    END IF;
    IF TG_OP OPERATOR(pg_catalog.<>) 'DELETE' THEN
        new_market := NEW.market;
    END IF;
    IF old_market IS NOT NULL AND NOT old_market OPERATOR(pg_catalog.=) ANY (allowed) THEN
        denied := old_market;
    ELSIF new_market IS NOT NULL AND NOT new_market OPERATOR(pg_catalog.=) ANY (allowed) THEN
        denied := new_market;
    END IF;
    IF denied IS NOT NULL THEN
        RAISE EXCEPTION 'permission denied for market "%"', @extschema@.gpumkt_echo(denied)
            USING ERRCODE = 'insufficient_privilege',
                  DETAIL = pg_catalog.format('Role %s is confined to the markets listed for it in gpumkt_writers.', current_user),
                  HINT = 'Ask the owner of the database to add a row (role, market) to gpumkt_writers.';
    END IF;
    RETURN CASE WHEN TG_OP OPERATOR(pg_catalog.=) 'DELETE' THEN OLD ELSE NEW END;
END
$$;


-- issue 17 items 2-4: scenario chains (one limit, checked where written and
-- read, in linear time), a scenario checked when it is set, rates above 1 in
-- scenarios and gpumkt_grid only where exceptional, gpumkt_grid's overflow

-- a rate above 1 that a change makes is meant only where it is marked, as in
-- gpumkt_rates; stored changes that can raise a rate above 1 (a set above 1,
-- an add above 0, a multiply by more than 1) were meant, as 1.3 marked
-- stored rates above 1
ALTER TABLE @extschema@.gpumkt_scenario_changes
    ADD COLUMN exceptional boolean NOT NULL DEFAULT false;
UPDATE @extschema@.gpumkt_scenario_changes c SET exceptional = true
WHERE c.input OPERATOR(pg_catalog.=) 'rate'
  AND ((c.op OPERATOR(pg_catalog.=) 'set' AND c.value OPERATOR(pg_catalog.>) 1)
       OR (c.op OPERATOR(pg_catalog.=) 'add' AND c.value OPERATOR(pg_catalog.>) 0)
       OR (c.op OPERATOR(pg_catalog.=) 'multiply' AND c.value OPERATOR(pg_catalog.>) 1));
ALTER TABLE @extschema@.gpumkt_scenario_changes
    ADD CONSTRAINT gpumkt_scenario_changes_rate_range
        CHECK (input <> 'rate' OR op <> 'set' OR value <= 1 OR exceptional);
COMMENT ON COLUMN @extschema@.gpumkt_scenario_changes.exceptional IS
'true where a rate above 1 (more than 100 % a year) that the change makes is meant, as gpumkt_rates.exceptional; a change that makes a rate above 1 is refused otherwise (constraint gpumkt_scenario_changes_rate_range for a rate set, 22023 when the scenario is set or used).';
COMMENT ON CONSTRAINT gpumkt_scenario_changes_rate_range ON @extschema@.gpumkt_scenario_changes IS
'A rate set above 1 (100 % a year) is marked exceptional, as gpumkt_rates_rate_range asks of gpumkt_rates.';
COMMENT ON COLUMN @extschema@.gpumkt_scenarios.base_scenario IS 'The scenario this one builds on, whose changes apply first; NULL: the market as it is. A chain of bases that comes back on itself, or holds more than 1000 scenarios (the scenario included), is refused where it is written and where it is used (22023).';

CREATE INDEX gpumkt_scenarios_base_idx ON @extschema@.gpumkt_scenarios (base_scenario);
COMMENT ON INDEX @extschema@.gpumkt_scenarios_base_idx IS
'The scenarios built on a scenario, for the walk up a chain of bases (gpumkt_scenario_chains, gpumkt_scenario_check).';
CREATE FUNCTION @extschema@.gpumkt_scenario_chains() RETURNS trigger
    AS 'MODULE_PATHNAME', 'gpumkt_scenario_chains' LANGUAGE C;
COMMENT ON FUNCTION @extschema@.gpumkt_scenario_chains() IS
'Trigger: refuses (22023) new or changed rows of gpumkt_scenarios whose chain of bases comes back on itself or holds more than 1000 scenarios, the scenario included; after an update, also a scenario that a changed base makes unusable (as gpumkt_scenario_check).';
CREATE TRIGGER gpumkt_chains_insert AFTER INSERT ON @extschema@.gpumkt_scenarios
    REFERENCING NEW TABLE AS gpumkt_new
    FOR EACH STATEMENT EXECUTE FUNCTION @extschema@.gpumkt_scenario_chains();
CREATE TRIGGER gpumkt_chains_update AFTER UPDATE ON @extschema@.gpumkt_scenarios
    REFERENCING NEW TABLE AS gpumkt_new
    FOR EACH STATEMENT EXECUTE FUNCTION @extschema@.gpumkt_scenario_chains();

CREATE FUNCTION @extschema@.gpumkt_scenario_check(scenario text) RETURNS boolean
    AS 'MODULE_PATHNAME', 'gpumkt_scenario_check' LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.gpumkt_scenario_check(text) IS
'true when scenario and every scenario built on it can be used: each is built as a forecast would build it, so that a change it cannot use (shares of a dimension above 100 %, a rate above 1 not marked exceptional, an anchor the region does not have, a chain of bases that loops or is too long) raises here the error (22023) its use would. gpumkt_scenario_set calls it after each change.';

DROP FUNCTION @extschema@.gpumkt_scenario_set(text, text, text, numeric, integer, text, text, text, text);
CREATE FUNCTION @extschema@.gpumkt_scenario_set(scenario text, input text, region text, value numeric,
        year integer DEFAULT NULL, dimension text DEFAULT NULL, segment text DEFAULT NULL,
        op text DEFAULT 'set', market text DEFAULT 'ai_training_gpu_clusters',
        exceptional boolean DEFAULT false)
    RETURNS integer LANGUAGE plpgsql VOLATILE
    SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    r text;
    seg text[];
    n integer;
BEGIN
    IF scenario IS NULL OR input IS NULL OR region IS NULL OR value IS NULL OR op IS NULL OR market IS NULL
       OR exceptional IS NULL THEN
        RAISE EXCEPTION 'arguments scenario, input, region, value, op, market and exceptional of gpumkt_scenario_set must not be NULL'
            USING ERRCODE = '22023', HINT = 'Leave out year, dimension and segment where they do not apply.';
    END IF;
    IF scenario !~ '^[a-z][a-z0-9_]{0,62}$' THEN
        RAISE EXCEPTION 'invalid scenario name "%" of gpumkt_scenario_set', @extschema@.gpumkt_echo(scenario)
            USING ERRCODE = '22023', HINT = 'A scenario''s name is a lower-case identifier of at most 63 characters, such as bull or bear_2030.';
    END IF;
    IF input NOT IN ('anchor', 'rate', 'region_share', 'segment_share') THEN
        RAISE EXCEPTION 'unrecognized input "%" of gpumkt_scenario_set', @extschema@.gpumkt_echo(input)
            USING ERRCODE = '22023', HINT = 'Pass anchor, rate, region_share or segment_share.';
    END IF;
    IF op NOT IN ('set', 'add', 'multiply') THEN
        RAISE EXCEPTION 'unrecognized op "%" of gpumkt_scenario_set', @extschema@.gpumkt_echo(op)
            USING ERRCODE = '22023', HINT = 'Pass set, add or multiply.';
    END IF;
    IF value = 'NaN' OR value < -1e300 OR value > 1e300 THEN
        RAISE EXCEPTION 'value % of gpumkt_scenario_set is not a finite number', @extschema@.gpumkt_echo(value::text)
            USING ERRCODE = '22023', HINT = 'Pass a number such as 0.20 for a rate of 20 %.';
    END IF;
    IF op = 'set' AND ((input = 'anchor' AND value <= 0) OR (input = 'rate' AND value <= -1)
                       OR (input IN ('region_share', 'segment_share') AND (value <= 0 OR value > 1))) THEN
        RAISE EXCEPTION 'value % of gpumkt_scenario_set is not a possible %', @extschema@.gpumkt_echo(value::text), input
            USING ERRCODE = '22023', HINT = 'An anchor is above 0, a rate above -1 (0.20 for 20 %), a share in (0, 1].';
    END IF;
    IF exceptional AND input <> 'rate' THEN
        RAISE EXCEPTION 'exceptional of gpumkt_scenario_set goes with input rate only'
            USING ERRCODE = '22023', HINT = 'Leave out exceptional: it marks a rate above 1 (100 % a year) as meant.';
    END IF;
    IF input = 'rate' AND op = 'set' AND value > 1 AND NOT exceptional THEN
        RAISE EXCEPTION 'value % of gpumkt_scenario_set is a rate above 1 (100 %% a year)', @extschema@.gpumkt_echo(value::text)
            USING ERRCODE = '22023', HINT = 'A rate of 17 means 1,700 %: write 0.17 for 17 %, or pass exceptional => true if the rate is meant.';
    END IF;
    IF (input = 'segment_share') <> (dimension IS NOT NULL AND segment IS NOT NULL) THEN
        RAISE EXCEPTION 'dimension and segment of gpumkt_scenario_set go with input segment_share, and only with it'
            USING ERRCODE = '22023', HINT = 'Pass both for a segment share, neither for other inputs.';
    END IF;
    IF NOT EXISTS (SELECT FROM @extschema@.gpumkt_markets m WHERE m.market = gpumkt_scenario_set.market) THEN
        RAISE EXCEPTION 'unrecognized market "%"', @extschema@.gpumkt_echo(market)
            USING ERRCODE = '22023', HINT = 'See gpumkt_markets for the markets there are.';
    END IF;
    r := @extschema@.gpumkt_resolve_region(region);
    IF input = 'segment_share' THEN
        seg := @extschema@.gpumkt_resolve_segment(dimension, segment, market);
    END IF;
    -- one writer of a market's scenarios at a time, from here to the end of
    -- its transaction: a call waits for the transaction of another call on
    -- a scenario of the market (on the same scenario, the first one too,
    -- which creates it) or of another statement that wrote its scenarios
    -- (trigger gpumkt_scenario_chains takes the same lock), then reads the
    -- scenarios anew, numbers its change after the other's and checks the
    -- scenarios built on it as the other left them
    IF NOT pg_try_advisory_xact_lock('@extschema@.gpumkt_scenarios'::regclass::oid::integer, hashtext(market)) THEN
        PERFORM pg_advisory_xact_lock('@extschema@.gpumkt_scenarios'::regclass::oid::integer, hashtext(market));
        IF current_setting('transaction_isolation') <> 'read committed' THEN
            RAISE EXCEPTION 'could not serialize access due to a concurrent write of the scenarios of the same market'
                USING ERRCODE = '40001',
                      DETAIL = 'A transaction in repeatable read or serializable isolation cannot see what the other transaction wrote.',
                      HINT = 'Retry the transaction.';
        END IF;
    END IF;
    INSERT INTO @extschema@.gpumkt_scenarios AS s (scenario, market) VALUES (scenario, market)
    ON CONFLICT ON CONSTRAINT gpumkt_scenarios_pkey DO NOTHING;
    IF (SELECT s.market FROM @extschema@.gpumkt_scenarios s WHERE s.scenario = gpumkt_scenario_set.scenario) <> market THEN
        RAISE EXCEPTION 'scenario "%" is a scenario of another market than "%"', scenario, market
            USING ERRCODE = '22023', HINT = 'Pass the scenario''s market, or another name for a scenario of this market.';
    END IF;
    IF op = 'set' THEN
        -- a set replaces the scenario's earlier changes of the same input
        DELETE FROM @extschema@.gpumkt_scenario_changes c
        WHERE c.scenario = gpumkt_scenario_set.scenario AND c.input = gpumkt_scenario_set.input
          AND c.region = r AND c.year IS NOT DISTINCT FROM gpumkt_scenario_set.year
          AND c.dimension IS NOT DISTINCT FROM seg[1] AND c.segment IS NOT DISTINCT FROM seg[2];
    END IF;
    SELECT coalesce(max(c.ordinal), 0) + 1 INTO n FROM @extschema@.gpumkt_scenario_changes c
    WHERE c.scenario = gpumkt_scenario_set.scenario;
    INSERT INTO @extschema@.gpumkt_scenario_changes (scenario, market, ordinal, input, region, year, dimension, segment, op, value, exceptional)
    VALUES (scenario, market, n, input, r, year, seg[1], seg[2], op, value, exceptional);
    -- the scenario as changed, and those built on it, must be usable
    PERFORM @extschema@.gpumkt_scenario_check(scenario);
    RETURN n;
END
$$;
COMMENT ON FUNCTION @extschema@.gpumkt_scenario_set(text, text, text, numeric, integer, text, text, text, text, boolean) IS
'Adds a change to scenario (made for market if new) and returns its ordinal: input anchor (of region in year; without a year, its first), rate (region grows at it from its base anchor, the one in year or its first; later anchors are superseded), region_share or segment_share (with dimension and segment), op set (replacing the scenario''s earlier set of the same input), add or multiply; exceptional true where a rate above 1 (100 % a year) is meant. gpumkt_scenario_set(''bull'', ''rate'', ''global'', 0.20) makes a bull case. Errors (22023) on an unrecognized input, op, region or segment, an impossible value, or a change that leaves the scenario, or one built on it, unusable (gpumkt_scenario_check), and then writes nothing.';

-- gpumkt_grid takes exceptional (after market, so that calls naming market by
-- position keep working): its four forms, made again as 59_scenario_forms.sql
-- makes them
DROP FUNCTION @extschema@.gpumkt_grid(text, integer, text, double precision[], text, double precision[],
    @extschema@.gpumkt_scenario, @extschema@.gpumkt_unit, text);
DROP FUNCTION @extschema@.gpumkt_grid(text, integer, text, double precision[], text, double precision[],
    @extschema@.gpumkt_unit, text);
DROP FUNCTION @extschema@.gpumkt_grid(text, integer, text, double precision[], text, double precision[],
    @extschema@.gpumkt_scenario, text);
DROP FUNCTION @extschema@.gpumkt_grid(text, integer, text, double precision[], text, double precision[], text);
CREATE FUNCTION @extschema@.gpumkt_grid(region text, year integer,
        input1 text, values1 double precision[], input2 text, values2 double precision[],
        market text DEFAULT 'ai_training_gpu_clusters', exceptional boolean DEFAULT false,
        OUT value1 double precision, OUT value2 double precision, OUT forecast numeric)
    RETURNS SETOF record AS 'MODULE_PATHNAME', 'gpumkt_grid'
    LANGUAGE C STABLE STRICT PARALLEL SAFE ROWS 25;
COMMENT ON FUNCTION @extschema@.gpumkt_grid(text, integer, text, double precision[], text, double precision[], text, boolean) IS
'A two-way data table: the forecast of region in year for every pair of values of two inputs (values1 x values2, up to 1000 each), each input named anchor:region:year, rate:region[:to_year], region_share:region[:year] or segment_share:dimension:segment (a segment share multiplies the region''s forecast); the rest held; forecast NULL where the method gives none, 22003 where it gives one beyond double precision (as gpumkt_forecast). A rate above 1 (100 % a year) is refused (22023) unless exceptional is true, as gpumkt_rates asks.';
DO $$
DECLARE
    pass record;
    f record;
BEGIN
    FOR pass IN
        SELECT * FROM (VALUES
            (1, 'scenario @extschema@.gpumkt_scenario, ',
             ARRAY['gpumkt_grid'],
             'As %s(%s), with the changes of scenario applied to market''s inputs (gpumkt_scenario_set; a scenario''s rows count as users'' rows). Errors (22023) for a scenario that does not exist, belongs to another market or whose bases form a cycle.'),
            (2, 'unit @extschema@.gpumkt_unit, ',
             ARRAY['gpumkt_grid'],
             'As %s(%s), with market sizes in unit (unit, thousand, million, billion or trillion) instead of the market''s own unit (gpumkt_markets.unit): gpumkt_forecast(''global'', 2025, unit => ''million'') = 18200. Errors (22023) for another unit, or a market whose own unit is none of these.'))
            AS x(n, arg, names, note)
        ORDER BY n
    LOOP
        FOR f IN
            SELECT p.proname, p.prosrc, p.provolatile, p.proisstrict, p.proparallel, p.prorows, p.proretset,
                   pg_catalog.pg_get_function_result(p.oid) AS result,
                   pg_catalog.pg_get_function_arguments(p.oid) AS arguments,
                   pg_catalog.pg_get_function_identity_arguments(p.oid) AS identity
            FROM pg_catalog.pg_proc p
            WHERE p.pronamespace OPERATOR(pg_catalog.=) '@extschema@'::pg_catalog.regnamespace
              AND p.prolang OPERATOR(pg_catalog.=) (SELECT l.oid FROM pg_catalog.pg_language l
                                                    WHERE l.lanname OPERATOR(pg_catalog.=) 'c')
              AND p.proname OPERATOR(pg_catalog.=) ANY (pass.names)
              AND pg_catalog.strpos(pg_catalog.pg_get_function_arguments(p.oid), 'market text DEFAULT')
                  OPERATOR(pg_catalog.>) 0
            ORDER BY p.proname, p.oid
        LOOP
            EXECUTE pg_catalog.format(
                'CREATE FUNCTION @extschema@.%I(%s) RETURNS %s AS %L, %L LANGUAGE C %s %s PARALLEL %s%s',
                f.proname,
                pg_catalog.replace(f.arguments, 'market text DEFAULT', pass.arg OPERATOR(pg_catalog.||) 'market text DEFAULT'),
                f.result, 'MODULE_PATHNAME', f.prosrc,
                CASE f.provolatile WHEN 'i' THEN 'IMMUTABLE' WHEN 's' THEN 'STABLE' ELSE 'VOLATILE' END,
                CASE WHEN f.proisstrict THEN 'STRICT' ELSE '' END,
                CASE f.proparallel WHEN 's' THEN 'SAFE' WHEN 'r' THEN 'RESTRICTED' ELSE 'UNSAFE' END,
                CASE WHEN f.proretset THEN ' ROWS ' OPERATOR(pg_catalog.||) f.prorows::text ELSE '' END);
            EXECUTE pg_catalog.format(
                'COMMENT ON FUNCTION @extschema@.%I(%s) IS %L', f.proname,
                pg_catalog.regexp_replace(f.identity, 'market text', pass.arg OPERATOR(pg_catalog.||) 'market text'),
                pg_catalog.format(pass.note, f.proname, f.identity));
        END LOOP;
    END LOOP;
END
$$;

-- issue 17 item 5: gpumkt_audit names every stated figure that the forecast
-- does not use where it is stated (finding 'stated figure not used')
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
                         @extschema@.gpumkt_try_forecast(x.region, y.year, mk.market) AS value
                  FROM (SELECT a.region FROM @extschema@.gpumkt_anchors a WHERE a.market = mk.market
                        UNION
                        SELECT s.region FROM @extschema@.gpumkt_region_shares s WHERE s.market = mk.market) x
                  CROSS JOIN generate_series(lo - margin, hi + margin) y(year)
                  OFFSET 0) g;
            IF user_rows IS NOT NULL THEN
                SELECT coalesce(jsonb_agg(jsonb_build_object(
                           'source_row', u.source_row, 'region', u.region, 'year', u.year, 'value', u.value,
                           'report', @extschema@.gpumkt_report_figure(u.region, u.year, mk.market))), '[]')
                INTO used
                FROM (SELECT DISTINCT rn.source_row, x.region, x.year, x.value
                      FROM jsonb_to_recordset(fc) AS x(region text, year integer, value numeric)
                      CROSS JOIN LATERAL @extschema@.gpumkt_explain(x.region, x.year, mk.market) AS e
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
                            AND @extschema@.gpumkt_try_forecast(x.region, y.year, mk.market) IS NOT NULL
                          OFFSET 0) c
                    CROSS JOIN LATERAL @extschema@.gpumkt_explain(c.region, c.year, mk.market) AS e
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
                    SELECT (SELECT r.low FROM @extschema@.gpumkt_forecast_range(s.child, w.year, mk.market) r) AS child_low,
                           (SELECT r.high FROM @extschema@.gpumkt_forecast_range(s.parent, w.year, mk.market) r) AS parent_high) b
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

-- issue 17 review: gpumkt_scenario_set refuses a scenario name that is no
-- identifier (22023), quotes at most 64 characters of a
-- value it refuses (gpumkt_echo), as every other message does; it waits for
-- the other writers of its market's scenarios (the lock that trigger
-- gpumkt_scenario_chains takes too), so that concurrent writes cannot make
-- a chain too long or a scenario unusable between them


-- issue 17 review: the update trigger of gpumkt_scenarios reads the old rows
-- too, and builds only the scenarios whose base or market a statement
-- changed (a note's change builds nothing)
DROP TRIGGER gpumkt_chains_update ON @extschema@.gpumkt_scenarios;
CREATE TRIGGER gpumkt_chains_update AFTER UPDATE ON @extschema@.gpumkt_scenarios
    REFERENCING OLD TABLE AS gpumkt_old NEW TABLE AS gpumkt_new
    FOR EACH STATEMENT EXECUTE FUNCTION @extschema@.gpumkt_scenario_chains();
COMMENT ON FUNCTION @extschema@.gpumkt_scenario_chains() IS
'Trigger: refuses (22023) new or changed rows of gpumkt_scenarios whose chain of bases comes back on itself or holds more than 1000 scenarios, the scenario included; after an update that changes a base or a market, also a scenario that the change makes unusable (as gpumkt_scenario_check).';
