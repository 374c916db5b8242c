// Alignment: mentions from different sources that describe one happening become one event.
#include <fmt/format.h>

#include <algorithm>
#include <climits>
#include <cmath>
#include <tuple>
#include <map>
#include <set>

#include "kban/events.hpp"

namespace kban {

namespace {

bool digits(const std::string& s, std::size_t from, std::size_t count) {
  if (s.size() < from + count) return false;
  for (std::size_t i = from; i < from + count; ++i)
    if (s[i] < '0' || s[i] > '9') return false;
  return true;
}

}  // namespace

bool value_interval(const std::string& v, long& first, long& last) {
  if (!digits(v, 0, 3)) return false;
  if (v.size() == 3) {  // decade "199"
    const int y = std::stoi(v) * 10;
    first = days_from_civil({y, 1, 1}), last = days_from_civil({y + 9, 12, 31});
    return true;
  }
  if (v.size() == 2 && digits(v, 0, 2)) {  // century "19"
    const int y = std::stoi(v) * 100;
    first = days_from_civil({y, 1, 1}), last = days_from_civil({y + 99, 12, 31});
    return true;
  }
  if (!digits(v, 0, 4)) return false;
  const int y = std::stoi(v.substr(0, 4));
  if (v.size() == 4) {
    first = days_from_civil({y, 1, 1}), last = days_from_civil({y, 12, 31});
    return true;
  }
  if (v.size() >= 7 && v[4] == '-' && digits(v, 5, 2)) {
    const int m = std::stoi(v.substr(5, 2));
    if (v.size() >= 10 && v[7] == '-' && digits(v, 8, 2)) {
      const auto d = parse_iso_date(v.substr(0, 10));
      if (!d) return false;
      first = last = days_from_civil(*d);
      return true;
    }
    if (v.size() == 7 && m >= 1 && m <= 12) {
      first = days_from_civil({y, m, 1}), last = days_from_civil({y, m, days_in_month(y, m)});
      return true;
    }
  }
  if (v.size() >= 7 && v[4] == '-') {
    const std::string part = v.substr(5);
    int from_month = 0, months = 0;
    if (part[0] == 'Q' && part.size() == 2) from_month = (part[1] - '1') * 3 + 1, months = 3;
    else if (part[0] == 'H' && part.size() == 2) from_month = (part[1] - '1') * 6 + 1, months = 6;
    else if (part == "SP") from_month = 3, months = 3;
    else if (part == "SU") from_month = 6, months = 3;
    else if (part == "FA") from_month = 9, months = 3;
    else if (part == "WI") from_month = 12, months = 3;
    else if (part[0] == 'W' && digits(part, 1, 2)) {
      const Date monday = iso_week_monday(y, std::stoi(part.substr(1, 2)));
      first = days_from_civil(monday), last = first + 6;
      return true;
    }
    if (months) {
      const Date start{y, from_month, 1};
      first = days_from_civil(start);
      last = days_from_civil(add_months(start, months)) - 1;
      return true;
    }
  }
  return false;
}

std::string value_granularity(const std::string& v) {
  if (v.size() == 2) return "century";
  if (v.size() == 3) return "decade";
  if (v.size() == 4) return "year";
  if (v.size() == 7 && v[5] == 'Q') return "quarter";
  if (v.size() == 7 && v[5] == 'H') return "half";
  if (v.size() == 7 && (v[5] == 'S' || v[5] == 'F' || v[5] == 'W') && v[6] != '0' && !std::isdigit(static_cast<unsigned char>(v[6])))
    return "season";
  if (v.size() == 8 && v[5] == 'W') return "week";
  if (v.size() == 7) return "month";
  if (v.size() > 10) return "time";
  return "day";
}

namespace {

struct Cluster {
  std::vector<Mention> mentions;
  long first = 0, last = 0;  // the narrowest interval all agreeing mentions share
  bool conflicted = false;
};

long width(const std::string& v) {
  long f = 0, l = 0;
  return value_interval(v, f, l) ? l - f : LONG_MAX;
}

double keyword_overlap(const Mention& a, const std::vector<Mention>& others, const std::map<std::string, double>& idf) {
  double best = 0;
  for (const Mention& b : others) {
    double shared = 0, total = 0;
    std::set<std::string> kb(b.keywords.begin(), b.keywords.end());
    for (const auto& w : a.keywords) {
      const double weight = idf.count(w) ? idf.at(w) : 1.0;
      total += weight;
      if (kb.count(w)) shared += weight;
    }
    for (const auto& w : b.keywords)
      if (std::find(a.keywords.begin(), a.keywords.end(), w) == a.keywords.end()) total += idf.count(w) ? idf.at(w) : 1.0;
    if (total > 0) best = std::max(best, shared / total);
  }
  return best;
}

// How strongly a mention belongs with a cluster; negative when it cannot.
double affinity(const Mention& m, const Cluster& c, const std::map<std::string, double>& idf) {
  double score = 0;
  bool same_type = false, same_group = false;
  for (const Mention& o : c.mentions) {
    same_type = same_type || o.type == m.type;
    same_group = same_group || o.group == m.group;
  }
  // A statement and the action it announces are one happening when the same actor is named
  // on the same day: "SkyLift said on Monday it would lay off 500" and "SkyLift will cut 500
  // jobs, the company said on July 21".
  if (!same_group && m.value.size() == 10) {
    for (const Mention& o : c.mentions)
      if ((o.group == "statement") != (m.group == "statement") && !m.agent.empty() && o.agent == m.agent && o.value == m.value)
        same_group = true;
  }
  if (!same_group || m.group == "other") return -1;
  score += same_type ? 2 : 1;
  // Agents: the same one binds; two different ones keep happenings apart, unless one of them
  // stands among the other's actors ("military systems followed suit" after a law on them).
  bool agent_match = false, agent_clash = false;
  for (const Mention& o : c.mentions) {
    if (m.agent.empty() || o.agent.empty()) continue;
    if (m.agent == o.agent) agent_match = true;
    else if (std::find(o.actors.begin(), o.actors.end(), m.agent) == o.actors.end() &&
             std::find(m.actors.begin(), m.actors.end(), o.agent) == m.actors.end())
      agent_clash = true;
  }
  if (agent_clash && !agent_match) return -1;
  if (agent_match) score += 3;
  bool agent_linked = false;  // one side's agent stands among the other side's actors
  for (const Mention& o : c.mentions) {
    if (!m.agent.empty() && m.agent != o.agent && std::find(o.actors.begin(), o.actors.end(), m.agent) != o.actors.end())
      agent_linked = true;
    if (!o.agent.empty() && o.agent != m.agent && std::find(m.actors.begin(), m.actors.end(), o.agent) != m.actors.end())
      agent_linked = true;
  }
  if (agent_linked && !agent_match) score += 2;
  // The same day named by two sources for actions of one kind is strong evidence.
  for (const Mention& o : c.mentions)
    if (o.value == m.value && m.value.size() == 10) {
      score += 1;
      break;
    }
  score += 4 * keyword_overlap(m, c.mentions, idf);
  return score;
}

}  // namespace

std::vector<Event> align_events(std::vector<Mention> mentions) {
  std::vector<Mention> events;
  for (auto& m : mentions)
    if (m.kind == MentionKind::kEvent) events.push_back(std::move(m));
  // Keywords that many mentions share ("Kaspersky") say little: weight by rarity.
  std::map<std::string, double> idf;
  {
    std::map<std::string, int> df;
    for (const auto& m : events)
      for (const auto& w : std::set<std::string>(m.keywords.begin(), m.keywords.end())) ++df[w];
    for (const auto& [w, n] : df) idf[w] = std::log(1.0 + static_cast<double>(events.size()) / n);
  }
  // Precise dates first, so vaguer mentions join the events they narrow down to.
  std::stable_sort(events.begin(), events.end(), [](const Mention& a, const Mention& b) { return width(a.value) < width(b.value); });
  std::vector<Cluster> clusters;
  for (auto& m : events) {
    long f = 0, l = 0;
    if (!value_interval(m.value, f, l)) continue;
    int best = -1;
    double best_score = 2.0;  // the least affinity that merges
    std::vector<std::pair<std::size_t, double>> candidates;
    for (std::size_t c = 0; c < clusters.size(); ++c) {
      const bool contains = (f <= clusters[c].first && clusters[c].last <= l) || (clusters[c].first <= f && l <= clusters[c].last);
      if (!contains) continue;
      const double score = affinity(m, clusters[c], idf);
      if (score >= 0) candidates.emplace_back(c, score);
    }
    for (const auto& [c, score] : candidates) {
      // The only happening of its kind at that date is likely the one meant.
      const double total = score + (candidates.size() == 1 ? 1.0 : 0.0);
      if (total >= best_score) best_score = total, best = static_cast<int>(c);
    }
    if (best >= 0) {
      Cluster& c = clusters[static_cast<std::size_t>(best)];
      c.first = std::max(c.first, f);
      c.last = std::min(c.last, l);
      c.mentions.push_back(std::move(m));
    } else {
      clusters.push_back(Cluster{{std::move(m)}, f, l, false});
    }
  }
  // A source that dates a happening differently from the others: the same type and agent, a
  // date that cannot agree, and no other mention of that happening in the same source.
  for (std::size_t c = 0; c < clusters.size(); ++c) {
    if (clusters[c].mentions.size() != 1) continue;
    const Mention& m = clusters[c].mentions.front();
    if (m.agent.empty()) continue;
    int best = -1;
    double best_score = 5.0;
    for (std::size_t o = 0; o < clusters.size(); ++o) {
      if (o == c || clusters[o].mentions.empty()) continue;
      bool eligible = false, same_doc = false;
      for (const Mention& x : clusters[o].mentions) {
        eligible = eligible || (x.type == m.type && x.agent == m.agent);
        same_doc = same_doc || x.doc == m.doc;
      }
      if (!eligible || same_doc) continue;
      const double score = affinity(m, clusters[o], idf);
      if (score >= best_score && clusters[o].mentions.size() > 1) best_score = score, best = static_cast<int>(o);
    }
    if (best >= 0) {
      clusters[static_cast<std::size_t>(best)].mentions.push_back(clusters[c].mentions.front());
      clusters[static_cast<std::size_t>(best)].conflicted = true;
      clusters[c].mentions.clear();
    }
  }
  std::vector<Event> out;
  for (auto& c : clusters) {
    if (c.mentions.empty()) continue;
    Event e;
    std::sort(c.mentions.begin(), c.mentions.end(), [](const Mention& a, const Mention& b) {
      return std::tie(a.doc_index, a.start) < std::tie(b.doc_index, b.start);
    });
    // The date most mentions agree with; the most precise among ties.
    std::string date;
    std::size_t best_support = 0;
    for (const Mention& m : c.mentions) {
      long f = 0, l = 0;
      value_interval(m.value, f, l);
      std::size_t support = 0;
      for (const Mention& o : c.mentions) {
        long of = 0, ol = 0;
        value_interval(o.value, of, ol);
        support += (of <= f && l <= ol) || (f <= of && ol <= l);
      }
      if (support > best_support || (support == best_support && width(m.value) < width(date))) best_support = support, date = m.value;
    }
    e.date = date;
    e.granularity = value_granularity(date);
    e.dates_agree = !c.conflicted;
    // Type: the most frequent among mentions; summary: the best-read mention of that type.
    // Ties go to the type of the best-read mention.
    std::map<std::string, int> type_count, type_quality;
    for (const Mention& m : c.mentions) {
      ++type_count[m.type];
      type_quality[m.type] = std::max(type_quality.count(m.type) ? type_quality[m.type] : -100, m.quality);
    }
    e.type = std::max_element(type_count.begin(), type_count.end(), [&](auto& a, auto& b) {
               return std::tie(a.second, type_quality[a.first]) < std::tie(b.second, type_quality[b.first]);
             })->first;
    // The summary comes from a mention of the event's type whose date agrees with the event's.
    const Mention* best = nullptr;
    long ef = 0, el = 0;
    value_interval(date, ef, el);
    auto rank = [&](const Mention& m) {
      long f = 0, l = 0;
      value_interval(m.value, f, l);
      const bool agrees = (f <= ef && el <= l) || (ef <= f && l <= el);
      return (m.type == e.type ? 100 : 0) + (agrees ? 50 : 0) + m.quality;
    };
    for (const Mention& m : c.mentions)
      if (!best || rank(m) > rank(*best)) best = &m;
    e.group = best->group;
    e.summary = best->summary;
    e.inferred = true;
    // Actors: those who acted first, then the others named with the action.
    for (const Mention& m : c.mentions)
      if (!m.agent.empty() && std::find(e.actors.begin(), e.actors.end(), m.agent) == e.actors.end()) e.actors.push_back(m.agent);
    for (const Mention& m : c.mentions)
      for (const auto& a : m.actors)
        if (std::find(e.actors.begin(), e.actors.end(), a) == e.actors.end()) e.actors.push_back(a);
    for (const Mention& m : c.mentions) {
      if (std::find(e.sources.begin(), e.sources.end(), m.doc) == e.sources.end()) e.sources.push_back(m.doc);
      e.inferred = e.inferred && m.inferred;
    }
    e.mentions = std::move(c.mentions);
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
