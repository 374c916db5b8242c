#include "text/layout.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <string>
#include <vector>

#include "input/language.hpp"
#include "text/words.hpp"

namespace kban {

namespace {

bool contains(std::string_view text, std::string_view word) { return text.find(word) != std::string_view::npos; }

bool ends_sentence(std::string_view text) {
  while (!text.empty() && (text.back() == ' ' || text.back() == '"')) text.remove_suffix(1);
  if (text.size() >= 3 && text.substr(text.size() - 3) == "”") text.remove_suffix(3);  // closing quote
  return !text.empty() && (text.back() == '.' || text.back() == '?' || text.back() == '!' || text.back() == ':');
}

// How captions and credit lines announce themselves (data/en/layout.json).
struct Marks {
  std::vector<std::string> caption_prefixes, caption_credit_marks, credit_prefixes, credit_phrases, stamp_openers,
      stamp_phrases, republication_phrases;
  std::string byline_opener;
};

const Marks& marks() {
  static const Marks m = [] {
    const Language& en = english();
    const auto list = [&](const char* key) { return en.json(key).get<std::vector<std::string>>(); };
    return Marks{list("layout.caption_prefixes"),   list("layout.caption_credit_marks"), list("layout.credit_prefixes"),
                 list("layout.credit_phrases"),     list("layout.stamp_openers"),       list("layout.stamp_phrases"),
                 list("layout.republication_phrases"),
                 en.json("layout.byline_opener")};
  }();
  return m;
}

bool starts_with_any(std::string_view text, const std::vector<std::string>& prefixes) {
  for (const auto& p : prefixes)
    if (text.rfind(p, 0) == 0) return true;
  return false;
}

// A photo caption names a photographer or agency in a trailing parenthesis, or announces itself.
bool is_caption(std::string_view p) {
  if (starts_with_any(p, marks().caption_prefixes)) return true;
  std::string_view trimmed = p;
  while (!trimmed.empty() && (trimmed.back() == ' ' || trimmed.back() == '.')) trimmed.remove_suffix(1);
  if (trimmed.empty() || trimmed.back() != ')') return false;
  const auto open = trimmed.rfind('(');
  if (open == std::string_view::npos) return false;
  const std::string_view credit = trimmed.substr(open);
  for (const auto& mark : marks().caption_credit_marks)
    if (contains(credit, mark)) return true;
  return contains(credit, "/") && !contains(credit, "http");
}

// "(Reporting by ...; Editing by ...)", "Reuters contributed to this report."
bool is_credit(std::string_view p) {
  if (starts_with_any(p, marks().credit_prefixes)) return true;
  for (const auto& phrase : marks().credit_phrases)
    if (contains(p, phrase) && count_words(p, 15) < 15) return true;
  return false;
}

std::string lowercase(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

// Length in bytes of an update marker heading a paragraph of news ("Update, 2:00 p.m.: The
// health district said ..."): a stamp word, a time with a digit, and ": ", within 30 bytes;
// else 0.
std::size_t update_marker_length(std::string_view p) {
  // Markdown emphasis around the marker counts with it: "*Update, March 11:* The SCA said".
  const auto emphasis = [](char c) { return c == '*' || c == '_'; };
  std::size_t lead = 0;
  while (lead < p.size() && lead < 3 && emphasis(p[lead])) ++lead;
  const std::string lower = lowercase(p.substr(lead, 30));
  for (const auto& opener : marks().stamp_openers) {
    if (lower.rfind(opener, 0) != 0 || opener.size() >= lower.size() || std::isalpha(static_cast<unsigned char>(lower[opener.size()])))
      continue;
    // The colon that ends the marker: followed (past any emphasis) by a space, not "2:00".
    std::size_t colon = opener.size(), end = 0;
    for (;; ++colon) {
      colon = lower.find(':', colon);
      if (colon == std::string::npos) return 0;
      end = colon + 1;
      while (end < lower.size() && emphasis(lower[end])) ++end;
      if (end < lower.size() && lower[end] == ' ') break;
    }
    const std::string_view between = std::string_view(lower).substr(opener.size(), colon - opener.size());
    return between.find_first_of("0123456789") == std::string_view::npos ? 0 : lead + end + 1;
  }
  return 0;
}

// A line of a page's time stamp: a word and a number ("September 15,", "Feb. 21") opening a
// short line that holds a clock time ("September 15, 2024 7:58 PM EDT Updated 2 hours ago").
bool is_time_stamp_line(std::string_view p) {
  if (p.empty() || !std::isupper(static_cast<unsigned char>(p[0])) || count_words(p, 13) > 12) return false;
  std::size_t k = 0;
  while (k < p.size() && (std::isalpha(static_cast<unsigned char>(p[k])) || p[k] == '.')) ++k;
  if (k + 1 >= p.size() || p[k] != ' ' || !std::isdigit(static_cast<unsigned char>(p[k + 1]))) return false;
  for (std::size_t i = k + 1; i + 2 < p.size(); ++i)
    if (std::isdigit(static_cast<unsigned char>(p[i])) && p[i + 1] == ':' && std::isdigit(static_cast<unsigned char>(p[i + 2])) &&
        i + 3 < p.size() && std::isdigit(static_cast<unsigned char>(p[i + 3])))
      return true;
  return false;
}

// A stamp opens with a stamp word followed by no letter ("Published June 21", "UPDATED
// 17:04", "Last update on:", "Related:"), unless that is only an update marker heading a
// paragraph of news; is a line of a time stamp, a short byline ("By Jane Roe | June 21,
// 2024"), a short reading time ("4 min read"), or a short note that the text was first
// published elsewhere.
bool is_stamp(std::string_view p, bool& republication) {
  if (is_time_stamp_line(p)) return true;
  const std::string lower = lowercase(p.substr(0, 200));
  const auto words = [&] { return count_words(p, 61); };  // the limits below are 60 words or fewer
  for (const auto& phrase : marks().republication_phrases)
    if (lower.find(phrase) != std::string::npos && words() <= 60) return republication = true;
  // "4 min read", "Reading time: 5 minutes": the phrase as whole words, on a short line with a
  // number; ending a line of page details, on a longer one ("Issue of March 14, 2025 · 16 min
  // read", "Summary generated from 4 sources · 2 min read").
  const auto letter = [&](std::size_t at) { return at < lower.size() && std::isalpha(static_cast<unsigned char>(lower[at])); };
  const bool number = std::any_of(lower.begin(), lower.end(), [](char ch) { return std::isdigit(static_cast<unsigned char>(ch)); });
  const auto ends_line = [&](std::size_t at) {
    for (std::size_t k = at; k < lower.size(); ++k)
      if (lower[k] != ' ' && lower[k] != '.' && lower[k] != '\n' && lower[k] != '\r') return false;
    return lower.size() == std::min<std::size_t>(p.size(), 200);
  };
  constexpr std::size_t kShortLine = 8, kDetailLine = 16;
  for (const auto& phrase : marks().stamp_phrases)
    for (std::size_t at = lower.find(phrase); number && at != std::string::npos; at = lower.find(phrase, at + 1))
      if ((at == 0 || !letter(at - 1)) && !letter(at + phrase.size()) &&
          words() <= (ends_line(at + phrase.size()) ? kDetailLine : kShortLine))
        return true;
  // A stamp word at byte k of the line, followed by no letter.
  const auto stamp_word_at = [&](std::size_t k) {
    return std::any_of(marks().stamp_openers.begin(), marks().stamp_openers.end(),
                       [&](const std::string& opener) { return lower.compare(k, opener.size(), opener) == 0 && !letter(k + opener.size()); });
  };
  if (stamp_word_at(0)) return words() <= 40 && !(update_marker_length(p) > 0 && words() > 12);
  // A line of page details set apart by "|" or "·", one of them a stamp: "By Lena Vos |
  // Published October 11, 2024 | Updated October 12, 2024", "Kevin Marchetti · Jan 23, 2025 ·
  // Updated Jan 24, 2025 10:05 a.m. ET".
  constexpr std::size_t kDetailsLine = 30;
  if (words() <= kDetailsLine)
    for (const std::string_view separator : {"|", "\u00b7"})
      for (std::size_t at = lower.find(separator); at != std::string::npos; at = lower.find(separator, at + 1)) {
        std::size_t k = at + separator.size();
        while (k < lower.size() && lower[k] == ' ') ++k;
        if (stamp_word_at(k)) return true;
      }
  return p.rfind(marks().byline_opener, 0) == 0 && words() <= 12 && p.size() > 3 &&
         std::isupper(static_cast<unsigned char>(p[marks().byline_opener.size()]));
}

// The end of the dash that closes a dateline, searched from `from` within the first 80
// bytes; 0 when a sentence ends first.
std::size_t dash_end(std::string_view p, std::size_t from) {
  const std::size_t limit = std::min<std::size_t>(p.size(), 80);
  const auto past_spaces = [&](std::size_t end) {
    while (end < p.size() && p[end] == ' ') ++end;
    return end;
  };
  for (std::size_t k = from; k + 1 < limit; ++k) {
    if ((p[k] == ' ' && (p[k + 1] == '-' || p.substr(k + 1, 3) == "—" || p.substr(k + 1, 3) == "–")))
      return past_spaces(k + 1 + (p[k + 1] == '-' ? 1 : 3));
    // ".-" closes a dateline in agency copy translated from Spanish ("Girona, 8 Jul (AIN).- ").
    if (p[k] == '.' && p[k + 1] == '-' && k > from && p[k - 1] == ')') return past_spaces(k + 2);
    // A period before a comma closes an abbreviation ("ROANOKE, Va., Sept 15 (Pinnacle) -").
    if (p[k] == '.' && k > from + 1 && p[k - 1] != '.' && p[k + 1] != ',' && !std::isupper(static_cast<unsigned char>(p[k - 1])) &&
        std::string_view("0123456789").find(p[k - 1]) == std::string_view::npos)
      return 0;  // a sentence ended first: no dateline
  }
  return 0;
}

// Length in bytes of a leading dateline: a place in capitals ("WASHINGTON, June 17 (CWS) - "),
// or a place in title case followed by a date ("Prague, 15 July (CNS) - ",
// "Ingolstadt/Washington, 23 May (DPN) - "), then a dash.
std::size_t dateline_length(std::string_view p) {
  if (const std::size_t marker = update_marker_length(p)) return marker;
  std::size_t i = 0;
  std::size_t caps = 0;
  while (i < p.size() && (std::isupper(static_cast<unsigned char>(p[i])) || p[i] == ' ' || p[i] == '.' || p[i] == '\'')) {
    caps += std::isupper(static_cast<unsigned char>(p[i])) != 0;
    ++i;
  }
  if (caps >= 3 && i < p.size() && (p[i] == ',' || p[i] == '(')) return dash_end(p, i);
  // Title case: up to four capitalized words, a comma, and a date (a digit) before the dash.
  std::size_t k = 0, words = 0;
  while (k < p.size() && words < 5) {
    if (!std::isupper(static_cast<unsigned char>(p[k]))) return 0;
    while (k < p.size() && (std::isalpha(static_cast<unsigned char>(p[k])) || p[k] == '.' || p[k] == '-' ||
                            static_cast<unsigned char>(p[k]) >= 0x80))
      ++k;
    ++words;
    if (k < p.size() && (p[k] == ' ' || p[k] == '/')) {
      ++k;
      continue;
    }
    break;
  }
  if (words > 4 || k >= p.size() || p[k] != ',') return 0;
  const std::size_t end = dash_end(p, k);
  if (end == 0 || end - k > 40) return 0;
  const std::string_view between = p.substr(k, end - k);
  return between.find_first_of("0123456789") == std::string_view::npos ? 0 : end;
}

}  // namespace

std::string_view paragraph_kind_name(ParagraphKind kind) {
  switch (kind) {
    case ParagraphKind::kHeadline: return "headline";
    case ParagraphKind::kSubhead: return "subhead";
    case ParagraphKind::kCaption: return "caption";
    case ParagraphKind::kCredit: return "credit";
    case ParagraphKind::kStamp: return "stamp";
    case ParagraphKind::kBody: return "body";
  }
  return "body";
}

std::vector<Paragraph> analyze_layout(std::string_view text) {
  std::vector<Paragraph> out;
  std::size_t pos = 0;
  bool links_open = false;  // under a "Related:" header and its links
  while (pos < text.size()) {
    // A paragraph is a run of lines up to a blank line (which may hold spaces or a CR).
    std::size_t end = pos, next = text.size();
    for (end = text.find('\n', pos); end != std::string_view::npos; end = text.find('\n', end + 1)) {
      std::size_t k = end + 1;
      while (k < text.size() && (text[k] == ' ' || text[k] == '\t' || text[k] == '\r')) ++k;
      if (k < text.size() && text[k] == '\n') {
        next = k + 1;
        break;
      }
    }
    if (end == std::string_view::npos) end = text.size();
    std::size_t b = pos, e = end;
    while (b < e && std::isspace(static_cast<unsigned char>(text[b]))) ++b;
    while (e > b && std::isspace(static_cast<unsigned char>(text[e - 1]))) --e;
    if (b < e) {
      Paragraph p{static_cast<std::uint32_t>(b), static_cast<std::uint32_t>(e), ParagraphKind::kBody,
                  static_cast<std::uint32_t>(b)};
      const std::string_view body = text.substr(b, e - b);
      if (is_caption(body)) p.kind = ParagraphKind::kCaption;
      else if (is_credit(body)) p.kind = ParagraphKind::kCredit;
      else if (is_stamp(body, p.republication)) p.kind = ParagraphKind::kStamp;
      else if (links_open && !ends_sentence(body) && body.back() == ')' && count_words(body, 25) <= 24)
        p.kind = ParagraphKind::kStamp;  // a related link under its header: "Evacuees return home (Sept. 17)"
      else if (!ends_sentence(body) && count_words(body, 17) <= 16)
        p.kind = out.empty() ? ParagraphKind::kHeadline : ParagraphKind::kSubhead;
      p.dateline_end = static_cast<std::uint32_t>(b + dateline_length(body));
      // "Related:" or "Read more:" alone heads a list of links, a paragraph each.
      links_open = p.kind == ParagraphKind::kStamp && (links_open || body.back() == ':');
      out.push_back(p);
    }
    pos = next;
  }
  return out;
}

const Paragraph* paragraph_at(const std::vector<Paragraph>& paragraphs, std::uint32_t offset) {
  const auto it = std::upper_bound(paragraphs.begin(), paragraphs.end(), offset,
                                   [](std::uint32_t o, const Paragraph& p) { return o < p.begin; });
  if (it == paragraphs.begin()) return nullptr;
  const Paragraph& p = *(it - 1);
  return offset < p.end ? &p : nullptr;
}

bool in_story_text(const std::vector<Paragraph>& paragraphs, std::uint32_t offset) {
  const Paragraph* p = paragraph_at(paragraphs, offset);
  return p && p->kind != ParagraphKind::kCaption && p->kind != ParagraphKind::kCredit && p->kind != ParagraphKind::kStamp &&
         offset >= p->dateline_end;
}

}  // namespace kban
