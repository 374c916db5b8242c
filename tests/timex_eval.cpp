#include "timex_eval.hpp"

#include <fmt/format.h>

#include <fstream>
#include <stdexcept>

#include "kban/timex.hpp"

namespace kban::test {

namespace {

std::string attribute(const std::string& tag, const std::string& name) {
  const std::string key = name + "=\"";
  const auto at = tag.find(key);
  if (at == std::string::npos) return {};
  const auto end = tag.find('"', at + key.size());
  return tag.substr(at + key.size(), end - at - key.size());
}

// A recurrence written as its period in the older sets ("annually" P1Y) and in the X'd calendar
// form of the newer conventions ("annually" XXXX): the conventions list these as the same.
std::string set_form(const std::string& value) {
  if (value == "P1Y") return "XXXX";
  if (value == "P1M") return "XXXX-XX";
  if (value == "P1W") return "XXXX-WXX";
  if (value == "P1D") return "XXXX-XX-XX";
  return value;
}

double f1(std::size_t matches_p, std::size_t system, std::size_t matches_r, std::size_t gold) {
  const double p = system ? static_cast<double>(matches_p) / static_cast<double>(system) : 0;
  const double r = gold ? static_cast<double>(matches_r) / static_cast<double>(gold) : 0;
  return p + r > 0 ? 2 * p * r / (p + r) : 0;
}

}  // namespace

std::vector<GoldPassage> read_tml(const std::string& path) {
  std::ifstream in(path);
  if (!in) throw std::runtime_error("cannot open " + path);
  std::vector<GoldPassage> out;
  std::optional<Date> dct;
  std::string line;
  for (std::size_t number = 1; std::getline(in, line); ++number) {
    if (line.rfind("# dct: ", 0) == 0) {
      dct = parse_iso_date(line.substr(7, 10));
      if (!dct) throw std::runtime_error(fmt::format("{}:{}: bad dct", path, number));
      continue;
    }
    if (line.empty() || line[0] == '#') continue;
    if (!dct) throw std::runtime_error(fmt::format("{}:{}: passage before any dct", path, number));
    GoldPassage passage{path, number, *dct, {}, {}};
    std::size_t pos = 0;
    while (pos < line.size()) {
      const auto open = line.find("<TIMEX3", pos);
      if (open == std::string::npos) {
        passage.text += line.substr(pos);
        break;
      }
      passage.text += line.substr(pos, open - pos);
      const auto close_tag = line.find('>', open);
      const auto end_tag = line.find("</TIMEX3>", close_tag);
      if (close_tag == std::string::npos || end_tag == std::string::npos)
        throw std::runtime_error(fmt::format("{}:{}: unbalanced TIMEX3", path, number));
      const std::string tag = line.substr(open, close_tag - open);
      GoldTimex g;
      g.begin = passage.text.size();
      passage.text += line.substr(close_tag + 1, end_tag - close_tag - 1);
      g.end = passage.text.size();
      g.type = attribute(tag, "type");
      g.value = attribute(tag, "value");
      g.mod = attribute(tag, "mod");
      passage.timexes.push_back(g);
      pos = end_tag + 9;
    }
    out.push_back(std::move(passage));
  }
  return out;
}

bool same_value(const std::string& type, const std::string& gold, const std::string& system) {
  return gold == system || (type == "SET" && set_form(gold) == set_form(system));
}

double Scores::strict_f1() const { return f1(strict_matches, system, strict_matches, gold); }
double Scores::relaxed_f1() const { return f1(relaxed_matches, system, relaxed_matches, gold); }
double Scores::value_f1() const { return f1(value_matches, system, value_matches, gold); }
double Scores::type_f1() const { return f1(type_matches, system, type_matches, gold); }

Scores score_tagger(const std::vector<GoldPassage>& passages, std::vector<std::string>* errors) {
  Scores s;
  for (const auto& passage : passages) {
    const auto system = tag_timexes(passage.text, TagOptions{passage.dct});
    s.gold += passage.timexes.size();
    s.system += system.size();
    std::vector<bool> used(system.size(), false);
    auto where = [&](std::size_t b, std::size_t e) {
      return fmt::format("{}:{}: \"{}\"", passage.file.substr(passage.file.rfind('/') + 1), passage.line,
                         passage.text.substr(b, e - b));
    };
    for (const auto& g : passage.timexes) {
      // One to one: the first unused system expression that overlaps.
      std::size_t found = system.size();
      for (std::size_t k = 0; k < system.size(); ++k) {
        if (!used[k] && system[k].begin < g.end && g.begin < system[k].end) {
          found = k;
          break;
        }
      }
      if (found == system.size()) {
        if (errors) errors->push_back(fmt::format("missed   {} {} {}", where(g.begin, g.end), g.type, g.value));
        continue;
      }
      used[found] = true;
      const Timex& t = system[found];
      ++s.relaxed_matches;
      if (t.begin == g.begin && t.end == g.end) ++s.strict_matches;
      else if (errors) errors->push_back(fmt::format("extent   {} system \"{}\"", where(g.begin, g.end), passage.text.substr(t.begin, t.end - t.begin)));
      if (same_value(g.type, g.value, t.value)) ++s.value_matches;
      else if (errors) errors->push_back(fmt::format("value    {} gold {} system {}", where(g.begin, g.end), g.value, t.value));
      if (timex_type_name(t.type) == g.type) ++s.type_matches;
      else if (errors) errors->push_back(fmt::format("type     {} gold {} system {}", where(g.begin, g.end), g.type, timex_type_name(t.type)));
      if (errors && t.mod != g.mod) errors->push_back(fmt::format("mod      {} gold '{}' system '{}'", where(g.begin, g.end), g.mod, t.mod));
    }
    for (std::size_t k = 0; k < system.size(); ++k)
      if (!used[k] && errors)
        errors->push_back(fmt::format("spurious {} {} {}", where(system[k].begin, system[k].end), timex_type_name(system[k].type), system[k].value));
  }
  return s;
}

}  // namespace kban::test
