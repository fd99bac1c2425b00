#!/usr/bin/env python3
"""Property test of gpumkt_load_report: deterministic mutations of the
shipped report (fixed seed), each loaded under the market code "prop" in a
throwaway cluster.  Every load must either succeed, load every row of the
mutated report and export a report that loads again identically (export of
the copy = export of the load), or be refused with nothing written (a
checksum of every table before and after) and never with XX000 (an internal
error) or a crash.  Mutations: a key removed or added, a value replaced by
another type, by a string number ("17,5 %", "6,01"), by an out-of-range or
non-finite value, a row duplicated, a region renamed or looped, a table
removed.  The mutated figures are not data: nothing here ships.
Run from the repository's root: python3 test/report_property.py [N]
(default N = 300 mutations, seed 11); it builds and installs gpumkt holding
$GPUMKT_LOCK (default /tmp/gpumkt-install.lock), as bench/lib.sh does.  Prints a summary line and
exits 1 on a failure.
"""
import copy
import fcntl
import json
import os
import random
import subprocess
import sys
import tempfile

N = int(sys.argv[1]) if len(sys.argv) > 1 else 300
PGC = "/usr/lib/postgresql/15/bin/pg_config"
VALUES = [12, -1, -1.5, 0, 2250, 1899, 0.5, "17,5 %", "6,01", "NaN", "Infinity", "abc", "",
          None, True, [], {}, [1], 1e300, "2025-13-01", "North America", "Atlantis", "global",
          2147483648, 2025.5, "-100 %", "12 %", 1.0000001]

def mutate(doc, rng):
    d = copy.deepcopy(doc)
    tables = [k for k in d if isinstance(d[k], list) and d[k]]
    t = rng.choice(tables)
    i = rng.randrange(len(d[t]))
    row = d[t][i]
    kind = rng.randrange(8)
    if kind == 0 and row:
        del row[rng.choice(sorted(row))]
    elif kind == 1:
        row[rng.choice(["valeur", "shipped", "market", "extra"])] = rng.choice(VALUES)
    elif kind in (2, 3, 4) and row:
        row[rng.choice(sorted(row))] = rng.choice(VALUES)
    elif kind == 5:
        d[t].append(copy.deepcopy(row))
    elif kind == 6 and t == "regions":
        row["parent"] = row["region"]
    elif kind == 6:
        del d[t]
    else:
        d[rng.choice(["format", "forecasts", "markets"])] = rng.choice(VALUES)
    return d

def main():
    os.chdir(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
    with open("data/ai_training_gpu_clusters.json") as f:
        shipped = json.load(f)
    base = {k: ([{c: v for c, v in r.items() if c != "market"} for r in rows]
                if isinstance(rows, list) else rows) for k, rows in shipped.items()}
    base["markets"][0]["market"] = "prop"
    rng = random.Random(11)
    docs = [base] + [mutate(base, rng) for _ in range(N)]
    sql = ["CREATE EXTENSION gpumkt;", "SET client_min_messages = warning;",
           r"""CREATE FUNCTION pg_temp.state() RETURNS text LANGUAGE sql RETURN (
  SELECT string_agg(md5(x), ',') FROM (
    SELECT (SELECT coalesce(string_agg(t::text, '|' ORDER BY t::text), '') FROM gpumkt_regions t) UNION ALL
    SELECT (SELECT coalesce(string_agg(t::text, '|' ORDER BY t::text), '') FROM gpumkt_markets t) UNION ALL
    SELECT (SELECT coalesce(string_agg(t::text, '|' ORDER BY t::text), '') FROM gpumkt_anchors t) UNION ALL
    SELECT (SELECT coalesce(string_agg(t::text, '|' ORDER BY t::text), '') FROM gpumkt_rates t) UNION ALL
    SELECT (SELECT coalesce(string_agg(t::text, '|' ORDER BY t::text), '') FROM gpumkt_region_shares t) UNION ALL
    SELECT (SELECT coalesce(string_agg(t::text, '|' ORDER BY t::text), '') FROM gpumkt_dimensions t) UNION ALL
    SELECT (SELECT coalesce(string_agg(t::text, '|' ORDER BY t::text), '') FROM gpumkt_segments t) UNION ALL
    SELECT (SELECT coalesce(string_agg(t::text, '|' ORDER BY t::text), '') FROM gpumkt_players t) UNION ALL
    SELECT (SELECT coalesce(string_agg(t::text, '|' ORDER BY t::text), '') FROM gpumkt_developments t) UNION ALL
    SELECT (SELECT coalesce(string_agg(t::text, '|' ORDER BY t::text), '') FROM gpumkt_figures t)) s(x));""",
           r"""CREATE FUNCTION pg_temp.try(i int, doc text) RETURNS text LANGUAGE plpgsql AS $$
DECLARE before text := pg_temp.state(); st text; msg text; rows bigint; want bigint; e1 jsonb; e2 jsonb;
BEGIN
  BEGIN
    SELECT sum(loaded) INTO rows FROM gpumkt_load_report(doc::jsonb);
    SELECT sum(jsonb_array_length(v)) INTO want FROM jsonb_each(doc::jsonb) k(t, v)
      WHERE jsonb_typeof(v) = 'array' AND t <> 'regions';
    e1 := gpumkt_export_report('prop');
    PERFORM gpumkt_load_report(jsonb_set(e1, '{markets,0,market}', '"prop2"'));
    e2 := jsonb_set(gpumkt_export_report('prop2'), '{markets,0,market}', '"prop"');
    IF rows - (SELECT count(*) FROM gpumkt_regions WHERE NOT shipped) <> want THEN
      RETURN 'FAIL ' || i || ' loaded ' || rows || ' rows of ' || want;
    ELSIF e1 <> e2 THEN
      RETURN 'FAIL ' || i || ' export of the copy differs';
    END IF;
    RAISE EXCEPTION 'undo' USING ERRCODE = 'P0001';
  EXCEPTION WHEN OTHERS THEN
    GET STACKED DIAGNOSTICS st = RETURNED_SQLSTATE, msg = MESSAGE_TEXT;
  END;
  IF st = 'P0001' AND msg = 'undo' THEN RETURN 'loaded'; END IF;
  IF st LIKE 'XX%' THEN RETURN 'FAIL ' || i || ' internal error ' || st || ': ' || msg; END IF;
  IF pg_temp.state() <> before THEN RETURN 'FAIL ' || i || ' refused (' || st || ') but wrote'; END IF;
  RETURN 'refused ' || st;
END $$;"""]
    for i, d in enumerate(docs):
        lit = json.dumps(d, ensure_ascii=False).replace("'", "''")
        sql.append("SELECT 'result', pg_temp.try(%d, '%s');" % (i, lit))
    with tempfile.NamedTemporaryFile("w", suffix=".sql", delete=False) as f:
        f.write("\n".join(sql) + "\n")
    os.chmod(f.name, 0o644)
    lock = open(os.environ.get("GPUMKT_LOCK", "/tmp/gpumkt-install.lock"), "w")
    fcntl.flock(lock, fcntl.LOCK_EX)
    subprocess.run(["make", "-s", "PG_CONFIG=" + PGC], check=True, stdout=subprocess.DEVNULL)
    subprocess.run(["make", "-s", "PG_CONFIG=" + PGC, "install"], check=True, stdout=subprocess.DEVNULL)
    out = subprocess.run(["pg_virtualenv", "-t", "-v", "15", "psql", "-X", "-A", "-t", "-F", " ", "-f", f.name],
                         capture_output=True, text=True)
    os.unlink(f.name)
    results = [l.split(" ", 1)[1] for l in out.stdout.splitlines() if l.startswith("result ")]
    fails = [r for r in results if r.startswith("FAIL")]
    if len(results) != len(docs):
        fails.append("FAIL %d results of %d: %s" % (len(results), len(docs), out.stderr[-2000:]))
    if results and results[0] != "loaded":
        fails.append("FAIL the unmutated report: " + results[0])
    counts = {}
    for r in results:
        counts[r] = counts.get(r, 0) + 1
    for fl in fails:
        print(fl)
    print("report_property: %d mutations (seed 11), %s; %s" % (
        N, ", ".join("%s %d" % kv for kv in sorted(counts.items()) if not kv[0].startswith("FAIL")),
        "FAILED %d" % len(fails) if fails else "ok"))
    return 1 if fails else 0

sys.exit(main())
