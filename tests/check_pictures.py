#!/usr/bin/env python3
"""The pictures kban writes, checked by parsers other than kban's: `kban timeline --format svg`
is well-formed XML with a mark and a label for every event, and `--format timelinejs`
validates against tests/data/schema/timelinejs.schema.json (written from TimelineJS's
documented format) and has a slide for every event.

Usage: check_pictures.py svg|timelinejs SOURCE_DIR KBAN. Exits 77 (skipped) for timelinejs
when python3-jsonschema is missing."""
import json
import subprocess
import sys
import xml.dom.minidom
from pathlib import Path

mode, source, kban = sys.argv[1], Path(sys.argv[2]), sys.argv[3]
corpora = [[], ["--corpus", str(source / "tests/data/story2/corpus.json"), "--lexicon", str(source / "tests/data/story2/lexicon.json")],
           ["--corpus", str(source / "tests/data/hostile/corpus.json")]]
filters = [[], ["--since", "2024"], ["--type", "ban"]]


def run(args):
    result = subprocess.run([kban] + args, capture_output=True, check=False)
    if result.returncode != 0:
        sys.exit(f"kban {' '.join(args)}: exit {result.returncode}: {result.stderr.decode()}")
    return result.stdout


problems = []
validator = None
if mode == "timelinejs":
    try:
        import jsonschema
    except ImportError:
        print("python3-jsonschema is not installed: the TimelineJS export was not validated")
        sys.exit(77)
    schema = json.loads((source / "tests/data/schema/timelinejs.schema.json").read_text())
    jsonschema.Draft202012Validator.check_schema(schema)
    validator = jsonschema.Draft202012Validator(schema)

for corpus in corpora:
    for only in filters:
        head = corpus
        events = json.loads(run(head + ["timeline", "--format", "json"] + only))["events"]
        ids = [e["id"] for e in events]
        where = " ".join(head + only) or "built-in"
        if mode == "svg":
            dom = xml.dom.minidom.parseString(run(head + ["timeline", "--format", "svg"] + only))
            root = dom.documentElement
            if root.tagName != "svg" or root.getAttribute("xmlns") != "http://www.w3.org/2000/svg":
                problems.append(f"{where}: the root is not an SVG element")
            marks = [c.getAttribute("data-event") for c in dom.getElementsByTagName("circle") if c.getAttribute("data-event")]
            labels = [t.getAttribute("data-event") for t in dom.getElementsByTagName("text") if t.getAttribute("class") == "label"]
            if marks != ids or labels != ids:
                problems.append(f"{where}: marks {marks} and labels {labels}, events {ids}")
            for bad in ("script", "img", "iframe", "foreignObject"):
                if dom.getElementsByTagName(bad):
                    problems.append(f"{where}: a <{bad}> element")
        else:
            doc = json.loads(run(head + ["timeline", "--format", "timelinejs"] + only))
            for error in validator.iter_errors(doc):
                problems.append(f"{where}: {'/'.join(map(str, error.path))}: {error.message}")
            slides = [s["unique_id"] for s in doc["events"]]
            if slides != ids:
                problems.append(f"{where}: slides {slides}, events {ids}")
            for slide, event in zip(doc["events"], events):
                date = slide["start_date"]
                want = {"day": ["year", "month", "day"], "month": ["year", "month"], "year": ["year"]}.get(event["granularity"])
                if want and sorted(date) != sorted(want):
                    problems.append(f"{where}: {event['id']} ({event['granularity']}) has start_date {date}")
                if "<" in slide["text"]["headline"]:
                    problems.append(f"{where}: {event['id']}: markup in the headline: {slide['text']['headline']}")
for p in problems:
    print(p, file=sys.stderr)
print(f"{mode}: {'ok' if not problems else 'FAILED'}")
sys.exit(1 if problems else 0)
