#!/usr/bin/env python3
"""`kban report` in a real browser: headless Chromium (Debian's chromium) loads the page from
a file, with every host name unresolvable, and dumps its DOM. Checks that every event and
conflict of the built-in corpus is on the page, that no label of the SVG timeline overlaps
another (bounding boxes measured by the browser), that the page fetches nothing and does not
overflow a phone's width, that screenshots at desktop and phone widths are taken, and that a
corpus full of markup (tests/data/hostile) shows it as text.

Usage: report_browser_test.py SOURCE_DIR KBAN. Exits 77 (skipped) when Chromium is missing."""
import html
import html.parser
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

source, kban = Path(sys.argv[1]), sys.argv[2]
browser = next((shutil.which(b) for b in ("chromium", "chromium-browser", "google-chrome") if shutil.which(b)), None)
if not browser:
    print("chromium is not installed: the report was not checked in a browser")
    sys.exit(77)

work = Path(tempfile.mkdtemp(prefix="kban-browser-"))
problems = []

# The page is measured from outside: a test page holds it in a frame of a phone's or a
# desktop's width (headless Chromium opens no window narrower than 500 px) and reads the
# browser's own boxes for the labels, the requests the page made and its width. A srcdoc
# frame shares the test page's origin, so its script may look in; the report's policy, which
# would refuse the report a script, does not bind the test page.
MEASURE = """<!DOCTYPE html><html><head><meta charset="utf-8"></head><body style="margin:0">
<iframe id="page" style="border:0;width:%dpx;height:900px" srcdoc="%s"></iframe>
<script>
window.addEventListener('load', function () {
  var frame = document.getElementById('page'), doc = frame.contentDocument, win = frame.contentWindow;
  var out = {labels: [], overlaps: [], resources: win.performance.getEntriesByType('resource').map(function (r) { return r.name; }),
             scroll: doc.documentElement.scrollWidth, width: win.innerWidth};
  var texts = doc.querySelectorAll('svg text.label');
  for (var i = 0; i < texts.length; i++) {
    var b = texts[i].getBBox();
    out.labels.push({id: texts[i].getAttribute('data-event'), x: b.x, y: b.y, w: b.width, h: b.height});
  }
  for (var i = 0; i < out.labels.length; i++)
    for (var j = i + 1; j < out.labels.length; j++) {
      var a = out.labels[i], c = out.labels[j];
      if (a.x < c.x + c.w && c.x < a.x + a.w && a.y < c.y + c.h && c.y < a.y + a.h) out.overlaps.push([a.id, c.id]);
    }
  var pre = document.createElement('pre');
  pre.id = 'kban-measure';
  pre.textContent = JSON.stringify(out);
  document.body.appendChild(pre);
});
</script></body></html>"""


def run(args):
    result = subprocess.run([kban] + args, capture_output=True, check=False)
    if result.returncode != 0:
        sys.exit(f"kban {' '.join(args)}: exit {result.returncode}: {result.stderr.decode()}")
    return result.stdout.decode()


def chromium(page, *extra, size="1280,900"):
    args = [browser, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-extensions",
            "--disable-background-networking", "--disable-component-update", "--disable-sync",
            "--host-resolver-rules=MAP * ~NOTFOUND", f"--user-data-dir={work / 'profile'}",
            f"--window-size={size}", "--virtual-time-budget=3000", *extra, page.as_uri()]
    result = subprocess.run(args, capture_output=True, timeout=120, check=False)
    if result.returncode != 0:
        sys.exit(f"chromium failed on {page.name} (exit {result.returncode}): {result.stderr.decode()[-2000:]}")
    return result.stdout.decode()


class Dom(html.parser.HTMLParser):
    """The elements, ids, attributes and text of a dumped DOM."""

    def __init__(self, text):
        super().__init__(convert_charrefs=True)
        self.tags, self.ids, self.attrs, self.text = [], set(), [], []
        self.feed(text)

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        self.attrs.extend((tag, k, v or "") for k, v in attrs)
        self.ids.update(v for k, v in attrs if k == "id")

    def handle_data(self, data):
        self.text.append(data)


def measure(report, name, width):
    page = work / f"{name}.html"
    page.write_text(MEASURE % (width, html.escape(report, quote=True)))
    dom = Dom(chromium(page, "--dump-dom", size=f"{max(width, 800)},1000"))
    found = "".join(dom.text)
    start = found.rfind('{"labels"')
    if start < 0:
        sys.exit(f"{name}: the page did not report its measures")
    return json.loads(found[start:].split("\n")[0])


# The built-in corpus: everything is there, nothing overlaps, nothing is fetched.
report = run(["report"])
(work / "report.html").write_text(report)
dom = Dom(chromium(work / "report.html", "--dump-dom"))
events = [e["id"] for e in json.loads(run(["timeline", "--format", "json"]))["events"]]
conflicts = [c["id"] for c in json.loads(run(["conflicts", "--format", "json"]))["conflicts"]]
for e in events:
    if f"event-{e}" not in dom.ids:
        problems.append(f"event {e} is not on the page")
    if not any(t == "circle" and k == "data-event" and v == e for t, k, v in dom.attrs):
        problems.append(f"event {e} has no mark in the timeline")
for c in conflicts:
    if f"conflict-{c}" not in dom.ids:
        problems.append(f"conflict {c} is not on the page")
for tag in ("script", "img", "iframe", "link", "object", "embed"):
    if tag in dom.tags:
        problems.append(f"the page has a <{tag}>")
for width, name in ((1280, "desktop"), (375, "phone")):
    m = measure(report, name, width)
    if len(m["labels"]) != len(events):
        problems.append(f"{name}: {len(m['labels'])} labels for {len(events)} events")
    for a, b in m["overlaps"]:
        problems.append(f"{name}: the labels of {a} and {b} overlap")
    if m["resources"]:
        problems.append(f"{name}: the page requested {m['resources']}")
    if m["scroll"] > m["width"]:
        problems.append(f"{name}: the page is {m['scroll']}px wide in a {m['width']}px window")
    shot = work / f"{name}.png"
    chromium(work / "report.html", f"--screenshot={shot}", size=f"{max(width, 500)},900")
    if not shot.exists() or shot.stat().st_size < 1000:
        problems.append(f"{name}: no screenshot")

# A corpus of markup: shown as text, never run or loaded.
hostile = run(["--corpus", str(source / "tests/data/hostile/corpus.json"), "report"])
(work / "hostile.html").write_text(hostile)
dom = Dom(chromium(work / "hostile.html", "--dump-dom"))
text = "".join(dom.text)
for tag in ("script", "img", "iframe", "object", "embed"):
    if tag in dom.tags:
        problems.append(f"hostile: the article made a <{tag}> element")
for tag, key, value in dom.attrs:
    if key.startswith("on") or value.strip().lower().startswith("javascript:"):
        problems.append(f"hostile: <{tag} {key}=\"{value}\">")
for shown in ("<script>alert(3)</script>", "<script>alert('title')</script>", "\"><img src=x onerror=alert(1)>", "<b>Bold</b> & \"Co\""):
    if shown not in text:
        problems.append(f"hostile: {shown!r} is not shown as text")
m = measure(hostile, "hostile-measured", 1280)
if m["resources"]:
    problems.append(f"hostile: the page requested {m['resources']}")

for p in problems:
    print(p, file=sys.stderr)
if not problems:
    shutil.rmtree(work, ignore_errors=True)
    print(f"report in chromium: ok ({len(events)} events, {len(conflicts)} conflicts, desktop and phone)")
else:
    print(f"pages and screenshots kept in {work}", file=sys.stderr)
sys.exit(1 if problems else 0)
