------------------------------------------------------------------------------
-- Segments as people say them (2.1): other names a segment answers to
------------------------------------------------------------------------------

-- A segment is found by its code, its English or French name, and then by
-- one of its aliases, each compared by its key (gpumkt_name_key: case,
-- accents, spaces, hyphens and punctuation ignored), within the dimension
-- the call names.  The aliases below are words, not figures: the ways the
-- trade says the shipped segments (docs/reference.md, Names).  Added after
-- the shipped data is loaded, so that fresh installs and updates order the
-- columns alike and set the shipped aliases by the same UPDATE (the script
-- runs as the tables' owner, whom the guard lets change shipped rows).
ALTER TABLE @extschema@.gpumkt_segments ADD COLUMN aliases text[];
COMMENT ON COLUMN @extschema@.gpumkt_segments.aliases IS
'Other names the segment answers to wherever a segment is named (''cloud'' for public_cloud, ''on-prem'' for on_premises), compared as names are (case, accents, spaces, hyphens and punctuation ignored), after the codes and names of its dimension''s segments; NULL for none. An alias names one segment of its dimension.';

UPDATE @extschema@.gpumkt_segments s SET aliases = x.aliases
FROM (VALUES
    ('component', 'hardware', ARRAY['HW', 'GPU hardware']),
    ('component', 'software', ARRAY['SW']),
    ('component', 'services', ARRAY['service', 'professional services']),
    ('deployment', 'on_premises', ARRAY['on-prem', 'on-premise', 'self-hosted']),
    ('deployment', 'public_cloud', ARRAY['cloud', 'public']),
    ('cluster_size', 'large_hyperscale', ARRAY['large', 'hyperscale']),
    ('cluster_size', 'medium', ARRAY['mid-size', 'mid']),
    ('cluster_size', 'small', ARRAY['small-scale']),
    ('end_user', 'cloud_service_providers', ARRAY['CSP', 'CSPs', 'hyperscalers', 'cloud providers']),
    ('end_user', 'large_enterprises', ARRAY['enterprise', 'enterprises', 'tech companies']),
    ('end_user', 'research_institutions', ARRAY['research', 'academia', 'universities']),
    ('end_user', 'government_defence', ARRAY['government', 'defence', 'defense', 'public sector']),
    ('industry', 'it_technology', ARRAY['IT', 'technology', 'tech']),
    ('industry', 'financial_services', ARRAY['finance', 'financial', 'BFSI']),
    ('industry', 'automotive_manufacturing', ARRAY['automotive', 'manufacturing']),
    ('industry', 'healthcare_pharma', ARRAY['healthcare', 'pharma', 'life sciences']),
    ('industry', 'others', ARRAY['other']))
    AS x(dimension, segment, aliases)
WHERE s.market OPERATOR(pg_catalog.=) 'ai_training_gpu_clusters' AND s.shipped
  AND s.dimension OPERATOR(pg_catalog.=) x.dimension AND s.segment OPERATOR(pg_catalog.=) x.segment;
