#!/usr/bin/env python3
"""The checks of test/charts_browser.sh, in steps called by it.

  split ROWS DIR     ROWS: psql's unaligned output of test/charts_browser.sql
                     (fields separated by 0x1f, rows by 0x1e); writes each
                     chart as DIR/NAME.svg and DIR/charts.html, a page of
                     every chart with a probe script (a test page: the
                     charts themselves hold no script)
  layout DOM PNG DIR reads the probe's results from the dumped DOM and the
                     screenshot: no load error, every chart drawn (ink in
                     its box, cropped to DIR/NAME.png), no text outside its
                     SVG, no two legend texts on top of each other, no
                     segment legend line cut ("...") where it had room,
                     every band at least 8 px tall, and a line chart's
                     legend fitting its right margin (at most 40 px to spare)
"""
import json
import re
import sys

from PIL import Image

PROBE = """<script>
window.addEventListener('load', function () {
  var out = {charts: [], height: document.documentElement.scrollHeight};
  document.querySelectorAll('figure').forEach(function (f) {
    var r = f.querySelector('svg').getBoundingClientRect();
    var svg = f.querySelector('svg');
    var vb = svg.viewBox.baseVal;
    var c = {id: f.id, x: r.left + window.scrollX, y: r.top + window.scrollY, w: r.width, h: r.height,
             vbw: vb.width, vbh: vb.height, overflow: [], overlap: [], bands: [], legend_right: null,
             plot_right: null, legend_left: null, cut: []};
    svg.querySelectorAll('text').forEach(function (t) {
      var b = t.getBBox();
      if (b.x < -0.5 || b.y < -0.5 || b.x + b.width > vb.width + 0.5 || b.y + b.height > vb.height + 0.5)
        c.overflow.push('"' + t.textContent + '" at ' + [b.x, b.y, b.width, b.height].map(Math.round));
    });
    var legend = Array.prototype.slice.call(svg.querySelectorAll('g.legend text, text.legend, text.more, text.row'));
    // a segment bar's legend rows: a line cut ("...") where the row had
    // room for more (under 3/4 of the 590 px a row may span) is a label
    // cut where it fits; each line's width, in px, for the report
    c.rows = [];
    svg.querySelectorAll('text.row').forEach(function (t) {
      var lines = t.querySelectorAll('tspan');
      (lines.length ? Array.prototype.slice.call(lines) : [t]).forEach(function (l) {
        var w = l.getComputedTextLength();
        c.rows.push(Math.round(w));
        if (l.textContent.indexOf('...') >= 0 && w < 0.75 * 590)
          c.cut.push('"' + l.textContent + '" (' + Math.round(w) + ' px of 590)');
      });
    });
    legend.forEach(function (t, i) {
      var a = t.getBBox();
      c.legend_right = Math.max(c.legend_right === null ? 0 : c.legend_right, a.x + a.width);
      legend.slice(i + 1).forEach(function (u) {
        var b = u.getBBox();
        if (a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height)
          c.overlap.push('"' + t.textContent + '" and "' + u.textContent + '"');
      });
    });
    svg.querySelectorAll('polygon.band').forEach(function (p) {
      var ys = {};
      // the least height over the years: the polygon's points pair up by x
      p.getAttribute('points').trim().split(/\\s+/).forEach(function (xy) {
        var v = xy.split(',').map(Number);
        (ys[v[0]] = ys[v[0]] || []).push(v[1]);
      });
      var least = Infinity;
      Object.keys(ys).forEach(function (x) {
        if (ys[x].length == 2) least = Math.min(least, Math.abs(ys[x][0] - ys[x][1]));
      });
      c.bands.push(least);
    });
    var axis = svg.querySelector('g.x-axis line');
    if (axis) c.plot_right = Number(axis.getAttribute('x2'));
    var swatch = svg.querySelector('g.legend line');
    if (swatch) c.legend_left = Number(swatch.getAttribute('x1'));
    out.charts.push(c);
  });
  var pre = document.createElement('pre');
  pre.id = 'gpumkt-probe';
  pre.textContent = JSON.stringify(out);
  document.body.appendChild(pre);
});
</script>"""


def split(rows, outdir):
    """Each chart as an SVG file, and the page of them all."""
    data = open(rows, encoding='utf-8').read()
    figures = []
    for row in data.split('\x1e'):
        row = row.strip('\n')
        if not row:
            continue
        name, svg = row.split('\x1f', 1)
        if not svg:
            print('charts_browser: %s is NULL' % name)
            return 1
        with open('%s/%s.svg' % (outdir, name), 'w', encoding='utf-8') as f:
            f.write(svg)
        figures.append('<figure id="%s">%s</figure>' % (name, svg))
    page = ('<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8"><title>gpumkt charts</title>'
            + PROBE + '<style>body { margin: 8px; width: 660px; } figure { margin: 0 0 12px 0; }'
            ' svg { display: block; }</style></head>\n<body>\n' + '\n'.join(figures) + '\n</body></html>\n')
    open('%s/charts.html' % outdir, 'w', encoding='utf-8').write(page)
    print('charts_browser: %d charts' % len(figures))
    return 0


def ink(img):
    """Share of the pixels that are not white (near white counts as white)."""
    px = img.convert('RGB').getdata()
    return sum(1 for p in px if min(p) < 235) / max(1, img.size[0] * img.size[1])


def check_chart(c, img, outdir):
    """The findings on one chart, its crop saved."""
    bad = []
    box = (int(round(c['x'])), int(round(c['y'])), int(round(c['x'] + c['w'])), int(round(c['y'] + c['h'])))
    if box[2] > img.size[0] or box[3] > img.size[1] or c['w'] < 100 or c['h'] < 100:
        return ['box %s outside the screenshot or too small' % (box,)]
    crop = img.crop(box)
    crop.save('%s/%s.png' % (outdir, c['id']))
    share = ink(crop)
    if share < 0.01:
        bad.append('blank (%.2f %% ink)' % (100 * share))
    bad += ['text outside the SVG: ' + o for o in c['overflow']]
    bad += ['legend texts overlap: ' + o for o in c['overlap']]
    bad += ['band %.1f px tall, under 8' % h for h in c['bands'] if h < 7.95]
    bad += ['legend label cut where it fits: ' + o for o in c['cut']]
    if c['id'].startswith('lines-'):
        spare = c['vbw'] - c['legend_right']
        if not 0 <= spare <= 40:
            bad.append('legend leaves %.1f px at the right (0 to 40 wanted)' % spare)
        if c['legend_left'] - c['plot_right'] != 16:
            bad.append('legend %s px right of the plot (16 wanted)' % (c['legend_left'] - c['plot_right']))
    print('charts_browser: %s %.0fx%.0f, %.1f %% ink%s%s%s%s' % (
        c['id'], c['w'], c['h'], 100 * share,
        ', bands at least %.1f px' % min(c['bands']) if c['bands'] else '',
        ', legend right edge %.1f of %d' % (c['legend_right'], c['vbw']) if c['legend_right'] is not None else '',
        ', legend rows %s px wide' % '/'.join(str(w) for w in c['rows']) if c['rows'] else '',
        '' if not bad else ': ' + '; '.join(bad)))
    return bad


def layout(dom, png, outdir):
    text = open(dom, encoding='utf-8').read()
    m = re.search(r'<pre id="gpumkt-probe">(.*?)</pre>', text, re.S)
    if not m:
        print('charts_browser: the probe did not run (no results in the DOM)')
        return 1
    res = json.loads(m.group(1).replace('&amp;', '&').replace('&lt;', '<').replace('&gt;', '>')
                     .replace('&quot;', '"'))
    img = Image.open(png)
    status = 0 if res['charts'] else 1
    for c in res['charts']:
        if check_chart(c, img, outdir):
            status = 1
    return status


if __name__ == '__main__':
    step, args = sys.argv[1], sys.argv[2:]
    sys.exit({'split': lambda: split(*args), 'layout': lambda: layout(*args)}[step]())
