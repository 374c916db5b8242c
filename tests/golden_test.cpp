// Golden outputs: the JSON of the built-in corpus, of story2 and of a generated corpus, byte
// for byte as committed in tests/golden/ (see its README for when they may change).
#include <catch2/catch.hpp>

#include "support.hpp"

using kban::test::read_file;
using kban::test::run_kban;
using kban::test::source_path;

namespace {

void check_golden(const std::string& args, const std::string& file) {
  INFO("kban " << args << " vs tests/golden/" << file);
  const auto r = run_kban(args);
  REQUIRE(r.exit_code == 0);
  CHECK(r.err.empty());
  // Compare as a whole, but report only whether they match: the files are large.
  const bool same = r.out == read_file(source_path("tests/golden/" + file));
  CHECK(same);
}

}  // namespace

TEST_CASE("golden: the built-in corpus", "[golden]") {
  for (const std::string cmd : {"timeline", "claims", "conflicts"})
    check_golden(cmd + " --format json", "builtin." + cmd + ".json");
  for (const std::string doc : {"leave-us-market", "circleid", "epoch-times", "cyber-firm-shuts", "two-step-ban"})
    check_golden("tag --doc " + doc + " --format json", "builtin.tag." + doc + ".json");
}

TEST_CASE("golden: story2 with its lexicon", "[golden]") {
  const std::string corpus = "--corpus '" + source_path("tests/data/story2/corpus.json") + "' --lexicon '" +
                             source_path("tests/data/story2/lexicon.json") + "' ";
  for (const std::string cmd : {"timeline", "claims", "conflicts"})
    check_golden(corpus + cmd + " --format json", "story2." + cmd + ".json");
}

TEST_CASE("golden: 100 generated articles", "[golden]") {
  const std::string corpus = "--corpus '" + source_path("tests/golden/generated_100.json") + "' ";
  for (const std::string cmd : {"timeline", "claims", "conflicts"})
    check_golden(corpus + cmd + " --format json", "generated." + cmd + ".json");
}
