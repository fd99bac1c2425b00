# Scale-out across three PostgreSQL 15 clusters: two shards hold a table of
# (region, year, value) rows partitioned by region; the coordinator sees them
# as foreign-table partitions through postgres_fdw with extensions 'gpumkt'.
# Checks that gpumkt_cagr, gpumkt_fit_rate and gpumkt_growth grouped by
# region run on the shards (EXPLAIN VERBOSE), that summaries merged with
# gpumkt_rollup give the whole-table answer, that every result equals a
# single-node run over the same rows to 1e-12, and, with faults injected (a
# shard stopped fast, then immediate; the other killed with SIGKILL), that a
# query needing the missing shard fails with a connection error (never a
# partial answer) while a query pruned to the other shard answers, and that
# every query answers as before once the shard is back.
use strict;
use warnings;
use PostgreSQL::Test::Cluster;
use PostgreSQL::Test::Utils;
use Test::More;
use Time::HiRes qw(usleep);

my $shard1 = PostgreSQL::Test::Cluster->new('shard1');
my $shard2 = PostgreSQL::Test::Cluster->new('shard2');
my $coord  = PostgreSQL::Test::Cluster->new('coord');
foreach my $node ($shard1, $shard2, $coord)
{
	$node->init;
	$node->append_conf('postgresql.conf', 'max_connections = 30');
	$node->start;
}
my $super = $coord->safe_psql('postgres', 'SELECT current_user');

# the same deterministic rows everywhere: 6 regions x 2015..2035 x 20 rows
my $rows = q{SELECT r AS region, y AS year,
             (10 + length(r)) * (1.05 + length(r) / 100.0) ^ (y - 2015) * (1 + 0.01 * sin(k * y)) AS value
      FROM unnest(ARRAY['global', 'north_america', 'europe', 'asia_pacific', 'latin_america', 'mea']) r,
           generate_series(2015, 2035) y, generate_series(1, 20) k};
my $shard1_regions = q{'global', 'north_america', 'europe'};
my $shard2_regions = q{'asia_pacific', 'latin_america', 'mea'};
foreach my $s ([ $shard1, $shard1_regions ], [ $shard2, $shard2_regions ])
{
	my ($node, $mine) = @$s;
	$node->safe_psql('postgres', <<SQL);
CREATE EXTENSION gpumkt;
CREATE TABLE measures (region text NOT NULL, year int NOT NULL, value float8 NOT NULL);
INSERT INTO measures SELECT * FROM ($rows) r WHERE region IN ($mine);
ANALYZE measures;
SQL
}
my ($h1, $p1, $h2, $p2) = ($shard1->host, $shard1->port, $shard2->host, $shard2->port);
$coord->safe_psql('postgres', <<SQL);
CREATE EXTENSION gpumkt;
CREATE EXTENSION postgres_fdw;
CREATE SERVER shard1 FOREIGN DATA WRAPPER postgres_fdw
    OPTIONS (host '$h1', port '$p1', dbname 'postgres', extensions 'gpumkt', use_remote_estimate 'true');
CREATE SERVER shard2 FOREIGN DATA WRAPPER postgres_fdw
    OPTIONS (host '$h2', port '$p2', dbname 'postgres', extensions 'gpumkt', use_remote_estimate 'true');
CREATE USER MAPPING FOR CURRENT_USER SERVER shard1 OPTIONS (user '$super');
CREATE USER MAPPING FOR CURRENT_USER SERVER shard2 OPTIONS (user '$super');
CREATE TABLE measures (region text NOT NULL, year int NOT NULL, value float8 NOT NULL) PARTITION BY LIST (region);
CREATE FOREIGN TABLE measures_1 PARTITION OF measures FOR VALUES IN ($shard1_regions)
    SERVER shard1 OPTIONS (table_name 'measures');
CREATE FOREIGN TABLE measures_2 PARTITION OF measures FOR VALUES IN ($shard2_regions)
    SERVER shard2 OPTIONS (table_name 'measures');
-- the single-node reference: the same rows in one local table
CREATE TABLE local_measures AS $rows;
ANALYZE local_measures;
SQL

# grouped by the partition key, the aggregates run on the shards
my $plan = $coord->safe_psql('postgres', <<'SQL');
SET enable_partitionwise_aggregate = on;
EXPLAIN (VERBOSE, COSTS OFF)
SELECT region, gpumkt_cagr(year, value), gpumkt_fit_rate(year, value), gpumkt_growth(year, value)
FROM measures GROUP BY region;
SQL
note("grouped by the partition key:\n$plan");
my $pushed = () = $plan =~ /Relations: Aggregate on/g;
my $remote = () = $plan =~ /Remote SQL: SELECT region, public\.gpumkt_cagr\(year, value\), public\.gpumkt_fit_rate\(year, value\), public\.gpumkt_growth\(year, value\)/g;
is($pushed, 2, 'the aggregation is pushed down to both shards');
is($remote, 2, 'gpumkt_cagr, gpumkt_fit_rate and gpumkt_growth run on both shards');

# not grouped by the key: per-region summaries from the shards, merged here
$plan = $coord->safe_psql('postgres', <<'SQL');
SET enable_partitionwise_aggregate = on;
EXPLAIN (VERBOSE, COSTS OFF)
SELECT gpumkt_cagr(gpumkt_rollup(s)), gpumkt_fit_rate(gpumkt_rollup(s))
FROM (SELECT region, gpumkt_growth(year, value) AS s FROM measures GROUP BY region) x;
SQL
note("summaries from the shards merged on the coordinator:\n$plan");

# distributed against single-node: largest relative difference per measure
my $compare = $coord->safe_psql('postgres', <<'SQL');
SET enable_partitionwise_aggregate = on;
CREATE TEMP TABLE dist AS
SELECT region, gpumkt_cagr(year, value) AS cagr, gpumkt_fit_rate(year, value) AS fit,
       gpumkt_growth(year, value) AS g
FROM measures GROUP BY region;
CREATE TEMP TABLE single AS
SELECT region, gpumkt_cagr(year, value) AS cagr, gpumkt_fit_rate(year, value) AS fit,
       gpumkt_growth(year, value) AS g
FROM local_measures GROUP BY region;
CREATE FUNCTION pg_temp.rel(a float8, b float8) RETURNS float8 LANGUAGE sql
    AS 'SELECT CASE WHEN a = b THEN 0 ELSE abs(a - b) / greatest(abs(a), abs(b)) END';
SELECT m, coalesce(max(d), 1), count(d) FROM (
    SELECT 'cagr_by_region' AS m, pg_temp.rel(d.cagr, s.cagr) AS d FROM dist d JOIN single s USING (region)
    UNION ALL SELECT 'fit_rate_by_region', pg_temp.rel(d.fit, s.fit) FROM dist d JOIN single s USING (region)
    UNION ALL SELECT 'summary_cagr', pg_temp.rel(gpumkt_cagr(d.g), gpumkt_cagr(s.g)) FROM dist d JOIN single s USING (region)
    UNION ALL SELECT 'summary_fit_rate', pg_temp.rel(gpumkt_fit_rate(d.g), gpumkt_fit_rate(s.g)) FROM dist d JOIN single s USING (region)
    UNION ALL SELECT 'summary_r2', pg_temp.rel(gpumkt_r2(d.g), gpumkt_r2(s.g)) FROM dist d JOIN single s USING (region)
    UNION ALL SELECT 'summary_count', pg_temp.rel(gpumkt_count(d.g), gpumkt_count(s.g)) FROM dist d JOIN single s USING (region)
    UNION ALL SELECT 'rollup_cagr', pg_temp.rel(
        (SELECT gpumkt_cagr(gpumkt_rollup(g)) FROM dist), (SELECT gpumkt_cagr(year, value) FROM local_measures))
    UNION ALL SELECT 'rollup_fit_rate', pg_temp.rel(
        (SELECT gpumkt_fit_rate(gpumkt_rollup(g)) FROM dist), (SELECT gpumkt_fit_rate(year, value) FROM local_measures))
    UNION ALL SELECT 'rollup_count', pg_temp.rel(
        (SELECT gpumkt_count(gpumkt_rollup(g)) FROM dist), (SELECT count(*) FROM local_measures))
) x GROUP BY m ORDER BY m;
SQL
my @measures = split /\n/, $compare;
is(scalar @measures, 9, 'nine measures compared with a single node');
foreach my $line (@measures)
{
	my ($m, $d, $n) = split /\|/, $line;
	ok($d <= 1e-12 && $n > 0, "$m: within 1e-12 of a single node ($d over $n values)");
}

# faults
my $whole  = 'SELECT gpumkt_cagr(year, value), count(*) FROM measures';
my $pruned = "SELECT gpumkt_cagr(year, value) FROM measures WHERE region IN ($shard1_regions)";
my $expect_pruned = $coord->safe_psql('postgres',
	"SELECT gpumkt_cagr(year, value) FROM local_measures WHERE region IN ($shard1_regions)");
my $expect_whole = $coord->safe_psql('postgres',
	'SELECT gpumkt_cagr(year, value), count(*) FROM local_measures');

# equal fields, numbers within 1e-12 relative (the rows reach the
# coordinator in another order, and float addition depends on it)
sub same
{
	my ($got, $expected) = @_;
	my @x = split /\|/, $got // '', -1;
	my @y = split /\|/, $expected, -1;
	return 0 if @x != @y || !@x || grep { !/^-?[0-9.eE+-]+$/ } @x;
	foreach my $i (0 .. $#x)
	{
		my $s = abs($x[$i]) > abs($y[$i]) ? abs($x[$i]) : abs($y[$i]);
		return 0 if abs($x[$i] - $y[$i]) > 1e-12 * $s;
	}
	return 1;
}

# the whole table and the pruned query both answer as on a single node
sub check_answers
{
	my ($when) = @_;
	my $got = $coord->safe_psql('postgres', $whole);
	ok(same($got, $expect_whole), "$when: whole table as on a single node")
	  or diag("got $got, expected $expect_whole");
	$got = $coord->safe_psql('postgres', $pruned);
	ok(same($got, $expect_pruned), "$when: pruned to shard1 as on a single node")
	  or diag("got $got, expected $expect_pruned");
	return;
}

# a query on a shard that is down fails with a connection error
sub fails_to_connect
{
	my ($query, $what) = @_;
	my ($ret, $out, $err) = $coord->psql('postgres', $query);
	isnt($ret, 0, "$what: no answer") or diag("it answered: $out");
	like($err, qr/could not connect|connection to server/, "$what: a connection error");
	my ($first) = $err =~ /(ERROR:.*)/;
	note("$what: " . ($first // $err));
	return;
}

# start a shard again; after a SIGKILL, once the old postmaster is gone
# (reaped) and its children have let go of the shared memory
sub restart
{
	my ($node) = @_;
	if (open my $pidfile, '<', $node->data_dir . '/postmaster.pid')
	{
		chomp(my $pid = <$pidfile> // '');
		close $pidfile;
		foreach (1 .. 300)
		{
			last unless $pid =~ /^\d+$/ && kill(0, $pid);
			usleep(100_000);
		}
	}
	foreach (1 .. 40)
	{
		return if $node->start(fail_ok => 1);
		usleep(250_000);
	}
	BAIL_OUT($node->name . ' does not start again');
}

check_answers('all shards up');
my $faults = 0;
foreach my $mode ('fast', 'immediate')
{
	$shard2->stop($mode);
	$faults++;
	fails_to_connect($whole, "shard2 stopped ($mode), whole table");
	my $got = $coord->safe_psql('postgres', $pruned);
	ok(same($got, $expect_pruned),
		"shard2 stopped ($mode): a query pruned to shard1 answers as on a single node");
	restart($shard2);
	check_answers("shard2 restarted after stopping ($mode)");
}
# the other shard killed, as by a power cut
$shard1->kill9;
$faults++;
fails_to_connect($pruned, 'shard1 killed, pruned to it');
fails_to_connect($whole, 'shard1 killed, whole table');
restart($shard1);
check_answers('shard1 restarted after SIGKILL');

diag("scaleout: 2 shards, " . scalar(@measures) . " measures within 1e-12 of one node, "
	  . "gpumkt_cagr, gpumkt_fit_rate and gpumkt_growth pushed down to both shards, "
	  . "$faults faults injected, no partial answer");
$_->stop foreach ($coord, $shard1, $shard2);
done_testing();
