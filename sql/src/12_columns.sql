------------------------------------------------------------------------------
-- What every column holds
------------------------------------------------------------------------------

-- columns that several tables share, with one meaning in each
DO $columns$
DECLARE
    c record;
BEGIN
    FOR c IN
        SELECT a.attrelid::pg_catalog.regclass AS tab, a.attname, x.comment
        FROM pg_catalog.pg_attribute a
        JOIN (VALUES
            ('market', 'The market (report) the row belongs to: a code of gpumkt_markets.'),
            ('shipped', 'true for the rows the extension ships (the report''s), false for users'' rows; only the tables'' owner may change shipped rows.'),
            ('qualifier', 'The report''s hedge on the figure: about, more than, at least or up to; NULL where it states the figure plainly.'),
            ('basis', 'reported (source_quote holds the report''s words) or derived (derivation holds the arithmetic); unknown for a segment share the report does not give.'),
            ('source_quote', 'The report''s own words for the figure, word for word.'),
            ('derivation', 'For a derived figure, the arithmetic from reported figures that gives it.'),
            ('note', 'A remark on the row: what the report says elsewhere, or why a figure is read as it is.'),
            ('name_fr', 'The name the French report uses; accepted wherever a name is.'),
            ('low', 'An explicit lower bound of the figure (a consensus band, say), for gpumkt_forecast_range; NULL: a shipped figure stands for the rounding interval of its stated digits, a user''s figure for itself, each within its qualifier and the structural bounds (docs/method.md, Ranges).'),
            ('high', 'An explicit upper bound of the figure, for gpumkt_forecast_range (Infinity: no upper bound); NULL: as for low.'))
            AS x(attname, comment) ON x.attname OPERATOR(pg_catalog.=) a.attname
        WHERE a.attrelid IN ('@extschema@.gpumkt_regions'::pg_catalog.regclass, '@extschema@.gpumkt_markets'::pg_catalog.regclass,
                             '@extschema@.gpumkt_anchors'::pg_catalog.regclass, '@extschema@.gpumkt_rates'::pg_catalog.regclass,
                             '@extschema@.gpumkt_region_shares'::pg_catalog.regclass, '@extschema@.gpumkt_dimensions'::pg_catalog.regclass,
                             '@extschema@.gpumkt_segments'::pg_catalog.regclass, '@extschema@.gpumkt_players'::pg_catalog.regclass,
                             '@extschema@.gpumkt_developments'::pg_catalog.regclass, '@extschema@.gpumkt_figures'::pg_catalog.regclass)
          AND NOT (a.attname OPERATOR(pg_catalog.=) 'market' AND a.attrelid OPERATOR(pg_catalog.=) '@extschema@.gpumkt_markets'::pg_catalog.regclass)
    LOOP
        EXECUTE pg_catalog.format('COMMENT ON COLUMN %s.%I IS %L', c.tab, c.attname, c.comment);
    END LOOP;
END
$columns$;

COMMENT ON COLUMN @extschema@.gpumkt_regions.region IS 'The region''s code: a lower-case identifier (global, north_america, united_states).';
COMMENT ON COLUMN @extschema@.gpumkt_regions.name IS 'The region''s English display name.';
COMMENT ON COLUMN @extschema@.gpumkt_regions.parent IS 'The region it lies in; NULL for the world only.';
COMMENT ON COLUMN @extschema@.gpumkt_regions.iso2 IS 'ISO 3166-1 alpha-2 code, for countries.';
COMMENT ON COLUMN @extschema@.gpumkt_regions.kind IS 'world, region, country, rest_of (the rest of a region) or group.';
COMMENT ON COLUMN @extschema@.gpumkt_markets.market IS 'The market''s code, the key of every figure table.';
COMMENT ON COLUMN @extschema@.gpumkt_markets.name IS 'The market''s display name.';
COMMENT ON COLUMN @extschema@.gpumkt_markets.currency IS 'The currency of its values (ISO 4217).';
COMMENT ON COLUMN @extschema@.gpumkt_markets.unit IS 'The unit of its values: billion for USD billions.';
COMMENT ON COLUMN @extschema@.gpumkt_markets.root_region IS 'The region whose share every other region''s share is taken against (global).';
COMMENT ON COLUMN @extschema@.gpumkt_markets.source_title IS 'The title of the report.';
COMMENT ON COLUMN @extschema@.gpumkt_markets.source_date IS 'The date of the report.';
COMMENT ON COLUMN @extschema@.gpumkt_markets.source_ref IS 'Where the report is: its file name and form.';
COMMENT ON COLUMN @extschema@.gpumkt_markets.note IS 'What the market covers.';
COMMENT ON COLUMN @extschema@.gpumkt_anchors.region IS 'The region whose market size this is.';
COMMENT ON COLUMN @extschema@.gpumkt_anchors.year IS 'The year of the figure (1900..2200).';
COMMENT ON COLUMN @extschema@.gpumkt_anchors.value IS 'The market size in the market''s unit, kept with the digits the source states.';
COMMENT ON COLUMN @extschema@.gpumkt_rates.region IS 'The region whose market grows at this rate.';
COMMENT ON COLUMN @extschema@.gpumkt_rates.from_year IS 'The base year of the stated growth; NULL with to_year where the report states no period.';
COMMENT ON COLUMN @extschema@.gpumkt_rates.to_year IS 'The end year of the stated growth.';
COMMENT ON COLUMN @extschema@.gpumkt_rates.rate IS 'The compound annual growth rate as a fraction (0.17 for 17 %).';
COMMENT ON COLUMN @extschema@.gpumkt_rates.stated_period IS 'The period as the report words it.';
COMMENT ON COLUMN @extschema@.gpumkt_region_shares.region IS 'The region whose share this is.';
COMMENT ON COLUMN @extschema@.gpumkt_region_shares.year IS 'The year the share is stated for; it holds from then on.';
COMMENT ON COLUMN @extschema@.gpumkt_region_shares.share IS 'The share as a fraction (0.365 for 36.5 %).';
COMMENT ON COLUMN @extschema@.gpumkt_region_shares.of_region IS 'The larger region the share is of.';
COMMENT ON COLUMN @extschema@.gpumkt_dimensions.dimension IS 'The dimension''s code (component, deployment, cluster_size, end_user, industry).';
COMMENT ON COLUMN @extschema@.gpumkt_dimensions.name IS 'The dimension''s English name.';
COMMENT ON COLUMN @extschema@.gpumkt_dimensions.ordinal IS 'Its place in the report''s order.';
COMMENT ON COLUMN @extschema@.gpumkt_segments.dimension IS 'The dimension the segment belongs to.';
COMMENT ON COLUMN @extschema@.gpumkt_segments.segment IS 'The segment''s code.';
COMMENT ON COLUMN @extschema@.gpumkt_segments.name IS 'The segment''s English name.';
COMMENT ON COLUMN @extschema@.gpumkt_segments.ordinal IS 'Its place in the report''s order within the dimension.';
COMMENT ON COLUMN @extschema@.gpumkt_segments.year IS 'The year the share is stated for; NULL where the share is unknown.';
COMMENT ON COLUMN @extschema@.gpumkt_segments.share IS 'The segment''s share of its dimension as a fraction; NULL where the report gives none.';
COMMENT ON COLUMN @extschema@.gpumkt_players.player IS 'The player''s code.';
COMMENT ON COLUMN @extschema@.gpumkt_players.name IS 'The company''s name as the report gives it.';
COMMENT ON COLUMN @extschema@.gpumkt_players.listed_order IS 'Its place in the report''s list of key players.';
COMMENT ON COLUMN @extschema@.gpumkt_players.hq_region IS 'Where the company has its headquarters (a public fact, not from the report).';
COMMENT ON COLUMN @extschema@.gpumkt_players.supplies IS 'What the company supplies to this market (public facts, not from the report).';
COMMENT ON COLUMN @extschema@.gpumkt_players.attributes_source IS 'Where hq_region and supplies come from.';
COMMENT ON COLUMN @extschema@.gpumkt_developments.development IS 'The development''s code.';
COMMENT ON COLUMN @extschema@.gpumkt_developments.month IS 'The first day of the month the report names.';
COMMENT ON COLUMN @extschema@.gpumkt_developments.player IS 'The key player it concerns, if one.';
COMMENT ON COLUMN @extschema@.gpumkt_developments.summary IS 'What happened, in English.';
COMMENT ON COLUMN @extschema@.gpumkt_figures.figure IS 'The figure''s code.';
COMMENT ON COLUMN @extschema@.gpumkt_figures.label IS 'What the figure measures, in English.';
COMMENT ON COLUMN @extschema@.gpumkt_figures.value IS 'The figure; NULL for a statement without a figure.';
COMMENT ON COLUMN @extschema@.gpumkt_figures.value_high IS 'The top of a range the report gives, value being its bottom.';
COMMENT ON COLUMN @extschema@.gpumkt_figures.unit IS 'The unit of value (USD billion, GW, GPUs, ...).';
COMMENT ON COLUMN @extschema@.gpumkt_figures.region IS 'The region the figure is about, if one.';
COMMENT ON COLUMN @extschema@.gpumkt_figures.period IS 'The period the figure covers, as the report words it.';

