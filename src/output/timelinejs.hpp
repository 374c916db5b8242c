#pragma once
// `kban timeline --format timelinejs`: the events as TimelineJS 3 JSON (Knight Lab's format,
// https://timeline.knightlab.com/docs/json-format.html), for newsrooms that publish with it.
#include <ostream>
#include <vector>

#include "kban/corpus.hpp"
#include "kban/model.hpp"

namespace kban {

// Writes the title slide and one slide per event. TimelineJS shows `headline` and `text` as
// HTML, so every text from an article is escaped there. `corpus` names each source's outlet
// and link; when it is empty (a run from extracts) sources are named by id.
void write_timelinejs(const Analysis& analysis, const std::vector<const Event*>& events, const Corpus& corpus,
                      std::ostream& out);

}  // namespace kban
