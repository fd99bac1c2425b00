# gpumkt: PGXS build.  make && make install; make installcheck against a
# running server (bash test/run_tests.sh makes a throwaway one).

EXTENSION = gpumkt
MODULE_big = gpumkt
OBJS = src/growth_math.o src/growth.o src/data.o src/forecast.o src/guard.o src/growth_state.o src/aggregates.o
DATA = $(wildcard sql/gpumkt--*.sql) $(wildcard sql/gpumkt--*.control)

REGRESS = install facts growth forecast segments shares series explain audit security joins robustness aggregates growth_type parallel badinput cancel trusted upgrade
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
