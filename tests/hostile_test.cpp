// Hostile text (tests/data/hostile/terminal.json: escape and OSC sequences, OSC 8 links, bidi
// controls, backspace, CR, every C0 control but NUL, C1 controls, forged rows and error lines,
// formula-like cells, Markdown and HTML metacharacters) through every command and format.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <string>
#include <string_view>
#include <vector>

#include "support.hpp"

using kban::test::run_kban;
using kban::test::run_script;
using kban::test::source_path;
using kban::test::write_temp;

namespace {

const std::string kCorpus = "--corpus " + source_path("tests/data/hostile/terminal.json");
const std::vector<std::string> kListings = {"sources", "timeline", "timeline --evidence", "claims", "conflicts",
                                            "conflicts --evidence"};
const std::vector<std::string> kDocs = {"hostile-a", "-1-1", "hostile_c"};

// The first character that could act on a terminal (a C0 control but the line feeds the
// format itself writes, DEL, a C1 control, a bidi control), as "offset: U+XXXX"; empty when
// there is none.
std::string first_control(std::string_view text, bool crlf) {
  for (std::size_t i = 0; i < text.size(); ++i) {
    const auto b = static_cast<unsigned char>(text[i]);
    const bool line_end = b == '\n' || (crlf && b == '\r' && i + 1 < text.size() && text[i + 1] == '\n');
    std::uint32_t cp = b;
    if (b == 0xC2 && i + 1 < text.size()) cp = static_cast<unsigned char>(text[i + 1]) & 0x3F | 0x80;
    else if (b == 0xD8 && i + 1 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0x9C) cp = 0x061C;
    else if (b == 0xE2 && i + 2 < text.size())
      cp = 0x2000 | (static_cast<unsigned>(static_cast<unsigned char>(text[i + 1]) & 0x3F) << 6) |
           (static_cast<unsigned char>(text[i + 2]) & 0x3F);
    const bool control = (b < 0x20 && !line_end) || b == 0x7F || (b == 0xC2 && cp >= 0x80 && cp <= 0x9F) ||
                         cp == 0x061C || cp == 0x200E || cp == 0x200F || (cp >= 0x202A && cp <= 0x202E) ||
                         (cp >= 0x2066 && cp <= 0x2069);
    if (control) return std::to_string(i) + ": U+" + std::to_string(cp) + " in ..." + std::string(text.substr(i > 40 ? i - 40 : 0, 40));
  }
  return {};
}

std::string without(std::string text, const std::string& piece) {
  for (auto at = text.find(piece); at != std::string::npos; at = text.find(piece, at)) text.erase(at, piece.size());
  return text;
}

// The cells of RFC 4180 CSV; `well_formed` false when a quote is left open.
std::vector<std::vector<std::string>> csv_rows(const std::string& text, bool& well_formed) {
  std::vector<std::vector<std::string>> rows(1);
  std::string cell;
  bool quoted = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (quoted) {
      if (c == '"' && i + 1 < text.size() && text[i + 1] == '"') cell += '"', ++i;
      else if (c == '"') quoted = false;
      else cell += c;
    } else if (c == '"') {
      quoted = true;
    } else if (c == ',') {
      rows.back().push_back(cell), cell.clear();
    } else if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') {
      rows.back().push_back(cell), cell.clear();
      rows.emplace_back();
      ++i;
    } else {
      cell += c;
    }
  }
  well_formed = !quoted && cell.empty() && rows.back().empty();
  rows.pop_back();
  return rows;
}

// Whether a spreadsheet could read a cell as a formula.
bool formula(const std::string& cell) {
  if (cell.empty() || std::string_view("=+-@\t\r").find(cell[0]) == std::string_view::npos || cell == "-") return false;
  return cell.find_first_not_of("+-0123456789.") != std::string::npos || cell.find_first_of("+-", 1) != std::string::npos;
}

// Pipes that end a cell: those without a backslash before them.
std::size_t cell_pipes(const std::string& line) {
  std::size_t n = 0;
  for (std::size_t i = 0; i < line.size(); ++i) {
    if (line[i] == '\\') ++i;
    else if (line[i] == '|') ++n;
  }
  return n;
}

}  // namespace

TEST_CASE("hostile text cannot act on a terminal in tables and --evidence", "[hostile]") {
  for (const auto& listing : kListings) {
    for (const std::string color : {"never", "always"}) {
      CAPTURE(listing, color);
      const auto r = run_kban(kCorpus + " --color " + color + " " + listing);
      REQUIRE(r.exit_code == 0);
      CHECK(r.out.find("\n", r.out.find('\n') + 1) != std::string::npos);  // rows, not just a header
      // kban's own colors are the only escape sequences.
      const std::string plain = without(without(without(r.out, "\x1b[1m"), "\x1b[2m"), "\x1b[0m");
      CHECK(first_control(plain, false).empty());
      CHECK(first_control(r.err, false).empty());
      CHECK(r.out.find("\nkban: error:") == std::string::npos);
    }
  }
  // The escapes are shown, not dropped.
  const auto sources = run_kban(kCorpus + " sources");
  CHECK(sources.out.find("\\x1b]0;pwned\\x07") != std::string::npos);
  const auto timeline = run_kban(kCorpus + " timeline --evidence");
  CHECK(timeline.out.find("\\u202e") != std::string::npos);
  CHECK(timeline.out.find("\\x1b[2J") != std::string::npos);
}

TEST_CASE("a cut table cell never splits an escape", "[hostile]") {
  const auto r = run_kban(kCorpus + " sources", "", "COLUMNS=60");
  REQUIRE(r.exit_code == 0);
  CHECK(first_control(r.out, false).empty());
  for (const auto& line : kban::test::lines(r.out)) {
    CAPTURE(line);
    // A cut escape would leave a backslash and fewer than two hex digits before the ellipsis.
    const auto cut = line.find("…");
    if (cut == std::string::npos) continue;
    const auto slash = line.rfind('\\', cut);
    if (slash == std::string::npos || cut - slash > 6) continue;
    const std::string_view escape = std::string_view(line).substr(slash, cut - slash);
    CHECK((escape.size() == 4 && escape[1] == 'x'));
  }
}

TEST_CASE("hostile text in CSV: no control character, no formula", "[hostile]") {
  bool defused = false;
  for (const auto& listing : kListings) {
    CAPTURE(listing);
    const auto r = run_kban(kCorpus + " " + listing + " --format csv");
    REQUIRE(r.exit_code == 0);
    CHECK(first_control(r.out, true).empty());
    bool well_formed = false;
    const auto rows = csv_rows(r.out, well_formed);
    CHECK(well_formed);
    REQUIRE(rows.size() > 1);
    for (const auto& row : rows) {
      CHECK(row.size() == rows[0].size());
      for (const auto& cell : row) {
        CAPTURE(cell);
        CHECK_FALSE(formula(cell));
        defused = defused || (cell.size() > 1 && cell[0] == '\'' && std::string_view("=+-@\t\r").find(cell[1]) != std::string_view::npos);
      }
    }
  }
  CHECK(defused);  // the corpus has formula-like cells, and they were prefixed
}

TEST_CASE("hostile text in Markdown: one row a line, no formatting, no HTML", "[hostile]") {
  for (const auto& listing : kListings) {
    CAPTURE(listing);
    const auto r = run_kban(kCorpus + " " + listing + " --format markdown");
    REQUIRE(r.exit_code == 0);
    CHECK(first_control(r.out, false).empty());
    const auto rows = kban::test::lines(r.out);
    REQUIRE(rows.size() > 2);
    const std::size_t pipes = cell_pipes(rows[0]);
    for (const auto& row : rows) {
      CAPTURE(row);
      CHECK(row.front() == '|');
      CHECK(row.back() == '|');
      CHECK(cell_pipes(row) == pipes);
      // Every formatting character is escaped: a backslash before it.
      for (std::size_t i = 0; i < row.size(); ++i) {
        if (row[i] == '\\') {
          ++i;
          continue;
        }
        CHECK(std::string_view("`*_[]<>#").find(row[i]) == std::string_view::npos);
      }
    }
  }
}

TEST_CASE("hostile text in JSON and JSON Lines keeps its standard escaping", "[hostile]") {
  for (const auto& listing : kListings) {
    CAPTURE(listing);
    const auto json = run_kban(kCorpus + " " + listing + " --format json");
    REQUIRE(json.exit_code == 0);
    // JSON escapes C0 controls (\u001b); DEL, C1 and bidi controls are valid in its strings.
    CHECK(json.out.find_first_of(std::string("\x01\x02\x03\x04\x05\x06\x07\x08\x09\x0b\x0c\x0d\x0e\x0f\x10\x11\x12\x13"
                                             "\x14\x15\x16\x17\x18\x19\x1a\x1b\x1c\x1d\x1e\x1f")) == std::string::npos);
    CHECK_NOTHROW(nlohmann::json::parse(json.out));
    const auto jsonl = run_kban(kCorpus + " " + listing + " --format jsonl");
    REQUIRE(jsonl.exit_code == 0);
    for (const auto& line : kban::test::lines(jsonl.out)) CHECK_NOTHROW(nlohmann::json::parse(line));
  }
  const auto sources = nlohmann::json::parse(run_kban(kCorpus + " sources --format json").out);
  CHECK(sources["documents"][1]["outlet"] == "\tTabbed\rOutlet");
  CHECK(sources["documents"][0]["outlet"] == "+cmd|' /C calc'!A0\x1b]0;pwned\x07");
}

TEST_CASE("hostile text through kban tag in every format", "[hostile]") {
  for (const auto& doc : kDocs) {
    CAPTURE(doc);
    const std::string tag = kCorpus + " tag --doc " + doc;
    const auto table = run_kban(tag + " --format table");
    REQUIRE(table.exit_code == 0);
    CHECK(first_control(table.out, false).empty());
    CHECK_NOTHROW(nlohmann::json::parse(run_kban(tag + " --format json").out));
    for (const auto& line : kban::test::lines(run_kban(tag + " --format jsonl").out)) CHECK_NOTHROW(nlohmann::json::parse(line));
    const auto timeml = run_kban(tag + " --format timeml");
    REQUIRE(timeml.exit_code == 0);
    const std::string file = write_temp("hostile.tml", timeml.out);
    const auto parsed = run_script("python3 -c 'import sys, xml.dom.minidom; d = xml.dom.minidom.parse(sys.argv[1]); "
                                   "print(len(d.getElementsByTagName(\"TIMEX3\")))' '" +
                                   file + "'");
    CHECK(parsed.err.empty());
    CHECK(parsed.exit_code == 0);
    CHECK(std::stoi("0" + parsed.out) > 1);  // tags, not just the DCT
  }
  // A text with every control character, from stdin: the TimeML still parses.
  std::string controls = "On June 20, 2024 ";
  for (char c = 1; c < 32; ++c) controls += c;
  controls += "\x7f and on July 1, 2024.\xEF\xBF\xBE";
  const auto timeml = run_kban("tag --dct 2024-07-16 --format timeml", controls);
  REQUIRE(timeml.exit_code == 0);
  const std::string file = write_temp("controls.tml", timeml.out);
  const auto parsed = run_script("python3 -c 'import sys, xml.dom.minidom; xml.dom.minidom.parse(sys.argv[1])' '" + file + "'");
  CHECK(parsed.err.empty());
  CHECK(parsed.exit_code == 0);
}

TEST_CASE("error messages show the input they quote as escapes", "[hostile]") {
  // An id, a file name, a date and a JSON key with escape sequences and a forged error line.
  const std::string forged = "$(printf 'x\\033]0;pwned\\007\\nkban: error: forged\\033[2J\\342\\200\\256')";
  for (const std::string& args :
       {kCorpus + " tag --doc \"" + forged + "\"", kCorpus + " timeline --source \"" + forged + "\"",
        "--corpus \"" + forged + "\" sources", "tag --dct \"" + forged + "\"", "timeline --since \"" + forged + "\"",
        "\"" + forged + "\""}) {
    CAPTURE(args);
    const auto r = run_kban(args);
    CHECK(r.exit_code != 0);
    CHECK(first_control(r.err, false).empty());
    CHECK(r.err.find("\nkban: error: forged") == std::string::npos);
    CHECK(r.err.find("\\x1b]0;pwned\\x07\\x0akban: error: forged\\x1b[2J\\u202e") != std::string::npos);
  }
  const std::string corpus = write_temp("key.json", "{\"schema_version\": 1, \"documents\": [{\"id\": \"a\", \"text\": \"x\", "
                                                    "\"k\\u001b]0;x\\u0007\": 1, \"k\\u001b]0;x\\u0007\": 2}]}");
  const auto r = run_kban("--corpus " + corpus + " sources");
  CHECK(r.exit_code == 3);
  CHECK(first_control(r.err, false).empty());
  CHECK(r.err.find("\\x1b]0;x\\x07") != std::string::npos);
}
