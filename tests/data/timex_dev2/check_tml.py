#!/usr/bin/env python3
"""Check the .tml files in this folder and print counts.

Format checks (errors, exit 1): each file starts with "# dct: YYYY-MM-DD"; every passage line
has well-formed TIMEX3 tags with attributes in the order type, value, mod; types and mods are
valid; values fit the type; tags do not nest; no other markup; extents are non-empty and
untrimmed; each passage is preceded by a comment carrying its class marker "[c1,...]".

Consistency checks (errors too): a weekday or month name in an extent agrees with a fully
resolved value, and a few DCT-relative phrases ("today", "yesterday", "this week", "last
week", "next week", "last month", "next month", "this year", "last year", "next year",
"N days/weeks/months/years ago") have the value computed from the DCT.

Usage: python3 check_tml.py [DIR]
"""
import collections
import datetime as dt
import os
import re
import sys

TYPES = ("DATE", "TIME", "DURATION", "SET")
MODS = ("APPROX", "START", "MID", "END", "LESS_THAN", "MORE_THAN", "EQUAL_OR_LESS",
        "EQUAL_OR_MORE", "BEFORE", "AFTER", "ON_OR_BEFORE", "ON_OR_AFTER")
OPEN_RE = re.compile(r'<TIMEX3 type="([A-Z]+)" value="([^"<>]+)"(?: mod="([A-Z_]+)")?>')
TAG_RE = re.compile(r'<TIMEX3 type="([A-Z]+)" value="([^"<>]+)"(?: mod="([A-Z_]+)")?>([^<>]*)</TIMEX3>')
DCT_RE = re.compile(r'^# dct: (\d{4}-\d{2}-\d{2})$')
CLASS_RE = re.compile(r'^# \[((?:c\d+|ord)(?:,(?:c\d+|ord))*)\]')

Y = r'(?:\d{4}|X{4})'
DATE_VALUE = re.compile(
    r'^(?:PRESENT_REF|PAST_REF|FUTURE_REF'
    r'|\d{2}|\d{3}'                                   # century, decade
    rf'|{Y}|{Y}-(?:\d{{2}}|XX)|{Y}-(?:\d{{2}}|XX)-(?:\d{{2}}|XX)'
    rf'|{Y}-W(?:\d{{2}}|XX)|{Y}-Q[1-4X]|{Y}-(?:SP|SU|FA|WI)|{Y}-H[12])$')
TIME_VALUE = re.compile(
    rf'^{Y}-(?:\d{{2}}|XX)-(?:\d{{2}}|XX)T(?:\d{{2}}:\d{{2}}(?::\d{{2}})?|MO|AF|EV|NI)$')
DURATION_VALUE = re.compile(
    r'^P(?:(?:\d+|X)Y)?(?:(?:\d+|X)M)?(?:(?:\d+|X)W)?(?:(?:\d+|X)D)?'
    r'(?:T(?:(?:\d+|X)H)?(?:(?:\d+|X)M)?(?:(?:\d+(?:\.\d+)?|X)S)?)?$')
SET_VALUE = re.compile(
    r'^(?:XXXX|XXXX-XX|XXXX-XX-XX|XXXX-WXX|XXXX-WXX-[1-7]|XXXX-(?:SP|SU|FA|WI)'
    r'|XXXX-\d{2}|XXXX-\d{2}-\d{2})(?:T(?:MO|AF|EV|NI|\d{2}:\d{2}))?$')

WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
MONTHS = {"jan": 1, "feb": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
          "aug": 8, "sept": 9, "oct": 10, "nov": 11, "dec": 12}
NUM = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
       "seven": 7, "eight": 8, "nine": 9, "ten": 10, "fifty": 50}


def valid_value(typ, value):
    if typ == "DATE":
        return bool(DATE_VALUE.match(value))
    if typ == "TIME":
        return bool(TIME_VALUE.match(value))
    if typ == "DURATION":
        return bool(DURATION_VALUE.match(value)) and value not in ("P", "PT") and not value.endswith("T")
    if typ == "SET":
        return bool(SET_VALUE.match(value))
    return False


def iso_week(d):
    y, w, _ = d.isocalendar()
    return "%d-W%02d" % (y, w)


def month_shift(d, n):
    m = d.year * 12 + d.month - 1 + n
    return "%04d-%02d" % (m // 12, m % 12 + 1)


def expected_relative(text, dct):
    """Value for a few phrases that depend on the DCT only; None if not one of them."""
    t = text.lower()
    if t == "today" or t == "today's":
        return None  # may be PRESENT_REF (generic) or the DCT: checked separately
    table = {
        "yesterday": (dct - dt.timedelta(days=1)).isoformat(),
        "this week": iso_week(dct),
        "last week": iso_week(dct - dt.timedelta(days=7)),
        "next week": iso_week(dct + dt.timedelta(days=7)),
        "last month": month_shift(dct, -1),
        "next month": month_shift(dct, 1),
        "this year": str(dct.year),
        "last year": str(dct.year - 1),
        "next year": str(dct.year + 1),
        "earlier this year": str(dct.year),
        "later this year": str(dct.year),
    }
    if t in table:
        return table[t]
    m = re.match(r'^(?:about |more than )?(\w+) (day|week|month|year)s? ago$', t)
    if m and (m.group(1) in NUM or m.group(1).isdigit()):
        n = int(m.group(1)) if m.group(1).isdigit() else NUM[m.group(1)]
        unit = m.group(2)
        if unit == "day":
            return (dct - dt.timedelta(days=n)).isoformat()
        if unit == "week":
            return iso_week(dct - dt.timedelta(weeks=n))
        if unit == "month":
            return month_shift(dct, -n)
        return str(dct.year - n)
    return None


def consistency(typ, value, mod, text, dct):
    errs = []
    t = text.lower()
    full = re.match(r'^(\d{4})-(\d{2})-(\d{2})', value)
    if full and typ in ("DATE", "TIME"):
        d = dt.date(int(full.group(1)), int(full.group(2)), int(full.group(3)))
        for i, w in enumerate(WEEKDAYS):
            if re.search(r'\b' + w + r'\b', t) and d.weekday() != i:
                errs.append("weekday %s but %s is a %s" % (w, d, WEEKDAYS[d.weekday()]))
    mm = re.match(r'^(?:\d{4}|XXXX)-(\d{2})', value)
    if mm and typ in ("DATE", "TIME", "SET"):
        for name, num in MONTHS.items():
            if re.search(r'\b' + name, t) and int(mm.group(1)) != num:
                errs.append("month %s but value month %s" % (name, mm.group(1)))
    exp = expected_relative(text, dct)
    if exp is not None and value != exp:
        errs.append("expected %s from DCT %s" % (exp, dct))
    if t in ("today", "today's") and value not in ("PRESENT_REF", dct.isoformat()):
        errs.append("today must be PRESENT_REF or the DCT")
    yr = re.fullmatch(r'\d{4}', text)
    if yr and value != text:
        errs.append("a bare year must have its own value")
    return errs


def check_file(path):
    errors = []
    records = []  # (type, value, mod, text, classes)
    passages = 0
    with open(path, encoding="utf-8") as fh:
        lines = fh.read().split("\n")
    if not lines or not DCT_RE.match(lines[0]):
        errors.append("%s:1: file must start with '# dct: YYYY-MM-DD'" % path)
    dct = None
    prev_comment = None
    for no, line in enumerate(lines, 1):
        where = "%s:%d" % (os.path.basename(path), no)
        if line.strip() == "":
            prev_comment = None
            continue
        if line.startswith("#"):
            m = DCT_RE.match(line)
            if m:
                dct = dt.date.fromisoformat(m.group(1))
                prev_comment = None
            elif line.startswith("# dct"):
                errors.append("%s: malformed dct line" % where)
            else:
                prev_comment = line
            continue
        passages += 1
        if dct is None:
            errors.append("%s: passage before any dct line" % where)
            continue
        cm = CLASS_RE.match(prev_comment or "")
        if not cm:
            errors.append("%s: passage without a '# [classes]' comment above it" % where)
            classes = []
        else:
            classes = cm.group(1).split(",")
        prev_comment = None  # each passage needs its own marker comment
        if line != line.strip():
            errors.append("%s: leading/trailing whitespace" % where)
        # Strip complete tags; whatever markup is left is an error (bad order, nesting, ...).
        rest = TAG_RE.sub("", line)
        if "<" in rest or ">" in rest:
            errors.append("%s: malformed, nested or foreign markup: %r" % (where, rest[:120]))
        if line.count("<TIMEX3 ") != line.count("</TIMEX3>"):
            errors.append("%s: unbalanced TIMEX3 tags" % where)
        if len(OPEN_RE.findall(line)) != line.count("<TIMEX3"):
            errors.append("%s: an opening tag has attributes out of order or extra" % where)
        for m in TAG_RE.finditer(line):
            typ, value, mod, text = m.groups()
            if typ not in TYPES:
                errors.append("%s: bad type %s" % (where, typ))
            if mod is not None and mod not in MODS:
                errors.append("%s: bad mod %s" % (where, mod))
            if not valid_value(typ, value):
                errors.append("%s: value %r not valid for %s" % (where, value, typ))
            if not text or text != text.strip():
                errors.append("%s: empty or untrimmed extent %r" % (where, text))
            for e in consistency(typ, value, mod, text, dct):
                errors.append("%s: %r (%s): %s" % (where, text, value, e))
            records.append((typ, value, mod, text, classes))
    return errors, records, passages


def main():
    folder = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    files = sorted(f for f in os.listdir(folder) if f.endswith(".tml"))
    all_errors = []
    by_file = collections.OrderedDict()
    by_class = collections.Counter()
    total = collections.Counter()
    n_passages = 0
    for f in files:
        errors, records, passages = check_file(os.path.join(folder, f))
        all_errors += errors
        n_passages += passages
        c = collections.Counter(r[0] for r in records)
        by_file[f] = (c, passages)
        total.update(c)
        for r in records:
            for cl in r[4]:
                by_class[cl] += 1
    print("%-16s %8s %5s %5s %9s %4s %6s" % ("file", "passages", "DATE", "TIME", "DURATION", "SET", "total"))
    for f, (c, p) in by_file.items():
        print("%-16s %8d %5d %5d %9d %4d %6d" % (f, p, c["DATE"], c["TIME"], c["DURATION"], c["SET"], sum(c.values())))
    print("%-16s %8d %5d %5d %9d %4d %6d" % ("TOTAL", n_passages, total["DATE"], total["TIME"],
                                                 total["DURATION"], total["SET"], sum(total.values())))
    print("timexes in passages labelled with each class:")
    for cl in sorted(by_class, key=lambda k: (k == "ord", int(k[1:]) if k != "ord" else 0)):
        print("  %-4s %3d" % (cl, by_class[cl]))
    if all_errors:
        print("\n%d problem(s):" % len(all_errors))
        for e in all_errors:
            print("  " + e)
        sys.exit(1)
    print("OK: all lines parse")


if __name__ == "__main__":
    main()
