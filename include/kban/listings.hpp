#pragma once
// The bodies of the listing subcommands: each turns pipeline results into a Listing that the
// renderers write in any format.
#include <string>
#include <string_view>
#include <vector>

#include "kban/corpus.hpp"
#include "kban/reference.hpp"
#include "kban/render.hpp"
#include "kban/timex.hpp"

namespace kban {

// `kban sources`: id, outlet, published, title, word count of each document.
Listing list_sources(const Corpus& corpus);

// `kban tag`: the time expressions of one text, offsets in code points. `doc` is the corpus
// document id when the text is one, else empty.
Listing list_timexes(std::string_view text, const std::vector<Timex>& timexes, const Reference& reference,
                     const std::string& doc);

// The text with inline <TIMEX3> tags, in the TimeML layout that TempEval scorers read.
std::string render_timeml(std::string_view text, const std::vector<Timex>& timexes, const Reference& reference);

}  // namespace kban
