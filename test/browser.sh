#!/usr/bin/env bash
# The HTML report in a real browser.  Writes report.html with the main job
# (test/report.sh: installs gpumkt into the system's PostgreSQL 15 and runs
# in a throwaway cluster), or takes the page given:
#   bash test/browser.sh                 bash test/browser.sh path/to/report.html
# and checks it:
#   - no script and no external resource in the page; every inline SVG well
#     formed (xmllint) and drawn (rsvg-convert to PNG: ink on it);
#   - headless Chromium loads it with no console message and no load error
#     (the page forbids every fetch by its Content-Security-Policy, so a
#     resource would show as a violation);
#   - a probe script, in a test copy of the page only, measures every chart's
#     box and finds table cells, headings and SVG texts wider than their box;
#   - what the page says (for the shipped market): every region named, each
#     cell an audit finding contradicts marked and linked to a note and the
#     finding, each year's line drawn by its basis, the source once, names
#     in the provenance tables (browser_check.py content);
#   - every row of a grid of charts spans the grid (no half-row left empty);
#   - a screenshot of the whole page (test/results/report.png, kept for a
#     person to look at) has ink inside every chart's box; the same at a
#     narrower window (test/results/report-narrow.png: one column).
# Installs chromium, librsvg2-bin, libxml2-utils and python3-pil (apt) when
# missing.  Prints "browser: ..." lines; fails on any finding.
set -euo pipefail
cd "$(dirname "$0")/.."
need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium)
command -v rsvg-convert >/dev/null 2>&1 || need+=(librsvg2-bin)
command -v xmllint >/dev/null 2>&1 || need+=(libxml2-utils)
# Debian's python3-pil is for Debian's python3, which may not be the first
# python3 on the PATH
py=python3
python3 -c 'import PIL' >/dev/null 2>&1 || py=/usr/bin/python3
$py -c 'import PIL' >/dev/null 2>&1 || need+=(python3-pil)
if [ ${#need[@]} -gt 0 ]; then
    echo "browser: installing ${need[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq && apt-get install -y -qq "${need[@]}" >/dev/null
fi

out=test/results/browser
rm -rf "$out" && mkdir -p "$out"
if [ -n "${1:-}" ]; then
    page=$(realpath "$1")
else
    page=$PWD/$out/report.html
    REPORT_HTML=$page bash test/report.sh > "$out/report.log" 2>&1 || { tail -30 "$out/report.log"; exit 1; }
fi
status=0

# the page and each SVG without a browser; what the page says, for the
# shipped market (its figures are known)
$py test/browser_check.py static "$page" "$out" || status=1
if grep -q '<code>ai_training_gpu_clusters</code>' "$page"; then
    $py test/browser_check.py content "$page" data/ai_training_gpu_clusters.json || status=1
    if [ -z "${1:-}" ]; then
        $py test/browser_check.py text "$out/report.log" data/ai_training_gpu_clusters.json || status=1
    fi
fi
for svg in "$out"/chart-*.svg; do
    [ -e "$svg" ] || continue
    xmllint --noout "$svg" || { echo "browser: $svg is not well formed"; status=1; }
    rsvg-convert -o "${svg%.svg}.png" "$svg" || { echo "browser: rsvg-convert fails on $svg"; status=1; }
done
$py test/browser_check.py pixels "$out"/chart-*.png || status=1

# Chromium: as root it needs --no-sandbox; one process at a time, each
# with a profile of its own, at most a minute
chrome() {
    local profile
    profile=$(mktemp -d)
    timeout 60 chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --no-first-run \
        --force-device-scale-factor=1 --user-data-dir="$profile" --enable-logging=stderr --v=0 "$@"
    local rc=$?
    rm -rf "$profile"
    return $rc
}
width=1400
$py test/browser_check.py probe "$page" "$out/probe.html"
chrome --window-size=$width,1000 --virtual-time-budget=5000 --dump-dom "file://$PWD/$out/probe.html" \
    > "$out/probe.dom" 2> "$out/probe.log" || { echo "browser: chromium failed on the probe"; tail -20 "$out/probe.log"; exit 1; }
height=$(sed -n 's/.*"height":\([0-9]*\).*/\1/p' "$out/probe.dom" | head -1)
[ -n "$height" ] || height=4000
chrome --window-size=$width,"$height" --virtual-time-budget=5000 --screenshot="$PWD/$out/report.png" \
    "file://$page" > "$out/page.log" 2>&1 || { echo "browser: chromium failed on the page"; tail -20 "$out/page.log"; exit 1; }
# console messages of the page itself (CONSOLE lines), refused or failed loads
if grep -E 'CONSOLE|Refused to|Failed to load|net::ERR' "$out/page.log"; then
    echo "browser: the page logs console messages or load errors"; status=1
fi
$py test/browser_check.py layout "$out/probe.dom" "$out/report.png" || status=1
cp "$out/report.png" test/results/report.png
# a narrower window (a laptop, a projector): one column of charts, the notes
# under the table; no overflow, no grid row partly empty
narrow=1000
chrome --window-size=$narrow,1000 --virtual-time-budget=5000 --dump-dom "file://$PWD/$out/probe.html" \
    > "$out/probe-narrow.dom" 2> "$out/probe-narrow.log" || { echo "browser: chromium failed on the narrow probe"; exit 1; }
height=$(sed -n 's/.*"height":\([0-9]*\).*/\1/p' "$out/probe-narrow.dom" | head -1)
chrome --window-size=$narrow,"${height:-6000}" --virtual-time-budget=5000 --screenshot="$PWD/$out/report-narrow.png" \
    "file://$page" > "$out/page-narrow.log" 2>&1 || { echo "browser: chromium failed on the narrow page"; exit 1; }
if grep -E 'CONSOLE|Refused to|Failed to load|net::ERR' "$out/page-narrow.log"; then
    echo "browser: the page logs console messages or load errors (narrow window)"; status=1
fi
$py test/browser_check.py layout "$out/probe-narrow.dom" "$out/report-narrow.png" || status=1
cp "$out/report-narrow.png" test/results/report-narrow.png
if [ $status -eq 0 ]; then
    echo "browser: ok, $(ls "$out"/chart-*.svg | wc -l) charts drawn, no console error, no overflow, no grid row partly empty; screenshots test/results/report.png, test/results/report-narrow.png"
else
    echo "browser: FAILED"
fi
exit $status
