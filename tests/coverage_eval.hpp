#pragma once
// Scores kban on a story of tests/data/coverage: event grouping as cross-document event
// coreference is scored (MUC, B-cubed, CEAF-e and their CoNLL average, over the gold
// mentions), which dated expressions reach the timeline, and conflicts by precision and
// recall. The gold format is in tests/data/coverage/README.md.
#include <string>
#include <vector>

#include "kban/corpus.hpp"
#include "kban/lexicon.hpp"
#include "kban/model.hpp"

namespace kban::test {

struct CoverageScore {
  std::string story;
  int gold_mentions = 0;
  int found_as_events = 0;   // gold mentions that are event mentions on the timeline
  int non_events = 0;
  int non_events_on_timeline = 0;  // gold non-events wrongly on the timeline
  double muc = 0, b3 = 0, ceaf = 0, conll = 0;  // F1 scores
  int gold_conflicts = 0, found_conflicts = 0;
  int system_conflicts = 0, spurious_conflicts = 0;
  int confirmed_inconsistencies = 0;  // weekday mismatches that the gold's dates confirm, not in its conflicts
  std::vector<std::string> missed, spurious;  // descriptions, for reading the failures
  std::vector<std::string> split, merged;     // happenings split over events; events mixing happenings
  std::vector<std::string> detail;            // each gold mention and what kban made of it (KBAN_COVERAGE_DETAIL=1)
};

// A story of tests/data/coverage: its corpus, its lexicon (the built-in one and its
// aliases.json) and its gold.
struct Story {
  std::string folder;
  Corpus corpus;
  Lexicon lexicon;
  std::string gold;  // gold.json
};
Story load_story(const std::string& folder);

// The stories as one corpus, as a user with several stories would have it: one lexicon, the
// gold of each (happening ids prefixed by the story's name).
Story combine_stories(const std::vector<Story>& stories);

// Scores an analysis of the story.
CoverageScore score_analysis(const Story& story, const Analysis& analysis);

// Runs the analysis on the story in `folder` (corpus.json, aliases.json, gold.json).
CoverageScore score_coverage(const std::string& folder);

}  // namespace kban::test
