// The quantity tagger: a hand-written scanner over the tokens of each sentence.
#include "map/quantities/quantities.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cmath>

#include "base/numbers.hpp"
#include "text/sentences.hpp"

namespace kban {

namespace {

struct Hedge {
  std::array<std::string_view, 3> words;
  enum Kind { kAtLeast, kAtMost, kNearly, kJustOver, kAbout } kind;
};

// Longest first within each leading word, so "no more than" wins over "no".
constexpr Hedge kHedges[] = {
    {{"more", "than", ""}, Hedge::kAtLeast},       {{"over", "", ""}, Hedge::kAtLeast},
    {{"above", "", ""}, Hedge::kAtLeast},          {{"upwards", "of", ""}, Hedge::kAtLeast},
    {{"in", "excess", "of"}, Hedge::kAtLeast},     {{"at", "least", ""}, Hedge::kAtLeast},
    {{"no", "fewer", "than"}, Hedge::kAtLeast},    {{"no", "less", "than"}, Hedge::kAtLeast},
    {{"a", "minimum", "of"}, Hedge::kAtLeast},     {{"well", "over", ""}, Hedge::kAtLeast},
    {{"well", "above", ""}, Hedge::kAtLeast},      {{"fewer", "than", ""}, Hedge::kAtMost},
    {{"less", "than", ""}, Hedge::kAtMost},        {{"under", "", ""}, Hedge::kAtMost},
    {{"below", "", ""}, Hedge::kAtMost},           {{"up", "to", ""}, Hedge::kAtMost},
    {{"at", "most", ""}, Hedge::kAtMost},          {{"no", "more", "than"}, Hedge::kAtMost},
    {{"a", "maximum", "of"}, Hedge::kAtMost},      {{"as", "many", "as"}, Hedge::kAtMost},
    {{"nearly", "", ""}, Hedge::kNearly},          {{"almost", "", ""}, Hedge::kNearly},
    {{"close", "to", ""}, Hedge::kNearly},         {{"just", "under", ""}, Hedge::kNearly},
    {{"just", "shy", "of"}, Hedge::kNearly},       {{"just", "over", ""}, Hedge::kJustOver},
    {{"just", "above", ""}, Hedge::kJustOver},     {{"about", "", ""}, Hedge::kAbout},
    {{"around", "", ""}, Hedge::kAbout},           {{"roughly", "", ""}, Hedge::kAbout},
    {{"approximately", "", ""}, Hedge::kAbout},    {{"some", "", ""}, Hedge::kAbout},
    {{"an", "estimated", ""}, Hedge::kAbout},      {{"estimated", "", ""}, Hedge::kAbout},
    {{"circa", "", ""}, Hedge::kAbout},            {{"approx", "", ""}, Hedge::kAbout},
};

// Relative width of approximate figures; see docs/claims.md.
constexpr double kApprox = 0.10;

struct Word {
  std::string_view word;
  double value;
};
constexpr Word kNumbers[] = {
    {"one", 1},       {"two", 2},        {"three", 3},     {"four", 4},       {"five", 5},       {"six", 6},
    {"seven", 7},     {"eight", 8},      {"nine", 9},      {"ten", 10},       {"eleven", 11},    {"twelve", 12},
    {"thirteen", 13}, {"fourteen", 14},  {"fifteen", 15},  {"sixteen", 16},   {"seventeen", 17}, {"eighteen", 18},
    {"nineteen", 19}, {"twenty", 20},    {"thirty", 30},   {"forty", 40},     {"fifty", 50},     {"sixty", 60},
    {"seventy", 70},  {"eighty", 80},    {"ninety", 90},   {"a", 1},          {"an", 1},         {"dozen", 12},
    {"half", 0.5}};
constexpr Word kMagnitudes[] = {{"hundred", 1e2}, {"thousand", 1e3}, {"million", 1e6}, {"billion", 1e9},
                                {"trillion", 1e12}, {"mn", 1e6},     {"bn", 1e9},      {"m", 1e6},
                                {"b", 1e9},         {"k", 1e3},      {"tn", 1e12}};
constexpr Word kVaguePlurals[] = {{"hundreds", 1e2}, {"thousands", 1e3}, {"millions", 1e6}, {"billions", 1e9},
                                  {"dozens", 12}};
struct Unit {
  std::string_view word;
  std::string_view unit;
  double scale;
};
constexpr Unit kDurationUnits[] = {{"year", "year", 1},      {"years", "year", 1},   {"decade", "year", 10},
                                   {"decades", "year", 10},  {"century", "year", 100}, {"centuries", "year", 100},
                                   {"month", "month", 1},    {"months", "month", 1}, {"week", "week", 1},
                                   {"weeks", "week", 1},     {"day", "day", 1},      {"days", "day", 1}};

// A word that can open a hedge ("Over 400 million" at the start of a sentence).
bool starts_hedge(std::string_view w) {
  for (const Hedge& h : kHedges)
    if (h.words[0] == w) return true;
  return w == "between";
}

template <typename Table>
const auto* find_in(const Table& table, std::string_view w) {
  for (const auto& entry : table)
    if (entry.word == w) return &entry;
  return static_cast<decltype(&table[0])>(nullptr);
}

class Scanner {
 public:
  Scanner(std::span<const Token> tokens, const std::vector<Span>& exclude) : t_(tokens), exclude_(exclude) {}

  std::vector<Quantity> scan(std::uint32_t sentence) {
    std::vector<Quantity> out;
    for (std::size_t i = 0; i < t_.size();) {
      Quantity q;
      const std::size_t end = match(i, q);
      if (end > i) {
        q.begin = t_[i].begin;
        q.end = t_[end - 1].end;
        q.sentence = sentence;
        out.push_back(q);
        i = end;
      } else {
        ++i;
      }
    }
    return out;
  }

 private:
  std::string_view w(std::size_t i) const { return i < t_.size() ? t_[i].lower : std::string_view(); }
  bool glued(std::size_t i) const { return i < t_.size() && !t_[i].space_before; }
  bool excluded(std::size_t i) const {
    for (const Span& s : exclude_)
      if (t_[i].begin < s.end && s.begin < t_[i].end) return true;
    return false;
  }

  // A number at i: digits (with magnitude suffix), or number words. Sets value and returns
  // the token after it, or i when there is none.
  std::size_t number(std::size_t i, double& value, bool& from_words) const {
    from_words = false;
    if (i >= t_.size() || excluded(i)) return i;
    const Token& tok = t_[i];
    if (tok.kind == TokenKind::kNumber) {
      std::string digits;
      std::string_view suffix;
      const std::string_view s = tok.lower;
      std::size_t k = 0, dots = 0, group = 0;
      bool grouped = false;
      for (; k < s.size(); ++k) {
        if (s[k] == ',') {
          // A thousands separator stands before exactly three digits: "1,000", not "3,2".
          if (grouped && group != 3) return i;
          grouped = true, group = 0;
          continue;
        }
        if (s[k] == ':') return i;  // a time
        if (s[k] == '.') ++dots;
        if ((s[k] < '0' || s[k] > '9') && s[k] != '.') break;
        if (dots == 0) ++group;
        digits += s[k];
      }
      if (grouped && group != 3) return i;
      suffix = s.substr(k);
      if (dots > 1) return i;  // a version: 2.1.3
      double scale = 1;
      if (!suffix.empty()) {
        const auto* m = find_in(kMagnitudes, suffix);
        if (!m) return i;  // "20th", "1990s", "737MAX"
        scale = m->value;
      }
      const auto parsed = parse_decimal(digits);
      if (!parsed) return i;
      value = *parsed * scale;
      std::size_t next = i + 1;
      // Names with numbers: "COVID-19", "Boeing 737", "Section 230", "Falcon 4".
      if (i > 0 && (glued(i) && (w(i - 1) == "-" || t_[i - 1].kind == TokenKind::kWord))) return i;
      if (i > 0 && t_[i - 1].kind == TokenKind::kWord && t_[i - 1].capitalized && s.find(',') == std::string_view::npos &&
          s.find('.') == std::string_view::npos && !starts_hedge(w(i - 1)) && !find_in(kMagnitudes, w(i + 1)))
        return i;
      if (i > 0 && (w(i - 1) == "version" || w(i - 1) == "v" || w(i - 1) == "no." || w(i - 1) == "no" ||
                    w(i - 1) == "#" || w(i - 1) == "route" || w(i - 1) == "section"))
        return i;
      if (glued(next) && (w(next) == "-" || w(next) == "/") && next + 1 < t_.size() &&
          t_[next + 1].kind == TokenKind::kNumber && glued(next + 1) && (w(next + 1).size() >= 4 || s.size() >= 4))
        return i;  // phone-like: 555-2017
      return next;
    }
    if (tok.kind != TokenKind::kWord) return i;
    const auto* word = find_in(kNumbers, tok.lower);
    if (!word) return i;
    from_words = true;
    double total = word->value;
    std::size_t next = i + 1;
    if (tok.lower == "half" && (w(next) == "a" || w(next) == "an")) ++next;
    if (total >= 20 && total < 100) {
      std::size_t j = next;
      if (w(j) == "-" && glued(j)) ++j;
      if (const auto* unit = find_in(kNumbers, w(j)); unit && unit->value >= 1 && unit->value < 10 && w(j) != "a" && w(j) != "an")
        total += unit->value, next = j + 1;
    }
    value = total;
    return next;
  }

  std::size_t match(std::size_t i, Quantity& q) {
    // A hedge, then a number.
    const Hedge* hedge = nullptr;
    std::size_t j = i;
    for (const Hedge& h : kHedges) {
      std::size_t k = i;
      bool all = true;
      for (std::string_view part : h.words) {
        if (part.empty()) break;
        all = all && w(k) == part;
        ++k;
      }
      if (all) {
        hedge = &h;
        j = k;
        break;
      }
    }
    // "between 10 and 20"
    bool between = false;
    if (!hedge && w(i) == "between") between = true, j = i + 1;
    std::string currency;
    if (w(j) == "$" || w(j) == "us$") currency = "USD", ++j;
    else if (w(j) == "€") currency = "EUR", ++j;
    else if (w(j) == "£") currency = "GBP", ++j;
    double value = 0;
    bool words = false;
    std::size_t k = number(j, value, words);
    if (k == j) {
      // "thousands of customers", "tens of thousands"
      if (hedge || between || !currency.empty()) return i;
      if (const auto* vague = find_in(kVaguePlurals, w(i)); vague && w(i + 1) == "of") {
        q.value = vague->value;
        q.low = vague->value * 2;
        q.high = vague->value * 1000;
        q.hedge = std::string(w(i));
        q.number_end = t_[i].end;
        return i + 1;
      }
      return i;
    }
    // A lone "a", "one" or "half" is a word, not a figure: "a ban", "one drone".
    if (words && (w(j) == "a" || w(j) == "an" || w(j) == "one" || w(j) == "half") && k == j + 1 &&
        !find_in(kMagnitudes, w(k)) && !find_in(kDurationUnits, w(k)) && w(k) != "dozen")
      return i;
    // A compound adjective is no figure: "two-step", "a 42-page ruling".
    if (k < t_.size() && w(k) == "-" && glued(k) && k + 1 < t_.size() && t_[k + 1].kind == TokenKind::kWord &&
        !find_in(kDurationUnits, w(k + 1)) && !find_in(kMagnitudes, w(k + 1)))
      return i;
    // Magnitude words: "400 million", "a million", "3.8 billion".
    bool scaled = false;
    while (const auto* m = find_in(kMagnitudes, w(k))) {
      if (m->word.size() <= 2 && !glued(k)) break;  // "m" or "k" standing alone is no magnitude
      value *= m->value;
      scaled = true;
      ++k;
    }
    q.value = value;
    q.unit = currency;
    if (w(k) == "%" || w(k) == "percent") q.unit = "%", ++k;
    else if (w(k) == "per" && w(k + 1) == "cent") q.unit = "%", k += 2;
    else if (const auto* unit = find_in(kDurationUnits, w(k)); unit && q.unit.empty()) {
      if (w(k + 1) == "-" && w(k + 2) == "old") return i;  // ages
      q.unit = std::string(unit->unit);
      q.value = value * unit->scale;
      ++k;
    } else if (w(k) == "-" && glued(k) && find_in(kDurationUnits, w(k + 1))) {
      const auto* adjective = find_in(kDurationUnits, w(k + 1));
      if (w(k + 2) == "-" && w(k + 3) == "old") return i;
      q.unit = std::string(adjective->unit);
      q.value = value * adjective->scale;
      k += 2;
    }
    q.number_end = t_[k - 1].end;
    q.low = q.high = q.value;
    // Ranges: "between 10 and 20", "10 to 20", "10-20".
    if (between || w(k) == "to" || (w(k) == "-" && glued(k) && glued(k + 1))) {
      std::size_t m = k + 1;
      if (between && w(k) != "and") return i;
      if (w(m) == "$" || w(m) == "€" || w(m) == "£") ++m;
      double upper = 0;
      bool upper_words = false;
      std::size_t n = number(m, upper, upper_words);
      if (n > m) {
        double upper_scale = 1;
        while (const auto* mag = find_in(kMagnitudes, w(n))) upper_scale *= mag->value, ++n;
        upper *= upper_scale;
        if (w(n) == "%" || w(n) == "percent") ++n;
        const double lower = !scaled && upper_scale > 1 ? q.value * upper_scale : q.value;  // "3 to 4 million"
        if (upper >= lower) {
          q.value = lower;
          q.low = q.value;
          q.high = upper;
          q.hedge = "between";
          q.number_end = t_[n - 1].end;
          return n;
        }
      }
      if (between) return i;
    }
    if (hedge) {
      std::string text;
      for (std::string_view part : hedge->words) {
        if (part.empty()) continue;
        if (!text.empty()) text += ' ';
        text.append(part);
      }
      q.hedge = text;
      switch (hedge->kind) {
        case Hedge::kAtLeast: q.low = q.value, q.high = kUnbounded; break;
        case Hedge::kAtMost: q.low = 0, q.high = q.value; break;
        case Hedge::kNearly: q.low = q.value * (1 - kApprox), q.high = q.value; break;
        case Hedge::kJustOver: q.low = q.value, q.high = q.value * (1 + kApprox); break;
        case Hedge::kAbout: q.low = q.value * (1 - kApprox), q.high = q.value * (1 + kApprox); break;
      }
    }
    if (q.unit == "%" && q.high > 100 && q.low <= 100) q.high = 100;  // a share is at most all of it
    return k;
  }

  std::span<const Token> t_;
  const std::vector<Span>& exclude_;
};

}  // namespace

std::vector<Quantity> tag_quantities(std::string_view text, const std::vector<Span>& exclude) {
  std::vector<Quantity> out;
  for_each_sentence(text, [&](const Sentence& s, std::span<const Token> tokens) {
    // Only the excluded spans of this sentence matter here.
    std::vector<Span> local;
    for (const Span& e : exclude)
      if (e.begin < s.end && s.begin < e.end) local.push_back(e);
    auto found = Scanner(tokens, local).scan(s.index);
    out.insert(out.end(), found.begin(), found.end());
  });
  return out;
}

std::string format_quantity(double value, const std::string& unit) {
  std::string number;
  if (value >= 1e9 && std::fmod(value, 1e8) == 0) number = fmt::format("{:g} billion", value / 1e9);
  else if (value >= 1e6 && std::fmod(value, 1e5) == 0) number = fmt::format("{:g} million", value / 1e6);
  else if (value == std::floor(value) && value < 1e15) {
    // Thousands separators: 270,000.
    std::string digits = fmt::format("{:.0f}", value);
    for (int k = static_cast<int>(digits.size()) - 3; k > 0; k -= 3) digits.insert(static_cast<std::size_t>(k), ",");
    number = digits;
  } else {
    number = fmt::format("{:g}", value);
  }
  if (unit == "%") return number + "%";
  if (unit == "USD") return "$" + number;
  if (unit == "EUR") return "€" + number;
  if (unit == "GBP") return "£" + number;
  if (!unit.empty()) return number + " " + unit + (value == 1 ? "" : "s");
  return number;
}

}  // namespace kban
