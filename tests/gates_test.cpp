// The temporal tagger's start gates (weak starters and figures far from any temporal word
// are not tried) are for speed only: with and without them, every text of the test data and
// the sentences below give the same expressions.
#include <catch2/catch.hpp>
#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <filesystem>
#include <sstream>
#include <string>
#include <vector>

#include "analysis/document.hpp"
#include "map/time/matcher.hpp"
#include "map/time/time.hpp"
#include "support.hpp"
#include "timex_eval.hpp"

namespace fs = std::filesystem;

namespace {

// Sentences where a gate would cut an expression if it were too tight.
const char* const kEdges[] = {
    "Sentences of up to 20 years were handed down; the trial ran a little more than a year.",
    "It lasted roughly a quarter, then nearly a decade of quiet, under an hour each day.",
    "The fair runs June 12 to 14 and again June 12-14, 1987-91 and the '90s aside.",
    "Nobody knows what the near future holds; at the time, at the moment, in the future.",
    "Filed 7/20/2024 after a 30-day review, at 3 p.m., by 15:00 GMT or 9 o'clock.",
    "Expect 10 to 12 months of work, 1,500 years of history, 2.5 hours, 3 times a week.",
    "At least a week, no more than two weeks, about a year ago, a couple of weeks later.",
    "The 1990s, the 20th century, the first half of 2024, the end of the fiscal year.",
    "Between 10 and 12 months, four or five weeks, 18 and a half years, 3 to 5 years.",
    "The company said 270,000 customers and 3 percent of revenue, not $35.4 billion.",
};

std::vector<std::string> texts() {
  std::vector<std::string> out(std::begin(kEdges), std::end(kEdges));
  for (const auto& entry : fs::directory_iterator(kban::test::source_path("src/map/time/examples"))) {
    std::istringstream in(kban::test::read_file(entry.path().string()));
    for (std::string line; std::getline(in, line);)
      if (!line.empty() && line[0] != '#') out.push_back(line.substr(0, line.find('\t')));
  }
  for (const char* folder : {"tests/data/timex", "tests/data/timex_dev2", "tests/data/timex_heldout", "tests/data/timex_heldout2"})
    for (const auto& entry : fs::directory_iterator(kban::test::source_path(folder)))
      if (entry.path().extension() == ".tml")
        for (auto& passage : kban::test::read_tml(entry.path().string())) out.push_back(std::move(passage.text));
  for (const auto& entry : fs::recursive_directory_iterator(kban::test::source_path("tests/data"))) {
    if (entry.path().filename() == "corpus.json") {
      const auto corpus = nlohmann::json::parse(kban::test::read_file(entry.path().string()));
      for (const auto& doc : corpus["documents"]) out.push_back(doc["text"].get<std::string>());
    } else if (entry.path().parent_path().filename() == "seeds") {
      out.push_back(kban::test::read_file(entry.path().string()));
    }
  }
  return out;
}

std::string found(const std::string& text, bool gates) {
  kban::timex::start_gates = gates;
  const auto doc = kban::read_document(text);
  std::string out;
  for (const auto& t : kban::find_timexes(doc))
    out += fmt::format("{}-{} {} {} {} {};", t.begin, t.end, static_cast<int>(t.how), t.value, t.mod, t.anchor);
  kban::timex::start_gates = true;
  return out;
}

}  // namespace

TEST_CASE("the start gates never change what the tagger finds", "[timex][gates]") {
  const auto all = texts();
  CHECK(all.size() > 1000);
  std::size_t expressions = 0;
  for (const auto& text : all) {
    const std::string gated = found(text, true);
    INFO(text.substr(0, 200));
    CHECK(gated == found(text, false));
    expressions += static_cast<std::size_t>(std::count(gated.begin(), gated.end(), ';'));
  }
  CHECK(expressions > 2000);
}

// Which tokens of a sentence the tagger tries its rules at, as their lowercase forms.
std::vector<std::string> starts(const std::string& text, bool gates) {
  kban::timex::start_gates = gates;
  const auto doc = kban::read_document(text);
  kban::timex::FindContext context;
  kban::timex::Matcher matcher(context);
  const auto tokens = doc.tokens_of(0);
  matcher.read(tokens);
  std::vector<std::string> out;
  for (std::size_t i = 0; i < tokens.size(); ++i)
    if (matcher.can_start(i)) out.emplace_back(tokens[i].lower());
  kban::timex::start_gates = true;
  return out;
}

TEST_CASE("the start gates turn away figures and weak starters far from temporal words", "[timex][gates]") {
  const std::string text = "The report on the bank said its 270,000 customers were at risk within 30 days.";
  CHECK(starts(text, false) == std::vector<std::string>{"the", "the", "270,000", "at", "within", "30", "days"});
  CHECK(starts(text, true) == std::vector<std::string>{"at", "within", "30", "days"});
  CHECK(starts("Sales fell 3 percent.", false) == std::vector<std::string>{"3"});
  CHECK(starts("Sales fell 3 percent.", true).empty());
  // A figure beside a slash or a dash, shaped like a time or a year, or close to a unit.
  CHECK(starts("By 7/20, at 15:00, in 2023 and for the next 4 weeks.", true) ==
        std::vector<std::string>{"7", "20", "at", "15:00", "2023", "the", "next", "4", "weeks"});
}
