#!/usr/bin/env python3
"""Checks META.json against the PGXN Meta Spec 1.0.0 (https://pgxn.org/meta/spec.txt),
offline: the required keys, the type and form of every key the spec defines
(terms, SemVer 2.0.0 versions, version ranges, the license strings, tags,
prereqs phases and relations, resources' URLs), no unknown key that is not
x_-prefixed, and against this tree: each provided extension's file and
docfile exist, and its version is the control file's default_version as
SemVer (1.4 -> 1.4.0), as is the distribution's.
  python3 test/check_meta.py [META.json]   prints "meta: ... valid" or each error, exit 1
"""
import json
import os
import re
import sys

SEMVER = (r"(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)"
          r"(-(0|[1-9]\d*|\d*[A-Za-z-][0-9A-Za-z-]*)(\.(0|[1-9]\d*|\d*[A-Za-z-][0-9A-Za-z-]*))*)?"
          r"(\+[0-9A-Za-z-]+(\.[0-9A-Za-z-]+)*)?")
RANGE_ITEM = r"((==|!=|<=|>=|<|>)\s*)?" + SEMVER
LICENSES = {
    "agpl_3", "apache_1_1", "apache_2_0", "artistic_1", "artistic_2", "bsd",
    "freebsd", "gfdl_1_2", "gfdl_1_3", "gpl_1", "gpl_2", "gpl_3", "lgpl_2_1",
    "lgpl_3_0", "mit", "mozilla_1_0", "mozilla_1_1", "openssl", "perl_5",
    "postgresql", "qpl_1_0", "ssleay", "sun", "zlib", "open_source",
    "restricted", "unrestricted", "unknown"}
PHASES = {"configure", "build", "test", "runtime", "develop"}
RELATIONS = {"requires", "recommends", "suggests", "conflicts"}
TOP = {"name", "version", "abstract", "maintainer", "license", "provides",
       "meta-spec", "description", "generated_by", "tags", "no_index",
       "prereqs", "release_status", "resources"}
REQUIRED = ["name", "version", "abstract", "maintainer", "license",
            "provides", "meta-spec"]
URL = re.compile(r"^(https?|git|ssh|svn|mailto)://[^\s/$.?#][^\s]*$|^mailto:[^\s@]+@[^\s@]+$")

errors = []


def err(where, msg):
    errors.append(f"{where}: {msg}")


def custom(key):
    return re.match(r"^[xX]_.", key) is not None


def check_keys(where, obj, allowed):
    for k in obj:
        if k not in allowed and not custom(k):
            err(where, f"unknown key {k!r} (custom keys start with x_)")


def is_str(where, v, minlen=1):
    if not isinstance(v, str) or len(v) < minlen:
        err(where, f"must be a string of at least {minlen} characters, not {v!r}")
        return False
    return True


def term(where, v):
    # at least two characters, no slash, backslash, space or control character
    if is_str(where, v, 2) and re.search(r"[/\\\s\x00-\x1f\x7f]", v):
        err(where, f"{v!r} is not a term (no /, \\, space or control character)")


def semver(where, v):
    if is_str(where, v) and not re.fullmatch(SEMVER, v):
        err(where, f"{v!r} is not a semantic version (x.y.z)")


def version_range(where, v):
    if v == 0 or v == "0":
        return
    if not isinstance(v, str) or not re.fullmatch(
            RANGE_ITEM + r"(,\s*" + RANGE_ITEM + r")*", v):
        err(where, f"{v!r} is not a version range (0, a version, or ops and versions)")


def url(where, v):
    if is_str(where, v) and not URL.match(v):
        err(where, f"{v!r} is not a URL")


def check_license(v):
    if isinstance(v, str):
        if v not in LICENSES:
            err("license", f"{v!r} is not one of the spec's license strings")
    elif isinstance(v, list) and v and len(set(map(str, v))) == len(v):
        for i, x in enumerate(v):
            if x not in LICENSES:
                err(f"license[{i}]", f"{x!r} is not one of the spec's license strings")
    elif isinstance(v, dict) and v:
        for k, x in v.items():
            url(f"license.{k}", x)
    else:
        err("license", "must be a license string, a list of them or {name: URL}")


def check_provides(v, root, extversion):
    if not isinstance(v, dict) or not v:
        err("provides", "must be an object naming at least one extension")
        return
    for name, ext in v.items():
        w = f"provides.{name}"
        term(w, name)
        if not isinstance(ext, dict):
            err(w, "must be an object")
            continue
        check_keys(w, ext, {"file", "version", "abstract", "docfile", "docpath"})
        for k in ("file", "version"):
            if k not in ext:
                err(w, f"lacks the required key {k!r}")
        if "version" in ext:
            semver(w + ".version", ext["version"])
            if name == "gpumkt" and ext["version"] != extversion:
                err(w + ".version", f"{ext['version']!r} is not gpumkt.control's "
                    f"default_version as SemVer ({extversion!r})")
        for k in ("file", "docfile"):
            if k in ext and is_str(f"{w}.{k}", ext[k], 2):
                p = ext[k]
                if p.startswith("/") or "\\" in p or ".." in p.split("/"):
                    err(f"{w}.{k}", f"{p!r} is not a relative Unix path")
                elif not os.path.isfile(os.path.join(root, p)):
                    err(f"{w}.{k}", f"{p!r} does not exist in the distribution")
        if "abstract" in ext:
            is_str(w + ".abstract", ext["abstract"])


def check_prereqs(v):
    if not isinstance(v, dict) or not any(p in v for p in PHASES):
        err("prereqs", "must be an object with at least one phase")
        return
    check_keys("prereqs", v, PHASES)
    for phase, rels in v.items():
        if custom(phase):
            continue
        w = f"prereqs.{phase}"
        if not isinstance(rels, dict) or not any(r in rels for r in RELATIONS):
            err(w, "must be an object with at least one relation")
            continue
        check_keys(w, rels, RELATIONS)
        for rel, deps in rels.items():
            if custom(rel):
                continue
            if not isinstance(deps, dict) or not deps:
                err(f"{w}.{rel}", "must be an object of names and version ranges")
                continue
            for dep, rng in deps.items():
                term(f"{w}.{rel}", dep)
                version_range(f"{w}.{rel}.{dep}", rng)


def check_resources(v):
    if not isinstance(v, dict) or not any(
            k in v for k in ("homepage", "bugtracker", "repository")):
        err("resources", "must be an object with homepage, bugtracker or repository")
        return
    check_keys("resources", v, {"homepage", "bugtracker", "repository"})
    if "homepage" in v:
        url("resources.homepage", v["homepage"])
    for k, sub in (("bugtracker", {"web", "mailto"}),
                   ("repository", {"url", "web", "type"})):
        if k not in v:
            continue
        if not isinstance(v[k], dict) or not any(s in v[k] for s in sub - {"type"}):
            err(f"resources.{k}", f"must be an object with one of {sorted(sub - {'type'})}")
            continue
        check_keys(f"resources.{k}", v[k], sub)
        for s in ("web", "url"):
            if s in v[k]:
                url(f"resources.{k}.{s}", v[k][s])
        if "mailto" in v[k] and not re.fullmatch(r"[^\s@]+@[^\s@]+", str(v[k]["mailto"])):
            err(f"resources.{k}.mailto", f"{v[k]['mailto']!r} is not an e-mail address")
        if "type" in v[k] and not re.fullmatch(r"[a-z]+", str(v[k]["type"])):
            err(f"resources.{k}.type", "must be a lower-case word (git, svn, ...)")


def check_list_of_paths(where, v):
    items = [v] if isinstance(v, str) else v
    if not isinstance(items, list) or not items:
        err(where, "must be a path or a list of paths")
        return
    for x in items:
        is_str(where, x)


def control_version(root):
    with open(os.path.join(root, "gpumkt.control"), encoding="utf-8") as f:
        m = re.search(r"^default_version\s*=\s*'([^']*)'", f.read(), re.M)
    if not m:
        err("gpumkt.control", "has no default_version")
        return None
    v = m.group(1)
    # PostgreSQL versions are major.minor; SemVer wants a patch number
    return v + ".0" if re.fullmatch(r"\d+\.\d+", v) else v


def main():
    path = sys.argv[1] if len(sys.argv) > 1 else "META.json"
    root = os.path.dirname(os.path.abspath(path))
    try:
        with open(path, encoding="utf-8") as f:
            meta = json.load(f)
    except (OSError, ValueError) as e:
        print(f"meta: {path} is not readable JSON: {e}")
        return 1
    if not isinstance(meta, dict):
        print(f"meta: {path} is not a JSON object")
        return 1
    extversion = control_version(root)
    for k in REQUIRED:
        if k not in meta:
            err(k, "required key missing")
    check_keys("META.json", meta, TOP)
    if "name" in meta:
        term("name", meta["name"])
    if "version" in meta:
        semver("version", meta["version"])
        if meta["version"] != extversion:
            err("version", f"{meta['version']!r} is not gpumkt.control's "
                f"default_version as SemVer ({extversion!r})")
    for k in ("abstract", "description", "generated_by"):
        if k in meta and is_str(k, meta[k]) and k == "abstract" and "\n" in meta[k]:
            err(k, "must be one line")
    if "maintainer" in meta:
        m = meta["maintainer"]
        if isinstance(m, str):
            is_str("maintainer", m)
        elif not (isinstance(m, list) and m and all(isinstance(x, str) and x for x in m)
                  and len(set(m)) == len(m)):
            err("maintainer", "must be a string or a list of distinct strings")
    if "license" in meta:
        check_license(meta["license"])
    if "provides" in meta:
        check_provides(meta["provides"], root, extversion)
    ms = meta.get("meta-spec")
    if ms is not None:
        if not isinstance(ms, dict) or "version" not in ms:
            err("meta-spec", "must be an object with a version")
        else:
            check_keys("meta-spec", ms, {"version", "url"})
            if not re.fullmatch(r"1\.0\.\d+", str(ms["version"])):
                err("meta-spec.version", f"{ms['version']!r} is not 1.0.x")
            if "url" in ms and ms["url"] not in ("https://pgxn.org/meta/spec.txt",
                                                 "http://pgxn.org/meta/spec.txt"):
                err("meta-spec.url", f"{ms['url']!r} is not the spec's URL")
    if "tags" in meta:
        t = meta["tags"]
        if not isinstance(t, list) or not t or len(set(map(str, t))) != len(t):
            err("tags", "must be a non-empty list of distinct tags")
        else:
            for i, x in enumerate(t):
                if (not isinstance(x, str) or not 2 <= len(x) <= 255
                        or re.search(r"[/\\\x00-\x1f\x7f]", x)):
                    err(f"tags[{i}]", f"{x!r} is not a tag (2 to 255 characters, no /, \\ or control)")
    if "no_index" in meta:
        ni = meta["no_index"]
        if not isinstance(ni, dict) or not ("file" in ni or "directory" in ni):
            err("no_index", "must be an object with file or directory")
        else:
            check_keys("no_index", ni, {"file", "directory"})
            for k in ("file", "directory"):
                if k in ni:
                    check_list_of_paths(f"no_index.{k}", ni[k])
    if "prereqs" in meta:
        check_prereqs(meta["prereqs"])
    if "release_status" in meta and meta["release_status"] not in ("stable", "testing", "unstable"):
        err("release_status", f"{meta['release_status']!r} is not stable, testing or unstable")
    if "resources" in meta:
        check_resources(meta["resources"])
    for e in errors:
        print(f"meta: {path}: {e}")
    if errors:
        print(f"meta: {path}: {len(errors)} errors")
        return 1
    print(f"meta: {meta['name']} {meta['version']} valid (PGXN Meta Spec "
          f"{meta['meta-spec']['version']}), provides "
          + ", ".join(f"{n} {e['version']}" for n, e in meta["provides"].items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
