// The tagger on the development set of news passages (tests/data/timex): the four figures the
// field reports, with targets relaxed F1 >= 90 and value F1 >= 80.
#include <catch2/catch.hpp>
#include <fmt/format.h>

#include <cstdlib>
#include <filesystem>
#include <iostream>

#include "support.hpp"
#include "timex_eval.hpp"

TEST_CASE("development set scores meet the targets", "[timex][score]") {
  std::vector<kban::test::GoldPassage> passages;
  for (const auto& entry : std::filesystem::directory_iterator(kban::test::source_path("tests/data/timex"))) {
    if (entry.path().extension() != ".tml") continue;
    auto more = kban::test::read_tml(entry.path().string());
    passages.insert(passages.end(), more.begin(), more.end());
  }
  REQUIRE(passages.size() > 100);
  std::vector<std::string> errors;
  const auto s = kban::test::score_tagger(passages, &errors);
  REQUIRE(s.gold >= 200);
  std::cout << fmt::format("timex dev set: {} gold, {} system; strict F1 {:.1f}, relaxed F1 {:.1f}, value F1 {:.1f}, type F1 {:.1f}\n",
                           s.gold, s.system, 100 * s.strict_f1(), 100 * s.relaxed_f1(), 100 * s.value_f1(),
                           100 * s.type_f1());
  if (std::getenv("KBAN_TIMEX_ERRORS"))
    for (const auto& e : errors) std::cout << e << "\n";
  CHECK(100 * s.relaxed_f1() >= 90.0);
  CHECK(100 * s.value_f1() >= 80.0);
}
