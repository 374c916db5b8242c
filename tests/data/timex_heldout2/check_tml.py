#!/usr/bin/env python3
"""Validate the held-out .tml files and print counts per file and per type.

Checks: every file starts with '# dct: YYYY-MM-DD'; each passage is one line; every
TIMEX3 tag is well formed with attributes in the order type, value[, mod], double
quotes; types and mods are valid; values have the shape their type allows; calendar
dates and ISO weeks exist; no nesting, no stray tags or angle brackets. Also prints
warnings for month/weekday words left outside any tag (for manual review)."""
import datetime
import glob
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
TYPES = ("DATE", "TIME", "DURATION", "SET")
MODS = {"APPROX", "START", "MID", "END", "LESS_THAN", "MORE_THAN", "EQUAL_OR_LESS",
        "EQUAL_OR_MORE", "BEFORE", "AFTER", "ON_OR_BEFORE", "ON_OR_AFTER"}
OPEN = re.compile(r'<TIMEX3 type="([^"]*)" value="([^"]*)"(?: mod="([^"]*)")?>')
CLOSE = "</TIMEX3>"
DCT = re.compile(r"^# dct: (\d{4}-\d{2}-\d{2})$")

Y = r"(\d{4}|\d{2,3})"  # year, decade (3 digits) or century (2 digits)
DATE_RE = re.compile(
    r"^(PRESENT_REF|PAST_REF|FUTURE_REF|"
    r"\d{2}|\d{3}|"                                   # century / decade
    r"(\d{4}|XXXX)(-(\d{2}|XX)(-(\d{2}|XX))?)?|"      # year[-month[-day]]
    r"\d{4}-W(\d{2}|XX)(-WE|-\d)?|"                   # ISO week [weekend/day]
    r"\d{4}-Q[1-4X]|\d{4}-H[12]|\d{4}-(SP|SU|FA|WI))$")
TIME_RE = re.compile(r"^(\d{4}|XXXX)-(\d{2}|XX)-(\d{2}|XX)T(\d{2}:\d{2}(:\d{2})?|MO|AF|EV|NI|TMO|TAF|TEV|TNI)$")
DUR_RE = re.compile(r"^P((\d+|X)Y)?((\d+|X)M)?((\d+|X)W)?((\d+|X)D)?(T((\d+|X)H)?((\d+|X)M)?((\d+|X)S)?)?$")
SET_RE = re.compile(
    r"^(XXXX(-XX(-XX(T(MO|AF|EV|NI|TMO|TAF|TEV|TNI|\d{2}:\d{2}))?)?)?|"
    r"XXXX-\d{2}(-\d{2})?|XXXX-WXX(-\d|-WE)?|XXXX-(SP|SU|FA|WI)|XXXX-QX|"
    r"XXXX-XX-XXT(MO|AF|EV|NI|TMO|TAF|TEV|TNI))$")
WARN_WORDS = re.compile(
    r"\b(January|February|March|April|May|June|July|August|September|October|November|December|"
    r"Jan\.|Feb\.|Aug\.|Sept\.|Oct\.|Nov\.|Dec\.|Monday|Tuesday|Wednesday|Thursday|Friday|"
    r"Saturday|Sunday|yesterday|tomorrow|today|tonight|week|month|year|years|decade|hours?|"
    r"minutes?|days?|morning|afternoon|evening|night|summer|winter|spring|fall|now|ago|"
    r"annually|daily|weekly|monthly|quarter|[12]\d{3})\b", re.I)


def fail(errors, where, msg):
    errors.append(f"{where}: {msg}")


def check_value(typ, val, where, errors):
    if typ == "DATE":
        if not DATE_RE.match(val):
            fail(errors, where, f"bad DATE value {val!r}")
            return
        m = re.match(r"^(\d{4})-(\d{2})-(\d{2})$", val)
        if m:
            try:
                datetime.date(*map(int, m.groups()))
            except ValueError:
                fail(errors, where, f"impossible date {val!r}")
        m = re.match(r"^(\d{4})-(\d{2})$", val)
        if m and not 1 <= int(m.group(2)) <= 12:
            fail(errors, where, f"bad month {val!r}")
        m = re.match(r"^(\d{4})-W(\d{2})", val)
        if m:
            y, w = int(m.group(1)), int(m.group(2))
            if not 1 <= w <= datetime.date(y, 12, 28).isocalendar()[1]:
                fail(errors, where, f"bad ISO week {val!r}")
    elif typ == "TIME":
        m = TIME_RE.match(val)
        if not m:
            fail(errors, where, f"bad TIME value {val!r}")
            return
        d = re.match(r"^(\d{4})-(\d{2})-(\d{2})T", val)
        if d:
            try:
                datetime.date(*map(int, d.groups()))
            except ValueError:
                fail(errors, where, f"impossible date in {val!r}")
        hm = re.search(r"T(\d{2}):(\d{2})", val)
        if hm and not (int(hm.group(1)) <= 24 and int(hm.group(2)) < 60):
            fail(errors, where, f"bad clock {val!r}")
    elif typ == "DURATION":
        if val in ("P", "PT") or not DUR_RE.match(val) or val.endswith("T"):
            fail(errors, where, f"bad DURATION value {val!r}")
    elif typ == "SET":
        if not SET_RE.match(val):
            fail(errors, where, f"bad SET value {val!r}")


WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]


def check_consistency(typ, val, text, where, errors):
    """A weekday or month named in the extent must agree with a resolved value."""
    m = re.match(r"^(\d{4})-(\d{2})-(\d{2})", val)
    low = text.lower()
    if m and typ in ("DATE", "TIME"):
        d = datetime.date(*map(int, m.groups()))
        for i, wd in enumerate(WEEKDAYS):
            if re.search(r"\b" + wd + r"\b", low) and d.weekday() != i:
                fail(errors, where, f"{text!r} names {wd} but {val} is a {d.strftime('%A')}")
    m = re.match(r"^(\d{4}|XXXX)-(\d{2})", val)
    if m and typ in ("DATE", "TIME"):
        for i, mo in enumerate(MONTHS):
            if re.search(r"\b" + mo + r"[a-z]*\.?(\s|$|,)", low) and int(m.group(2)) != i + 1:
                fail(errors, where, f"{text!r} names month {mo} but value is {val}")


def parse_line(line, where, errors):
    """Return list of (type, value, mod, text) and the plain text with tags removed."""
    out, plain, pos = [], [], 0
    while True:
        i = line.find("<", pos)
        if i < 0:
            plain.append(line[pos:])
            break
        plain.append(line[pos:i])
        m = OPEN.match(line, i)
        if not m:
            fail(errors, where, f"malformed or stray tag at col {i}: {line[i:i+60]!r}")
            return out, "".join(plain)
        typ, val, mod = m.groups()
        if typ not in TYPES:
            fail(errors, where, f"invalid type {typ!r}")
        if mod is not None and mod not in MODS:
            fail(errors, where, f"invalid mod {mod!r}")
        j = line.find(CLOSE, m.end())
        if j < 0:
            fail(errors, where, "unclosed TIMEX3")
            return out, "".join(plain)
        text = line[m.end():j]
        if "<" in text or ">" in text:
            fail(errors, where, f"nesting or markup inside a TIMEX3: {text!r}")
        if not text.strip() or text != text.strip():
            fail(errors, where, f"empty extent or extent with edge spaces: {text!r}")
        check_value(typ, val, where, errors)
        try:
            check_consistency(typ, val, text, where, errors)
        except ValueError:
            pass
        out.append((typ, val, mod, text))
        plain.append(text)
        pos = j + len(CLOSE)
    rest = "".join(plain)
    if ">" in rest or "TIMEX3" in rest:
        fail(errors, where, "stray '>' or TIMEX3 text outside tags")
    return out, rest


def main():
    files = sorted(glob.glob(os.path.join(HERE, "*.tml")))
    errors, warnings = [], []
    table, totals = {}, {t: 0 for t in TYPES}
    passages = 0
    dcts = {}
    for path in files:
        name = os.path.basename(path)
        counts = {t: 0 for t in TYPES}
        with open(path, encoding="utf-8") as fh:
            lines = fh.read().split("\n")
        first = next((l for l in lines if l.strip()), "")
        if not DCT.match(first):
            fail(errors, name, "file does not start with '# dct: YYYY-MM-DD'")
        dct = None
        dcts[name] = []
        for n, line in enumerate(lines, 1):
            where = f"{name}:{n}"
            if not line.strip():
                continue
            if line.startswith("#"):
                m = DCT.match(line)
                if m:
                    dct = m.group(1)
                    datetime.date.fromisoformat(dct)
                    dcts[name].append(dct)
                elif line.startswith("# dct"):
                    fail(errors, where, "malformed dct line")
                continue
            if dct is None:
                fail(errors, where, "passage before any dct line")
            if "\t" in line or "\r" in line:
                fail(errors, where, "tab or CR in passage")
            passages += 1
            tags, _ = parse_line(line, where, errors)
            for typ, val, mod, text in tags:
                if typ in counts:
                    counts[typ] += 1
            # warn on time-like words left untagged (manual review only)
            stripped = re.sub(r"<TIMEX3[^>]*>.*?</TIMEX3>", " ", line)
            for w in WARN_WORDS.findall(stripped):
                warnings.append(f"{where}: untagged {w!r}")
        table[name] = counts
        for t in TYPES:
            totals[t] += counts[t]
    for e in errors:
        print("ERROR", e)
    if "-v" in sys.argv:
        for w in warnings:
            print("warn ", w)
    total = sum(totals.values())
    print(f"{'file':<16}" + "".join(f"{t:>10}" for t in TYPES) + f"{'total':>8}  dcts")
    for name, c in table.items():
        print(f"{name:<16}" + "".join(f"{c[t]:>10}" for t in TYPES) + f"{sum(c.values()):>8}  {', '.join(dcts[name])}")
    print(f"{'TOTAL':<16}" + "".join(f"{totals[t]:>10}" for t in TYPES) + f"{total:>8}")
    print(f"{'share':<16}" + "".join(f"{100*totals[t]/max(total,1):>9.1f}%" for t in TYPES))
    print(f"passages: {passages}, files: {len(files)}, errors: {len(errors)}")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
