#!/usr/bin/perl
# build_update.pl: the update script's source with its splice lines replaced
# (Makefile; the version and data substitutions are made afterwards).
#   @GPUMKT_ROUTINE name@       CREATE OR REPLACE of every function of that
#                               name in sql/src, each with its COMMENT
#   @GPUMKT_SOURCE path@        the whole file
#   @GPUMKT_AGGREGATE name(types)@
#                               CREATE AGGREGATE of that form in sql/src
#                               with its COMMENT (types as the COMMENT
#                               writes them)
#   @GPUMKT_AGGREGATE_COMMENT name(types)@
#                               that COMMENT ON AGGREGATE alone
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
	elsif ($line =~ /^\@GPUMKT_AGGREGATE(_COMMENT)? ([a-z0-9_]+)(\([^)]*\))\@$/)
	{
		my ($only_comment, $name, $types) = ($1, $2, $3);
		my $comment = "COMMENT ON AGGREGATE \@extschema\@.$name$types IS";
		my $at = index($all, $comment);
		die "$update: no COMMENT ON AGGREGATE $name$types in sql/src\n" if $at < 0;
		my $end = index($all, "';\n", $at);
		die "$update: the comment of $name$types has no end\n" if $end < 0;
		my $text = substr($all, $at, $end + 3 - $at);
		unless ($only_comment)
		{
			# the CREATE AGGREGATE of that form: the last one before its comment
			my $before = substr($all, 0, $at);
			my $create = rindex($before, "CREATE AGGREGATE \@extschema\@.$name(");
			die "$update: no CREATE AGGREGATE before the comment of $name$types\n" if $create < 0;
			$text = substr($before, $create) . $text;
		}
		print $text, "\n";
	}
	elsif ($line =~ /^\@GPUMKT_SOURCE (\S+)\@$/)
	{
		my $path = $1;
		open(my $fh, '<', $path) or die "$update: $path: $!\n";
		print while <$fh>;
		close($fh);
	}
	elsif ($line =~ /^\@GPUMKT_(ROUTINE|SOURCE|AGGREGATE)/)
	{
		die "$update:$.: a splice line not understood\n";
	}
	else
	{
		print $line;
	}
}
close($in);
