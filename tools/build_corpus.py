#!/usr/bin/env python3
"""Builds data/corpus.json from the captured articles.

Each article keeps its headline and body (photo captions included); the line ranges
below drop the site clutter around it. See docs/corpus.md.
"""
import json
import sys
from pathlib import Path

# (seed file, id, title, outlet, author, published, body line ranges as [first, last) of the file)
ARTICLES = [
    ("000_19d1e3183124f795.txt", "leave-us-market",
     "Kaspersky Set to Leave US Market After Government Imposes Ban", None, "James Hughes", None,
     [(0, 1), (4, 34)]),
    ("001_4d93d85d6caabf1d.txt", "circleid",
     "Kaspersky Lab to Shut Down U.S. Operations Amid Federal Ban", "CircleID", "CircleID Reporter",
     "2024-07-16", [(2, 3), (6, 18)]),
    ("002_61a8d150ed88c8f3.txt", "epoch-times",
     "Kaspersky Shutting Down US Operations as Government Ban Takes Effect", "The Epoch Times",
     "Naveen Athrappully", None, [(0, 1), (2, 3), (4, 5), (9, 50)]),
    ("003_acedbda0dd48e0e4.txt", "cyber-firm-shuts",
     "Kaspersky: Russian cyber firm shuts down US operations after ban", None, None, None,
     [(0, 1), (5, 28)]),
    ("004_c3b6ffaca85bb9c4.txt", "two-step-ban", None, None, None, None, [(0, 11)]),
]


def paragraphs(lines):
    """Joins non-blank lines into paragraphs separated by one blank line."""
    out = [line.strip() for line in lines if line.strip()]
    return "\n\n".join(out)


def main(seed_dir, out_path):
    docs = []
    for name, doc_id, title, outlet, author, published, ranges in ARTICLES:
        lines = (Path(seed_dir) / name).read_text(encoding="utf-8").split("\n")
        kept = [line for first, last in ranges for line in lines[first:last]]
        docs.append({"id": doc_id, "title": title, "outlet": outlet, "author": author,
                     "published": published, "url": None, "text": paragraphs(kept)})
    corpus = {"schema_version": 1, "documents": docs}
    Path(out_path).write_text(json.dumps(corpus, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "../shared/seeds",
         sys.argv[2] if len(sys.argv) > 2 else "data/corpus.json")
