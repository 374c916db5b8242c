#include "output/json_writer.hpp"

#include <charconv>

namespace kban {

namespace {
constexpr std::size_t kFlushAt = 1 << 16;
}  // namespace

JsonWriter::JsonWriter(std::ostream& out, int indent) : out_(out), indent_(indent) { buffer_.reserve(kFlushAt * 2); }

void JsonWriter::flush() {
  out_.write(buffer_.data(), static_cast<std::streamsize>(buffer_.size()));
  buffer_.clear();
}

void JsonWriter::newline_indent(std::size_t depth) {
  if (indent_ < 0) return;
  buffer_ += '\n';
  buffer_.append(depth * static_cast<std::size_t>(indent_), ' ');
}

void JsonWriter::before_value() {
  if (after_key_) {
    after_key_ = false;
    return;
  }
  if (levels_.empty()) return;
  Level& level = levels_.back();
  if (!level.empty) buffer_ += ',';
  level.empty = false;
  newline_indent(levels_.size());
  if (buffer_.size() >= kFlushAt) flush();
}

void JsonWriter::begin_object() {
  before_value();
  buffer_ += '{';
  levels_.push_back({true, true});
}

void JsonWriter::begin_array() {
  before_value();
  buffer_ += '[';
  levels_.push_back({false, true});
}

void JsonWriter::end_object() {
  const bool empty = levels_.back().empty;
  levels_.pop_back();
  if (!empty) newline_indent(levels_.size());
  buffer_ += '}';
}

void JsonWriter::end_array() {
  const bool empty = levels_.back().empty;
  levels_.pop_back();
  if (!empty) newline_indent(levels_.size());
  buffer_ += ']';
}

void JsonWriter::key(std::string_view name) {
  before_value();
  escape(name);
  buffer_ += indent_ < 0 ? ":" : ": ";
  after_key_ = true;
}

void JsonWriter::value(std::string_view s) {
  before_value();
  escape(s);
}

void JsonWriter::value(bool b) {
  before_value();
  buffer_ += b ? "true" : "false";
}

void JsonWriter::null() {
  before_value();
  buffer_ += "null";
}

void JsonWriter::integer(long long n) {
  before_value();
  char digits[24];
  const auto [end, ec] = std::to_chars(digits, digits + sizeof digits, n);
  buffer_.append(digits, end);
}

void JsonWriter::unsigned_integer(unsigned long long n) {
  before_value();
  char digits[24];
  const auto [end, ec] = std::to_chars(digits, digits + sizeof digits, n);
  buffer_.append(digits, end);
}

void JsonWriter::value(double d) {
  // nlohmann's shortest form ("1.0", "0.111", "1e+16"), and null for what JSON cannot hold.
  before_value();
  buffer_ += nlohmann::json(d).dump();
}

void JsonWriter::value(const nlohmann::ordered_json& j) {
  before_value();
  if (indent_ < 0 || j.is_primitive() || j.empty()) {
    buffer_ += j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    return;
  }
  // Nested values keep the indentation of where they stand.
  const std::string text = j.dump(indent_, ' ', false, nlohmann::json::error_handler_t::replace);
  const std::string pad(levels_.size() * static_cast<std::size_t>(indent_), ' ');
  for (char c : text) {
    buffer_ += c;
    if (c == '\n') buffer_ += pad;
  }
}

void JsonWriter::strings(const std::vector<std::string>& list) {
  begin_array();
  for (const auto& s : list) value(s);
  end_array();
}

// Escapes as nlohmann does: quotes, backslashes and control characters; other bytes as they
// are, but a byte that starts no valid UTF-8 sequence becomes U+FFFD.
void JsonWriter::escape(std::string_view s) {
  static constexpr char kHex[] = "0123456789abcdef";
  buffer_ += '"';
  std::size_t i = 0;
  while (i < s.size()) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (c >= 0x80) {
      const std::size_t n = (c & 0xE0) == 0xC0 ? 2 : (c & 0xF0) == 0xE0 ? 3 : (c & 0xF8) == 0xF0 ? 4 : 0;
      bool valid = n > 0 && i + n <= s.size();
      for (std::size_t k = 1; valid && k < n; ++k) valid = (static_cast<unsigned char>(s[i + k]) & 0xC0) == 0x80;
      if (valid) {
        buffer_.append(s.substr(i, n));
        i += n;
      } else {
        buffer_ += "\xEF\xBF\xBD";
        ++i;
      }
      continue;
    }
    switch (c) {
      case '"': buffer_ += "\\\""; break;
      case '\\': buffer_ += "\\\\"; break;
      case '\b': buffer_ += "\\b"; break;
      case '\f': buffer_ += "\\f"; break;
      case '\n': buffer_ += "\\n"; break;
      case '\r': buffer_ += "\\r"; break;
      case '\t': buffer_ += "\\t"; break;
      default:
        if (c < 0x20) {
          buffer_ += "\\u00";
          buffer_ += kHex[c >> 4];
          buffer_ += kHex[c & 0xF];
        } else {
          buffer_ += static_cast<char>(c);
        }
    }
    ++i;
  }
  buffer_ += '"';
}

}  // namespace kban
