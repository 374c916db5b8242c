#pragma once
// Renderers: a listing (records for machines, a table for people) written in one of the
// output formats. They write to the stream they are given and never read the environment.
#include <nlohmann/json.hpp>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>
#include <functional>

#include "output/json_writer.hpp"

namespace kban {

// Output JSON keeps the order in which fields are written, so records read naturally.
using Json = nlohmann::ordered_json;

enum class Format { kTable, kJson, kJsonl, kCsv, kMarkdown };

std::optional<Format> parse_format(std::string_view name);

struct OutputOptions {
  Format format = Format::kTable;
  bool color = false;
  std::size_t width = 0;            // terminal width for tables; 0 means do not fit
  std::vector<std::string> fields;  // JSON, JSON Lines, CSV: only these fields of the main records
  bool evidence = false;            // CSV: one row per mention
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

// Writes the records of one array, one at a time, straight to the output.
class RecordWriter {
 public:
  virtual ~RecordWriter() = default;
  // One record: `write` fills an object whose braces the writer opens and closes.
  virtual void record(const std::function<void(JsonWriter&)>& write) = 0;
};
using RecordSource = std::function<void(RecordWriter&)>;

// A top-level JSON field of a listing: a small value, or an array written record by record.
struct ListingField {
  std::string key;
  Json value;
  RecordSource records;  // when set, the field is this array and `value` is unused
  std::string type;      // what one of its records is, as JSON Lines names it: "event"
};

// What a listing command produces: JSON fields (its records among them) and the same data as
// a table. Both are produced only when written, in the format asked for.
struct Listing {
  std::string kind;                  // key of the main records: "documents"
  std::vector<ListingField> fields;  // top-level JSON fields after "schema_version", in order
  std::function<Table()> table;
  // Adds the main records, in place; `type` names one of them ("document").
  void add_records(RecordSource source, std::string type) { fields.push_back({kind, Json(), std::move(source), std::move(type)}); }
};

inline constexpr int kOutputSchemaVersion = 1;

void render(const Listing& listing, const OutputOptions& options, std::ostream& out);

// The main records as CSV data: one row per record (per mention with `evidence`), nested
// objects and arrays of records flattened into dotted columns ("values.low"), lists of
// values joined with ";", null as an empty cell.
void render_csv_records(const Listing& listing, const OutputOptions& options, std::ostream& out);

// Pieces the renderers share, exposed for tests.
std::string csv_escape(std::string_view cell);
std::string markdown_escape(std::string_view cell);

}  // namespace kban
