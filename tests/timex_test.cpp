// The temporal tagger on input that tables of examples cannot hold: empty and very long text,
// huge numbers, dates in apposition. The rules' examples are in src/map/time/examples/,
// read by rules_test.cpp.
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

}  // namespace

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

TEST_CASE("a date in apposition fixes a relative one, and years after 'back to'", "[timex]") {
  CHECK(dump("Updates stop on Sept. 29. A day later, on June 21, the list grew.", "2024-07-16") ==
        "Sept. 29|DATE|2024-09-29; A day later|DATE|2024-06-21; June 21|DATE|2024-06-21");
  CHECK(dump("The rules date back to 2017.", "2024-07-16") == "2017|DATE|2017");
}

TEST_CASE("narrative anaphora keep what the story's dates say", "[timex]") {
  // A year heading its sentence frames it; a year said in passing is passed over.
  CHECK(dump("Sales fell on Sept. 29. In 2022, the day after the invasion, it warned clients.", "2024-10-01") ==
        "Sept. 29|DATE|2024-09-29; 2022|DATE|2022; the day after|DATE|2022-XX-XX");
  CHECK(dump("He died Sunday. He opened the shop in 1961 and worked the day before he died.", "2021-09-16") ==
        "Sunday|DATE|2021-09-12; 1961|DATE|1961; the day before|DATE|2021-09-11");
  // A month is not passed over: the week stays unknown, its year kept.
  CHECK(dump("It opened in January 2014. Five weeks later it closed.", "2024-07-16") ==
        "January 2014|DATE|2014-01; Five weeks later|DATE|2014-WXX");
}

TEST_CASE("generic today, locating 'the last week', short past forms", "[timex]") {
  CHECK(dump("Today's shoppers want speed.", "2015-06-03") == "Today|DATE|PRESENT_REF");
  CHECK(dump("Today's hearing is the first.", "2015-06-03") == "Today|DATE|2015-06-03");
  CHECK(dump("The plant was still closed today.", "2015-06-03") == "today|DATE|2015-06-03");
  CHECK(dump("Unlike today, families in the 1950s owned one car.", "2015-06-03") ==
        "today|DATE|PRESENT_REF; the 1950s|DATE|195");
  CHECK(dump("Admissions fell in the last week.", "2021-09-16") == "the last week|DATE|2021-W36");
  CHECK(dump("Shares rose over the past year.", "2021-09-16") == "the past year|DURATION|P1Y");
  CHECK(dump("Prices have risen 20 percent in the past year.", "2021-09-16") == "the past year|DURATION|P1Y");
  CHECK(dump("The next week will decide it.", "2021-09-16") == "The next week|DATE|2021-W38");
  CHECK(dump("Gales shut the port on Sunday.", "2018-11-09") == "Sunday|DATE|2018-11-04");
  CHECK(dump("Officials will shut the port on Sunday.", "2018-11-09") == "Sunday|DATE|2018-11-11");
  CHECK(dump("It was the wettest August on record.", "2021-09-16") == "");
}

TEST_CASE("a second predicate has its own tense, and designations are not years", "[timex]") {
  CHECK(dump("Rovers won on Saturday and face City on Sunday.", "2018-11-09") ==
        "Saturday|DATE|2018-11-03; Sunday|DATE|2018-11-11");
  CHECK(dump("She met him on Monday and on Tuesday.", "2018-11-09") == "Monday|DATE|2018-11-05; Tuesday|DATE|2018-11-06");
  CHECK(dump("It ruled out asteroid 2024 YR4.", "2025-03-01") == "");
}

TEST_CASE("in a story without its own date, a weekday moves forward from the day named last", "[timex]") {
  const auto tag = [](const std::string& text, bool story_time) {
    kban::TagOptions options{kban::parse_iso_date("2026-02-03"), false, true, story_time};
    std::string out;
    for (const auto& t : kban::tag_timexes(text, options)) out += (out.empty() ? "" : "; ") + t.value;
    return out;
  };
  const std::string day = "It began on Saturday, August 2, 2025. On Monday night, the town burned.";
  CHECK(tag(day, true) == "2025-08-02; 2025-08-04TNI");
  // The guess at the reference is where the story ended, not where it is.
  CHECK(tag(day, false) == "2025-08-02; 2026-02-02TNI");
  // After a month, one of its days.
  CHECK(tag("It started on a Saturday in early August 2025. On Monday night, the town burned.", true) ==
        "2025-08; 2025-08-XXTNI");
  // After a year, background: the guess still serves.
  CHECK(tag("The firm was founded in 2004. On Monday, it shut its doors.", true) == "2004; 2026-02-02");
}
