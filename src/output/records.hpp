#pragma once
// Records as values: for the renderers that select or flatten fields (--fields, CSV).
#include <functional>
#include <string>
#include <vector>

#include "output/render.hpp"

namespace kban {

// The record that `write` writes, as a value.
Json record_value(const std::function<void(JsonWriter&)>& write);

// Passes on records with only the fields named (in the record's order).
class SelectFields : public RecordWriter {
 public:
  SelectFields(RecordWriter& inner, const std::vector<std::string>& fields) : inner_(inner), fields_(fields) {}
  void record(const std::function<void(JsonWriter&)>& write) override;

 private:
  RecordWriter& inner_;
  const std::vector<std::string>& fields_;
};

// The rows of one record for CSV: column name and cell, flattened as render_csv_records says.
using CsvRow = std::vector<std::pair<std::string, std::string>>;
std::vector<CsvRow> csv_rows(const Json& record, bool evidence);

}  // namespace kban
