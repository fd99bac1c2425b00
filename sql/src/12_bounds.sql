------------------------------------------------------------------------------
-- Explicit ranges of figures (1.4): a user's low and high
------------------------------------------------------------------------------

-- A figure's range is otherwise the rounding interval of its stated digits
-- (shipped figures) or the figure itself (users' figures), within its
-- qualifier and the structural bounds of shares (docs/method.md, Ranges).
-- Added after the columns of 1.3, so that fresh installs and updates order
-- the columns alike.
ALTER TABLE @extschema@.gpumkt_anchors
    ADD COLUMN low numeric CONSTRAINT gpumkt_anchors_low_check CHECK (low >= 0 AND low <= value),
    ADD COLUMN high numeric CONSTRAINT gpumkt_anchors_high_check CHECK (high >= value AND high <= 'Infinity');
ALTER TABLE @extschema@.gpumkt_rates
    ADD COLUMN low numeric CONSTRAINT gpumkt_rates_low_check CHECK (low >= -1 AND low <= rate),
    ADD COLUMN high numeric CONSTRAINT gpumkt_rates_high_check CHECK (high >= rate AND high <= 'Infinity');
ALTER TABLE @extschema@.gpumkt_region_shares
    ADD COLUMN low numeric CONSTRAINT gpumkt_region_shares_low_check CHECK (low >= 0 AND low <= share),
    ADD COLUMN high numeric CONSTRAINT gpumkt_region_shares_high_check CHECK (high >= share AND high <= 1);
ALTER TABLE @extschema@.gpumkt_segments
    ADD COLUMN low numeric CONSTRAINT gpumkt_segments_low_check CHECK (low >= 0 AND low <= coalesce(share, high, 1)),
    ADD COLUMN high numeric CONSTRAINT gpumkt_segments_high_check CHECK (high >= coalesce(share, 0) AND high <= 1);
