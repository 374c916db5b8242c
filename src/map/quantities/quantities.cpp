// The quantity tagger: a hand-written scanner over the tokens of each sentence.
#include "map/quantities/quantities.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cmath>

#include "base/numbers.hpp"
#include "input/language.hpp"
#include "text/sentences.hpp"
#include "text/tokens.hpp"

namespace kban {

namespace {

struct Hedge {
  std::vector<std::string> words;
  enum Kind { kAtLeast, kAtMost, kNearly, kJustOver, kAbout, kSeveral } kind;
};

// Relative width of approximate figures; see docs/claims.md.
constexpr double kApprox = 0.10;

struct DurationUnit {
  std::string unit;
  double scale = 1;
};

// The word lists of data/en/quantities.json and numbers.json.
struct Tables {
  std::vector<Hedge> hedges;  // longest first within each leading word: "no more than" before "no"
  WordSet hedge_starts;       // first words of hedges, and "between"
  WordMap<double> numbers, magnitudes, vague_plurals;
  WordSet magnitude_suffixes;  // "m", "bn": a magnitude only glued to its number
  WordMap<DurationUnit> duration_units;
  WordSet duration_unit_modifiers;  // "ten working days"
  WordMap<std::string> currencies, currency_words;
  WordSet currency_countries;  // "US" in "460 million US dollars"
  WordSet reference_words;  // "the two companies": a number word after them names, it does not count
  WordSet percent_words, name_words;
};

const Tables& tables() {
  static const Tables t = [] {
    const Language& en = english();
    Tables out;
    static const std::pair<const char*, Hedge::Kind> kKinds[] = {{"at_least", Hedge::kAtLeast}, {"at_most", Hedge::kAtMost},
                                                                 {"nearly", Hedge::kNearly},     {"just_over", Hedge::kJustOver},
                                                                 {"about", Hedge::kAbout},       {"several", Hedge::kSeveral}};
    for (const auto& h : en.json("quantities.hedges")) {
      Hedge hedge{{}, Hedge::kAbout};
      std::string buffer;
      for (const auto& token : tokenize(h["words"].get<std::string>(), buffer)) hedge.words.emplace_back(token.lower());
      for (const auto& [name, kind] : kKinds)
        if (h["kind"] == name) hedge.kind = kind;
      out.hedge_starts.insert(hedge.words.front());
      out.hedges.push_back(std::move(hedge));
    }
    out.hedge_starts.insert("between");
    out.numbers = en.numbers("numbers.cardinals");
    for (const auto& article : en.json("numbers.indefinite_articles")) out.numbers.emplace(article.get<std::string>(), 1.0);
    for (const auto& [word, value] : en.numbers("quantities.extra_numbers")) out.numbers.emplace(word, value);
    out.magnitudes = en.numbers("numbers.magnitudes");
    for (const auto& [word, value] : en.numbers("numbers.magnitude_suffixes")) {
      out.magnitudes.emplace(word, value);
      out.magnitude_suffixes.insert(word);
    }
    out.vague_plurals = en.numbers("numbers.vague_plurals");
    for (const auto& [word, unit] : en.json("quantities.duration_units").items())
      out.duration_units.emplace(word, DurationUnit{unit[0].get<std::string>(), unit[1].get<double>()});
    out.duration_unit_modifiers = en.words("quantities.duration_unit_modifiers");
    for (const auto& [symbol, code] : en.json("quantities.currencies").items()) out.currencies.emplace(symbol, code.get<std::string>());
    for (const auto& [word, code] : en.json("quantities.currency_words").items())
      out.currency_words.emplace(word, code.get<std::string>());
    for (const auto& [word, value] : en.numbers("quantities.extra_magnitudes")) out.magnitudes.emplace(word, value);
    out.reference_words = en.words("quantities.reference_words");
    out.currency_countries = en.words("quantities.currency_countries");
    out.percent_words = en.words("quantities.percent_words");
    out.name_words = en.words("quantities.name_words");
    return out;
  }();
  return t;
}

template <typename Map>
const typename Map::mapped_type* find_in(const Map& map, std::string_view w) {
  const auto it = map.find(w);
  return it == map.end() ? nullptr : &it->second;
}

// A word that can open a hedge ("Over 400 million" at the start of a sentence).
bool starts_hedge(std::string_view w) { return tables().hedge_starts.contains(w); }

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
  std::string_view w(std::size_t i) const { return i < t_.size() ? t_[i].lower() : std::string_view(); }
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
      const std::string_view s = tok.lower();
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
        const double* m = find_in(tables().magnitudes, suffix);
        if (!m) return i;  // "20th", "1990s", "737MAX"
        scale = *m;
      }
      // "310.300 vehicles": a period before three digits and no magnitude groups thousands, as
      // German or Czech copy writes them.
      if (dots == 1 && suffix.empty() && !find_in(tables().magnitudes, w(i + 1)) && !tables().percent_words.contains(w(i + 1))) {
        const std::size_t dot = digits.find('.');
        if (digits.size() - dot - 1 == 3 && dot >= 1 && dot <= 3) digits.erase(dot, 1);
      }
      const auto parsed = parse_decimal(digits);
      if (!parsed) return i;
      value = *parsed * scale;
      std::size_t next = i + 1;
      // Names with numbers: "COVID-19", "Boeing 737", "Section 230", "Falcon 4".
      if (i > 0 && (glued(i) && (w(i - 1) == "-" || t_[i - 1].kind == TokenKind::kWord))) return i;
      if (i > 0 && t_[i - 1].kind == TokenKind::kWord && t_[i - 1].capitalized && s.find(',') == std::string_view::npos &&
          s.find('.') == std::string_view::npos && !starts_hedge(w(i - 1)) && !find_in(tables().magnitudes, w(i + 1)))
        return i;
      if (i > 0 && tables().name_words.contains(w(i - 1))) return i;
      if (glued(next) && (w(next) == "-" || w(next) == "/") && next + 1 < t_.size() &&
          t_[next + 1].kind == TokenKind::kNumber && glued(next + 1) && (w(next + 1).size() >= 4 || s.size() >= 4))
        return i;  // phone-like: 555-2017
      return next;
    }
    if (tok.kind != TokenKind::kWord) return i;
    const double* word = find_in(tables().numbers, tok.lower());
    if (!word) return i;
    // "the two companies", "both its offices": the words name things already counted.
    if (i > 0 && tables().reference_words.contains(w(i - 1))) return i;
    from_words = true;
    double total = *word;
    std::size_t next = i + 1;
    if (tok.lower() == "half" && (w(next) == "a" || w(next) == "an")) ++next;
    if (total >= 20 && total < 100) {
      std::size_t j = next;
      if (w(j) == "-" && glued(j)) ++j;
      if (const double* unit = find_in(tables().numbers, w(j)); unit && *unit >= 1 && *unit < 10 && w(j) != "a" && w(j) != "an")
        total += *unit, next = j + 1;
    }
    value = total;
    return next;
  }

  std::size_t match(std::size_t i, Quantity& q) {
    // A hedge, then a number.
    const Hedge* hedge = nullptr;
    std::size_t j = i;
    for (const Hedge& h : tables().hedges) {
      std::size_t k = i;
      bool all = true;
      for (const std::string& part : h.words) {
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
    if (const std::string* code = find_in(tables().currencies, w(j))) currency = *code, ++j;
    double value = 0;
    bool words = false;
    std::size_t k = number(j, value, words);
    // "several hundred workers": the magnitude is the unit counted.
    if (k == j && hedge && hedge->kind == Hedge::kSeveral && find_in(tables().magnitudes, w(j)) &&
        !tables().magnitude_suffixes.contains(w(j)))
      value = 1, words = true;
    else if (k == j) {
      // "thousands of customers", "tens of thousands"
      if (hedge || between || !currency.empty()) return i;
      if (const double* vague = find_in(tables().vague_plurals, w(i)); vague && w(i + 1) == "of") {
        q.low = *vague * 2;  // "thousands" is two thousand at least, under a million
        q.high = *vague * 1000;
        q.value = q.low;
        q.hedge = std::string(w(i));
        q.number_end = t_[i].end;
        return i + 1;
      }
      return i;
    }
    // A lone "a", "one" or "half" is a word, not a figure: "a ban", "one drone".
    if (words && (w(j) == "a" || w(j) == "an" || w(j) == "one" || w(j) == "half") && k == j + 1 &&
        !find_in(tables().magnitudes, w(k)) && !find_in(tables().duration_units, w(k)) && w(k) != "dozen")
      return i;
    // A compound adjective is no figure: "two-step", "a 42-page ruling".
    if (k < t_.size() && w(k) == "-" && glued(k) && k + 1 < t_.size() && t_[k + 1].kind == TokenKind::kWord &&
        !find_in(tables().duration_units, w(k + 1)) && !find_in(tables().magnitudes, w(k + 1)))
      return i;
    // Magnitude words: "400 million", "a million", "3.8 billion".
    bool scaled = false;
    while (const double* m = find_in(tables().magnitudes, w(k))) {
      if (tables().magnitude_suffixes.contains(w(k)) && !glued(k)) break;  // "m" or "k" standing alone is no magnitude
      value *= *m;
      scaled = true;
      ++k;
    }
    q.value = value;
    q.unit = currency;
    // "ten working days" is a span of ten days.
    const std::size_t skip =
        tables().duration_unit_modifiers.contains(w(k)) && find_in(tables().duration_units, w(k + 1)) ? 1 : 0;
    // "460 million US dollars": a word that names the currency word's own country may stand between.
    const std::size_t named = tables().currency_countries.contains(w(k)) && find_in(tables().currency_words, w(k + 1)) ? 1 : 0;
    if (const std::string* code = find_in(tables().currency_words, w(k + named)); code && q.unit.empty()) q.unit = *code, k += 1 + named;
    else if (tables().percent_words.contains(w(k))) q.unit = "%", ++k;
    else if (w(k) == "per" && w(k + 1) == "cent") q.unit = "%", k += 2;
    else if (const DurationUnit* unit = find_in(tables().duration_units, w(k + skip)); unit && q.unit.empty()) {
      if (w(k + skip + 1) == "-" && w(k + skip + 2) == "old") return i;  // ages
      q.unit = std::string(unit->unit);
      q.value = value * unit->scale;
      k += skip + 1;
    } else if (w(k) == "-" && glued(k) && find_in(tables().duration_units, w(k + 1))) {
      const DurationUnit* adjective = find_in(tables().duration_units, w(k + 1));
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
      if (find_in(tables().currencies, w(m))) ++m;
      double upper = 0;
      bool upper_words = false;
      std::size_t n = number(m, upper, upper_words);
      if (n > m) {
        double upper_scale = 1;
        while (const double* mag = find_in(tables().magnitudes, w(n))) upper_scale *= *mag, ++n;
        upper *= upper_scale;
        if (tables().percent_words.contains(w(n))) ++n;
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
      for (const std::string& part : hedge->words) {
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
        // "a few dozen", "several hundred": two to nine of them.
        case Hedge::kSeveral: q.low = q.value * 2, q.high = q.value * 9, q.value = q.low; break;
      }
    }
    if (q.unit == "%" && q.high > 100 && q.low <= 100) q.high = 100;  // a share is at most all of it
    return k;
  }

  std::span<const Token> t_;
  const std::vector<Span>& exclude_;
};

}  // namespace

std::vector<Quantity> find_quantities(const DocumentAnalysis& doc) {
  // Durations are figures too ("two decades"); dates, times and sets are not.
  std::vector<Span> dates;
  for (const FoundTimex& t : doc.timexes)
    if (t.type != TimexType::kDuration) dates.push_back({t.begin, t.end});
  std::vector<Quantity> out;
  std::vector<Span> local;
  std::size_t next_date = 0;
  for (const Sentence& s : doc.sentences()) {
    // Only the excluded spans of this sentence matter here; both lists are in text order.
    local.clear();
    while (next_date < dates.size() && dates[next_date].end <= s.begin) ++next_date;
    for (std::size_t k = next_date; k < dates.size() && dates[k].begin < s.end; ++k) local.push_back(dates[k]);
    auto found = Scanner(doc.split.tokens_of(s), local).scan(s.index);
    out.insert(out.end(), std::make_move_iterator(found.begin()), std::make_move_iterator(found.end()));
  }
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
  static const nlohmann::json& kSymbols = english().json("quantities.currency_symbols");
  if (const auto symbol = kSymbols.find(unit); symbol != kSymbols.end()) return symbol->get<std::string>() + number;
  if (is_currency(unit)) return unit + " " + number;
  if (!unit.empty()) return number + " " + unit + (value == 1 ? "" : "s");
  return number;
}

}  // namespace kban
