#pragma once
// Text for HTML and SVG: every string that comes from an article, a lexicon or a corpus field
// goes through here, so nothing in them can open a tag, close an attribute or run a script.
#include <string>
#include <string_view>

#include "kban/model.hpp"

namespace kban {

// Escapes & < > " ' (safe in text and in quoted attributes), and replaces the characters XML
// 1.0 forbids (controls other than tab and line breaks, U+FFFE, U+FFFF) with U+FFFD, so the
// result is well-formed XML. The text must be valid UTF-8.
std::string escape_markup(std::string_view text);

// The sentence of a piece of evidence, escaped, with the evidence's words in <mark>. Offsets
// are code points; words that fall outside the sentence are not marked.
std::string marked_sentence(const Analysis& analysis, const Evidence& evidence);

// A URL fit for href: http or https only (a "javascript:" link from a corpus is not a link),
// escaped; empty when it is not fit.
std::string safe_href(std::string_view url);

}  // namespace kban
