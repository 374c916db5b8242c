#include "coverage_eval.hpp"

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstdlib>
#include <cctype>
#include <limits>
#include <map>
#include <set>

#include "base/utf8.hpp"
#include "kban/pipeline.hpp"
#include "support.hpp"

namespace kban::test {

namespace {

using nlohmann::json;
using Clusters = std::vector<std::vector<int>>;  // clusters of mention indices

double f1(double p, double r) { return p + r > 0 ? 2 * p * r / (p + r) : 0; }

// The cluster of each mention.
std::vector<int> owner(const Clusters& clusters, std::size_t n) {
  std::vector<int> out(n, -1);
  for (std::size_t c = 0; c < clusters.size(); ++c)
    for (int m : clusters[c]) out[static_cast<std::size_t>(m)] = static_cast<int>(c);
  return out;
}

// MUC: links each side's clusters keep in the other's partition.
double muc_recall(const Clusters& key, const Clusters& response, std::size_t n) {
  const auto in_response = owner(response, n);
  double num = 0, den = 0;
  for (const auto& k : key) {
    std::set<int> parts;
    int alone = 0;
    for (int m : k) {
      if (in_response[static_cast<std::size_t>(m)] < 0) ++alone;
      else parts.insert(in_response[static_cast<std::size_t>(m)]);
    }
    num += static_cast<double>(k.size()) - static_cast<double>(parts.size() + static_cast<std::size_t>(alone));
    den += static_cast<double>(k.size()) - 1;
  }
  return den > 0 ? num / den : 1;
}

double b3_recall(const Clusters& key, const Clusters& response, std::size_t n) {
  const auto in_response = owner(response, n);
  double sum = 0;
  std::size_t count = 0;
  for (const auto& k : key)
    for (int m : k) {
      const int r = in_response[static_cast<std::size_t>(m)];
      double shared = 1;  // itself
      if (r >= 0) {
        shared = 0;
        for (int o : response[static_cast<std::size_t>(r)]) shared += std::count(k.begin(), k.end(), o) ? 1 : 0;
      }
      sum += shared / static_cast<double>(k.size());
      ++count;
    }
  return count ? sum / static_cast<double>(count) : 1;
}

// The best one-to-one alignment of rows to columns (Kuhn-Munkres), maximizing the total.
double best_alignment(const std::vector<std::vector<double>>& score) {
  const std::size_t rows = score.size(), cols = rows ? score[0].size() : 0, n = std::max(rows, cols);
  if (n == 0) return 0;
  std::vector<std::vector<double>> cost(n + 1, std::vector<double>(n + 1, 0));
  for (std::size_t i = 0; i < rows; ++i)
    for (std::size_t j = 0; j < cols; ++j) cost[i + 1][j + 1] = -score[i][j];
  const double inf = std::numeric_limits<double>::infinity();
  std::vector<double> u(n + 1), v(n + 1);
  std::vector<std::size_t> p(n + 1), way(n + 1);
  for (std::size_t i = 1; i <= n; ++i) {
    p[0] = i;
    std::size_t j0 = 0;
    std::vector<double> minv(n + 1, inf);
    std::vector<bool> used(n + 1, false);
    do {
      used[j0] = true;
      const std::size_t i0 = p[j0];
      double delta = inf;
      std::size_t j1 = 0;
      for (std::size_t j = 1; j <= n; ++j) {
        if (used[j]) continue;
        const double cur = cost[i0][j] - u[i0] - v[j];
        if (cur < minv[j]) minv[j] = cur, way[j] = j0;
        if (minv[j] < delta) delta = minv[j], j1 = j;
      }
      for (std::size_t j = 0; j <= n; ++j) {
        if (used[j]) u[p[j]] += delta, v[j] -= delta;
        else minv[j] -= delta;
      }
      j0 = j1;
    } while (p[j0] != 0);
    do {
      const std::size_t j1 = way[j0];
      p[j0] = p[j1];
      j0 = j1;
    } while (j0);
  }
  double total = 0;
  for (std::size_t j = 1; j <= n; ++j)
    if (p[j] && p[j] <= rows && j <= cols) total += score[p[j] - 1][j - 1];
  return total;
}

// CEAF-e with the phi4 similarity.
double ceaf_e(const Clusters& key, const Clusters& response) {
  std::vector<std::vector<double>> phi(key.size(), std::vector<double>(response.size(), 0));
  for (std::size_t i = 0; i < key.size(); ++i)
    for (std::size_t j = 0; j < response.size(); ++j) {
      double shared = 0;
      for (int m : key[i]) shared += std::count(response[j].begin(), response[j].end(), m) ? 1 : 0;
      phi[i][j] = 2 * shared / static_cast<double>(key[i].size() + response[j].size());
    }
  const double total = best_alignment(phi);
  return f1(response.empty() ? 0 : total / static_cast<double>(response.size()),
            key.empty() ? 0 : total / static_cast<double>(key.size()));
}

std::string digits_of(const std::string& s) {
  std::string out;
  for (char c : s)
    if (std::isdigit(static_cast<unsigned char>(c))) out += c;
  return out;
}

// Digits without the zeros that only give magnitude: "64" for "640" and for "0.64".
std::string significant(std::string digits) {
  while (digits.size() > 1 && digits.back() == '0') digits.pop_back();
  while (digits.size() > 1 && digits.front() == '0') digits.erase(digits.begin());
  return digits;
}

struct Span {
  std::uint32_t doc = 0;
  std::size_t start = 0, end = 0;
};

// The code-point span of `date_text` inside `quote` in a document.
Span locate(const Analysis& a, const Corpus& corpus, const json& entry, const std::string& text_key) {
  const std::string doc = entry["doc"];
  const auto it = std::find_if(corpus.documents.begin(), corpus.documents.end(), [&](const Document& d) { return d.id == doc; });
  if (it == corpus.documents.end()) throw std::runtime_error("gold names an unknown document " + doc);
  const std::string& text = it->text;
  const std::string quote = entry["quote"];
  const std::size_t q = text.find(quote);
  const std::size_t t = quote.find(entry[text_key].get<std::string>());
  if (q == std::string::npos || t == std::string::npos) throw std::runtime_error("gold quote not found: " + quote);
  const CodePointIndex cp(text);
  const std::size_t begin = q + t, end = begin + entry[text_key].get<std::string>().size();
  (void)a;
  return Span{static_cast<std::uint32_t>(it - corpus.documents.begin()), cp.to_code_points(begin), cp.to_code_points(end)};
}

std::size_t overlap(std::size_t a0, std::size_t a1, std::size_t b0, std::size_t b1) {
  const std::size_t lo = std::max(a0, b0), hi = std::min(a1, b1);
  return hi > lo ? hi - lo : 0;
}

}  // namespace

Story load_story(const std::string& folder) {
  const std::string base = source_path(folder) + "/";
  Story story{folder, parse_corpus(read_file(base + "corpus.json"), base + "corpus.json"), builtin_lexicon(),
              read_file(base + "gold.json")};
  merge_lexicon(story.lexicon, parse_lexicon(read_file(base + "aliases.json"), base + "aliases.json"));
  return story;
}

Story combine_stories(const std::vector<Story>& stories) {
  Story mixed{"mixed", {}, builtin_lexicon(), {}};
  json gold = {{"story", "mixed"}, {"happenings", json::array()}, {"mentions", json::array()}, {"non_events", json::array()},
               {"conflicts", json::array()}};
  for (const Story& story : stories) {
    mixed.corpus.documents.insert(mixed.corpus.documents.end(), story.corpus.documents.begin(), story.corpus.documents.end());
    merge_lexicon(mixed.lexicon, story.lexicon);
    const json g = json::parse(story.gold);
    const std::string prefix = g.value("story", story.folder) + "/";
    for (json h : g["happenings"]) {
      h["id"] = prefix + h["id"].get<std::string>();
      gold["happenings"].push_back(h);
    }
    for (json m : g["mentions"]) {
      m["happening"] = prefix + m["happening"].get<std::string>();
      gold["mentions"].push_back(m);
    }
    for (const auto& n : g["non_events"]) gold["non_events"].push_back(n);
    for (json c : g["conflicts"]) {
      if (c.contains("happening")) c["happening"] = prefix + c["happening"].get<std::string>();
      gold["conflicts"].push_back(c);
    }
  }
  mixed.gold = gold.dump();
  return mixed;
}

CoverageScore score_coverage(const std::string& folder) {
  const Story story = load_story(folder);
  return score_analysis(story, analyze_corpus(story.corpus, story.lexicon, 1));
}

CoverageScore score_analysis(const Story& story, const Analysis& a) {
  const Corpus& corpus = story.corpus;
  const std::string& folder = story.folder;
  const json gold = json::parse(story.gold);

  CoverageScore s;
  s.story = gold.value("story", folder);
  // Which event each event mention belongs to.
  std::map<std::pair<std::uint32_t, std::uint32_t>, int> event_of;
  for (std::size_t e = 0; e < a.events.size(); ++e)
    for (const auto& ref : a.events[e].mentions) event_of[{ref.doc, ref.index}] = static_cast<int>(e);
  // Gold mentions matched to system mentions: the same start first, then the widest overlap.
  std::set<std::pair<std::uint32_t, std::uint32_t>> used;
  auto match = [&](const Span& g) -> std::pair<std::uint32_t, std::uint32_t> {
    std::pair<std::uint32_t, std::uint32_t> best{UINT32_MAX, UINT32_MAX};
    std::size_t best_score = 0;
    const auto& mentions = a.documents[g.doc].mentions;
    for (std::uint32_t i = 0; i < mentions.size(); ++i) {
      const Evidence& e = mentions[i].evidence;
      const std::size_t o = overlap(g.start, g.end, e.start, e.end);
      if (!o || used.count({g.doc, i})) continue;
      const std::size_t score = o + (e.start == g.start ? 1000 : 0) + (mentions[i].kind == MentionKind::kEvent ? 500 : 0);
      if (score > best_score) best_score = score, best = {g.doc, i};
    }
    if (best.first != UINT32_MAX) used.insert(best);
    return best;
  };
  std::map<std::string, std::vector<int>> key_by_happening;
  std::map<int, std::vector<int>> response_by_event;
  std::vector<std::string> happening_of;
  std::map<std::pair<std::uint32_t, std::uint32_t>, std::string> gold_happening_of_system;
  Clusters response;
  int n = 0;
  for (const auto& m : gold["mentions"]) {
    const Span g = locate(a, corpus, m, "date_text");
    const auto sys = match(g);
    key_by_happening[m["happening"]].push_back(n);
    happening_of.push_back(m["happening"]);
    ++s.gold_mentions;
    const auto it = sys.first == UINT32_MAX ? event_of.end() : event_of.find(sys);
    if (std::getenv("KBAN_COVERAGE_DETAIL")) {
      std::string what = "-";
      if (sys.first != UINT32_MAX) {
        const Mention& sm = a.documents[sys.first].mentions[sys.second];
        what = fmt::format("{} {} {}/{} agent={} trigger={} | {}", mention_kind_name(sm.kind), sm.value, sm.type, sm.group, sm.agent,
                           sm.trigger, it != event_of.end() ? a.events[static_cast<std::size_t>(it->second)].id : "");
      }
      s.detail.push_back(fmt::format("{:22} {:18} {:16} -> {}", m["happening"].get<std::string>(), m["doc"].get<std::string>(),
                                     m["date_text"].get<std::string>(), what));
    }
    if (it != event_of.end()) {
      ++s.found_as_events;
      response_by_event[it->second].push_back(n);
      gold_happening_of_system[sys] = m["happening"];
    } else {
      response.push_back({n});  // not on the timeline: a cluster of its own
    }
    ++n;
  }
  for (auto& [e, members] : response_by_event) response.push_back(members);
  Clusters key;
  for (auto& [h, members] : key_by_happening) key.push_back(members);
  const std::size_t count = static_cast<std::size_t>(n);
  s.muc = f1(muc_recall(response, key, count), muc_recall(key, response, count));
  s.b3 = f1(b3_recall(response, key, count), b3_recall(key, response, count));
  s.ceaf = ceaf_e(key, response);
  s.conll = (s.muc + s.b3 + s.ceaf) / 3;
  // Happenings split over several events, and events that mix happenings.
  for (const auto& [h, members] : key_by_happening) {
    std::set<int> events;
    for (int m : members)
      for (const auto& [e, r] : response_by_event)
        if (std::count(r.begin(), r.end(), m)) events.insert(e);
    if (events.size() > 1) s.split.push_back(fmt::format("{} over {} events", h, events.size()));
  }
  for (const auto& [e, members] : response_by_event) {
    std::set<std::string> happenings;
    for (int m : members) happenings.insert(happening_of[static_cast<std::size_t>(m)]);
    if (happenings.size() > 1) s.merged.push_back(fmt::format("{} mixes {}", a.events[static_cast<std::size_t>(e)].id, fmt::join(happenings, ", ")));
  }
  // Non-events must stay off the timeline.
  for (const auto& ne : gold["non_events"]) {
    ++s.non_events;
    const Span g = locate(a, corpus, ne, "date_text");
    for (std::uint32_t i = 0; i < a.documents[g.doc].mentions.size(); ++i) {
      const Mention& m = a.documents[g.doc].mentions[i];
      if (m.kind == MentionKind::kEvent && overlap(g.start, g.end, m.evidence.start, m.evidence.end) &&
          !gold_happening_of_system.count({g.doc, i})) {
        ++s.non_events_on_timeline;
        if (std::getenv("KBAN_COVERAGE_DETAIL"))
          s.detail.push_back(fmt::format("non-event {:16} {:18} {:16} -> {} {}/{} trigger={} ({})", ne["why"].get<std::string>().substr(0, 16),
                                         ne["doc"].get<std::string>(), ne["date_text"].get<std::string>(), m.value, m.type, m.group,
                                         m.trigger, ne["quote"].get<std::string>()));
        break;
      }
    }
  }
  // Conflicts.
  std::vector<bool> claimed(a.conflicts.size(), false);
  auto docs_of = [&](const ConflictValue& v) { return std::set<std::string>(v.docs.begin(), v.docs.end()); };
  for (const auto& g : gold["conflicts"]) {
    ++s.gold_conflicts;
    const std::string kind = g["kind"];
    int found = -1;
    for (std::size_t c = 0; c < a.conflicts.size() && found < 0; ++c) {
      const Conflict& sys = a.conflicts[c];
      if (sys.kind != kind) continue;
      if (kind == "figure") {
        // The gold's values in two different values, none in both (a value may hold several
        // of the gold's texts that agree: "310,300" and "more than 310,000"). A gold value is
        // held by a value with one of its sources and its number, in significant digits, in
        // a text or as the value's number ("Forty-three" holds 43, "$640 million" 64).
        const auto& values = g["values"];
        std::vector<std::set<std::size_t>> held;
        for (const auto& v : sys.values) {
          const std::string number = fmt::format("{:.12g}", v.number);
          std::set<std::string> written{significant(digits_of(number.substr(0, number.find('e'))))};
          for (const Evidence& e : v.mentions) written.insert(significant(digits_of(e.text)));
          const auto docs = docs_of(v);
          std::set<std::size_t> in_value;
          for (std::size_t k = 0; k < values.size(); ++k) {
            const bool source = std::any_of(values[k]["docs"].begin(), values[k]["docs"].end(),
                                            [&](const auto& d) { return docs.count(d.template get<std::string>()) > 0; });
            if (source && written.count(significant(digits_of(values[k]["text"])))) in_value.insert(k);
          }
          if (!in_value.empty()) held.push_back(std::move(in_value));
        }
        for (std::size_t x = 0; x < held.size() && found < 0; ++x)
          for (std::size_t y = x + 1; y < held.size() && found < 0; ++y)
            if (std::none_of(held[x].begin(), held[x].end(), [&](std::size_t k) { return held[y].count(k) > 0; }))
              found = static_cast<int>(c);
      } else if (kind == "date") {
        // A value holding the outlying docs and another holding docs of the majority, with
        // mentions of the happening.
        const auto& values = g["values"];
        bool outlier = false, majority = false, happening = false;
        for (const auto& v : sys.values) {
          const auto docs = docs_of(v);
          for (std::size_t k = 0; k < values.size(); ++k)
            for (const auto& d : values[k]["docs"])
              if (docs.count(d)) (k + 1 == values.size() ? outlier : majority) = true;
          for (const Evidence& e : v.mentions)
            for (const auto& [sys_ref, h] : gold_happening_of_system)
              if (h == g["happening"] && sys_ref.first == e.doc && a.documents[e.doc].mentions[sys_ref.second].evidence.start == e.start)
                happening = true;
        }
        if (outlier && majority && happening) found = static_cast<int>(c);
      } else if (kind == "statement") {
        if (sys.subject.find(g["subject"].get<std::string>()) != std::string::npos) found = static_cast<int>(c);
      } else {
        const Span q = locate(a, corpus, g, "quote");
        for (const auto& v : sys.values)
          for (const Evidence& e : v.mentions)
            if (e.doc == q.doc && overlap(q.start, q.end, e.start, e.end)) found = static_cast<int>(c);
      }
    }
    if (found >= 0) {
      ++s.found_conflicts;
      claimed[static_cast<std::size_t>(found)] = true;
    } else {
      s.missed.push_back(kind + ": " + g.value("note", ""));
    }
  }
  // A weekday that the gold's own date of the mention contradicts is a true inconsistency of
  // the source, planted or not: some gold lists it among the near-misses only ("a tool may
  // flag the weekday mismatch"). Neither found nor spurious.
  static constexpr const char* kDays[] = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};
  for (std::size_t c = 0; c < a.conflicts.size(); ++c) {
    const Conflict& sys = a.conflicts[c];
    if (claimed[c] || sys.kind != "inconsistency" || sys.values.empty() || sys.values[0].mentions.empty()) continue;
    const Evidence& e = sys.values[0].mentions[0];
    for (const auto& m : gold["mentions"]) {
      const Span g = locate(a, corpus, m, "date_text");
      const auto day = parse_iso_date(m["value"].get<std::string>());
      if (g.doc == e.doc && overlap(g.start, g.end, e.start, e.end) && day && sys.values[0].value != kDays[weekday(*day)]) {
        claimed[c] = true;
        ++s.confirmed_inconsistencies;
      }
    }
  }
  s.system_conflicts = static_cast<int>(a.conflicts.size());
  for (std::size_t c = 0; c < a.conflicts.size(); ++c)
    if (!claimed[c]) {
      ++s.spurious_conflicts;
      s.spurious.push_back(a.conflicts[c].kind + ": " + a.conflicts[c].subject + " / " + a.conflicts[c].attribute);
    }
  return s;
}

}  // namespace kban::test
