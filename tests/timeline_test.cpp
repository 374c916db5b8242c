// `kban timeline` end to end: the built-in corpus, a second corpus about another story with
// its expected events written by hand (tests/data/story2/expected.json), and the options.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <algorithm>

#include "kban/pipeline.hpp"
#include "support.hpp"

using kban::test::run_kban;
using nlohmann::json;

namespace {

json timeline_json(const std::string& args = "") {
  const auto r = run_kban("timeline --format json " + args);
  REQUIRE(r.exit_code == 0);
  REQUIRE(r.err.empty());
  return json::parse(r.out);
}

// The event with this date and type, or null.
json find_event(const json& doc, const std::string& date, const std::string& type) {
  for (const auto& e : doc["events"])
    if (e["date"] == date && e["type"] == type) return e;
  return nullptr;
}

std::vector<std::string> sources(const json& e) { return e["sources"].get<std::vector<std::string>>(); }

}  // namespace

TEST_CASE("the built-in timeline has the story's events, each once with all its sources", "[timeline]") {
  const json doc = timeline_json();
  CHECK(doc["schema_version"] == 1);
  struct Expect {
    std::string date, type, granularity;
    std::vector<std::string> sources;
  };
  // A report or a statement takes the type of the action it reports ("restrictions were first
  // announced on June 20" is the ban's announcement; Reuters reported a warning).
  const std::vector<Expect> expected = {
      {"2017", "directive", "year", {"circleid", "epoch-times", "two-step-ban"}},  // DHS directive
      {"2018", "law", "year", {"circleid", "two-step-ban"}},                       // NDAA prohibition
      {"2022", "listing", "year", {"epoch-times"}},                                // FCC listing
      {"2024-06-20", "ban", "day", {"leave-us-market", "epoch-times"}},            // ban announced
      {"2024-07-20", "ban", "day", {"circleid", "epoch-times", "two-step-ban"}},  // sales ban takes effect
      {"2024-07-20", "closure", "day", {"leave-us-market", "cyber-firm-shuts", "two-step-ban"}},
      {"2024-09-29", "cutoff", "day", {"leave-us-market", "circleid", "epoch-times", "two-step-ban"}},
      {"2022", "warning", "year", {"two-step-ban"}},      // Reuters on the warning
      {"2024-07-09", "report", "day", {"epoch-times"}},   // Bitsight report
      {"2024-07-15", "layoffs", "day", {"epoch-times"}},  // Kaspersky confirms the exit and layoffs
  };
  for (const auto& x : expected) {
    INFO(x.date << " " << x.type);
    const json e = find_event(doc, x.date, x.type);
    REQUIRE_FALSE(e.is_null());
    CHECK(e["granularity"] == x.granularity);
    CHECK(sources(e) == x.sources);
  }
  CHECK(doc["events"].size() == expected.size());
  // The DHS directive: one source dates it 2018, and the event says the sources disagree.
  const json dhs = find_event(doc, "2017", "directive");
  CHECK(dhs["dates_agree"] == false);
  CHECK(dhs["actors"][0] == "Department of Homeland Security");
}

TEST_CASE("events are oldest first and carry the contract's fields", "[timeline]") {
  const json doc = timeline_json();
  std::string previous = "0";
  for (const auto& e : doc["events"]) {
    for (const char* key : {"id", "date", "granularity", "type", "summary", "actors", "sources", "mentions"})
      CHECK(e.contains(key));
    CHECK(e["date"].get<std::string>().substr(0, 4) >= previous.substr(0, 4));
    previous = e["date"];
    for (const auto& m : e["mentions"])
      for (const char* key : {"doc", "text", "start", "end", "value", "inferred", "sentence"}) CHECK(m.contains(key));
  }
}

TEST_CASE("mention offsets point at the time expression in the document", "[timeline]") {
  const json doc = timeline_json();
  const json corpus = json::parse(kban::test::read_file(kban::test::source_path("data/corpus.json")));
  std::map<std::string, std::u32string> texts;
  for (const auto& d : corpus["documents"]) {
    const std::string t = d["text"];
    std::u32string cps;
    for (std::size_t i = 0; i < t.size();) {
      const unsigned char c = static_cast<unsigned char>(t[i]);
      const std::size_t n = c < 0x80 ? 1 : (c & 0xE0) == 0xC0 ? 2 : (c & 0xF0) == 0xE0 ? 3 : 4;
      char32_t cp = n == 1 ? c : c & (0xFF >> (n + 1));
      for (std::size_t k = 1; k < n; ++k) cp = (cp << 6) | (static_cast<unsigned char>(t[i + k]) & 0x3F);
      cps.push_back(cp);
      i += n;
    }
    texts[d["id"]] = cps;
  }
  std::size_t checked = 0;
  for (const auto& e : doc["events"]) {
    for (const auto& m : e["mentions"]) {
      if (m.contains("derived")) continue;  // spans a duration and its anchor date
      const auto& text = texts[m["doc"].get<std::string>()];
      const std::size_t start = m["start"], end = m["end"];
      const std::string quoted = m["text"];
      std::u32string span = text.substr(start, end - start);
      std::string utf8;
      for (char32_t cp : span) {
        if (cp < 0x80) utf8 += static_cast<char>(cp);
        else if (cp < 0x800) utf8 += static_cast<char>(0xC0 | (cp >> 6)), utf8 += static_cast<char>(0x80 | (cp & 0x3F));
        else utf8 += static_cast<char>(0xE0 | (cp >> 12)), utf8 += static_cast<char>(0x80 | ((cp >> 6) & 0x3F)),
            utf8 += static_cast<char>(0x80 | (cp & 0x3F));
      }
      CHECK(utf8 == quoted);
      ++checked;
    }
  }
  CHECK(checked > 20);
}

TEST_CASE("no caption or page date becomes an event, undated articles get an inferred 2024", "[timeline]") {
  const json doc = timeline_json();
  for (const auto& e : doc["events"]) CHECK(e["date"].get<std::string>().rfind("2016", 0) != 0);
  bool caption_excluded = false;
  for (const auto& x : doc["excluded"]) caption_excluded = caption_excluded || (x["kind"] == "caption" && x["value"] == "2016-10-17");
  CHECK(caption_excluded);
  const json closure = find_event(doc, "2024-07-20", "closure");
  for (const auto& m : closure["mentions"]) {
    CHECK(m["value"] == "2024-07-20");
    CHECK(m["inferred"] == (m["doc"] == "leave-us-market" || m["doc"] == "two-step-ban" || m["doc"] == "epoch-times"));
  }
  bool circleid_reference_published = false;
  for (const auto& r : doc["references"])
    if (r["doc"] == "circleid") circleid_reference_published = r["inferred"] == false && r["reference"] == "2024-07-16";
  CHECK(circleid_reference_published);
}

TEST_CASE("a second story's timeline matches what a careful reader expects", "[timeline]") {
  const std::string dir = kban::test::source_path("tests/data/story2/");
  const auto r = run_kban("--corpus " + dir + "corpus.json --lexicon " + dir + "lexicon.json timeline --format json");
  REQUIRE(r.exit_code == 0);
  const json doc = json::parse(r.out);
  const json expected = json::parse(kban::test::read_file(dir + "expected.json"));
  for (const auto& x : expected["events"]) {
    INFO(x["what"].get<std::string>());
    // Some event on that date lists every document the reader expects.
    bool found = false;
    for (const auto& e : doc["events"]) {
      if (e["date"] != x["date"]) continue;
      const auto got = sources(e);
      bool all = true;
      for (const auto& d : x["docs"]) all = all && std::find(got.begin(), got.end(), d.get<std::string>()) != got.end();
      found = found || all;
    }
    CHECK(found);
  }
  for (const auto& x : expected["not_events"]) {
    for (const auto& e : doc["events"])
      for (const auto& m : e["mentions"]) CHECK_FALSE((m["doc"] == x["doc"] && m["text"] == x["text"]));
  }
}

TEST_CASE("timeline filters", "[timeline]") {
  auto count = [](const std::string& args) { return timeline_json(args)["events"].size(); };
  const std::size_t all = count("");
  CHECK(count("--since 2024-07") == 5);
  CHECK(count("--until 2018") == 2);
  CHECK(count("--since 2024-07-20 --until 2024-07-20") == 2);
  CHECK(count("--type cutoff") == 1);
  CHECK(count("--type cutoff --type closure") == 2);
  CHECK(count("--source cyber-firm-shuts") == 1);
  CHECK(count("--grep homeland") == 2);  // the directive, and the law named in its sentence
  CHECK(count("--grep HOMELAND") == 2);
  CHECK(count("--grep nothing-like-this") == 0);
  CHECK(all > 8);
  auto r = run_kban("timeline --type cutof");
  CHECK(r.exit_code == 2);
  CHECK(r.err == "kban: error: --type: unknown event type \"cutof\" (did you mean \"cutoff\"?)\nRun 'kban --help' for the commands and options.\n");
  r = run_kban("timeline --source circleidd");
  CHECK(r.exit_code == 2);
  CHECK(r.err == "kban: error: --source: unknown document \"circleidd\" (did you mean \"circleid\"?)\nRun 'kban --help' for the commands and options.\n");
  r = run_kban("timeline --since 2024-Q3");
  CHECK(r.exit_code == 2);
  r = run_kban("timeline --since 2024-13");
  CHECK(r.exit_code == 2);
  CHECK(r.err ==
        "kban: error: --since: \"2024-13\" is not a date: there is no month 13\n"
        "Run 'kban --help' for the commands and options.\n");
}

TEST_CASE("timeline tables show dates at their granularity, with evidence on request", "[timeline]") {
  auto r = run_kban("timeline --type cutoff --evidence");
  REQUIRE(r.exit_code == 0);
  const auto rows = kban::test::lines(r.out);
  REQUIRE(rows.size() == 7);  // header, event, four quotes, legend
  CHECK(rows[1].rfind("29 Sep 2024  cutoff", 0) == 0);
  CHECK(rows[2].rfind("    leave-us-market [", 0) == 0);
  CHECK(rows[6] == "* the date's year or month rests on an inferred reference date");
  r = run_kban("timeline --until 2017");
  CHECK(kban::test::lines(r.out)[1].rfind("2017  ", 0) == 0);
  r = run_kban("timeline --format jsonl --type closure");
  const auto events = kban::test::jsonl_records(r.out, "event");
  REQUIRE(events.size() == 1);
  CHECK(events[0]["date"] == "2024-07-20");
}

TEST_CASE("articles on another story change no event of the built-in corpus", "[timeline]") {
  // Undated articles take their reference from their own story; event ids come from the
  // event's own date and type. Three articles on a product recall join the corpus.
  const kban::Corpus builtin = kban::builtin_corpus();
  kban::Corpus mixed = builtin;
  const kban::Corpus other = kban::parse_corpus(kban::test::read_file(kban::test::source_path("tests/data/coverage/recall/corpus.json")), "recall");
  REQUIRE(other.documents.size() >= 3);
  for (std::size_t k = 0; k < 3; ++k) mixed.documents.push_back(other.documents[k]);
  const kban::Lexicon lexicon = kban::builtin_lexicon();
  const auto alone = kban::analyze_corpus(builtin, lexicon);
  const auto together = kban::analyze_corpus(mixed, lexicon);
  REQUIRE(alone.events.size() >= 6);
  for (const auto& e : alone.events) {
    INFO(e.id);
    const auto it = std::find_if(together.events.begin(), together.events.end(), [&](const kban::Event& x) { return x.id == e.id; });
    REQUIRE(it != together.events.end());
    CHECK(it->date == e.date);
    CHECK(it->sources == e.sources);
  }
  for (std::size_t d = 0; d < builtin.documents.size(); ++d) {
    CHECK(together.documents[d].reference.date == alone.documents[d].reference.date);
  }
}
