#!/usr/bin/env python3
"""An independent model of the outcomes in test/sql/badinput.sql.

For every combination of the 11 special values it decides, from the rules the
README states and from 60-digit decimal arithmetic (not from gpumkt's code),
whether gpumkt_cagr, gpumkt_project, gpumkt_years_to, gpumkt_interpolate,
gpumkt_implied_cagr and gpumkt_share_reached answer (ok), answer NULL, refuse
an argument (22023) or find the result out of range (22003), and prints the
counts in the layout of the test's first table.
Run: python3 test/badinput_model.py [--check test/expected/badinput.out]; with
--check it compares its counts with the test's and fails on any difference.
"""
import itertools
import re
import sys
import math
from collections import Counter
from decimal import Decimal, getcontext

getcontext().prec = 60
getcontext().Emax = 10**15
getcontext().Emin = -10**15

SPECIALS = [None, 0.0, -0.0, -1.0, 5e-324, 1e-308, 1e308, -1e308,
            math.inf, -math.inf, math.nan]
DBL_MAX = Decimal(1.7976931348623157e308)
# a double rounds to zero below half the smallest subnormal
DBL_ZERO = Decimal(5e-324) / 2
# numeric: at most 131072 digits before the point; a computed numeric keeps
# at most 1000 after it (NUMERIC_MAX_DISPLAY_SCALE)
NUM_MAX_LOG10 = 131072
NUM_MIN_LOG10 = -1000


def finite(*xs):
    return all(math.isfinite(x) for x in xs)


def log10_1p(r):
    """log10(1 + r), exact also for rates far below the 60 digits."""
    r = Decimal(r)
    if abs(r) < Decimal('1e-30'):
        return (r - r * r / 2) / Decimal(10).ln()
    return (1 + r).log10()


def classify(log10_abs, numeric, nonzero=True):
    """Outcome of a result of magnitude 10**log10_abs."""
    if numeric:
        if log10_abs >= NUM_MAX_LOG10:
            return '22003'
        if nonzero and log10_abs < NUM_MIN_LOG10:
            return '22003'
        return 'ok'
    if log10_abs > DBL_MAX.log10():
        return '22003'
    if nonzero and log10_abs < DBL_ZERO.log10():
        return '22003'
    return 'ok'


def D(x):
    return Decimal(x)


def numeric_power_ok(log10_power, negative_exponent):
    """Does numeric compute base ^ exponent = 10 ** log10_power?  A power
    below 1e-1000 comes out as zero; a negative exponent is computed as
    1 / base ^ -exponent, so the inverse must also lie within the range."""
    if negative_exponent:
        return -1000 <= log10_power <= 1000
    return -1000 <= log10_power < NUM_MAX_LOG10


def cagr(s, e, y, numeric):
    if not finite(s, e, y) or s <= 0 or e <= 0 or y == 0:
        return '22023'
    lr = (D(e).ln() - D(s).ln()) / D(y)          # ln(1 + rate)
    if lr > 0:
        return classify(lr / D(10).ln(), numeric)   # rate ~ e^lr
    # a rate in (-1, 0]: out of range when 1 + rate is too small to tell from 0
    one_plus = lr / D(10).ln()                   # log10(1 + rate)
    if numeric:
        return '22003' if one_plus < -30 else 'ok'
    return '22003' if float(lr.exp() - 1) <= -1.0 else 'ok'


def project(v, r, y, numeric):
    if not finite(v, r, y) or r <= -1:
        return '22023'
    if v == 0:
        return 'ok'
    growth = D(y) * log10_1p(r)
    if numeric and not numeric_power_ok(growth, y < 0):
        return '22003'
    return classify(D(abs(v)).log10() + growth, numeric)


def years_to(s, t, r, numeric):
    if not finite(s, t, r) or s <= 0 or t <= 0 or r <= -1:
        return '22023'
    if s == t:
        return 'ok'
    if r == 0:
        return '22023'
    lr = D(t).ln() - D(s).ln()
    lg = log10_1p(r) * D(10).ln()
    if lg == 0:
        return '22003'
    return classify((abs(lr) / abs(lg)).log10(), numeric)


def interpolate(y0, v0, y1, v1, y, numeric):
    if not finite(y0, v0, y1, v1, y) or v0 <= 0 or v1 <= 0 or y0 == y1:
        return '22023'
    if y == y0 or y == y1:
        return 'ok'
    t = (D(y) - D(y0)) / (D(y1) - D(y0))
    power = t * (D(v1).log10() - D(v0).log10())
    if numeric and not numeric_power_ok(power, t < 0):
        return '22003'
    return classify(D(v0).log10() + power, numeric)


def is_share(x):
    """A share lies in (0, 1]."""
    return 0 < x <= 1


# a share reached that exceeds 1 by at most this much is rounding of 1
SHARE_SLACK = Decimal('1e-12')


def implied_cagr(s0, s1, y, p, numeric):
    """(1 + p) * (s1/s0)^(1/y) - 1: the rules of cagr, with shares in (0, 1]
    and a parent rate above -1."""
    if not finite(s0, s1, y, p) or not is_share(s0) or not is_share(s1) \
            or y == 0 or p <= -1:
        return '22023'
    # log10 of (s1/s0)^(1/y), then ln(1 + rate)
    power = (D(s1).log10() - D(s0).log10()) / D(y)
    if numeric and not numeric_power_ok(power, y < 0):
        return '22003'
    lr = log10_1p(p) * D(10).ln() + power * D(10).ln()
    if lr > 0:
        return classify(lr / D(10).ln(), numeric)   # rate ~ e^lr
    # a rate in (-1, 0]: out of range when 1 + rate is too small to tell from 0
    if numeric:
        return '22003' if lr / D(10).ln() < -30 else 'ok'
    return '22003' if float(lr.exp() - 1) <= -1.0 else 'ok'


def share_reached(s0, sr, pr, y, numeric):
    """s0 * ((1 + sr)/(1 + pr))^y: a share in (0, 1], rates above -1, any
    finite years; equal rates keep the share; a share above 1 (beyond the
    slack of rounding) is out of range, and so is one too small to hold."""
    if not finite(s0, sr, pr, y) or not is_share(s0) or sr <= -1 or pr <= -1:
        return '22023'
    if sr == pr:
        return 'ok'
    factor = D(y) * (log10_1p(sr) - log10_1p(pr))
    share = D(s0).log10() + factor
    if share > (1 + SHARE_SLACK).log10():
        return '22003'
    if numeric and not numeric_power_ok(factor, y < 0):
        return '22003'
    return classify(share, numeric)


def main():
    rows = []
    for name, fn, n in (('gpumkt_cagr', cagr, 3), ('gpumkt_project', project, 3),
                        ('gpumkt_years_to', years_to, 3),
                        ('gpumkt_interpolate', interpolate, 5),
                        ('gpumkt_implied_cagr', implied_cagr, 4),
                        ('gpumkt_share_reached', share_reached, 4)):
        for numeric in (False, True):
            c = Counter()
            for args in itertools.product(SPECIALS, repeat=n):
                if any(a is None for a in args):
                    c['NULL from a NULL argument'] += 1
                    continue
                if numeric:
                    # numeric has no -0, and reads 5e-324 exactly
                    args = tuple(0.0 if a == 0 else a for a in args)
                c[fn(*args, numeric)] += 1
            label = '%s(%s x %d)' % (name, 'numeric' if numeric else 'float8', n)
            for outcome in sorted(c):
                rows.append((label, outcome, c[outcome]))
    for label, outcome, calls in sorted(rows):
        print(' %-32s | %-25s | %6d' % (label, outcome, calls))
    if len(sys.argv) == 3 and sys.argv[1] == '--check':
        pattern = re.compile(r'^ (gpumkt_\w+\((?:float8|numeric) x \d\)) +\| (.+?) +\| +(\d+)$')
        seen = set()
        with open(sys.argv[2]) as f:
            for line in f:
                m = pattern.match(line.rstrip('\n'))
                if m:
                    seen.add((m.group(1), m.group(2), int(m.group(3))))
        model = set(rows)
        for row in sorted(model - seen):
            print('badinput_model: the model has %s | %s | %d, the test not' % row)
        for row in sorted(seen - model):
            print('badinput_model: the test has %s | %s | %d, the model not' % row)
        print('badinput_model: %d counts compared, %d differ'
              % (len(model), len(model ^ seen)))
        sys.exit(1 if model != seen else 0)


if __name__ == '__main__':
    main()
