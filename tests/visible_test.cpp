// What reaches a terminal from the input: controls shown as escapes, cut whole.
#include <catch2/catch.hpp>

#include "base/visible.hpp"
#include "output/render.hpp"
#include "support.hpp"

using kban::visible;
using kban::visible_cut;
using kban::visible_line;
using kban::visible_width;

TEST_CASE("controls, DEL, C1 and bidi controls are shown as escapes", "[visible]") {
  CHECK(visible("plain text, é, 東京, 🙂") == "plain text, é, 東京, 🙂");
  CHECK(visible("\x1b[2Jclear") == "\\x1b[2Jclear");
  CHECK(visible("a\nkban: error: forged") == "a\\x0akban: error: forged");
  CHECK(visible("tab\there\r\b\x7f") == "tab\\x09here\\x0d\\x08\\x7f");
  CHECK(visible("\xc2\x85\xc2\x9b") == "\\u0085\\u009b");  // C1: NEL, CSI
  CHECK(visible("\u202egnp.exe \u2066x\u2069 \u200e\u200f\u061c") == "\\u202egnp.exe \\u2066x\\u2069 \\u200e\\u200f\\u061c");
  // Bytes that are not UTF-8 (a file name can hold anything): each one escaped.
  CHECK(visible("a\xff\xc3") == "a\\xff\\xc3");
  CHECK(visible("\xed\xa0\x80") == "\\xed\\xa0\\x80");  // a surrogate
  CHECK(visible("\xc0\xaf") == "\\xc0\\xaf");           // an overlong '/'
}

TEST_CASE("in a table line, line breaks and tabs are spaces", "[visible]") {
  CHECK(visible_line("one\ntwo\tthree\r\n") == "one two three  ");
  CHECK(visible_line("\x1b]0;title\x07") == "\\x1b]0;title\\x07");
  CHECK(visible_width("a\x1b") == 5);
  CHECK(visible_width("é\u202e") == 7);
}

TEST_CASE("a cut keeps characters and escapes whole", "[visible]") {
  CHECK(visible_cut("short", 10) == "short");
  CHECK(visible_cut("abcdef", 4) == "abc…");
  CHECK(visible_cut("ab\x1b[31m", 5) == "ab…");        // "\x1b" needs 4 columns
  CHECK(visible_cut("ab\x1b[31m", 7) == "ab\\x1b…");
  CHECK(visible_cut("a\u202eb", 4) == "a…");
  CHECK(visible_cut("éééé", 3) == "éé…");
  CHECK(visible_cut("anything", 0).empty());
}

TEST_CASE("tables and error messages show the input's controls as escapes", "[visible][cli]") {
  const std::string corpus = kban::test::write_temp(
      "controls.json", R"({"schema_version": 1, "documents": [{"id": "a", "title": "\u001b]0;pwned\u0007Title\nkban: x", "text": "One."}]})");
  const auto table = kban::test::run_kban("--corpus " + corpus + " sources --color always");
  // kban's own bold headers are the only escape sequences.
  CHECK(table.out ==
        "\x1b[1mID\x1b[0m  \x1b[1mOUTLET\x1b[0m  \x1b[1mPUBLISHED\x1b[0m  \x1b[1mWORDS\x1b[0m  \x1b[1mTITLE\x1b[0m\n"
        "a   -       -          1      \\x1b]0;pwned\\x07Title kban: x\n");
  const auto error = kban::test::run_kban("--corpus " + corpus + " tag --doc \"$(printf 'b\\033[2J\\nkban: error: forged')\"");
  CHECK(error.err ==
        "kban: error: unknown document \"b\\x1b[2J\\x0akban: error: forged\" (known: a)\n"
        "Run 'kban --help' for the commands and options.\n");
}

TEST_CASE("CSV cells are defused and Markdown cells escaped", "[visible]") {
  using kban::csv_escape;
  using kban::markdown_escape;
  CHECK(csv_escape("=HYPERLINK(\"http://x\")") == "\"'=HYPERLINK(\"\"http://x\"\")\"");
  CHECK(csv_escape("+cmd") == "'+cmd");
  CHECK(csv_escape("-2+3") == "'-2+3");
  CHECK(csv_escape("@SUM(A1)") == "'@SUM(A1)");
  CHECK(csv_escape("\t=1") == "' =1");
  CHECK(csv_escape("\r=1") == "' =1");
  // Numbers and kban's "-" for none compute nothing.
  CHECK(csv_escape("-") == "-");
  CHECK(csv_escape("-12.5") == "-12.5");
  CHECK(csv_escape("+3") == "+3");
  CHECK(csv_escape("a,b\nc\x1b") == "\"a,b c\\x1b\"");
  CHECK(markdown_escape("Pipe | here") == "Pipe \\| here");
  CHECK(markdown_escape("a\\|b") == "a\\\\\\|b");
  CHECK(markdown_escape("<b>*x*</b> _y_ [l](u) `c` #h") == "\\<b\\>\\*x\\*\\</b\\> \\_y\\_ \\[l\\](u) \\`c\\` \\#h");
  CHECK(markdown_escape("one\rtwo\nthree") == "one two three");
}
