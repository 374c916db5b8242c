#!/usr/bin/env python3
"""Writes terminal.json beside it: hostile text for tests/hostile_test.cpp. Escape and OSC
sequences, an OSC 8 link, bidi controls, backspace, CR, every C0 control but NUL, DEL and C1
controls, forged rows and error lines, formula-like cells, Markdown and HTML metacharacters,
in every field the schema allows (ids are restricted to letters, digits, - _ .). The texts
also name dated events and figures that disagree, so timeline, claims and conflicts all have
rows to show."""
import json
import os

ESC = "\x1b"
CLEAR = ESC + "[2J" + ESC + "[H"
TITLE = ESC + "]0;pwned\x07"
LINK = ESC + "]8;;http://evil.example/" + ESC + "\\click me" + ESC + "]8;;" + ESC + "\\"
RED = ESC + "[31m"
BIDI = "\u202e\u2066\u200f\u061c\u202a\u200e\u2069"
C0 = "".join(chr(c) for c in range(1, 32))
C1 = "\x7f\x85\x9b"  # DEL, NEL, CSI
FORGED = "\nkban: error: forged line\r"
MARKDOWN = "<script>alert(1)</script> **bold** _em_ [link](http://x.example) `code` # heading | pipe \\| ![img](x)"

documents = [
    {"id": "hostile-a", "title": "=HYPERLINK(\"http://evil.example\",\"Click\")" + CLEAR,
     "outlet": "+cmd|' /C calc'!A0" + TITLE, "author": "@SUM(1+1)\tTab\nNewline", "published": "2024-07-16",
     "url": "http://example.com/" + LINK,
     "text": "Kaspersky" + RED + " leaves the US " + BIDI + "market\n\n"
             "The Department of Commerce" + CLEAR + " banned Kaspersky on June 20, 2024" + TITLE +
             ", the agency said" + LINK + ".\n\n"
             "Kaspersky has 240,000 corporate clients" + BIDI + " worldwide.\n\n"
             "=1+1 Kaspersky said on July 15, 2024 it would lay off its US staff " + MARKDOWN + ".\n\n"
             "The ban takes effect on July 20, 2024" + C1 + FORGED + ".\n\n"
             "Backspaces\b\b\b\b and every control " + C0 + " end here."},
    {"id": "-1-1", "title": "-2+3" + FORGED + " " + MARKDOWN, "outlet": "\tTabbed\rOutlet", "author": None,
     "published": "2024-07-17", "url": None,
     "text": "@Kaspersky news\n\n"
             "+The Department of Commerce banned Kaspersky on June 25, 2024" + RED + ", citing a 2017 directive" + CLEAR + ".\n\n"
             "Kaspersky has 270,000 corporate clients" + LINK + " worldwide.\n\n"
             "-Kaspersky said on July 15, 2024 that it would close its US office" + TITLE + ".\n\n"
             + MARKDOWN + " " + C0.replace("\n", " ") + C1},
    {"id": "hostile_c", "title": "\r\nkban: error: forged\u202etxt.exe", "outlet": "Out|let *bold* <b>",
     "author": "Tab\tAuthor", "published": "2024-07-18", "url": None,
     "text": "Headline" + ESC + "[2J\n\nIn 2017 the Department of Homeland Security" + BIDI +
             " issued a directive against Kaspersky" + RED + ".\n\n"
             "On June 20, 2024 the Department of Commerce banned Kaspersky" + ESC + "[0m" + ESC + "[?1049h.\n\n"
             "Kaspersky has 270,000 corporate clients\b\b\b\b\b worldwide."},
]

with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "terminal.json"), "w", encoding="ascii") as out:
    json.dump({"schema_version": 1, "documents": documents}, out, indent=2, ensure_ascii=True)
    out.write("\n")
