// Alignment: mentions from different sources that describe one happening become one event.
#include <fmt/format.h>

#include <algorithm>
#include <climits>
#include <cmath>
#include <tuple>
#include <map>
#include <set>
#include <unordered_map>

#include "reduce/align.hpp"

#include <functional>

namespace kban {

namespace {

// A mention that can be placed on the timeline, and where it is.
struct Item {
  const Mention* m;
  MentionRef ref;
};

// How many of a cluster's mentions a newcomer is compared with: the first ones are the most
// precise, and comparing with all would make alignment quadratic on large corpora.
constexpr std::size_t kProfile = 12;

struct Cluster {
  std::vector<std::size_t> members;  // indices into the event mentions
  long first = 0, last = 0;          // the narrowest interval all agreeing mentions share
  bool conflicted = false;
  std::vector<int> groups;           // groups of its mentions, for a quick reject
};

long width(const std::string& v) {
  long f = 0, l = 0;
  return value_interval(v, f, l) ? l - f : LONG_MAX;
}

// Keywords as sorted ids with their rarity weights, so overlaps are a merge of two lists.
struct KeywordSets {
  std::vector<std::vector<int>> ids;  // per mention, sorted
  std::vector<double> weight;         // per keyword id
};

KeywordSets index_keywords(const std::vector<Item>& mentions) {
  KeywordSets k;
  std::unordered_map<std::string, int> id_of;
  std::vector<int> df;
  for (const Item& item : mentions) {
    const Mention& m = *item.m;
    std::vector<int> ids;
    for (const auto& w : m.keywords) {
      auto [it, inserted] = id_of.emplace(w, static_cast<int>(df.size()));
      if (inserted) df.push_back(0);
      ids.push_back(it->second);
    }
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    for (int id : ids) ++df[static_cast<std::size_t>(id)];
    k.ids.push_back(std::move(ids));
  }
  // Keywords that many mentions share ("Kaspersky") say little: weight by rarity.
  for (int n : df) k.weight.push_back(std::log(1.0 + static_cast<double>(mentions.size()) / n));
  return k;
}

// Weighted Jaccard overlap of two mentions' keywords.
double overlap(const KeywordSets& k, std::size_t a, std::size_t b) {
  const auto& x = k.ids[a];
  const auto& y = k.ids[b];
  double shared = 0, total = 0;
  std::size_t i = 0, j = 0;
  while (i < x.size() || j < y.size()) {
    if (j == y.size() || (i < x.size() && x[i] < y[j])) {
      total += k.weight[static_cast<std::size_t>(x[i++])];
    } else if (i == x.size() || y[j] < x[i]) {
      total += k.weight[static_cast<std::size_t>(y[j++])];
    } else {
      const double w = k.weight[static_cast<std::size_t>(x[i])];
      shared += w, total += w;
      ++i, ++j;
    }
  }
  return total > 0 ? shared / total : 0;
}

// The fields alignment compares, as small integers: comparing names over and over would
// dominate on large corpora.
struct Interned {
  std::vector<int> group, type, agent;  // per mention; agent -1 when unknown
  std::vector<std::vector<int>> actors;  // per mention, sorted
  int statement = -1, other = -1;        // ids of those groups
};

Interned intern(const std::vector<Item>& mentions) {
  Interned in;
  std::unordered_map<std::string, int> ids;
  auto id = [&](const std::string& name) { return ids.emplace(name, static_cast<int>(ids.size())).first->second; };
  in.statement = id("statement");
  in.other = id("other");
  for (const Item& item : mentions) {
    const Mention& m = *item.m;
    in.group.push_back(id(m.group));
    in.type.push_back(id("type:" + m.type));
    in.agent.push_back(m.agent.empty() ? -1 : id(m.agent));
    std::vector<int> actors;
    for (const auto& a : m.actors) actors.push_back(id(a));
    std::sort(actors.begin(), actors.end());
    in.actors.push_back(std::move(actors));
  }
  return in;
}

bool has(const std::vector<int>& sorted, int x) { return std::binary_search(sorted.begin(), sorted.end(), x); }

// How strongly mention `mi` belongs with a cluster; negative when it cannot.
double affinity(const std::vector<Item>& all, const Interned& in, const KeywordSets& keywords, std::size_t mi,
                const Cluster& c) {
  const int group = in.group[mi], agent = in.agent[mi];
  if (group == in.other) return -1;
  const std::size_t n = std::min(c.members.size(), kProfile);
  bool same_group = std::find(c.groups.begin(), c.groups.end(), group) != c.groups.end();
  // A statement and the action it announces are one happening when the same actor is named
  // on the same day: "SkyLift said on Monday it would lay off 500" and "SkyLift will cut 500
  // jobs, the company said on July 21".
  if (!same_group && all[mi].m->value.size() == 10 && agent >= 0) {
    for (std::size_t k = 0; k < n; ++k) {
      const std::size_t o = c.members[k];
      if ((in.group[o] == in.statement) != (group == in.statement) && in.agent[o] == agent && all[o].m->value == all[mi].m->value)
        same_group = true;
    }
  }
  if (!same_group) return -1;
  bool same_type = false, agent_match = false, agent_clash = false, agent_linked = false, same_day = false;
  double best_overlap = 0;
  for (std::size_t k = 0; k < n; ++k) {
    const std::size_t o = c.members[k];
    same_type = same_type || in.type[o] == in.type[mi];
    // Agents: the same one binds; two different ones keep happenings apart, unless one of them
    // stands among the other's actors ("military systems followed suit" after a law on them).
    const int other_agent = in.agent[o];
    if (agent >= 0 && other_agent >= 0) {
      if (agent == other_agent) agent_match = true;
      else if (!has(in.actors[o], agent) && !has(in.actors[mi], other_agent)) agent_clash = true;
    }
    if (agent >= 0 && agent != other_agent && has(in.actors[o], agent)) agent_linked = true;
    if (other_agent >= 0 && other_agent != agent && has(in.actors[mi], other_agent)) agent_linked = true;
    // The same day named by two sources for actions of one kind is strong evidence.
    same_day = same_day || (all[mi].m->value.size() == 10 && all[o].m->value == all[mi].m->value);
    best_overlap = std::max(best_overlap, overlap(keywords, mi, o));
  }
  if (agent_clash && !agent_match) return -1;
  double score = same_type ? 2 : 1;
  if (agent_match) score += 3;
  else if (agent_linked) score += 2;
  if (same_day) score += 1;
  return score + 4 * best_overlap;
}

// Clusters by group and by the month or year they fall in, so a mention is compared only
// with clusters it can join. Mentions are placed most precise first, so a cluster's interval
// never narrows after it is indexed.
class ClusterIndex {
 public:
  void add(std::size_t c, int group, long first, long last) {
    const Date a = civil_from_days(first), b = civil_from_days(last);
    if (a.year == b.year && a.month == b.month) buckets_[key(group, 0, a.year * 12 + a.month)].push_back(c);
    else if (a.year == b.year) buckets_[key(group, 1, a.year)].push_back(c);
    else buckets_[key(group, 2, 0)].push_back(c);
  }
  template <typename Visit>
  void candidates(int group, long first, long last, Visit visit) const {
    const Date a = civil_from_days(first), b = civil_from_days(last);
    auto each = [&](long k) {
      if (const auto it = buckets_.find(k); it != buckets_.end())
        for (std::size_t c : it->second) visit(c);
    };
    for (int m = a.year * 12 + a.month; m <= b.year * 12 + b.month; ++m) each(key(group, 0, m));
    for (int y = a.year; y <= b.year; ++y) each(key(group, 1, y));
    each(key(group, 2, 0));
  }

 private:
  static long key(int group, int level, int when) { return (static_cast<long>(group) * 4 + level) * 1000000L + when; }
  std::unordered_map<long, std::vector<std::size_t>> buckets_;
};

}  // namespace

std::vector<Event> align_events(const std::vector<DocumentExtract>& documents) {
  std::vector<Item> events;
  for (std::uint32_t d = 0; d < documents.size(); ++d)
    for (std::uint32_t i = 0; i < documents[d].mentions.size(); ++i) {
      const Mention& m = documents[d].mentions[i];
      long f = 0, l = 0;
      if (m.kind == MentionKind::kEvent && value_interval(m.value, f, l)) events.push_back(Item{&m, MentionRef{d, i}});
    }
  // Precise dates first, so vaguer mentions join the events they narrow down to.
  std::stable_sort(events.begin(), events.end(), [](const Item& a, const Item& b) { return width(a.m->value) < width(b.m->value); });
  const KeywordSets keywords = index_keywords(events);
  const Interned in = intern(events);
  std::vector<Cluster> clusters;
  std::vector<std::size_t> visited;  // the last mention that considered each cluster
  ClusterIndex index;
  std::unordered_map<std::string, std::vector<std::size_t>> by_agent_day;  // clusters by agent and day
  auto agent_day = [&](std::size_t mi) { return std::to_string(in.agent[mi]) + "@" + events[mi].m->value; };
  for (std::size_t mi = 0; mi < events.size(); ++mi) {
    long f = 0, l = 0;
    value_interval(events[mi].m->value, f, l);
    std::vector<std::pair<std::size_t, double>> candidates;
    auto consider = [&](std::size_t c) {
      const Cluster& cl = clusters[c];
      if (!intervals_nest(f, l, cl.first, cl.last)) return;
      if (visited.size() <= c) visited.resize(clusters.size(), SIZE_MAX);
      if (visited[c] == mi) return;  // reached through two indexes
      visited[c] = mi;
      const double score = affinity(events, in, keywords, mi, cl);
      if (score >= 0) candidates.emplace_back(c, score);
    };
    index.candidates(in.group[mi], f, l, consider);
    // A statement can join the action it announces (same agent, same day), in another group.
    if (in.agent[mi] >= 0 && events[mi].m->value.size() == 10)
      if (const auto it = by_agent_day.find(agent_day(mi)); it != by_agent_day.end())
        for (std::size_t c : it->second) consider(c);
    int best = -1;
    double best_score = 2.0;  // the least affinity that merges
    for (const auto& [c, score] : candidates) {
      // The only happening of its kind at that date is likely the one meant.
      const double total = score + (candidates.size() == 1 ? 1.0 : 0.0);
      if (total >= best_score) best_score = total, best = static_cast<int>(c);
    }
    std::size_t placed = clusters.size();
    if (best >= 0) {
      placed = static_cast<std::size_t>(best);
      Cluster& c = clusters[placed];
      c.first = std::max(c.first, f);
      c.last = std::min(c.last, l);
      c.members.push_back(mi);
      if (std::find(c.groups.begin(), c.groups.end(), in.group[mi]) == c.groups.end()) {
        c.groups.push_back(in.group[mi]);
        index.add(placed, in.group[mi], c.first, c.last);
      }
    } else {
      index.add(placed, in.group[mi], f, l);
      clusters.push_back(Cluster{{mi}, f, l, false, {in.group[mi]}});
    }
    if (in.agent[mi] >= 0 && events[mi].m->value.size() == 10) {
      auto& list = by_agent_day[agent_day(mi)];
      if (std::find(list.begin(), list.end(), placed) == list.end()) list.push_back(placed);
    }
  }
  // A source that dates a happening differently from the others: the same type and agent, a
  // date that cannot agree, and no other mention of that happening in the same source.
  std::unordered_map<std::string, std::vector<std::size_t>> by_agent_type;
  for (std::size_t c = 0; c < clusters.size(); ++c)
    for (std::size_t k = 0; k < std::min(clusters[c].members.size(), kProfile); ++k) {
      const Mention& x = *events[clusters[c].members[k]].m;
      if (!x.agent.empty()) by_agent_type[x.agent + "\n" + x.type].push_back(c);
    }
  for (std::size_t c = 0; c < clusters.size(); ++c) {
    if (clusters[c].members.size() != 1) continue;
    const std::size_t mi = clusters[c].members.front();
    const Mention& m = *events[mi].m;
    if (m.agent.empty()) continue;
    int best = -1;
    // Same type and agent give 5; the clause's words must also overlap (by an eighth at
    // least), or any two actions of one company on different days would count as one.
    double best_score = 5.5;
    for (std::size_t o : by_agent_type[m.agent + "\n" + m.type]) {
      if (o == c || clusters[o].members.size() < 2) continue;
      const bool same_doc = std::any_of(clusters[o].members.begin(), clusters[o].members.end(),
                                        [&](std::size_t x) { return events[x].ref.doc == events[mi].ref.doc; });
      if (same_doc) continue;
      const double score = affinity(events, in, keywords, mi, clusters[o]);
      if (score >= best_score) best_score = score, best = static_cast<int>(o);
    }
    if (best >= 0) {
      clusters[static_cast<std::size_t>(best)].members.push_back(mi);
      clusters[static_cast<std::size_t>(best)].conflicted = true;
      clusters[c].members.clear();
    }
  }
  std::vector<Event> out;
  for (auto& cluster : clusters) {
    if (cluster.members.empty()) continue;
    Event e;
    std::vector<Item> placed;
    for (std::size_t mi : cluster.members) placed.push_back(events[mi]);
    std::sort(placed.begin(), placed.end(), [](const Item& a, const Item& b) {
      return std::tie(a.ref.doc, a.m->evidence.start) < std::tie(b.ref.doc, b.m->evidence.start);
    });
    std::vector<std::reference_wrapper<const Mention>> members;
    for (const Item& item : placed) members.emplace_back(*item.m);
    // The date most mentions agree with; the most precise among ties.
    std::string date;
    std::size_t best_support = 0;
    for (const Mention& m : members) {
      std::size_t support = 0;
      for (const Mention& o : members) support += values_nest(m.value, o.value);
      if (support > best_support || (support == best_support && width(m.value) < width(date))) best_support = support, date = m.value;
    }
    e.date = date;
    e.granularity = value_granularity(date);
    e.dates_agree = !cluster.conflicted;
    // Type: the most frequent among members; summary: the best-read mention of that type.
    // Ties go to the type of the best-read mention.
    std::map<std::string, int> type_count, type_quality;
    for (const Mention& m : members) {
      ++type_count[m.type];
      type_quality[m.type] = std::max(type_quality.count(m.type) ? type_quality[m.type] : -100, m.quality);
    }
    e.type = std::max_element(type_count.begin(), type_count.end(), [&](auto& a, auto& b) {
               return std::tie(a.second, type_quality[a.first]) < std::tie(b.second, type_quality[b.first]);
             })->first;
    // The summary comes from a mention of the event's type whose date agrees with the event's.
    const Mention* best = nullptr;
    auto rank = [&](const Mention& m) {
      return (m.type == e.type ? 100 : 0) + (values_nest(m.value, date) ? 50 : 0) + m.quality;
    };
    for (const Mention& m : members)
      if (!best || rank(m) > rank(*best)) best = &m;
    e.group = best->group;
    e.summary = best->summary;
    e.inferred = true;
    // Actors: those who acted first, then the others named with the action.
    for (const Mention& m : members)
      if (!m.agent.empty() && std::find(e.actors.begin(), e.actors.end(), m.agent) == e.actors.end()) e.actors.push_back(m.agent);
    for (const Mention& m : members)
      for (const auto& a : m.actors)
        if (std::find(e.actors.begin(), e.actors.end(), a) == e.actors.end()) e.actors.push_back(a);
    for (const Item& item : placed) {
      const std::string& doc = documents[item.ref.doc].doc;
      if (std::find(e.sources.begin(), e.sources.end(), doc) == e.sources.end()) e.sources.push_back(doc);
      e.inferred = e.inferred && item.m->inferred;
      e.mentions.push_back(item.ref);
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
