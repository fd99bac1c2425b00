# How soon a 10-million-row gpumkt aggregate stops once statement_timeout
# fires: each query runs with a 200 ms timeout and the time psql measured
# (\timing) past 200 ms is printed.  A measurement, not a timed assertion:
# a test fails only when its query was not cancelled (SQLSTATE 57014).
use strict;
use warnings;
use PostgreSQL::Test::Cluster;
use PostgreSQL::Test::Utils;
use Test::More;

my $node = PostgreSQL::Test::Cluster->new('main');
$node->init;
$node->start;
$node->safe_psql('postgres', 'CREATE EXTENSION gpumkt');

my $rows = '(SELECT 2000 + i % 30 AS y, i::float8 AS v '
  . 'FROM (SELECT generate_series(1, 10000000) AS i) g) s';
my @queries = (
	[ 'gpumkt_cagr(year, value)',         "SELECT gpumkt_cagr(y, v) FROM $rows" ],
	[ 'gpumkt_fit_rate(year, value)',     "SELECT gpumkt_fit_rate(y, v) FROM $rows" ],
	[ 'gpumkt_growth(year, value)',       "SELECT gpumkt_growth(y, v) FROM $rows" ],
	[ 'gpumkt_share(value, is_part)',     "SELECT gpumkt_share(v, y % 2 = 0) FROM $rows" ],
	[ 'gpumkt_hhi(value)',                "SELECT gpumkt_hhi(v) FROM $rows" ],
	[
		'gpumkt_fit_rate as a moving window',
		'SELECT max(f) FROM (SELECT gpumkt_fit_rate(y, v) OVER (ORDER BY v ROWS 10 PRECEDING) f '
		  . "FROM $rows) w"
	]);

my $worst = 0;
foreach my $q (@queries)
{
	my ($name, $query) = @$q;
	my ($stdout, $stderr);
	$node->psql(
		'postgres', <<SQL,
SET statement_timeout = '200ms';
\\timing on
$query;
\\echo sqlstate=:LAST_ERROR_SQLSTATE
SQL
		stdout        => \$stdout,
		stderr        => \$stderr,
		on_error_stop => 0);
	my ($ms) = $stdout =~ /^Time: ([0-9.]+) ms/m;
	my ($state) = $stdout =~ /^sqlstate=(\S*)/m;
	$ms //= 0;
	my $late = sprintf('%.0f', $ms - 200);
	$worst = $late if $late > $worst;
	diag(sprintf('cancel %-34s %s after %6s ms: %4s ms past the timeout',
			$name, $state // '?', $ms, $late));
	is($state, '57014', "$name is cancelled by statement_timeout")
	  or diag("stdout: $stdout\nstderr: $stderr");
}
diag("cancel_latency: worst $worst ms past a 200 ms timeout");
$node->stop;
done_testing();
