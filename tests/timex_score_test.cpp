// The tagger on the development set of news passages (tests/data/timex): the four figures the
// field reports, with targets relaxed F1 >= 90 and value F1 >= 80.
#include <catch2/catch.hpp>
#include <fmt/format.h>

#include <cstdlib>
#include <filesystem>
#include <iostream>

#include "support.hpp"
#include "timex_eval.hpp"

namespace {

kban::test::Scores score_folder(const std::string& folder) {
  std::vector<kban::test::GoldPassage> passages;
  for (const auto& entry : std::filesystem::directory_iterator(kban::test::source_path(folder))) {
    if (entry.path().extension() != ".tml") continue;
    auto more = kban::test::read_tml(entry.path().string());
    passages.insert(passages.end(), more.begin(), more.end());
  }
  REQUIRE(passages.size() > 100);
  std::vector<std::string> errors;
  const auto s = kban::test::score_tagger(passages, &errors);
  std::cout << fmt::format("{}: {} gold, {} system; strict F1 {:.1f}, relaxed F1 {:.1f}, value F1 {:.1f}, type F1 {:.1f}\n",
                           folder, s.gold, s.system, 100 * s.strict_f1(), 100 * s.relaxed_f1(), 100 * s.value_f1(),
                           100 * s.type_f1());
  if (std::getenv("KBAN_TIMEX_ERRORS"))
    for (const auto& e : errors) std::cout << e << "\n";
  return s;
}

}  // namespace

TEST_CASE("development set scores meet the targets", "[timex][score]") {
  const auto s = score_folder("tests/data/timex");
  REQUIRE(s.gold >= 200);
  CHECK(100 * s.relaxed_f1() >= 90.0);
  CHECK(100 * s.value_f1() >= 80.0);
}

TEST_CASE("second development set scores meet the targets", "[timex][score]") {
  const auto s = score_folder("tests/data/timex_dev2");
  REQUIRE(s.gold >= 300);
}

TEST_CASE("held-out set scores meet the targets", "[timex][score]") {
  const auto s = score_folder("tests/data/timex_heldout");
  REQUIRE(s.gold >= 200);
  CHECK(100 * s.relaxed_f1() >= 90.0);
  CHECK(100 * s.value_f1() >= 80.0);
}

// Written without sight of the code for issue 11 and scored once before any change
// (docs/timex.md); its errors are not used to tune the tagger.
TEST_CASE("second held-out set scores", "[timex][score]") {
  const auto s = score_folder("tests/data/timex_heldout2");
  REQUIRE(s.gold >= 300);
  // The targets of issue 11.
  CHECK(100 * s.strict_f1() >= 88.0);
  CHECK(100 * s.relaxed_f1() >= 95.0);
  CHECK(100 * s.value_f1() >= 85.0);
}
