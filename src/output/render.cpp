#include "output/render.hpp"

#include <algorithm>
#include <numeric>

#include "base/utf8.hpp"
#include "output/records.hpp"
#include "output/text_width.hpp"
#include "base/visible.hpp"

namespace kban {

namespace {

constexpr std::string_view kBold = "\x1b[1m";
constexpr std::string_view kDim = "\x1b[2m";
constexpr std::string_view kReset = "\x1b[0m";

// Each column's width: what its widest cell needs, or, when the table is wider than the
// terminal, less: the widest column gives a column at a time, down to the width of its
// header (and at least 8), the stretch column first on ties.
std::vector<std::size_t> column_widths(const Table& table, std::size_t width) {
  std::vector<std::size_t> widths(table.headers.size(), 0), least(table.headers.size(), 0);
  for (std::size_t c = 0; c < widths.size(); ++c) widths[c] = display_width(table.headers[c]);
  for (std::size_t c = 0; c < widths.size(); ++c) least[c] = std::max<std::size_t>(widths[c], 8);
  for (const auto& row : table.rows)
    for (std::size_t c = 0; c < widths.size() && c < row.cells.size(); ++c)
      widths[c] = std::max(widths[c], display_width(row.cells[c]));
  if (width == 0 || widths.empty()) return widths;
  std::size_t total = std::accumulate(widths.begin(), widths.end(), 2 * (widths.size() - 1));
  const std::size_t stretch = std::min(table.stretch_column, widths.size() - 1);
  while (total > width) {
    std::size_t widest = widths.size();
    for (std::size_t c = 0; c < widths.size(); ++c) {
      if (widths[c] <= least[c]) continue;
      if (widest == widths.size() || widths[c] > widths[widest] || (widths[c] == widths[widest] && c == stretch)) widest = c;
    }
    if (widest == widths.size()) break;  // as narrow as it goes: the terminal wraps the rest
    --widths[widest];
    --total;
  }
  return widths;
}

// The table as it may be shown: every piece through visible_line, so that the only control
// sequences on the terminal are kban's own colors.
Table visible_table(const Table& input) {
  Table table = input;
  for (auto& h : table.headers) h = visible_line(h);
  for (auto& row : table.rows) {
    for (auto& c : row.cells) c = visible_line(c);
    for (auto& d : row.details) d = visible_line(d);
  }
  for (auto& n : table.notes) n = visible_line(n);
  return table;
}

void render_table(const Table& input, const OutputOptions& options, std::ostream& out) {
  const Table table = visible_table(input);
  const auto widths = column_widths(table, options.width);
  // A row is as many lines as its tallest cell, wrapped to its column.
  auto row_lines = [&](const std::vector<std::string>& cells, bool header) {
    std::vector<std::vector<std::string>> wrapped(widths.size());
    std::size_t height = 1;
    for (std::size_t c = 0; c < widths.size(); ++c) {
      wrapped[c] = wrap_display(c < cells.size() ? cells[c] : "", widths[c]);
      height = std::max(height, wrapped[c].size());
    }
    for (std::size_t l = 0; l < height; ++l) {
      std::string line;
      std::size_t pending = 0;  // padding owed to the previous cell, written only before text
      for (std::size_t c = 0; c < widths.size(); ++c) {
        const std::string cell = l < wrapped[c].size() ? truncate_display(wrapped[c][l], widths[c]) : std::string();
        if (!cell.empty()) {
          line.append(pending, ' ');
          pending = 0;
          if (header && options.color) line += kBold;
          line += cell;
          if (header && options.color) line += kReset;
        }
        pending += widths[c] - std::min(widths[c], display_width(cell)) + 2;
      }
      out << line << '\n';
    }
  };
  row_lines(table.headers, true);
  const std::size_t indent = 4;
  const std::size_t detail_width = options.width > indent + 20 ? options.width - indent : 0;
  for (const auto& row : table.rows) {
    row_lines(row.cells, false);
    for (const auto& detail : row.details)
      for (const auto& part : wrap_display(detail, detail_width)) {
        if (options.color) out << kDim;
        out << std::string(indent, ' ') << part;
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

// A cell as a spreadsheet reads it. A cell that starts with = + - @ (or a tab or CR) could be
// taken for a formula, so it gets a leading ' (OWASP, "CSV injection"); a plain number and
// kban's "-" for none compute nothing and are kept. Control characters are shown as in tables.
std::string csv_escape(std::string_view raw) {
  const auto plain_number = [](std::string_view s) {
    if (!s.empty() && (s[0] == '-' || s[0] == '+')) s.remove_prefix(1);
    const auto point = s.find('.');
    const auto digits = [](std::string_view d) {
      return !d.empty() && d.find_first_not_of("0123456789") == std::string_view::npos;
    };
    return point == std::string_view::npos ? digits(s) : digits(s.substr(0, point)) && digits(s.substr(point + 1));
  };
  std::string cell = visible_line(raw);
  if (!raw.empty() && std::string_view("=+-@\t\r").find(raw[0]) != std::string_view::npos && raw != "-" &&
      !plain_number(raw))
    cell.insert(0, 1, '\'');
  if (cell.find_first_of(",\"") == std::string::npos) return cell;
  std::string out = "\"";
  for (char c : cell) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

// A cell as Markdown shows it: what Markdown reads as formatting or HTML is escaped with a
// backslash, and a line break becomes a space so that it cannot end the row.
std::string markdown_escape(std::string_view raw) {
  std::string out;
  for (char c : visible_line(raw)) {
    if (std::string_view("\\`*_[]<>#|").find(c) != std::string_view::npos) out += '\\';
    out += c;
  }
  return out;
}

}  // namespace kban
