#!/usr/bin/env python3
"""Runs the SQL examples of README.md and docs/*.md and compares what psql
prints with what the page shows (a doctester, as timescaledb-toolkit's).

The convention of the pages (docs/testing.md, "Examples that run"):
  ```sql          runs as written; it must not fail
  ```output       right after a sql block (blank lines between allowed): what
                  psql -X -q -P footer=off -v SHOW_CONTEXT=never prints
                  for it (aligned, errors without CONTEXT), compared
                  line by line (trailing spaces and blank lines at either end
                  ignored)
  ```sql-error    must fail; its output block holds the error as psql prints
                  it (ERROR:, DETAIL:, HINT: lines, without psql's
                  "psql:<stdin>:N:" prefix)
  ```sql-norun    cannot run here (a second server...): counted as "not run"
                  (never "skipped" on a summary line: run_tests.sh would
                  count the whole script as skipped)
Other fences (sh, json, plain ```) are not SQL and are left alone.

The README is the page a reader pastes from, one example at a time: each of
its blocks also runs ALONE, in a fresh database where only CREATE EXTENSION
gpumkt has run, and must give the same SQLSTATE and the same output there
(so each example creates the tables it uses; issue 20, item 14).

The blocks of one page run in order in ONE psql session, in a fresh
database of a throwaway cluster (pg_virtualenv -t -v 15) where
CREATE EXTENSION gpumkt has run, psql started from the repository's root
(so `\\set doc `cat examples/...`` works).  Installs this tree's build first
(make install) holding $GPUMKT_LOCK (default /tmp/gpumkt-install.lock), as
test/doc_objects.sh does.

  python3 test/doc_examples.py                 every page
  python3 test/doc_examples.py README.md ...   these pages only
  python3 test/doc_examples.py --show PAGE     print what each block gives
  python3 test/doc_examples.py --update PAGE   write what psql printed into
                        the page's output blocks that differ (still reported
                        as failures: read the diff of the page before committing)
Each mismatch is reported with its page, line and a diff; ends with a line
"doc_examples: ..." and exits 1 on any mismatch or failure.
"""
import difflib
import fcntl
import glob
import os
import re
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PGC = "/usr/lib/postgresql/15/bin/pg_config"
FENCE = re.compile(r"^(\s*)```\s*([A-Za-z0-9_-]*)\s*$")
KINDS = ("sql", "sql-error", "sql-norun")
PSQL_PREFIX = re.compile(r"^psql:[^:]*:\d+: ")


class Block:
    """One fenced sql block of a page and the output block after it."""

    def __init__(self, page, line, kind, text):
        self.page, self.line, self.kind, self.text = page, line, kind, text
        self.expected = None        # lines of the output block, or None
        self.out_line = None        # its opening fence (1-based)
        self.out_end = None         # its closing fence (1-based)
        self.out_indent = 0


def parse(page):
    """The sql blocks of a page, each with the output block that follows."""
    lines = open(os.path.join(ROOT, page), encoding="utf-8").read().split("\n")
    fences = []                     # (line number, kind, body lines)
    i = 0
    while i < len(lines):
        m = FENCE.match(lines[i])
        if not m:
            i += 1
            continue
        indent, kind, start = len(m.group(1)), m.group(2), i
        body = []
        i += 1
        while i < len(lines) and not re.match(r"^\s*```\s*$", lines[i]):
            body.append(lines[i][indent:] if lines[i][:indent].strip() == "" else lines[i])
            i += 1
        if i >= len(lines):
            raise SystemExit("doc_examples: %s:%d: unclosed ``` block" % (page, start + 1))
        fences.append((start + 1, kind, body, i + 1, indent))
        i += 1
    blocks = []
    for n, (line, kind, body, end, indent) in enumerate(fences):
        if kind == "output":
            prev = fences[n - 1] if n else None
            if not prev or prev[1] not in KINDS or \
                    any(l.strip() for l in lines[prev[3]:line - 1]):
                raise SystemExit("doc_examples: %s:%d: an output block that follows no sql block"
                                 % (page, line))
            blocks[-1].expected, blocks[-1].out_line = body, line
            blocks[-1].out_end, blocks[-1].out_indent = end, indent
        elif kind in KINDS:
            blocks.append(Block(page, line, kind, "\n".join(body)))
    for b in blocks:
        if b.kind == "sql-error" and b.expected is None:
            raise SystemExit("doc_examples: %s:%d: a sql-error block needs an output block "
                             "with its error" % (page, b.line))
        if b.kind != "sql-norun" and not ends_statement(b.text):
            raise SystemExit("doc_examples: %s:%d: the block's last statement has no ';'"
                             % (page, b.line))
    return blocks


def ends_statement(text):
    """Whether a block ends with a complete statement or a meta-command."""
    code = [re.sub(r"--.*$", "", l).rstrip() for l in text.split("\n")]
    code = [l for l in code if l.strip()]
    return not code or code[-1].endswith(";") or code[-1].lstrip().startswith("\\")


def trim(lines):
    """Lines without trailing spaces, without blank lines at either end."""
    lines = [l.rstrip() for l in lines]
    while lines and not lines[0]:
        lines.pop(0)
    while lines and not lines[-1]:
        lines.pop()
    return lines


def run_page(page, blocks, dbname):
    """Runs a page's blocks in one session; each block's output and SQLSTATE."""
    script = ["\\set ON_ERROR_STOP 0", "CREATE EXTENSION gpumkt;"]
    runs = [b for b in blocks if b.kind != "sql-norun"]
    for n, b in enumerate(runs):
        script += ["\\set LAST_ERROR_SQLSTATE 00000", "\\echo @@doc-block %d@@" % n,
                   b.text, "\\echo @@doc-state :LAST_ERROR_SQLSTATE@@"]
    script.append("\\echo @@doc-end@@")
    subprocess.run(["psql", "-X", "-q", "-d", "postgres", "-c",
                    "CREATE DATABASE %s" % dbname], check=True)
    # both streams unbuffered on one pipe: errors and notices stay in place
    p = subprocess.run(["stdbuf", "-o0", "-e0", "psql", "-X", "-q", "-P", "footer=off", "-v", "SHOW_CONTEXT=never",
                        "-P", "pager=off", "-d", dbname, "-f", "-"],
                       input="\n".join(script) + "\n", stdout=subprocess.PIPE,
                       stderr=subprocess.STDOUT, text=True, cwd=ROOT)
    got, cur, state = {}, None, {}
    for l in p.stdout.split("\n"):
        m = re.match(r"^@@doc-block (\d+)@@$", l)
        if m:
            cur = int(m.group(1))
            got[cur] = []
            continue
        m = re.match(r"^@@doc-state (\S+)@@$", l)
        if m and cur is not None:
            state[cur] = m.group(1)
            cur = None
            continue
        if l == "@@doc-end@@":
            break
        if cur is not None:
            got[cur].append(PSQL_PREFIX.sub("", l))
        elif l.strip():
            got.setdefault(-1, []).append(l)
    return runs, got, state, p.stdout


def update_page(page, blocks, outputs):
    """Writes what psql printed into the page's output blocks (--update)."""
    lines = open(os.path.join(ROOT, page), encoding="utf-8").read().split("\n")
    for b in sorted(blocks, key=lambda b: -b.line):
        if b in outputs:
            pad = " " * b.out_indent
            lines[b.out_line:b.out_end - 1] = [(pad + l).rstrip() for l in outputs[b]]
    open(os.path.join(ROOT, page), "w", encoding="utf-8").write("\n".join(lines))


def check_page(page, show, update=False):
    """Runs one page; returns (ran, skipped, failures as text)."""
    blocks = parse(page)
    if not blocks:
        return 0, 0, []
    db = "doc_" + re.sub(r"[^a-z0-9]+", "_", page.lower())
    runs, got, state, raw = run_page(page, blocks, db)
    fails = []
    outputs = {}
    if -1 in got:
        fails.append("%s: before its first block: %s" % (page, "\n".join(got[-1])))
    for n, b in enumerate(runs):
        if n not in got or n not in state:
            fails.append("%s:%d: the block did not finish (psql printed:)\n%s"
                         % (page, b.line, raw[-3000:]))
            break
        out, st = trim(got[n]), state[n]
        if show:
            print("---- %s:%d (%s, SQLSTATE %s)" % (page, b.line, b.kind, st))
            print("\n".join(out))
        if b.kind == "sql" and st != "00000":
            fails.append("%s:%d: the block failed (SQLSTATE %s):\n  %s"
                         % (page, b.line, st, "\n  ".join(l for l in out if re.match(
                             r"^(ERROR|DETAIL|HINT|CONTEXT|LINE|\s)", l))))
            continue
        if b.kind == "sql-error" and st == "00000":
            fails.append("%s:%d: a sql-error block ran without an error" % (page, b.line))
            continue
        if b.expected is not None and trim(b.expected) != out:
            outputs[b] = out
            diff = difflib.unified_diff(trim(b.expected), out, "%s:%d (the page)" % (page, b.out_line),
                                        "what psql printed", lineterm="")
            fails.append("%s:%d: the output differs:\n%s" % (page, b.line, "\n".join(diff)))
    if update and outputs:
        update_page(page, blocks, outputs)
    skipped = sum(1 for b in blocks if b.kind == "sql-norun")
    return len(runs), skipped, fails


# pages whose every block must run alone as it runs in order
ALONE_PAGES = ("README.md",)


def check_alone(page, blocks):
    """Runs each block of a page in a fresh database of its own; failures."""
    fails = []
    runs = [b for b in blocks if b.kind != "sql-norun"]
    for n, b in enumerate(runs):
        db = "doc_alone_%d" % n
        _, got, state, raw = run_page(page, [b], db)
        subprocess.run(["psql", "-X", "-q", "-d", "postgres", "-c", "DROP DATABASE %s" % db],
                       check=True)
        if 0 not in state:
            fails.append("%s:%d: alone, the block did not finish:\n%s" % (page, b.line, raw[-2000:]))
            continue
        want = "00000" if b.kind == "sql" else None
        if want and state[0] != want:
            fails.append("%s:%d: alone (after CREATE EXTENSION only), the block fails with "
                         "SQLSTATE %s: it uses what an earlier block made:\n  %s"
                         % (page, b.line, state[0], "\n  ".join(l for l in trim(got[0]) if l.startswith("ERROR"))))
            continue
        if b.kind == "sql-error" and state[0] == "00000":
            fails.append("%s:%d: alone, a sql-error block ran without an error" % (page, b.line))
            continue
        if b.expected is not None and trim(b.expected) != trim(got[0]):
            diff = difflib.unified_diff(trim(b.expected), trim(got[0]), "%s:%d (the page)" % (page, b.out_line),
                                        "what psql printed for the block alone", lineterm="")
            fails.append("%s:%d: alone, the output differs:\n%s" % (page, b.line, "\n".join(diff)))
    return fails


def inner(pages, show, update):
    """In the throwaway cluster: every page, a summary line, the exit code."""
    ran = skipped = compared = 0
    fails = []
    for page in pages:
        r, s, f = check_page(page, show, update)
        if page in ALONE_PAGES:
            f = f + check_alone(page, parse(page))
        c = sum(1 for b in parse(page) if b.expected is not None and b.kind != "sql-norun")
        if r or s:
            # never the word "skipped" on a doc_examples: line: run_tests.sh
            # would count the whole test as skipped
            print("doc_examples: %s: %d blocks ran (%d outputs compared), %d not run (sql-norun), %d failed"
                  % (page, r, c, s, len(f)))
        ran, skipped, compared = ran + r, skipped + s, compared + c
        fails += f
    for f in fails:
        print(f)
    print("doc_examples: %d pages, %d blocks ran (%d outputs compared), %d not run (sql-norun), %s"
          % (len(pages), ran, compared, skipped,
             "%d FAILED" % len(fails) if fails else "all as the pages show"))
    return 1 if fails else 0


def main():
    args = sys.argv[1:]
    show = "--show" in args
    is_inner = "--inner" in args
    pages = [a for a in args if not a.startswith("--")]
    os.chdir(ROOT)
    if not pages:
        pages = ["README.md"] + sorted(glob.glob("docs/*.md"))
    for page in pages:
        parse(page)                 # a malformed page fails before any install
    if is_inner:
        # the result goes to a file: a non-zero exit would make pg_virtualenv
        # print the server's log after the report (and into tail -60 of
        # run_tests.sh's failure output)
        rc = inner(pages, show, "--update" in args)
        with open(os.environ["DOC_EXAMPLES_STATUS"], "w") as f:
            f.write(str(rc))
        return 0
    lock = open(os.environ.get("GPUMKT_LOCK", "/tmp/gpumkt-install.lock"), "w")
    fcntl.flock(lock, fcntl.LOCK_EX)
    subprocess.run(["make", "-s", "PG_CONFIG=" + PGC], check=True, stdout=subprocess.DEVNULL)
    subprocess.run(["make", "-s", "PG_CONFIG=" + PGC, "install"], check=True,
                   stdout=subprocess.DEVNULL)
    status = tempfile.NamedTemporaryFile("w", delete=False)
    status.close()
    os.chmod(status.name, 0o666)
    os.environ["DOC_EXAMPLES_STATUS"] = status.name
    p = subprocess.run(["pg_virtualenv", "-t", "-v", "15", sys.executable,
                        os.path.abspath(__file__), "--inner"]
                       + [a for a in args if a in ("--show", "--update")] + pages)
    rc = open(status.name).read().strip()
    os.unlink(status.name)
    if p.returncode != 0 or rc not in ("0", "1"):
        print("doc_examples: FAILED: pg_virtualenv exited with %d before a result" % p.returncode)
        return 1
    return int(rc)


if __name__ == "__main__":
    sys.exit(main())
