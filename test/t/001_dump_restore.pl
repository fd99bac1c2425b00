# pg_dump / pg_restore of a database with gpumkt and users' own rows: every
# user row comes back once, every shipped row once (from CREATE EXTENSION),
# and the forecasts are the same; users' explicit low and high on anchors,
# their scenarios (one built on another) and the scenarios' changes too, with
# the same scenario forecasts (bull: global 2030 = 45.287424).  Twice: as a superuser, and as a database
# owner who is not one (the trusted extension, dumped and restored with
# --role).  Then the rights: a database whose owner is not a superuser, who
# created the extension and granted writes to an application role, dumped
# and restored by a superuser, gives the owner and the application role the
# same rights as before (issue 8, item 7), and both can still write.
use strict;
use warnings;
use PostgreSQL::Test::Cluster;
use PostgreSQL::Test::Utils;
use Test::More;

my $node = PostgreSQL::Test::Cluster->new('main');
$node->init;
$node->start;
my $super = $node->safe_psql('postgres', 'SELECT current_user');
my $work  = PostgreSQL::Test::Utils::tempdir;

$node->safe_psql('postgres',
	'CREATE ROLE gpumkt_dump_owner NOLOGIN; CREATE ROLE gpumkt_dump_app NOLOGIN');

# the extension and a user's rows in every table, created by $role
sub fill
{
	my ($db, $role) = @_;
	$node->safe_psql($db, <<SQL);
SET ROLE $role;
CREATE EXTENSION gpumkt;
INSERT INTO gpumkt_regions (region, name, parent, kind) VALUES ('emea', 'EMEA', 'global', 'group');
INSERT INTO gpumkt_markets (market, name, source_title) VALUES ('edge_ai', 'Edge AI accelerators', 'my notes');
INSERT INTO gpumkt_anchors (market, region, year, value, source_quote) VALUES
    ('edge_ai', 'global', 2020, 10, 'p. 1'), ('edge_ai', 'global', 2030, 20, 'p. 2');
INSERT INTO gpumkt_rates (market, region, from_year, to_year, rate, source_quote) VALUES
    ('edge_ai', 'global', 2030, 2040, 0.1, 'p. 3');
INSERT INTO gpumkt_region_shares (market, region, year, share, of_region, source_quote) VALUES
    ('edge_ai', 'emea', 2020, 0.3, 'global', 'p. 4'), ('edge_ai', 'germany', 2020, 0.2, 'emea', 'p. 5');
INSERT INTO gpumkt_dimensions (market, dimension, name) VALUES ('edge_ai', 'form', 'Form factor');
INSERT INTO gpumkt_segments (market, dimension, segment, name, year, share, source_quote) VALUES
    ('edge_ai', 'form', 'module', 'Module', 2020, 0.6, 'p. 6');
INSERT INTO gpumkt_players (market, player, name, hq_region) VALUES ('edge_ai', 'acme', 'Acme', 'germany');
INSERT INTO gpumkt_developments (market, development, month, player, summary) VALUES
    ('edge_ai', 'acme_launch', '2024-03-01', 'acme', 'Acme launched a module.');
INSERT INTO gpumkt_figures (market, figure, label, value, source_quote) VALUES ('edge_ai', 'units', 'Units shipped', 5, 'p. 7');
-- a user anchor in the shipped market too
INSERT INTO gpumkt_anchors (market, region, year, value, source_quote) VALUES
    ('ai_training_gpu_clusters', 'europe', 2025, 4.0, 'my estimate');
-- an explicit range (a consensus band) on a user's anchor
INSERT INTO gpumkt_anchors (market, region, year, value, low, high, source_quote) VALUES
    ('edge_ai', 'global', 2025, 15, 14, 16.5, 'consensus band');
-- scenarios (1.4): bull, a bull_na built on it, and one of the user's market
SELECT gpumkt_scenario_set('bull', 'rate', 'global', 0.20);
SELECT gpumkt_scenario_set('bull_na', 'region_share', 'north_america', 0.4);
SELECT gpumkt_scenario_set('bull_na', 'anchor', 'united_states', 1.1, 2024, op => 'multiply');
UPDATE gpumkt_scenarios SET base_scenario = 'bull', note = 'bull, and a larger North America'
WHERE scenario = 'bull_na';
SELECT gpumkt_scenario_set('edge_bear', 'rate', 'global', -0.05, market => 'edge_ai');
-- exchange rates and price indices (1.4; invented test figures)
INSERT INTO gpumkt_exchange_rates (currency, year, per_usd, source) VALUES ('EUR', 2030, 0.8, 'invented');
INSERT INTO gpumkt_price_indices (currency, year, index, source) VALUES ('USD', 2025, 100, 'invented'), ('USD', 2030, 125, 'invented');
SQL
	return;
}

# rows per table and origin, forecasts of both markets, one segment
sub snapshot
{
	my ($db) = @_;
	return $node->safe_psql($db, <<'SQL');
SELECT 'rows', t, shipped, count(*) FROM (
    SELECT 'regions' t, shipped FROM gpumkt_regions UNION ALL
    SELECT 'markets', shipped FROM gpumkt_markets UNION ALL
    SELECT 'anchors', shipped FROM gpumkt_anchors UNION ALL
    SELECT 'rates', shipped FROM gpumkt_rates UNION ALL
    SELECT 'region_shares', shipped FROM gpumkt_region_shares UNION ALL
    SELECT 'dimensions', shipped FROM gpumkt_dimensions UNION ALL
    SELECT 'segments', shipped FROM gpumkt_segments UNION ALL
    SELECT 'players', shipped FROM gpumkt_players UNION ALL
    SELECT 'developments', shipped FROM gpumkt_developments UNION ALL
    SELECT 'figures', shipped FROM gpumkt_figures) x
GROUP BY t, shipped ORDER BY t, shipped;
SELECT 'forecast', m, r, y, gpumkt_try_forecast(r, y, market => m, extrapolate => true)
FROM unnest(ARRAY['edge_ai', 'ai_training_gpu_clusters']) m,
     unnest(ARRAY['global', 'emea', 'germany', 'europe', 'north_america']) r,
     generate_series(2018, 2042, 4) y
ORDER BY 2, 3, 4;
SELECT 'segment', gpumkt_forecast('germany', 2025, 'form', 'module', market => 'edge_ai');
SELECT 'explicit', market, region, year, value, low, high FROM gpumkt_anchors
WHERE low IS NOT NULL OR high IS NOT NULL ORDER BY 2, 3, 4;
SELECT 'range', r.* FROM gpumkt_forecast_range('global', 2025, market => 'edge_ai') r;
SELECT 'scenario', scenario, market, base_scenario, note FROM gpumkt_scenarios ORDER BY 2;
SELECT 'change', scenario, ordinal, input, region, year, dimension, segment, op, value
FROM gpumkt_scenario_changes ORDER BY 2, 3;
SELECT 'bull', gpumkt_forecast('global', 2030, scenario => 'bull');
SELECT 'bull_na', r, gpumkt_forecast(r, 2035, scenario => 'bull_na')
FROM unnest(ARRAY['global', 'north_america', 'united_states']) r ORDER BY 2;
SELECT 'edge_bear', gpumkt_forecast('global', 2040, scenario => 'edge_bear', market => 'edge_ai');
SELECT 'convert', round(gpumkt_convert(10.0, 2030, 'USD', 'EUR'), 6), round(gpumkt_convert(10.0, 2030, 'USD', 'USD', real_base_year => 2025), 6);
SQL
}

# dump $db as $role, restore it into a new database as that role, compare;
# returns the snapshot taken before
sub round_trip
{
	my ($db, $role) = @_;
	$node->safe_psql('postgres', qq{CREATE DATABASE ${db}_src OWNER "$role"});
	fill("${db}_src", $role);
	my $before = snapshot("${db}_src");
	$node->command_ok(
		[ 'pg_dump', "--role=$role", '-Fc', '-d', "${db}_src", '-f', "$work/$db.pgc" ],
		"pg_dump of $db as $role");
	$node->safe_psql('postgres', qq{CREATE DATABASE ${db}_dst OWNER "$role"});
	$node->command_ok(
		[ 'pg_restore', "--role=$role", '--exit-on-error', '-d', "${db}_dst", "$work/$db.pgc" ],
		"pg_restore of $db as $role");
	is(snapshot("${db}_dst"), $before,
		"$db restored as $role: same rows, shipped once, same forecasts");
	return $before;
}

my $before = round_trip('gpumkt_dump', $super);
round_trip('gpumkt_dump_owner', 'gpumkt_dump_owner');
like($before, qr/^bull\|45\.287424$/m,
	'the bull scenario gives 18.2 x 1.2^5 = 45.287424 for global 2030 before the dump');
like($before, qr/^explicit\|edge_ai\|global\|2025\|15\|14\|16\.5$/m,
	"the user's explicit low and high are in the snapshot");
like($before, qr/^scenario\|bull_na\|ai_training_gpu_clusters\|bull\|/m,
	'a scenario built on another is in the snapshot');
like($before, qr/^convert\|8\.000000\|8\.000000$/m,
	'exchange rates and price indices are there: 10 USD in 2030 is 8 EUR (0.8 per USD), and 8 USD of 2025 (index 100 / 125)');
my $changes = () = $before =~ /^change\|/mg;
is($changes, 4, 'four scenario changes to dump');
my $users = () = $before =~ /^rows\|[^|]*\|f\|/mg;
my $forecasts = () = $before =~ /^forecast\|/mg;
is($users, 10, 'every table had user rows to dump');

# the rights of the owner and the application role on every table
sub rights
{
	my ($db) = @_;
	return $node->safe_psql($db, <<'SQL');
SELECT 'right', r, t, p, has_table_privilege(r, t, p)
FROM unnest(ARRAY['gpumkt_dump_owner', 'gpumkt_dump_app']) r,
     unnest(ARRAY['gpumkt_regions', 'gpumkt_markets', 'gpumkt_anchors', 'gpumkt_rates',
                  'gpumkt_region_shares', 'gpumkt_dimensions', 'gpumkt_segments',
                  'gpumkt_players', 'gpumkt_developments', 'gpumkt_figures']) t,
     unnest(ARRAY['SELECT', 'INSERT', 'UPDATE', 'DELETE', 'INSERT WITH GRANT OPTION']) p
ORDER BY 2, 3, 4;
SQL
}
$node->safe_psql('postgres', 'CREATE DATABASE gpumkt_rights_src OWNER gpumkt_dump_owner');
fill('gpumkt_rights_src', 'gpumkt_dump_owner');
$node->safe_psql('gpumkt_rights_src',
	'SET ROLE gpumkt_dump_owner; '
	  . 'GRANT INSERT, UPDATE, DELETE ON gpumkt_anchors, gpumkt_markets TO gpumkt_dump_app');
my $rights = rights('gpumkt_rights_src');
like($rights, qr/^right\|gpumkt_dump_app\|gpumkt_anchors\|INSERT\|t$/m,
	'the application role got its grant');
$node->command_ok([ 'pg_dump', '-Fc', '-d', 'gpumkt_rights_src', '-f', "$work/rights.pgc" ],
	'pg_dump of the rights database by a superuser');
$node->safe_psql('postgres', 'CREATE DATABASE gpumkt_rights_dst OWNER gpumkt_dump_owner');
$node->command_ok(
	[ 'pg_restore', '--exit-on-error', '-d', 'gpumkt_rights_dst', "$work/rights.pgc" ],
	'pg_restore of the rights database by a superuser');
is(rights('gpumkt_rights_dst'), $rights,
	"after a superuser's restore the owner's and the application's rights are the same");
# and they work: both write a row of their own
$node->safe_psql('gpumkt_rights_dst', <<'SQL');
SET ROLE gpumkt_dump_app;
INSERT INTO gpumkt_anchors (market, region, year, value) VALUES ('edge_ai', 'global', 2040, 30);
SET ROLE gpumkt_dump_owner;
INSERT INTO gpumkt_figures (market, figure, label, value) VALUES ('edge_ai', 'units2', 'More units', 6);
SQL
pass('after the restore the application role and the owner can write');

my $kept = () = $rights =~ /\|t$/mg;
diag("dump_restore: $users tables with user rows, $forecasts forecasts compared, "
	  . "as a superuser and as a database owner; $kept rights of the owner and an "
	  . "application role kept through a superuser's restore");

# A dump of a 1.2 database restored at its own version and updated in place
# (docs/security.md, "Restoring a dump of an older version"): the users' rows
# come back, a rate above 1 marked exceptional by the update.
$node->safe_psql('postgres', 'CREATE DATABASE gpumkt_old_src');
$node->safe_psql('gpumkt_old_src', <<'SQL');
CREATE EXTENSION gpumkt VERSION '1.2';
INSERT INTO gpumkt_markets (market, name) VALUES ('steep', 'A steep market');
INSERT INTO gpumkt_anchors (market, region, year, value) VALUES ('steep', 'global', 2020, 1);
INSERT INTO gpumkt_rates (market, region, rate) VALUES ('steep', 'global', 1.5);
SQL
$node->command_ok([ 'pg_dump', '-Fc', '-d', 'gpumkt_old_src', '-f', "$work/old.pgc" ],
	'pg_dump of a 1.2 database');
$node->safe_psql('postgres', 'CREATE DATABASE gpumkt_old_dst');
$node->safe_psql('gpumkt_old_dst', "CREATE EXTENSION gpumkt VERSION '1.2'");
$node->command_ok([ 'pg_restore', '--exit-on-error', '-d', 'gpumkt_old_dst', "$work/old.pgc" ],
	'pg_restore of the 1.2 dump into gpumkt 1.2');
$node->safe_psql('gpumkt_old_dst', 'ALTER EXTENSION gpumkt UPDATE');
is($node->safe_psql('gpumkt_old_dst',
		"SELECT (extversion = (SELECT default_version FROM pg_available_extensions WHERE name = 'gpumkt')) || ' ' || (SELECT string_agg(market || ' ' || rate || ' ' || exceptional, ',') FROM gpumkt_rates WHERE NOT shipped) || ' ' || gpumkt_forecast('global', 2021, market => 'steep', extrapolate => true) FROM pg_extension WHERE extname = 'gpumkt'"),
	'true steep 1.5 true 2.5',
	'updated in place to the current version, the 1.2 rows are kept and the steep rate is exceptional: 1 x 2.5 in 2021');

$node->stop;
done_testing();
