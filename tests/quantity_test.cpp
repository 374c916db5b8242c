// The quantity tagger's formatting; its rules' examples are in
// src/map/quantities/examples/, read by rules_test.cpp.
#include <catch2/catch.hpp>

#include "map/quantities/quantities.hpp"

TEST_CASE("format_quantity writes figures as people read them", "[quantity]") {
  CHECK(kban::format_quantity(270000, "") == "270,000");
  CHECK(kban::format_quantity(4e8, "") == "400 million");
  CHECK(kban::format_quantity(10, "%") == "10%");
  CHECK(kban::format_quantity(7.21e8, "USD") == "$721 million");
  CHECK(kban::format_quantity(20, "year") == "20 years");
}
