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

