#include "reduce/references.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "text/layout.hpp"
#include "kban/timex.hpp"

namespace kban {

namespace {

// What a document's own text says about when it was written: its latest fully specified
// date and its latest explicit year, outside captions, credits and datelines.
struct OwnEvidence {
  std::optional<Date> latest_date;
  int latest_year = 0;
};

OwnEvidence own_evidence(const Document& doc) {
  OwnEvidence e;
  const auto layout = analyze_layout(doc.text);
  for (const auto& t : tag_timexes(doc.text, TagOptions{})) {
    if (t.type != TimexType::kDate || t.uses_reference || t.value.size() < 4 || t.value[0] < '0' || t.value[0] > '9')
      continue;
    if (!in_story_text(layout, t.begin)) continue;
    const int year = std::stoi(t.value.substr(0, 4));
    if (t.value.size() == 4 || t.value[4] == '-') e.latest_year = std::max(e.latest_year, year);
    if (const auto d = parse_iso_date(t.value); d && (!e.latest_date || *d > *e.latest_date)) e.latest_date = d;
  }
  return e;
}

// An undated article that tells of a day in the past tense was written after it, and of a
// day in the future tense before it: "will begin winding down on July 20". A reference
// taken from other documents moves inside those bounds.
void bound_by_tense(const Document& doc, Reference& ref) {
  const auto layout = analyze_layout(doc.text);
  std::optional<Date> after, before;
  for (const auto& t : tag_timexes(doc.text, TagOptions{ref.date, true})) {
    if (t.tense == 0) continue;
    if (!in_story_text(layout, t.begin)) continue;
    const auto d = parse_iso_date(t.value);
    if (!d) continue;
    if (t.tense < 0 && (!after || *d > *after)) after = d;
    if (t.tense > 0 && (!before || *d < *before)) before = d;
  }
  if (after && before && !(*after < *before)) return;  // the text contradicts itself: keep the guess
  if (after && *ref.date < *after) {
    ref.date = after;
    ref.reason += fmt::format(", moved to {}: the text tells of that day in the past tense", to_iso(*after));
  } else if (before && !(*ref.date < *before)) {
    ref.date = add_days(*before, -1);
    ref.reason += fmt::format(", moved to {}: the text tells of {} in the future tense", to_iso(*ref.date), to_iso(*before));
  }
}

std::optional<Date> median(std::vector<Date> dates) {
  if (dates.empty()) return std::nullopt;
  std::sort(dates.begin(), dates.end());
  return dates[(dates.size() - 1) / 2];
}

}  // namespace

std::vector<Reference> infer_references(const Corpus& corpus) {
  std::vector<Reference> out(corpus.documents.size());
  std::vector<Date> published;
  for (const auto& doc : corpus.documents)
    if (doc.published) published.push_back(*doc.published);
  std::vector<OwnEvidence> evidence(corpus.documents.size());
  std::vector<Date> inferred_from_text;
  for (std::size_t i = 0; i < corpus.documents.size(); ++i) {
    const Document& doc = corpus.documents[i];
    if (doc.published) {
      out[i].date = doc.published;
      continue;
    }
    evidence[i] = own_evidence(doc);
    out[i].inferred = true;
    // A full date older than a year the text names elsewhere is no publication date (a photo
    // caption's date, say).
    if (evidence[i].latest_date && evidence[i].latest_date->year >= evidence[i].latest_year) {
      out[i].date = evidence[i].latest_date;
      out[i].reason = fmt::format("no publication date; the latest full date in its text, {}", to_iso(*out[i].date));
      inferred_from_text.push_back(*out[i].date);
    }
  }
  const bool from_published = !published.empty();
  const auto pool = median(from_published ? published : inferred_from_text);
  const std::size_t pool_size = from_published ? published.size() : inferred_from_text.size();
  for (std::size_t i = 0; i < out.size(); ++i) {
    if (!out[i].inferred || out[i].date) continue;
    const int year = evidence[i].latest_year;
    if (pool && pool->year >= year) {
      out[i].date = pool;
      out[i].reason = fmt::format("no publication date or full date in its text; the median {} date of {} other document{}, {}",
                                  from_published ? "publication" : "inferred", pool_size, pool_size == 1 ? "" : "s",
                                  to_iso(*pool));
      bound_by_tense(corpus.documents[i], out[i]);
    } else if (year > 0) {
      // A year the text names only says the article is no older: too little to anchor on.
      out[i].reason = fmt::format(
          "no publication date; its text names years up to {} but no full date, so relative dates stay unresolved", year);
    } else {
      out[i].reason = "no publication date and no dated evidence; relative dates stay unresolved";
    }
  }
  return out;
}

}  // namespace kban
