#pragma once
// The rules of the temporal tagger over the tokens of one sentence. Each rule tries to match
// an expression starting at a token and returns what its words say, before any reference date
// is known: a fixed value ("July 20, 2024", "two decades") or a recipe that resolve.cpp turns
// into a value once the reference is known ("last month", "Friday"). The tagger keeps the
// longest match. Private to the tagger.
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "kban/timex.hpp"
#include "text/tokens.hpp"
#include "point.hpp"
#include "vocab.hpp"

namespace kban::timex {

// What a rule found: extent, type, and either a value or a recipe for one.
struct Candidate : TimexRecipe {
  std::size_t first = 0, last = 0;  // tokens [first, last)
  bool amount = false;  // begins with an amount ("two", "30"): hedges may apply
};

// Whether a candidate names a day ("July 20", "July 20, 2024"), or any calendar date once
// resolved.
bool names_day(const Candidate& c);
bool names_date(const Candidate& c);

// What the finder remembers across the sentences of one document. Nothing here depends on a
// reference date: finding never reads one.
struct FindContext {
  int last_hour = -1, last_minute = -1;  // last clock time, for "an hour later"
  std::uint32_t sentence = 0;
};

// Whether can_start turns away weak starters and figures far from any temporal word (a
// speed gate: a test turns it off to check that it changes nothing).
extern bool start_gates;

class Matcher {
 public:
  explicit Matcher(FindContext& context) : ctx_(context) {}

  // Starts on the tokens of a sentence; the tables of the one before are reused.
  void read(std::span<const Token> tokens);

  // Whether an expression can start at token i at all (a cheap test before match_at).
  bool can_start(std::size_t i) const;

  // The longest expression starting at token i.
  std::optional<Candidate> match_at(std::size_t i);

  // The tagger kept this expression: the far end of a range may take what it lacks from it
  // ("June 12-14", "1987-91", "Monday through Thursday").
  void accept(const Candidate& c) { previous_ = c; }

  // A word before token i that makes a bare year or month a date ("in", "since", "early").
  bool date_signal_before(std::size_t i) const;

  // Whether the expression at token i names what the clause's event follows: "an order in
  // May" in "will repair the cars by January following an order in May".
  bool anterior_at(std::size_t i) const {
    bool anterior = false;
    tense_at(i, &anterior);
    return anterior;
  }

 private:
  // Rules (one file each: rules_absolute, rules_relative, rules_duration, rules_time).
  std::optional<Candidate> match_month(std::size_t i);
  std::optional<Candidate> match_day_first(std::size_t i);
  std::optional<Candidate> dated_after_weekday(std::size_t k);
  std::optional<Candidate> match_ordinal_day(std::size_t i);
  std::optional<Candidate> match_nth_weekday(std::size_t i);
  std::optional<Candidate> match_year(std::size_t i);
  std::optional<Candidate> match_fiscal(std::size_t i);
  std::optional<Candidate> match_numeric_date(std::size_t i);
  std::optional<Candidate> match_decade(std::size_t i);
  std::optional<Candidate> match_century(std::size_t i);
  std::optional<Candidate> match_season(std::size_t i);
  std::optional<Candidate> match_quarter(std::size_t i);
  std::optional<Candidate> match_half(std::size_t i);
  std::optional<Candidate> match_modified(std::size_t i);
  std::optional<Candidate> match_relative(std::size_t i);
  std::optional<Candidate> match_weekday(std::size_t i);
  std::optional<Candidate> match_vague(std::size_t i);
  std::optional<Candidate> match_anaphoric(std::size_t i);
  std::optional<Candidate> match_duration(std::size_t i);
  std::optional<Candidate> match_hedged(std::size_t i);
  std::optional<Candidate> match_set(std::size_t i);
  std::optional<Candidate> match_time(std::size_t i);
  int part_after(std::size_t i) const;
  Candidate time_in_part(std::size_t i, std::size_t j, int hour, int minute);
  std::optional<Candidate> match_elapsed(std::size_t i);  // inside match_time: "2:19:41"
  bool pace_after(std::size_t i) const;
  std::optional<Candidate> match_day_word(std::size_t i);
  bool generic_today(std::size_t i) const;
  // Inner pieces that only count after a modifier: "the year", "the month", "last year".
  std::optional<Candidate> match_unit_reference(std::size_t i);

  // Token access; out-of-range reads give an empty word.
  std::size_t size() const { return tokens_.size(); }
  std::string_view word(std::size_t i) const { return i < tokens_.size() ? tokens_[i].lower() : std::string_view(); }
  bool is(std::size_t i, std::string_view w) const { return word(i) == w; }
  const WordInfo* info(std::size_t i) const { return i < infos_.size() ? infos_[i] : nullptr; }
  bool is_number(std::size_t i) const { return i < tokens_.size() && tokens_[i].kind == TokenKind::kNumber; }
  bool capitalized(std::size_t i) const { return i < tokens_.size() && tokens_[i].capitalized; }
  // Token i follows the previous one with no space between.
  bool glued(std::size_t i) const { return i < tokens_.size() && !tokens_[i].space_before; }

  bool number_may_start(std::size_t i) const;

  // Pieces.
  std::optional<int> integer(std::size_t i) const;   // a plain digit token
  std::optional<int> day_of_month(std::size_t i, std::size_t& next) const;  // "20", "20th", "twentieth"
  std::optional<int> year_at(std::size_t i) const;   // a four-digit year 1000..2199
  std::optional<int> month_at(std::size_t i, std::size_t& next) const;      // "July", "Sept."
  std::optional<int> weekday_at(std::size_t i, std::size_t& next) const;    // "Friday", "Thurs."
  // An amount: digits, number words, "a", "half a"; `vague` for several/few/many.
  bool amount_at(std::size_t i, std::size_t& next, std::optional<double>& value) const;
  Unit unit_at(std::size_t i, bool& plural) const;
  // *anterior, when given, is set if the expression names what the clause's event follows
  // ("will repair by January following an order in May"); before a future verb the tense is
  // then left unknown.
  Tense tense_at(std::size_t i, bool* anterior = nullptr) const;
  bool bare_plural_unit(std::size_t i) const;
  bool age_before(std::size_t i) const;
  void extend_compound(Candidate& c, Unit unit, double amount) const;
  // A clock time's day: a day word or date right after it, else the day of the sentence.
  Candidate day_for_time(std::size_t i, std::size_t& next);

  // Candidates.
  Candidate month_day(std::size_t first, std::size_t last, int month, int day) const;
  static Candidate fixed(std::size_t first, std::size_t last, const Point& p);
  static Candidate recipe(std::size_t first, std::size_t last, Resolve how);

  // The end of a range whose start was kept just before: "14" in "June 12-14".
  std::optional<Candidate> match_range_end(std::size_t i);
  // The start of a coordinated pair of amounts takes the unit of the second: "four or five weeks".
  std::optional<Candidate> coordinated_amount(std::size_t i, std::size_t j, const std::optional<double>& amount) const;

  std::span<const Token> tokens_;
  std::optional<Candidate> previous_;
  std::vector<const WordInfo*> infos_;  // the vocabulary entry of each token, looked up once
  // For each token, the next one after it that is a number or a temporal word (UINT32_MAX
  // for none): a weak starter far from one starts nothing.
  std::vector<std::uint32_t> next_temporal_;
  FindContext& ctx_;
};

// The value of a date at a granularity with every field unknown: "XXXX-XX", "XXXX-QX".
std::string unknown_value(Granularity g);

}  // namespace kban::timex
