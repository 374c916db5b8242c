// The pictures: `kban timeline --format svg|timelinejs` end to end with the real program, and
// their pieces (escaping, marked sentences, the timeline's layout). The XML parse and the
// schema check are in check_pictures.py.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <set>

#include "kban/corpus.hpp"
#include "kban/lexicon.hpp"
#include "kban/pipeline.hpp"
#include "output/listings.hpp"
#include "output/markup.hpp"
#include "output/svg.hpp"
#include "support.hpp"

using kban::test::count_of;
using kban::test::hostile_corpus;
using kban::test::run_kban;
using kban::test::source_path;
using kban::test::timeline_events;
using nlohmann::json;

TEST_CASE("escape_markup leaves no tag, attribute or entity of the text alive", "[pictures]") {
  CHECK(kban::escape_markup("a <b> & \"c\" 'd'") == "a &lt;b&gt; &amp; &quot;c&quot; &#39;d&#39;");
  CHECK(kban::escape_markup("\"><img src=x onerror=alert(1)>") == "&quot;&gt;&lt;img src=x onerror=alert(1)&gt;");
  CHECK(kban::escape_markup("caf\xC3\xA9 \xE2\x80\x9Cq\xE2\x80\x9D") == "caf\xC3\xA9 \xE2\x80\x9Cq\xE2\x80\x9D");
  // Characters XML forbids become U+FFFD; tab and line breaks stay.
  CHECK(kban::escape_markup(std::string("a\x01" "b\tc\n", 6)) == "a\xEF\xBF\xBD" "b\tc\n");
  CHECK(kban::escape_markup("\xEF\xBF\xBE") == "\xEF\xBF\xBD");
  CHECK(kban::safe_href("https://example.com/?a=1&b=\"2\"") == "https://example.com/?a=1&amp;b=&quot;2&quot;");
  CHECK(kban::safe_href("javascript:alert(1)").empty());
  CHECK(kban::safe_href(" JavaScript:alert(1)").empty());
  CHECK(kban::safe_href("HTTP://example.com") == "HTTP://example.com");
}

TEST_CASE("a marked sentence marks the evidence's code points, escaped", "[pictures]") {
  kban::Analysis a;
  a.documents.resize(1);
  // "Le 20 juillet <b>" with an accent before the date: offsets are code points, not bytes.
  a.documents[0].sentences.push_back({"D\xC3\xA9j\xC3\xA0 <b> le 20 juillet.", 0, 100, 124});
  kban::Evidence e;
  e.start = 100 + 12;
  e.end = 100 + 22;
  CHECK(kban::marked_sentence(a, e) == "D\xC3\xA9j\xC3\xA0 &lt;b&gt; le <mark>20 juillet</mark>.");
  e.start = 90;  // outside the sentence: nothing marked
  CHECK(kban::marked_sentence(a, e) == "D\xC3\xA9j\xC3\xA0 &lt;b&gt; le 20 juillet.");
}

TEST_CASE("the timeline's layout: breaks over long empty stretches, labels apart, marks by sources", "[pictures]") {
  const kban::Corpus corpus = kban::builtin_corpus();
  const kban::Analysis analysis = kban::analyze_corpus(corpus, kban::builtin_lexicon(), 1);
  const auto events = kban::select_events(analysis, {});
  const kban::TimelineLayout layout = kban::layout_timeline(analysis, events);
  REQUIRE(layout.marks.size() == events.size());
  CHECK(layout.stretches.size() >= 2);  // years apart: 2017-2018, 2022, mid-2024
  for (std::size_t i = 0; i + 1 < layout.stretches.size(); ++i) CHECK(layout.stretches[i].x1 < layout.stretches[i + 1].x0);
  for (std::size_t i = 0; i < layout.marks.size(); ++i) {
    const auto& a = layout.marks[i];
    CHECK(a.label.x >= 0);
    CHECK(a.label.x + a.label.width <= layout.width);
    CHECK(a.label.y + a.label.height < layout.axis_y);
    for (std::size_t j = i + 1; j < layout.marks.size(); ++j) {
      const auto& b = layout.marks[j].label;
      const bool apart = a.label.x + a.label.width <= b.x || b.x + b.width <= a.label.x || a.label.y + a.label.height <= b.y ||
                         b.y + b.height <= a.label.y;
      CHECK(apart);
    }
    // Oldest first, left to right.
    if (i > 0) CHECK(layout.marks[i - 1].x <= a.x);
    // More sources, a larger mark.
    for (const auto& b : layout.marks)
      if (b.event->sources.size() > a.event->sources.size()) CHECK(b.radius > a.radius);
  }
  // An event whose sources disagree on the date is drawn as a range over the competing dates.
  bool disputed = false;
  for (const auto& m : layout.marks)
    if (m.disputed) {
      disputed = true;
      CHECK(m.competing.size() >= 2);
      CHECK(m.range_x0 < m.range_x1);
      for (const double x : m.competing) CHECK((x >= m.range_x0 && x <= m.range_x1));
    }
  CHECK(disputed);
  // Nothing to draw is still a picture.
  CHECK(kban::render_timeline_svg(analysis, {}, true).find("No dated events") != std::string::npos);
}

TEST_CASE("kban timeline --format timelinejs: a slide per event, dates as far as known", "[pictures]") {
  const json events = timeline_events();
  const auto r = run_kban("timeline --format timelinejs");
  REQUIRE(r.exit_code == 0);
  CHECK(r.err.empty());
  const json doc = json::parse(r.out);
  CHECK(doc["title"]["text"]["headline"].is_string());
  REQUIRE(doc["events"].size() == events.size());
  for (std::size_t i = 0; i < events.size(); ++i) {
    const json& slide = doc["events"][i];
    const json& e = events[i];
    CHECK(slide["unique_id"] == e["id"]);
    CHECK(slide["group"] == e["label"]);
    CHECK(slide["text"]["headline"] == kban::escape_markup(e["summary"].get<std::string>()));
    CHECK(slide["text"]["text"].get<std::string>().rfind("<p>Sources: ", 0) == 0);
    const std::string date = e["date"];
    const json& start = slide["start_date"];
    CHECK(start["year"] == std::stoi(date.substr(0, 4)));
    if (e["granularity"] == "day") {
      CHECK(start["month"] == std::stoi(date.substr(5, 2)));
      CHECK(start["day"] == std::stoi(date.substr(8, 2)));
    } else if (e["granularity"] == "month") {
      CHECK(start["month"] == std::stoi(date.substr(5, 2)));
      CHECK_FALSE(start.contains("day"));
    } else if (e["granularity"] == "year") {
      CHECK_FALSE(start.contains("month"));
    }
  }
  // The filters of the timeline apply.
  const auto bans = json::parse(run_kban("timeline --format timelinejs --type ban").out);
  CHECK(bans["events"].size() == timeline_events("--type ban").size());
  CHECK(bans["events"].size() < events.size());
}

TEST_CASE("kban timeline --format svg: a standalone picture with a mark and a label per event", "[pictures]") {
  const json events = timeline_events();
  const auto r = run_kban("timeline --format svg");
  REQUIRE(r.exit_code == 0);
  CHECK(r.out.rfind("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\"", 0) == 0);
  CHECK(count_of(r.out, "<circle data-event=") == events.size());
  CHECK(count_of(r.out, "<text class=\"label\"") == events.size());
  CHECK(count_of(r.out, "class=\"break\"") >= 1);
  CHECK(count_of(r.out, "class=\"range\"") >= 1);
  // Well formed: parsed by Python's XML parser.
  const auto parsed = kban::test::run_script("\"$KBAN\" timeline --format svg | python3 -c "
                                             "'import sys, xml.dom.minidom; xml.dom.minidom.parseString(sys.stdin.buffer.read())'");
  CHECK(parsed.exit_code == 0);
  CHECK(parsed.err.empty());
}

TEST_CASE("an article full of markup is shown as text in the SVG and the TimelineJS export", "[pictures]") {
  const auto svg = run_kban(hostile_corpus() + "timeline --format svg");
  REQUIRE(svg.exit_code == 0);
  CHECK(svg.out.find("<script") == std::string::npos);
  CHECK(svg.out.find("]]>") == std::string::npos);
  const auto js = run_kban(hostile_corpus() + "timeline --format timelinejs");
  REQUIRE(js.exit_code == 0);
  const json doc = json::parse(js.out);
  REQUIRE(!doc["events"].empty());
  // TimelineJS shows these fields as HTML: escaped, and no javascript: link.
  for (const auto& slide : doc["events"]) {
    for (const char* field : {"headline", "text"}) {
      const std::string text = slide["text"][field];
      CHECK(text.find("<script") == std::string::npos);
      CHECK(text.find("<img") == std::string::npos);
      CHECK(text.find("javascript:") == std::string::npos);
    }
  }
  CHECK(js.out.find("&lt;b&gt;Bold&lt;/b&gt;") != std::string::npos);
}

TEST_CASE("TimelineJS dates for a time of day, a quarter and a decade", "[pictures]") {
  const std::string corpus = kban::test::write_temp("granularities.json", R"({"schema_version": 1, "documents": [
    {"id": "a", "title": "t", "outlet": "O", "author": null, "published": "2024-07-21", "url": "https://example.com/a",
     "text": "Agency bans widgets\n\nThe Commerce Department banned Acme widgets at 2:30 p.m. on July 20, 2024. The ban takes effect in the third quarter of 2025. The agency first warned the company in the 1990s.\n"}]})");
  const json events = timeline_events("--corpus '" + corpus + "'");
  const auto r = run_kban("--corpus '" + corpus + "' timeline --format timelinejs");
  REQUIRE(r.exit_code == 0);
  const json slides = json::parse(r.out)["events"];
  REQUIRE(slides.size() == events.size());
  std::set<std::string> seen;
  for (std::size_t i = 0; i < events.size(); ++i) {
    const std::string date = events[i]["date"], granularity = events[i]["granularity"];
    const json& s = slides[i];
    seen.insert(granularity);
    if (granularity == "time") {
      CHECK(s["start_date"]["hour"] == std::stoi(date.substr(11, 2)));
      CHECK(s["start_date"]["minute"] == std::stoi(date.substr(14, 2)));
      CHECK_FALSE(s.contains("end_date"));
    } else if (granularity == "quarter") {
      CHECK(s["start_date"] == json{{"year", 2025}, {"month", 7}, {"day", 1}});
      CHECK(s["end_date"] == json{{"year", 2025}, {"month", 9}, {"day", 30}});
      CHECK(s["display_date"] == "2025-Q3");
    } else if (granularity == "decade") {
      CHECK(s["start_date"] == json{{"year", 1990}});
      CHECK(s["end_date"] == json{{"year", 1999}});
      CHECK(s["display_date"] == "1990s");
    }
  }
  CHECK(seen == std::set<std::string>{"time", "quarter", "decade"});
}

TEST_CASE("a lone event far from a crowd keeps a stretch of its own, wide enough to hold it", "[pictures]") {
  std::string json_text = R"({"schema_version": 1, "documents": [)";
  for (int k = 0; k <= 30; ++k) {
    const std::string date = k == 0 ? "March 3, 1990" : "July " + std::to_string(k) + ", 2024";
    json_text += (k ? "," : "") + std::string(R"({"id": "d)") + std::to_string(k) +
                 R"(", "published": "2024-08-01", "text": "Widgets\n\nOn )" + date + R"(, the Commerce Department banned Acme widgets.\n"})";
  }
  json_text += "]}";
  const kban::Corpus corpus = kban::parse_corpus(json_text, "test");
  const kban::Analysis analysis = kban::analyze_corpus(corpus, kban::builtin_lexicon(), 1);
  const auto events = kban::select_events(analysis, {});
  REQUIRE(events.size() == 31);
  const kban::TimelineLayout layout = kban::layout_timeline(analysis, events);
  REQUIRE(layout.stretches.size() == 2);
  CHECK(layout.stretches[0].x1 - layout.stretches[0].x0 >= 48);
  CHECK(layout.stretches[1].x1 - layout.stretches[1].x0 > 600);
  for (const auto& m : layout.marks) {
    const auto& s = m.event->date < "2000" ? layout.stretches[0] : layout.stretches[1];
    CHECK(m.x > s.x0);
    CHECK(m.x < s.x1);
  }
}
