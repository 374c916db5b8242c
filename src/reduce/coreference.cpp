// Event coreference by average-link agglomeration over a sparse graph of candidate pairs.
// Mentions that name the same day, family of action and agent start as one cluster; clusters
// that share a blocking key (a day, or a month or year with an agent or a rare word, within
// one family of action) are candidates; the best-scoring candidate pair merges first, and the
// scores of its neighbours are recomputed, until no pair scores above the threshold. Each
// cluster keeps only its best-scoring neighbours, so a merge rescores a bounded number of
// pairs however crowded a day is. The average score of two clusters is computed exactly from
// their profiles (counts of dates, families, types, agents, and the sum of their word
// vectors), so a merge costs the size of the profiles, not of the clusters.
#include "reduce/coreference.hpp"

#include "kban/error.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <climits>
#include <cmath>
#include <map>
#include <optional>
#include <queue>
#include <set>
#include <tuple>
#include <unordered_map>
#include <unordered_set>

namespace kban {

namespace {

// A calendar period as one number: a day is its day number; months (year * 12 + month) and
// years are counted from these offsets, past any day number.
constexpr long kMonthKey = 10'000'000L, kYearKey = 20'000'000L;

struct Interval {
  long first = 0, last = 0;
  auto operator<=>(const Interval&) const = default;
  long width() const { return last - first + 1; }
};

bool nest(const Interval& a, const Interval& b) { return intervals_nest(a.first, a.last, b.first, b.last); }

// Calls shared(x, y) for each pair of elements of two lists sorted by key(...) whose keys are
// equal, in key order, until it returns true; a small list is looked up in a large one.
template <typename T, typename Key, typename Shared>
void each_shared(const std::vector<T>& a, const std::vector<T>& b, Key key, Shared shared) {
  if (a.size() * 16 < b.size() || b.size() * 16 < a.size()) {
    const auto& small = a.size() < b.size() ? a : b;
    const auto& large = a.size() < b.size() ? b : a;
    for (const T& x : small) {
      const auto y = std::lower_bound(large.begin(), large.end(), key(x), [&](const T& e, const auto& k) { return key(e) < k; });
      if (y != large.end() && key(*y) == key(x) && shared(x, *y)) return;
    }
    return;
  }
  for (auto x = a.begin(), y = b.begin(); x != a.end() && y != b.end();) {
    if (key(*x) < key(*y)) ++x;
    else if (key(*y) < key(*x)) ++y;
    else if (shared(*x++, *y++)) return;
  }
}

// Whether two sorted lists share an element.
template <typename T>
bool intersect(const std::vector<T>& a, const std::vector<T>& b) {
  bool found = false;
  each_shared(a, b, [](const T& x) { return x; }, [&](const T&, const T&) { return found = true; });
  return found;
}

// A mention as the clustering sees it.
struct Item {
  MentionRef ref;
  const Mention* m = nullptr;
  Interval when;
  int family = -1, type = -1, agent = -1;
  std::vector<int> actors;                   // sorted
  const std::vector<int>* story = nullptr;    // every actor its document names, sorted
  const std::vector<int>* names = nullptr;    // the proper names it shares with other documents, sorted
  std::vector<std::pair<int, double>> words;  // sorted by id, unit length
  std::uint64_t order = 0;                    // corpus and text order
};

// The families whose mentions report or comment on another action: they join an action of
// another family when the same agent is named on the same day.
bool wrapper(const std::string& family) { return family == "statement" || family == "report"; }

template <typename K>
void add_count(std::vector<std::pair<K, int>>& counts, const K& key, int n) {
  for (auto& [k, c] : counts)
    if (k == key) {
      c += n;
      return;
    }
  counts.emplace_back(key, n);
}

// What average-link needs of a cluster.
struct Profile {
  int n = 0;
  std::vector<std::pair<Interval, int>> dates;
  std::vector<std::pair<int, int>> families, types, agents;  // agent -1: unknown
  std::vector<std::pair<std::pair<int, int>, int>> family_agents;  // (family, agent)
  std::vector<int> actors;                                   // every actor named, sorted
  std::vector<int> story;                                    // every actor its documents name, sorted
  std::vector<int> names;                                    // their shared proper names, sorted
  std::vector<std::pair<int, double>> words;                 // sum of the members' word vectors, sorted by id
  struct Place {
    std::uint32_t doc;
    Interval when;
    int family;
    auto operator<=>(const Place&) const = default;
  };
  // For the constraints within one document: each (document, date, family) once, sorted. A
  // large cluster of one long document has thousands of members but few distinct places.
  std::vector<Place> places;
  std::vector<std::uint32_t> docs;  // the documents of its members, sorted
  // Each day its members name, with the first document that names it and whether another
  // does too: two days that several documents each give are two happenings.
  struct Day {
    Interval when;
    std::uint32_t doc;
    bool several;
  };
  std::vector<Day> days;
  std::uint64_t order = 0;    // the first member's order: ties break on it
  std::vector<std::size_t> members;
  bool alive = true;
};

// The sum of two word vectors sorted by id, sorted by id.
std::vector<std::pair<int, double>> add_words(const std::vector<std::pair<int, double>>& a, const std::vector<std::pair<int, double>>& b) {
  std::vector<std::pair<int, double>> out;
  out.reserve(a.size() + b.size());
  auto x = a.begin(), y = b.begin();
  while (x != a.end() || y != b.end()) {
    if (y == b.end() || (x != a.end() && x->first < y->first)) out.push_back(*x++);
    else if (x == a.end() || y->first < x->first) out.push_back(*y++);
    else out.emplace_back(x->first, x->second + y->second), ++x, ++y;
  }
  return out;
}

// Sets `into` to the union of itself and `from` (sorted), through a scratch array that keeps
// its capacity from one merge to the next.
template <typename T>
void unite(std::vector<T>& into, const std::vector<T>& from) {
  if (std::includes(into.begin(), into.end(), from.begin(), from.end())) return;
  thread_local std::vector<T> scratch;
  scratch.clear();
  std::set_union(into.begin(), into.end(), from.begin(), from.end(), std::back_inserter(scratch));
  into.swap(scratch);
}

void add_day(std::vector<Profile::Day>& days, const Interval& when, std::uint32_t doc, bool several) {
  for (auto& d : days)
    if (d.when == when) {
      d.several = d.several || several || d.doc != doc;
      return;
    }
  days.push_back({when, doc, several});
}

void absorb(Profile& into, const Profile& from) {
  for (const auto& d : from.days) add_day(into.days, d.when, d.doc, d.several);
  into.n += from.n;
  for (const auto& [k, c] : from.dates) add_count(into.dates, k, c);
  for (const auto& [k, c] : from.families) add_count(into.families, k, c);
  for (const auto& [k, c] : from.types) add_count(into.types, k, c);
  for (const auto& [k, c] : from.agents) add_count(into.agents, k, c);
  for (const auto& [k, c] : from.family_agents) add_count(into.family_agents, k, c);
  unite(into.actors, from.actors);
  unite(into.story, from.story);
  unite(into.names, from.names);
  into.words = add_words(into.words, from.words);
  unite(into.places, from.places);
  unite(into.docs, from.docs);
  into.members.insert(into.members.end(), from.members.begin(), from.members.end());
  into.order = std::min(into.order, from.order);
}

// The profile of a cluster of these members, as absorbing them one by one in this order
// would make it, in time linear in the members.
Profile build_profile(const std::vector<Item>& items, const std::vector<std::size_t>& members) {
  Profile p;
  p.order = UINT64_MAX;
  for (const std::size_t k : members) {
    const Item& item = items[k];
    ++p.n;
    add_count(p.dates, item.when, 1);
    add_count(p.families, item.family, 1);
    add_count(p.types, item.type, 1);
    add_count(p.agents, item.agent, 1);
    add_count(p.family_agents, std::make_pair(item.family, item.agent), 1);
    p.actors.insert(p.actors.end(), item.actors.begin(), item.actors.end());
    if (item.story) p.story.insert(p.story.end(), item.story->begin(), item.story->end());
    if (item.names) p.names.insert(p.names.end(), item.names->begin(), item.names->end());
    p.words.insert(p.words.end(), item.words.begin(), item.words.end());
    p.places.push_back({item.ref.doc, item.when, item.family});
    if (item.when.width() <= 2) add_day(p.days, item.when, item.ref.doc, false);
    p.docs.push_back(item.ref.doc);
    p.order = std::min(p.order, item.order);
  }
  for (auto* list : {&p.actors, &p.story, &p.names}) {
    std::sort(list->begin(), list->end());
    list->erase(std::unique(list->begin(), list->end()), list->end());
  }
  // Each word once, its weights summed in the members' order.
  std::stable_sort(p.words.begin(), p.words.end(), [](const auto& x, const auto& y) { return x.first < y.first; });
  std::size_t kept = 0;
  for (std::size_t k = 0; k < p.words.size(); ++k) {
    if (kept > 0 && p.words[kept - 1].first == p.words[k].first) p.words[kept - 1].second += p.words[k].second;
    else p.words[kept++] = p.words[k];
  }
  p.words.resize(kept);
  std::sort(p.places.begin(), p.places.end());
  p.places.erase(std::unique(p.places.begin(), p.places.end()), p.places.end());
  std::sort(p.docs.begin(), p.docs.end());
  p.docs.erase(std::unique(p.docs.begin(), p.docs.end()), p.docs.end());
  p.members = members;
  return p;
}

class Scorer {
 public:
  Scorer(const CoreferenceWeights& w, const std::vector<bool>& wrapper_family) : w_(w), wrapper_(wrapper_family) {}

  // Whether documents that name no actor in common still tell one story: they share three
  // proper names (one or two may be words that several stories use: "Commerce", "Meridian").
  static bool share_names(const std::vector<int>& a, const std::vector<int>& b) {
    const std::size_t need = std::max<std::size_t>(3, (std::min(a.size(), b.size()) + 2) / 3);
    std::size_t shared = 0;
    each_shared(a, b, [](int x) { return x; }, [&](int, int) { return ++shared >= need; });
    return shared >= need;
  }

  double date(const Interval& a, const Interval& b) const {
    if (a == b) return a.width() <= 2 ? w_.same_day : w_.nested;
    if (nest(a, b)) return w_.nested;
    const long gap = std::max(a.first, b.first) - std::min(a.last, b.last);
    const long scale = std::max(a.width(), b.width());
    return gap <= 31 + 2 * scale ? w_.near_miss : w_.far;
  }

  // The average pair score of two clusters, with or without what their dates say.
  double average(const Profile& a, const Profile& b, bool dates = true) const {
    double total = dates ? date_pairs(a, b) : 0;
    // Families: a report or statement joins another family's action only from its agent.
    for (const auto& [x, cx] : a.family_agents)
      for (const auto& [y, cy] : b.family_agents) {
        if (x.first == y.first) total += cx * cy * w_.same_family;
        else if (!(wrapper_[static_cast<std::size_t>(x.first)] || wrapper_[static_cast<std::size_t>(y.first)]) ||
                 (x.second >= 0 && y.second >= 0 && x.second != y.second))
          total += cx * cy * w_.other_family;
      }
    for (const auto& [x, cx] : a.types)
      for (const auto& [y, cy] : b.types)
        if (x == y) total += cx * cy * w_.same_type;
    return common(a, b, total);
  }

  // The score of a mention whose clause names no known action (`one`) with a cluster: its
  // day, the cluster's agents among the actors of its clause, the story and the words. What
  // the action is does not count, as it is not known.
  double attach(const Profile& one, const Profile& many) const {
    double total = date_pairs(one, many);
    for (const auto& [y, cy] : many.agents)
      if (y >= 0 && std::binary_search(one.actors.begin(), one.actors.end(), y)) total += cy * w_.same_agent;
    return common(one, many, total);
  }

  // Whether every date of one cluster fits every date of the other, or differs from it in one
  // field only (the year, the month or the day): one happening that a source dates wrongly
  // ("February 2022" for February 2023, "12 March" for March 21).
  static bool one_slip(const Interval& a, const Interval& b) {
    if (nest(a, b)) return true;
    const Date x = civil_from_days(a.first), y = civil_from_days(b.first);
    const auto level = [](const Interval& i, const Date& d) {
      if (i.width() <= 2) return 3;                          // a day
      if (d.day == 1 && i.width() <= 31) return 2;           // a month
      if (d.day == 1 && d.month == 1 && i.width() <= 366) return 1;  // a year
      return 0;
    };
    const int shared = std::min(level(a, x), level(b, y));
    if (shared == 0) return false;
    const int differ = (x.year != y.year) + (shared >= 2 && x.month != y.month) + (shared >= 3 && x.day != y.day);
    return differ == 1;
  }
  bool near(const Profile& a, const Profile& b) const {
    for (const auto& [x, cx] : a.dates)
      for (const auto& [y, cy] : b.dates)
        if (!one_slip(x, y)) return false;
    return true;
  }

  // Whether two clusters together would hold two days that several documents each give,
  // neither next to the other: then they tell of two happenings. A wrong date that one source
  // gives (and its copies do not repeat) is an outlier within one happening instead.
  static bool two_days(const Profile& a, const Profile& b) {
    if (a.days.empty() || b.days.empty()) return false;
    // Asked of every pair scored: a scratch array that keeps its capacity, as in unite().
    thread_local std::vector<Profile::Day> both;
    both.assign(a.days.begin(), a.days.end());
    for (const auto& d : b.days) add_day(both, d.when, d.doc, d.several);
    for (std::size_t x = 0; x < both.size(); ++x)
      for (std::size_t y = x + 1; y < both.size(); ++y) {
        const Interval& i = both[x].when;
        const Interval& j = both[y].when;
        if (both[x].several && both[y].several && !nest(i, j) && i.last + 1 != j.first && j.last + 1 != i.first) return true;
      }
    return false;
  }

  // Two mentions of one document that cannot be one happening: days that differ, or one day
  // and actions of different families; and two days that several documents each give.
  bool cannot_link(const Profile& a, const Profile& b) const {
    if (two_days(a, b)) return true;
    if (!intersect(a.docs, b.docs)) return false;
    // The places of each shared document, found by binary search from the smaller side.
    const auto& small = a.places.size() < b.places.size() ? a.places : b.places;
    const auto& large = a.places.size() < b.places.size() ? b.places : a.places;
    const auto by_doc = [](const Profile::Place& p, std::uint32_t doc) { return p.doc < doc; };
    for (const auto& x : small)
      for (auto y = std::lower_bound(large.begin(), large.end(), x.doc, by_doc); y != large.end() && y->doc == x.doc; ++y) {
        const bool days = x.when.width() <= 2 && y->when.width() <= 2;
        if (days && !nest(x.when, y->when) && x.when.last + 1 != y->when.first && y->when.last + 1 != x.when.first) return true;
        if (days && x.family != y->family && !wrapper_[static_cast<std::size_t>(x.family)] &&
            !wrapper_[static_cast<std::size_t>(y->family)])
          return true;
      }
    return false;
  }

 private:
  // The date scores of every pair of members, summed.
  double date_pairs(const Profile& a, const Profile& b) const {
    double total = 0;
    for (const auto& [x, cx] : a.dates)
      for (const auto& [y, cy] : b.dates) total += cx * cy * date(x, y);
    return total;
  }

  // `total` (what the dates and actions gave) with what agents, story and words add, divided
  // by the pairs, with the bias.
  double common(const Profile& a, const Profile& b, double total) const {
    for (const auto& [x, cx] : a.agents)
      for (const auto& [y, cy] : b.agents) {
        if (x < 0 || y < 0) continue;
        if (x == y) total += cx * cy * w_.same_agent;
        else if (std::binary_search(a.actors.begin(), a.actors.end(), y) || std::binary_search(b.actors.begin(), b.actors.end(), x))
          total += cx * cy * w_.linked_agent;
        else total += cx * cy * w_.other_agent;
      }
    // Documents that name no actor in common (or only one side names any) tell of
    // different stories.
    if ((!a.story.empty() || !b.story.empty()) && !intersect(a.story, b.story) && !share_names(a.names, b.names))
      total += static_cast<double>(a.n) * b.n * w_.other_story;
    double dot = 0;
    each_shared(a.words, b.words, [](const auto& e) { return e.first; }, [&](const auto& x, const auto& y) {
      dot += x.second * y.second;
      return false;
    });
    total += w_.words * dot;
    const double pairs = static_cast<double>(a.n) * b.n;
    return total / pairs + w_.bias;
  }

  const CoreferenceWeights& w_;
  const std::vector<bool>& wrapper_;
};

long interval_width(const std::string& v) {
  long f = 0, l = 0;
  return value_interval(v, f, l) ? l - f : LONG_MAX;
}

}  // namespace

CoreferenceWeights coreference_weights(const std::map<std::string, double>& named) {
  CoreferenceWeights w;
  const std::pair<const char*, double*> fields[] = {
      {"same_day", &w.same_day},       {"nested", &w.nested},       {"near_miss", &w.near_miss},
      {"far", &w.far},                 {"same_family", &w.same_family}, {"other_family", &w.other_family},
      {"same_type", &w.same_type},     {"same_agent", &w.same_agent}, {"other_agent", &w.other_agent},
      {"linked_agent", &w.linked_agent}, {"words", &w.words},       {"bias", &w.bias},
      {"threshold", &w.threshold}, {"outlier", &w.outlier}, {"reassign", &w.reassign},
      {"other_story", &w.other_story}, {"attach_margin", &w.attach_margin}, {"attach_min", &w.attach_min}};
  for (const auto& [name, value] : named) {
    // A structured binding is captured through a reference of its own: clang 14 (the fuzz
    // build) does not capture bindings.
    const std::string& key = name;
    const auto it = std::find_if(std::begin(fields), std::end(fields), [&](const auto& f) { return key == f.first; });
    if (it == std::end(fields)) throw data_error(fmt::format("lexicon: unknown coreference weight \"{}\"", name));
    *it->second = value;
  }
  return w;
}

std::vector<Event> cluster_events(std::vector<DocumentExtract>& documents, const CoreferenceWeights& weights) {
  // Names as small integers.
  std::unordered_map<std::string, int> ids;
  std::vector<std::string> names;
  auto id = [&](const std::string& s) {
    const auto [it, inserted] = ids.emplace(s, static_cast<int>(names.size()));
    if (inserted) names.push_back(s);
    return it->second;
  };
  // The actors each document names, in any of its mentions.
  std::vector<std::vector<int>> story(documents.size());
  for (std::size_t d = 0; d < documents.size(); ++d) {
    for (const Mention& m : documents[d].mentions) {
      if (!m.agent.empty()) story[d].push_back(id("actor:" + m.agent));
      for (const auto& a : m.actors) story[d].push_back(id("actor:" + a));
    }
    std::sort(story[d].begin(), story[d].end());
    story[d].erase(std::unique(story[d].begin(), story[d].end()), story[d].end());
  }
  // The proper names two documents or more use: documents of a story whose actors the lexicon
  // does not know, or knows under different names, still share them ("Tarcuna", "Quemara").
  // A name that many documents use ("Washington", a common surname) tells no story apart:
  // one that more than eight documents and more than one in thirty-two use does not count.
  const int most = std::max<int>(8, static_cast<int>(documents.size() / 32));
  std::vector<std::vector<int>> shared_names(documents.size());
  {
    std::unordered_map<std::uint64_t, int> df, name_ids;
    for (const DocumentExtract& doc : documents)
      for (const auto h : doc.names) ++df[h];
    for (std::size_t d = 0; d < documents.size(); ++d) {
      for (const auto h : documents[d].names)
        if (const int n = df[h]; n >= 2 && n <= most)
          shared_names[d].push_back(name_ids.try_emplace(h, static_cast<int>(name_ids.size())).first->second);
      std::sort(shared_names[d].begin(), shared_names[d].end());
    }
  }
  std::vector<Item> items;
  std::unordered_map<std::string, int> word_ids;
  std::vector<int> df;
  std::vector<std::vector<int>> item_words;
  // A mention of document d, number i, dated [f, l], as the clustering sees it.
  auto item_of = [&](std::uint32_t d, std::uint32_t i, long f, long l, int family, int type) {
    Item item;
    item.ref = {d, i};
    item.m = &documents[d].mentions[i];
    item.when = {f, l};
    item.family = family;
    item.type = type;
    item.order = (static_cast<std::uint64_t>(d) << 32) | item.m->evidence.start;
    return item;
  };
  for (std::uint32_t d = 0; d < documents.size(); ++d)
    for (std::uint32_t i = 0; i < documents[d].mentions.size(); ++i) {
      const Mention& m = documents[d].mentions[i];
      long f = 0, l = 0;
      if (m.kind != MentionKind::kEvent || !mention_interval(m, f, l)) continue;
      Item item = item_of(d, i, f, l, id("family:" + m.group), id("type:" + m.type));
      item.agent = m.agent.empty() ? -1 : id("actor:" + m.agent);
      for (const auto& a : m.actors) item.actors.push_back(id("actor:" + a));
      std::sort(item.actors.begin(), item.actors.end());
      item.actors.erase(std::unique(item.actors.begin(), item.actors.end()), item.actors.end());
      item.story = &story[d];
      item.names = &shared_names[d];
      std::vector<int> words;
      for (const auto& w : m.keywords) {
        const auto [it, inserted] = word_ids.emplace(w, static_cast<int>(df.size()));
        if (inserted) df.push_back(0);
        words.push_back(it->second);
      }
      std::sort(words.begin(), words.end());
      words.erase(std::unique(words.begin(), words.end()), words.end());
      for (int w : words) ++df[static_cast<std::size_t>(w)];
      item_words.push_back(std::move(words));
      items.push_back(std::move(item));
    }
  // Words weighted by rarity among the event mentions, each mention's vector of unit length.
  const double n_items = static_cast<double>(items.size());
  auto unit_vector = [&](const std::vector<int>& words) {
    std::vector<std::pair<int, double>> out;
    double norm = 0;
    for (int w : words) {
      const double weight = std::log(1.0 + n_items / df[static_cast<std::size_t>(w)]);
      out.emplace_back(w, weight);
      norm += weight * weight;
    }
    for (auto& [w, v] : out) v /= std::sqrt(norm);
    return out;
  };
  for (std::size_t k = 0; k < items.size(); ++k) items[k].words = unit_vector(item_words[k]);
  std::vector<bool> wrapper_family(names.size(), false);
  for (std::size_t k = 0; k < names.size(); ++k)
    wrapper_family[k] = names[k].rfind("family:", 0) == 0 && wrapper(names[k].substr(7));
  const Scorer scorer(weights, wrapper_family);

  // Clusters to start from: one day, one family, one named agent.
  std::vector<std::vector<std::size_t>> seeds;
  std::map<std::tuple<long, long, int, int>, std::size_t> seed;
  for (std::size_t k = 0; k < items.size(); ++k) {
    const Item& it = items[k];
    if (it.agent >= 0 && it.when.width() <= 2) {
      const auto [s, inserted] = seed.try_emplace(std::make_tuple(it.when.first, it.when.last, it.family, it.agent), seeds.size());
      if (!inserted) {
        seeds[s->second].push_back(k);
        continue;
      }
    }
    seeds.push_back({k});
  }
  std::vector<Profile> clusters;
  clusters.reserve(seeds.size());
  for (const auto& members : seeds) clusters.push_back(build_profile(items, members));
  // Candidate pairs: clusters that share a blocking key. A period alone (the day, month or
  // year of the date) is the key while few clusters share it; where many do, the period with
  // the family of the action, the agent or one of the rarest words.
  using Key = std::tuple<long, int, int>;  // (period, kind, qualifier)
  struct KeyHash {
    std::size_t operator()(const Key& k) const {
      const auto [p, kind, q] = k;
      return std::hash<long>{}(p * 1'000'003L + kind) ^ (std::hash<int>{}(q) * 0x9E3779B97F4A7C15ull);
    }
  };
  // Which buckets exist matters, not their order: pairs are sorted afterwards.
  std::unordered_map<Key, std::vector<std::size_t>, KeyHash> buckets;
  enum : int { kPeriod, kFamily, kAgent, kWord };
  auto keys_of = [&](const Item& it, auto emit) {
    const Date a = civil_from_days(it.when.first), b = civil_from_days(it.when.last);
    std::vector<int> rare;
    for (const auto& [w, v] : it.words) rare.push_back(w);
    std::sort(rare.begin(), rare.end(), [&](int x, int y) {
      return std::tie(df[static_cast<std::size_t>(x)], x) < std::tie(df[static_cast<std::size_t>(y)], y);
    });
    if (rare.size() > 3) rare.resize(3);
    auto period = [&](long key) {
      emit(key, kPeriod, 0);
      emit(key, kFamily, it.family);
      if (it.agent >= 0) emit(key, kAgent, it.agent);
      for (int w : rare) emit(key, kWord, w);
    };
    if (it.when.width() <= 2)
      for (long day = it.when.first; day <= it.when.last; ++day) period(day);
    if (it.when.width() <= 62)
      for (int m = a.year * 12 + a.month; m <= b.year * 12 + b.month; ++m) period(kMonthKey + m);
    for (int y = a.year; y <= b.year && y <= a.year + 1; ++y) period(kYearKey + y);
  };
  for (std::size_t c = 0; c < clusters.size(); ++c)
    for (const std::size_t k : clusters[c].members)
      keys_of(items[k], [&](long p, int kind, int q) {
        auto& list = buckets[{p, kind, q}];
        if (list.empty() || list.back() != c) list.push_back(c);
      });
  std::vector<std::vector<std::size_t>> linked(clusters.size());
  constexpr std::size_t kMaxBucket = 24;  // a key that many clusters share tells too little
  for (const auto& [key, list] : buckets) {
    // A qualified key serves where the period alone is too crowded.
    if (list.size() > kMaxBucket) continue;
    if (std::get<1>(key) != kPeriod && buckets.at({std::get<0>(key), kPeriod, 0}).size() <= kMaxBucket) continue;
    for (std::size_t x = 0; x < list.size(); ++x)
      for (std::size_t y = x + 1; y < list.size(); ++y) linked[list[x]].push_back(list[y]);
  }
  buckets.clear();
  // Best pair first; ties go to the pair that comes first in the corpus. Each cluster keeps
  // its edges (the pairs that may still merge, with their scores) and offers its best one to a
  // queue of clusters: the queue's best offer that is still current is the best edge of all,
  // and the queue holds an offer per change of a cluster's best edge, not every edge ever
  // scored, which made it the largest cost of a large corpus.
  struct Link {
    double score;
    std::size_t other;
    std::size_t into;  // the cluster that absorbs the other when this pair merges
  };
  struct Offer {
    double score;
    std::uint64_t first, second;  // the corpus order of the two clusters, for ties
    std::size_t from, other, into;
    std::uint64_t stamp;
    // Ties in the corpus order too go to the lower cluster numbers.
    bool operator<(const Offer& o) const {
      const auto [lo, hi] = std::minmax(from, other);
      const auto [o_lo, o_hi] = std::minmax(o.from, o.other);
      return std::tie(score, o.first, o.second, o_lo, o_hi) < std::tie(o.score, first, second, lo, hi);
    }
  };
  // Each cluster keeps its best-scoring neighbours only, so a merge rescores a bounded number
  // of pairs however crowded a day is.
  constexpr std::size_t kMaxNeighbours = 24;
  using Scored = std::pair<double, std::size_t>;  // (score, cluster)
  std::vector<std::vector<Link>> links(clusters.size());
  std::vector<std::optional<Offer>> offered(clusters.size());
  std::vector<std::uint64_t> stamp(clusters.size(), 0);
  std::priority_queue<Offer> queue;
  auto score_of = [&](std::size_t a, std::size_t b) {
    return scorer.cannot_link(clusters[a], clusters[b]) ? -1e18 : scorer.average(clusters[a], clusters[b]);
  };
  auto offer_of = [&](std::size_t x, const Link& l) {
    const std::uint64_t p = clusters[x].order, q = clusters[l.other].order;
    return Offer{l.score, std::min(p, q), std::max(p, q), x, l.other, l.into, 0};
  };
  // Offers the best edge of x again when it is not the one offered already.
  auto reoffer = [&](std::size_t x) {
    std::optional<Offer> best;
    for (const Link& l : links[x]) {
      const Offer o = offer_of(x, l);
      if (!best || *best < o) best = o;
    }
    const bool same = best && offered[x] && best->other == offered[x]->other && best->into == offered[x]->into &&
                      !(*best < *offered[x]) && !(*offered[x] < *best);
    if (same || (!best && !offered[x])) return;
    ++stamp[x];
    offered[x] = best;
    if (best) {
      best->stamp = stamp[x];
      offered[x]->stamp = stamp[x];
      queue.push(*best);
    }
  };
  // The best first: ties by cluster number, so the choice does not depend on the order of work.
  auto keep_best = [](std::vector<Scored>& scored) {
    std::sort(scored.begin(), scored.end(), [](const Scored& x, const Scored& y) { return x.first > y.first || (x.first == y.first && x.second < y.second); });
    if (scored.size() > kMaxNeighbours) scored.resize(kMaxNeighbours);
  };
  {
    std::vector<std::vector<Scored>> scored(clusters.size());
    for (std::size_t a = 0; a < clusters.size(); ++a) {
      std::sort(linked[a].begin(), linked[a].end());
      linked[a].erase(std::unique(linked[a].begin(), linked[a].end()), linked[a].end());
      for (const std::size_t b : linked[a]) {
        const double s = score_of(a, b);
        if (s < weights.threshold) continue;
        scored[a].emplace_back(s, b);
        scored[b].emplace_back(s, a);
      }
      linked[a] = {};
    }
    // A pair is an edge when either side keeps it; the lower number absorbs the other.
    for (std::size_t a = 0; a < clusters.size(); ++a) {
      keep_best(scored[a]);
      for (const auto& [s, b] : scored[a]) {
        links[a].push_back({s, b, std::min(a, b)});
        links[b].push_back({s, a, std::min(a, b)});
      }
    }
    for (std::size_t a = 0; a < clusters.size(); ++a) {
      auto& l = links[a];
      std::sort(l.begin(), l.end(), [](const Link& x, const Link& y) { return x.other < y.other; });
      l.erase(std::unique(l.begin(), l.end(), [](const Link& x, const Link& y) { return x.other == y.other; }), l.end());
      reoffer(a);
    }
  }
  // Links are kept in the order of the other cluster's number, so a merge finds and changes
  // a neighbour's link by binary search however many links a crowded cluster has.
  const auto by_other = [](const Link& l, std::size_t other) { return l.other < other; };
  auto drop = [&](std::vector<Link>& list, std::size_t x) {
    const auto it = std::lower_bound(list.begin(), list.end(), x, by_other);
    if (it != list.end() && it->other == x) list.erase(it);
  };
  // Offers a new link of x when it beats x's best; the best stays otherwise.
  auto offer_if_better = [&](std::size_t x, const Link& l) {
    Offer o = offer_of(x, l);
    if (offered[x] && !(*offered[x] < o)) return;
    o.stamp = ++stamp[x];
    offered[x] = o;
    queue.push(o);
  };
  std::vector<std::size_t> around, lost;  // per merge; kept here for their capacity
  std::vector<Scored> scored;
  while (!queue.empty()) {
    const Offer top = queue.top();
    queue.pop();
    if (!clusters[top.from].alive || stamp[top.from] != top.stamp) continue;
    const std::size_t a = top.into, b = top.into == top.from ? top.other : top.from;
    // Merge b into a; a's neighbours are the best of both sides'.
    absorb(clusters[a], clusters[b]);
    clusters[b] = Profile{};
    clusters[b].alive = false;
    around.clear();
    for (const Link& l : links[a]) around.push_back(l.other);
    for (const Link& l : links[b]) around.push_back(l.other);
    std::sort(around.begin(), around.end());
    around.erase(std::unique(around.begin(), around.end()), around.end());
    // The neighbours whose best link was to a or b look for their best again; the others
    // keep theirs unless the new link to a beats it.
    lost.clear();
    for (const std::size_t x : around) {
      if (x == a || x == b) continue;
      drop(links[x], a);
      drop(links[x], b);
      if (offered[x] && (offered[x]->other == a || offered[x]->other == b)) lost.push_back(x);
    }
    links[b] = {};
    offered[b].reset();
    ++stamp[b];
    scored.clear();
    for (const std::size_t x : around)
      if (x != a && x != b && clusters[x].alive) {
        const double s = score_of(a, x);
        if (s >= weights.threshold) scored.emplace_back(s, x);
      }
    keep_best(scored);
    links[a].clear();
    offered[a].reset();
    ++stamp[a];
    for (const auto& [s, x] : scored) {
      links[a].push_back({s, x, a});
      auto& list = links[x];
      list.insert(std::lower_bound(list.begin(), list.end(), a, by_other), Link{s, a, a});
    }
    std::sort(links[a].begin(), links[a].end(), [](const Link& x, const Link& y) { return x.other < y.other; });
    for (const std::size_t x : lost) {
      ++stamp[x];  // its offer is void, whatever it offers now
      offered[x].reset();
      reoffer(x);
    }
    for (const auto& [s, x] : scored)
      if (!std::binary_search(lost.begin(), lost.end(), x)) offer_if_better(x, Link{s, a, a});
    reoffer(a);
  }
  // A source that dates a happening differently from the others: a cluster of one document's
  // mentions joins a cluster of several other documents when everything but the date says
  // they are one happening, and the dates are near; the event then holds a date conflict.
  // Candidates by family and rare word, whatever their dates.
  auto doc_count = [](const Profile& p) { return p.docs.size(); };
  auto top_words = [&](const Profile& p) {
    std::vector<std::pair<double, int>> ranked;
    for (const auto& [w, v] : p.words) ranked.emplace_back(-v, w);
    std::sort(ranked.begin(), ranked.end());
    if (ranked.size() > 5) ranked.resize(5);
    return ranked;
  };
  std::map<std::pair<int, int>, std::vector<std::size_t>> by_word;
  for (std::size_t y = 0; y < clusters.size(); ++y)
    if (clusters[y].alive && doc_count(clusters[y]) >= 2)
      for (const auto& [f, c] : clusters[y].families)
        for (const auto& [v, w] : top_words(clusters[y])) by_word[{f, w}].push_back(y);
  // And by the family with the agent.
  std::map<std::pair<int, int>, std::vector<std::size_t>> by_agent;
  for (std::size_t y = 0; y < clusters.size(); ++y)
    if (clusters[y].alive && doc_count(clusters[y]) >= 2)
      for (const auto& [fa, c] : clusters[y].family_agents)
        if (fa.second >= 0) by_agent[fa].push_back(y);
  // Each document's part of a cluster is a piece; a piece that fits another cluster much
  // better than its own, but for a date one field off, moves there.
  auto build = [&](const std::vector<std::size_t>& members) { return build_profile(items, members); };
  constexpr std::size_t kMaxPieces = 40;  // larger clusters are settled
  for (std::size_t x = 0; x < clusters.size(); ++x) {
    if (!clusters[x].alive || clusters[x].members.size() > kMaxPieces) continue;
    std::map<std::uint32_t, std::vector<std::size_t>> by_doc;
    for (const std::size_t k : clusters[x].members) by_doc[items[k].ref.doc].push_back(k);
    for (const auto& [doc, members] : by_doc) {
      if (!clusters[x].alive) break;
      const Profile piece = build(members);
      double own = -1e18;
      std::vector<std::size_t> rest;
      for (const std::size_t k : clusters[x].members)
        if (items[k].ref.doc != doc) rest.push_back(k);
      if (!rest.empty()) own = scorer.average(piece, build(rest), false) + weights.reassign;
      // A key that many events share tells too little, as for the pairs above.
      std::vector<std::size_t> candidates;  // in cluster order, each once
      auto add = [&](const std::vector<std::size_t>& list) {
        if (list.size() <= kMaxBucket) candidates.insert(candidates.end(), list.begin(), list.end());
      };
      const auto piece_words = top_words(piece);
      for (const auto& [f, c] : piece.families)
        for (const auto& [v, w] : piece_words)
          if (const auto it = by_word.find({f, w}); it != by_word.end()) add(it->second);
      for (const auto& [fa, c] : piece.family_agents)
        if (const auto it = by_agent.find(fa); it != by_agent.end()) add(it->second);
      std::sort(candidates.begin(), candidates.end());
      candidates.erase(std::unique(candidates.begin(), candidates.end()), candidates.end());
      double best_score = std::max(weights.outlier, own);
      std::size_t best = SIZE_MAX;
      for (const std::size_t y : candidates) {
        const Profile& many = clusters[y];
        if (!many.alive || y == x) continue;
        const bool same_doc = std::binary_search(many.docs.begin(), many.docs.end(), doc);
        if (same_doc || doc_count(many) < 2 || !scorer.near(piece, many) || Scorer::two_days(piece, many)) continue;
        const double score = scorer.average(piece, many, false);
        if (score > best_score || (score == best_score && best != SIZE_MAX && many.order < clusters[best].order))
          best_score = score, best = y;
      }
      if (best == SIZE_MAX) continue;
      absorb(clusters[best], piece);
      if (rest.empty()) {
        clusters[x].alive = false;
      } else {
        clusters[x] = build(rest);
      }
    }
  }
  // A day whose clause names no action the lexicon knows ("On March 18, Brinkerhoff spent six
  // hours before the committee") joins the event of that day that its actors and words fit
  // best, when one fits by a clear margin; otherwise it stays off the timeline.
  {
    // The day, month and year a date lies within, as keys.
    auto periods = [](const Interval& when, auto emit) {
      const Date a = civil_from_days(when.first), b = civil_from_days(when.last);
      if (when.width() == 1) emit(when.first);
      if (a.year == b.year && a.month == b.month) emit(kMonthKey + a.year * 12 + a.month);
      if (a.year == b.year) emit(kYearKey + a.year);
    };
    // The period a date names: its day, its month or its year.
    auto period = [](const Interval& when) -> std::optional<long> {
      const Date a = civil_from_days(when.first), b = civil_from_days(when.last);
      if (when.width() == 1) return when.first;
      if (a.day == 1 && b.year == a.year && b.month == a.month && b.day == days_in_month(b.year, b.month))
        return kMonthKey + a.year * 12 + a.month;
      if (a.day == 1 && a.month == 1 && b.year == a.year && b.month == 12 && b.day == 31) return kYearKey + a.year;
      return std::nullopt;
    };
    std::unordered_map<long, std::vector<std::size_t>> within;  // clusters with a member dated within that period
    for (std::size_t y = 0; y < clusters.size(); ++y)
      if (clusters[y].alive)
        for (const auto& [when, c] : clusters[y].dates)
          periods(when, [&](long key) {
            auto& list = within[key];
            if (list.empty() || list.back() != y) list.push_back(y);
          });
    // A length or day counted from a happening its text does not date ("three days after the
    // derailment", "the day after the ruling") counts from the event of that type in its story
    // (else of that family), when one has at least twice the mentions of any other; it then
    // joins an event of the day it gives, as a date with no known action does.
    std::unordered_set<std::uint64_t> late;  // (document << 32 | mention) of those dated here
    {
      auto top = [](const auto& counts) {
        int best = -1, highest = 0;
        for (const auto& [k, c] : counts)
          if (c > highest || (c == highest && k < best)) best = k, highest = c;
        return best;
      };
      // The event's day: the one most of its members give.
      auto day_of_cluster = [](const Profile& p) -> std::optional<long> {
        std::optional<long> day;
        int highest = 0;
        for (const auto& [when, c] : p.dates)
          if (when.width() == 1 && (c > highest || (c == highest && when.first < *day))) day = when.first, highest = c;
        return day;
      };
      std::unordered_map<int, std::vector<std::size_t>> by_type, by_family;
      for (std::size_t y = 0; y < clusters.size(); ++y)
        if (clusters[y].alive) by_type[top(clusters[y].types)].push_back(y), by_family[top(clusters[y].families)].push_back(y);
      for (std::uint32_t d = 0; d < documents.size(); ++d)
        for (std::uint32_t i = 0; i < documents[d].mentions.size(); ++i) {
          Mention& m = documents[d].mentions[i];
          if (m.anchor_type.empty() || m.derived || (m.kind != MentionKind::kDuration && m.kind != MentionKind::kUnresolved)) continue;
          const FoundTimex& f = documents[d].found[m.timex];
          const bool day_of = f.how == Resolve::kAnaphoric;
          if (!day_of && m.kind != MentionKind::kDuration) continue;
          std::optional<long> from;
          for (const auto& [index, key] : {std::make_pair(&by_type, "type:" + m.anchor_type), std::make_pair(&by_family, "family:" + m.anchor_group)}) {
            const auto id_it = ids.find(key);
            if (id_it == ids.end()) continue;
            const auto list = index->find(id_it->second);
            if (list == index->end()) continue;
            std::size_t largest = 0, next = 0;
            std::optional<long> best_day;
            for (const std::size_t y : list->second) {
              const Profile& p = clusters[y];
              if (!intersect(story[d], p.story) && !Scorer::share_names(shared_names[d], p.names)) continue;
              const auto day = day_of_cluster(p);
              if (!day) continue;
              if (p.members.size() > largest) next = largest, largest = p.members.size(), best_day = day;
              else next = std::max(next, p.members.size());
            }
            if (best_day && largest >= 2 * next) {
              from = best_day;
              break;
            }
            if (best_day) break;  // an event of that type, but not one clearly
          }
          if (!from) continue;
          const std::string v = counted_from_anchor(to_iso(civil_from_days(*from)), f, documents[d].timexes[m.timex].value);
          if (v.empty()) continue;
          m.value = v;
          m.mod.clear();
          m.derived = true;
          m.anaphoric = true;  // a slip is the link's, not the source's date
          m.kind = MentionKind::kUntyped;
          late.insert((static_cast<std::uint64_t>(d) << 32) | i);
        }
    }
    const int untyped_family = id("family:other");
    for (std::uint32_t d = 0; d < documents.size(); ++d)
      for (std::uint32_t i = 0; i < documents[d].mentions.size(); ++i) {
        Mention& m = documents[d].mentions[i];
        long f = 0, l = 0;
        if (m.kind != MentionKind::kUntyped || !mention_interval(m, f, l)) continue;
        // Dated from an event here: a typed one that joins no event is an event of its own.
        const bool typed_late = late.count((static_cast<std::uint64_t>(d) << 32) | i) && m.group != "other";
        auto alone = [&] {
          if (!typed_late) return;
          m.kind = MentionKind::kEvent;
          items.push_back(item_of(d, i, f, l, id("family:" + m.group), id("type:" + m.type)));
          clusters.push_back(build_profile(items, {items.size() - 1}));
        };
        const auto key = period({f, l});
        const auto day = key ? within.find(*key) : within.end();
        if (day == within.end() || day->second.size() > kMaxBucket) {
          alone();
          continue;
        }
        Item item = item_of(d, i, f, l, untyped_family, -1);
        for (const auto& a : m.actors)
          if (const auto it = ids.find("actor:" + a); it != ids.end()) item.actors.push_back(it->second);
        std::sort(item.actors.begin(), item.actors.end());
        item.actors.erase(std::unique(item.actors.begin(), item.actors.end()), item.actors.end());
        item.story = &story[d];
        item.names = &shared_names[d];
        std::vector<int> words;  // those the event mentions use: no other word can match
        for (const auto& w : m.keywords)
          if (const auto it = word_ids.find(w); it != word_ids.end()) words.push_back(it->second);
        std::sort(words.begin(), words.end());
        words.erase(std::unique(words.begin(), words.end()), words.end());
        item.words = unit_vector(words);
        items.push_back(std::move(item));
        const std::size_t k = items.size() - 1;
        const Profile one = build_profile(items, {k});
        double best_score = -1e18, second = -1e18;
        std::size_t best = SIZE_MAX;
        for (const std::size_t y : day->second) {
          const Profile& many = clusters[y];
          if (!many.alive) continue;
          // Its document dates this event otherwise: not the same happening.
          const auto own = std::lower_bound(many.places.begin(), many.places.end(), d,
                                            [](const Profile::Place& p, std::uint32_t doc) { return p.doc < doc; });
          bool other_day = false;
          for (auto p = own; p != many.places.end() && p->doc == d; ++p) other_day = other_day || !nest(p->when, Interval{f, l});
          if (other_day) continue;
          const double score = scorer.attach(one, many);
          if (score > best_score || (score == best_score && many.order < clusters[best].order)) {
            second = best_score;
            best_score = score, best = y;
          } else {
            second = std::max(second, score);
          }
        }
        if (best == SIZE_MAX || best_score < weights.attach_min || best_score - second < weights.attach_margin) {
          items.pop_back();
          alone();
          continue;
        }
        absorb(clusters[best], one);
        m.kind = MentionKind::kEvent;
        m.attached = true;
      }
  }
  // Events from the clusters.
  std::vector<Event> out;
  for (const Profile& cluster : clusters) {
    if (!cluster.alive || cluster.members.empty()) continue;
    std::vector<const Item*> placed;
    for (const std::size_t k : cluster.members) placed.push_back(&items[k]);
    std::sort(placed.begin(), placed.end(), [](const Item* a, const Item* b) { return a->order < b->order; });
    Event e;
    // The finest date that at least half the members agree with; else the one most agree with.
    // Members that share a date count once, with their number.
    struct Dated {
      Interval when;
      const std::string* value;
      std::size_t count;
    };
    std::vector<Dated> dated;  // in the order of first use
    std::size_t voters = 0;
    {
      std::map<std::pair<Interval, std::string_view>, std::size_t> at;
      for (const Item* x : placed) {
        if (x->m->attached) continue;  // attached for being of its period: no vote
        ++voters;
        const auto [it, inserted] = at.try_emplace({x->when, x->m->value}, dated.size());
        if (inserted) dated.push_back({x->when, &x->m->value, 0});
        ++dated[it->second].count;
      }
    }
    std::string date;
    std::size_t best_support = 0;
    bool best_majority = false;
    for (const Dated& x : dated) {
      std::size_t support = 0;
      for (const Dated& o : dated) support += nest(x.when, o.when) ? o.count : 0;
      const bool majority = 2 * support >= voters;
      const std::string& v = *x.value;
      const bool finer = interval_width(v) < interval_width(date);
      if (date.empty() || (majority && !best_majority) ||
          (majority == best_majority && (majority ? (finer || (interval_width(v) == interval_width(date) && support > best_support))
                                                  : (support > best_support || (support == best_support && finer)))))
        best_support = support, best_majority = majority, date = v;
    }
    e.date = date;
    e.granularity = value_granularity(date);
    // Sources give dates that cannot all be true when the dates they claim themselves are apart.
    // Each firm date once, with one of its documents and whether it has others.
    // A date whose year is guessed ("December 5" in an undated text) disagrees only with
    // dates of the year it was given.
    struct Claimed {
      Interval when;
      std::uint32_t doc;
      bool several_docs;
      bool year_guessed;
    };
    std::vector<Claimed> claimed;
    {
      std::map<std::pair<Interval, bool>, std::size_t> at;
      for (const Item* x : placed) {
        const bool guessed = !firm_date(*x->m) && firm_but_year(*x->m);
        if ((!firm_date(*x->m) && !guessed) || x->m->attached) continue;
        const auto [it, inserted] = at.try_emplace({x->when, guessed}, claimed.size());
        if (inserted) claimed.push_back({x->when, x->ref.doc, false, guessed});
        else if (claimed[it->second].doc != x->ref.doc) claimed[it->second].several_docs = true;
      }
    }
    const auto year = [](const Interval& i) { return civil_from_days(i.first).year; };
    for (std::size_t i = 0; i < claimed.size() && e.dates_agree; ++i)
      for (std::size_t j = i + 1; j < claimed.size(); ++j) {
        const Claimed& x = claimed[i];
        const Claimed& o = claimed[j];
        if ((x.year_guessed || o.year_guessed) && (x.year_guessed == o.year_guessed || year(x.when) != year(o.when))) continue;
        if ((x.doc != o.doc || x.several_docs || o.several_docs) &&
            !dates_compatible(x.when.first, x.when.last, o.when.first, o.when.last))
          e.dates_agree = false;
      }
    // Type: the most frequent among members; ties go to the type of the best-read mention.
    std::map<std::string, int> type_count, type_quality;
    for (const Item* x : placed) {
      if (x->m->attached) continue;  // attached: its words name no action here
      ++type_count[x->m->type];
      type_quality[x->m->type] = std::max(type_quality.count(x->m->type) ? type_quality[x->m->type] : -100, x->m->quality);
    }
    e.type = std::max_element(type_count.begin(), type_count.end(), [&](auto& a, auto& b) {
               return std::tie(a.second, type_quality[a.first]) < std::tie(b.second, type_quality[b.first]);
             })->first;
    const Mention* best = nullptr;
    auto rank = [&](const Mention& m) {
      return (m.type == e.type ? 100 : 0) + (values_nest(m.value, date) ? 50 : 0) + (m.value == date ? 25 : 0) + m.quality;
    };
    for (const Item* x : placed)
      if (!best || rank(*x->m) > rank(*best)) best = x->m;
    e.group = best->group;
    e.summary = best->summary;
    e.inferred = true;
    std::set<std::string_view> named;
    for (const Item* x : placed)
      if (!x->m->agent.empty() && named.insert(x->m->agent).second) e.actors.push_back(x->m->agent);
    for (const Item* x : placed)
      for (const auto& a : x->m->actors)
        if (named.insert(a).second) e.actors.push_back(a);
    // Members are in corpus order: a document's mentions stand together.
    for (const Item* x : placed) {
      if (e.mentions.empty() || e.mentions.back().doc != x->ref.doc) e.sources.push_back(documents[x->ref.doc].doc);
      e.inferred = e.inferred && x->m->inferred;
      e.mentions.push_back(x->ref);
    }
    out.push_back(std::move(e));
  }
  std::stable_sort(out.begin(), out.end(), [](const Event& a, const Event& b) {
    long af = 0, al = 0, bf = 0, bl = 0;
    value_interval(a.date, af, al);
    value_interval(b.date, bf, bl);
    return std::tie(af, al) < std::tie(bf, bl);
  });
  // Stable, readable ids: date, type, and a number when both repeat.
  std::map<std::string, int> seen;
  for (auto& e : out) {
    const std::string base = fmt::format("{}-{}", e.date, e.type);
    const int n = ++seen[base];
    e.id = n == 1 ? base : fmt::format("{}-{}", base, n);
  }
  return out;
}

}  // namespace kban
