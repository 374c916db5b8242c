#include <fmt/format.h>

#include "output/listings.hpp"
#include "base/utf8.hpp"

namespace kban {

namespace {

// Text as XML 1.0 content. A character XML 1.0 forbids (a C0 control but tab and line breaks,
// U+FFFE, U+FFFF) has no escape there, so it becomes U+FFFD: the output stays well-formed and
// the code-point offsets of the text stay as they were.
std::string xml_escape(std::string_view text) {
  constexpr std::string_view kReplacement = "\xEF\xBF\xBD";
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    const auto b = static_cast<unsigned char>(c);
    if (c == '&') out += "&amp;";
    else if (c == '<') out += "&lt;";
    else if (c == '>') out += "&gt;";
    else if (c == '"') out += "&quot;";
    else if (c == '\r') out += "&#13;";  // a parser would read a bare CR as a line feed
    else if (b < 0x20 && c != '\t' && c != '\n' && c != '\r') out += kReplacement;
    else if (b == 0xEF && text.substr(i, 2) == "\xEF\xBF" && i + 2 < text.size() &&
             (text[i + 2] == '\xBE' || text[i + 2] == '\xBF')) {
      out += kReplacement;
      i += 2;
    } else out += c;
  }
  return out;
}

}  // namespace

Listing list_timexes(std::string_view text, const std::vector<Timex>& timexes, const Reference& reference,
                     const std::string& doc) {
  Listing listing;
  listing.kind = "timexes";
  if (!doc.empty()) listing.fields.push_back({"doc", Json(doc), {}, {}});
  listing.fields.push_back({"dct", reference.date ? Json(to_iso(*reference.date)) : Json(nullptr), {}, {}});
  if (reference.inferred)
    listing.fields.push_back({"dct_inferred", Json{{"inferred", true}, {"reason", reference.reason}}, {}, {}});
  listing.add_records([text, &timexes, &reference](RecordWriter& out) {
    const CodePointIndex index(text);
    for (std::size_t k = 0; k < timexes.size(); ++k) {
      const Timex& t = timexes[k];
      out.record([&](JsonWriter& w) {
        w.field("tid", fmt::format("t{}", k + 1));
        w.field("start", index.to_code_points(t.begin));
        w.field("end", index.to_code_points(t.end));
        w.field("start_byte", t.begin);
        w.field("end_byte", t.end);
        w.field("text", text.substr(t.begin, t.end - t.begin));
        w.field("type", timex_type_name(t.type));
        w.field("value", t.value);
        if (t.mod.empty()) w.null_field("mod");
        else w.field("mod", t.mod);
        w.field("sentence", t.sentence);
        w.field("inferred", t.uses_reference && reference.inferred);
        if (t.anchor_index >= 0) {
          w.key("anchor");
          w.begin_object();
          w.field("relation", t.anchor_relation);
          w.field("tid", fmt::format("t{}", t.anchor_index + 1));
          w.field("value", t.anchored_value);
          w.end_object();
        }
      });
    }
  }, "timex");
  listing.table = [text, &timexes] {
    Table table;
    table.headers = {"START", "END", "TYPE", "VALUE", "MOD", "TEXT"};
    table.stretch_column = 5;
    const CodePointIndex index(text);
    for (const Timex& t : timexes)
      table.rows.push_back({{std::to_string(index.to_code_points(t.begin)), std::to_string(index.to_code_points(t.end)),
                             std::string(timex_type_name(t.type)), t.value, t.mod.empty() ? "-" : t.mod,
                             one_line(text.substr(t.begin, t.end - t.begin))},
                            {}});
    return table;
  };
  return listing;
}

std::string render_timeml(std::string_view text, const std::vector<Timex>& timexes, const Reference& reference) {
  std::string out = "<?xml version=\"1.0\" ?>\n<TimeML>\n";
  if (reference.date) {
    const std::string dct = to_iso(*reference.date);
    out += fmt::format("<DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"{}\" temporalFunction=\"false\" "
                       "functionInDocument=\"CREATION_TIME\">{}</TIMEX3></DCT>\n",
                       dct, dct);
  }
  out += "<TEXT>";
  std::size_t pos = 0;
  for (std::size_t k = 0; k < timexes.size(); ++k) {
    const Timex& t = timexes[k];
    out += xml_escape(text.substr(pos, t.begin - pos));
    out += fmt::format("<TIMEX3 tid=\"t{}\" type=\"{}\" value=\"{}\"", k + 1, timex_type_name(t.type), xml_escape(t.value));
    if (!t.mod.empty()) out += fmt::format(" mod=\"{}\"", t.mod);
    if (t.anchor_index >= 0)
      out += fmt::format(" {}=\"t{}\"", t.anchor_relation == "after" || t.anchor_relation == "starts_on" ? "beginPoint" : "endPoint", t.anchor_index + 1);
    out += '>';
    out += xml_escape(text.substr(t.begin, t.end - t.begin));
    out += "</TIMEX3>";
    pos = t.end;
  }
  out += xml_escape(text.substr(pos));
  out += "</TEXT>\n</TimeML>\n";
  return out;
}

}  // namespace kban
