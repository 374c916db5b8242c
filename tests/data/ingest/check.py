#!/usr/bin/env python3
"""Sanity check for the importer test pages (independent of tools/build_pages.py).

For every NAME.expected.json under dev/ and heldout/:
  * it parses, has exactly the expected fields with the right types, kind matches the
    file extension, title == paragraphs[0], dates are well formed and consistent;
  * every word of every expected paragraph (and of title/outlet/author) occurs in the page
    (HTML entities decoded first);
  * stricter: each expected paragraph occurs verbatim, in order, in the page's visible text
    (HTML: scripts/styles/comments dropped, tags removed, entities decoded; Markdown: image,
    link, emphasis and heading markers removed; whitespace collapsed everywhere);
  * the body (paragraphs after the headline) has 200-600 words.
Exit status 1 on any failure.
"""
import html
import json
import pathlib
import re
import sys

ROOT = pathlib.Path(__file__).resolve().parent
FIELDS = ["kind", "title", "outlet", "author", "published", "published_at", "url", "paragraphs"]
KIND_BY_EXT = {".txt": "text", ".md": "markdown", ".html": "html"}
WORD = re.compile(r"[^\W_]+")


def collapse(s):
    return " ".join(s.split())


def visible_text(kind, raw):
    if kind == "html":
        s = re.sub(r"(?is)<(script|style)\b.*?</\1\s*>", " ", raw)
        s = re.sub(r"(?s)<!--.*?-->", " ", s)
        s = re.sub(r"<[^>]+>", "", s)
        return collapse(html.unescape(s))
    if kind == "markdown":
        s = re.sub(r"!\[[^\]]*\]\([^)]*\)", " ", raw)
        s = re.sub(r"\[([^\]]+)\]\([^)]*\)", r"\1", s)
        s = re.sub(r"(?m)^#{1,6}\s+", "", s)
        s = s.replace("**", "")
        s = re.sub(r"(?<![\w*])[*_](?=\S)", "", s)
        s = re.sub(r"(?<=\S)[*_](?![\w*])", "", s)
        return collapse(s)
    return collapse(raw)


def check(exp_path):
    errs = []
    stem = exp_path.name[: -len(".expected.json")]
    pages = [p for p in exp_path.parent.glob(stem + ".*") if p.suffix in KIND_BY_EXT]
    if len(pages) != 1:
        return ["no single page file for %s" % exp_path.name], None, 0
    page = pages[0]
    try:
        exp = json.loads(exp_path.read_text(encoding="utf-8"))
    except ValueError as e:
        return ["does not parse: %s" % e], page, 0
    if sorted(exp) != sorted(FIELDS):
        errs.append("fields %s" % sorted(exp))
        return errs, page, 0
    if exp["kind"] != KIND_BY_EXT[page.suffix]:
        errs.append("kind %r for %s" % (exp["kind"], page.suffix))
    for f in ["outlet", "author", "published", "published_at", "url"]:
        if exp[f] is not None and (not isinstance(exp[f], str) or not exp[f].strip()):
            errs.append("%s must be a non-empty string or null" % f)
    paras = exp["paragraphs"]
    if not isinstance(exp["title"], str) or not isinstance(paras, list) or not paras \
            or not all(isinstance(p, str) and p for p in paras):
        errs.append("title/paragraphs malformed")
        return errs, page, 0
    if paras[0] != exp["title"]:
        errs.append("paragraphs[0] is not the title")
    for p in paras:
        if p != collapse(p):
            errs.append("uncollapsed whitespace in: %.50s" % p)
    if len(set(paras)) != len(paras):
        errs.append("duplicate paragraphs")
    pub, pat = exp["published"], exp["published_at"]
    if pub is not None and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", pub):
        errs.append("published not YYYY-MM-DD: %r" % pub)
    if pat is not None and (pub is None or not pat.startswith(pub)):
        errs.append("published_at %r does not match published %r" % (pat, pub))
    if exp["url"] is not None and not re.match(r"https?://", exp["url"]):
        errs.append("url not absolute: %r" % exp["url"])

    raw = page.read_text(encoding="utf-8")
    decoded = html.unescape(raw) if exp["kind"] == "html" else raw
    page_words = set(WORD.findall(decoded))
    checks = list(paras) + [exp["outlet"] or "", exp["author"] or ""]
    for p in checks:
        missing = [w for w in WORD.findall(p) if w not in page_words]
        if missing:
            errs.append("words not in page %s: %.60s" % (missing[:5], p))

    vis = visible_text(exp["kind"], raw)
    pos = 0
    for p in paras:
        i = vis.find(p, pos)
        if i < 0:
            where = "out of order" if p in vis else "not verbatim in visible text"
            errs.append("%s: %.70s" % (where, p))
        else:
            pos = i + len(p)
    words = sum(len(p.split()) for p in paras[1:])
    if not 200 <= words <= 600:
        errs.append("body has %d words (want 200-600)" % words)
    return errs, page, words


def main():
    failed = 0
    counts = {}
    for split in ["dev", "heldout"]:
        files = sorted((ROOT / split).glob("*.expected.json"))
        pages = sorted(p for p in (ROOT / split).iterdir() if p.suffix in KIND_BY_EXT)
        if len(files) != len(pages):
            print("FAIL %s: %d pages but %d expected files" % (split, len(pages), len(files)))
            failed += 1
        for f in files:
            errs, page, words = check(f)
            kind = page.suffix if page else "?"
            counts.setdefault(split, {}).setdefault(kind, 0)
            counts[split][kind] += 1
            status = "ok  " if not errs else "FAIL"
            print("%s %s/%s (%d body words)" % (status, split, page.name if page else f.name, words))
            for e in errs:
                print("      " + e)
            failed += bool(errs)
    print("pages:", json.dumps(counts))
    n = sum(sum(c.values()) for c in counts.values())
    print("%d passed, %d failed" % (n - failed, failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
