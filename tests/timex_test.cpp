// The temporal tagger, one behaviour per row: a sentence, its reference date, and the
// expected expressions as "text|TYPE|value|mod" joined by "; ".
#include <catch2/catch.hpp>
#include <fmt/format.h>

#include "kban/timex.hpp"

namespace {

std::string dump(const std::string& text, const char* dct) {
  kban::TagOptions options;
  if (dct) options.reference = kban::parse_iso_date(dct);
  std::string out;
  for (const auto& t : kban::tag_timexes(text, options)) {
    if (!out.empty()) out += "; ";
    out += fmt::format("{}|{}|{}", text.substr(t.begin, t.end - t.begin), kban::timex_type_name(t.type), t.value);
    if (!t.mod.empty()) out += "|" + t.mod;
  }
  return out;
}

struct Row {
  const char* text;
  const char* dct;
  const char* expected;
};

void check_rows(const std::vector<Row>& rows) {
  for (const auto& row : rows) {
    INFO(row.text);
    CHECK(dump(row.text, row.dct) == row.expected);
  }
}

}  // namespace

TEST_CASE("absolute dates", "[timex]") {
  check_rows({
      {"The rule took effect on Sept. 29, 2024, officials said.", "2025-01-10", "Sept. 29, 2024|DATE|2024-09-29"},
      {"The mill closed in May 2010.", "2020-01-01", "May 2010|DATE|2010-05"},
      {"She joined the board in 2017.", "2020-01-01", "2017|DATE|2017"},
      {"The treaty was signed on 4 March 1998 in Oslo.", "2020-01-01", "4 March 1998|DATE|1998-03-04"},
      {"Filings dated 2023-11-05 were unsealed.", "2024-01-01", "2023-11-05|DATE|2023-11-05"},
      {"A 2019 audit found gaps.", "2024-01-01", "2019|DATE|2019"},
      {"Sales fell between 2014 and 2019.", "2024-01-01", "2014|DATE|2014; 2019|DATE|2019"},
      {"Wages rose in the 1990s.", "2024-01-01", "the 1990s|DATE|199"},
      {"The cathedral dates from the 12th century.", "2024-01-01", "the 12th century|DATE|11"},
      {"Exports slumped in the third quarter of 2023.", "2024-05-01", "the third quarter of 2023|DATE|2023-Q3"},
      {"Output grew in the first half of 2022.", "2024-05-01", "the first half of 2022|DATE|2022-H1"},
      {"Ice melted early in the summer of 2021.", "2024-05-01", "the summer of 2021|DATE|2021-SU"},
  });
}

TEST_CASE("bare numbers are years only in a date context", "[timex]") {
  check_rows({
      {"The firm has 2,017 employees.", "2024-01-01", ""},
      {"Some 2017 users filed claims.", "2024-01-01", ""},
      {"The plane, a Boeing 737, landed safely.", "2024-01-01", ""},
      {"Call 555-2017 for details.", "2024-01-01", ""},
      {"Version 2.1 shipped with 20 fixes.", "2024-01-01", ""},
      {"They won 3-2 on penalties.", "2024-01-01", ""},
      {"Prime Minister May said the deal was done.", "2024-01-01", ""},
      {"Thousands joined the march on the capital.", "2024-01-01", ""},
  });
}

TEST_CASE("partial dates take the year from the reference date and the tense", "[timex]") {
  check_rows({
      {"The company stopped sales in July.", "2024-03-10", "July|DATE|2023-07"},
      {"The ban will take effect July 20.", "2024-07-16", "July 20|DATE|2024-07-20"},
      {"Regulators announced the ban on June 20.", "2024-07-16", "June 20|DATE|2024-06-20"},
      {"The talks will resume in January.", "2024-11-20", "January|DATE|2025-01"},
      {"Updates end after September 29 this year.", "2024-07-16", "September 29 this year|DATE|2024-09-29"},
      {"Sales are blocked beginning July 20.", "2024-07-16", "July 20|DATE|2024-07-20"},
      {"The ban was announced on July 20.", nullptr, "July 20|DATE|XXXX-07-20"},
  });
}

TEST_CASE("weekdays follow the tense rule", "[timex]") {
  // 2024-07-16 is a Tuesday.
  check_rows({
      {"The minister resigned on Friday.", "2024-07-16", "Friday|DATE|2024-07-12"},
      {"The minister will resign on Friday.", "2024-07-16", "Friday|DATE|2024-07-19"},
      {"The exhibition opens on Saturday.", "2024-07-16", "Saturday|DATE|2024-07-20"},
      {"Talks ended on Tuesday.", "2024-07-16", "Tuesday|DATE|2024-07-16"},
      {"He spoke last Friday.", "2024-07-16", "last Friday|DATE|2024-07-12"},
      {"Voting starts next Monday.", "2024-07-16", "next Monday|DATE|2024-07-22"},
      {"Rescuers worked through Friday afternoon.", "2024-07-16", "Friday afternoon|TIME|2024-07-19TAF"},
  });
}

TEST_CASE("relative dates count from the reference date", "[timex]") {
  check_rows({
      {"The ban was announced last month.", "2024-07-16", "last month|DATE|2024-06"},
      {"Profits doubled this year.", "2024-07-16", "this year|DATE|2024"},
      {"Inspections continue this week.", "2024-07-16", "this week|DATE|2024-W29"},
      {"The plant opened four years ago.", "2024-07-16", "four years ago|DATE|2020"},
      {"She testified earlier this month.", "2024-07-16", "earlier this month|DATE|2024-07"},
      {"The board met yesterday and will vote tomorrow.", "2024-07-16",
       "yesterday|DATE|2024-07-15; tomorrow|DATE|2024-07-17"},
      {"Hearings resume next week.", "2024-12-30", "next week|DATE|2025-W02"},
      {"The deal closed late last year.", "2024-07-16", "late last year|DATE|2023|END"},
      {"Rates peaked in early 2011.", "2024-07-16", "early 2011|DATE|2011|START"},
      {"Growth slowed in mid-2023.", "2024-07-16", "mid-2023|DATE|2023|MID"},
      {"Cuts are planned by the end of the year.", "2024-07-16", "the end of the year|DATE|2024|END"},
      {"The ban was announced last month.", nullptr, "last month|DATE|XXXX-XX"},
  });
}

TEST_CASE("anchored and anaphoric expressions", "[timex]") {
  check_rows({
      {"Business will be blocked 30 days after the restrictions were announced on June 20.", "2024-07-16",
       "30 days|DURATION|P30D; June 20|DATE|2024-06-20"},
      {"The court heard the case on May 3 and ruled two days later.", "2024-07-16",
       "May 3|DATE|2024-05-03; two days later|DATE|2024-05-05"},
      {"Sales fell in March from the previous month.", "2024-07-16", "March|DATE|2024-03; the previous month|DATE|2024-02"},
      {"In 2022, the day after the invasion, Reuters reported the warning.", "2024-07-16",
       "2022|DATE|2022; the day after|DATE|2022-XX-XX"},
  });
  const auto t = kban::tag_timexes("Business will be blocked 30 days after the restrictions were announced on June 20.",
                                   kban::TagOptions{kban::Date{2024, 7, 16}});
  REQUIRE(t.size() == 2);
  CHECK(t[0].anchor_relation == "after");
  CHECK(t[0].anchor_index == 1);
  CHECK(t[0].anchored_value == "2024-07-20");
}

TEST_CASE("vague references", "[timex]") {
  check_rows({
      {"Prices are now falling.", "2024-07-16", "now|DATE|PRESENT_REF"},
      {"The agency recently changed course.", "2024-07-16", "recently|DATE|PAST_REF"},
      {"Such bans were rare in the past.", "2024-07-16", "the past|DATE|PAST_REF"},
      {"At the time, officials denied it.", "2024-07-16", "the time|DATE|PAST_REF"},
      {"Costs may rise in the future.", "2024-07-16", "the future|DATE|FUTURE_REF"},
  });
}

TEST_CASE("durations", "[timex]") {
  check_rows({
      {"It ends close to two decades of operation.", "2024-07-16", "two decades|DURATION|P20Y"},
      {"Owners have 90 days to comply.", "2024-07-16", "90 days|DURATION|P90D"},
      {"A three-month review began.", "2024-07-16", "three-month|DURATION|P3M"},
      {"Prices rose over the past two years.", "2024-07-16", "the past two years|DURATION|P2Y"},
      {"Talks lasted several days.", "2024-07-16", "several days|DURATION|PXD"},
      {"Layoffs grew in recent weeks.", "2024-07-16", "recent weeks|DURATION|PXW"},
      {"The trial lasted about six weeks.", "2024-07-16", "about six weeks|DURATION|P6W|APPROX"},
      {"He served more than two years.", "2024-07-16", "more than two years|DURATION|P2Y|MORE_THAN"},
      {"She faces up to 20 years in prison.", "2024-07-16", "up to 20 years|DURATION|P20Y|EQUAL_OR_LESS"},
      {"The run took two hours, eight minutes and 38 seconds.", "2024-07-16",
       "two hours, eight minutes and 38 seconds|DURATION|PT2H8M38S"},
      {"The project took a year and a half.", "2024-07-16", "a year and a half|DURATION|P18M"},
      {"A 45-year-old man was arrested.", "2024-07-16", ""},
  });
}

TEST_CASE("sets and times of day", "[timex]") {
  check_rows({
      {"The report is published annually.", "2024-07-16", "annually|SET|P1Y"},
      {"Inspectors visit every week.", "2024-07-16", "every week|SET|P1W"},
      {"Patients take the drug twice a day.", "2024-07-16", "twice a day|SET|P1D"},
      {"Guards patrol each morning.", "2024-07-16", "each morning|SET|XXXX-XX-XXTMO"},
      {"The firm reports quarterly results.", "2024-07-16", ""},
      {"Polls close at 8 p.m. in the east.", "2024-07-16", "8 p.m.|TIME|2024-07-16T20:00"},
      {"Kickoff is at 15:00 GMT Saturday.", "2024-07-16", "15:00 GMT Saturday|TIME|2024-07-20T15:00"},
      {"The vote was held this morning.", "2024-07-16", "this morning|TIME|2024-07-16TMO"},
      {"The storm hit last night.", "2024-07-16", "last night|TIME|2024-07-15TNI"},
  });
}

TEST_CASE("seasons are not names", "[timex]") {
  check_rows({
      {"Arguments are expected in the fall.", "2017-06-05", "the fall|DATE|2017-FA"},
      {"The Arab Spring changed the region.", "2017-06-05", ""},
      {"Spring training opens in Florida.", "2017-06-05", ""},
      {"The fall of the empire was swift.", "2017-06-05", ""},
  });
}

TEST_CASE("the tagger handles awkward input", "[timex]") {
  CHECK(kban::tag_timexes("", {}).empty());
  CHECK(kban::tag_timexes("\n\n   \n", {}).empty());
  // Curly apostrophes and possessives.
  CHECK(dump("Tuesday’s election surprised pollsters.", "2016-11-09") == "Tuesday|DATE|2016-11-08");
  // A long line without punctuation.
  std::string long_line;
  for (int i = 0; i < 20000; ++i) long_line += "word ";
  long_line += "in 2017";
  CHECK(dump(long_line, "2024-01-01") == "2017|DATE|2017");
}

TEST_CASE("huge and odd numbers neither crash nor overflow", "[timex]") {
  CHECK(dump("It lasted 99999999999999999999 days.", "2024-07-16") == "");
  CHECK(dump("It happened 5000 years ago.", "2024-07-16") == "5000 years ago|DATE|XXXX");
  CHECK(dump("The 99999999999th century was quiet.", "2024-07-16") == "");
  CHECK(dump("The meeting ended at 11 p.m. Two hours later, the vote came.", "2024-07-16") ==
        "11 p.m.|TIME|2024-07-16T23:00; Two hours later|TIME|2024-07-17T01:00");
  CHECK(dump("It took two decades and three years.", "2024-07-16") == "two decades|DURATION|P20Y; three years|DURATION|P3Y");
  CHECK(dump("Congress passed it on Dec. 12, 2017, and he signed it that December.", "2024-07-16") ==
        "Dec. 12, 2017|DATE|2017-12-12; that December|DATE|2017-12");
}

TEST_CASE("a date in apposition fixes a relative one; years after 'back to'", "[timex]") {
  CHECK(dump("Updates stop on Sept. 29. A day later, on June 21, the list grew.", "2024-07-16") ==
        "Sept. 29|DATE|2024-09-29; A day later|DATE|2024-06-21; June 21|DATE|2024-06-21");
  CHECK(dump("The rules date back to 2017.", "2024-07-16") == "2017|DATE|2017");
}
