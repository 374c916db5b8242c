#include "output/markup.hpp"

#include <algorithm>
#include <cctype>

#include "base/utf8.hpp"

namespace kban {

std::string escape_markup(std::string_view text) {
  std::string out;
  out.reserve(text.size() + text.size() / 8);
  for (std::size_t i = 0; i < text.size();) {
    const unsigned char c = static_cast<unsigned char>(text[i]);
    if (c < 0x80) {
      switch (c) {
        case '&': out += "&amp;"; break;
        case '<': out += "&lt;"; break;
        case '>': out += "&gt;"; break;
        case '"': out += "&quot;"; break;
        case '\'': out += "&#39;"; break;
        default:
          if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') out += "\xEF\xBF\xBD";
          else out += static_cast<char>(c);
      }
      ++i;
      continue;
    }
    std::size_t length = 1;
    const char32_t cp = decode_utf8(text, i, length);
    if (cp == 0xFFFE || cp == 0xFFFF) out += "\xEF\xBF\xBD";
    else out.append(text, i, length);
    i += length;
  }
  return out;
}

namespace {

// The byte offset of code point `n` of a text (its size when n is past the end).
std::size_t byte_of(std::string_view text, std::size_t n) {
  std::size_t i = 0;
  for (; i < text.size() && n > 0; --n) {
    std::size_t length = 1;
    decode_utf8(text, i, length);
    i += length;
  }
  return std::min(i, text.size());
}

}  // namespace

std::string marked_sentence(const Analysis& analysis, const Evidence& evidence) {
  const Passage& p = analysis.sentence(evidence);
  if (evidence.start < p.start || evidence.start >= p.end || evidence.end <= evidence.start)
    return escape_markup(p.text);
  const std::size_t begin = byte_of(p.text, evidence.start - p.start);
  const std::size_t end = byte_of(p.text, std::min(evidence.end, p.end) - p.start);
  const std::string_view text(p.text);
  return escape_markup(text.substr(0, begin)) + "<mark>" + escape_markup(text.substr(begin, end - begin)) + "</mark>" +
         escape_markup(text.substr(end));
}

std::string safe_href(std::string_view url) {
  const auto starts = [&](std::string_view prefix) {
    if (url.size() <= prefix.size()) return false;
    for (std::size_t i = 0; i < prefix.size(); ++i)
      if (static_cast<char>(std::tolower(static_cast<unsigned char>(url[i]))) != prefix[i]) return false;
    return true;
  };
  if (!starts("http://") && !starts("https://")) return {};
  return escape_markup(url);
}

}  // namespace kban
