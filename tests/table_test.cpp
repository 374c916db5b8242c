// Tables as a terminal shows them: widths per character as displayed, the terminal's width,
// long cells wrapped, --wide.
#include <catch2/catch.hpp>

#include "output/text_width.hpp"
#include "support.hpp"

namespace {

using kban::display_width;
using kban::test::run_kban;

// The display width of the widest line of a text, without color codes.
std::size_t widest_line(const std::string& text) {
  std::size_t widest = 0;
  for (const auto& line : kban::test::lines(text)) {
    std::string plain;
    for (std::size_t i = 0; i < line.size(); ++i) {
      if (line[i] == '\x1b') {
        while (i < line.size() && line[i] != 'm') ++i;
        continue;
      }
      if (line[i] != '\r') plain += line[i];
    }
    widest = std::max(widest, display_width(plain));
  }
  return widest;
}

}  // namespace

TEST_CASE("display width counts columns, not code points", "[table]") {
  CHECK(display_width("Kaspersky") == 9);
  CHECK(display_width("卡巴斯基") == 8);                         // wide: two columns each
  CHECK(display_width("e\xCC\x81") == 1);                        // e and a combining accent
  CHECK(display_width("\xF0\x9F\x87\xBA\xF0\x9F\x87\xB8") == 2);  // a flag: two regional indicators
  CHECK(display_width("\xF0\x9F\x91\xA8\xE2\x80\x8D\xF0\x9F\x91\xA9") == 2);  // a ZWJ sequence
  CHECK(kban::truncate_display("卡巴斯基实验室", 6) == "卡巴…");
  CHECK(kban::truncate_display("e\xCC\x81tude", 2) == "e\xCC\x81…");  // the accent stays with its letter
}

TEST_CASE("wrapping breaks at spaces, inside a word only when it must", "[table]") {
  using V = std::vector<std::string>;
  CHECK(kban::wrap_display("a directive from the department", 12) == V{"a directive", "from the", "department"});
  CHECK(kban::wrap_display("abcdefghij", 4) == V{"abcd", "efgh", "ij"});
  CHECK(kban::wrap_display("short", 0) == V{"short"});
  CHECK(kban::wrap_display("", 5) == V{""});
  CHECK(kban::wrap_display("卡巴斯基实验室", 6) == V{"卡巴斯", "基实验", "室"});
}

TEST_CASE("tables fit the terminal they are shown in", "[table][cli]") {
  using kban::test::run_script;
  // In a pseudo-terminal of 80 and of 200 columns (script(1), from util-linux).
  const auto narrow = run_script("script -qec 'stty cols 80; \"$KBAN\" timeline --evidence' /dev/null");
  REQUIRE(narrow.exit_code == 0);
  CHECK(widest_line(narrow.out) <= 80);
  const auto wide = run_script("script -qec 'stty cols 200; \"$KBAN\" timeline' /dev/null");
  REQUIRE(wide.exit_code == 0);
  CHECK(widest_line(wide.out) <= 200);
  CHECK(widest_line(wide.out) > 120);  // the room is used: no summary is cut or wrapped
  const auto lines_at = [](const std::string& text) { return kban::test::lines(text).size(); };
  CHECK(lines_at(narrow.out) > lines_at(run_script("script -qec 'stty cols 200; \"$KBAN\" timeline --evidence' /dev/null").out));
  // COLUMNS is the user's word; --wide never wraps; a pipe is not a terminal.
  const auto stated = run_script("COLUMNS=60 script -qec '\"$KBAN\" conflicts' /dev/null");
  CHECK(widest_line(stated.out) <= 60);
  const auto unwrapped = run_script("script -qec 'stty cols 60; \"$KBAN\" timeline --wide' /dev/null");
  CHECK(widest_line(unwrapped.out) > 60);
  CHECK(lines_at(unwrapped.out) == lines_at(run_kban("timeline").out));
}
