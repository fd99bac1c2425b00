# A dump of a gpumkt 1.4 and of a 1.4.1 database restored into a server whose gpumkt is
# 2.0 (issue 18): CREATE EXTENSION in the dump makes 2.0, users' rows come
# back, and users' views that called 1.4.1 forms (the integer year of
# gpumkt_forecast, an exact-match integer form of gpumkt_cagr, the date form
# of the gpumkt_cagr aggregate, dimension and segment by position, the
# market by name, gpumkt_series) are re-created against the 2.0 signatures
# and give the same numbers, checked against arithmetic in SQL.  A view
# that named a 1.4 scenario form (scenario => 'bull', stored as
# 'bull'::gpumkt_scenario) cannot be re-created, since 2.0 has no such
# type: pg_restore names that view and the type, and restores the rest
# (CHANGELOG, "Moving to 2.0").
use strict;
use warnings;
use PostgreSQL::Test::Cluster;
use PostgreSQL::Test::Utils;
use Test::More;

my $node = PostgreSQL::Test::Cluster->new('main');
$node->init;
$node->append_conf('postgresql.conf', "timezone = 'America/New_York'");
$node->start;
my $work = PostgreSQL::Test::Utils::tempdir;

foreach my $v ('1.4', '1.4.1')
{
	my ($old, $new) = ('old' . ($v =~ tr/./_/r), 'new' . ($v =~ tr/./_/r));
	$node->safe_psql('postgres', "CREATE DATABASE $old");
	$node->safe_psql($old, "CREATE EXTENSION gpumkt VERSION '$v'");
	$node->safe_psql($old, <<'SQL');
INSERT INTO gpumkt_markets (market, name) VALUES ('mine', 'My market (invented)');
INSERT INTO gpumkt_anchors (market, region, year, value) VALUES ('mine', 'global', 2020, 10), ('mine', 'global', 2030, 40);
INSERT INTO gpumkt_scenarios (scenario, market) VALUES ('bull', 'ai_training_gpu_clusters');
INSERT INTO gpumkt_scenario_changes (scenario, market, ordinal, input, region, value)
VALUES ('bull', 'ai_training_gpu_clusters', 1, 'rate', 'global', 0.20);
CREATE TABLE sales (d date, v float8);
-- a winter day and a summer day: outside UTC, a date read at local midnight
-- would move the span by the hour of daylight saving time
INSERT INTO sales VALUES ('2020-01-01', 100), ('2024-07-01', 300);
CREATE VIEW v_forecast AS SELECT gpumkt_forecast('global', 2030) AS f;
CREATE VIEW v_segment AS SELECT gpumkt_forecast('global', 2035, 'deployment', 'public_cloud') AS f;
CREATE VIEW v_market AS SELECT gpumkt_forecast('global', 2025, market => 'mine') AS f;
CREATE VIEW v_cagr AS SELECT gpumkt_cagr(1, 8, 3) AS r;
CREATE VIEW v_agg AS SELECT gpumkt_cagr(d, v) AS r FROM sales;
CREATE VIEW v_series AS SELECT year, value FROM gpumkt_series('global', 2025, 2027);
CREATE VIEW v_bull AS SELECT gpumkt_forecast('global', 2030, scenario => 'bull') AS f;
SQL

	$node->command_ok([ 'pg_dump', '-Fc', '-d', $old, '-f', "$work/$old.pgc" ],
		"pg_dump of a $v database");
	$node->safe_psql('postgres', "CREATE DATABASE $new");
	my ($stdout, $stderr) = ('', '');
	$node->run_log([ 'pg_restore', '-d', $new, "$work/$old.pgc" ], '>', \$stdout, '2>', \$stderr)
	  or note('pg_restore reported errors, as expected for v_bull');
	like($stderr, qr/v_bull/, "$v: pg_restore names the view that used the scenario type");
	like($stderr, qr/gpumkt_scenario/, "$v: and the type 2.0 does not have");
	my @errors = grep { /\S/ } split /pg_restore: error:/, $stderr;
	shift @errors if @errors && $errors[0] !~ /ERROR/;
	ok(@errors >= 1 && !grep({ !/v_bull/ } @errors),
		"$v: every error is about v_bull (its view, then its owner): every other object restored")
	  or diag($stderr);

	is($node->safe_psql($new, "SELECT extversion FROM pg_extension WHERE extname = 'gpumkt'"),
		'2.1.1', "$v: the restored database has the current gpumkt, 2.1.1");
	is($node->safe_psql($new, <<'SQL'), 't|t|t|t|t|t|t', "$v: the views give the same numbers on 2.0");
SELECT round((SELECT f FROM v_forecast), 9) = round(18.2 * (87.5 / 18.2) ^ 0.5, 9),
       round((SELECT f FROM v_segment), 9) = round(87.5 * 0.5430, 9),
       round((SELECT f FROM v_market), 9) = round(10 * 4 ^ 0.5, 9),
       abs((SELECT r FROM v_cagr) - 1) < 1e-12,
       abs((SELECT r FROM v_agg) - (3 ^ (365.25 / 1643) - 1)) < 1e-12,
       (SELECT count(*) FROM v_series) = 3,
       (SELECT count(*) FROM gpumkt_scenario_changes WHERE scenario = 'bull') = 1
SQL
	is($node->safe_psql($new, "SELECT round(gpumkt_forecast('global', 2030, scenario => 'bull'), 6)"),
		'45.287424', "$v: the user's scenario came back and is used through the 2.0 signature");
}

done_testing();
