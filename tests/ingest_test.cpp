// Reading pages: captured text, Markdown and HTML written in the layouts of real sites
// (tests/data/ingest, written without sight of the code), scored by paragraph precision and
// recall and by the metadata read; the five captures of the built-in corpus against the
// corpus built by hand before `kban add` existed.
#include <catch2/catch.hpp>
#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <set>

#include "kban/ingest.hpp"
#include "support.hpp"

namespace {

namespace fs = std::filesystem;
using nlohmann::json;

struct PageScore {
  int expected = 0, found = 0, matched = 0;  // paragraphs
  int fields = 0, fields_right = 0;          // metadata
  std::vector<std::string> notes;
};

// Paragraphs compared as the expected files write them: white space collapsed.
std::string squash(const std::string& s) {
  std::string out;
  bool space = false;
  for (const char c : s) {
    if (c == ' ' || c == '\n' || c == '\t' || c == '\r') {
      space = true;
      continue;
    }
    if (space && !out.empty()) out += ' ';
    space = false;
    out += c;
  }
  return out;
}

void score_page(const kban::Article& a, const json& expected, PageScore& s) {
  std::multiset<std::string> want;
  for (const auto& p : expected["paragraphs"]) want.insert(squash(p.get<std::string>()));
  s.expected += static_cast<int>(want.size());
  s.found += static_cast<int>(a.paragraphs.size());
  for (const auto& p : a.paragraphs) {
    const auto it = want.find(squash(p));
    if (it != want.end()) {
      ++s.matched;
      want.erase(it);
    } else {
      s.notes.push_back("  extra: " + p.substr(0, 100));
    }
  }
  for (const auto& p : want) s.notes.push_back("  missed: " + p.substr(0, 100));
  auto field = [&](const char* name, const std::optional<std::string>& got) {
    ++s.fields;
    const json& x = expected[name];
    const bool right = x.is_null() ? !got : (got && *got == x.get<std::string>());
    s.fields_right += right;
    if (!right) s.notes.push_back(fmt::format("  {}: {} (expected {})", name, got ? *got : "null", x.dump()));
  };
  field("title", a.title);
  field("outlet", a.outlet);
  field("author", a.author);
  field("published", a.published);
  field("published_at", a.published_at);
  field("url", a.url);
  ++s.fields;
  s.fields_right += expected["kind"] == kban::page_kind_name(a.kind);
}

PageScore score_folder(const std::string& folder) {
  PageScore total;
  std::vector<fs::path> pages;
  for (const auto& e : fs::directory_iterator(kban::test::source_path(folder)))
    if (e.path().extension() != ".json") pages.push_back(e.path());
  std::sort(pages.begin(), pages.end());
  for (const auto& page : pages) {
    const std::string stem = page.stem().string();
    const json expected = json::parse(kban::test::read_file((page.parent_path() / (stem + ".expected.json")).string()));
    PageScore s;
    score_page(kban::read_article(kban::test::read_file(page.string()), page.filename().string()), expected, s);
    if (std::getenv("KBAN_INGEST_DETAIL") && !s.notes.empty()) {
      std::cout << page.filename().string() << "\n";
      for (const auto& n : s.notes) std::cout << n << "\n";
    }
    total.expected += s.expected, total.found += s.found, total.matched += s.matched;
    total.fields += s.fields, total.fields_right += s.fields_right;
  }
  return total;
}

void report(const std::string& name, const PageScore& s) {
  std::cout << fmt::format("{}: paragraphs precision {:.3f} recall {:.3f} ({} of {} found, {} kept); metadata {} of {} right\n",
                           name, static_cast<double>(s.matched) / std::max(1, s.found),
                           static_cast<double>(s.matched) / std::max(1, s.expected), s.matched, s.expected, s.found,
                           s.fields_right, s.fields);
}

}  // namespace

TEST_CASE("pages written in the layouts of real sites are read into their articles", "[ingest]") {
  const PageScore s = score_folder("tests/data/ingest/dev");
  report("ingest development pages", s);
  CHECK(s.matched >= 0.98 * s.found);
  CHECK(s.matched >= 0.98 * s.expected);
  CHECK(s.fields_right >= 0.95 * s.fields);
}

TEST_CASE("held-out pages, scored once", "[.heldout-ingest]") {
  report("ingest held-out pages", score_folder("tests/data/ingest/heldout"));
}
