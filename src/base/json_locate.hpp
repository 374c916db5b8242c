#pragma once
// Finds where a value sits in JSON text, so that schema errors can name a line and column.
// nlohmann_json keeps no positions; this scanner walks the text again, only on error.
#include <cstddef>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace kban {

using JsonPathStep = std::variant<std::string, std::size_t>;  // object key or array index

// Byte offset of the value at `path` in syntactically valid JSON text; with `key` set and a
// path ending in an object key, the offset of the key itself. Falls back to the deepest
// value found on the path.
std::size_t locate_json(std::string_view text, const std::vector<JsonPathStep>& path, bool key = false);

}  // namespace kban
