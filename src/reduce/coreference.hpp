#pragma once
// Cross-document event coreference: event mentions that describe one happening become one
// event. A pairwise score with named features (date compatibility, the action's family and
// type, the agent, the words of the clause) and order-independent clustering: average-link
// agglomeration with cannot-link constraints. Features, weights and the threshold are in
// docs/events.md; their tuned values in data/coreference.json.
#include <map>
#include <string>
#include <vector>

#include "kban/model.hpp"

namespace kban {

// Weights of the pairwise score; data/coreference.json holds the tuned values.
struct CoreferenceWeights {
  double same_day = 3, nested = 1.5, near_miss = -1, far = -8;  // dates
  double same_family = 1, other_family = -4, same_type = 0.5;  // actions
  double same_agent = 1.5, other_agent = -1.5, linked_agent = 0.5;
  double other_story = -4;  // the documents of two clusters name no actor in common
  double words = 3;     // cosine of the clauses' words
  double bias = -2;     // a pair with no evidence stays apart
  double threshold = 0;  // the average score at which clusters merge
  double outlier = 8;    // the score without dates at which one source's date is a conflict
  double reassign = 3;   // how much better a source's part must fit another event to move there
  // How much better a date whose clause names no known action must fit one event of its day
  // than the next to join it.
  double attach_margin = 1;
  double attach_min = 0;  // and the score it needs
};
// The weights a lexicon sets (its "coreference" section), the defaults above for the rest;
// an unknown name is a data error.
CoreferenceWeights coreference_weights(const std::map<std::string, double>& named);

// The events of the dated event mentions of every document, oldest first.
// Dates that join an event by their period alone, or that count from an event, are updated
// in `documents` (their kind, value and `attached`).
std::vector<Event> cluster_events(std::vector<DocumentExtract>& documents, const CoreferenceWeights& weights);

}  // namespace kban
