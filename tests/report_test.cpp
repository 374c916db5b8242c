// `kban report` end to end with the real program: what the page holds, its filters, --output,
// and hostile text. The browser's view of it is in report_browser_test.py.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <filesystem>

#include "kban/corpus.hpp"
#include "support.hpp"

using kban::test::count_of;
using kban::test::hostile_corpus;
using kban::test::read_file;
using kban::test::run_kban;
using kban::test::source_path;
using kban::test::timeline_events;
using nlohmann::json;

TEST_CASE("kban report: one page with every source, event, conflict and claim", "[report]") {
  const auto r = run_kban("report");
  REQUIRE(r.exit_code == 0);
  CHECK(r.err.empty());
  const std::string& page = r.out;
  CHECK(page.rfind("<!DOCTYPE html>\n<html lang=\"en\">", 0) == 0);
  CHECK(page.find("<meta name=\"viewport\"") != std::string::npos);
  CHECK(page.find("@media print") != std::string::npos);
  CHECK(page.find("default-src 'none'") != std::string::npos);
  // Nothing is fetched or run: no script, no external resource of any kind.
  for (const char* never : {"<script", "<link", "<img", "<iframe", "src=", "url(", "@import", "@font-face"}) {
    INFO(never);
    CHECK(page.find(never) == std::string::npos);
  }
  for (const auto& e : timeline_events()) CHECK(page.find("id=\"event-" + e["id"].get<std::string>() + "\"") != std::string::npos);
  const json conflicts = json::parse(run_kban("conflicts --format json").out)["conflicts"];
  CHECK(!conflicts.empty());
  for (const auto& c : conflicts) CHECK(page.find("id=\"conflict-" + c["id"].get<std::string>() + "\"") != std::string::npos);
  const json claims = json::parse(run_kban("claims --format json").out)["claims"];
  for (const auto& c : claims) CHECK(page.find("id=\"claim-" + c["id"].get<std::string>() + "\"") != std::string::npos);
  for (const auto& d : kban::builtin_corpus().documents) CHECK(page.find("id=\"source-" + d.id + "\"") != std::string::npos);
  CHECK(count_of(page, "<details>") == timeline_events().size() + claims.size());
  CHECK(page.find("<summary>inferred</summary>") != std::string::npos);  // a source without a date of its own
  CHECK(page.find("<mark>") != std::string::npos);
  CHECK(count_of(page, "<svg ") == 1);
}

TEST_CASE("kban report filters the whole page as the timeline filters events", "[report]") {
  const json all = timeline_events();
  const json bans = timeline_events("--type ban");
  const std::string page = run_kban("report --type ban").out;
  CHECK(count_of(page, "<article class=\"event\"") == bans.size());
  CHECK(count_of(page, "<circle data-event=") == bans.size());
  // The date conflict goes with its event; figures stay.
  CHECK(page.find("id=\"conflict-date-") == std::string::npos);
  CHECK(page.find("id=\"conflict-figure-") != std::string::npos);
  const std::string one = run_kban("report --source circleid").out;
  CHECK(count_of(one, "<tr id=\"source-") == 1);
  CHECK(count_of(one, "<article class=\"event\"") == timeline_events("--source circleid").size());
  const std::string since = run_kban("report --since 2024-07").out;
  CHECK(count_of(since, "<article class=\"event\"") == timeline_events("--since 2024-07").size());
  CHECK(count_of(since, "<article class=\"event\"") < all.size());
  auto r = run_kban("report --type bann");
  CHECK(r.exit_code == 2);
  CHECK(r.err.find("unknown event type \"bann\" (did you mean \"ban\"?)") != std::string::npos);
  r = run_kban("report --source nowhere");
  CHECK(r.exit_code == 2);
  r = run_kban("report --since 2025 --until 2024");
  CHECK(r.exit_code == 2);
}

TEST_CASE("kban report --output writes the page atomically", "[report]") {
  const std::string dir = kban::test::write_temp("report-out/keep", "");
  const std::string path = std::filesystem::path(dir).parent_path().string() + "/page.html";
  auto r = run_kban("report --output '" + path + "'");
  REQUIRE(r.exit_code == 0);
  CHECK(r.out.empty());
  CHECK(read_file(path) == run_kban("report").out);
  r = run_kban("report --output '" + path + "' --type ban");  // over the old one
  CHECK(r.exit_code == 0);
  CHECK(read_file(path) == run_kban("report --type ban").out);
  for (const auto& entry : std::filesystem::directory_iterator(std::filesystem::path(path).parent_path()))
    CHECK(entry.path().filename().string().rfind(".page.html.", 0) == std::string::npos);  // no temporary left
  r = run_kban("report --output /nonexistent-folder/page.html");
  CHECK(r.exit_code == 5);  // the output cannot be written
  CHECK(r.err.find("/nonexistent-folder/page.html: cannot write:") != std::string::npos);
  r = run_kban("report --output ''");
  CHECK(r.exit_code == 2);
}

TEST_CASE("an article full of markup is shown as text in the report", "[report]") {
  const auto r = run_kban(hostile_corpus() + "report");
  REQUIRE(r.exit_code == 0);
  const std::string& page = r.out;
  CHECK(page.find("<script") == std::string::npos);
  CHECK(page.find("<img") == std::string::npos);
  CHECK(page.find("<iframe") == std::string::npos);
  CHECK(page.find("<svg onload") == std::string::npos);
  CHECK(page.find("href=\"javascript:") == std::string::npos);  // shown, not a link
  CHECK(page.find("&lt;script&gt;alert(3)&lt;/script&gt;") != std::string::npos);
  CHECK(page.find("&lt;script&gt;alert(&#39;title&#39;)&lt;/script&gt;") != std::string::npos);
  CHECK(page.find("&quot;&gt;&lt;img src=x onerror=alert(1)&gt;") != std::string::npos);
  CHECK(page.find("&lt;b&gt;Bold&lt;/b&gt; &amp; &quot;Co&quot;") != std::string::npos);
  CHECK(page.find("href=\"https://example.com/a?b=1&amp;c=&quot;x&quot;\"") != std::string::npos);
  // The page is still one page: every tag it opens is one of kban's.
  CHECK(count_of(page, "<svg ") == 1);
  CHECK(count_of(page, "</body>") == 1);
}
