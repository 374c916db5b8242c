// HTML, parsed by gumbo (Debian's libgumbo-dev): the HTML5 parsing algorithm of browsers, so
// a page is read as a browser reads it, tag soup included. Metadata comes from JSON-LD
// (NewsArticle and its kin), Open Graph and article meta tags, <time datetime>, the canonical
// link and <title>. The main text is found as Readability and trafilatura find it: scripts,
// styles, navigation, asides, footers, forms and elements whose class or id names site
// furniture are dropped; the container that holds most of the remaining paragraph text (not
// link text) is the article.
#include <gumbo.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <map>

#include "base/utf8.hpp"
#include "input/ingest/page.hpp"
#include "input/language.hpp"

namespace kban::ingest {

namespace {

using nlohmann::json;

const char* attribute(const GumboNode* node, const char* name) {
  if (node->type != GUMBO_NODE_ELEMENT) return nullptr;
  const GumboAttribute* a = gumbo_get_attribute(&node->v.element.attributes, name);
  return a ? a->value : nullptr;
}

GumboTag tag_of(const GumboNode* node) { return node->type == GUMBO_NODE_ELEMENT ? node->v.element.tag : GUMBO_TAG_UNKNOWN; }

std::string tag_name(const GumboNode* node) {
  if (node->type != GUMBO_NODE_ELEMENT) return {};
  return gumbo_normalized_tagname(node->v.element.tag);
}

const GumboVector& children(const GumboNode* node) {
  static const GumboVector kNone = {nullptr, 0, 0};
  if (node->type == GUMBO_NODE_ELEMENT || node->type == GUMBO_NODE_TEMPLATE) return node->v.element.children;
  if (node->type == GUMBO_NODE_DOCUMENT) return node->v.document.children;
  return kNone;
}

const GumboNode* child(const GumboNode* node, unsigned i) { return static_cast<const GumboNode*>(children(node).data[i]); }

// The words of a class or id: "story__meta ad-container" gives story, meta, ad, container.
std::vector<std::string> name_words(const GumboNode* node) {
  std::vector<std::string> out;
  for (const char* attr : {"class", "id"}) {
    const char* v = attribute(node, attr);
    if (!v) continue;
    std::string word;
    for (const char* p = v;; ++p) {
      const char c = *p;
      if (c == '\0' || c == ' ' || c == '-' || c == '_' || c == '\t' || c == '\n') {
        if (!word.empty()) out.push_back(lower_ascii(word)), word.clear();
        if (c == '\0') break;
      } else {
        word += c;
      }
    }
  }
  return out;
}

// Parts of the page that are not the article.
bool dropped(const GumboNode* node) {
  static const WordSet kTags = english().words("ingest.html_drop_tags");
  static const WordSet kWords = english().words("ingest.html_drop_words");
  if (node->type == GUMBO_NODE_COMMENT) return true;
  if (node->type != GUMBO_NODE_ELEMENT) return false;
  // An article's own header holds its headline and standfirst; the site's header does not.
  if (node->v.element.tag == GUMBO_TAG_HEADER)
    for (const GumboNode* up = node->parent; up; up = up->parent)
      if (tag_of(up) == GUMBO_TAG_ARTICLE) return false;
  if (kTags.contains(tag_name(node))) return true;
  if (attribute(node, "hidden")) return true;
  if (const char* hidden = attribute(node, "aria-hidden"); hidden && std::strcmp(hidden, "true") == 0) return true;
  if (const char* role = attribute(node, "role"))
    for (const char* r : {"navigation", "complementary", "banner", "contentinfo", "dialog", "alertdialog"})
      if (std::strcmp(role, r) == 0) return true;
  const auto words = name_words(node);
  return std::any_of(words.begin(), words.end(), [](const std::string& w) { return kWords.contains(w); });
}

bool is_block(GumboTag t) {
  switch (t) {
    case GUMBO_TAG_P: case GUMBO_TAG_DIV: case GUMBO_TAG_SECTION: case GUMBO_TAG_ARTICLE: case GUMBO_TAG_MAIN:
    case GUMBO_TAG_H1: case GUMBO_TAG_H2: case GUMBO_TAG_H3: case GUMBO_TAG_H4: case GUMBO_TAG_H5: case GUMBO_TAG_H6:
    case GUMBO_TAG_UL: case GUMBO_TAG_OL: case GUMBO_TAG_LI: case GUMBO_TAG_FIGURE: case GUMBO_TAG_FIGCAPTION:
    case GUMBO_TAG_BLOCKQUOTE: case GUMBO_TAG_PRE: case GUMBO_TAG_TABLE: case GUMBO_TAG_TR: case GUMBO_TAG_TD:
    case GUMBO_TAG_TH: case GUMBO_TAG_DL: case GUMBO_TAG_DT: case GUMBO_TAG_DD: case GUMBO_TAG_HR: case GUMBO_TAG_BODY:
    case GUMBO_TAG_HEADER: case GUMBO_TAG_FOOTER: case GUMBO_TAG_NAV: case GUMBO_TAG_ASIDE: case GUMBO_TAG_ADDRESS:
      return true;
    default:
      return false;
  }
}

bool is_heading(GumboTag t) {
  return t == GUMBO_TAG_H1 || t == GUMBO_TAG_H2 || t == GUMBO_TAG_H3 || t == GUMBO_TAG_H4 || t == GUMBO_TAG_H5 || t == GUMBO_TAG_H6;
}

// All the text under a node, dropped parts included (for metadata elements).
void all_text(const GumboNode* node, std::string& out) {
  if (node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_WHITESPACE || node->type == GUMBO_NODE_CDATA) {
    out += node->v.text.text;
    return;
  }
  const auto t = tag_of(node);
  if (t == GUMBO_TAG_SCRIPT || t == GUMBO_TAG_STYLE) return;
  if (t == GUMBO_TAG_BR || is_block(t)) out += ' ';
  for (unsigned i = 0; i < children(node).length; ++i) all_text(child(node, i), out);
  if (is_block(t)) out += ' ';
}

// A paragraph being read: its text and how much of it is link text.
struct Block {
  std::string text;
  std::size_t link_chars = 0;
  const GumboNode* owner = nullptr;  // the element whose paragraph it is
  bool heading = false, list_item = false;
};

std::string nbsp_to_space(std::string s) {
  for (std::size_t i = 0; (i = s.find("\xC2\xA0", i)) != std::string::npos;) s.replace(i, 2, " ");
  return s;
}

class BodyReader {
 public:
  std::vector<Block> blocks;

  void read(const GumboNode* node, const GumboNode* owner, bool in_link) {
    if (dropped(node)) return;
    if (node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_CDATA || node->type == GUMBO_NODE_WHITESPACE) {
      append(node->v.text.text, owner, in_link);
      return;
    }
    if (node->type != GUMBO_NODE_ELEMENT) return;
    const GumboTag t = node->v.element.tag;
    if (t == GUMBO_TAG_BR) {
      // Two line breaks in a row end a paragraph.
      if (last_was_br_) flush();
      last_was_br_ = true;
      append(" ", owner, in_link);
      return;
    }
    if (t == GUMBO_TAG_IMG) return;
    const bool block = is_block(t);
    if (block) flush();
    const GumboNode* inner = block ? node : owner;
    const bool link = in_link || t == GUMBO_TAG_A;
    if (block) heading_ = is_heading(t), list_item_ = t == GUMBO_TAG_LI;
    for (unsigned i = 0; i < children(node).length; ++i) read(child(node, i), inner, link);
    if (block) flush();
  }

  void flush() {
    last_was_br_ = false;
    std::string text = collapse_space(nbsp_to_space(current_.text));
    if (!text.empty()) {
      current_.text = std::move(text);
      blocks.push_back(std::move(current_));
    }
    current_ = Block{};
  }

 private:
  void append(const char* text, const GumboNode* owner, bool in_link) {
    const std::string_view t(text);
    if (t.find_first_not_of(" \t\r\n") != std::string_view::npos) last_was_br_ = false;
    if (current_.text.empty()) current_.owner = owner, current_.heading = heading_, current_.list_item = list_item_;
    current_.text += t;
    if (in_link) current_.link_chars += t.size();
  }

  Block current_;
  bool heading_ = false, list_item_ = false, last_was_br_ = false;
};

// Metadata from the head and from JSON-LD.
struct HeadReader {
  std::map<std::string, std::string> meta;  // property or name -> content, the first of each
  std::string title, canonical, first_time, h1, byline;
  std::vector<json> ld;

  void read(const GumboNode* node, bool in_comments) {
    if (node->type != GUMBO_NODE_ELEMENT) return;
    const GumboTag t = node->v.element.tag;
    if (t == GUMBO_TAG_META) {
      const char* key = attribute(node, "property");
      if (!key) key = attribute(node, "name");
      if (!key) key = attribute(node, "itemprop");
      const char* content = attribute(node, "content");
      if (key && content) meta.emplace(lower_ascii(key), content);
    } else if (t == GUMBO_TAG_LINK) {
      const char* rel = attribute(node, "rel");
      const char* href = attribute(node, "href");
      if (rel && href && lower_ascii(rel) == "canonical" && canonical.empty()) canonical = href;
    } else if (t == GUMBO_TAG_TITLE && title.empty()) {
      all_text(node, title);
    } else if (t == GUMBO_TAG_SCRIPT) {
      const char* type = attribute(node, "type");
      if (type && lower_ascii(type) == "application/ld+json") {
        std::string text;
        for (unsigned i = 0; i < children(node).length; ++i)
          if (child(node, i)->type == GUMBO_NODE_TEXT || child(node, i)->type == GUMBO_NODE_WHITESPACE)
            text += child(node, i)->v.text.text;
        const json parsed = json::parse(text, nullptr, false);
        if (!parsed.is_discarded()) ld.push_back(parsed);
      }
      return;
    } else if (t == GUMBO_TAG_TIME && first_time.empty() && !in_comments) {
      if (const char* dt = attribute(node, "datetime")) first_time = dt;
    } else if (t == GUMBO_TAG_H1 && h1.empty()) {
      all_text(node, h1);
    }
    const auto words = name_words(node);
    const bool comments = in_comments || std::any_of(words.begin(), words.end(), [](const std::string& w) {
                            return w == "comment" || w == "comments" || w == "related" || w == "sidebar";
                          });
    if (byline.empty() && !comments &&
        std::any_of(words.begin(), words.end(), [](const std::string& w) { return w == "author" || w == "byline"; })) {
      std::string text;
      all_text(node, text);
      byline = collapse_space(nbsp_to_space(text));
    }
    for (unsigned i = 0; i < children(node).length; ++i) read(child(node, i), comments);
  }
};

bool is_article_type(const json& type) {
  static const std::vector<std::string> kTypes = {"NewsArticle", "Article", "ReportageNewsArticle", "BlogPosting",
                                                  "AnalysisNewsArticle", "OpinionNewsArticle", "PressRelease"};
  auto one = [&](const json& t) { return t.is_string() && std::find(kTypes.begin(), kTypes.end(), t.get<std::string>()) != kTypes.end(); };
  if (type.is_array()) return std::any_of(type.begin(), type.end(), one);
  return one(type);
}

// The NewsArticle object of the page's JSON-LD, at the top, in an array or in "@graph".
const json* find_article(const json& node) {
  if (node.is_object()) {
    if (const auto t = node.find("@type"); t != node.end() && is_article_type(*t)) return &node;
    if (const auto g = node.find("@graph"); g != node.end())
      if (const json* found = find_article(*g)) return found;
  } else if (node.is_array()) {
    for (const auto& item : node)
      if (const json* found = find_article(item)) return found;
  }
  return nullptr;
}

// JSON-LD is script text, which HTML does not decode; pages still write entities in it
// ("Caf&eacute; L&eacute;onie &amp; Sons"). The common ones are decoded.
std::string decode_entities(const std::string& s) {
  static const std::map<std::string, std::string> kNamed = {
      {"amp", "&"}, {"lt", "<"}, {"gt", ">"}, {"quot", "\""}, {"apos", "'"}, {"nbsp", " "},
      {"eacute", "\u00e9"}, {"egrave", "\u00e8"}, {"aacute", "\u00e1"}, {"agrave", "\u00e0"}, {"ouml", "\u00f6"},
      {"uuml", "\u00fc"}, {"auml", "\u00e4"}, {"ccedil", "\u00e7"}, {"ntilde", "\u00f1"}, {"rsquo", "\u2019"},
      {"lsquo", "\u2018"}, {"ldquo", "\u201c"}, {"rdquo", "\u201d"}, {"mdash", "\u2014"}, {"ndash", "\u2013"}};
  std::string out;
  for (std::size_t i = 0; i < s.size(); ++i) {
    const std::size_t semi = s[i] == '&' ? s.find(';', i) : std::string::npos;
    if (semi == std::string::npos || semi - i > 10) {
      out += s[i];
      continue;
    }
    const std::string name = s.substr(i + 1, semi - i - 1);
    if (const auto it = kNamed.find(name); it != kNamed.end()) {
      out += it->second;
    } else if (name.size() > 1 && name[0] == '#') {
      const bool hex = name[1] == 'x' || name[1] == 'X';
      const std::string digits = name.substr(hex ? 2 : 1);
      char* end = nullptr;
      const unsigned long cp = std::strtoul(digits.c_str(), &end, hex ? 16 : 10);
      if (digits.empty() || *end != '\0' || cp == 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
        out += s[i];
        continue;
      }
      append_utf8(out, static_cast<char32_t>(cp));
    } else {
      out += s[i];
      continue;
    }
    i = semi;
  }
  return out;
}

std::string text_of(const json& v) {
  if (v.is_string()) return collapse_space(decode_entities(v.get<std::string>()));
  if (v.is_object())
    for (const char* key : {"name", "@id", "url"})
      if (const auto it = v.find(key); it != v.end() && it->is_string()) return collapse_space(decode_entities(it->get<std::string>()));
  return {};
}

// Persons named as authors: a string, an object or an array of either; organizations are not
// authors.
std::string authors_of(const json& v) {
  std::vector<std::string> names;
  auto one = [&](const json& a) {
    if (a.is_object()) {
      const auto type = a.find("@type");
      if (type != a.end() && type->is_string() && type->get<std::string>() == "Organization") return;
    }
    const std::string name = text_of(a);
    if (!name.empty()) names.push_back(name);
  };
  if (v.is_array()) for (const auto& a : v) one(a);
  else one(v);
  std::string out;
  for (const auto& n : names) out += (out.empty() ? "" : ", ") + n;
  return out;
}

std::optional<std::string> nonempty(std::string s) {
  s = collapse_space(nbsp_to_space(s));
  if (s.empty()) return std::nullopt;
  return s;
}

// "Headline | Outlet", "Headline - Outlet": the headline.
std::string strip_site(const std::string& title, const std::optional<std::string>& outlet) {
  for (const std::string_view sep : {" | ", " - ", " \u2013 ", " \u2014 ", " :: "}) {
    const std::size_t at = title.rfind(sep);
    if (at == std::string::npos) continue;
    const std::string tail = title.substr(at + sep.size());
    if (!outlet || tail == *outlet || word_count(tail) <= 4) return title.substr(0, at);
  }
  return title;
}

void set_date(Meta& meta, const std::string& value) {
  if (meta.published || value.empty()) return;
  if (const auto d = find_date(value)) {
    meta.published = d->date;
    if (d->at) meta.published_at = collapse_space(value);
  }
}

// The element that holds most of the article's text: from the body down, into the child that
// holds most of it while that child holds at least three fifths.
const GumboNode* main_container(const GumboNode* body, const std::vector<Block>& blocks) {
  std::map<const GumboNode*, std::size_t> weight;
  for (const Block& b : blocks) {
    if (b.text.size() < 2 * b.link_chars || word_count(b.text) < 8) continue;
    const std::size_t w = b.text.size() - b.link_chars;
    for (const GumboNode* n = b.owner; n; n = n->parent) weight[n] += w;
  }
  const GumboNode* at = body;
  while (true) {
    const std::size_t total = weight[at];
    const GumboNode* best = nullptr;
    std::size_t best_weight = 0;
    for (unsigned i = 0; i < children(at).length; ++i) {
      const GumboNode* c = child(at, i);
      const auto it = weight.find(c);
      if (it != weight.end() && it->second > best_weight) best = c, best_weight = it->second;
    }
    if (!best || best_weight * 5 < total * 3) break;
    at = best;
  }
  // Inside an <article>, the article is the whole element: its header holds the standfirst.
  for (const GumboNode* up = at; up && up != body; up = up->parent)
    if (tag_of(up) == GUMBO_TAG_ARTICLE) return up;
  return at;
}

bool inside(const GumboNode* node, const GumboNode* container) {
  for (; node; node = node->parent)
    if (node == container) return true;
  return false;
}

}  // namespace

Article read_html_page(std::string_view content) {
  GumboOutput* output = gumbo_parse_with_options(&kGumboDefaultOptions, content.data(), content.size());
  HeadReader head;
  head.read(output->root, false);
  Meta meta;
  // JSON-LD first, then Open Graph and article tags, then the markup.
  for (const json& ld : head.ld)
    if (const json* a = find_article(ld)) {
      if (const auto h = a->find("headline"); h != a->end()) meta.title = nonempty(text_of(*h));
      if (const auto d = a->find("datePublished"); d != a->end() && d->is_string()) set_date(meta, d->get<std::string>());
      if (const auto au = a->find("author"); au != a->end()) meta.author = nonempty(authors_of(*au));
      if (const auto p = a->find("publisher"); p != a->end()) meta.outlet = nonempty(text_of(*p));
      for (const char* key : {"url", "mainEntityOfPage"})
        if (const auto u = a->find(key); u != a->end() && !meta.url) meta.url = nonempty(text_of(*u));
      break;
    }
  auto tag = [&](const char* key) -> std::optional<std::string> {
    const auto it = head.meta.find(key);
    return it == head.meta.end() ? std::nullopt : nonempty(it->second);
  };
  if (const auto site = tag("og:site_name")) meta.outlet = site;  // the site that publishes the page
  if (!meta.title) meta.title = tag("og:title");
  if (!meta.title) meta.title = tag("twitter:title");
  if (!meta.title && !head.h1.empty()) meta.title = nonempty(head.h1);
  if (!meta.title && !head.title.empty()) meta.title = nonempty(strip_site(collapse_space(head.title), meta.outlet));
  for (const char* key : {"article:published_time", "datepublished", "date", "pubdate", "dc.date", "publish-date"})
    if (const auto v = tag(key)) set_date(meta, *v);
  set_date(meta, head.first_time);
  if (!meta.author) meta.author = tag("author");
  if (!meta.author && !head.byline.empty()) {
    if (const auto a = byline_authors(head.byline)) meta.author = a;
    else if (is_person_name(head.byline)) meta.author = head.byline;
  }
  if (!meta.url) meta.url = tag("og:url");
  if (!meta.url && !head.canonical.empty()) meta.url = head.canonical;
  // The article's text.
  const GumboNode* body = output->root;
  for (unsigned i = 0; i < children(output->root).length; ++i)
    if (tag_of(child(output->root, i)) == GUMBO_TAG_BODY) body = child(output->root, i);
  BodyReader reader;
  reader.read(body, body, false);
  reader.flush();
  const GumboNode* container = main_container(body, reader.blocks);
  std::vector<Unit> units;
  for (const Block& b : reader.blocks) {
    if (!inside(b.owner, container)) continue;
    if (b.link_chars * 2 > b.text.size()) continue;  // a list of links
    units.push_back(Unit{b.text, b.heading, b.list_item, false});
  }
  gumbo_destroy_output(&kGumboDefaultOptions, output);
  return assemble(PageKind::kHtml, units, meta);
}

}  // namespace kban::ingest
