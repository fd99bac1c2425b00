# A table of gpumkt_growth summaries of every kind (made by the aggregates
# over whole years, dates and values <= 0, "ends only" as gpumkt_cagr's state
# is, "fit only" as gpumkt_fit_rate's is, empty, and with -0 as 1.2 stored
# it) and of their rollups in pairs and triples is dumped with pg_dump -Fc
# and restored with pg_restore into a new database: every row comes back,
# each summary's text identical.  (gpumkt 1.2 made rollups that its own text
# input refused, so pg_restore failed their COPY and restored no row of the
# table: issue 8, item 1.)
use strict;
use warnings;
use PostgreSQL::Test::Cluster;
use PostgreSQL::Test::Utils;
use Test::More;

my $node = PostgreSQL::Test::Cluster->new('summaries');
$node->init;
$node->start;
my $work = PostgreSQL::Test::Utils::tempdir;

$node->safe_psql('postgres', 'CREATE DATABASE gpumkt_summaries_src');
$node->safe_psql('gpumkt_summaries_src', <<'SQL');
CREATE EXTENSION gpumkt;
CREATE TEMP TABLE kinds (kind text PRIMARY KEY, g gpumkt_growth);
INSERT INTO kinds
SELECT 'rising', gpumkt_growth(y, 100 * 1.1 ^ (y - 2020)) FROM generate_series(2020, 2025) y
UNION ALL SELECT 'nonpositive', gpumkt_growth(y, v) FROM (VALUES (2020, 10::float8), (2021, -1), (2022, 0), (2023, 14)) t(y, v)
UNION ALL SELECT 'one row', gpumkt_growth(2021, 7)
UNION ALL SELECT 'one year', gpumkt_growth(2022, v) FROM (VALUES (3::float8), (4), (5)) t(v)
UNION ALL SELECT 'dates', gpumkt_growth(date '2020-01-01' + k, 50 + k % 7) FROM generate_series(0, 60, 5) k
UNION ALL SELECT 'huge', gpumkt_growth(y, 1e300 * y) FROM generate_series(2019, 2023) y
UNION ALL SELECT 'empty', '(v1,n=0,nonpositive=0,first=0:0,last=0:0,fit_n=0,sx=0,sy=0,sxx=0,syy=0,sxy=0)'
UNION ALL SELECT 'minus zero', '(v1,n=2,nonpositive=0,first=2020:-0,last=2021:5,fit_n=0,sx=-0,sy=0,sxx=0,syy=0,sxy=-0)';
INSERT INTO kinds
SELECT kind || ', ends only',
       regexp_replace(regexp_replace(g::text, 'nonpositive=[0-9]+', 'nonpositive=0'),
                      'fit_n=.*$', 'fit_n=0,sx=0,sy=0,sxx=0,syy=0,sxy=0)')::gpumkt_growth
FROM kinds WHERE kind IN ('rising', 'nonpositive', 'dates', 'one year')
UNION ALL
SELECT kind || ', fit only',
       regexp_replace(regexp_replace(g::text, '^\(v1,n=[0-9]+,', '(v1,n=0,'),
                      'first=[^,]*,last=[^,]*,', 'first=0:0,last=0:0,')::gpumkt_growth
FROM kinds WHERE kind IN ('rising', 'nonpositive', 'dates', 'one row', 'huge');
-- the kinds themselves, and every rollup of two (both orders) and of three
CREATE TABLE summaries (parts text PRIMARY KEY, g gpumkt_growth);
INSERT INTO summaries
SELECT kind, g FROM kinds
UNION ALL
SELECT a.kind || ' + ' || b.kind, (SELECT gpumkt_rollup(x.g ORDER BY x.o) FROM (VALUES (a.g, 1), (b.g, 2)) x(g, o))
FROM kinds a, kinds b
UNION ALL
SELECT a.kind || ' + ' || b.kind || ' + ' || c.kind,
       (SELECT gpumkt_rollup(x.g ORDER BY x.o) FROM (VALUES (a.g, 1), (b.g, 2), (c.g, 3)) x(g, o))
FROM kinds a, kinds b, kinds c
WHERE a.kind < b.kind AND b.kind < c.kind;
SQL

my $snapshot = "SELECT parts || ' ' || g::text FROM summaries ORDER BY parts";
my $before = $node->safe_psql('gpumkt_summaries_src', $snapshot);
my $rows = () = $before =~ /\n/g;
$rows++;
cmp_ok($rows, '>', 900, "$rows summaries made, rollups of every kind included");

$node->command_ok(
	[ 'pg_dump', '-Fc', '-d', 'gpumkt_summaries_src', '-f', "$work/summaries.pgc" ],
	'pg_dump of the summaries');
$node->safe_psql('postgres', 'CREATE DATABASE gpumkt_summaries_dst');
$node->command_ok(
	[ 'pg_restore', '--exit-on-error', '-d', 'gpumkt_summaries_dst', "$work/summaries.pgc" ],
	'pg_restore of the summaries (every COPY row reads back)');
is($node->safe_psql('gpumkt_summaries_dst', $snapshot), $before,
	'every summary comes back with the same text');

$node->stop;
done_testing();
