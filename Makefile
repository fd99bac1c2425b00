# gpumkt: PGXS build.  make && make install; make installcheck against a
# running server (bash test/run_tests.sh makes a throwaway one).

EXTENSION = gpumkt
MODULE_big = gpumkt
OBJS = src/growth_math.o src/growth.o src/names.o src/regions.o src/cache.o src/data.o src/forecast.o src/years.o src/forecast_fns.o src/guard.o src/growth_state.o src/aggregates.o
# the update script to 1.3 is put together from one part per concern
UPDATE_13 = sql/gpumkt--1.2--1.3.sql
DATA = $(filter-out $(UPDATE_13),$(wildcard sql/gpumkt--*.sql)) $(wildcard sql/gpumkt--*.control)
DATA_built = $(UPDATE_13)
EXTRA_CLEAN = $(UPDATE_13)

REGRESS = install facts growth forecast segments shares series explain years names search_path memory audit security joins robustness aggregates growth_type parallel badinput cancel trusted upgrade
REGRESS_OPTS = --inputdir=. --outputdir=test/results
# isolation specs in test/specs, their outputs in expected/ (test/expected
# links to it)
ISOLATION = concurrent_market
ISOLATION_OPTS = --inputdir=test --outputdir=test/results/isolation

PG_CONFIG ?= pg_config
# the server headers are system headers here, so that -Wextra speaks of our code only
PG_CPPFLAGS = -Isrc -isystem $(shell $(PG_CONFIG) --includedir-server)
PG_CFLAGS = -Wall -Wextra

PGXS := $(shell $(PG_CONFIG) --pgxs)
include $(PGXS)

$(UPDATE_13): $(sort $(wildcard sql/update-1.3/*.sql))
	cat $^ > $@
