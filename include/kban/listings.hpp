#pragma once
// The bodies of the listing subcommands: each turns pipeline results into a Listing that the
// renderers write in any format.
#include "kban/corpus.hpp"
#include "kban/render.hpp"

namespace kban {

// `kban sources`: id, outlet, published, title, word count of each document.
Listing list_sources(const Corpus& corpus);

}  // namespace kban
