#include "reduce/references.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <set>
#include <unordered_map>

namespace kban {

namespace {

// An undated article that tells of a day in the past tense was written after it, and of a
// day in the future tense before it: "will begin winding down on July 20". A reference
// taken from other documents moves inside those bounds.
void bound_by_tense(const DatingEvidence& evidence, Reference& ref) {
  std::optional<Date> after, before;
  for (const auto& told : evidence.told)
    if (const auto d = nearest_occurrence(told.month, told.day, *ref.date); d && told.tense < 0 && (!after || *d > *after))
      after = d;
  // A day told in the future tense comes after every day told in the past tense: "Jan. 1" in
  // a text that tells of Aug. 5 as past is the Jan. 1 after that Aug. 5.
  for (const auto& told : evidence.told) {
    if (told.tense <= 0) continue;
    auto d = nearest_occurrence(told.month, told.day, *ref.date);
    if (d && after && !(*after < *d)) d = nearest_occurrence(told.month, told.day, add_days(*after, 183));
    if (d && (!before || *d < *before)) before = d;
  }
  if (after && before && !(*after < *before)) return;  // the text contradicts itself: keep the guess
  if (after && *ref.date < *after) {
    ref.date = after;
    ref.tense_counts = true;
    ref.reason += fmt::format(", moved to {}: the text tells of that day in the past tense", to_iso(*after));
  } else if (before && !(*ref.date < *before)) {
    ref.date = add_days(*before, -1);
    ref.reason += fmt::format(", moved to {}: the text tells of {} in the future tense", to_iso(*ref.date), to_iso(*before));
  }
}

// The date at which the weights of the earlier dates reach half the total (with equal
// weights, the lower median).
std::optional<Date> median(std::vector<std::pair<Date, double>> dates) {
  if (dates.empty()) return std::nullopt;
  std::sort(dates.begin(), dates.end());
  double total = 0;
  for (const auto& [d, w] : dates) total += w;
  double sum = 0;
  for (const auto& [d, w] : dates)
    if ((sum += w) * 2 >= total) return d;
  return dates.back().first;
}

// A sentence hash shared by more documents than this is boilerplate, not a copied text.
constexpr std::size_t kBoilerplate = 8;

// For each document, the one it republishes, or -1: an earlier (or dated) document that holds
// most of its longer sentences.
std::vector<int> find_originals(const std::vector<DocumentExtract>& docs) {
  std::unordered_map<std::uint64_t, std::vector<std::uint32_t>> holders;
  for (std::uint32_t d = 0; d < docs.size(); ++d)
    for (const auto h : std::set<std::uint64_t>(docs[d].fingerprint.begin(), docs[d].fingerprint.end()))
      holders[h].push_back(d);
  std::vector<int> original(docs.size(), -1);
  for (std::uint32_t d = 0; d < docs.size(); ++d) {
    const std::set<std::uint64_t> mine(docs[d].fingerprint.begin(), docs[d].fingerprint.end());
    if (mine.size() < 3) continue;
    std::map<std::uint32_t, std::size_t> shared;
    for (const auto h : mine) {
      const auto& list = holders[h];
      if (list.size() > kBoilerplate) continue;
      for (const auto o : list)
        if (o != d) ++shared[o];
    }
    std::size_t best = 0;
    for (const auto& [o, n] : shared) {
      if (10 * n < 6 * mine.size() || n <= best) continue;  // at least 60% of its sentences
      // The copy is the later one; an undated text copies a dated one.
      const auto& mine_date = docs[d].published;
      const auto& their_date = docs[o].published;
      const bool earlier = their_date && (!mine_date || *their_date < *mine_date || (*their_date == *mine_date && o < d));
      if (earlier) best = n, original[d] = static_cast<int>(o);
    }
  }
  return original;
}

// The documents that tell the same story: those that name one of its actors.
std::vector<std::set<std::string>> actors_of(const std::vector<DocumentExtract>& docs) {
  std::vector<std::set<std::string>> out(docs.size());
  for (std::size_t d = 0; d < docs.size(); ++d) {
    for (const Mention& m : docs[d].mentions) out[d].insert(m.actors.begin(), m.actors.end());
    for (const Claim& c : docs[d].claims)
      if (!c.subject.empty()) out[d].insert(c.subject);
  }
  return out;
}

}  // namespace

void infer_references(std::vector<DocumentExtract>& documents) {
  const std::vector<int> original = find_originals(documents);
  // First what each document's own words and metadata say.
  for (DocumentExtract& doc : documents) {
    Reference& ref = doc.reference;
    ref = Reference{};
    const DatingEvidence& e = doc.dating;
    if (e.first_published) {
      // A republished text: its relative dates count from when it was first published.
      ref.date = e.first_published;
      ref.inferred = true;
      ref.tense_counts = true;
      ref.stated = true;
      ref.reason = fmt::format("the text says it was first published on {}", to_iso(*ref.date));
    } else if (doc.published) {
      ref.date = doc.published;
    } else {
      ref.inferred = true;
      if (e.stamp_date) {
        ref.date = e.stamp_date;
        ref.tense_counts = true;
        ref.stated = true;
        ref.reason = fmt::format("no publication date; the page's stamp gives {}", to_iso(*ref.date));
      } else if (e.latest_date && e.latest_date->year >= e.latest_year) {
        // A full date older than a year the text names elsewhere is no publication date (a
        // photo caption's date, say).
        ref.date = e.latest_date;
        ref.reason = fmt::format("no publication date; the latest full date in its text, {}", to_iso(*ref.date));
      }
    }
  }
  // A republished copy counts its relative dates from the original's reference.
  for (std::size_t d = 0; d < documents.size(); ++d) {
    if (original[d] < 0 || documents[d].dating.first_published) continue;
    const DocumentExtract& from = documents[static_cast<std::size_t>(original[d])];
    if (!from.reference.date) continue;
    Reference& ref = documents[d].reference;
    ref.date = from.reference.date;
    ref.inferred = true;
    ref.stated = !from.reference.inferred || from.reference.stated;
    ref.reason = fmt::format("the text republishes {}, whose reference date is {}", from.doc, to_iso(*ref.date));
  }
  // The rest take the median date of the documents of their story, as known so far: those
  // that name one of its actors, found through an index of the actors, so that many undated
  // documents cost the size of their stories, not of the corpus each.
  const auto actors = actors_of(documents);
  const std::vector<Reference> known = [&] {
    std::vector<Reference> out;
    for (const auto& doc : documents) out.push_back(doc.reference);
    return out;
  }();
  std::map<std::string_view, std::vector<std::uint32_t>> dated_naming;  // actor: the dated documents that name it
  std::vector<std::pair<Date, double>> all_published, all_inferred;
  for (std::uint32_t o = 0; o < documents.size(); ++o) {
    if (!known[o].date) continue;
    for (const auto& a : actors[o]) dated_naming[a].push_back(o);
    (known[o].inferred ? all_inferred : all_published).emplace_back(*known[o].date, 1.0);
  }
  // The median of a story depends on its actors only (the document itself is undated, so it
  // is in no pool): undated documents that name the same actors share it.
  struct Pool {
    std::optional<Date> median;
    std::size_t size = 0;
    bool from_published = false;
    bool weighted = false;  // by shared actors; not when every dated document counts alike
  };
  std::map<std::set<std::string>, Pool> pools;
  const auto pool_of = [](const std::vector<std::pair<Date, double>>& published,
                          const std::vector<std::pair<Date, double>>& inferred, bool weighted) {
    const auto& dates = published.empty() ? inferred : published;
    return Pool{median(dates), dates.size(), !published.empty(), weighted};
  };
  std::optional<Pool> everyone;  // the pool of a document whose story has no dated document
  // An actor that few dated documents name tells more of the story than one that many
  // stories name ("Kaspersky" against "the Commerce Department"): each document of the pool
  // weighs the rarity of the actors it shares with the undated one, and the median is weighted.
  std::vector<double> shared(documents.size(), 0.0);
  std::vector<std::uint32_t> touched;
  const double n_dated = static_cast<double>(all_published.size() + all_inferred.size());
  for (std::size_t d = 0; d < documents.size(); ++d) {
    Reference& ref = documents[d].reference;
    if (!ref.inferred || ref.date) continue;
    auto [at, inserted] = pools.try_emplace(actors[d]);
    if (inserted) {
      std::vector<std::pair<Date, double>> published, inferred_from_text;
      touched.clear();
      for (const auto& a : actors[d]) {
        const auto it = dated_naming.find(a);
        if (it == dated_naming.end()) continue;
        const double rarity = std::log(1.0 + n_dated / static_cast<double>(it->second.size()));
        for (const std::uint32_t o : it->second) {
          if (o == d) continue;
          if (shared[o] == 0) touched.push_back(o);
          shared[o] += rarity;
        }
      }
      for (const std::uint32_t o : touched) {
        (known[o].inferred ? inferred_from_text : published).emplace_back(*known[o].date, shared[o]);
        shared[o] = 0;
      }
      // Without a document of its own story, every dated document counts alike (this one is
      // undated, so it is not among them): one pool serves all such documents.
      if (published.empty() && inferred_from_text.empty()) {
        if (!everyone) everyone = pool_of(all_published, all_inferred, false);
        at->second = *everyone;
      } else {
        at->second = pool_of(published, inferred_from_text, true);
      }
    }
    const bool from_published = at->second.from_published;
    const bool weighted = at->second.weighted;
    const auto pool = at->second.median;
    const std::size_t pool_size = at->second.size;
    const int year = documents[d].dating.latest_year;
    if (pool && pool->year >= year) {
      ref.date = pool;
      ref.reason = fmt::format("no publication date or full date in its text; the median {} date of {} other document{}, {}",
                               from_published ? "publication" : "inferred", pool_size,
                               pool_size == 1 ? "" : weighted ? "s (weighted by the actors they share with it)" : "s",
                               to_iso(*pool));
      bound_by_tense(documents[d].dating, ref);
    } else if (year > 0) {
      // A year the text names only says the article is no older: too little to anchor on.
      ref.reason = fmt::format(
          "no publication date; its text names years up to {} but no full date, so relative dates stay unresolved", year);
    } else {
      ref.reason = "no publication date and no dated evidence; relative dates stay unresolved";
    }
  }
}

}  // namespace kban
