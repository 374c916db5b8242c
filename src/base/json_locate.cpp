#include "base/json_locate.hpp"

namespace kban {

namespace {

class Scanner {
 public:
  explicit Scanner(std::string_view text) : text_(text) {}

  std::size_t find(const std::vector<JsonPathStep>& path, bool key) {
    skip_ws();
    std::size_t found = pos_;
    for (const auto& step : path) {
      skip_ws();
      if (const auto* name = std::get_if<std::string>(&step)) {
        if (!enter_key(*name)) return found;
        if (key && &step == &path.back()) return key_pos_;
      } else if (!enter_index(std::get<std::size_t>(step))) {
        return found;
      }
      skip_ws();
      found = pos_;
    }
    return found;
  }

 private:
  char peek() const { return pos_ < text_.size() ? text_[pos_] : '\0'; }
  void skip_ws() {
    while (pos_ < text_.size() && (text_[pos_] == ' ' || text_[pos_] == '\n' || text_[pos_] == '\r' || text_[pos_] == '\t'))
      ++pos_;
  }
  std::string read_string() {
    std::string out;
    ++pos_;  // opening quote
    while (pos_ < text_.size() && text_[pos_] != '"') {
      if (text_[pos_] == '\\') ++pos_;  // keys with escapes compare escaped; good enough for field names
      if (pos_ < text_.size()) out += text_[pos_++];
    }
    ++pos_;  // closing quote
    return out;
  }
  // Skips one value of valid JSON by counting brackets, so deep nesting costs no stack.
  void skip_value() {
    skip_ws();
    std::size_t depth = 0;
    while (pos_ < text_.size()) {
      const char c = text_[pos_];
      if (c == '"') {
        read_string();
      } else if (c == '{' || c == '[') {
        ++depth, ++pos_;
      } else if (c == '}' || c == ']') {
        if (depth == 0) return;  // the end of the enclosing value
        --depth, ++pos_;
      } else if (depth == 0 && c == ',') {
        return;
      } else {
        ++pos_;
      }
      if (depth == 0 && (c == '"' || c == '}' || c == ']')) return;
      if (depth == 0 && std::string_view(",]} \n\r\t").find(peek()) != std::string_view::npos && c != '{' && c != '[') return;
    }
  }
  bool enter_key(const std::string& name) {
    if (peek() != '{') return false;
    ++pos_;
    while (pos_ < text_.size()) {
      skip_ws();
      if (peek() != '"') return false;
      key_pos_ = pos_;
      const std::string k = read_string();
      skip_ws();
      ++pos_;  // colon
      skip_ws();
      if (k == name) return true;
      skip_value();
      skip_ws();
      if (peek() != ',') return false;
      ++pos_;
    }
    return false;
  }
  bool enter_index(std::size_t index) {
    if (peek() != '[') return false;
    ++pos_;
    for (std::size_t i = 0; pos_ < text_.size(); ++i) {
      skip_ws();
      if (peek() == ']') return false;
      if (i == index) return true;
      skip_value();
      skip_ws();
      if (peek() != ',') return false;
      ++pos_;
    }
    return false;
  }

  std::string_view text_;
  std::size_t pos_ = 0;
  std::size_t key_pos_ = 0;
};

}  // namespace

std::size_t locate_json(std::string_view text, const std::vector<JsonPathStep>& path, bool key) {
  return Scanner(text).find(path, key);
}

}  // namespace kban
