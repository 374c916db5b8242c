// `kban add`, `kban corpus export` and `--corpus FOLDER` end to end: what is written, what is
// refused, and that a failed add changes nothing.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <filesystem>

#include "kban/ingest.hpp"
#include "support.hpp"

using kban::test::read_file;
using kban::test::run_kban;
using kban::test::source_path;
using kban::test::write_temp;
using nlohmann::json;

namespace {

namespace fs = std::filesystem;

const char* kPage =
    "Home / News\n\nValley council votes to keep the night bus\n\nBy Ana Ruiz\n\nPublished on March 3, 2025\n\n"
    "The Valley council voted on Monday to keep the night bus running for another year, after more than 900 "
    "riders signed a petition against the cut.\n\nThe route costs about $400,000 a year to run.\n\nShare this article\n\n"
    "\u00a9 2025 Valley Echo. All rights reserved.\n";

std::string folder_of(const std::string& path) { return fs::path(path).parent_path().string(); }

// The files of a folder, for checking that nothing was left behind.
std::vector<std::string> files_in(const std::string& folder) {
  std::vector<std::string> out;
  for (const auto& e : fs::directory_iterator(folder)) out.push_back(e.path().filename().string());
  std::sort(out.begin(), out.end());
  return out;
}

}  // namespace

TEST_CASE("kban add reads a captured page into a new corpus and prints its id", "[add][cli]") {
  const std::string page = write_temp("add1/night-bus.txt", kPage);
  const std::string corpus = folder_of(page) + "/corpus.json";
  const auto r = run_kban("--corpus " + corpus + " add " + page);
  REQUIRE(r.exit_code == 0);
  CHECK(r.out == "valley-echo-valley-council-votes\n");
  CHECK(r.err == "kban: note: created " + corpus + "\n");
  const json doc = json::parse(read_file(corpus))["documents"][0];
  CHECK(doc["title"] == "Valley council votes to keep the night bus");
  CHECK(doc["outlet"] == "Valley Echo");
  CHECK(doc["author"] == "Ana Ruiz");
  CHECK(doc["published"] == "2025-03-03");
  CHECK(doc["url"].is_null());
  CHECK(doc["text"] ==
        "Valley council votes to keep the night bus\n\nThe Valley council voted on Monday to keep the night bus running for "
        "another year, after more than 900 riders signed a petition against the cut.\n\nThe route costs about $400,000 a year to run.");
  // The corpus it wrote is one kban reads.
  CHECK(run_kban("--corpus " + corpus + " timeline --format json").exit_code == 0);
}

TEST_CASE("a page already in the corpus is skipped, or replaced with --replace", "[add][cli]") {
  const std::string page = write_temp("add2/a.txt", kPage);
  const std::string corpus = folder_of(page) + "/corpus.json";
  REQUIRE(run_kban("--corpus " + corpus + " add " + page).exit_code == 0);
  const std::string before = read_file(corpus);
  auto r = run_kban("--corpus " + corpus + " add " + page);
  CHECK(r.exit_code == 0);
  CHECK(r.out.empty());
  CHECK(r.err == "kban: note: " + page + ": already in the corpus as \"valley-echo-valley-council-votes\"; skipped (--replace updates it)\n");
  CHECK(read_file(corpus) == before);
  r = run_kban("--corpus " + corpus + " add " + page + " --replace --author 'Ana Ruiz Soto'");
  CHECK(r.exit_code == 0);
  CHECK(r.out == "valley-echo-valley-council-votes\n");
  const json docs = json::parse(read_file(corpus))["documents"];
  REQUIRE(docs.size() == 1);
  CHECK(docs[0]["author"] == "Ana Ruiz Soto");
}

TEST_CASE("what the person adding states overrides the page, for one page", "[add][cli]") {
  const std::string page = write_temp("add3/a.md", "---\ntitle: Ferry fares rise\n---\n\nFares on the island ferry rise by 8% from June, the operator said on Friday.\n");
  const std::string corpus = folder_of(page) + "/corpus.json";
  auto r = run_kban("--corpus " + corpus + " add " + page +
                    " --id ferry --outlet 'Island Post' --published 2025-04-04T09:30:00+01:00 --url https://example.org/ferry");
  REQUIRE(r.exit_code == 0);
  CHECK(r.out == "ferry\n");
  const json doc = json::parse(read_file(corpus))["documents"][0];
  CHECK(doc["id"] == "ferry");
  CHECK(doc["outlet"] == "Island Post");
  CHECK(doc["published"] == "2025-04-04");
  CHECK(doc["published_at"] == "2025-04-04T09:30:00+01:00");
  CHECK(doc["url"] == "https://example.org/ferry");
  r = run_kban("--corpus " + corpus + " add " + page + " " + page + " --id x");
  CHECK(r.exit_code == 2);
  CHECK(r.err == "kban: error: --id, --title, --outlet, --author, --published and --url apply to one page; 2 were given\nRun 'kban --help' for the commands and options.\n");
  r = run_kban("--corpus " + corpus + " add " + page + " --published 2025-02-30");
  CHECK(r.exit_code == 2);
  CHECK(r.err == "kban: error: --published: \"2025-02-30\" is not a valid date (YYYY-MM-DD)\nRun 'kban --help' for the commands and options.\n");
}

TEST_CASE("bad pages are refused with the file and the problem, and the corpus is unchanged", "[add][cli]") {
  const std::string good = write_temp("add4/good.txt", kPage);
  const std::string folder = folder_of(good);
  const std::string corpus = folder + "/corpus.json";
  REQUIRE(run_kban("--corpus " + corpus + " add " + good).exit_code == 0);
  const std::string before = read_file(corpus);
  const std::string empty = write_temp("add4/empty.txt", "  \n");
  const std::string binary = write_temp("add4/photo.txt", std::string("GIF89a\0\0\x01", 9));
  const std::string invalid = write_temp("add4/latin1.txt", "Caf\xe9 owners said on Monday they would close.");
  const std::string no_body = write_temp("add4/empty.html", "<html><body><nav><a href='/'>Home</a></nav></body></html>");
  const std::string other = write_temp("add4/other.txt", "Bus drivers in the valley will strike on Friday, their union said on Tuesday, after talks failed.");
  const std::vector<std::pair<std::string, std::string>> cases = {
      {empty, empty + ": empty file"},
      {binary, binary + ": a binary file, not text (a NUL byte at byte offset 6)"},
      {invalid, invalid + ": invalid UTF-8 byte 0xE9 at byte offset 3 (pages must be UTF-8)"},
      {no_body, no_body + ": no article text found in this html page"},
      {folder + "/missing.txt", folder + "/missing.txt: cannot open: No such file or directory"},
  };
  for (const auto& [path, message] : cases) {
    INFO(path);
    // A good page before the bad one: nothing of either is added.
    const auto r = run_kban("--corpus " + corpus + " add " + other + " " + path);
    CHECK(r.exit_code == 3);
    CHECK(r.out.empty());
    CHECK(r.err == "kban: error: " + message + "\n");
    CHECK(read_file(corpus) == before);
  }
  const auto big = run_kban("--corpus " + corpus + " add -", std::string(17 * 1024 * 1024, 'a'));
  CHECK(big.exit_code == 3);
  CHECK(big.err == "kban: error: <stdin>: 17825792 bytes is more than a page may hold (16 MB)\n");
  // No temporary file is left beside the corpus.
  CHECK(files_in(folder) == std::vector<std::string>{"corpus.json", "empty.html", "empty.txt", "good.txt", "latin1.txt",
                                                      "other.txt", "photo.txt"});
}

TEST_CASE("a folder of pages is added in name order, and read directly as --corpus", "[add][cli]") {
  const std::string folder = source_path("tests/data/seeds");
  const std::string corpus = write_temp("add5/corpus.json", "{\"schema_version\": 1, \"documents\": []}");
  const auto r = run_kban("--corpus " + corpus + " add " + folder);
  REQUIRE(r.exit_code == 0);
  CHECK(kban::test::lines(r.out).size() == 5);
  const auto direct = run_kban("--corpus " + folder + " sources --format json");
  REQUIRE(direct.exit_code == 0);
  CHECK(json::parse(direct.out)["documents"].size() == 5);
}

TEST_CASE("the built-in corpus is what kban add makes of the five captures", "[add][cli]") {
  const std::string out = write_temp("add6/placeholder", "");
  const std::string built = folder_of(out) + "/corpus.json";
  const std::string command = "bash '" + source_path("tools/build_corpus.sh") + "' '" + KBAN_BINARY + "' '" +
                              source_path("tests/data/seeds") + "' '" + built + "'";
  REQUIRE(std::system(command.c_str()) == 0);
  CHECK(read_file(built) == read_file(source_path("data/corpus.json")));
  // And `corpus export` writes the built-in corpus as it is in data/.
  CHECK(run_kban("corpus export").out == read_file(source_path("data/corpus.json")));
}

TEST_CASE("corpus files keep fields kban does not read, and take a timestamp as published", "[add][cli]") {
  const std::string corpus = write_temp("add7/corpus.json", R"({"schema_version": 1, "documents": [
    {"id": "a", "published": "2024-07-16T08:39:00-04:00", "lang": "en", "tags": ["ban"], "text": "The ban was announced last month."}]})");
  const auto r = run_kban("--corpus " + corpus + " corpus export");
  REQUIRE(r.exit_code == 0);
  const json doc = json::parse(r.out)["documents"][0];
  CHECK(doc["published"] == "2024-07-16");
  CHECK(doc["published_at"] == "2024-07-16T08:39:00-04:00");
  CHECK(doc["lang"] == "en");
  CHECK(doc["tags"] == json({"ban"}));
  const std::string typo = write_temp("add7/typo.json", R"({"schema_version": 1, "documents": [{"id": "a", "pubished": "2024-07-16", "text": "x"}]})");
  const auto bad = run_kban("--corpus " + typo + " sources");
  CHECK(bad.exit_code == 3);
  CHECK(bad.err == "kban: error: " + typo + R"(:1:49: documents[0] (id "a"): field "pubished": unknown field (did you mean "published"?))" + "\n");
}

TEST_CASE("a page given as --corpus gets a hint to add it", "[add][cli]") {
  const std::string page = write_temp("add8/article.txt", kPage);
  const auto r = run_kban("--corpus " + page + " timeline");
  CHECK(r.exit_code == 3);
  CHECK(r.err == "kban: error: " + page + ": not corpus JSON (it starts with \"Home / News\"); to bring an article in, run: kban add --corpus CORPUS.json " + page + "\n");
  const auto no_corpus = run_kban("add " + page);
  CHECK(no_corpus.exit_code == 2);
  CHECK(no_corpus.err == "kban: error: add needs --corpus FILE: the corpus JSON to add to (created if missing)\nRun 'kban --help' for the commands and options.\n");
}

TEST_CASE("page kinds are told from their content", "[add]") {
  CHECK(kban::detect_page_kind("<!DOCTYPE html><html>", "a.txt") == kban::PageKind::kHtml);
  CHECK(kban::detect_page_kind("---\ntitle: x\n---\n", "a.txt") == kban::PageKind::kMarkdown);
  CHECK(kban::detect_page_kind("# Headline\n\nBody.", "a.txt") == kban::PageKind::kMarkdown);
  CHECK(kban::detect_page_kind("Headline\n\nBody.", "a.md") == kban::PageKind::kMarkdown);
  CHECK(kban::detect_page_kind("Headline\n\nBody.", "a.txt") == kban::PageKind::kText);
}
