// The rule families against the examples and counter-examples kept beside them
// (src/map/time/examples/*.tsv, src/map/quantities/examples/*.tsv): one check per line.
#include <catch2/catch.hpp>
#include <fmt/format.h>

#include <cmath>
#include <filesystem>
#include <sstream>

#include "kban/pipeline.hpp"
#include "kban/timex.hpp"
#include "map/quantities/quantities.hpp"
#include "map/time/time.hpp"
#include "support.hpp"

namespace {

namespace fs = std::filesystem;

struct Example {
  std::string place;  // file:line
  std::vector<std::string> columns;
};

std::string unescape(const std::string& s) {
  std::string out;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '\\' && i + 1 < s.size()) {
      const char c = s[++i];
      out += c == 'n' ? '\n' : c == 't' ? '\t' : c;
    } else {
      out += s[i];
    }
  }
  return out;
}

// Every example line of the .tsv files in a folder, in file order.
std::vector<Example> examples(const std::string& folder) {
  std::vector<fs::path> files;
  for (const auto& entry : fs::directory_iterator(kban::test::source_path(folder)))
    if (entry.path().extension() == ".tsv") files.push_back(entry.path());
  std::sort(files.begin(), files.end());
  std::vector<Example> out;
  for (const auto& file : files) {
    std::istringstream in(kban::test::read_file(file.string()));
    std::size_t n = 0;
    for (std::string line; std::getline(in, line);) {
      ++n;
      if (line.empty() || line[0] == '#') continue;
      Example e{fmt::format("{}:{}", file.filename().string(), n), {}};
      std::size_t from = 0;
      for (std::size_t tab; (tab = line.find('\t', from)) != std::string::npos; from = tab + 1)
        e.columns.push_back(unescape(line.substr(from, tab - from)));
      e.columns.push_back(unescape(line.substr(from)));
      out.push_back(std::move(e));
    }
  }
  return out;
}

std::string timex_dump(const std::string& text, const std::string& dct) {
  kban::TagOptions options;
  if (dct != "-") options.reference = kban::parse_iso_date(dct);
  std::string out;
  for (const auto& t : kban::tag_timexes(text, options)) {
    if (!out.empty()) out += "; ";
    out += fmt::format("{}|{}|{}", text.substr(t.begin, t.end - t.begin), kban::timex_type_name(t.type), t.value);
    if (!t.mod.empty()) out += "|" + t.mod;
  }
  return out;
}

std::string quantity_dump(const std::string& text) {
  // Figures outside dates, as the pipeline finds them.
  kban::DocumentAnalysis doc = kban::read_document(text);
  doc.timexes = kban::find_timexes(doc);
  std::string out;
  for (const auto& q : kban::find_quantities(doc)) {
    if (!out.empty()) out += "; ";
    out += fmt::format("{}|{:g}|{}|{}", text.substr(q.begin, q.end - q.begin), q.low,
                       std::isinf(q.high) ? std::string("inf") : fmt::format("{:g}", q.high), q.unit);
  }
  return out;
}

std::string claim_dump(const std::string& text) {
  // What each figure of a sentence counts and where, as the map reads it.
  static const kban::Lexicon lexicon = kban::builtin_lexicon();  // the extractor keeps a reference
  static const kban::Extractor extractor(lexicon);
  const kban::Document doc{"a", {}, {}, {}, kban::Date{2024, 7, 16}, {}, text};
  const auto extract = extractor.extract(doc, 0);
  std::string out;
  for (const auto& c : extract.claims) {
    if (!out.empty()) out += "; ";
    out += fmt::format("{}|{}|{}{}", c.evidence.text, c.attribute, c.scope, c.tally ? "|tally" : "");
  }
  return out;
}

}  // namespace

TEST_CASE("the temporal tagger's rules on their examples", "[timex][rules]") {
  const auto all = examples("src/map/time/examples");
  CHECK(all.size() >= 80);
  for (const auto& e : all) {
    INFO(e.place << ": " << e.columns[0]);
    REQUIRE(e.columns.size() == 3);
    CHECK(timex_dump(e.columns[0], e.columns[1]) == e.columns[2]);
  }
}

TEST_CASE("the quantity tagger's rules on their examples", "[quantity][rules]") {
  const auto all = examples("src/map/quantities/examples");
  CHECK(all.size() >= 38);
  for (const auto& e : all) {
    INFO(e.place << ": " << e.columns[0]);
    REQUIRE(e.columns.size() == 2);
    CHECK(quantity_dump(e.columns[0]) == e.columns[1]);
  }
}

TEST_CASE("what a figure counts and where, on its examples", "[claims][rules]") {
  const auto all = examples("src/map/claims/examples");
  CHECK(all.size() >= 20);
  for (const auto& e : all) {
    INFO(e.place << ": " << e.columns[0]);
    REQUIRE(e.columns.size() == 2);
    CHECK(claim_dump(e.columns[0]) == e.columns[1]);
  }
}
