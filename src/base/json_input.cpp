#include "base/json_input.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "kban/error.hpp"
#include "base/utf8.hpp"

namespace kban {

namespace {

std::string position(std::string_view content, const std::string& source, std::size_t byte_offset) {
  const LineColumn lc = line_column(content, byte_offset);
  return fmt::format("{}:{}:{}", source, lc.line, lc.column);
}

// nlohmann's message without its "[json.exception.parse_error.101] parse error at line 1,
// column 2: " prefix, since kban prints the position itself.
std::string strip_prefix(const std::string& what) {
  const auto column = what.find("column ");
  if (column != std::string::npos) {
    const auto colon = what.find(": ", column);
    if (colon != std::string::npos) return what.substr(colon + 2);
  }
  const auto bracket = what.find("] ");
  return bracket == std::string::npos ? what : what.substr(bracket + 2);
}

// A key given twice in one object is refused: which value was meant cannot be told.
void check_duplicate_keys(std::string_view content, const std::string& source) {
  const auto duplicates = find_duplicate_keys(content);
  if (duplicates.empty()) return;
  JsonProblems problems(content, source);
  for (std::size_t k = 0; k < duplicates.size(); ++k) {
    const DuplicateKey& d = duplicates[k];
    std::string message;
    if (k < JsonProblems::kShown) {
      const LineColumn first = line_column(content, d.first);
      message = fmt::format("duplicate key \"{}\" in one object; first given at line {}, column {}", d.name, first.line, first.column);
    }
    problems.add_at(d.second, std::move(message));
  }
  problems.throw_if_any();
}

}  // namespace

nlohmann::json parse_json_input(std::string_view content, const std::string& source) {
  if (content.find_first_not_of(" \t\r\n") == std::string_view::npos)
    throw data_error(fmt::format("{}:1:1: empty file; expected JSON", source));
  if (const auto bad = find_invalid_utf8(content)) {
    throw data_error(fmt::format("{}: invalid UTF-8 byte 0x{:02X} at byte offset {}", position(content, source, *bad),
                                 static_cast<unsigned char>(content[*bad]), *bad));
  }
  try {
    nlohmann::json root = nlohmann::json::parse(content);
    check_duplicate_keys(content, source);
    return root;
  } catch (const nlohmann::json::parse_error& e) {
    // e.byte is 1-based and points just past the offending character.
    const std::size_t offset = e.byte > 0 ? e.byte - 1 : 0;
    // "[1, 2,]": JSON has no trailing comma; say where the comma is.
    std::string hint;
    if (offset < content.size() && (content[offset] == ']' || content[offset] == '}')) {
      const auto comma = content.find_last_not_of(" \t\r\n", offset == 0 ? 0 : offset - 1);
      if (offset > 0 && comma != std::string_view::npos && content[comma] == ',') {
        const LineColumn lc = line_column(content, comma);
        hint = fmt::format(" (a comma before it, at line {}, column {}: JSON allows none after the last item)", lc.line, lc.column);
      }
    }
    throw data_error(fmt::format("{}: {}{}", position(content, source, offset), strip_prefix(e.what()), hint));
  } catch (const nlohmann::json::exception& e) {
    // "number overflow parsing '1E400'": no position comes with it; find the quoted text.
    const std::string what = strip_prefix(e.what());
    std::size_t offset = 0;
    if (const auto open = what.find('\''); open != std::string::npos) {
      const auto close = what.find('\'', open + 1);
      const auto at = content.find(what.substr(open + 1, close - open - 1));
      if (at != std::string_view::npos) offset = at;
    }
    throw data_error(fmt::format("{}: {}", position(content, source, offset), what));
  }
}

void JsonProblems::add(const std::vector<JsonPathStep>& path, const std::string& message, bool at_key) {
  problems_.push_back({{path, at_key}, 0, false, message});
}

void JsonProblems::add_at(std::size_t offset, std::string message) { problems_.push_back({{}, offset, true, std::move(message)}); }

void JsonProblems::throw_if_any() const {
  if (problems_.empty()) return;
  std::vector<JsonPlace> places;
  for (const auto& p : problems_)
    if (!p.located) places.push_back(p.place);
  const auto found = locate_json(content_, places);
  std::vector<std::pair<std::size_t, const Problem*>> sorted;
  std::size_t next = 0;
  for (const auto& p : problems_) sorted.emplace_back(p.located ? p.offset : found[next++], &p);
  // In file order, as a reader goes through the file.
  std::stable_sort(sorted.begin(), sorted.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
  const std::size_t shown = std::min(sorted.size(), kShown);
  std::vector<std::size_t> offsets;
  for (std::size_t k = 0; k < shown; ++k) offsets.push_back(sorted[k].first);
  const auto positions = line_columns(content_, offsets);
  std::vector<std::string> lines;
  for (std::size_t k = 0; k < shown; ++k)
    lines.push_back(fmt::format("{}:{}:{}: {}", source_, positions[k].line, positions[k].column, sorted[k].second->message));
  if (sorted.size() > shown) lines.push_back(fmt::format("{}: {} more problems not shown", source_, sorted.size() - shown));
  throw Error(kExitData, std::move(lines));
}

std::string json_type_name(const nlohmann::json& value) {
  switch (value.type()) {
    case nlohmann::json::value_t::null: return "null";
    case nlohmann::json::value_t::object: return "object";
    case nlohmann::json::value_t::array: return "array";
    case nlohmann::json::value_t::string: return "string";
    case nlohmann::json::value_t::boolean: return "boolean";
    case nlohmann::json::value_t::binary: return "binary";
    case nlohmann::json::value_t::discarded: return "nothing";
    default: return "number";
  }
}

}  // namespace kban
