#pragma once
// Walks JSON text again, for what nlohmann_json does not keep: where values sit (so that
// schema errors can name a line and column) and keys given twice in one object. Each walk is
// one pass over the text, however many places are asked for.
#include <cstddef>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace kban {

using JsonPathStep = std::variant<std::string, std::size_t>;  // object key or array index

struct JsonPlace {
  std::vector<JsonPathStep> path;
  bool key = false;  // the key itself, for a path that ends in an object key
};

// Byte offsets of the places in syntactically valid JSON text, in the order asked. A place
// that is not there falls back to the deepest value found on its path.
std::vector<std::size_t> locate_json(std::string_view text, const std::vector<JsonPlace>& places);

// A key that an object of the text gives twice: its name and both byte offsets.
struct DuplicateKey {
  std::string name;  // unescaped
  std::size_t first = 0, second = 0;
};
// The keys given again in one object, in text order; the text must be valid JSON.
std::vector<DuplicateKey> find_duplicate_keys(std::string_view text);

}  // namespace kban
