# Where the model aggregates run (issue 19).  One cluster holds two "shard"
# databases and a coordinator database that sees them, through postgres_fdw
# with extensions 'gpumkt' over loopback, as the partitions of a table
# partitioned by id % 2.  For every aggregate that returns a
# gpumkt_ets_model (gpumkt_ets, and any other found in the catalog), every
# form without a text argument, with bigint and with timestamptz t: grouped
# by the partition key, the aggregate runs on both shards (EXPLAIN VERBOSE
# shows it in the Remote SQL, with and without use_remote_estimate), and the
# models that come back are those of the same aggregate over the same rows
# in a local table, to the last digit.  The two cases postgres_fdw keeps
# local (a date t, reaching timestamptz by a STABLE cast, and a text
# argument, whose collation no foreign column gives) are fitted on the
# shards by the recipe of docs/scale-out.md, a view on each shard, with the
# same models.  On one node, a partition-wise GROUP BY over a local table
# fits in parallel workers (Parallel Append of whole aggregates) at the
# default parallel costs.  No time is measured (bench/model_placement.sh
# does that).
use strict;
use warnings;
use PostgreSQL::Test::Cluster;
use PostgreSQL::Test::Utils;
use Test::More;

my $node = PostgreSQL::Test::Cluster->new('models');
$node->init;
$node->append_conf('postgresql.conf', 'max_connections = 30');
$node->start;
my $super = $node->safe_psql('postgres', 'SELECT current_user');
my ($host, $port) = ($node->host, $node->port);

# 24 series, 24 to 40 monthly points each: a level, a trend and a yearly
# cycle that vary with the series, and noise from a hash of (id, t)
my $rows = q{SELECT id, t, timestamptz '2000-01-01 00:00:00+00' + make_interval(months => t) AS ts,
             (date '2000-01-01' + make_interval(months => t))::date AS d,
             100 + id % 7 + (id % 3) * 0.8 * t + (2 + id % 5) * sin(2 * pi() * t / 12 + id)
             + ((sin(id * 12.9898 + t * 78.233) * 43758.5453) - floor(sin(id * 12.9898 + t * 78.233) * 43758.5453) - 0.5) AS v
      FROM generate_series(1, 24) id, generate_series(1, 24 + id % 17) t};
my $table = 'id int NOT NULL, t int NOT NULL, ts timestamptz NOT NULL, d date NOT NULL, v float8 NOT NULL';
foreach my $k (0, 1)
{
	my $db = 'shard' . ($k + 1);
	$node->safe_psql('postgres', "CREATE DATABASE $db");
	$node->safe_psql($db, <<SQL);
CREATE EXTENSION gpumkt;
CREATE TABLE s ($table);
INSERT INTO s SELECT * FROM ($rows) r WHERE id % 2 = $k;
ANALYZE s;
SQL
}
$node->safe_psql('postgres', <<SQL);
CREATE EXTENSION gpumkt;
CREATE EXTENSION postgres_fdw;
CREATE SERVER shard1 FOREIGN DATA WRAPPER postgres_fdw
    OPTIONS (host '$host', port '$port', dbname 'shard1', extensions 'gpumkt');
CREATE SERVER shard2 FOREIGN DATA WRAPPER postgres_fdw
    OPTIONS (host '$host', port '$port', dbname 'shard2', extensions 'gpumkt');
CREATE USER MAPPING FOR CURRENT_USER SERVER shard1 OPTIONS (user '$super');
CREATE USER MAPPING FOR CURRENT_USER SERVER shard2 OPTIONS (user '$super');
CREATE TABLE s ($table) PARTITION BY LIST ((id % 2));
CREATE FOREIGN TABLE s_0 PARTITION OF s FOR VALUES IN (0) SERVER shard1 OPTIONS (table_name 's');
CREATE FOREIGN TABLE s_1 PARTITION OF s FOR VALUES IN (1) SERVER shard2 OPTIONS (table_name 's');
ANALYZE s;
-- the single-node reference: the same rows in one local table
CREATE TABLE local_s AS $rows;
ANALYZE local_s;
SQL

# every form of every aggregate that makes a model: its name and argument types
my @forms = map { [ split /\|/ ] } split /\n/, $node->safe_psql('postgres', <<'SQL');
SELECT p.proname, array_to_string(array_agg(format_type(a.t, NULL) ORDER BY a.n), ',')
FROM pg_proc p JOIN pg_aggregate g ON g.aggfnoid = p.oid,
     unnest(p.proargtypes::oid[]) WITH ORDINALITY a(t, n)
WHERE p.prorettype = 'gpumkt_ets_model'::regtype
GROUP BY p.oid, p.proname ORDER BY 1, 2
SQL
my %column = ('bigint' => 't', 'timestamp with time zone' => 'ts');
my %extra  = ('integer' => '12', 'text' => q{'AAA'});

# the call of a form over s's columns: t or ts, v, 12 for a cycle, 'AAA'
sub call
{
	my ($name, $types) = @_;
	my @types = split /,/, $types;
	my @args = ($column{ $types[0] }, 'v', map { $extra{$_} } @types[ 2 .. $#types ]);
	die "unexpected form $name($types)" if grep { !defined } @args;
	return "$name(" . join(', ', @args) . ')';
}

my @shippable = grep { $_->[1] !~ /text/ } @forms;
ok(scalar(grep { $_->[0] eq 'gpumkt_ets' } @shippable) >= 4,
	'gpumkt_ets has forms to test: ' . join('; ', map { "$_->[0]($_->[1])" } @forms));
foreach my $estimate ('false', 'true')
{
	$node->safe_psql('postgres',
		"ALTER SERVER $_ OPTIONS (ADD use_remote_estimate '$estimate')") foreach ('shard1', 'shard2');
	foreach my $form (@shippable)
	{
		my $call = call(@$form);
		foreach my $keys ('id % 2', 'id, id % 2')
		{
			my $plan = $node->safe_psql('postgres', <<SQL);
SET enable_partitionwise_aggregate = on;
EXPLAIN (VERBOSE, COSTS OFF) SELECT $keys, $call FROM s GROUP BY $keys;
SQL
			my $remote = () = $plan =~ /Remote SQL: SELECT .*public\.\Q$form->[0]\E\(/g;
			is($remote, 2, "$call grouped by $keys, use_remote_estimate $estimate: on both shards")
			  or diag($plan);
			note("$call grouped by $keys:\n$plan") if $estimate eq 'false' && $keys eq 'id % 2';
		}
	}
	$node->safe_psql('postgres',
		"ALTER SERVER $_ OPTIONS (DROP use_remote_estimate)") foreach ('shard1', 'shard2');
}

# the models from the shards against a fit of the same rows here: the text
# of each (every number to 17 significant digits), and the count
sub compare
{
	my ($what, $dist, $single) = @_;
	my $got = $node->safe_psql('postgres', <<SQL);
SET enable_partitionwise_aggregate = on;
WITH d AS ($dist), l AS ($single)
SELECT count(*) FILTER (WHERE d.m::text IS DISTINCT FROM l.m::text), count(d.m), count(l.m)
FROM d FULL JOIN l USING (id)
SQL
	is($got, '0|24|24', "$what: the 24 models from the shards are those fitted here");
	return;
}
foreach my $form (@shippable)
{
	my $call = call(@$form);
	compare($call,
		"SELECT id, $call AS m FROM s GROUP BY id, id % 2",
		"SELECT id, $call AS m FROM local_s GROUP BY id");
}

# what postgres_fdw keeps local, fitted on the shards by a view on each
my $date_plan = $node->safe_psql('postgres', <<'SQL');
SET enable_partitionwise_aggregate = on;
EXPLAIN (VERBOSE, COSTS OFF) SELECT id, id % 2, gpumkt_ets(d, v) FROM s GROUP BY id, id % 2;
SQL
note("a date t, through its STABLE cast to timestamptz:\n$date_plan");
foreach my $k (0, 1)
{
	$node->safe_psql('shard' . ($k + 1), <<'SQL');
CREATE VIEW s_models AS
SELECT id, gpumkt_ets(d, v) AS by_date, gpumkt_ets(t, v, 12, 'AAA') AS forced FROM s GROUP BY id;
SQL
}
$node->safe_psql('postgres', <<'SQL');
CREATE TABLE s_models (id int, by_date gpumkt_ets_model, forced gpumkt_ets_model) PARTITION BY LIST ((id % 2));
CREATE FOREIGN TABLE s_models_0 PARTITION OF s_models FOR VALUES IN (0) SERVER shard1 OPTIONS (table_name 's_models');
CREATE FOREIGN TABLE s_models_1 PARTITION OF s_models FOR VALUES IN (1) SERVER shard2 OPTIONS (table_name 's_models');
SQL
compare('gpumkt_ets(d, v) by a view on the shards',
	'SELECT id, by_date AS m FROM s_models',
	'SELECT id, gpumkt_ets(d, v) AS m FROM local_s GROUP BY id');
compare(q{gpumkt_ets(t, v, 12, 'AAA') by a view on the shards},
	'SELECT id, forced AS m FROM s_models',
	q{SELECT id, gpumkt_ets(t, v, 12, 'AAA') AS m FROM local_s GROUP BY id});

# one node: 400 series of 48 points in a table hash-partitioned by series;
# at the default parallel costs, grouped by the partition key, the fits run
# in the workers (whole partitions under a Parallel Append), not in the
# leader after a Gather (Finalize Aggregate)
my $plan = $node->safe_psql('postgres', <<'SQL');
CREATE TABLE p (g int, t int, v float8) PARTITION BY HASH (g);
SELECT format('CREATE TABLE p_%s PARTITION OF p FOR VALUES WITH (MODULUS 8, REMAINDER %s)', r, r)
FROM generate_series(0, 7) r \gexec
INSERT INTO p SELECT g, t, 100 + g % 13 + t + 5 * sin(g + t) FROM generate_series(1, 400) g, generate_series(1, 48) t;
ANALYZE p;
SET enable_partitionwise_aggregate = on;
SET max_parallel_workers_per_gather = 2;
EXPLAIN (COSTS OFF) SELECT g, gpumkt_ets(t, v) FROM p GROUP BY g;
SQL
note("one node, partition-wise:\n$plan");
like($plan, qr/Gather.*Parallel Append.*Aggregate/s, 'one node: the partitions aggregated under a Parallel Append');
unlike($plan, qr/Finalize|Partial/, 'one node: each group fitted where its rows are read, in a worker');

$node->stop;
done_testing();
