-- gpumkt 1.0: market analytics for PostgreSQL.
-- Tables of market data with provenance, the data of one report, growth math,
-- forecasts, shares and an audit of the data.

\echo Use "CREATE EXTENSION gpumkt" to load this file. \quit

------------------------------------------------------------------------------
-- Tables
------------------------------------------------------------------------------

CREATE TABLE @extschema@.gpumkt_regions (
    region      text PRIMARY KEY CHECK (region OPERATOR(pg_catalog.~) '^[a-z][a-z0-9_]{0,62}$'),
    name        text NOT NULL,
    parent      text REFERENCES @extschema@.gpumkt_regions (region),
    iso2        text UNIQUE CHECK (iso2 OPERATOR(pg_catalog.~) '^[A-Z]{2}$'),
    kind        text NOT NULL CHECK (kind IN ('world', 'region', 'country', 'rest_of', 'group')),
    name_fr     text,
    shipped     boolean NOT NULL DEFAULT false,
    CHECK ((parent IS NULL) = (kind = 'world')),
    CHECK (iso2 IS NULL OR kind = 'country')
);
COMMENT ON TABLE @extschema@.gpumkt_regions IS
'Geographic hierarchy shared by all markets: world, regions, countries and "rest of" groups, with a code, a display name and ISO 3166-1 alpha-2 for countries. Forecast functions accept the code, the name or the ISO code, in any case.';

CREATE TABLE @extschema@.gpumkt_markets (
    market          text PRIMARY KEY CHECK (market OPERATOR(pg_catalog.~) '^[a-z][a-z0-9_]{0,62}$'),
    name            text NOT NULL,
    currency        text NOT NULL DEFAULT 'USD',
    unit            text NOT NULL DEFAULT 'billion',
    root_region     text NOT NULL DEFAULT 'global' REFERENCES @extschema@.gpumkt_regions (region),
    source_title    text,
    source_date     date,
    source_ref      text,
    note            text,
    shipped         boolean NOT NULL DEFAULT false
);
COMMENT ON TABLE @extschema@.gpumkt_markets IS
'One row per market (one report): its unit, its top region and its source. Every figure table is keyed by market, so several reports can sit side by side.';

-- Codes are lower-case identifiers of at most 63 characters.  Values that
-- forecasts compute with lie within double precision: anchors between 1e-300
-- and 1e300, rates above -1 and at most 1e300 (NaN and infinities excluded).
--
-- Provenance, on every figure table:
--   basis        'reported' (source_quote holds the report's words) or
--                'derived' (derivation holds the arithmetic)
--   qualifier    the report's hedge on the figure: about, more than, at least, up to
--   shipped      true for the rows the extension ships; users' rows are false

CREATE TABLE @extschema@.gpumkt_anchors (
    market          text NOT NULL REFERENCES @extschema@.gpumkt_markets (market),
    region          text NOT NULL REFERENCES @extschema@.gpumkt_regions (region),
    year            integer NOT NULL,
    value           numeric NOT NULL CHECK (value >= 1e-300 AND value <= 1e300),
    qualifier       text CHECK (qualifier IN ('about', 'more than', 'at least', 'up to')),
    basis           text NOT NULL DEFAULT 'reported' CHECK (basis IN ('reported', 'derived')),
    source_quote    text,
    derivation      text,
    note            text,
    shipped         boolean NOT NULL DEFAULT false,
    PRIMARY KEY (market, region, year),
    CHECK (basis <> 'derived' OR derivation IS NOT NULL)
);
COMMENT ON TABLE @extschema@.gpumkt_anchors IS
'Market-size anchors: the value of a region''s market in a year, in the market''s unit. Forecasts reproduce anchors exactly and follow the constant-growth path between them.';

CREATE TABLE @extschema@.gpumkt_rates (
    market          text NOT NULL REFERENCES @extschema@.gpumkt_markets (market),
    region          text NOT NULL REFERENCES @extschema@.gpumkt_regions (region),
    from_year       integer,
    to_year         integer,
    rate            numeric NOT NULL CHECK (rate > -1 AND rate <= 1e300),
    stated_period   text,
    qualifier       text CHECK (qualifier IN ('about', 'more than', 'at least', 'up to')),
    basis           text NOT NULL DEFAULT 'reported' CHECK (basis IN ('reported', 'derived')),
    source_quote    text,
    derivation      text,
    note            text,
    shipped         boolean NOT NULL DEFAULT false,
    UNIQUE NULLS NOT DISTINCT (market, region, from_year, to_year),
    CHECK ((from_year IS NULL) = (to_year IS NULL)),
    CHECK (from_year < to_year),
    CHECK (basis <> 'derived' OR derivation IS NOT NULL)
);
COMMENT ON TABLE @extschema@.gpumkt_rates IS
'Compound annual growth rates (fractions: 0.17 for 17 %) of a region''s market. from_year and to_year bound the growth (base year to end year); both are NULL when the report states no period.';

CREATE TABLE @extschema@.gpumkt_region_shares (
    market          text NOT NULL REFERENCES @extschema@.gpumkt_markets (market),
    region          text NOT NULL REFERENCES @extschema@.gpumkt_regions (region),
    year            integer NOT NULL,
    share           numeric NOT NULL CHECK (share > 0 AND share <= 1),
    of_region       text NOT NULL REFERENCES @extschema@.gpumkt_regions (region),
    qualifier       text CHECK (qualifier IN ('about', 'more than', 'at least', 'up to')),
    basis           text NOT NULL DEFAULT 'reported' CHECK (basis IN ('reported', 'derived')),
    source_quote    text,
    derivation      text,
    note            text,
    shipped         boolean NOT NULL DEFAULT false,
    PRIMARY KEY (market, region, year),
    CHECK (of_region <> region),
    CHECK (basis <> 'derived' OR derivation IS NOT NULL)
);
COMMENT ON TABLE @extschema@.gpumkt_region_shares IS
'A region''s share (fraction) of a larger region''s market in a year. A region with no anchors of its own is forecast as this share of of_region''s forecast, the share held from its year on.';

CREATE TABLE @extschema@.gpumkt_dimensions (
    market          text NOT NULL REFERENCES @extschema@.gpumkt_markets (market),
    dimension       text NOT NULL CHECK (dimension OPERATOR(pg_catalog.~) '^[a-z][a-z0-9_]{0,62}$'),
    name            text NOT NULL,
    name_fr         text,
    ordinal         integer,
    shipped         boolean NOT NULL DEFAULT false,
    PRIMARY KEY (market, dimension)
);
COMMENT ON TABLE @extschema@.gpumkt_dimensions IS
'Segmentation dimensions of a market (component, deployment, cluster size, end user, industry).';

CREATE TABLE @extschema@.gpumkt_segments (
    market          text NOT NULL,
    dimension       text NOT NULL,
    segment         text NOT NULL CHECK (segment OPERATOR(pg_catalog.~) '^[a-z][a-z0-9_]{0,62}$'),
    name            text NOT NULL,
    name_fr         text,
    ordinal         integer,
    year            integer,
    share           numeric CHECK (share > 0 AND share <= 1),
    basis           text NOT NULL DEFAULT 'reported' CHECK (basis IN ('reported', 'derived', 'unknown')),
    source_quote    text,
    derivation      text,
    note            text,
    shipped         boolean NOT NULL DEFAULT false,
    PRIMARY KEY (market, dimension, segment),
    FOREIGN KEY (market, dimension) REFERENCES @extschema@.gpumkt_dimensions (market, dimension),
    CHECK ((share IS NULL) = (basis = 'unknown')),
    CHECK ((share IS NULL) = (year IS NULL)),
    CHECK (basis <> 'derived' OR derivation IS NOT NULL)
);
COMMENT ON TABLE @extschema@.gpumkt_segments IS
'Every segment of every dimension, with its share (fraction) of the market in year where the report gives one (basis reported) or where it follows by arithmetic (basis derived); share is NULL with basis unknown where the report gives none.';

CREATE TABLE @extschema@.gpumkt_players (
    market              text NOT NULL REFERENCES @extschema@.gpumkt_markets (market),
    player              text NOT NULL CHECK (player OPERATOR(pg_catalog.~) '^[a-z][a-z0-9_]{0,62}$'),
    name                text NOT NULL,
    listed_order        integer,
    source_quote        text,
    hq_region           text REFERENCES @extschema@.gpumkt_regions (region),
    supplies            text[],
    attributes_source   text,
    shipped             boolean NOT NULL DEFAULT false,
    PRIMARY KEY (market, player)
);
COMMENT ON TABLE @extschema@.gpumkt_players IS
'Key players named by the report, in its order. hq_region and supplies are public company facts, not from the report, as attributes_source says; the report gives no figure per company.';

CREATE TABLE @extschema@.gpumkt_developments (
    market          text NOT NULL REFERENCES @extschema@.gpumkt_markets (market),
    development     text NOT NULL CHECK (development OPERATOR(pg_catalog.~) '^[a-z][a-z0-9_]{0,62}$'),
    month           date NOT NULL CHECK (pg_catalog.date_trunc('month', month) = month),
    player          text,
    summary         text NOT NULL,
    source_quote    text,
    shipped         boolean NOT NULL DEFAULT false,
    PRIMARY KEY (market, development),
    FOREIGN KEY (market, player) REFERENCES @extschema@.gpumkt_players (market, player)
);
COMMENT ON TABLE @extschema@.gpumkt_developments IS
'Dated developments reported for a market; month is the first day of the month the report names.';

CREATE TABLE @extschema@.gpumkt_figures (
    market          text NOT NULL REFERENCES @extschema@.gpumkt_markets (market),
    figure          text NOT NULL CHECK (figure OPERATOR(pg_catalog.~) '^[a-z][a-z0-9_]{0,62}$'),
    label           text NOT NULL,
    value           numeric CHECK (value > '-Infinity' AND value < 'Infinity'),
    value_high      numeric CHECK (value_high > '-Infinity' AND value_high < 'Infinity'),
    unit            text,
    region          text REFERENCES @extschema@.gpumkt_regions (region),
    period          text,
    qualifier       text CHECK (qualifier IN ('about', 'more than', 'at least', 'up to')),
    basis           text NOT NULL DEFAULT 'reported' CHECK (basis IN ('reported', 'derived')),
    source_quote    text,
    derivation      text,
    note            text,
    shipped         boolean NOT NULL DEFAULT false,
    PRIMARY KEY (market, figure),
    CHECK (value_high IS NULL OR value_high >= value),
    CHECK (basis <> 'derived' OR derivation IS NOT NULL)
);
COMMENT ON TABLE @extschema@.gpumkt_figures IS
'Every other figure of a report (capital expenditure, funds, capacity, unit backlogs, ...), and its qualitative statements with value NULL where the report gives no figure; value_high holds the top of a range.';

------------------------------------------------------------------------------
-- The shipped data: one report, every figure with its provenance
------------------------------------------------------------------------------

INSERT INTO @extschema@.gpumkt_regions (region, name, parent, iso2, kind, name_fr, shipped) VALUES
    ('global', 'Global', NULL, NULL, 'world', 'marché mondial', true),
    ('north_america', 'North America', 'global', NULL, 'region', 'Amérique du Nord', true),
    ('europe', 'Europe', 'global', NULL, 'region', 'Europe', true),
    ('asia_pacific', 'Asia-Pacific', 'global', NULL, 'region', 'Asie-Pacifique', true),
    ('latin_america', 'Latin America', 'global', NULL, 'region', 'Amérique latine', true),
    ('middle_east_africa', 'Middle East & Africa', 'global', NULL, 'region', 'Moyen-Orient & Afrique', true),
    ('united_states', 'United States', 'north_america', 'US', 'country', 'États-Unis', true),
    ('canada', 'Canada', 'north_america', 'CA', 'country', 'Canada', true),
    ('germany', 'Germany', 'europe', 'DE', 'country', 'Allemagne', true),
    ('france', 'France', 'europe', 'FR', 'country', 'France', true),
    ('united_kingdom', 'United Kingdom', 'europe', 'GB', 'country', 'Royaume-Uni', true),
    ('spain', 'Spain', 'europe', 'ES', 'country', 'Espagne', true),
    ('italy', 'Italy', 'europe', 'IT', 'country', 'Italie', true),
    ('russia', 'Russia', 'europe', 'RU', 'country', 'Russie', true),
    ('netherlands', 'Netherlands', 'europe', 'NL', 'country', 'Pays-Bas', true),
    ('rest_of_europe', 'Rest of Europe', 'europe', NULL, 'rest_of', 'Reste de l’Europe', true),
    ('china', 'China', 'asia_pacific', 'CN', 'country', 'Chine', true),
    ('japan', 'Japan', 'asia_pacific', 'JP', 'country', 'Japon', true),
    ('south_korea', 'South Korea', 'asia_pacific', 'KR', 'country', 'Corée du Sud', true),
    ('india', 'India', 'asia_pacific', 'IN', 'country', 'Inde', true),
    ('australia', 'Australia', 'asia_pacific', 'AU', 'country', 'Australie', true),
    ('singapore', 'Singapore', 'asia_pacific', 'SG', 'country', 'Singapour', true),
    ('thailand', 'Thailand', 'asia_pacific', 'TH', 'country', 'Thaïlande', true),
    ('vietnam', 'Vietnam', 'asia_pacific', 'VN', 'country', 'Vietnam', true),
    ('brazil', 'Brazil', 'latin_america', 'BR', 'country', 'Brésil', true),
    ('mexico', 'Mexico', 'latin_america', 'MX', 'country', 'Mexique', true),
    ('rest_of_latin_america', 'Rest of Latin America', 'latin_america', NULL, 'rest_of', 'Reste de l’Amérique latine', true),
    ('south_africa', 'South Africa', 'middle_east_africa', 'ZA', 'country', 'Afrique du Sud', true),
    ('saudi_arabia', 'Saudi Arabia', 'middle_east_africa', 'SA', 'country', 'Arabie Saoudite', true),
    ('united_arab_emirates', 'United Arab Emirates', 'middle_east_africa', 'AE', 'country', 'Émirats arabes unis', true),
    ('rest_of_mea', 'Rest of Middle East & Africa', 'middle_east_africa', NULL, 'rest_of', 'Reste de la MEA', true);

INSERT INTO @extschema@.gpumkt_markets (market, name, currency, unit, root_region, source_title, source_date, source_ref, note, shipped) VALUES
    ('ai_training_gpu_clusters', 'AI-training GPU clusters', 'USD', 'billion', 'global',
     'Le marché mondial des clusters GPU d''entraînement en IA atteindra 87,5 milliards de dollars d''ici 2035 – Tendances, acteurs clés et perspectives régionales',
     '2025-12-22', 'press summary in French, shared/seed/000_535b85b2ce1bc4e7.txt',
     'Global market for AI-training GPU cluster sales: hardware, software and services.', true);

INSERT INTO @extschema@.gpumkt_anchors (market, region, year, value, qualifier, basis, source_quote, note, shipped) VALUES
    ('ai_training_gpu_clusters', 'global', 2025, 18.2, NULL, 'reported',
     'passer de 18,2 milliards de dollars en 2025', NULL, true),
    ('ai_training_gpu_clusters', 'global', 2035, 87.5, 'about', 'reported',
     'à 87,5 milliards de dollars d''ici 2035', 'The overview says "environ 87, 5 milliards".', true),
    ('ai_training_gpu_clusters', 'north_america', 2025, 6.6, NULL, 'reported',
     'générant 6, 6 milliards de dollars de revenus', NULL, true),
    ('ai_training_gpu_clusters', 'united_states', 2024, 6.01, NULL, 'reported',
     'Le marché américain a atteint 6, 01 milliards de dollars en 2024', NULL, true);

INSERT INTO @extschema@.gpumkt_rates (market, region, from_year, to_year, rate, stated_period, basis, source_quote, note, shipped) VALUES
    ('ai_training_gpu_clusters', 'global', 2025, 2035, 0.170, '2026-2035', 'reported',
     'CAGR) de 17,0 % ... entre 2026 et 2035',
     'The stated 2026-2035 is read as ten years of growth from the 2025 base to 2035.', true),
    ('ai_training_gpu_clusters', 'united_states', NULL, NULL, 0.1542, NULL, 'reported',
     'avec un CAGR de 15, 42 %',
     'The report states no period for this rate; forecasts apply it before and after the 2024 anchor.', true);

INSERT INTO @extschema@.gpumkt_region_shares (market, region, year, share, of_region, qualifier, basis, source_quote, note, shipped) VALUES
    ('ai_training_gpu_clusters', 'north_america', 2025, 0.365, 'global', 'more than', 'reported',
     'l''Amérique du Nord dominait le marché avec plus de 36, 5 % de part',
     'The only regional share the report gives. Europe, Asia-Pacific, Latin America and Middle East & Africa have no figure.', true);

INSERT INTO @extschema@.gpumkt_dimensions (market, dimension, name, name_fr, ordinal, shipped) VALUES
    ('ai_training_gpu_clusters', 'component', 'Component', 'Par composant', 1, true),
    ('ai_training_gpu_clusters', 'deployment', 'Deployment', 'Par déploiement', 2, true),
    ('ai_training_gpu_clusters', 'cluster_size', 'Cluster size', 'Par taille de cluster', 3, true),
    ('ai_training_gpu_clusters', 'end_user', 'End user', 'Par utilisateur final', 4, true),
    ('ai_training_gpu_clusters', 'industry', 'Industry', 'Par secteur industriel', 5, true);

INSERT INTO @extschema@.gpumkt_segments (market, dimension, segment, name, name_fr, ordinal, year, share, basis, source_quote, derivation, note, shipped) VALUES
    ('ai_training_gpu_clusters', 'component', 'hardware', 'Hardware', 'Matériel', 1, 2025, 0.785, 'reported',
     'Le matériel domine avec une part de 78, 5 %', NULL, NULL, true),
    ('ai_training_gpu_clusters', 'component', 'software', 'Software', 'Logiciel', 2, NULL, NULL, 'unknown',
     NULL, NULL, 'The report gives no figure; software and services together are 21.5 % (figure component_other_share).', true),
    ('ai_training_gpu_clusters', 'component', 'services', 'Services', 'Services', 3, NULL, NULL, 'unknown',
     NULL, NULL, 'The report gives no figure; software and services together are 21.5 % (figure component_other_share).', true),
    ('ai_training_gpu_clusters', 'deployment', 'on_premises', 'On-premises', 'Sur site', 1, 2025, 0.457, 'derived',
     NULL, '1 - 0.543 = 0.457: deployment has exactly two segments and public cloud is 54.3 %.', NULL, true),
    ('ai_training_gpu_clusters', 'deployment', 'public_cloud', 'Public cloud', 'Cloud public', 2, 2025, 0.543, 'reported',
     'La consommation en cloud public représente 54, 3 %', NULL, NULL, true),
    ('ai_training_gpu_clusters', 'cluster_size', 'large_hyperscale', 'Large / hyperscale (> 1000 GPUs)', 'Grand/Hyperscales (>1000 GPU)', 1, 2025, 0.487, 'reported',
     'Les grands et hyperscales clusters représentent 48, 7 %', NULL, NULL, true),
    ('ai_training_gpu_clusters', 'cluster_size', 'medium', 'Medium (100-1000 GPUs)', 'Moyen (100-1000 GPU)', 2, NULL, NULL, 'unknown',
     NULL, NULL, 'The report gives no figure; medium and small together are 51.3 % (figure cluster_size_other_share).', true),
    ('ai_training_gpu_clusters', 'cluster_size', 'small', 'Small (< 100 GPUs)', 'Petit (<100 GPU)', 3, NULL, NULL, 'unknown',
     NULL, NULL, 'The report gives no figure; medium and small together are 51.3 % (figure cluster_size_other_share).', true),
    ('ai_training_gpu_clusters', 'end_user', 'cloud_service_providers', 'Cloud service providers & hyperscalers', 'Fournisseurs de services cloud & hyperscalers', 1, 2025, 0.628, 'reported',
     'Les fournisseurs de services cloud (CSP) représentent 62, 8 % de la demande', NULL, NULL, true),
    ('ai_training_gpu_clusters', 'end_user', 'large_enterprises', 'Large enterprises & tech companies', 'Grandes entreprises & sociétés technologiques', 2, NULL, NULL, 'unknown',
     NULL, NULL, 'The report gives no figure; the three other end users together are 37.2 % (figure end_user_other_share).', true),
    ('ai_training_gpu_clusters', 'end_user', 'research_institutions', 'Research institutions & universities', 'institutions de recherche & universités', 3, NULL, NULL, 'unknown',
     NULL, NULL, 'The report gives no figure; the three other end users together are 37.2 % (figure end_user_other_share).', true),
    ('ai_training_gpu_clusters', 'end_user', 'government_defence', 'Government & defence', 'Gouvernement & défense', 4, NULL, NULL, 'unknown',
     NULL, NULL, 'The report gives no figure; the three other end users together are 37.2 % (figure end_user_other_share).', true),
    ('ai_training_gpu_clusters', 'industry', 'it_technology', 'IT & technology', 'IT & Technologie', 1, 2025, 0.659, 'reported',
     'Le secteur IT et technologique domine avec 65, 9 %', NULL, NULL, true),
    ('ai_training_gpu_clusters', 'industry', 'financial_services', 'Financial services', 'Services financiers', 2, NULL, NULL, 'unknown',
     NULL, NULL, 'The report gives no figure; the four other industries together are 34.1 % (figure industry_other_share).', true),
    ('ai_training_gpu_clusters', 'industry', 'automotive_manufacturing', 'Automotive & manufacturing', 'Automobile & Fabrication', 3, NULL, NULL, 'unknown',
     NULL, NULL, 'The report gives no figure; the four other industries together are 34.1 % (figure industry_other_share).', true),
    ('ai_training_gpu_clusters', 'industry', 'healthcare_pharma', 'Healthcare & pharmaceuticals', 'Santé & Produits pharmaceutiques', 4, NULL, NULL, 'unknown',
     NULL, NULL, 'The report gives no figure; the four other industries together are 34.1 % (figure industry_other_share).', true),
    ('ai_training_gpu_clusters', 'industry', 'others', 'Others', 'Autres', 5, NULL, NULL, 'unknown',
     NULL, NULL, 'The report gives no figure; the four other industries together are 34.1 % (figure industry_other_share).', true);

INSERT INTO @extschema@.gpumkt_players (market, player, name, listed_order, source_quote, hq_region, supplies, attributes_source, shipped) VALUES
    ('ai_training_gpu_clusters', 'nvidia', 'NVIDIA Corporation', 1, 'NVIDIA Corporation', 'united_states', '{GPUs,networking,software,systems}', 'not from the report: public company information', true),
    ('ai_training_gpu_clusters', 'amd', 'Advanced Micro Devices, Inc. (AMD)', 2, 'Advanced Micro Devices, Inc. (AMD)', 'united_states', '{GPUs,CPUs}', 'not from the report: public company information', true),
    ('ai_training_gpu_clusters', 'intel', 'Intel Corporation', 3, 'Intel Corporation', 'united_states', '{accelerators,CPUs}', 'not from the report: public company information', true),
    ('ai_training_gpu_clusters', 'dell', 'Dell Technologies, Inc.', 4, 'Dell Technologies, Inc.', 'united_states', '{servers,storage}', 'not from the report: public company information', true),
    ('ai_training_gpu_clusters', 'hpe', 'Hewlett Packard Enterprise (HPE)', 5, 'Hewlett Packard Enterprise (HPE)', 'united_states', '{servers,networking}', 'not from the report: public company information', true),
    ('ai_training_gpu_clusters', 'supermicro', 'Super Micro Computer, Inc.', 6, 'Super Micro Computer, Inc.', 'united_states', '{servers}', 'not from the report: public company information', true),
    ('ai_training_gpu_clusters', 'lenovo', 'Lenovo Group, Ltd.', 7, 'Lenovo Group, Ltd.', 'china', '{servers}', 'not from the report: public company information', true),
    ('ai_training_gpu_clusters', 'ibm', 'IBM Corporation', 8, 'IBM Corporation', 'united_states', '{servers,cloud,software}', 'not from the report: public company information', true),
    ('ai_training_gpu_clusters', 'google', 'Google LLC', 9, 'Google LLC', 'united_states', '{cloud,accelerators}', 'not from the report: public company information', true),
    ('ai_training_gpu_clusters', 'aws', 'Amazon Web Services, Inc.', 10, 'Amazon Web Services, Inc.', 'united_states', '{cloud,accelerators}', 'not from the report: public company information', true),
    ('ai_training_gpu_clusters', 'microsoft', 'Microsoft Corporation', 11, 'Microsoft Corporation', 'united_states', '{cloud}', 'not from the report: public company information', true),
    ('ai_training_gpu_clusters', 'oracle', 'Oracle Corporation', 12, 'Oracle Corporation', 'united_states', '{cloud}', 'not from the report: public company information', true),
    ('ai_training_gpu_clusters', 'cisco', 'Cisco Systems, Inc.', 13, 'Cisco Systems, Inc.', 'united_states', '{networking,servers}', 'not from the report: public company information', true),
    ('ai_training_gpu_clusters', 'penguin', 'Penguin Computing', 14, 'Penguin Computing', 'united_states', '{servers,integration}', 'not from the report: public company information', true),
    ('ai_training_gpu_clusters', 'lambda', 'Lambda, Inc.', 15, 'Lambda, Inc.', 'united_states', '{cloud,servers}', 'not from the report: public company information', true);

INSERT INTO @extschema@.gpumkt_developments (market, development, month, player, summary, source_quote, shipped) VALUES
    ('ai_training_gpu_clusters', 'nvidia_blackwell_sold_out', '2025-10-01', 'nvidia',
     'NVIDIA Blackwell GPUs (B100/B200/GB200) sold out for 2025, with a backlog of more than 3.6 million units, mostly for hyperscalers such as AWS, Google Cloud and Microsoft Azure.',
     'Octobre 2025 : Les GPU Blackwell de NVIDIA (B100/B200/GB200) sont épuisés pour 2025', true),
    ('ai_training_gpu_clusters', 'amd_mi300x_mlperf', '2025-09-01', 'amd',
     'AMD Instinct MI300X clusters, delivered by Dell and Supermicro, placed at the top of MLPerf Inference v5.1, with near-linear scaling on 8 nodes and mixed MI300X/MI325X set-ups.',
     'Septembre 2025 : Les clusters Instinct MI300X d’AMD, fournis par Dell et Supermicro', true),
    ('ai_training_gpu_clusters', 'dell_poweredge_blackwell_ultra', '2025-05-01', 'dell',
     'Dell launched PowerEdge servers with NVIDIA Blackwell Ultra GPUs, up to 192-256 GPUs per rack, air or liquid cooled.',
     'Mai 2025 : Dell a lancé des serveurs PowerEdge équipés de GPU NVIDIA Blackwell Ultra', true);

INSERT INTO @extschema@.gpumkt_figures (market, figure, label, value, value_high, unit, region, period, qualifier, basis, source_quote, derivation, note, shipped) VALUES
    ('ai_training_gpu_clusters', 'hyperscaler_capex_2024', 'Hyperscalers'' capital expenditure, mostly on GPU infrastructure', 200, NULL, 'USD billion', NULL, '2024', 'about', 'reported',
     'près de 200 milliards de dollars en CapEx en 2024', NULL, NULL, true),
    ('ai_training_gpu_clusters', 'india_gpu_funds', 'India: public funds approved for GPU clusters', 1.24, NULL, 'USD billion', 'india', NULL, NULL, 'reported',
     '1, 24 milliard de dollars de fonds pour déployer au moins 10 000 GPU', NULL, NULL, true),
    ('ai_training_gpu_clusters', 'india_gpus_funded', 'India: GPUs to deploy with the approved funds', 10000, NULL, 'GPUs', 'india', NULL, 'at least', 'reported',
     '1, 24 milliard de dollars de fonds pour déployer au moins 10 000 GPU', NULL, NULL, true),
    ('ai_training_gpu_clusters', 'india_capacity_added', 'India: added data-centre capacity', 604, NULL, 'MW', 'india', 'by 2026', NULL, 'reported',
     'augmenter de 604 MW d''ici 2026 avec un investissement de 3, 8 milliards', NULL, NULL, true),
    ('ai_training_gpu_clusters', 'india_capacity_investment', 'India: investment behind the added data-centre capacity', 3.8, NULL, 'USD billion', 'india', 'by 2026', NULL, 'reported',
     'augmenter de 604 MW d''ici 2026 avec un investissement de 3, 8 milliards', NULL, NULL, true),
    ('ai_training_gpu_clusters', 'nvidia_datacenter_revenue_share', 'NVIDIA: data-centre products'' share of its revenue', 0.89, NULL, 'fraction', NULL, 'Q3 FY2026', 'more than', 'reported',
     'plus de 89 % de ses revenus du troisième trimestre FY2026', NULL, NULL, true),
    ('ai_training_gpu_clusters', 'nvidia_blackwell_backlog', 'NVIDIA Blackwell backlog', 3.6, NULL, 'million units', NULL, '2025-10', 'more than', 'reported',
     'carnet de commandes dépassant 3, 6 millions d''unités', NULL, NULL, true),
    ('ai_training_gpu_clusters', 'dell_gpus_per_rack', 'Dell PowerEdge with NVIDIA Blackwell Ultra: GPUs per rack', 192, 256, 'GPUs per rack', NULL, '2025-05', 'up to', 'reported',
     'jusqu''à 192-256 GPU par rack', NULL, NULL, true),
    ('ai_training_gpu_clusters', 'amd_mi300x_scaling_nodes', 'AMD Instinct MI300X clusters: near-linear scaling in MLPerf Inference v5.1', 8, NULL, 'nodes', NULL, '2025-09', NULL, 'reported',
     'montée en charge quasi linéaire sur 8 nœuds', NULL, NULL, true),
    ('ai_training_gpu_clusters', 'asia_pacific_fastest_growth', 'Asia-Pacific: fastest regional growth', NULL, NULL, NULL, 'asia_pacific', NULL, NULL, 'reported',
     'La région Asie-Pacifique connaît la croissance régionale la plus rapide', NULL,
     'Qualitative: the report gives no growth rate or size for Asia-Pacific.', true),
    ('ai_training_gpu_clusters', 'global_cagr_from_endpoints', 'Global CAGR implied by the 2025 and 2035 sizes', 0.1700210264, NULL, 'fraction', 'global', '2025-2035', NULL, 'derived',
     NULL, '(87.5 / 18.2)^(1/10) - 1 = 0.1700210264', 'Agrees with the stated 17.0 % to the reported precision.', true),
    ('ai_training_gpu_clusters', 'global_2035_at_stated_cagr', 'Global 2035 size from 18.2 at the stated 17.0 %', 87.484, NULL, 'USD billion', 'global', '2035', NULL, 'derived',
     NULL, '18.2 x 1.17^10 = 87.484', NULL, true),
    ('ai_training_gpu_clusters', 'north_america_2025_from_share', 'North America 2025 size from its share of the global market', 6.643, NULL, 'USD billion', 'north_america', '2025', NULL, 'derived',
     NULL, '0.365 x 18.2 = 6.643', 'Rounds to the reported 6.6.', true),
    ('ai_training_gpu_clusters', 'united_states_2025_at_stated_cagr', 'United States 2025 size from 6.01 in 2024 at 15.42 %', 6.936742, NULL, 'USD billion', 'united_states', '2025', NULL, 'derived',
     NULL, '6.01 x 1.1542 = 6.936742', 'More than the reported North America 2025 revenue of 6.6: a tension in the source.', true),
    ('ai_training_gpu_clusters', 'component_other_share', 'Software and services together', 0.215, NULL, 'fraction', 'global', '2025', NULL, 'derived',
     NULL, '1 - 0.785 = 0.215', 'The split between software and services is not given.', true),
    ('ai_training_gpu_clusters', 'cluster_size_other_share', 'Medium and small clusters together', 0.513, NULL, 'fraction', 'global', '2025', NULL, 'derived',
     NULL, '1 - 0.487 = 0.513', 'The split between medium and small is not given.', true),
    ('ai_training_gpu_clusters', 'end_user_other_share', 'Enterprises, research and government together', 0.372, NULL, 'fraction', 'global', '2025', NULL, 'derived',
     NULL, '1 - 0.628 = 0.372', 'The split among the three is not given.', true),
    ('ai_training_gpu_clusters', 'industry_other_share', 'Finance, automotive, healthcare and others together', 0.341, NULL, 'fraction', 'global', '2025', NULL, 'derived',
     NULL, '1 - 0.659 = 0.341', 'The split among the four is not given.', true),
    ('ai_training_gpu_clusters', 'driver_model_complexity', 'Driver: growing model size and training complexity', NULL, NULL, NULL, NULL, NULL, NULL, 'reported',
     'la croissance rapide de la taille des modèles IA et de leur complexité de formation', NULL, 'Qualitative: no figure.', true),
    ('ai_training_gpu_clusters', 'driver_ai_adoption', 'Driver: AI adoption in design, analytics, fraud detection and science', NULL, NULL, NULL, NULL, NULL, NULL, 'reported',
     'la conception de produits, l’analyse, la détection de fraude ou la recherche scientifique', NULL, 'Qualitative: no figure.', true),
    ('ai_training_gpu_clusters', 'restraint_upfront_investment', 'Restraint: high upfront investment', NULL, NULL, NULL, NULL, NULL, NULL, 'reported',
     'Les investissements initiaux élevés constituent un obstacle important', NULL, 'Qualitative: no figure.', true),
    ('ai_training_gpu_clusters', 'restraint_operating_costs', 'Restraint: power, cooling, maintenance and skilled-labour costs', NULL, NULL, NULL, NULL, NULL, NULL, 'reported',
     'la consommation électrique, au refroidissement, à la maintenance et à la main-d’œuvre qualifiée', NULL, 'Qualitative: no figure.', true),
    ('ai_training_gpu_clusters', 'opportunity_cloud_training', 'Opportunity: cloud AI-training services', NULL, NULL, NULL, NULL, NULL, NULL, 'reported',
     'Les services cloud d’entraînement IA offrent des opportunités significatives', NULL, 'Qualitative: no figure.', true),
    ('ai_training_gpu_clusters', 'opportunity_sector_configurations', 'Opportunity: sector-specific cluster configurations (health, automotive, finance)', NULL, NULL, NULL, NULL, NULL, NULL, 'reported',
     'des configurations de clusters GPU sur mesure', NULL, 'Qualitative: no figure.', true),
    ('ai_training_gpu_clusters', 'challenge_energy_efficiency', 'Challenge: energy efficiency', NULL, NULL, NULL, NULL, NULL, NULL, 'reported',
     'L’efficacité énergétique demeure un enjeu crucial', NULL, 'Qualitative: no figure.', true),
    ('ai_training_gpu_clusters', 'challenge_gpu_supply', 'Challenge: GPU supply-chain shortages', NULL, NULL, NULL, NULL, NULL, NULL, 'reported',
     'La dépendance à l’égard des chaînes d’approvisionnement pour les GPU avancés cause des pénuries', NULL, 'Qualitative: no figure.', true);

------------------------------------------------------------------------------
-- Who may write what
------------------------------------------------------------------------------

-- Shipped rows are guarded by a trigger: only the tables' owner (the role
-- that created the extension) may change or delete them, or add rows marked
-- shipped.  Everyone may read every table; writing users' own rows is for
-- the owner and for the roles the owner grants INSERT, UPDATE, DELETE to.
CREATE FUNCTION @extschema@.gpumkt_guard_shipped() RETURNS trigger
    AS 'MODULE_PATHNAME', 'gpumkt_guard_shipped'
    LANGUAGE C;
COMMENT ON FUNCTION @extschema@.gpumkt_guard_shipped() IS
'Trigger: refuses (SQLSTATE 42501) any change to a shipped row, and any row marked shipped, to roles other than the owner of the table.';

CREATE TRIGGER gpumkt_guard_shipped BEFORE INSERT OR UPDATE OR DELETE ON @extschema@.gpumkt_regions
    FOR EACH ROW EXECUTE FUNCTION @extschema@.gpumkt_guard_shipped();
CREATE TRIGGER gpumkt_guard_shipped BEFORE INSERT OR UPDATE OR DELETE ON @extschema@.gpumkt_markets
    FOR EACH ROW EXECUTE FUNCTION @extschema@.gpumkt_guard_shipped();
CREATE TRIGGER gpumkt_guard_shipped BEFORE INSERT OR UPDATE OR DELETE ON @extschema@.gpumkt_anchors
    FOR EACH ROW EXECUTE FUNCTION @extschema@.gpumkt_guard_shipped();
CREATE TRIGGER gpumkt_guard_shipped BEFORE INSERT OR UPDATE OR DELETE ON @extschema@.gpumkt_rates
    FOR EACH ROW EXECUTE FUNCTION @extschema@.gpumkt_guard_shipped();
CREATE TRIGGER gpumkt_guard_shipped BEFORE INSERT OR UPDATE OR DELETE ON @extschema@.gpumkt_region_shares
    FOR EACH ROW EXECUTE FUNCTION @extschema@.gpumkt_guard_shipped();
CREATE TRIGGER gpumkt_guard_shipped BEFORE INSERT OR UPDATE OR DELETE ON @extschema@.gpumkt_dimensions
    FOR EACH ROW EXECUTE FUNCTION @extschema@.gpumkt_guard_shipped();
CREATE TRIGGER gpumkt_guard_shipped BEFORE INSERT OR UPDATE OR DELETE ON @extschema@.gpumkt_segments
    FOR EACH ROW EXECUTE FUNCTION @extschema@.gpumkt_guard_shipped();
CREATE TRIGGER gpumkt_guard_shipped BEFORE INSERT OR UPDATE OR DELETE ON @extschema@.gpumkt_players
    FOR EACH ROW EXECUTE FUNCTION @extschema@.gpumkt_guard_shipped();
CREATE TRIGGER gpumkt_guard_shipped BEFORE INSERT OR UPDATE OR DELETE ON @extschema@.gpumkt_developments
    FOR EACH ROW EXECUTE FUNCTION @extschema@.gpumkt_guard_shipped();
CREATE TRIGGER gpumkt_guard_shipped BEFORE INSERT OR UPDATE OR DELETE ON @extschema@.gpumkt_figures
    FOR EACH ROW EXECUTE FUNCTION @extschema@.gpumkt_guard_shipped();

GRANT SELECT ON @extschema@.gpumkt_regions, @extschema@.gpumkt_markets,
    @extschema@.gpumkt_anchors, @extschema@.gpumkt_rates,
    @extschema@.gpumkt_region_shares, @extschema@.gpumkt_dimensions,
    @extschema@.gpumkt_segments, @extschema@.gpumkt_players,
    @extschema@.gpumkt_developments, @extschema@.gpumkt_figures TO PUBLIC;

-- pg_dump writes the users' rows, not the shipped ones.
SELECT pg_catalog.pg_extension_config_dump('@extschema@.gpumkt_regions', 'WHERE NOT shipped');
SELECT pg_catalog.pg_extension_config_dump('@extschema@.gpumkt_markets', 'WHERE NOT shipped');
SELECT pg_catalog.pg_extension_config_dump('@extschema@.gpumkt_anchors', 'WHERE NOT shipped');
SELECT pg_catalog.pg_extension_config_dump('@extschema@.gpumkt_rates', 'WHERE NOT shipped');
SELECT pg_catalog.pg_extension_config_dump('@extschema@.gpumkt_region_shares', 'WHERE NOT shipped');
SELECT pg_catalog.pg_extension_config_dump('@extschema@.gpumkt_dimensions', 'WHERE NOT shipped');
SELECT pg_catalog.pg_extension_config_dump('@extschema@.gpumkt_segments', 'WHERE NOT shipped');
SELECT pg_catalog.pg_extension_config_dump('@extschema@.gpumkt_players', 'WHERE NOT shipped');
SELECT pg_catalog.pg_extension_config_dump('@extschema@.gpumkt_developments', 'WHERE NOT shipped');
SELECT pg_catalog.pg_extension_config_dump('@extschema@.gpumkt_figures', 'WHERE NOT shipped');

------------------------------------------------------------------------------
-- Growth math
------------------------------------------------------------------------------

CREATE FUNCTION @extschema@.gpumkt_cagr(start_value float8, end_value float8, years float8)
    RETURNS float8 AS 'MODULE_PATHNAME', 'gpumkt_cagr_float8'
    LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.gpumkt_cagr(float8, float8, float8) IS
'Compound annual growth rate from start_value to end_value over years: (end/start)^(1/years) - 1, the spreadsheet RRI.';

CREATE FUNCTION @extschema@.gpumkt_cagr(start_value numeric, end_value numeric, years numeric)
    RETURNS numeric AS 'MODULE_PATHNAME', 'gpumkt_cagr_numeric'
    LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.gpumkt_cagr(numeric, numeric, numeric) IS
'Compound annual growth rate from start_value to end_value over years, in numeric arithmetic to 30 significant digits: (end/start)^(1/years) - 1.';

CREATE FUNCTION @extschema@.gpumkt_project(value float8, rate float8, years float8)
    RETURNS float8 AS 'MODULE_PATHNAME', 'gpumkt_project_float8'
    LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.gpumkt_project(float8, float8, float8) IS
'value * (1 + rate)^years: the spreadsheet FV with no payments, positive sign; negative years back-cast.';

CREATE FUNCTION @extschema@.gpumkt_project(value numeric, rate numeric, years numeric)
    RETURNS numeric AS 'MODULE_PATHNAME', 'gpumkt_project_numeric'
    LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.gpumkt_project(numeric, numeric, numeric) IS
'value * (1 + rate)^years in numeric arithmetic, to 30 significant digits (exact where the exact value has fewer); negative years back-cast.';

CREATE FUNCTION @extschema@.gpumkt_years_to(start_value float8, target_value float8, rate float8)
    RETURNS float8 AS 'MODULE_PATHNAME', 'gpumkt_years_to_float8'
    LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.gpumkt_years_to(float8, float8, float8) IS
'Years for start_value to reach target_value growing at rate: ln(target/start) / ln(1 + rate), the spreadsheet PDURATION; a declining market (rate < 0, target < start) is valid; a negative result means the target lies in the past on that path.';

CREATE FUNCTION @extschema@.gpumkt_years_to(start_value numeric, target_value numeric, rate numeric)
    RETURNS numeric AS 'MODULE_PATHNAME', 'gpumkt_years_to_numeric'
    LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.gpumkt_years_to(numeric, numeric, numeric) IS
'Years for start_value to reach target_value growing at rate, in numeric arithmetic to 30 significant digits: ln(target/start) / ln(1 + rate).';

CREATE FUNCTION @extschema@.gpumkt_interpolate(year0 float8, value0 float8, year1 float8, value1 float8, year float8)
    RETURNS float8 AS 'MODULE_PATHNAME', 'gpumkt_interpolate_float8'
    LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.gpumkt_interpolate(float8, float8, float8, float8, float8) IS
'Value in year on the constant-growth (geometric) path through (year0, value0) and (year1, value1): value0 * (value1/value0)^((year-year0)/(year1-year0)); extrapolates on the same path outside the anchors.';

CREATE FUNCTION @extschema@.gpumkt_interpolate(year0 numeric, value0 numeric, year1 numeric, value1 numeric, year numeric)
    RETURNS numeric AS 'MODULE_PATHNAME', 'gpumkt_interpolate_numeric'
    LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.gpumkt_interpolate(numeric, numeric, numeric, numeric, numeric) IS
'Value in year on the constant-growth path through two anchors, in numeric arithmetic to 30 significant digits.';

------------------------------------------------------------------------------
-- Forecasts over the tables
------------------------------------------------------------------------------

CREATE FUNCTION @extschema@.gpumkt_forecast(region text, year integer,
        market text DEFAULT 'ai_training_gpu_clusters')
    RETURNS numeric AS 'MODULE_PATHNAME', 'gpumkt_forecast'
    LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.gpumkt_forecast(text, integer, text) IS
'Market size of region in year, in the market''s unit (USD billions for the shipped market): anchors exactly, the constant-growth path between them, the stated CAGR outside them, or the region''s share of its parent''s forecast. Region by code, name or ISO code, any case. Errors (SQLSTATE 02000) where the data gives no figure.';

CREATE FUNCTION @extschema@.gpumkt_forecast(region text, year integer, dimension text, segment text,
        market text DEFAULT 'ai_training_gpu_clusters')
    RETURNS numeric AS 'MODULE_PATHNAME', 'gpumkt_forecast_segment'
    LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.gpumkt_forecast(text, integer, text, text, text) IS
'Market size of one segment (dimension, segment) of region in year: the region''s forecast times the segment''s share, held at its year.';

CREATE FUNCTION @extschema@.gpumkt_try_forecast(region text, year integer,
        market text DEFAULT 'ai_training_gpu_clusters')
    RETURNS numeric AS 'MODULE_PATHNAME', 'gpumkt_try_forecast'
    LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.gpumkt_try_forecast(text, integer, text) IS
'As gpumkt_forecast, but NULL instead of an error where the data gives no figure for a known region (for outer joins and reports).';

CREATE FUNCTION @extschema@.gpumkt_region_share(region text, year integer,
        market text DEFAULT 'ai_training_gpu_clusters')
    RETURNS numeric AS 'MODULE_PATHNAME', 'gpumkt_region_share'
    LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.gpumkt_region_share(text, integer, text) IS
'Region''s share (fraction) of the market''s top region in year: the reported share where there is one (held from its year), otherwise the ratio of the two forecasts.';

CREATE FUNCTION @extschema@.gpumkt_segment_share(dimension text, segment text,
        market text DEFAULT 'ai_training_gpu_clusters')
    RETURNS numeric AS 'MODULE_PATHNAME', 'gpumkt_segment_share'
    LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.gpumkt_segment_share(text, text, text) IS
'Share (fraction) of a segment within its dimension, reported or derived; errors (SQLSTATE 02000) where the report gives none.';

CREATE FUNCTION @extschema@.gpumkt_series(region text, from_year integer, to_year integer,
        market text DEFAULT 'ai_training_gpu_clusters',
        OUT year integer, OUT value numeric, OUT growth numeric, OUT basis text)
    RETURNS SETOF record AS 'MODULE_PATHNAME', 'gpumkt_series'
    LANGUAGE C STABLE STRICT PARALLEL SAFE ROWS 11;
COMMENT ON FUNCTION @extschema@.gpumkt_series(text, integer, integer, text) IS
'One row per year from from_year to to_year: the forecast, its growth over the previous year, and its basis (reported, derived, interpolated, extrapolated, share of parent).';

CREATE FUNCTION @extschema@.gpumkt_explain(region text, year integer,
        market text DEFAULT 'ai_training_gpu_clusters',
        OUT step integer, OUT region text, OUT year integer, OUT value numeric, OUT basis text,
        OUT method text, OUT source_rows text, OUT provenance text)
    RETURNS SETOF record AS 'MODULE_PATHNAME', 'gpumkt_explain'
    LANGUAGE C STABLE STRICT PARALLEL SAFE ROWS 3;
COMMENT ON FUNCTION @extschema@.gpumkt_explain(text, integer, text) IS
'Where a forecast comes from: one row per step (the region, then each region it is a share of), with its value, basis, arithmetic, the table rows used and their provenance (the report''s words or the derivation).';

CREATE FUNCTION @extschema@.gpumkt_resolve_region(region text)
    RETURNS text AS 'MODULE_PATHNAME', 'gpumkt_resolve_region'
    LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.gpumkt_resolve_region(text) IS
'The region code that a code, display name or ISO 3166 alpha-2 code stands for, ignoring case (''US'' gives united_states); errors with the closest names when unknown.';

------------------------------------------------------------------------------
-- Audit of the loaded data
------------------------------------------------------------------------------

CREATE FUNCTION @extschema@.gpumkt_audit(
        OUT market text, OUT finding text, OUT rows_involved text,
        OUT figures text, OUT discrepancy numeric, OUT detail text)
    RETURNS SETOF record
    LANGUAGE sql STABLE PARALLEL SAFE
BEGIN ATOMIC
    WITH
    -- the figure rows behind each region's forecasts, to name them in findings
    sources AS (
        SELECT f.market, f.region, string_agg(f.row_name, ', ' ORDER BY f.row_name) AS row_names
        FROM (
            SELECT a.market, a.region, format('gpumkt_anchors(%s, %s)', a.region, a.year) AS row_name
            FROM @extschema@.gpumkt_anchors a
            UNION ALL
            SELECT r.market, r.region,
                   format('gpumkt_rates(%s, %s)', r.region,
                          coalesce(r.from_year || '-' || r.to_year, 'no period'))
            FROM @extschema@.gpumkt_rates r
            UNION ALL
            SELECT s.market, s.region, format('gpumkt_region_shares(%s, %s)', s.region, s.year)
            FROM @extschema@.gpumkt_region_shares s
        ) f
        GROUP BY f.market, f.region
    ),
    -- 1. shares of one whole that add up to more than 100 % beyond rounding
    segment_sums AS (
        SELECT s.market, 'shares over 100 %'::text AS finding,
               format('gpumkt_segments(%s, %s): %s', s.dimension, s.year,
                      string_agg(s.segment, ', ' ORDER BY s.segment)) AS rows_involved,
               string_agg(s.segment || ' ' || s.share, ' + ' ORDER BY s.segment)
                   || ' = ' || sum(s.share) AS figures,
               sum(s.share) - 1 AS discrepancy,
               format('The shares of dimension %s in %s sum to %s, more than the whole.',
                      s.dimension, s.year, sum(s.share)) AS detail
        FROM @extschema@.gpumkt_segments s
        WHERE s.share IS NOT NULL
        GROUP BY s.market, s.dimension, s.year
        HAVING sum(s.share) > 1 + sum(0.5 * 10::numeric ^ (-scale(s.share)))
    ),
    region_sums AS (
        SELECT s.market, 'shares over 100 %'::text,
               format('gpumkt_region_shares of %s in %s: %s', s.of_region, s.year,
                      string_agg(s.region, ', ' ORDER BY s.region)),
               string_agg(s.region || ' ' || s.share, ' + ' ORDER BY s.region)
                   || ' = ' || sum(s.share),
               sum(s.share) - 1,
               format('The shares of %s held by its regions in %s sum to %s, more than the whole.',
                      s.of_region, s.year, sum(s.share))
        FROM @extschema@.gpumkt_region_shares s
        GROUP BY s.market, s.of_region, s.year
        HAVING sum(s.share) > 1 + sum(0.5 * 10::numeric ^ (-scale(s.share)))
    ),
    -- 2. a region larger than its parent in a year where either has a figure
    figure_years AS (
        SELECT a.market, a.region, a.year FROM @extschema@.gpumkt_anchors a
        UNION
        SELECT s.market, s.region, s.year FROM @extschema@.gpumkt_region_shares s
    ),
    pairs AS (
        SELECT DISTINCT y.market, c.region AS child, c.parent, y.year
        FROM figure_years y
        JOIN @extschema@.gpumkt_regions c ON c.region = y.region OR c.parent = y.region
        WHERE c.parent IS NOT NULL
    ),
    pair_values AS (
        SELECT p.*, @extschema@.gpumkt_try_forecast(p.child, p.year, p.market) AS child_value,
               @extschema@.gpumkt_try_forecast(p.parent, p.year, p.market) AS parent_value
        FROM pairs p
    ),
    oversized AS (
        SELECT v.market, 'region larger than its parent'::text,
               concat_ws(' vs ', cs.row_names, ps.row_names),
               format('%s %s = %s > %s %s = %s', v.child, v.year, round(v.child_value, 4),
                      v.parent, v.year, round(v.parent_value, 4)),
               v.child_value - v.parent_value,
               format('In %s the forecast of %s exceeds that of its parent %s by %s (%s %%).',
                      v.year, v.child, v.parent, round(v.child_value - v.parent_value, 4),
                      round(100 * (v.child_value / v.parent_value - 1), 1))
        FROM pair_values v
        LEFT JOIN sources cs ON cs.market = v.market AND cs.region = v.child
        LEFT JOIN sources ps ON ps.market = v.market AND ps.region = v.parent
        WHERE v.child_value > v.parent_value
    ),
    -- 3. a stated CAGR that its own endpoints contradict beyond rounding
    rates_vs_ends AS (
        SELECT r.market, 'stated CAGR disagrees with its endpoints'::text,
               format('gpumkt_rates(%s, %s-%s), gpumkt_anchors(%s, %s), gpumkt_anchors(%s, %s)',
                      r.region, r.from_year, r.to_year, r.region, r.from_year, r.region, r.to_year),
               format('stated %s; (%s / %s)^(1/%s) - 1 = %s', r.rate, a1.value, a0.value,
                      r.to_year - r.from_year, round(i.implied, 6)),
               i.implied - r.rate,
               format('The endpoints of %s give a CAGR of %s, the stated rate is %s: more than rounding (%s) apart.',
                      r.region, round(i.implied, 6), r.rate, 0.5 * 10::numeric ^ (-scale(r.rate)))
        FROM @extschema@.gpumkt_rates r
        JOIN @extschema@.gpumkt_anchors a0
          ON a0.market = r.market AND a0.region = r.region AND a0.year = r.from_year
        JOIN @extschema@.gpumkt_anchors a1
          ON a1.market = r.market AND a1.region = r.region AND a1.year = r.to_year
        CROSS JOIN LATERAL (SELECT @extschema@.gpumkt_cagr(a0.value, a1.value,
                                   (r.to_year - r.from_year)::numeric) AS implied) i
        WHERE abs(i.implied - r.rate) > 0.5 * 10::numeric ^ (-scale(r.rate))
    ),
    -- 4. a reported value that its share of a larger region contradicts
    values_vs_shares AS (
        SELECT a.market, 'value disagrees with share of parent'::text,
               format('gpumkt_anchors(%s, %s), gpumkt_region_shares(%s, %s), forecast of %s',
                      a.region, a.year, s.region, s.year, s.of_region),
               format('%s vs %s x %s = %s', a.value, s.share, round(p.parent_value, 4),
                      round(s.share * p.parent_value, 4)),
               a.value - s.share * p.parent_value,
               format('%s in %s is %s, but %s of %s''s %s is %s: more than rounding (%s) apart.',
                      a.region, a.year, a.value, s.share, s.of_region, round(p.parent_value, 4),
                      round(s.share * p.parent_value, 4), round(p.tolerance, 4))
        FROM @extschema@.gpumkt_anchors a
        JOIN @extschema@.gpumkt_region_shares s
          ON s.market = a.market AND s.region = a.region AND s.year = a.year
        CROSS JOIN LATERAL (
            SELECT @extschema@.gpumkt_try_forecast(s.of_region, a.year, a.market) AS parent_value,
                   0.5 * 10::numeric ^ (-scale(a.value)) + 0.5 * 10::numeric ^ (-scale(s.share))
                   * @extschema@.gpumkt_try_forecast(s.of_region, a.year, a.market) AS tolerance) p
        WHERE abs(a.value - s.share * p.parent_value) > p.tolerance
    )
    SELECT * FROM segment_sums
    UNION ALL SELECT * FROM region_sums
    UNION ALL SELECT * FROM oversized
    UNION ALL SELECT * FROM rates_vs_ends
    UNION ALL SELECT * FROM values_vs_shares
    ORDER BY 1, 2, 3;
END;
COMMENT ON FUNCTION @extschema@.gpumkt_audit() IS
'One row per finding in the loaded data of every market: shares of a whole over 100 %, a region larger than its parent, a stated CAGR its endpoints contradict, a value its share of a parent contradicts; each names the rows, the figures and the size of the disagreement.';
