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
                     overflow, no load error, and ink in each chart's box of
                     the screenshot PNG
"""
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
    for m in re.finditer(r'\b(src|href)\s*=|@import|url\((?!#gpumkt-hatch-)', html, re.I):
        bad.append('an external reference: ' + html[m.start():m.start() + 40])
    # the only URLs are the SVG namespace, which is a name, not a resource
    for m in re.finditer(r'https?://[^"\s<]*', html):
        if m.group(0) != 'http://www.w3.org/2000/svg':
            bad.append('a URL: ' + m.group(0))
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


if __name__ == '__main__':
    step, args = sys.argv[1], sys.argv[2:]
    sys.exit({'static': lambda: static(*args), 'pixels': lambda: pixels(args),
              'probe': lambda: probe(*args), 'layout': lambda: layout(*args)}[step]())
