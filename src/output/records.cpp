#include "output/records.hpp"

#include <algorithm>
#include <map>
#include <sstream>

namespace kban {

Json record_value(const std::function<void(JsonWriter&)>& write) {
  std::ostringstream text;
  {
    JsonWriter w(text, -1);
    w.begin_object();
    write(w);
    w.end_object();
    w.flush();
  }
  return Json::parse(text.str());
}

void SelectFields::record(const std::function<void(JsonWriter&)>& write) {
  const Json value = record_value(write);
  inner_.record([&](JsonWriter& w) {
    for (const auto& [key, field] : value.items())
      if (std::find(fields_.begin(), fields_.end(), key) != fields_.end()) {
        w.key(key);
        w.value(field);
      }
  });
}

namespace {

std::string cell(const Json& v) {
  if (v.is_null()) return {};
  if (v.is_string()) return v.get<std::string>();
  if (v.is_array()) {
    std::string out;
    for (const auto& x : v) out += (out.empty() ? "" : ";") + cell(x);
    return out;
  }
  return v.dump();
}

bool holds_records(const Json& v) {
  return v.is_array() && std::any_of(v.begin(), v.end(), [](const Json& x) { return x.is_object(); });
}

// Every row times every one of `more`, each row's cells before the other's.
std::vector<CsvRow> cross(const std::vector<CsvRow>& rows, const std::vector<CsvRow>& more) {
  if (more.empty()) return rows;
  std::vector<CsvRow> out;
  for (const auto& row : rows)
    for (const auto& extra : more) {
      out.push_back(row);
      out.back().insert(out.back().end(), extra.begin(), extra.end());
    }
  return out;
}

std::vector<CsvRow> flatten(const Json& object, const std::string& prefix, bool evidence) {
  std::vector<CsvRow> rows(1);
  for (const auto& [key, v] : object.items()) {
    const std::string name = prefix + key;
    if (v.is_object()) {
      rows = cross(rows, flatten(v, name + ".", evidence));
    } else if (holds_records(v)) {
      // Mentions are evidence: a row each only when asked; other records are the data.
      if (key == "mentions" && !evidence) continue;
      std::vector<CsvRow> parts;
      for (const auto& x : v) {
        auto sub = flatten(x, name + ".", evidence);
        parts.insert(parts.end(), sub.begin(), sub.end());
      }
      rows = cross(rows, parts);
    } else {
      for (auto& row : rows) row.emplace_back(name, cell(v));
    }
  }
  return rows;
}

}  // namespace

std::vector<CsvRow> csv_rows(const Json& record, bool evidence) { return flatten(record, "", evidence); }

namespace {

// Collects the rows of every record, and the columns in the order they first appear.
class CsvCollector : public RecordWriter {
 public:
  explicit CsvCollector(bool evidence) : evidence_(evidence) {}
  void record(const std::function<void(JsonWriter&)>& write) override {
    for (auto& row : csv_rows(record_value(write), evidence_)) {
      for (const auto& [name, value] : row)
        if (index_.emplace(name, columns_.size()).second) columns_.push_back(name);
      rows_.push_back(std::move(row));
    }
  }
  void write(std::ostream& out) const {
    for (std::size_t c = 0; c < columns_.size(); ++c) out << (c ? "," : "") << csv_escape(columns_[c]);
    out << "\r\n";
    for (const auto& row : rows_) {
      std::vector<const std::string*> cells(columns_.size(), nullptr);
      for (const auto& [name, value] : row) cells[index_.at(name)] = &value;
      for (std::size_t c = 0; c < cells.size(); ++c) out << (c ? "," : "") << (cells[c] ? csv_escape(*cells[c]) : "");
      out << "\r\n";
    }
  }

 private:
  bool evidence_;
  std::vector<std::string> columns_;
  std::map<std::string, std::size_t> index_;
  std::vector<CsvRow> rows_;
};

}  // namespace

void render_csv_records(const Listing& listing, const OutputOptions& options, std::ostream& out) {
  CsvCollector rows(options.evidence);
  for (const auto& field : listing.fields) {
    if (field.key != listing.kind || !field.records) continue;
    if (options.fields.empty()) {
      field.records(rows);
    } else {
      SelectFields selected(rows, options.fields);
      field.records(selected);
    }
  }
  rows.write(out);
}

}  // namespace kban
