# gpumkt: PGXS build.  make && make install; make installcheck against a
# running server (bash test/run_tests.sh makes a throwaway one).

EXTENSION = gpumkt
MODULE_big = gpumkt
OBJS = src/growth_math.o src/growth.o src/data.o src/forecast.o src/guard.o
DATA = $(wildcard sql/gpumkt--*.sql)

REGRESS = install facts growth forecast segments shares series explain audit security joins robustness
REGRESS_OPTS = --inputdir=. --outputdir=test/results

PG_CONFIG ?= pg_config
PG_CPPFLAGS = -Isrc
PG_CFLAGS = -Wall -Wextra -Wno-unused-parameter  # the server headers trip -Wunused-parameter

PGXS := $(shell $(PG_CONFIG) --pgxs)
include $(PGXS)
