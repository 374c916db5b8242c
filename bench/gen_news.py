#!/usr/bin/env python3
"""Generate synthetic English news-like text for the temporal-tagger benchmark.

Standard library only, deterministic for a given --seed.

Text mode (default):
    python3 bench/gen_news.py --mb 20 --seed 1 --out FILE
    python3 bench/gen_news.py --mb 20 --seed 1 --single-line --out FILE
writes articles (headline, blank line, paragraphs one per line, blank line
between articles) until at least MB * 1,000,000 bytes of UTF-8 are written.
With --single-line everything is joined by single spaces and no newline is
written at all.

Corpus mode (for the timeline benchmark):
    python3 bench/gen_news.py --corpus 500 --seed 1 --out FILE.json
writes {"schema_version": 1, "documents": [...]} with N articles of 300-800
words each; "published" is "YYYY-MM-DD" or null for about 10% of them.

Sentences are built from templates.  Dated templates carry one or two time
expressions (absolute dates, months, years, relative expressions, weekdays,
durations, sets, clock times); undated ones carry numbers, money,
percentages, names and places but no time expression.  The generator picks
dated or undated sentences so that the running density stays near one time
expression per 25 words, like real news copy.
"""

import argparse
import datetime as dt
import json
import random
import sys

TARGET_WORDS_PER_TIMEX = 25.0

# --------------------------------------------------------------------------
# Vocabulary
# --------------------------------------------------------------------------

FIRST = [
    "Maria", "James", "Aisha", "Daniel", "Priya", "Robert", "Elena", "Michael",
    "Fatima", "David", "Sofia", "Thomas", "Keiko", "Carlos", "Grace", "Ahmed",
    "Laura", "Kevin", "Nadia", "Peter", "José", "Ingrid", "Samuel", "Chloé",
    "Olusegun", "Hannah", "Wei", "Rachel", "Tomás", "Anna", "Marcus", "Leila",
    "Brian", "Yuki", "Patricia", "Omar", "Jennifer", "Raj", "Claire", "Jürgen",
]
LAST = [
    "Johnson", "Okafor", "Nguyen", "Martinez", "Schmidt", "Patel", "Kowalski",
    "Rossi", "Anderson", "Haddad", "Tanaka", "O'Brien", "Fernández", "Müller",
    "Kim", "Thompson", "Dubois", "Silva", "Novak", "Walker", "Chen", "García",
    "Murphy", "Ivanova", "Bennett", "Hassan", "Larsen", "Moreau", "Reyes",
    "Campbell", "Singh", "Yamamoto", "Brooks", "Lindqvist", "Adeyemi", "Cohen",
]
ROLES = [
    "a spokesperson", "the chief executive", "a senior analyst", "the mayor",
    "a senior official", "the finance minister", "a professor of economics",
    "the company's chief financial officer", "a union representative",
    "the state's attorney general", "a lead researcher", "the police chief",
    "a board member", "the head of the agency", "a campaign adviser",
    "an independent economist", "the committee chairwoman", "a local resident",
]
ORGS = [
    "the Federal Reserve", "Apple", "the World Health Organization",
    "the European Commission", "Boeing", "the Department of Energy",
    "Toyota", "the city council", "the International Monetary Fund",
    "Microsoft", "the Supreme Court", "Pfizer", "the United Nations",
    "Volkswagen", "the Securities and Exchange Commission", "Amazon",
    "the Bank of England", "Siemens", "the National Weather Service",
    "the school board", "the state legislature", "Nestlé", "Samsung",
    "the transit authority", "the Pentagon", "Goldman Sachs", "NASA",
    "the Environmental Protection Agency", "Airbus", "the teachers' union",
]
PLACES = [
    "Chicago", "Berlin", "Lagos", "São Paulo", "Tokyo", "Ohio", "Texas",
    "the Gulf Coast", "Brussels", "Mumbai", "Seattle", "Kyiv", "Nairobi",
    "Toronto", "Madrid", "California", "Jakarta", "Melbourne", "Denver",
    "the Midwest", "Istanbul", "Mexico City", "Warsaw", "Atlanta", "Oslo",
    "Cape Town", "Phoenix", "Manila", "Boston", "Montréal", "Florida",
]
OUTLETS = [
    "The Daily Ledger", "Metro Tribune", "Coastal Herald", "The Evening Post",
    "Capital Wire", "Northern Courier", "The Independent Record",
    "Valley Gazette", "Global Dispatch", "The Morning Sentinel",
]
TOPICS = [
    "the budget", "the merger", "the investigation", "the election",
    "the strike", "the new policy", "the vaccine rollout", "the trade deal",
    "the housing plan", "the lawsuit", "the wildfire response",
    "the rate decision", "the product recall", "the stadium project",
    "the climate agreement", "the hiring freeze", "the bridge repairs",
    "the tax proposal", "the ceasefire talks", "the data breach",
]
THINGS = [
    "revenue", "net income", "operating costs", "home prices", "enrollment",
    "ridership", "exports", "unemployment claims", "consumer spending",
    "ticket sales", "crude output", "retail sales", "factory orders",
    "hospital admissions", "average wages", "shipping volumes",
]
VERBS_UP = ["rose", "climbed", "jumped", "increased", "grew", "surged", "edged up"]
VERBS_DOWN = ["fell", "dropped", "declined", "slipped", "plunged", "eased", "shrank"]
ADJ = [
    "significant", "modest", "unexpected", "sharp", "gradual", "steady",
    "dramatic", "limited", "broad", "narrow", "cautious", "aggressive",
]
NOUNS = [
    "investors", "residents", "lawmakers", "analysts", "voters", "workers",
    "patients", "shareholders", "officials", "regulators", "consumers",
    "farmers", "students", "commuters", "doctors", "retailers",
]
CLAUSES = [
    "the plan would cut costs without reducing services",
    "the company remained committed to its long-term strategy",
    "talks with the union were making progress",
    "the results were better than many had feared",
    "more work was needed to restore public trust",
    "the agency would review the findings carefully",
    "the proposal faced strong opposition in the legislature",
    "demand had held up despite higher prices",
    "the investigation was still at an early stage",
    "residents should follow the guidance of local authorities",
    "the decision reflected a broad consensus among members",
    "supply problems had largely been resolved",
    "the court's ruling left several questions unanswered",
    "the new rules would apply to firms of every size",
    "the project was running over budget",
]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
            "Saturday", "Sunday"]
# AP style month names as used in datelines and body text.
MONTH_FULL = ["January", "February", "March", "April", "May", "June", "July",
              "August", "September", "October", "November", "December"]
MONTH_AP = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.",
            "Sept.", "Oct.", "Nov.", "Dec."]
NUM_WORDS = ["two", "three", "four", "five", "six", "seven", "eight", "nine",
             "ten", "eleven", "twelve"]
SEASONS = ["spring", "summer", "fall", "winter"]


# --------------------------------------------------------------------------
# Generator
# --------------------------------------------------------------------------

def a_an(word):
    return ("an " if word[:1].lower() in "aeiou" else "a ") + word


def cap(s):
    return s[:1].upper() + s[1:]


class NewsGen:
    def __init__(self, seed):
        self.r = random.Random(seed)
        self.anchor = dt.date(2024, 7, 1)
        self.words = 0
        self.timex = 0

    # ---- small helpers ---------------------------------------------------
    def c(self, seq):
        return self.r.choice(seq)

    def person(self):
        return "%s %s" % (self.c(FIRST), self.c(LAST))

    def surname(self):
        return self.c(LAST)

    def number(self):
        r = self.r.random()
        if r < 0.3:
            return str(self.r.randint(3, 99))
        if r < 0.6:
            return "{:,}".format(self.r.randint(100, 99999))
        if r < 0.8:
            return "%s million" % self.fmt_dec(self.r.uniform(1, 900))
        return self.c(NUM_WORDS)

    def fmt_dec(self, x):
        s = "%.1f" % x
        return s[:-2] if s.endswith(".0") else s

    def money(self):
        r = self.r.random()
        if r < 0.35:
            return "$%s billion" % self.fmt_dec(self.r.uniform(1, 300))
        if r < 0.65:
            return "$%s million" % self.fmt_dec(self.r.uniform(1, 900))
        if r < 0.85:
            return "${:,}".format(self.r.randint(5, 250000))
        return "€%s million" % self.fmt_dec(self.r.uniform(1, 500))

    def pct(self):
        v = self.fmt_dec(self.r.uniform(0.1, 45))
        return v + ("%" if self.r.random() < 0.6 else " percent")

    # ---- time expressions ------------------------------------------------
    def year_near(self, spread=6):
        return self.anchor.year + self.r.randint(-spread, 1)

    def date_near(self, spread_days=900):
        return self.anchor + dt.timedelta(days=self.r.randint(-spread_days, 60))

    def t_absolute(self):
        d = self.date_near()
        k = self.r.randint(0, 7)
        if k == 0:
            return "%s %d, %d" % (MONTH_AP[d.month - 1], d.day, d.year)
        if k == 1:
            return "%s %d, %d" % (MONTH_FULL[d.month - 1], d.day, d.year)
        if k == 2:
            return "%s %d" % (MONTH_AP[d.month - 1], d.day)
        if k == 3:
            return "%s %d" % (MONTH_FULL[d.month - 1], self.year_near(14))
        if k == 4:
            return "%s, %s %d" % (WEEKDAYS[d.weekday()], MONTH_AP[d.month - 1], d.day)
        if k == 5:
            return d.isoformat()
        if k == 6:
            return "%d %s %d" % (d.day, MONTH_FULL[d.month - 1], d.year)
        return "mid-%s" % MONTH_FULL[d.month - 1]

    def t_year(self):
        y = self.year_near(15)
        k = self.r.randint(0, 6)
        return [
            "in %d" % y, "since %d" % y, "by %d" % (self.anchor.year + self.r.randint(1, 10)),
            "the %d season" % y, "fiscal %d" % y, "the %ds" % (y // 10 * 10),
            "between %d and %d" % (y, y + self.r.randint(1, 5)),
        ][k]

    def t_relative(self):
        k = self.r.randint(0, 15)
        n = self.c(NUM_WORDS)
        return [
            "last month", "next week", "last year", "this year", "next year",
            "%s years ago" % n, "earlier this month", "later this week",
            "yesterday", "tomorrow", "last %s" % self.c(SEASONS),
            "this %s" % self.c(SEASONS), "%s months ago" % n,
            "earlier this year", "the previous quarter", "%s weeks later" % n,
        ][k]

    def t_weekday(self):
        w = self.c(WEEKDAYS[:5]) if self.r.random() < 0.8 else self.c(WEEKDAYS)
        k = self.r.randint(0, 5)
        return ["on %s" % w, "%s night" % w, "last %s" % w, "next %s" % w,
                "%s morning" % w, "on %s afternoon" % w][k]

    def t_duration(self):
        k = self.r.randint(0, 8)
        n = self.c(NUM_WORDS)
        return [
            "%s decades" % n, "%d days" % self.r.choice([30, 45, 60, 90, 100, 180]),
            "%s weeks" % n, "%s months" % n, "more than a year", "a decade",
            "%d hours" % self.r.randint(2, 72), "nearly %s years" % n,
            "the past %s years" % n,
        ][k]

    def t_set(self):
        return self.c([
            "every week", "each year", "every month", "twice a year",
            "every %s" % self.c(WEEKDAYS), "annually", "every morning",
            "once a quarter", "each summer", "daily",
        ])

    def t_time(self):
        h = self.r.randint(1, 12)
        k = self.r.randint(0, 5)
        ap = self.c(["a.m.", "p.m."])
        return [
            "%d %s" % (h, ap), "%d:%02d %s" % (h, self.r.choice([0, 15, 30, 45]), ap),
            "noon", "midnight", "%d %s ET" % (h, ap),
            "%d:%02d %s local time" % (h, self.r.choice([5, 10, 20, 40]), ap),
        ][k]

    def tx(self):
        """One time expression of a random kind, weighted like news copy."""
        r = self.r.random()
        if r < 0.25:
            return self.t_absolute()
        if r < 0.40:
            return self.t_year()
        if r < 0.62:
            return self.t_relative()
        if r < 0.77:
            return self.t_weekday()
        if r < 0.89:
            return self.t_duration()
        if r < 0.94:
            return self.t_set()
        return self.t_time()

    # ---- sentences -------------------------------------------------------
    def undated(self):
        k = self.r.randint(0, 13)
        up = self.r.random() < 0.5
        verb = self.c(VERBS_UP if up else VERBS_DOWN)
        if k == 0:
            return "%s, %s at %s, said %s." % (self.person(), self.c(ROLES), self.c(ORGS), self.c(CLAUSES))
        if k == 1:
            return "%s %s %s to %s, according to figures released by %s." % (
                cap(self.c(THINGS)), verb, self.pct(), self.money(), self.c(ORGS))
        if k == 2:
            return "\u201cWe are not going to rush this,\u201d %s said, adding that %s." % (
                self.surname(), self.c(CLAUSES))
        if k == 3:
            return "About %s %s in %s were affected, and officials estimated the damage at %s." % (
                self.number(), self.c(NOUNS), self.c(PLACES), self.money())
        if k == 4:
            return "The %s increase in %s surprised %s, who had expected %s change." % (
                self.pct(), self.c(THINGS), self.c(NOUNS), a_an(self.c(ADJ)))
        if k == 5:
            return "%s has argued that %s, a view shared by many %s in %s." % (
                self.person(), self.c(CLAUSES), self.c(NOUNS), self.c(PLACES))
        if k == 6:
            return "Shares of %s %s %s to close at $%s." % (
                self.c(ORGS).replace("the ", ""), verb, self.pct(),
                self.fmt_dec(self.r.uniform(5, 900)))
        if k == 7:
            return "Critics say %s will do little for %s, while supporters point to a %s drop in costs." % (
                self.c(TOPICS), self.c(NOUNS), self.pct())
        if k == 8:
            return "The report, which surveyed %s %s across %s regions, found %s shift in attitudes." % (
                self.number(), self.c(NOUNS), self.r.randint(3, 40), a_an(self.c(ADJ)))
        if k == 9:
            return "%s did not respond to a request for comment." % cap(self.c(ORGS))
        if k == 10:
            return "In %s, %s %s by %s, the %s such move among its peers." % (
                self.c(PLACES), self.c(THINGS), verb, self.pct(),
                self.c(["largest", "first", "third", "smallest", "latest"]))
        if k == 11:
            return "The measure passed %d to %d, with %s abstaining." % (
                self.r.randint(40, 300), self.r.randint(5, 200), self.c(NOUNS))
        if k == 12:
            return "%s and %s, both of %s, disagreed over how to pay for %s." % (
                self.person(), self.person(), self.c(PLACES), self.c(TOPICS))
        return "%s share of %s, roughly %s, now say %s." % (
            cap(a_an(self.c(ADJ))), self.c(NOUNS), self.pct(), self.c(CLAUSES))

    def dated(self):
        """A sentence and the number of time expressions it contains."""
        k = self.r.randint(0, 17)
        t = self.tx
        up = self.r.random() < 0.5
        verb = self.c(VERBS_UP if up else VERBS_DOWN)
        if k == 0:
            return "%s, %s at %s, said %s that %s." % (
                self.person(), self.c(ROLES), self.c(ORGS), self.t_weekday().replace("on ", ""),
                self.c(CLAUSES)), 1
        if k == 1:
            return "%s %s %s %s, the %s such move in %s." % (
                cap(self.c(THINGS)), verb, self.pct(), self.t_relative(),
                self.c(["biggest", "smallest", "first"]), self.t_duration()), 2
        if k == 2:
            return "The announcement came on %s, %s after %s first raised concerns about %s." % (
                self.t_absolute(), self.t_duration(), self.c(ORGS), self.c(TOPICS)), 2
        if k == 3:
            return "%s filed for bankruptcy %s, leaving about %s %s without pay." % (
                cap(self.c(ORGS)), self.c(["in " + MONTH_FULL[self.r.randint(0, 11)] + " " + str(self.year_near(12)),
                                                   self.t_year()]),
                self.number(), self.c(NOUNS)), 1
        if k == 4:
            return "%s was founded %s and has grown to employ %s people in %s." % (
                cap(self.c(ORGS)), self.t_relative() if self.r.random() < 0.5 else self.t_year(),
                self.number(), self.c(PLACES)), 1
        if k == 5:
            return "The hearing is scheduled for %s at %s in %s." % (
                self.t_absolute(), self.t_time(), self.c(PLACES)), 2
        if k == 6:
            return "%s, %s said %s is expected to cost %s." % (
                cap(t()), self.c(ORGS), self.c(TOPICS), self.money()), 1
        if k == 7:
            return "Volunteers meet %s to hand out food to %s %s." % (
                self.t_set(), self.number(), self.c(NOUNS)), 1
        if k == 8:
            return "%s has led %s for %s and plans to step down %s." % (
                self.person(), self.c(ORGS), self.t_duration(), self.t_relative()), 2
        if k == 9:
            return "The %s rally drew %s supporters %s in downtown %s." % (
                self.c(ADJ), self.number(), self.t_weekday(), self.c(PLACES)), 1
        if k == 10:
            return "%s %s %s from a year earlier, %s reported %s." % (
                cap(self.c(THINGS)), verb, self.pct(), self.c(ORGS), self.t_weekday()), 2
        if k == 11:
            return "Polls close at %s, and results are expected %s." % (
                self.t_time(), self.c(["by midnight", "early " + self.c(WEEKDAYS) + " morning",
                                       "within " + self.t_duration()])), 2
        if k == 12:
            return "%s %s, %s pleaded not guilty to the charges." % (
                self.c(["On", "Since"]), self.t_absolute(), self.person()), 1
        if k == 13:
            return "The law, which took effect %s, requires firms to report %s %s." % (
                self.c(["in %d" % self.year_near(10), self.t_relative(), "on " + self.t_absolute()]), self.c(THINGS), self.t_set()), 2
        if k == 14:
            return "%s said %s that %s." % (
                self.person(), t(), self.c(CLAUSES)), 1
        if k == 15:
            return "The storm is forecast to reach %s %s, bringing winds of up to %d mph." % (
                self.c(PLACES), self.c(["by " + self.c(WEEKDAYS) + " evening", self.t_relative(),
                                        "on " + self.c(WEEKDAYS)]), self.r.randint(40, 150)), 1
        if k == 16:
            return "Prices have %s by %s over %s, according to %s." % (
                self.c(["risen", "fallen", "climbed"]), self.pct(), self.t_duration(), self.c(ORGS)), 1
        return "The company said %s that it expects %s of %s for %s." % (
            self.t_weekday(), self.c(THINGS), self.money(), self.t_year()), 2

    def sentence(self):
        # Keep the running density near one time expression per 25 words.
        deficit = self.words / TARGET_WORDS_PER_TIMEX - self.timex
        p_dated = min(0.95, max(0.05, 0.35 + 0.15 * deficit))
        if self.r.random() < p_dated:
            s, n = self.dated()
            self.timex += n
        else:
            s = self.undated()
        self.words += s.count(" ") + 1
        return s

    def headline(self):
        return self.c([
            "%s weighs %s" % (self.c(ORGS).replace("the ", "").title(), self.c(TOPICS).replace("the ", "")),
            "%s %s %s as %s react" % (cap(self.c(THINGS)), self.c(VERBS_UP + VERBS_DOWN),
                                      self.pct(), self.c(NOUNS)),
            "Officials in %s debate %s" % (self.c(PLACES), self.c(TOPICS).replace("the ", "")),
            "What to know about %s" % self.c(TOPICS).replace("the ", "the "),
        ])

    def article(self, min_words=None, max_words=None, anchor=None):
        """Return (headline, list of paragraphs)."""
        self.anchor = anchor or (dt.date(2015, 1, 1) + dt.timedelta(days=self.r.randint(0, 3650)))
        title = self.headline()
        paras = []
        if min_words is None:
            npara = self.r.randint(4, 12)
            for i in range(npara):
                paras.append(" ".join(self.sentence() for _ in range(self.r.randint(2, 6))))
            # A dateline opens many wire stories.
            if self.r.random() < 0.5:
                paras[0] = "%s \u2014 %s" % (self.c(PLACES).upper(), paras[0])
            return title, paras
        target = self.r.randint(min_words, max_words)
        count = 0
        while count < target:
            para = []
            for _ in range(self.r.randint(2, 6)):
                s = self.sentence()
                if count + s.count(" ") + 1 > max_words:
                    break
                para.append(s)
                count += s.count(" ") + 1
                if count >= target:
                    break
            if not para:
                break
            paras.append(" ".join(para))
        return title, paras


def write_text(args, out):
    g = NewsGen(args.seed)
    target = int(args.mb * 1_000_000)
    written = 0
    first = True
    sep = " " if args.single_line else "\n"
    while written < target:
        title, paras = g.article()
        if args.single_line:
            chunk = " ".join([title + "."] + paras)
            if not first:
                chunk = " " + chunk
        else:
            chunk = title + "\n\n" + "\n".join(paras) + "\n"
            if not first:
                chunk = "\n" + chunk
        first = False
        out.write(chunk)
        written += len(chunk.encode("utf-8"))
    return written, g


def write_corpus(args, out):
    g = NewsGen(args.seed)
    docs = []
    for i in range(args.corpus):
        pub = dt.date(2015, 1, 1) + dt.timedelta(days=g.r.randint(0, 3800))
        title, paras = g.article(300, 800, anchor=pub)
        published = None if g.r.random() < 0.10 else pub.isoformat()
        docs.append({
            "id": "gen-%05d" % (i + 1),
            "title": title,
            "outlet": g.c(OUTLETS),
            "author": g.person(),
            "published": published,
            "url": None,
            "text": "\n\n".join(paras),
        })
    json.dump({"schema_version": 1, "documents": docs}, out, ensure_ascii=False, indent=1)
    out.write("\n")
    return g


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--mb", type=float, default=20.0,
                    help="text size in MB (1 MB = 1,000,000 bytes; default 20)")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--out", default="-", help="output file (default stdout)")
    ap.add_argument("--single-line", action="store_true",
                    help="write the text as one line, without newlines")
    ap.add_argument("--corpus", type=int, metavar="N",
                    help="write a corpus JSON with N articles instead of plain text")
    ap.add_argument("--stats", action="store_true",
                    help="print words / time expressions to stderr")
    args = ap.parse_args()

    if args.out == "-":
        out = open(sys.stdout.fileno(), "w", encoding="utf-8", newline="\n", closefd=False)
    else:
        out = open(args.out, "w", encoding="utf-8", newline="\n")
    with out:
        if args.corpus is not None:
            g = write_corpus(args, out)
        else:
            _, g = write_text(args, out)
    if args.stats:
        print("words=%d timex=%d words_per_timex=%.1f" %
              (g.words, g.timex, g.words / max(1, g.timex)), file=sys.stderr)


if __name__ == "__main__":
    main()
