#!/usr/bin/env python3
"""The checks of test/browser.sh on report.html, in steps called by it.

  static PAGE DIR    no script, no external resource; each inline SVG saved
                     as DIR/chart-N.svg (xmllint and rsvg-convert check them)
  pixels PNG...      each PNG of an SVG (rsvg-convert) has ink: prints the
                     share of pixels that are not white
  probe PAGE OUT     OUT: a copy of the page with a probe script (the test
                     copy only) that measures every chart's box and every
                     table cell and SVG text that overflows
  layout DOM PNG     reads the probe's results from the dumped DOM; checks no
                     overflow, no load error, no grid row left partly empty,
                     and ink in each chart's box of the screenshot PNG
  content PAGE DATA  what the page says, against the report file DATA (JSON,
                     the shipped market's) and arithmetic written here: every
                     region named, each cell an audit finding contradicts
                     marked and linked to a note and the finding, every cell
                     marked by its basis (reported bold, the others a letter)
                     with a key, each year's line drawn by its basis, the
                     source once, names in the provenance tables
  text LOG DATA      the text report (test/report.sh's output) for the shipped
                     market: the source once, every figure's basis letter
                     and its key, the note on the regions' segment amounts,
                     the contradicted cells marked
"""
import html as htmllib
import json
import re
import sys

from PIL import Image

PROBE = """<script>
window.gpumktErrors = [];
window.addEventListener('error', function (e) {
  window.gpumktErrors.push(String(e.message || (e.target && (e.target.src || e.target.href)) || 'error'));
}, true);
document.addEventListener('securitypolicyviolation', function (e) {
  window.gpumktErrors.push('CSP: ' + e.violatedDirective + ' ' + e.blockedURI);
});
window.addEventListener('load', function () {
  var out = {charts: [], overflow: [], errors: window.gpumktErrors,
             height: document.documentElement.scrollHeight,
             width: document.documentElement.scrollWidth};
  document.querySelectorAll('figure.chart').forEach(function (f) {
    var r = f.getBoundingClientRect();
    out.charts.push({id: f.id, x: r.left + window.scrollX, y: r.top + window.scrollY,
                     w: r.width, h: r.height});
    var svg = f.querySelector('svg');
    var vb = svg.viewBox.baseVal;
    svg.querySelectorAll('text').forEach(function (t) {
      var b = t.getBBox();
      if (b.x < -0.5 || b.y < -0.5 || b.x + b.width > vb.width + 0.5 || b.y + b.height > vb.height + 0.5)
        out.overflow.push(f.id + ': text "' + t.textContent + '"');
    });
  });
  document.querySelectorAll('td, th, h1, h2, h3, p').forEach(function (c) {
    if (c.scrollWidth > c.clientWidth + 1)
      out.overflow.push(c.tagName + ': "' + c.textContent.slice(0, 60) + '"');
  });
  out.grids = [];
  document.querySelectorAll('div.charts').forEach(function (g) {
    var gr = g.getBoundingClientRect(), rows = {};
    Array.prototype.forEach.call(g.children, function (c) {
      var r = c.getBoundingClientRect(), top = Math.round(r.top);
      rows[top] = rows[top] || {left: r.left, right: r.right, n: 0};
      rows[top].left = Math.min(rows[top].left, r.left);
      rows[top].right = Math.max(rows[top].right, r.right);
      rows[top].n++;
    });
    out.grids.push({id: g.id, left: gr.left, right: gr.right,
                    rows: Object.keys(rows).map(function (k) { return rows[k]; })});
  });
  document.querySelectorAll('li, aside, .key').forEach(function (c) {
    if (c.scrollWidth > c.clientWidth + 1)
      out.overflow.push(c.tagName + ': "' + c.textContent.slice(0, 60) + '"');
  });
  if (document.documentElement.scrollWidth > window.innerWidth + 1)
    out.overflow.push('page wider than the window');
  var pre = document.createElement('pre');
  pre.id = 'gpumkt-probe';
  pre.textContent = JSON.stringify(out);
  document.body.appendChild(pre);
});
</script>"""


def static(page, outdir):
    """No script and no external resource; save each SVG."""
    html = open(page, encoding='utf-8').read()
    bad = []
    if re.search(r'<script', html, re.I):
        bad.append('a script element')
    # links within the page (href="#...") are no resource
    for m in re.finditer(r'\bsrc\s*=|\bhref\s*=\s*"(?!#)|@import|url\((?!#gpumkt-hatch-)', html, re.I):
        bad.append('an external reference: ' + html[m.start():m.start() + 40])
    # the only URLs are the SVG namespace, which is a name, not a resource
    for m in re.finditer(r'https?://[^"\s<]*', html):
        if m.group(0) != 'http://www.w3.org/2000/svg':
            bad.append('a URL: ' + m.group(0))
    # every link within the page leads to an element of it
    ids = set(re.findall(r'\bid="([^"]+)"', html))
    for target in re.findall(r'\bhref="#([^"]*)"', html):
        if target not in ids:
            bad.append('a link to #%s, which no element has' % target)
    svgs = re.findall(r'<svg .*?</svg>', html, re.S)
    for i, s in enumerate(svgs):
        with open('%s/chart-%02d.svg' % (outdir, i + 1), 'w', encoding='utf-8') as f:
            f.write(s)
    for b in bad:
        print('browser: the page holds ' + b)
    print('browser: %d inline SVG charts' % len(svgs))
    return 1 if bad or not svgs else 0


def ink(img, box=None):
    """Share of the pixels in box that are not white (near white counts as white)."""
    img = img.convert('RGB')
    if box:
        img = img.crop(box)
    px = img.getdata()
    n = sum(1 for p in px if min(p) < 235)
    return n / max(1, img.size[0] * img.size[1])


def pixels(pngs):
    status = 0
    for p in pngs:
        share = ink(Image.open(p))
        ok = share > 0.01
        print('browser: %s %.1f %% ink%s' % (p.rsplit('/', 1)[-1], 100 * share, '' if ok else ' (BLANK)'))
        status |= 0 if ok else 1
    return status


def probe(page, out):
    html = open(page, encoding='utf-8').read()
    # the test copy lets its own inline script run
    html = html.replace("default-src &#39;none&#39;;", "default-src &#39;none&#39;; script-src &#39;unsafe-inline&#39;;")
    html = html.replace('<head>', '<head>' + PROBE, 1)
    open(out, 'w', encoding='utf-8').write(html)
    return 0


def layout(dom, png):
    text = open(dom, encoding='utf-8').read()
    m = re.search(r'<pre id="gpumkt-probe">(.*?)</pre>', text, re.S)
    if not m:
        print('browser: the probe did not run (no results in the DOM)')
        return 1
    res = json.loads(m.group(1).replace('&amp;', '&').replace('&lt;', '<').replace('&gt;', '>').replace('&quot;', '"'))
    status = 0
    for e in res['errors']:
        print('browser: load error: ' + e)
        status = 1
    for o in res['overflow']:
        print('browser: overflows its box: ' + o)
        status = 1
    # item 6 of issue 20: every row of a grid of charts spans the grid
    for g in res['grids']:
        part = [r for r in g['rows'] if r['left'] > g['left'] + 2 or r['right'] < g['right'] - 2]
        for r in part:
            print('browser: grid %s leaves a row partly empty: %d item(s) from x %d to %d of %d to %d'
                  % (g['id'], r['n'], r['left'], r['right'], g['left'], g['right']))
        if not part:
            print('browser: grid %s: %d rows, each full' % (g['id'], len(g['rows'])))
        status |= 1 if part else 0
    if not res['grids']:
        print('browser: no grid of charts')
        status = 1
    img = Image.open(png)
    print('browser: page %dx%d, screenshot %dx%d, %d charts' % (res['width'], res['height'], img.size[0], img.size[1],
                                                                len(res['charts'])))
    for c in res['charts']:
        box = (int(c['x']), int(c['y']), int(c['x'] + c['w']), int(c['y'] + c['h']))
        if box[2] > img.size[0] or box[3] > img.size[1] or c['w'] < 100 or c['h'] < 100:
            print('browser: chart %s box %s outside the screenshot or too small' % (c['id'], box))
            status = 1
            continue
        share = ink(img, box)
        ok = share > 0.01
        print('browser: chart %s drawn, %.1f %% ink%s' % (c['id'], 100 * share, '' if ok else ' (BLANK)'))
        status |= 0 if ok else 1
    if not res['charts']:
        status = 1
    return status


def text(fragment):
    """The text of an HTML fragment: tags removed, entities decoded, spaces collapsed."""
    return ' '.join(htmllib.unescape(re.sub(r'<[^>]*>', '', fragment)).split())


def cells(row):
    """The cells of a table row: (attributes, inner HTML) each."""
    return re.findall(r'<t[dh]([^>]*)>(.*?)</t[dh]>', row, re.S)


def content(page, data):
    """What the page says (issue 20, items 1-5), for the shipped market."""
    page_html = open(page, encoding='utf-8').read()
    doc = json.load(open(data, encoding='utf-8'))
    bad = []
    names = {r['region']: r['name'] for r in doc['regions']}
    market = doc['markets'][0]

    # item 2: every region the report names has a row; regions without a
    # figure say "no figure" across the years
    m = re.search(r'<table class="regions">(.*?)</table>', page_html, re.S)
    if not m:
        print('browser: no region table')
        return 1
    rows = {}
    years = []
    for tr in re.findall(r'<tr[^>]*>(.*?)</tr>', m.group(1), re.S):
        cs = cells(tr)
        if '<th' in tr:
            years = [int(text(c)) for a, c in cs[1:]]
            continue
        rows[text(cs[0][1])] = cs[1:]
    with_figures = {a['region'] for a in doc['anchors']} | {s['region'] for s in doc['region_shares']}
    for code, name in names.items():
        if name not in rows:
            bad.append('region %s is not in the table' % name)
        elif code not in with_figures and [text(c) for a, c in rows[name]] != ['no figure']:
            bad.append('region %s, which has no figure, shows %s' % (name, [text(c) for a, c in rows[name]]))
    if len(rows) != len(names):
        bad.append('%d rows in the region table for %d regions' % (len(rows), len(names)))
    if years != list(range(2024, 2036)):
        bad.append('the table\'s years are %s, not 2024-2035' % years)

    # item 1: the values, by the report's figures (FACTS.md): global grows
    # from 18.2 (2025) to 87.5 (2035), and at the stated 17.0 % before 2025;
    # North America is 6.6 in 2025 and 36.5 % of global in other years; the
    # United States 6.01 in 2024 growing 15.42 % a year.  Contradicted: the
    # United States above North America (both cells), and North America's
    # 2025, where 6.6 / 18.2 = 0.3626 is more than rounding (0.0005) off the
    # stated 36.5 %.
    def glob(y):
        return 18.2 / 1.17 if y < 2025 else 18.2 * (87.5 / 18.2) ** ((y - 2025) / 10)
    value = {'Global': glob,
             'North America': lambda y: 6.6 if y == 2025 else 0.365 * glob(y),
             'United States': lambda y: 6.01 * 1.1542 ** (y - 2024)}
    want_marks = set()
    for y in years:
        if value['United States'](y) > value['North America'](y):
            want_marks |= {('United States', y, 'region larger than its parent'),
                           ('North America', y, 'region larger than its parent')}
    if abs(6.6 / 18.2 - 0.365) > 0.0005:
        want_marks.add(('North America', 2025, 'stated figure not used'))
    if {y for n, y, f in want_marks if f == 'region larger than its parent'} != set(range(2024, 2029)):
        bad.append('the arithmetic of the test no longer gives 2024-2028 (issue 20: "through 2028")')
    got_marks = set()
    for name, cs in rows.items():
        for y, (attrs, inner) in zip(years, cs):
            if name in value:
                shown = text(re.sub(r'<sup[^>]*>.*?</sup>', '', inner))
                if shown != '%.2f' % value[name](y):
                    bad.append('%s %d shows %s, not %.2f' % (name, y, shown, value[name](y)))
            if 'mark' not in attrs:
                continue
            refs = re.findall(r'<a href="#(note-\d+)">', inner)
            if not refs:
                bad.append('%s %d is marked with no link to a note' % (name, y))
            for ref in refs:
                note = re.search(r'<p id="%s">(.*?)</p>' % ref, page_html, re.S)
                if not note:
                    bad.append('%s %d links to a note %s that is not there' % (name, y, ref))
                    continue
                finding = re.search(r'<a href="#(finding-\d+)">', note.group(1))
                row = finding and re.search(r'<tr id="%s">(.*?)</tr>' % finding.group(1), page_html, re.S)
                if not row:
                    bad.append('note %s links to no finding of the audit' % ref)
                    continue
                kind = re.sub(r'^\d+\. ', '', text(cells(row.group(1))[0][1]))
                if name not in text(note.group(1)):
                    bad.append('note %s does not name %s' % (ref, name))
                got_marks.add((name, y, kind))
    # the review of issue 20: every cell marked by its basis, the reported
    # ones (the report's anchors, from the data file) in bold with no
    # letter, the others by what the arithmetic above does: global between
    # its 2025 and 2035 figures interpolated, before them extrapolated at
    # the stated rate; North America a share of global, so reported where
    # it has its own figure, derived where global is reported, else
    # global's basis; the United States extrapolated from its 2024 figure
    anchors = {(names[a['region']], a['year']) for a in doc['anchors']}
    def glob_basis(y):
        return 'reported' if ('Global', y) in anchors else 'interpolated' if 2025 < y < 2035 else 'extrapolated'
    want_basis = {'Global': glob_basis,
                  'North America': lambda y: 'derived' if glob_basis(y) == 'reported' else glob_basis(y),
                  'United States': lambda y: 'extrapolated'}
    letters = {'derived': 'd', 'interpolated': 'i', 'extrapolated': 'e'}
    key = re.search(r'<p class="basis-key" id="basis-key">(.*?)</p>', page_html, re.S)
    key = key.group(1) if key else ''
    if not re.search(r'</div>\s*<p class="basis-key"', page_html):
        bad.append('no key of the bases under the region table')
    for name, cs in rows.items():
        for y, (attrs, inner) in zip(years, cs):
            if name not in value:
                if 'b-' in attrs or 'sup class="basis"' in inner:
                    bad.append('%s (no figure) has a basis mark' % name)
                continue
            want = 'reported' if (name, y) in anchors else want_basis[name](y)
            got = re.search(r'class="n b-([a-z-]+)', attrs)
            letter = re.findall(r'<sup class="basis">(.*?)</sup>', inner)
            if not got or got.group(1) != want:
                bad.append('%s %d is marked %s, not %s' % (name, y, got and got.group(1), want))
            if letter != ([] if want == 'reported' else [letters[want]]):
                bad.append('%s %d carries the letter %s, not that of %s' % (name, y, letter, want))
            if want not in htmllib.unescape(re.search(r'title="([^"]*)"', attrs).group(1)):
                bad.append('%s %d: its title does not say %s' % (name, y, want))
    for b in sorted(set(want_basis[n](y) for n in want_basis for y in years) | {'reported'}):
        mark = '<b>bold</b>' if b == 'reported' else '<sup class="basis">%s</sup>' % letters[b]
        if mark not in key or b + ':' not in text(key):
            bad.append('the key under the table does not say what %s means (%s)' % (b, mark))
    for x in sorted(want_marks - got_marks):
        bad.append('not marked: %s %d (%s)' % x)
    for x in sorted(got_marks - want_marks):
        bad.append('marked but not contradicted: %s %d (%s)' % x)
    if not re.search(r'<aside class="notes">', page_html) or \
            not re.search(r'<div class="beside"><table class="regions">.*?</table>\s*<aside', page_html, re.S):
        bad.append('the notes are not beside the region table')

    # item 3: each year drawn by its basis.  North America is 36.5 % of
    # global outside 2025: a share of global's interpolated (2026-2034) and
    # extrapolated (2024) years is dashed; of global's reported 2035 a
    # derived (hollow) dot; 2025 its own reported (filled) dot.  No line of
    # the shipped market has two figures side by side, so none is solid.
    svgs = dict(re.findall(r'<figure class="chart" id="chart-region-([a-z_]+)">(<svg .*?</svg>)', page_html, re.S))
    if sorted(svgs) != sorted(with_figures):
        bad.append('region charts %s, not %s' % (sorted(svgs), sorted(with_figures)))
    for code, svg in svgs.items():
        if 'class="solid"' in svg:
            bad.append('the line of %s has a solid stretch' % code)
        if 'class="dashed"' not in svg:
            bad.append('the line of %s has no dashed stretch' % code)
    na = svgs.get('north_america', '')
    dots = {k: [float(x) for x in re.findall(r'<circle class="%s"[^>]* cx="([0-9.]+)"' % k, na)]
            for k in ('reported', 'derived')}
    if len(dots['reported']) != 1 or len(dots['derived']) != 1 or not dots['reported'][0] < dots['derived'][0]:
        bad.append('North America: not one reported dot (2025) and one derived dot (2035) after it: %s' % dots)
    if '>derived<' not in na or '>interpolated / extrapolated<' not in na:
        bad.append('North America\'s legend lacks derived or interpolated / extrapolated')
    # the caption under the charts names every line style the charts draw:
    # dotted (derived years) only where a chart has a dotted stretch
    caption = re.search(r'<p><b>How to read the lines\.</b>(.*?)</p>', page_html, re.S)
    caption = text(caption.group(1)) if caption else ''
    for style, words in (('dotted', 'dotted stretches derived years'), ('dashed', 'dashed stretches')):
        drawn = any('class="%s"' % style in svg for svg in svgs.values())
        if drawn != (words in caption):
            bad.append('the caption %s "%s" where the charts draw %s %s stretch'
                       % ('lacks' if drawn else 'says', words, 'a' if drawn else 'no', style))

    # the key under the charts says what each line rests on as the report
    # says it: a rate whose period the data reads otherwise than the report
    # states it (global: 2025-2035, stated 2026-2035) names the stated one
    key = re.search(r'<p><b>What each line rests on\.</b></p><ul>(.*?)</ul>', page_html, re.S)
    key = [text(li) for li in re.findall(r'<li>(.*?)</li>', key.group(1), re.S)] if key else []
    for r in doc['rates']:
        if r.get('stated_period') and not any(
                li.startswith(names[r['region']] + ':') and 'stated for ' + r['stated_period'] in li for li in key):
            bad.append('the key of %s does not give the period the report states, %s'
                       % (names[r['region']], r['stated_period']))

    # item 4: the source's title, publisher and date once, above the charts;
    # no file name; no chart repeats the source
    title = market['source_title']
    if htmllib.unescape(page_html).count(title) != 1:
        bad.append('the source title appears %d times' % htmllib.unescape(page_html).count(title))
    source = re.search(r'<p class="source" id="source">(.*?)</p>', page_html, re.S)
    if not source or market['source_date'] not in source.group(1) or 'publisher' not in source.group(1) \
            or title not in text(source.group(1)):
        bad.append('the source line lacks the title, the date or the publisher')
    if page_html.count(market['source_date']) != 1:
        bad.append('the source date appears %d times' % page_html.count(market['source_date']))
    if re.search(r'\w+\.txt\b', page_html):
        bad.append('a file name: ' + re.search(r'\w+\.txt\b', page_html).group(0))
    for svg in re.findall(r'<svg .*?</svg>', page_html, re.S):
        if 'Source' in svg or market['source_title'][:20] in htmllib.unescape(svg):
            bad.append('a chart repeats the source: ' + text(re.search(r'<title>(.*?)</title>', svg).group(1)))

    # item 5: the provenance tables name regions and dimensions
    dims = {d['dimension']: d['name'] for d in doc['dimensions']}
    for table in re.findall(r'<table class="provenance[^"]*">(.*?)</table>', page_html, re.S):
        head = [text(c) for a, c in cells(re.search(r'<tr>(.*?)</tr>', table, re.S).group(1))]
        for tr in re.findall(r'<tr>(.*?)</tr>', table, re.S)[1:]:
            for h, (a, c) in zip(head, cells(tr)):
                t = text(c)
                if h in ('Region', 'Of') and t not in names.values():
                    bad.append('provenance: %s "%s" is not a region\'s name' % (h, t))
                if h == 'Dimension' and t not in dims.values():
                    bad.append('provenance: dimension "%s" is not a name' % t)

    for b in bad:
        print('browser: content: ' + b)
    print('browser: content: %d regions, %d cells marked, %d region charts; %s'
          % (len(rows), len(got_marks), len(svgs), 'FAILED' if bad else 'ok'))
    return 1 if bad else 0


def textreport(log, data):
    """The text report (test/report.sh's output): the source in full, once,
    no file name; the cells of the region table the audit contradicts
    marked [n] (United States and North America 2025-2028, North America's
    2025 twice: the arithmetic of content()), each n a note and a finding."""
    out = open(log, encoding='utf-8').read()
    market = json.load(open(data, encoding='utf-8'))['markets'][0]
    bad = []
    if out.count(market['source_title']) != 1 or out.count(market['source_date']) != 1:
        bad.append('the source title or date is not printed once')
    if re.search(r'\w+\.txt\b', out):
        bad.append('a file name: ' + re.search(r'\w+\.txt\b', out).group(0))
    head = re.search(r'^ +region +\|(.*)$', out, re.M)
    years = [int(y) for y in head.group(1).replace('|', ' ').split()] if head else []
    marks = {}
    for name in ('Global', 'North America', 'United States'):
        row = re.search(r'^ +%s +\|(.*)$' % name, out, re.M)
        if not row:
            bad.append('no row of %s' % name)
            continue
        for y, cell in zip(years, row.group(1).split('|')):
            ns = re.search(r'\[([0-9,]+)\]', cell)
            if ns:
                marks[(name, y)] = ns.group(1).split(',')
    # each cell's basis letter, as in content(): the anchors (data file)
    # r; global interpolated between 2025 and 2035; North America a share
    # of global (d where global is reported); the United States e
    doc = json.load(open(data, encoding='utf-8'))
    names = {r['region']: r['name'] for r in doc['regions']}
    anchors = {(names[a['region']], a['year']) for a in doc['anchors']}
    def glob_basis(y):
        return 'r' if ('Global', y) in anchors else 'i' if 2025 < y < 2035 else 'e'
    want_basis = {'Global': glob_basis,
                  'North America': lambda y: 'r' if ('North America', y) in anchors
                  else 'd' if glob_basis(y) == 'r' else glob_basis(y),
                  'United States': lambda y: 'r' if ('United States', y) in anchors else 'e'}
    for name in want_basis:
        row = re.search(r'^ +%s +\|(.*)$' % name, out, re.M)
        for y, cell in zip(years, row.group(1).split('|') if row else []):
            got = re.match(r'\s*[0-9]+\.[0-9]{2} ([a-z])\b', cell)
            if not got or got.group(1) != want_basis[name](y):
                bad.append('%s %d: %r, not the basis %s' % (name, y, cell.strip(), want_basis[name](y)))
    if len([y for y in years if want_basis['Global'](y) == 'r']) != 2:
        bad.append('the region table does not hold both of global\'s figures (2025, 2035)')
    for letter, word in (('r', 'reported'), ('d', 'derived'), ('i', 'interpolated'), ('e', 'extrapolated')):
        if not re.search(r'^ %s %s: ' % (letter, word), out, re.M):
            bad.append('no key line for %s (%s)' % (letter, word))
    # the segment amounts of North America and the United States apply the
    # global shares: every cell derived or weaker (none reported), and the
    # table's note says so
    seg = re.search(r'^North America and the United States by segment.*?^Audit of the data', out, re.M | re.S)
    seg = seg.group(0) if seg else ''
    seg_cells = re.findall(r'[0-9]+\.[0-9]{2} ([a-z])\b', seg)
    if not seg_cells or 'r' in seg_cells:
        bad.append('the segment amounts of North America and the United States are not marked, or marked reported')
    if not re.search(r'North America and United States: each amount applies the segment\'s share of Global \(in 2025\)'
                     r' to the region\'s own figure', seg):
        bad.append('the note of the regions\' segment table does not say that it applies global shares')
    want = {(n, y) for n in ('North America', 'United States') for y in range(2025, 2029)}
    if set(marks) != want or len(marks.get(('North America', 2025), [])) != 2:
        bad.append('marked cells %s, not United States and North America 2025-2028 (North America 2025 twice)'
                   % sorted(marks))
    for n in sorted({n for ns in marks.values() for n in ns}):
        if not re.search(r'^ \[%s\] .*(United States|North America)' % n, out, re.M) or \
                not re.search(r'^ +%s \| (region larger than its parent|stated figure not used) ' % n, out, re.M):
            bad.append('mark [%s] has no note or no finding' % n)
    for b in bad:
        print('browser: text report: ' + b)
    print('browser: text report: %d cells marked; %s' % (len(marks), 'FAILED' if bad else 'ok'))
    return 1 if bad else 0


if __name__ == '__main__':
    step, args = sys.argv[1], sys.argv[2:]
    sys.exit({'static': lambda: static(*args), 'pixels': lambda: pixels(args),
              'probe': lambda: probe(*args), 'layout': lambda: layout(*args),
              'content': lambda: content(*args), 'text': lambda: textreport(*args)}[step]())
