// The temporal and quantity taggers on arbitrary valid UTF-8 text.
#include <cstdint>
#include <string_view>

#include "map/quantities/quantities.hpp"
#include "kban/timex.hpp"
#include "map/time/time.hpp"
#include "base/utf8.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  if (kban::find_invalid_utf8(text)) return 0;  // kban rejects invalid UTF-8 before tagging
  const auto timexes = kban::tag_timexes(text, kban::TagOptions{kban::Date{2024, 7, 16}});
  kban::tag_timexes(text, kban::TagOptions{});
  kban::DocumentAnalysis doc = kban::read_document(text);
  doc.timexes = kban::find_timexes(doc);
  kban::find_quantities(doc);
  return 0;
}
