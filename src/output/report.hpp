#pragma once
// `kban report`: one self-contained HTML page (no script, no request, CSS inline) with the
// sources, the timeline as a picture, each event with its sentences, the conflicts side by
// side and the claims.
#include <string>

#include "kban/corpus.hpp"
#include "kban/model.hpp"
#include "output/listings.hpp"

namespace kban {

// The filter keeps events as `kban timeline` does; its sources also select the sources,
// claims and conflicts shown, and a date conflict is shown with its event only.
std::string render_report(const Corpus& corpus, const Analysis& analysis, const TimelineFilter& filter);

}  // namespace kban
