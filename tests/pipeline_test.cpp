// The pipeline as a whole: the map and the reduce run apart give what one run gives, any
// number of threads gives the same output, and each document is tokenized once.
#include <catch2/catch.hpp>

#include <atomic>
#include <chrono>
#include <sstream>
#include <stdexcept>
#include <thread>
#include <vector>

#include "analysis/document.hpp"
#include "kban/extracts.hpp"
#include "kban/pipeline.hpp"
#include "pipeline/parallel.hpp"
#include "support.hpp"

using kban::test::read_file;
using kban::test::run_kban;
using kban::test::source_path;
using kban::test::write_temp;

namespace {

std::string golden(const std::string& name) { return read_file(source_path("tests/golden/" + name)); }

}  // namespace

TEST_CASE("two shards extracted apart and reduced together give the single run's JSON", "[pipeline]") {
  const std::string corpus = "--corpus '" + source_path("tests/golden/generated_100.json") + "' ";
  const auto first = run_kban(corpus + "extract --shard 0/2");
  const auto second = run_kban(corpus + "extract --shard 1/2");
  REQUIRE(first.exit_code == 0);
  REQUIRE(second.exit_code == 0);
  CHECK(kban::test::lines(first.out).size() == 50);
  const std::string a = write_temp("shard0.jsonl", first.out), b = write_temp("shard1.jsonl", second.out);
  for (const std::string cmd : {"timeline", "claims", "conflicts"}) {
    INFO(cmd);
    // The second shard comes on stdin, as a pipeline would hand it over.
    const auto r = run_kban(cmd + " --format json --extracts '" + a + "' --extracts -", second.out);
    REQUIRE(r.exit_code == 0);
    CHECK(r.out == golden("generated." + cmd + ".json"));
  }
}

TEST_CASE("the built-in corpus through extract records gives the same timeline", "[pipeline]") {
  const auto records = run_kban("extract");
  REQUIRE(records.exit_code == 0);
  const auto r = run_kban("timeline --format json --extracts -", records.out);
  CHECK(r.out == golden("builtin.timeline.json"));
}

TEST_CASE("the output is the same whatever the number of threads", "[pipeline]") {
  const std::string corpus = "--corpus '" + source_path("tests/golden/generated_100.json") + "' ";
  const auto one = run_kban(corpus + "--jobs 1 timeline --format json");
  const auto four = run_kban(corpus + "--jobs 4 timeline --format json");
  REQUIRE(one.exit_code == 0);
  CHECK(one.out == four.out);
  CHECK(one.out == golden("generated.timeline.json"));
}

TEST_CASE("the thread pool runs each index once and hands a failure back", "[pipeline]") {
  for (const unsigned jobs : {0u, 1u, 3u, 8u}) {
    INFO(jobs);
    std::vector<std::atomic<int>> runs(1000);
    kban::for_each_index(runs.size(), jobs, [&](std::size_t i) { runs[i].fetch_add(1); });
    for (const auto& r : runs) CHECK(r.load() == 1);
    // Bodies after the failing one take a millisecond each: once the failure is caught no
    // new index is handed out, so far fewer than all of them start.
    std::atomic<int> started{0};
    CHECK_THROWS_WITH(kban::for_each_index(1000, jobs,
                                           [&](std::size_t i) {
                                             started.fetch_add(1);
                                             if (i == 10) throw std::runtime_error("document 10");
                                             if (i > 10) std::this_thread::sleep_for(std::chrono::milliseconds(1));
                                           }),
                      "document 10");
    CHECK(started.load() < 100);
  }
  kban::for_each_index(0, 4, [](std::size_t) { FAIL("no index to run"); });
}

TEST_CASE("each document is tokenized once", "[pipeline]") {
  kban::Corpus corpus;
  for (int i = 0; i < 7; ++i)
    corpus.documents.push_back({"d" + std::to_string(i), {}, {}, {}, {}, {}, "The agency banned the app on June 20. Sales stop July 20."});
  const std::size_t before = kban::tokenizer_passes();
  kban::analyze_corpus(corpus, kban::builtin_lexicon(), 2);
  CHECK(kban::tokenizer_passes() - before == corpus.documents.size());
}

TEST_CASE("an extract record writes and reads back the same", "[pipeline]") {
  kban::Corpus corpus;
  corpus.documents.push_back({"a", {}, {}, {}, kban::Date{2024, 7, 16}, {},
                              "WASHINGTON, July 15 (Wire) - The agency banned the app 30 days after June 20, and about "
                              "2,000 users left."});
  const auto extracts = kban::extract_documents(corpus, kban::builtin_lexicon());
  std::ostringstream out;
  kban::write_extract(out, extracts[0]);
  const auto back = kban::read_extracts(out.str(), "x.jsonl", 0);
  REQUIRE(back.size() == 1);
  std::ostringstream again;
  kban::write_extract(again, back[0]);
  CHECK(again.str() == out.str());
}

TEST_CASE("bad extract records are data errors with their place", "[pipeline]") {
  const std::string good = run_kban("extract").out;
  const std::string first_line = good.substr(0, good.find('\n') + 1);
  auto fails_with = [](const std::string& content, const std::string& message) {
    const auto r = run_kban("timeline --extracts -", content);
    CHECK(r.exit_code == 3);
    CHECK(r.err == "kban: error: " + message + "\n");
  };
  fails_with(first_line + "{not json\n", "<stdin>:2: not a JSON object (extract records are JSON Lines: one object per line)");
  fails_with("{\"type\": \"claim\"}\n", "<stdin>:1: not an extract record (\"type\" must be \"extract\")");
  fails_with("{\"type\": \"extract\", \"schema_version\": 9}\n", "<stdin>:1: schema_version 9 is not supported (this kban reads 1)");
  fails_with(first_line + first_line, "--extracts: document \"leave-us-market\" appears twice");
  // A mention that points past the document's time expressions.
  std::string bad_index = first_line;
  const std::string first_mention = "\"mentions\":[{\"kind\":\"event\",\"timex\":0";
  REQUIRE(bad_index.find(first_mention) != std::string::npos);
  bad_index.replace(bad_index.find(first_mention), first_mention.size(), "\"mentions\":[{\"kind\":\"event\",\"timex\":999");
  fails_with(bad_index, "<stdin>:1: field \"timex\": 999 is out of range [0, 4]");
  const auto both = run_kban("--corpus x.json timeline --extracts -", first_line);
  CHECK(both.exit_code == 2);
  CHECK(both.err.find("give either --corpus or --extracts, not both") != std::string::npos);
}
