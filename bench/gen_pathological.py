#!/usr/bin/env python3
"""Generate the pathological inputs of the robustness benchmarks (docs/performance.md).

Standard library only, deterministic.

    python3 bench/gen_pathological.py same-event N OUT.json    # N documents, one event, one date
    python3 bench/gen_pathological.py actors N OUT.json         # lexicon: N actors, one first word
    python3 bench/gen_pathological.py actors-corpus N OUT.json  # a corpus naming some of them
    python3 bench/gen_pathological.py big-document MB OUT.json  # one generated document of MB
    python3 bench/gen_pathological.py dates N OUT.json          # one sentence with N dates
    python3 bench/gen_pathological.py figures N OUT.json        # one sentence with N figures
    python3 bench/gen_pathological.py invalid N OUT.json        # N documents, each invalid
"""

import datetime as dt
import json
import os
import subprocess
import sys

MONTHS = ["January", "February", "March", "April", "May", "June", "July",
          "August", "September", "October", "November", "December"]


def corpus(documents):
    return {"schema_version": 1, "documents": documents}


def same_event(n):
    outlets = ["Daily Ledger", "Metro Tribune", "Coastal Herald", "Capital Wire"]
    docs = []
    for k in range(n):
        text = ("Commerce bans Kaspersky software\n\n"
                "The U.S. Commerce Department banned sales of Kaspersky antivirus software "
                "on June 20, 2024, citing national security risks. Kaspersky said it would "
                "challenge the decision.")
        docs.append({"id": "d%d" % k, "title": "Commerce bans Kaspersky software",
                     "outlet": outlets[k % len(outlets)], "published": "2024-06-21",
                     "text": text})
    return corpus(docs)


def actor_name(k):
    return "Northwind Holdings %06d" % k


def actors(n):
    return {"schema_version": 1,
            "actors": [{"name": actor_name(k), "kind": "company",
                        "aliases": ["Northwind %06d" % k]} for k in range(n)]}


def actors_corpus(n):
    docs = []
    for k in range(0, n, max(1, n // 100)):
        text = ("%s fined\n\nRegulators fined %s on March 3, 2024, and Northwind %06d "
                "said on March 4, 2024 that it would appeal." % (actor_name(k), actor_name(k), k))
        docs.append({"id": "a%d" % k, "published": "2024-03-05", "text": text})
    return corpus(docs)


def big_document(mb):
    here = os.path.dirname(os.path.abspath(__file__))
    text = subprocess.run([sys.executable, os.path.join(here, "gen_news.py"), "--mb", str(mb), "--seed", "1"],
                          check=True, capture_output=True, text=True).stdout
    return corpus([{"id": "big", "published": "2024-07-01", "text": text}])


def dates(n):
    day = dt.date(2024, 1, 1)
    parts = []
    for k in range(n):
        d = day + dt.timedelta(days=k % 3000)
        parts.append("%s %d, %d" % (MONTHS[d.month - 1], d.day, d.year))
    text = "The ban was announced on " + ", ".join(parts) + ".\n"
    return corpus([{"id": "dates", "published": "2024-07-01", "text": text}])


def figures(n):
    parts = ["%d,%03d users" % (1 + k % 900, k % 1000) for k in range(n)]
    text = "Kaspersky said it had " + ", ".join(parts) + " in the United States.\n"
    return corpus([{"id": "figures", "published": "2024-07-01", "text": text}])


def invalid(n):
    # Each document has two problems: an id of the wrong type and a misspelled field.
    return corpus([{"id": k, "txt": "No text field."} for k in range(n)])


def main():
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    kind, size, out = sys.argv[1], sys.argv[2], sys.argv[3]
    makers = {"same-event": same_event, "actors": actors, "actors-corpus": actors_corpus,
              "dates": dates, "figures": figures, "invalid": invalid}
    if kind == "big-document":
        value = big_document(float(size))
    elif kind in makers:
        value = makers[kind](int(size))
    else:
        sys.exit("unknown kind %r\n%s" % (kind, __doc__))
    with open(out, "w", encoding="utf-8") as f:
        json.dump(value, f, ensure_ascii=False)


if __name__ == "__main__":
    main()
