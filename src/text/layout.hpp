#pragma once
// The layout of an article's text: paragraphs and what each is (headline, photo caption,
// credit line, stamp, subhead, body), and datelines ("WASHINGTON, June 17 (Reuters) -"). Dates
// in captions, credits, stamps and datelines date the page or the photo, not the story.
#include <cstdint>
#include <string_view>
#include <vector>

namespace kban {

// A stamp is page furniture that dates the page, not the story: "Published June 21, 2024",
// "Last update on: Tue Jul 16, 2024 08:39 AM", a byline, an editor's or a republication note.
enum class ParagraphKind { kHeadline, kSubhead, kCaption, kCredit, kStamp, kBody };
std::string_view paragraph_kind_name(ParagraphKind kind);

struct Paragraph {
  std::uint32_t begin = 0;  // byte offsets into the text, end exclusive
  std::uint32_t end = 0;
  ParagraphKind kind = ParagraphKind::kBody;
  std::uint32_t dateline_end = 0;  // end of a leading dateline (byte offset), or `begin`
  bool republication = false;      // a stamp that says the text was first published elsewhere
};

// Paragraphs are separated by blank lines; single line breaks also separate lines that look
// like headlines or captions.
std::vector<Paragraph> analyze_layout(std::string_view text);

// The paragraph holding byte `offset`, or nullptr.
const Paragraph* paragraph_at(const std::vector<Paragraph>& paragraphs, std::uint32_t offset);

// Whether byte `offset` is in the story itself: in a paragraph that is no photo caption,
// credit line or stamp, and past any dateline.
bool in_story_text(const std::vector<Paragraph>& paragraphs, std::uint32_t offset);

}  // namespace kban
