// Event identity and conflicts on stories the code was not written against
// (tests/data/coverage): the development stories, and the held-out ones (hidden: run with
// "[heldout]", scored once and reported in docs/events.md).
#include <catch2/catch.hpp>
#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <iostream>
#include <map>

#include "kban/pipeline.hpp"

#include "coverage_eval.hpp"

namespace {

using kban::test::CoverageScore;

void report(const CoverageScore& s) {
  std::cout << fmt::format(
      "{:9} CoNLL {:.3f} (MUC {:.3f}, B3 {:.3f}, CEAF-e {:.3f}); on the timeline {}/{} gold mentions, {}/{} non-events; "
      "conflicts found {}/{}, spurious {}/{}{}\n",
      s.story, s.conll, s.muc, s.b3, s.ceaf, s.found_as_events, s.gold_mentions, s.non_events_on_timeline, s.non_events,
      s.found_conflicts, s.gold_conflicts, s.spurious_conflicts, s.system_conflicts,
      s.confirmed_inconsistencies ? fmt::format(" (and {} weekday mismatches the gold's dates confirm)", s.confirmed_inconsistencies) : "");
  for (const auto& x : s.split) std::cout << "    split: " << x << "\n";
  for (const auto& x : s.merged) std::cout << "    merged: " << x << "\n";
  for (const auto& x : s.missed) std::cout << "    missed conflict: " << x << "\n";
  for (const auto& x : s.spurious) std::cout << "    spurious conflict: " << x << "\n";
  for (const auto& x : s.detail) std::cout << "    " << x << "\n";
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
    t.confirmed_inconsistencies += s.confirmed_inconsistencies;
  }
  return t;
}

}  // namespace

TEST_CASE("coverage: development stories", "[coverage]") {
  std::vector<CoverageScore> all;
  std::vector<kban::test::Story> stories;
  for (const char* story : {"sanction", "court", "exit", "recall", "kaspersky", "skylift"}) {
    stories.push_back(kban::test::load_story(std::string("tests/data/coverage/") + story));
    all.push_back(kban::test::score_analysis(stories.back(), kban::analyze_corpus(stories.back().corpus, stories.back().lexicon, 1)));
    report(all.back());
  }
  const CoverageScore mean = total(all, "all (mean)");
  report(mean);
  // All six in one corpus: stories must not merge into each other.
  const auto mixed = kban::test::combine_stories(stories);
  const CoverageScore together = kban::test::score_analysis(mixed, kban::analyze_corpus(mixed.corpus, mixed.lexicon, 1));
  report(together);
  // Floors a little under today's figures (docs/events.md): a change that loses ground fails.
  CHECK(mean.conll >= 0.92);
  CHECK(mean.found_conflicts == mean.gold_conflicts);
  CHECK(mean.spurious_conflicts == 0);
  CHECK(together.conll >= 0.92);
  CHECK(together.spurious_conflicts <= 1);
}

TEST_CASE("coverage: held-out stories", "[.heldout]") {
  // Eleven sets, each written without sight of the code and scored once when it was added
  // (docs/events.md): merger and disaster first, then breach and strike, then grounding and
  // election, then bank and water, then derailment and doping, then satellite and heist, then
  // pharma and mayor, then canal and fraud, then antitrust and outbreak, then wildfire and
  // airline, then spill and outage.
  for (const auto& set : {std::vector<const char*>{"merger", "disaster"}, std::vector<const char*>{"breach", "strike"},
                          std::vector<const char*>{"grounding", "election"}, std::vector<const char*>{"bank", "water"},
                          std::vector<const char*>{"derailment", "doping"}, std::vector<const char*>{"satellite", "heist"},
                          std::vector<const char*>{"pharma", "mayor"}, std::vector<const char*>{"canal", "fraud"},
                          std::vector<const char*>{"antitrust", "outbreak"}, std::vector<const char*>{"wildfire", "airline"},
                          std::vector<const char*>{"spill", "outage"}}) {
    std::vector<CoverageScore> all;
    for (const char* story : set) {
      all.push_back(kban::test::score_coverage(std::string("tests/data/coverage/heldout/") + story));
      report(all.back());
    }
    report(total(all, "set (mean)"));
  }
}

// Tunes the coreference weights on the development stories by coordinate search, and prints
// them for data/coreference.json. Hidden: run with "[tune]".
TEST_CASE("coverage: tune the coreference weights", "[.tune]") {
  std::vector<kban::test::Story> stories;
  std::vector<std::vector<kban::DocumentExtract>> extracts;
  for (const char* story : {"sanction", "court", "exit", "recall", "kaspersky", "skylift"})
    stories.push_back(kban::test::load_story(std::string("tests/data/coverage/") + story));
  // The stories in one corpus count as one more: weights that merge across stories lose there.
  stories.push_back(kban::test::combine_stories(stories));
  for (const auto& story : stories) extracts.push_back(kban::extract_documents(story.corpus, story.lexicon, 1));
  std::map<std::string, double> weights = stories[0].lexicon.coreference;
  auto objective = [&](const std::map<std::string, double>& w) {
    double total = 0;
    for (std::size_t k = 0; k < stories.size(); ++k) {
      kban::Lexicon lexicon = stories[k].lexicon;
      lexicon.coreference = w;
      const auto s = kban::test::score_analysis(stories[k], kban::reduce_extracts(extracts[k], lexicon, 1));
      // Grouping first; conflicts found and none spurious count too.
      total += s.conll + 0.25 * s.found_conflicts / std::max(1, s.gold_conflicts) -
               0.25 * s.spurious_conflicts / std::max(1, s.system_conflicts);
    }
    return total / static_cast<double>(stories.size());
  };
  double best = objective(weights);
  std::cout << fmt::format("start: {:.4f}\n", best);
  // Random search over wide ranges first (a fixed seed: the same run gives the same weights),
  // then steps around the best.
  const std::map<std::string, std::pair<double, double>> ranges = {
      {"same_day", {0, 6}},      {"nested", {-1, 3}},         {"near_miss", {-10, 0}},  {"far", {-12, -2}},
      {"same_family", {-1, 4}},  {"other_family", {-8, 0}},   {"same_type", {0, 4}},    {"same_agent", {0, 5}},
      {"other_agent", {-8, 0}},  {"linked_agent", {-2, 2}},   {"words", {0, 8}},        {"bias", {-4, 6}},
      {"outlier", {2, 10}},      {"threshold", {0, 0}},       {"reassign", {0, 8}},
      {"other_story", {-10, 0}}};
  std::uint64_t state = 88172645463325252ULL;
  auto uniform = [&](double lo, double hi) {
    state ^= state << 13, state ^= state >> 7, state ^= state << 17;
    return lo + (hi - lo) * static_cast<double>(state % 1000000) / 1e6;
  };
  for (int trial_n = 0; trial_n < 3000; ++trial_n) {
    auto trial = weights;
    for (const auto& [name, range] : ranges) trial[name] = std::round(uniform(range.first, range.second) * 2) / 2;
    const double score = objective(trial);
    if (score > best + 1e-9) {
      best = score;
      weights = trial;
      std::cout << fmt::format("random {}: {:.4f}\n", trial_n, best);
    }
  }
  for (int round = 0; round < 4; ++round)
    for (auto& [name, value] : weights)
      for (const double step : {-4.0, -2.0, -1.0, -0.5, 0.5, 1.0, 2.0, 4.0}) {
        auto trial = weights;
        trial[name] = value + step;
        const double score = objective(trial);
        if (score > best + 1e-9) {
          best = score;
          value = trial[name];
          std::cout << fmt::format("{:.4f} with {} = {}\n", best, name, value);
        }
      }
  for (const auto& [name, value] : weights) std::cout << fmt::format("  \"{}\": {},\n", name, value);
}
