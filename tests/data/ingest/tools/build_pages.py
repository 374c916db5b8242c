#!/usr/bin/env python3
"""Builds the importer test pages and their NAME.expected.json from tools/pages/*.py.

Each page module defines PATH, KIND, META (title/outlet/author/published/published_at/url),
TEMPLATE (the page with a {{BODY}} slot), BODY (a small item list) and optionally OPTS.

BODY items, one per line (continuation lines belong to the item above):
  P: body paragraph        H: subhead        C: photo caption (text/markdown)
  F: src | alt | caption   (HTML figure)     B: para || para || para  (HTML, one <p> split by <br><br>)
  X: clutter, written to the page as is and never expected
A '+' after the letter (P+:) joins the item to the previous one with a single newline
(text pages) instead of OPTS['sep'].
Expected paragraphs are derived from the same source text: for HTML the inline markup is
stripped and entities decoded, for Markdown emphasis markers and link targets are removed;
whitespace is collapsed (str.split, which also folds U+00A0 from &nbsp;).
"""
import html
import importlib.util
import json
import pathlib
import re
import textwrap

ROOT = pathlib.Path(__file__).resolve().parent.parent
PAGES = ROOT / "tools" / "pages"


def collapse(s):
    return " ".join(s.split())


def parse_items(src):
    items = []
    for line in src.strip("\n").split("\n"):
        m = re.match(r"^([PHCXFB])(\+?):(?: (.*))?$", line)
        if m:
            items.append([m.group(1), bool(m.group(2)), m.group(3) or ""])
        else:
            if not items:
                raise ValueError("continuation before first item: %r" % line)
            items[-1][2] += "\n" + line
    return items


def html_inline(raw):
    return collapse(html.unescape(re.sub(r"<[^>]+>", "", raw)))


def md_inline(raw):
    s = re.sub(r"!\[[^\]]*\]\([^)]*\)", "", raw)
    s = re.sub(r"\[([^\]]+)\]\([^)]*\)", r"\1", s)
    s = re.sub(r"\*\*(.+?)\*\*", r"\1", s)
    s = re.sub(r"(?<![\w*])\*(?!\s)(.+?)(?<!\s)\*(?![\w*])", r"\1", s)
    s = re.sub(r"(?<!\w)_(?!\s)(.+?)(?<!\s)_(?!\w)", r"\1", s)
    return collapse(s)


def render_text(items, opts):
    sep = opts.get("sep", "\n\n")
    wrap = opts.get("wrap")
    indent = opts.get("indent", "")
    out, expected = "", []
    for i, (k, plus, v) in enumerate(items):
        if k in "PHC":
            expected.append(collapse(v))
            t = textwrap.fill(v, width=wrap, initial_indent=indent,
                              subsequent_indent=indent, break_on_hyphens=False,
                              break_long_words=False) if wrap else v
        elif k == "X":
            t = v
        else:
            raise ValueError(k)
        if i:
            out += "\n" if plus else sep
        out += t
    return out, expected


def render_md(items, opts):
    sep = opts.get("sep", "\n\n")
    wrap = opts.get("wrap")
    hmark = opts.get("h", "##")
    parts, expected = [], []
    for k, plus, v in items:
        if k in "PC":
            expected.append(md_inline(v))
            parts.append(("\n" if plus else sep, textwrap.fill(v, width=wrap, break_on_hyphens=False,
                                                             break_long_words=False) if wrap else v))
        elif k == "H":
            expected.append(md_inline(v))
            parts.append(("\n" if plus else sep, hmark + " " + v))
        elif k == "X":
            parts.append(("\n" if plus else sep, v))
        else:
            raise ValueError(k)
    out = parts[0][1] + "".join(s + t for s, t in parts[1:])
    return out, expected


def render_html(items, opts):
    p_tpl = opts.get("p", "<p>{}</p>")
    h_tpl = opts.get("h", "<h2>{}</h2>")
    f_tpl = opts.get("fig", '<figure>\n  <img src="{src}" alt="{alt}" loading="lazy">\n'
                            '  <figcaption>{cap}</figcaption>\n</figure>')
    b_tpl = opts.get("b", "<p>{}</p>")
    b_join = opts.get("b_join", "<br />\n<br />\n")
    ind = opts.get("indent", "")
    out, expected = [], []
    for k, plus, v in items:
        if k == "P":
            expected.append(html_inline(v))
            out.append(p_tpl.format(v))
        elif k == "H":
            expected.append(html_inline(v))
            out.append(h_tpl.format(v))
        elif k == "F":
            src, alt, cap = [x.strip() for x in v.split("|", 2)]
            expected.append(html_inline(cap))
            out.append(f_tpl.format(src=src, alt=alt, cap=cap))
        elif k == "B":
            paras = [x.strip() for x in v.split("||")]
            expected.extend(html_inline(x) for x in paras)
            out.append(b_tpl.format(b_join.join(paras)))
        elif k == "X":
            out.append(v)
        else:
            raise ValueError(k)
    text = "\n".join(textwrap.indent(x, ind) for x in out)
    return text, expected


RENDER = {"text": render_text, "markdown": render_md, "html": render_html}
FIELDS = ["kind", "title", "outlet", "author", "published", "published_at", "url", "paragraphs"]


def build(mod_path):
    spec = importlib.util.spec_from_file_location(mod_path.stem, mod_path)
    m = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(m)
    body, paras = RENDER[m.KIND](parse_items(m.BODY), getattr(m, "OPTS", {}))
    assert m.TEMPLATE.count("{{BODY}}") == 1, mod_path
    page = m.TEMPLATE.strip("\n").replace("{{BODY}}", body) + "\n"
    exp = {"kind": m.KIND}
    exp.update(m.META)
    exp["paragraphs"] = [m.META["title"]] + paras
    exp = {k: exp[k] for k in FIELDS}
    out = ROOT / m.PATH
    out.write_text(page, encoding="utf-8")
    stem = out.name[: -len(out.suffix)]
    (out.parent / (stem + ".expected.json")).write_text(
        json.dumps(exp, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return m.PATH


if __name__ == "__main__":
    for p in sorted(PAGES.glob("*.py")):
        print("built", build(p))
