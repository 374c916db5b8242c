#pragma once
// Extract records: what the map says of each document, as one JSON Lines record per
// document, so the map can run on shards anywhere and the reduce read the records without
// the texts (docs/scale.md). Every record carries its type and the schema version.
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "kban/model.hpp"

namespace kban {

inline constexpr int kExtractSchemaVersion = 1;

// Writes one record, on one line.
void write_extract(std::ostream& out, const DocumentExtract& extract);

// Reads the records of one file. Their evidence points to their places counted from
// `first_doc`. Throws Error(kExitData) naming the file, line and problem of a bad record.
std::vector<DocumentExtract> read_extracts(std::string_view content, const std::string& source, std::uint32_t first_doc);

}  // namespace kban
