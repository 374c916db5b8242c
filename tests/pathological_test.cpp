// Inputs that once made output or time grow faster than the input.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <string>

#include "base/utf8.hpp"
#include "support.hpp"

TEST_CASE("mentions of one huge sentence quote it around themselves, not whole", "[pathological]") {
  // One sentence of 2,000 dates, about 30,000 code points.
  std::string text = "The ban was announced on ";
  for (int k = 0; k < 2000; ++k) text += (k ? ", " : "") + std::string("June ") + std::to_string(1 + k % 28) + ", " + std::to_string(2000 + k % 20);
  text += ".";
  const nlohmann::json corpus = {{"schema_version", 1}, {"documents", {{{"id", "dates"}, {"published", "2024-07-01"}, {"text", text}}}}};
  const auto r = kban::test::run_kban("--corpus " + kban::test::write_temp("dates.json", corpus.dump()) + " timeline --format json");
  REQUIRE(r.exit_code == 0);
  CHECK(r.out.size() < 200 * text.size());  // whole, it was over 1,000 times the input
  const auto out = nlohmann::json::parse(r.out);
  std::size_t mentions = 0;
  for (const auto* list : {&out["excluded"], &out["events"]})
    for (const auto& item : *list)
      for (const auto& m : item.contains("mentions") ? item["mentions"] : nlohmann::json::array({item})) {
        ++mentions;
        const std::string sentence = m["sentence"], quoted = m["text"];
        const std::size_t start = m["start"], sentence_start = m["sentence_start"], sentence_end = m["sentence_end"];
        CAPTURE(quoted, start, sentence);
        CHECK(sentence_end - sentence_start > 1000);
        CHECK(kban::count_code_points(sentence) <= 400 + quoted.size() + 2);
        CHECK(sentence.find(quoted) != std::string::npos);
        // The window: from 200 code points before the mention (or the sentence start), in the
        // text as it is (ASCII here, so code points are bytes).
        const bool cut = sentence.rfind("…", 0) == 0;
        CHECK(cut == (start - sentence_start > 200));
        std::string body = sentence;
        if (cut) body.erase(0, 3);
        if (body.size() >= 3 && body.compare(body.size() - 3, 3, "…") == 0) body.resize(body.size() - 3);
        CHECK(text.compare(cut ? start - 200 : sentence_start, body.size(), body) == 0);
      }
  CHECK(mentions > 1000);
}
