#include "output/timelinejs.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <unordered_map>
#include <unordered_set>

#include "output/listings.hpp"
#include "output/markup.hpp"

namespace kban {

namespace {

using Json = nlohmann::ordered_json;

// A TimelineJS date: as many of year, month and day as the value knows.
Json date_object(long day, bool month, bool with_day) {
  const Date d = civil_from_days(day);
  Json j;
  j["year"] = d.year;
  if (month) j["month"] = d.month;
  if (month && with_day) j["day"] = d.day;
  return j;
}

using Documents = std::unordered_map<std::string, const Document*>;

// The source as the reader knows it: its outlet (linked when it has a web address), else its
// id.
std::string source_html(const std::string& id, const Documents& documents) {
  const auto found = documents.find(id);
  const Document* doc = found == documents.end() ? nullptr : found->second;
  const std::string name = escape_markup(doc && doc->outlet ? *doc->outlet : id);
  const std::string href = doc && doc->url ? safe_href(*doc->url) : std::string();
  return href.empty() ? name : fmt::format("<a href=\"{}\">{}</a>", href, name);
}

Json slide(const Analysis& analysis, const Event& e, const Documents& corpus) {
  Json j;
  long first = 0, last = 0;
  value_interval(e.date, first, last);
  const std::string& g = e.granularity;
  if (g == "day" || g == "month" || g == "year") {
    j["start_date"] = date_object(first, g != "year", g == "day");
  } else if (g == "time") {
    // "2024-07-20T14:30": the hour and minute too; a part of the day ("TMO") or the day's end
    // ("T24:00") is the day.
    j["start_date"] = date_object(first, true, true);
    const std::string& v = e.date;
    const auto digit = [&](std::size_t k) { return k < v.size() && v[k] >= '0' && v[k] <= '9'; };
    if (v.size() >= 16 && digit(11) && digit(12) && v[13] == ':' && digit(14) && digit(15)) {
      const int hour = std::stoi(v.substr(11, 2)), minute = std::stoi(v.substr(14, 2));
      if (hour < 24 && minute < 60) {
        j["start_date"]["hour"] = hour;
        j["start_date"]["minute"] = minute;
      }
    }
  } else {
    // A quarter, season, week, decade ...: its first and last day, shown as kban writes it.
    const bool coarse = g == "decade" || g == "century";
    j["start_date"] = date_object(first, !coarse, !coarse);
    j["end_date"] = date_object(last, !coarse, !coarse);
    j["display_date"] = display_date(e.date);
  }
  // Each source, with its own date where it disagrees and a mark where the date is inferred.
  std::vector<std::string> sources;
  for (const auto& id : e.sources) {
    std::string item = source_html(id, corpus);
    for (const auto& ref : e.mentions) {
      const Mention& m = analysis.mention(ref);
      if (analysis.documents[ref.doc].doc != id) continue;
      if (!values_nest(m.value, e.date)) item += " (says " + escape_markup(display_date(m.value)) + ")";
      if (m.inferred && item.find("(date inferred)") == std::string::npos) item += " (date inferred)";
    }
    sources.push_back(item);
  }
  std::string text = fmt::format("<p>Sources: {}.</p>", fmt::join(sources, ", "));
  if (!e.dates_agree) text += "<p>The sources disagree on the date.</p>";
  j["text"] = Json{{"headline", escape_markup(e.summary)}, {"text", text}};
  j["group"] = escape_markup(e.label);
  j["unique_id"] = e.id;
  return j;
}

}  // namespace

void write_timelinejs(const Analysis& analysis, const std::vector<const Event*>& events, const Corpus& corpus,
                      std::ostream& out) {
  Documents documents;
  for (const auto& doc : corpus.documents) documents.emplace(doc.id, &doc);
  // The title names the sources, ten at most, in order of first appearance.
  std::vector<std::string> ids;
  std::unordered_set<std::string> seen;
  for (const Event* e : events)
    for (const auto& id : e->sources)
      if (seen.insert(id).second) ids.push_back(id);
  std::vector<std::string> names;
  for (std::size_t i = 0; i < ids.size() && i < 10; ++i) names.push_back(source_html(ids[i], documents));
  if (ids.size() > 10) names.push_back(fmt::format("and {} more", ids.size() - 10));
  Json j;
  j["title"]["text"] = Json{{"headline", fmt::format("{} event{} from {} source{}", events.size(), events.size() == 1 ? "" : "s",
                                                     ids.size(), ids.size() == 1 ? "" : "s")},
                            {"text", names.empty() ? std::string() : fmt::format("<p>{}.</p>", fmt::join(names, ", "))}};
  j["events"] = Json::array();
  for (const Event* e : events) j["events"].push_back(slide(analysis, *e, documents));
  out << j.dump(2) << "\n";
}

}  // namespace kban
