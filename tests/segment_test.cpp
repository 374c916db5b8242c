// Sentence splitting of news text, and the tokens under it.
#include <catch2/catch.hpp>

#include "text/phrases.hpp"
#include "text/sentences.hpp"
#include "text/tokens.hpp"

namespace {

std::vector<std::string> sentences(const std::string& text) {
  std::vector<std::string> out;
  for (const auto& s : kban::split_text(text).sentences) out.push_back(text.substr(s.begin, s.end - s.begin));
  return out;
}

using Lines = std::vector<std::string>;

}  // namespace

TEST_CASE("sentences end at terminal marks, not at abbreviations", "[segment]") {
  CHECK(sentences("The U.S. Department of Commerce acted. Kaspersky denied it.") ==
        Lines{"The U.S. Department of Commerce acted.", "Kaspersky denied it."});
  CHECK(sentences("Updates stop after Sept. 29. The firm objected.") ==
        Lines{"Updates stop after Sept. 29.", "The firm objected."});
  CHECK(sentences("Mr. Smith met Dr. Jones. They talked.") == Lines{"Mr. Smith met Dr. Jones.", "They talked."});
  CHECK(sentences("John F. Kennedy spoke. It rained.") == Lines{"John F. Kennedy spoke.", "It rained."});
  CHECK(sentences("It sells in the U.S. The rest is abroad.") == Lines{"It sells in the U.S.", "The rest is abroad."});
  CHECK(sentences("Shares of Acme Inc. fell. Analysts shrugged.") ==
        Lines{"Shares of Acme Inc. fell.", "Analysts shrugged."});
  CHECK(sentences("Polls close at 8 p.m. Saturday in the east.") == Lines{"Polls close at 8 p.m. Saturday in the east."});
}

TEST_CASE("quotes, headlines and captions", "[segment]") {
  CHECK(sentences("“It is over,” she said. “We lost.” He left.") ==
        Lines{"“It is over,” she said.", "“We lost.”", "He left."});
  CHECK(sentences("Kaspersky to Exit US Market\n\nThe firm will leave.") ==
        Lines{"Kaspersky to Exit US Market", "The firm will leave."});
  CHECK(sentences("Headline Without Period\nBody starts here.") == Lines{"Headline Without Period", "Body starts here."});
  CHECK(sentences("a line that wraps\nin the middle.") == Lines{"a line that wraps\nin the middle."});
}

TEST_CASE("paragraph numbers follow blank lines", "[segment]") {
  const auto s = kban::split_text("One. Two.\n\nThree.").sentences;
  REQUIRE(s.size() == 3);
  CHECK(s[0].paragraph == 0);
  CHECK(s[1].paragraph == 0);
  CHECK(s[2].paragraph == 1);
  CHECK(s[2].index == 2);
}

TEST_CASE("tokens keep offsets, numbers and acronyms whole", "[segment]") {
  std::string buffer;
  const std::string text = "Over 270,000 U.S. clients’ data, 1.5% at 15:00; Kaspersky’s 20th.";
  std::vector<std::string> lower;
  for (const auto& t : kban::tokenize(text, buffer)) lower.emplace_back(t.lower());
  CHECK(lower == std::vector<std::string>{"over", "270,000", "u.s.", "clients", "'", "data", ",", "1.5", "%", "at",
                                          "15:00", ";", "kaspersky", "'s", "20th", "."});
  const auto tokens = kban::tokenize(text, buffer);
  CHECK(text.substr(tokens[1].begin, tokens[1].end - tokens[1].begin) == "270,000");
  CHECK(tokens[2].capitalized);
  CHECK_FALSE(tokens[3].capitalized);
}

TEST_CASE("a currency sign is a mark of its own, as the dollar sign is", "[segment]") {
  std::string buffer;
  const std::string text = "£83M, €45 million, ¥9 and ₹2 but café and Zürich";
  std::vector<std::pair<std::string, kban::TokenKind>> got;
  for (const auto& t : kban::tokenize(text, buffer)) got.emplace_back(std::string(t.lower()), t.kind);
  using K = kban::TokenKind;
  CHECK(got == std::vector<std::pair<std::string, K>>{{"£", K::kPunct},  {"83m", K::kNumber}, {",", K::kPunct},
                                                      {"€", K::kPunct},  {"45", K::kNumber},  {"million", K::kWord},
                                                      {",", K::kPunct},  {"¥", K::kPunct},   {"9", K::kNumber},
                                                      {"and", K::kWord}, {"₹", K::kPunct},   {"2", K::kNumber},
                                                      {"but", K::kWord}, {"café", K::kWord}, {"and", K::kWord},
                                                      {"zürich", K::kWord}});
}

TEST_CASE("a sentence split after a line break does not depend on the previous word", "[segment]") {
  const auto a = sentences("Title\nA\n. The ban began.");
  const auto b = sentences("Title\nAB\n. The ban began.");
  REQUIRE(a.size() == b.size());
  CHECK(a.back() == b.back());
}

TEST_CASE("what a reader does not see separates words and is never a token", "[segment]") {
  std::string buffer;
  std::vector<std::string> lower;
  // Terminal escapes (colour, an OSC 8 link), a bell, a bidi override, a zero-width space and
  // a byte-order mark, as captured pages and terminal logs carry them.
  const std::string text = "\xEF\xBB\xBF\x1b[31mBan\x1b[0m on\x07 \xE2\x80\xAEJuly 20\xE2\x80\xAC,\xE2\x80\x8B "
                           "\x1b]8;;https://x.test\x1b\\link\x1b]8;;\x07 \xC2\x85.";
  for (const auto& t : kban::tokenize(text, buffer)) lower.emplace_back(t.lower());
  CHECK(lower == std::vector<std::string>{"ban", "on", "july", "20", ",", "link", "."});
  const auto tokens = kban::tokenize(text, buffer);
  CHECK(text.substr(tokens[0].begin, tokens[0].end - tokens[0].begin) == "Ban");
  CHECK(tokens[0].capitalized);
  // An unterminated escape ends with its line, not with the text.
  lower.clear();
  for (const auto& t : kban::tokenize("\x1b]0;title\nNext line", buffer)) lower.emplace_back(t.lower());
  CHECK(lower == std::vector<std::string>{"next", "line"});
}

TEST_CASE("a control character between sentences does not join them", "[segment]") {
  CHECK(sentences("The ban began.\x07 Updates stopped.") == Lines{"The ban began.", "Updates stopped."});
  CHECK(sentences("The ban began.\x1b[0m Updates stopped.") == Lines{"The ban began.", "Updates stopped."});
}

TEST_CASE("lexicon phrases match their inflections and a figure between their words", "[segment]") {
  kban::PhraseIndex index;
  index.add("cut jobs", 1, true);
  index.add("Commerce Department", 2);
  index.add("closed the deal", 3);
  std::string buffer;
  const auto length = [&](std::string_view text) {
    const auto tokens = kban::tokenize(text, buffer);
    return index.match(tokens, 0).length;
  };
  CHECK(length("cut jobs") == 2);
  CHECK(length("cutting jobs") == 2);
  CHECK(length("cut 450 jobs") == 3);
  CHECK(length("cut about 450 jobs") == 4);
  CHECK(length("cut up to 1,200 jobs") == 5);
  // Not a figure, or too far, or a name: no match.
  CHECK(length("cut many jobs") == 0);
  CHECK(length("cut all of the 450 jobs") == 0);
  CHECK(length("cut Acme 450 jobs") == 0);
  CHECK(length("closed in 2023 the deal") == 0);  // a year is a date, not a figure
  CHECK(length("cut in 450 jobs") == 0);          // "in" is no hedge
  CHECK(length("Commerce Department") == 2);
}

TEST_CASE("a word of the text is read back to the phrase it inflects", "[segment]") {
  kban::PhraseIndex index;
  index.add("deny", 1, true);
  index.add("close down", 2, true);
  index.add("stop", 3, true);
  index.add("denies", 4, true);           // a form written out wins over the inflection
  index.add("shut down the plant", 5, true);  // three words: only as written
  index.add("Probe", 6, true);            // a name: only as written
  index.add("update", 7);                 // no inflections asked for
  std::string buffer;
  const auto found = [&](std::string_view text) {
    const auto tokens = kban::tokenize(text, buffer);
    const auto m = index.match(tokens, 0);
    return std::pair<std::size_t, int>{m.length, m.id};
  };
  CHECK(found("denied it") == std::pair<std::size_t, int>{1, 1});
  CHECK(found("denies it") == std::pair<std::size_t, int>{1, 4});
  CHECK(found("closing down the plant") == std::pair<std::size_t, int>{2, 2});
  CHECK(found("closed down") == std::pair<std::size_t, int>{2, 2});
  CHECK(found("stopped") == std::pair<std::size_t, int>{1, 3});
  CHECK(found("stopping") == std::pair<std::size_t, int>{1, 3});
  CHECK(found("stopper").first == 0);    // no form of "stop"
  CHECK(found("stopps").first == 0);
  CHECK(found("shutting down the plant").first == 0);
  CHECK(found("Probes").first == 0);
  CHECK(found("updates").first == 0);
  CHECK(found("update") == std::pair<std::size_t, int>{1, 7});
}
