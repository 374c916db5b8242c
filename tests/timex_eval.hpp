#pragma once
// Reads the annotated development set (tests/data/timex/*.tml) and scores the tagger on it
// the way the field does: strict and relaxed span F1, value F1 and type F1.
#include <optional>
#include <string>
#include <vector>

#include "kban/date.hpp"

namespace kban::test {

struct GoldTimex {
  std::size_t begin = 0, end = 0;  // bytes into the plain passage
  std::string type, value, mod;
};

struct GoldPassage {
  std::string file;
  std::size_t line = 0;
  Date dct;
  std::string text;  // without tags
  std::vector<GoldTimex> timexes;
};

// Parses one .tml file; throws std::runtime_error with the line on malformed input.
std::vector<GoldPassage> read_tml(const std::string& path);

struct Scores {
  std::size_t gold = 0, system = 0, strict_matches = 0, relaxed_matches = 0, value_matches = 0, type_matches = 0;
  double strict_f1() const;
  double relaxed_f1() const;
  double value_f1() const;
  double type_f1() const;
};

// Whether a system value equals the gold one; for a SET the period form and the X'd calendar
// form of one recurrence are the same ("annually": P1Y or XXXX).
bool same_value(const std::string& type, const std::string& gold, const std::string& system);

// Scores the tagger on the passages; `errors`, when given, receives one line per miss.
Scores score_tagger(const std::vector<GoldPassage>& passages, std::vector<std::string>* errors = nullptr);

}  // namespace kban::test
