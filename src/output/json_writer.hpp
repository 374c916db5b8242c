#pragma once
// JSON written straight to a stream as it is produced, in the layout nlohmann_json's dump
// gives (two-space indent, or compact for JSON Lines), so records need no DOM.
#include <cstdint>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

namespace kban {

class JsonWriter {
 public:
  // indent < 0: compact, on one line.
  JsonWriter(std::ostream& out, int indent);
  JsonWriter(const JsonWriter&) = delete;
  JsonWriter& operator=(const JsonWriter&) = delete;

  void begin_object();
  void end_object();
  void begin_array();
  void end_array();
  void key(std::string_view name);

  void value(std::string_view s);
  void value(const std::string& s) { value(std::string_view(s)); }
  void value(const char* s) { value(std::string_view(s)); }
  void value(bool b);
  void value(int n) { integer(n); }
  void value(long n) { integer(n); }
  void value(long long n) { integer(n); }
  void value(unsigned n) { unsigned_integer(n); }
  void value(unsigned long n) { unsigned_integer(n); }
  void value(unsigned long long n) { unsigned_integer(n); }
  void value(double d);
  void null();
  // A small value built as a DOM (schemas, headers).
  void value(const nlohmann::ordered_json& j);
  void strings(const std::vector<std::string>& list);

  template <typename T>
  void field(std::string_view name, const T& v) {
    key(name);
    value(v);
  }
  void null_field(std::string_view name) {
    key(name);
    null();
  }
  // Writes what is buffered to the stream; call it when done. (The destructor writes nothing,
  // since writing may fail and throw.)
  void flush();

 private:
  void integer(long long n);
  void unsigned_integer(unsigned long long n);
  void before_value();
  void newline_indent(std::size_t depth);
  void escape(std::string_view s);

  std::ostream& out_;
  std::string buffer_;
  int indent_;
  struct Level {
    bool object = false;
    bool empty = true;
  };
  std::vector<Level> levels_;
  bool after_key_ = false;
};

}  // namespace kban
