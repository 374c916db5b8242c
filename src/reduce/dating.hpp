#pragma once
// Dating: once a document's time expressions have values, its mentions get their dates and
// their final kind (an event, or a date set aside as vague or unresolved), and its claims the
// year they refer to.
#include "kban/model.hpp"

namespace kban {

// Reads doc.timexes and doc.reference; sets the date fields of doc.mentions and doc.claims.
void date_mentions(DocumentExtract& doc);

}  // namespace kban
