#include "base/json_locate.hpp"

#include <map>
#include <memory>
#include <unordered_map>

#include "base/utf8.hpp"

namespace kban {

namespace {

// Reads valid JSON text token by token; never recurses, so deep nesting costs no stack.
class Scanner {
 public:
  explicit Scanner(std::string_view text) : text_(text) {}

  std::size_t pos() const { return pos_; }
  char peek() const { return pos_ < text_.size() ? text_[pos_] : '\0'; }
  void advance() { ++pos_; }
  void skip_ws() {
    while (pos_ < text_.size() && (text_[pos_] == ' ' || text_[pos_] == '\n' || text_[pos_] == '\r' || text_[pos_] == '\t'))
      ++pos_;
  }
  // Skips a string, from its opening quote.
  void skip_string() {
    ++pos_;
    while (pos_ < text_.size() && text_[pos_] != '"') pos_ += text_[pos_] == '\\' ? 2 : 1;
    ++pos_;
  }
  // Reads a string from its opening quote, escapes decoded.
  std::string read_string() {
    std::string out;
    ++pos_;
    while (pos_ < text_.size() && text_[pos_] != '"') {
      if (text_[pos_] != '\\') {
        out += text_[pos_++];
        continue;
      }
      const char e = pos_ + 1 < text_.size() ? text_[pos_ + 1] : '\0';
      pos_ += 2;
      switch (e) {
        case 'b': out += '\b'; break;
        case 'f': out += '\f'; break;
        case 'n': out += '\n'; break;
        case 'r': out += '\r'; break;
        case 't': out += '\t'; break;
        case 'u': {
          char32_t cp = hex4();
          if (cp >= 0xD800 && cp < 0xDC00 && peek() == '\\' && pos_ + 1 < text_.size() && text_[pos_ + 1] == 'u') {
            pos_ += 2;
            cp = 0x10000 + ((cp - 0xD800) << 10) + (hex4() - 0xDC00);
          }
          append_utf8(out, cp);
          break;
        }
        default: out += e;
      }
    }
    ++pos_;
    return out;
  }
  // Skips one value by counting brackets.
  void skip_value() {
    skip_ws();
    std::size_t depth = 0;
    do {
      const char c = peek();
      if (c == '"') skip_string();
      else if (c == '{' || c == '[') ++depth, ++pos_;
      else if (c == '}' || c == ']') {
        if (depth == 0) return;  // the end of the enclosing value
        --depth, ++pos_;
      }
      else if (depth == 0) {  // a number, true, false or null
        while (pos_ < text_.size() && std::string_view(",]} \n\r\t").find(text_[pos_]) == std::string_view::npos) ++pos_;
        return;
      } else ++pos_;
    } while (depth > 0 && pos_ < text_.size());
  }

 private:
  char32_t hex4() {
    char32_t v = 0;
    for (int k = 0; k < 4 && pos_ < text_.size(); ++k, ++pos_) {
      const char c = text_[pos_];
      v = v * 16 + static_cast<char32_t>(c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10);
    }
    return v;
  }

  std::string_view text_;
  std::size_t pos_ = 0;
};

// The places asked for, as a tree of path steps.
struct PlaceTree {
  struct Node {
    std::map<std::string, std::size_t> keys;
    std::map<std::size_t, std::size_t> indices;
    bool visited = false;
    std::size_t value = 0, key = 0;  // offsets, once visited
    bool has_key = false;
  };
  std::vector<Node> nodes{Node{}};

  std::size_t add(const std::vector<JsonPathStep>& path) {
    std::size_t at = 0;
    for (const auto& step : path) {
      std::size_t next = nodes.size();
      if (const auto* name = std::get_if<std::string>(&step)) next = nodes[at].keys.try_emplace(*name, next).first->second;
      else next = nodes[at].indices.try_emplace(std::get<std::size_t>(step), next).first->second;
      if (next == nodes.size()) nodes.emplace_back();
      at = next;
    }
    return at;
  }

  // Visits the value at the scanner's position as node `at`; depth is bounded by the paths.
  void visit(Scanner& s, std::size_t at) {
    s.skip_ws();
    nodes[at].visited = true;
    nodes[at].value = s.pos();
    const bool object = s.peek() == '{', array = s.peek() == '[';
    if ((!object || nodes[at].keys.empty()) && (!array || nodes[at].indices.empty())) {
      s.skip_value();
      return;
    }
    s.advance();
    for (std::size_t i = 0;; ++i) {
      s.skip_ws();
      if (s.peek() == '}' || s.peek() == ']' || s.peek() == '\0') break;
      std::size_t child = 0;
      bool wanted = false;
      if (object) {
        const std::size_t key_at = s.pos();
        const std::string name = s.read_string();
        s.skip_ws();
        s.advance();  // colon
        if (const auto it = nodes[at].keys.find(name); it != nodes[at].keys.end()) {
          child = it->second, wanted = true;
          nodes[child].key = key_at, nodes[child].has_key = true;
        }
      } else if (const auto it = nodes[at].indices.find(i); it != nodes[at].indices.end()) {
        child = it->second, wanted = true;
      }
      if (wanted) visit(s, child);
      else s.skip_value();
      s.skip_ws();
      if (s.peek() != ',') break;
      s.advance();
    }
    s.advance();
  }
};

// The keys of one open object; a hash map once there are many.
struct OpenObject {
  std::vector<std::pair<std::string, std::size_t>> few;
  std::unique_ptr<std::unordered_map<std::string, std::size_t>> many;
  bool expect_key = true;

  // The offset of the key's first use, or npos when it is new.
  std::size_t add(std::string name, std::size_t at) {
    if (many) {
      const auto [it, inserted] = many->emplace(std::move(name), at);
      return inserted ? std::string_view::npos : it->second;
    }
    for (const auto& [k, first] : few)
      if (k == name) return first;
    few.emplace_back(std::move(name), at);
    if (few.size() > 16) {
      many = std::make_unique<std::unordered_map<std::string, std::size_t>>(few.begin(), few.end());
      few.clear();
    }
    return std::string_view::npos;
  }
};

}  // namespace

std::vector<std::size_t> locate_json(std::string_view text, const std::vector<JsonPlace>& places) {
  PlaceTree tree;
  std::vector<std::size_t> ends;
  for (const auto& p : places) ends.push_back(tree.add(p.path));
  Scanner scanner(text);
  tree.visit(scanner, 0);
  std::vector<std::size_t> out;
  for (const auto& p : places) {
    // The deepest node visited on the path.
    std::size_t at = 0, found = tree.nodes[0].value;
    for (const auto& step : p.path) {
      const auto& node = tree.nodes[at];
      if (const auto* name = std::get_if<std::string>(&step)) at = node.keys.at(*name);
      else at = node.indices.at(std::get<std::size_t>(step));
      if (!tree.nodes[at].visited) break;
      found = p.key && &step == &p.path.back() && tree.nodes[at].has_key ? tree.nodes[at].key : tree.nodes[at].value;
    }
    out.push_back(found);
  }
  return out;
}

std::vector<DuplicateKey> find_duplicate_keys(std::string_view text) {
  std::vector<DuplicateKey> out;
  std::vector<std::unique_ptr<OpenObject>> open;  // null for an array
  Scanner s(text);
  while (s.pos() < text.size()) {
    const char c = s.peek();
    if (c == '"') {
      OpenObject* object = open.empty() ? nullptr : open.back().get();
      if (object && object->expect_key) {
        const std::size_t at = s.pos();
        std::string name = s.read_string();
        if (const std::size_t first = object->add(name, at); first != std::string_view::npos)
          out.push_back({std::move(name), first, at});
        object->expect_key = false;
      } else {
        s.skip_string();
      }
      continue;
    }
    if (c == '{') open.push_back(std::make_unique<OpenObject>());
    else if (c == '[') open.push_back(nullptr);
    else if ((c == '}' || c == ']') && !open.empty()) open.pop_back();
    else if (c == ',' && !open.empty() && open.back()) open.back()->expect_key = true;
    s.advance();
  }
  return out;
}

}  // namespace kban
