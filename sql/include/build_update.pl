#!/usr/bin/perl
# build_update.pl: the update script's source with its splice lines replaced
# (Makefile; the version and data substitutions are made afterwards).
#   @GPUMKT_ROUTINE name@       CREATE OR REPLACE of every function of that
#                               name in sql/src, each with its COMMENT
#   @GPUMKT_SOURCE path@        the whole file
# Usage: build_update.pl UPDATE_SOURCE SQL_SOURCE...
use strict;
use warnings;

my ($update, @sources) = @ARGV;
my $all = '';
foreach my $f (@sources)
{
	open(my $fh, '<', $f) or die "$f: $!\n";
	local $/;
	$all .= <$fh>;
	close($fh);
}

open(my $in, '<', $update) or die "$update: $!\n";
while (my $line = <$in>)
{
	if ($line =~ /^\@GPUMKT_ROUTINE ([a-z0-9_]+)\@$/)
	{
		my $name = $1;
		my $found = 0;
		while ($all =~ /^(CREATE (?:OR REPLACE )?FUNCTION \@extschema\@\.\Q$name\E\(.*?^COMMENT ON FUNCTION \@extschema\@\.\Q$name\E\(.*?';\n)/msg)
		{
			(my $def = $1) =~ s/^CREATE FUNCTION/CREATE OR REPLACE FUNCTION/;
			print $def, "\n";
			$found++;
		}
		die "$update: no function $name with a comment in sql/src\n" unless $found;
	}
	elsif ($line =~ /^\@GPUMKT_SOURCE (\S+)\@$/)
	{
		my $path = $1;
		open(my $fh, '<', $path) or die "$update: $path: $!\n";
		print while <$fh>;
		close($fh);
	}
	elsif ($line =~ /^\@GPUMKT_(ROUTINE|SOURCE)/)
	{
		die "$update:$.: a splice line not understood\n";
	}
	else
	{
		print $line;
	}
}
close($in);
