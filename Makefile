# gpumkt: PGXS build.  make && make install; make installcheck against a
# running server (bash test/run_tests.sh makes a throwaway one), then the TAP
# tests, which start clusters of their own.

EXTENSION = gpumkt
MODULE_big = gpumkt
# The C in two parts (README.md, Layout): src/core, pure C that includes no
# server header (growth math and states, ranges, ETS, charts, decimal
# rounding, the keys of names), also archived as src/core/libgpumkt_core.a, which the unit
# tests (make unit) link; and src/pg, the fmgr glue, module.c on top.
CORE_OBJS = src/core/growth/growth_math.o src/core/growth/growth_state.o \
	src/core/growth/moving_fit.o src/core/growth/drift_math.o \
	src/core/market/range_math.o src/core/market/decimal_round.o \
	src/core/forecast/ets_math.o src/core/forecast/ets_fit.o \
	src/core/forecast/ets_series.o src/core/forecast/ets_text.o \
	src/core/forecast/ets_forecast.o src/core/forecast/ets_class.o \
	src/core/forecast/ets_class3.o src/core/forecast/ets_init.o \
	src/core/forecast/ets_search.o src/core/forecast/ets_choose.o \
	src/core/forecast/ets_lik.o \
	src/core/forecast/theta_model.o src/core/forecast/theta.o \
	src/core/forecast/auto_model.o src/core/forecast/auto_calib.o \
	src/core/charts/svg_draw.o src/core/charts/svg_axis.o src/core/charts/svg_measure.o \
	src/core/charts/svg_charts.o src/core/charts/svg_segments.o \
	src/core/charts/svg_lines.o src/core/charts/textchart_math.o \
	src/core/names/name_fold.o
PG_OBJS = src/pg/module.o src/pg/names.o \
	src/pg/growth/growth_fns.o src/pg/growth/growth_type.o src/pg/growth/drift.o \
	src/pg/aggregates/aggregates.o src/pg/aggregates/agg_years.o \
	src/pg/aggregates/share_hhi.o src/pg/aggregates/moving_fit_agg.o \
	src/pg/market/regions.o src/pg/market/regions_lazy.o src/pg/market/cache.o src/pg/market/data.o \
	src/pg/market/args.o src/pg/market/legacy.o \
	src/pg/market/forecast.o src/pg/market/years.o src/pg/market/forecast_fns.o \
	src/pg/market/guard.o src/pg/market/ranges.o src/pg/market/range_fns.o \
	src/pg/market/scenario.o src/pg/market/scenario_fns.o \
	src/pg/market/sensitivity.o src/pg/market/units.o \
	src/pg/forecast/ets.o src/pg/forecast/ets_final.o src/pg/forecast/ets_time.o src/pg/forecast/ets_type.o \
	src/pg/forecast/theta_agg.o \
	src/pg/forecast/ets_binary.o \
	src/pg/charts/textchart.o src/pg/charts/svg.o src/pg/charts/svg_agg.o
OBJS = $(CORE_OBJS) $(PG_OBJS)
CORE_SRCS = $(CORE_OBJS:.o=.c)
CORE_LIB = src/core/libgpumkt_core.a
# src/core's include path (its folders), and src/pg's beside it
CORE_INCLUDES = $(addprefix -I,$(patsubst %/,%,$(sort $(dir $(CORE_OBJS)))))
PG_INCLUDES = $(addprefix -I,$(patsubst %/,%,$(sort $(dir $(PG_OBJS)))))
UNIT_TEST = test/unit/test_core
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
# (the data file may be spliced in where shipped rows are mended); the
# routines it replaces are spliced from sql/src (sql/include/build_update.pl).
PREVIOUS_VERSION = 2.1
BUILD_UPDATE = sql/include/build_update.pl
UPDATE_SCRIPT = sql/gpumkt--$(PREVIOUS_VERSION)--$(EXTVERSION).sql
UPDATE_SOURCE = sql/update/gpumkt--$(PREVIOUS_VERSION)--$(EXTVERSION).sql
DATA_built = $(GPUMKT_SCRIPT) $(UPDATE_SCRIPT)
EXTRA_CLEAN = $(GPUMKT_SCRIPT) $(UPDATE_SCRIPT) $(CORE_LIB) $(UNIT_TEST) $(CORE_ALONE_DIR)

# the pg_regress suite: test/sql/<name>.sql and test/expected/<name>.out, in
# the order of test/schedule (a pg_regress schedule; install first, upgrade
# last); make installcheck REGRESS="install ... upgrade" runs a few
REGRESS = $(shell sed -n 's/^test: *//p' test/schedule)
REGRESS_OPTS = --inputdir=test --outputdir=test/results
# isolation specs in test/specs, their outputs in test/expected
ISOLATION = concurrent_market concurrent_scenarios concurrent_load concurrent_chains
ISOLATION_OPTS = --inputdir=test --outputdir=test/results/isolation
# TAP tests in test/t (PostgreSQL::Test::Cluster; Debian: libipc-run-perl),
# run by make installcheck after the suites above (TAP_TESTS= leaves them
# out) or alone by make prove-installcheck; see docs/testing-tap.md
TAP_TESTS = 1
PROVE_TESTS = test/t/*.pl

PG_CONFIG ?= pg_config
# the server headers are system headers here, so that -Wextra speaks of our code only
PG_CPPFLAGS = $(PG_INCLUDES) $(CORE_INCLUDES) -isystem $(shell $(PG_CONFIG) --includedir-server)
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
$(UPDATE_SCRIPT): $(UPDATE_SOURCE) $(SOURCES) $(BUILD_UPDATE) $(REPORT_DATA_ASCII) $(READ_REPORT) gpumkt.control Makefile
	$(check_ascii) $(UPDATE_SOURCE)
	perl $(BUILD_UPDATE) $(UPDATE_SOURCE) $(SOURCES) > $@.spliced
	$(GPUMKT_SED) $@.spliced > $@
	rm -f $@.spliced
	$(check_ascii) $@

# every object depends on every header (PGXS tracks none of them): a changed
# struct never leaves an object compiled against its old layout
$(OBJS): $(wildcard src/*/*.h src/*/*/*.h)

# src/core compiles without the server's include path (the flags that define
# or warn are kept), for the module as for its bitcode
$(CORE_OBJS) $(CORE_OBJS:.o=.bc): override CPPFLAGS := $(CORE_INCLUDES) $(filter -D% -W%,$(CPPFLAGS))

# the archive of src/core, built with the module
all: $(CORE_LIB)
$(CORE_LIB): $(CORE_OBJS)
	rm -f $@
	$(AR) crs $@ $^

# src/core alone: every file of it compiled by $(CORE_CC) with
# $(CORE_CFLAGS) and src/core's include path only (no server header can
# be found), archived as $(CORE_ALONE_DIR)/libgpumkt_core.a; test/fuzz.sh
# builds its sanitized library so (CORE_CC=clang, CORE_ALONE_DIR=...);
# by default with the code generation flags the server's build uses
CORE_CC = cc
CORE_CFLAGS = -O2 -fwrapv -fno-strict-aliasing -fexcess-precision=standard \
	-Wall -Wextra -Wmissing-prototypes -Wdeclaration-after-statement -Werror
CORE_ALONE_DIR = src/core/alone
.PHONY: core-alone
core-alone:
	@! grep -n '^#include "\(postgres\|fmgr\|funcapi\|miscadmin\)\.h"\|^#include "[a-z]*/' $(CORE_SRCS) $(wildcard src/core/*/*.h) \
	    || { echo "core-alone: a file of src/core includes a server header (above)" >&2; exit 1; }
	rm -rf $(CORE_ALONE_DIR) && mkdir -p $(CORE_ALONE_DIR)
	for f in $(CORE_SRCS); do \
	    $(CORE_CC) $(CORE_CFLAGS) $(CORE_INCLUDES) -c -o $(CORE_ALONE_DIR)/`basename $$f .c`.o $$f || exit 1; \
	done
	$(AR) crs $(CORE_ALONE_DIR)/libgpumkt_core.a $(CORE_ALONE_DIR)/*.o
	@echo "core-alone: $(words $(CORE_SRCS)) files of src/core built by $(CORE_CC) without a server include path"

# The unit tests of src/core (test/unit/*.c), linked with its
# archive only; first src/core alone, as above
.PHONY: unit
unit: core-alone $(UNIT_TEST)
	$(UNIT_TEST)
UNIT_SRCS = test/unit/test_core.c test/unit/test_forecast.c
$(UNIT_TEST): $(UNIT_SRCS) test/unit/unit.h $(CORE_LIB) $(wildcard src/core/*/*.h)
	$(CC) $(CFLAGS) $(CORE_INCLUDES) -o $@ $(UNIT_SRCS) $(CORE_LIB) -lm

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
