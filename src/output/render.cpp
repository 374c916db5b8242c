#include "output/render.hpp"

#include <algorithm>
#include <numeric>

#include "base/utf8.hpp"
#include "output/records.hpp"

namespace kban {

namespace {

constexpr std::string_view kBold = "\x1b[1m";
constexpr std::string_view kDim = "\x1b[2m";
constexpr std::string_view kReset = "\x1b[0m";

void pad(std::ostream& out, std::size_t n) {
  for (std::size_t i = 0; i < n; ++i) out << ' ';
}

std::vector<std::size_t> column_widths(const Table& table, std::size_t width) {
  std::vector<std::size_t> widths(table.headers.size(), 0);
  for (std::size_t c = 0; c < widths.size(); ++c) widths[c] = display_width(table.headers[c]);
  for (const auto& row : table.rows)
    for (std::size_t c = 0; c < widths.size() && c < row.cells.size(); ++c)
      widths[c] = std::max(widths[c], display_width(row.cells[c]));
  if (width > 0 && !widths.empty()) {
    const std::size_t gaps = 2 * (widths.size() - 1);
    const std::size_t total = std::accumulate(widths.begin(), widths.end(), gaps);
    std::size_t& stretch = widths[std::min(table.stretch_column, widths.size() - 1)];
    if (total > width) {
      const std::size_t excess = total - width;
      stretch = stretch > excess + 10 ? stretch - excess : std::min<std::size_t>(stretch, 10);
    }
  }
  return widths;
}

void render_table(const Table& table, const OutputOptions& options, std::ostream& out) {
  const auto widths = column_widths(table, options.width);
  auto line = [&](const std::vector<std::string>& cells, bool header) {
    std::string text;
    for (std::size_t c = 0; c < widths.size(); ++c) {
      const std::string cell = truncate_display(c < cells.size() ? cells[c] : "", widths[c]);
      if (header && options.color) out << kBold;
      out << cell;
      if (header && options.color) out << kReset;
      if (c + 1 < widths.size()) pad(out, widths[c] - display_width(cell) + 2);
    }
    out << '\n';
  };
  line(table.headers, true);
  for (const auto& row : table.rows) {
    line(row.cells, false);
    for (const auto& detail : row.details) {
      if (options.color) out << kDim;
      out << "    " << detail;
      if (options.color) out << kReset;
      out << '\n';
    }
  }
  for (const auto& note : table.notes) out << note << '\n';
}

void render_markdown(const Table& table, std::ostream& out) {
  auto line = [&](const std::vector<std::string>& cells) {
    out << '|';
    for (const auto& cell : cells) out << ' ' << markdown_escape(cell) << " |";
    out << '\n';
  };
  line(table.headers);
  out << '|';
  for (std::size_t c = 0; c < table.headers.size(); ++c) out << " --- |";
  out << '\n';
  for (const auto& row : table.rows) {
    line(row.cells);
    for (const auto& detail : row.details) {
      std::vector<std::string> cells(table.headers.size());
      cells.back() = "> " + detail;
      line(cells);
    }
  }
}

}  // namespace

std::optional<Format> parse_format(std::string_view name) {
  if (name == "table") return Format::kTable;
  if (name == "json") return Format::kJson;
  if (name == "jsonl") return Format::kJsonl;
  if (name == "csv") return Format::kCsv;
  if (name == "markdown") return Format::kMarkdown;
  return std::nullopt;
}

namespace {

// Records as elements of the array the writer stands in.
class ArrayRecords : public RecordWriter {
 public:
  explicit ArrayRecords(JsonWriter& w) : w_(w) {}
  void record(const std::function<void(JsonWriter&)>& write) override {
    w_.begin_object();
    write(w_);
    w_.end_object();
  }

 private:
  JsonWriter& w_;
};

// Records one to a line, each as {"type": ..., "data": record} as ripgrep's --json writes
// them: a stream of several kinds can be split, and no field of a record is shadowed (an
// event has a type of its own).
class LineRecords : public RecordWriter {
 public:
  LineRecords(std::ostream& out, const std::string& type) : out_(out), type_(type) {}
  void record(const std::function<void(JsonWriter&)>& write) override {
    {
      JsonWriter w(out_, -1);
      w.begin_object();
      w.field("type", type_);
      w.key("data");
      w.begin_object();
      write(w);
      w.end_object();
      w.end_object();
      w.flush();
    }
    out_ << '\n';
  }

 private:
  std::ostream& out_;
  const std::string& type_;
};

// Writes the records of a field, the main ones with only the fields asked for.
void write_records(const Listing& listing, const ListingField& field, const OutputOptions& options, RecordWriter& out) {
  if (field.key != listing.kind || options.fields.empty()) return field.records(out);
  SelectFields selected(out, options.fields);
  field.records(selected);
}

}  // namespace

void render(const Listing& listing, const OutputOptions& options, std::ostream& out) {
  switch (options.format) {
    case Format::kJson: {
      JsonWriter w(out, 2);
      w.begin_object();
      w.field("schema_version", kOutputSchemaVersion);
      for (const auto& field : listing.fields) {
        w.key(field.key);
        if (!field.records) {
          w.value(field.value);
          continue;
        }
        w.begin_array();
        ArrayRecords records(w);
        write_records(listing, field, options, records);
        w.end_array();
      }
      w.end_object();
      w.flush();
      out << '\n';
      break;
    }
    case Format::kJsonl: {
      for (const auto& field : listing.fields) {
        if (!field.records) continue;
        LineRecords records(out, field.type);
        write_records(listing, field, options, records);
      }
      break;
    }
    case Format::kCsv: render_csv_records(listing, options, out); break;
    case Format::kMarkdown: render_markdown(listing.table(), out); break;
    case Format::kTable: render_table(listing.table(), options, out); break;
  }
}

std::string csv_escape(std::string_view cell) {
  if (cell.find_first_of(",\"\r\n") == std::string_view::npos) return std::string(cell);
  std::string out = "\"";
  for (char c : cell) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

std::string markdown_escape(std::string_view cell) {
  std::string out;
  for (char c : cell) {
    if (c == '|') out += "\\|";
    else if (c == '\n') out += "<br>";
    else out += c;
  }
  return out;
}

std::size_t display_width(std::string_view text) { return count_code_points(text); }

std::string truncate_display(std::string_view text, std::size_t width) {
  if (display_width(text) <= width) return std::string(text);
  if (width == 0) return {};
  std::string out;
  std::size_t pos = 0;
  for (std::size_t kept = 0; kept + 1 < width && pos < text.size(); ++kept) {
    std::size_t len = 0;
    decode_utf8(text, pos, len);
    out.append(text.substr(pos, len));
    pos += len;
  }
  return out + "…";
}

}  // namespace kban
