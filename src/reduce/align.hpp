#pragma once
// Alignment: event mentions from different sources that describe one happening become one
// event.
#include <vector>

#include "kban/model.hpp"

namespace kban {

// The events of the dated event mentions of every document, oldest first.
std::vector<Event> align_events(const std::vector<DocumentExtract>& documents);

}  // namespace kban
