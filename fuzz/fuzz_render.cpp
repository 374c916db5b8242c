// The renderers on arbitrary bytes: a listing whose table cells, evidence lines and JSON
// fields are the input, written as a table (with and without color, cut to a width), CSV,
// Markdown, JSON and JSON Lines, and the input as TimeML with the time expressions the tagger
// finds. Aborts when an output breaks its promise: a raw control byte on a table, in CSV or
// Markdown, a formula-like CSV cell, JSON that does not parse, TimeML with a character XML 1.0
// forbids.
#include <cstdint>
#include <cstdlib>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "base/utf8.hpp"
#include "kban/timex.hpp"
#include "output/listings.hpp"
#include "output/render.hpp"

namespace {

void require(bool ok) {
  if (!ok) std::abort();
}

// A C0 control other than the line feed (and the CR of a CSV row end), DEL, or a C1 control
// or bidi control in UTF-8.
bool has_control(std::string_view s, bool crlf) {
  for (std::size_t i = 0; i < s.size(); ++i) {
    const auto b = static_cast<unsigned char>(s[i]);
    if (b == '\n' || (crlf && b == '\r' && i + 1 < s.size() && s[i + 1] == '\n')) continue;
    if (b < 0x20 || b == 0x7F) return true;
    const auto next = [&](std::size_t k) { return i + k < s.size() ? static_cast<unsigned char>(s[i + k]) : 0; };
    if (b == 0xC2 && next(1) >= 0x80 && next(1) <= 0x9F) return true;
    if (b == 0xD8 && next(1) == 0x9C) return true;  // U+061C
    if (b == 0xE2 && next(1) == 0x80 && (next(2) == 0x8E || next(2) == 0x8F || (next(2) >= 0xAA && next(2) <= 0xAE)))
      return true;
    if (b == 0xE2 && next(1) == 0x81 && next(2) >= 0xA6 && next(2) <= 0xA9) return true;
  }
  return false;
}

// The text without kban's own colors, in one pass.
std::string without_colors(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size();) {
    bool color = false;
    for (std::string_view sgr : {"\x1b[1m", "\x1b[2m", "\x1b[0m"})
      if (text.substr(i, sgr.size()) == sgr) color = true, i += sgr.size();
    if (!color) out += text[i++];
  }
  return out;
}

std::string render_to_string(const kban::Listing& listing, kban::Format format, bool color, std::size_t width) {
  std::ostringstream out;
  kban::OutputOptions options;
  options.format = format;
  options.color = color;
  options.width = width;
  kban::render(listing, options, out);
  return out.str();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size < 2) return 0;
  const std::size_t columns = 1 + data[0] % 5, width = data[1] % 2 ? data[1] : 0;
  const std::string_view input(reinterpret_cast<const char*>(data + 2), size - 2);
  // Cells are the input's pieces between NUL bytes, any bytes at all.
  std::vector<std::string> pieces;
  for (std::size_t from = 0;;) {
    const auto nul = input.find('\0', from);
    pieces.emplace_back(input.substr(from, nul == std::string_view::npos ? std::string_view::npos : nul - from));
    if (nul == std::string_view::npos) break;
    from = nul + 1;
  }
  kban::Listing listing;
  listing.kind = "rows";
  listing.add_records([&](kban::RecordWriter& out) {
    for (const auto& piece : pieces)
      if (!kban::find_invalid_utf8(piece)) out.record([&](kban::JsonWriter& w) { w.field("text", piece); });
  }, "row");
  listing.table = [&] {
    kban::Table table;
    for (std::size_t c = 0; c < columns; ++c) table.headers.push_back(c < pieces.size() ? pieces[c] : "H");
    table.stretch_column = data[0] % columns;
    for (std::size_t k = 0; k < pieces.size(); k += columns) {
      kban::TableRow row;
      for (std::size_t c = 0; c < columns; ++c) row.cells.push_back(k + c < pieces.size() ? pieces[k + c] : "");
      row.details.push_back(pieces[k]);
      table.rows.push_back(std::move(row));
    }
    table.notes.push_back(pieces.back());
    return table;
  };

  for (const bool color : {false, true}) {
    const std::string table = without_colors(render_to_string(listing, kban::Format::kTable, color, width));
    require(!has_control(table, false));
    require(!kban::find_invalid_utf8(table));
  }
  require(!has_control(render_to_string(listing, kban::Format::kCsv, false, 0), true));
  require(!has_control(render_to_string(listing, kban::Format::kMarkdown, false, 0), false));
  for (const auto& piece : pieces) {
    const std::string cell = kban::csv_escape(piece);
    const std::string_view bare = cell.size() > 1 && cell[0] == '"' ? std::string_view(cell).substr(1) : cell;
    require(bare.empty() || std::string_view("=@\t\r").find(bare[0]) == std::string_view::npos);
    // A leading sign only on a plain number (or the "-" for none).
    if (!bare.empty() && (bare[0] == '+' || bare[0] == '-'))
      require(bare.find_first_not_of("0123456789.", 1) == std::string_view::npos);
    const std::string md = kban::markdown_escape(piece);
    require(md.find('\n') == std::string::npos && md.find('\r') == std::string::npos);
  }
  const std::string json = render_to_string(listing, kban::Format::kJson, false, 0);
  require(nlohmann::json::accept(json));
  std::istringstream lines(render_to_string(listing, kban::Format::kJsonl, false, 0));
  for (std::string line; std::getline(lines, line);) require(nlohmann::json::accept(line));

  // TimeML over valid UTF-8 (kban refuses other text before tagging).
  if (!kban::find_invalid_utf8(input)) {
    kban::Reference reference;
    reference.date = kban::Date{2024, 7, 16};
    const auto timexes = kban::tag_timexes(input, kban::TagOptions{*reference.date});
    const std::string timeml = kban::render_timeml(input, timexes, reference);
    for (const char c : timeml) {
      const auto b = static_cast<unsigned char>(c);
      require(b >= 0x20 || c == '\t' || c == '\n');  // a CR is written &#13;
    }
    require(timeml.find("\xEF\xBF\xBE") == std::string::npos && timeml.find("\xEF\xBF\xBF") == std::string::npos);
  }
  return 0;
}
