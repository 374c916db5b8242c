// Event identity and conflicts on stories the code was not written against
// (tests/data/coverage): the development stories, and the held-out ones (hidden: run with
// "[heldout]", scored once and reported in docs/events.md).
#include <catch2/catch.hpp>
#include <fmt/format.h>

#include <iostream>

#include "coverage_eval.hpp"

namespace {

using kban::test::CoverageScore;

void report(const CoverageScore& s) {
  std::cout << fmt::format(
      "{:9} CoNLL {:.3f} (MUC {:.3f}, B3 {:.3f}, CEAF-e {:.3f}); on the timeline {}/{} gold mentions, {}/{} non-events; "
      "conflicts found {}/{}, spurious {}/{}\n",
      s.story, s.conll, s.muc, s.b3, s.ceaf, s.found_as_events, s.gold_mentions, s.non_events_on_timeline, s.non_events,
      s.found_conflicts, s.gold_conflicts, s.spurious_conflicts, s.system_conflicts);
  for (const auto& x : s.split) std::cout << "    split: " << x << "\n";
  for (const auto& x : s.merged) std::cout << "    merged: " << x << "\n";
  for (const auto& x : s.missed) std::cout << "    missed conflict: " << x << "\n";
  for (const auto& x : s.spurious) std::cout << "    spurious conflict: " << x << "\n";
}

CoverageScore total(const std::vector<CoverageScore>& all, const std::string& name) {
  CoverageScore t;
  t.story = name;
  for (const auto& s : all) {
    t.conll += s.conll / static_cast<double>(all.size());
    t.muc += s.muc / static_cast<double>(all.size());
    t.b3 += s.b3 / static_cast<double>(all.size());
    t.ceaf += s.ceaf / static_cast<double>(all.size());
    t.gold_mentions += s.gold_mentions, t.found_as_events += s.found_as_events;
    t.non_events += s.non_events, t.non_events_on_timeline += s.non_events_on_timeline;
    t.gold_conflicts += s.gold_conflicts, t.found_conflicts += s.found_conflicts;
    t.system_conflicts += s.system_conflicts, t.spurious_conflicts += s.spurious_conflicts;
  }
  return t;
}

}  // namespace

TEST_CASE("coverage: development stories", "[coverage]") {
  std::vector<CoverageScore> all;
  for (const char* story : {"sanction", "court", "exit", "recall"}) {
    all.push_back(kban::test::score_coverage(std::string("tests/data/coverage/") + story));
    report(all.back());
  }
  report(total(all, "all (mean)"));
}

TEST_CASE("coverage: held-out stories", "[.heldout]") {
  std::vector<CoverageScore> all;
  for (const char* story : {"merger", "disaster"}) {
    all.push_back(kban::test::score_coverage(std::string("tests/data/coverage/heldout/") + story));
    report(all.back());
  }
  report(total(all, "all (mean)"));
}
