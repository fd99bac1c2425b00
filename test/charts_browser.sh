#!/usr/bin/env bash
# Each chart function's SVG alone, in a real browser: gpumkt_chart (a
# market's line by basis, the band, an extrapolated stretch, a segment),
# gpumkt_chart_segments (names that wrap, and too long for two lines),
# gpumkt_svg_forecast of a user's series (actuals, forecast, 80 %
# prediction interval) and of every kind of point, and
# gpumkt_svg_lines with and without a title and unit, and with twenty long
# names, and both charts of amounts in plain dollars, billions (labels
# "50 bn": test/charts_browser.sql).  Needs gpumkt installed in the system's
# PostgreSQL 15 (test/setup.sh, or make install); runs in a throwaway
# cluster (pg_virtualenv).  Checks:
#   - every SVG well formed (xmllint) and drawn by a second renderer
#     (rsvg-convert, test/results/charts/rsvg/NAME.png);
#   - headless Chromium loads a page of them all with no console message;
#   - a probe script (in that test page only) finds no text outside its SVG,
#     no two legend texts on top of each other, no segment legend line cut
#     ("...") where it had room (names wrap to a second line), every band
#     at least 8 px tall, and each line chart's legend at 16 px right of the
#     plot and at most 40 px short of the right edge;
#   - the screenshot has ink in every chart's box; each box is kept as
#     test/results/charts/NAME.png for a person to look at.
# Prints "charts_browser: ..." lines; fails on any finding.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -z "${PGPORT:-}" ]; then
    exec pg_virtualenv -t -v 15 bash "$0" "$@"
fi
py=python3
python3 -c 'import PIL' >/dev/null 2>&1 || py=/usr/bin/python3
out=test/results/charts
rm -rf "$out" && mkdir -p "$out/rsvg"
psql -qAtX -v ON_ERROR_STOP=1 -F $'\x1f' -R $'\x1e' -f test/charts_browser.sql -o "$out/rows.txt"
$py test/charts_browser.py split "$out/rows.txt" "$out"
status=0
for svg in "$out"/*.svg; do
    xmllint --noout "$svg" || { echo "charts_browser: $svg is not well formed"; status=1; }
    rsvg-convert -o "$out/rsvg/$(basename "${svg%.svg}").png" "$svg" || { echo "charts_browser: rsvg-convert fails on $svg"; status=1; }
done

# Chromium: as root it needs --no-sandbox; a profile of its own, at most a
# minute a run
chrome() {
    local profile rc=0
    profile=$(mktemp -d)
    timeout 60 chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --no-first-run \
        --force-device-scale-factor=1 --user-data-dir="$profile" --enable-logging=stderr --v=0 "$@" || rc=$?
    rm -rf "$profile"
    return $rc
}
page="file://$PWD/$out/charts.html"
chrome --window-size=700,1000 --virtual-time-budget=5000 --dump-dom "$page" > "$out/probe.dom" 2> "$out/probe.log" \
    || { echo "charts_browser: chromium failed on the probe"; tail -20 "$out/probe.log"; exit 1; }
height=$(sed -n 's/.*"height":\([0-9]*\).*/\1/p' "$out/probe.dom" | head -1)
chrome --window-size=700,"${height:-6000}" --virtual-time-budget=5000 --screenshot="$PWD/$out/page.png" "$page" \
    > "$out/page.log" 2>&1 || { echo "charts_browser: chromium failed on the page"; tail -20 "$out/page.log"; exit 1; }
if grep -E 'CONSOLE|Refused to|Failed to load|net::ERR|Error: <' "$out/probe.log" "$out/page.log"; then
    echo "charts_browser: console messages or load errors"; status=1
fi
$py test/charts_browser.py layout "$out/probe.dom" "$out/page.png" "$out" || status=1
if [ $status -eq 0 ]; then
    echo "charts_browser: ok, $(ls "$out"/*.svg | wc -l) charts drawn alone, no console error, no overflow; screenshots test/results/charts/*.png"
else
    echo "charts_browser: FAILED"
fi
exit $status
