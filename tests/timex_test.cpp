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

TEST_CASE("a date in apposition fixes a relative one; years after 'back to'", "[timex]") {
  CHECK(dump("Updates stop on Sept. 29. A day later, on June 21, the list grew.", "2024-07-16") ==
        "Sept. 29|DATE|2024-09-29; A day later|DATE|2024-06-21; June 21|DATE|2024-06-21");
  CHECK(dump("The rules date back to 2017.", "2024-07-16") == "2017|DATE|2017");
}
