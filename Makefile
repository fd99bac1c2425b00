# gpumkt: PGXS build.  make && make install; make installcheck against a
# running server (bash test/run_tests.sh makes a throwaway one), then the TAP
# tests, which start clusters of their own.

EXTENSION = gpumkt
MODULE_big = gpumkt
OBJS = src/module.o src/growth_math.o src/growth_float8.o src/growth_numeric.o src/names.o src/regions.o src/cache.o src/data.o src/forecast.o src/years.o src/forecast_fns.o src/guard.o src/growth_state.o src/aggregates.o \
	src/agg_years.o src/growth_type.o src/share_hhi.o src/moving_fit.o src/moving_fit_agg.o \
	src/textchart_math.o src/textchart.o \
	src/drift_math.o src/drift.o \
	src/range_math.o src/ranges.o src/range_fns.o src/scenario.o src/scenario_check.o src/scenario_fns.o src/sensitivity.o src/decimal_round.o src/numeric_out.o src/units.o \
	src/ets_math.o src/ets_fit.o src/ets_series.o src/ets_text.o src/ets.o src/ets_time.o src/ets_type.o \
	src/svg_draw.o src/svg_charts.o src/svg_lines.o src/svg.o src/svg_agg.o
# The install script of the current version is generated from one source
# file per concern (sql/src/) and the report's data file (data/); it is not
# committed.  Released scripts stay as they landed, in sql/released/.
EXTVERSION = $(shell sed -n "s/^default_version = '\(.*\)'/\1/p" gpumkt.control)
GPUMKT_SCRIPT = sql/gpumkt--$(EXTVERSION).sql
SOURCES = $(sort $(wildcard sql/src/*.sql))
REPORT_DATA = data/ai_training_gpu_clusters.json
DATA = $(wildcard sql/released/*.sql) $(wildcard sql/released/*.control)
# The update script from the last released version is written by hand as a
# delta (sql/update/), with the same substitutions as the install script
# (the data file may be spliced in where shipped rows are mended).
UPDATE_SCRIPT = sql/gpumkt--1.4--$(EXTVERSION).sql
UPDATE_SOURCE = sql/update/gpumkt--1.4--$(EXTVERSION).sql
DATA_built = $(GPUMKT_SCRIPT) $(UPDATE_SCRIPT)
EXTRA_CLEAN = $(GPUMKT_SCRIPT) $(UPDATE_SCRIPT)

REGRESS = install facts growth forecast segments shares series explain years names search_path memory audit audit_markets audit_user_rows checks security joins robustness aggregates growth_type parallel badinput agg_summaries agg_moving agg_states agg_years agg_totals cancel trusted rights charts \
	drift \
	ranges \
	scenarios \
	what_if \
	units \
	ets \
	svg \
	ranges_review \
	review_14 \
	load_report \
	convert \
	consensus \
	reconcile \
	review_14b \
	encoding \
	messages \
	upgrade
REGRESS_OPTS = --inputdir=. --outputdir=test/results
# isolation specs in test/specs, their outputs in expected/ (test/expected
# links to it)
ISOLATION = concurrent_market concurrent_scenarios concurrent_load concurrent_chains
ISOLATION_OPTS = --inputdir=test --outputdir=test/results/isolation
# TAP tests in test/t (PostgreSQL::Test::Cluster; Debian: libipc-run-perl),
# run by make installcheck after the suites above (TAP_TESTS= leaves them
# out) or alone by make prove-installcheck; see docs/testing-tap.md
TAP_TESTS = 1
PROVE_TESTS = test/t/*.pl

PG_CONFIG ?= pg_config
# the server headers are system headers here, so that -Wextra speaks of our code only
PG_CPPFLAGS = -Isrc -isystem $(shell $(PG_CONFIG) --includedir-server)
PG_CFLAGS = -Wall -Wextra

PGXS := $(shell $(PG_CONFIG) --pgxs)
include $(PGXS)

# The scripts are ASCII, so that every server encoding reads them alike:
# the sources must be ASCII (checked), and the data file is spliced with
# every other character written as a JSON \uXXXX escape (a surrogate pair
# beyond the BMP), which the install converts to the server encoding
# (sql/include/read_report.sql; docs/reference.md, Database encodings).
REPORT_DATA_ASCII = sql/report-data-ascii.json
READ_REPORT = sql/include/read_report.sql
EXTRA_CLEAN += $(REPORT_DATA_ASCII)
# fails naming file and line of each character outside ASCII
check_ascii = perl -ne 'if (/[^\x00-\x7f]/) { print STDERR "$$ARGV:$$.: a character outside ASCII\n"; $$bad = 1 } close ARGV if eof; END { exit $$bad }'
# the sources in order, the version in the header, the data file in place of
# the line @GPUMKT_DATA@, the reader of the data in place of the line
# @GPUMKT_READ_REPORT@
GPUMKT_SED = sed -e 's/@EXTVERSION@/$(EXTVERSION)/' \
	-e '/^@GPUMKT_DATA@$$/{r $(REPORT_DATA_ASCII)' -e 'd' -e '}' \
	-e '/^@GPUMKT_READ_REPORT@$$/{r $(READ_REPORT)' -e 'd' -e '}'
# (the data file must not hold the dollar quote it is put in; a failed step
# leaves no half-written script, and a change of the source list rebuilds)
.DELETE_ON_ERROR:
$(REPORT_DATA_ASCII): $(REPORT_DATA) Makefile
	! grep -qF '$$gpumkt_data$$' $(REPORT_DATA) || { echo '$(REPORT_DATA) holds $$gpumkt_data$$' >&2; exit 1; }
	perl -CSD -Mwarnings=FATAL,utf8 -pe 's/([^\x00-\x7f])/my $$c = ord($$1); $$c > 0xFFFF ? sprintf("\\u%04x\\u%04x", 0xD800 + (($$c - 0x10000) >> 10), 0xDC00 + (($$c - 0x10000) & 0x3FF)) : sprintf("\\u%04x", $$c)/ge' $(REPORT_DATA) > $@
	$(check_ascii) $@

$(GPUMKT_SCRIPT): $(SOURCES) $(REPORT_DATA_ASCII) $(READ_REPORT) gpumkt.control Makefile sql/src
	$(check_ascii) $(SOURCES) $(READ_REPORT)
	for f in $(SOURCES); do \
	    $(GPUMKT_SED) $$f || exit 1; \
	done > $@
	$(check_ascii) $@

# the delta, with the same substitutions
$(UPDATE_SCRIPT): $(UPDATE_SOURCE) $(REPORT_DATA_ASCII) $(READ_REPORT) gpumkt.control Makefile
	$(check_ascii) $(UPDATE_SOURCE)
	$(GPUMKT_SED) $(UPDATE_SOURCE) > $@
	$(check_ascii) $@

# every object depends on every header (PGXS tracks none of them): a changed
# struct never leaves an object compiled against its old layout
$(OBJS): $(wildcard src/*.h)

# after the include: Makefile.global empties PROVE_FLAGS (make PROVE_FLAGS=-v
# on the command line still wins)
PROVE_FLAGS = --timer

# The server refuses to run as root: as root, the TAP tests run as the
# postgres user, from a copy in a directory of their own
# (test/prove_as_postgres.sh); tmp_check/ gets their logs either way.
ifeq ($(shell id -u),0)
define prove_installcheck
echo "+++ tap install-check, as the postgres user +++" && \
PROVE='$(PROVE)' PG_PROVE_FLAGS='$(PG_PROVE_FLAGS)' PROVE_FLAGS='$(PROVE_FLAGS)' \
   PG_REGRESS='$(top_builddir)/src/test/regress/pg_regress' PG_BINDIR='$(bindir)' \
   bash test/prove_as_postgres.sh $(PROVE_TESTS)
endef
endif

.PHONY: prove-installcheck
prove-installcheck:
	$(prove_installcheck)

# PGXN's format: the committed tree at HEAD, every file under
# gpumkt-<version>/, as gpumkt-<version>.zip (the version is META.json's,
# the control file's as SemVer; the install script is generated by make, so
# the zip holds its sources); docs/packaging.md
DISTVERSION = $(shell sed -n 's/^   "version": "\([^"]*\)",$$/\1/p' META.json)
.PHONY: dist
dist:
	git archive --format=zip --prefix=$(EXTENSION)-$(DISTVERSION)/ -o $(EXTENSION)-$(DISTVERSION).zip HEAD
