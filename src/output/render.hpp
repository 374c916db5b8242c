#pragma once
// Renderers: a listing (records for machines, a table for people) written in one of the
// output formats. They write to the stream they are given and never read the environment.
#include <nlohmann/json.hpp>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

namespace kban {

// Output JSON keeps the order in which fields are written, so records read naturally.
using Json = nlohmann::ordered_json;

enum class Format { kTable, kJson, kJsonl, kCsv, kMarkdown };

std::optional<Format> parse_format(std::string_view name);

struct OutputOptions {
  Format format = Format::kTable;
  bool color = false;
  std::size_t width = 0;  // terminal width for tables; 0 means do not fit
};

struct TableRow {
  std::vector<std::string> cells;
  std::vector<std::string> details;  // lines shown under the row in tables (evidence quotes)
};

struct Table {
  std::vector<std::string> headers;
  std::vector<TableRow> rows;
  std::size_t stretch_column = 0;  // the column that is cut first to fit the width
  std::vector<std::string> notes;  // lines printed under a table (legends)
};

// What a listing command produces: JSON records and the same data as a table.
struct Listing {
  std::string kind;                                // key of the record array in JSON: "documents"
  Json header = Json::object();   // extra top-level JSON fields, before the records
  Json trailer = Json::object();  // extra top-level JSON fields, after the records
  Json records = Json::array();
  Table table;
};

inline constexpr int kOutputSchemaVersion = 1;

void render(const Listing& listing, const OutputOptions& options, std::ostream& out);

// Pieces the renderers share, exposed for tests.
std::string csv_escape(std::string_view cell);
std::string markdown_escape(std::string_view cell);
std::size_t display_width(std::string_view text);
// Cuts text to at most `width` display columns, ending with "…" when cut.
std::string truncate_display(std::string_view text, std::size_t width);

}  // namespace kban
