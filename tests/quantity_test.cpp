// The quantity tagger, one behaviour per row: a sentence and its figures as
// "text|low|high|unit" (high "inf" when open), joined by "; ".
#include <catch2/catch.hpp>
#include <fmt/format.h>

#include <cmath>

#include "map/quantities/quantities.hpp"
#include "map/time/time.hpp"

namespace {

std::string dump(const std::string& text) {
  // Figures outside dates, as the pipeline finds them.
  kban::DocumentAnalysis doc = kban::read_document(text);
  doc.timexes = kban::find_timexes(doc);
  std::string out;
  for (const auto& q : kban::find_quantities(doc)) {
    if (!out.empty()) out += "; ";
    out += fmt::format("{}|{:g}|{}|{}", text.substr(q.begin, q.end - q.begin), q.low,
                       std::isinf(q.high) ? std::string("inf") : fmt::format("{:g}", q.high), q.unit);
  }
  return out;
}

struct Row {
  const char* text;
  const char* expected;
};

void check_rows(const std::vector<Row>& rows) {
  for (const auto& row : rows) {
    INFO(row.text);
    CHECK(dump(row.text) == row.expected);
  }
}

}  // namespace

TEST_CASE("exact figures keep the value the writer gave", "[quantity]") {
  check_rows({
      {"The firm has 270,000 corporate clients.", "270,000|270000|270000|"},
      {"It employs 1.5 million people.", "1.5 million|1.5e+06|1.5e+06|"},
      {"Revenue reached $721 million last year.", "$721 million|7.21e+08|7.21e+08|USD"},
      {"Shares rose 10% on the news.", "10%|10|10|%"},
      {"Turnout was 27 percent.", "27 percent|27|27|%"},
      {"The app has 270K users.", "270K|270000|270000|"},
      {"Three agencies and fifty staff were involved.", "Three|3|3|; fifty|50|50|"},
      {"It has operated for two decades.", "two decades|20|20|year"},
      {"Sales hit 3.8 billion units.", "3.8 billion|3.8e+09|3.8e+09|"},
  });
}

TEST_CASE("hedges become intervals", "[quantity]") {
  check_rows({
      {"It has over 400 million users.", "over 400 million|4e+08|inf|"},
      {"It has more than 400 million users.", "more than 400 million|4e+08|inf|"},
      {"It has at least 30 offices.", "at least 30|30|inf|"},
      {"It employs fewer than 50 people.", "fewer than 50|0|50|"},
      {"It employs less than 50 people.", "less than 50|0|50|"},
      {"It employs under 50 people.", "under 50|0|50|"},
      {"Fines of up to 20 million were set.", "up to 20 million|0|2e+07|"},
      {"The market is nearly 10% of revenue.", "nearly 10%|9|10|%"},
      {"Almost 500 jobs went.", "Almost 500|450|500|"},
      {"About 500 jobs went.", "About 500|450|550|"},
      {"Roughly 200 people came.", "Roughly 200|180|220|"},
      {"Some 300 stores closed.", "Some 300|270|330|"},
      {"It has over a million endpoints.", "over a million|1e+06|inf|"},
      {"Between 10 and 20 staff left.", "Between 10 and 20|10|20|"},
      {"Prices rose 3 to 4 million dollars.", "3 to 4 million|3e+06|4e+06|"},
      {"Thousands of customers are affected.", "Thousands|2000|1e+06|"},
  });
}

TEST_CASE("years, dates, times, ordinals, names and codes are not quantities", "[quantity]") {
  check_rows({
      {"In 2017 the agency acted on July 20.", ""},
      {"Polls close at 8 p.m. and reopen at 15:00.", ""},
      {"It was the 20th time.", ""},
      {"A Boeing 737 landed and COVID-19 spread.", ""},
      {"Call 555-2017 for version 2.1.3 of the app.", ""},
      {"Section 230 protects platforms.", ""},
      {"One drone crashed in a two-step ban.", ""},
      {"A 45-year-old man was arrested.", ""},
  });
}

TEST_CASE("format_quantity writes figures as people read them", "[quantity]") {
  CHECK(kban::format_quantity(270000, "") == "270,000");
  CHECK(kban::format_quantity(4e8, "") == "400 million");
  CHECK(kban::format_quantity(10, "%") == "10%");
  CHECK(kban::format_quantity(7.21e8, "USD") == "$721 million");
  CHECK(kban::format_quantity(20, "year") == "20 years");
}

TEST_CASE("ranges, shares and names read right", "[quantity]") {
  check_rows({
      {"Boeing 737 jets were grounded.", ""},
      {"Over 400 million people use it.", "Over 400 million|4e+08|inf|"},
      {"Costs rose over 150 percent.", "over 150 percent|150|inf|%"},
      {"The score was 3,2 in the end.", ""},
      {"A 400-digit figure: 1234567890123456789012345678901234567890 apples.", ""},
  });
}
