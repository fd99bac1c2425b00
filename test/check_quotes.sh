#!/usr/bin/env bash
# Checks that every quoted passage of the shipped report, as the data file
# data/ai_training_gpu_clusters.json holds it (every source_quote, and the
# French names of regions), stands word for word in the report
# (../shared/seed/*.txt) or in its fact sheet (FACTS.md).  A quote may join
# two passages with " ... ".  Skipped (and counted so) when the report is not
# beside the repository.
set -uo pipefail
cd "$(dirname "$0")/.."
seed=$(cd "${GPUMKT_SEED:-../shared/seed}" 2>/dev/null && pwd) || {
    echo "check_quotes: no report beside the repository, skipped"
    exit 0
}
python3 - "$seed" data/ai_training_gpu_clusters.json <<'PY'
import glob, json, sys
seed, path = sys.argv[1], sys.argv[2]
text = "".join(open(f, encoding="utf-8").read()
               for f in sorted(glob.glob(seed + "/*.txt")) + [seed + "/FACTS.md"])
doc = json.load(open(path, encoding="utf-8"))
parts = set()
for table, rows in doc.items():
    if not isinstance(rows, list):
        continue
    for row in rows:
        quotes = [row.get("source_quote")]
        if table == "regions" and row.get("kind") != "world":
            quotes.append(row.get("name_fr"))
        for q in quotes:
            if q:
                parts.update(q.split(" ... "))
missing = [p for p in sorted(parts) if p not in text]
for p in missing:
    print("check_quotes: not in the report: " + p)
print("check_quotes: %d passages, %d not found" % (len(parts), len(missing)))
sys.exit(0 if parts and not missing else 1)
PY
