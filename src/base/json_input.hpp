#pragma once
// Reading JSON input files (corpus, lexicons) with errors that name the file, the line and
// column, and the problem.
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <vector>

#include "base/json_locate.hpp"

namespace kban {

// Parses `content`; throws Error(kExitData) for an empty file, invalid UTF-8 or a syntax error,
// with its position.
nlohmann::json parse_json_input(std::string_view content, const std::string& source);

// Collects schema problems, each placed at the value (or key) a JSON path names. They are
// located all at once, in one pass over the text, when thrown.
class JsonProblems {
 public:
  JsonProblems(std::string_view content, std::string source) : content_(content), source_(std::move(source)) {}

  void add(const std::vector<JsonPathStep>& path, const std::string& message, bool at_key = false);
  // A problem whose byte offset is known.
  void add_at(std::size_t offset, std::string message);
  // Throws Error(kExitData) with the first kShown problems in file order, and how many more
  // there are, if there is any.
  void throw_if_any() const;
  bool empty() const { return problems_.empty(); }

  static constexpr std::size_t kShown = 20;

 private:
  struct Problem {
    JsonPlace place;
    std::size_t offset = 0;
    bool located = false;
    std::string message;
  };
  std::string_view content_;
  std::string source_;
  std::vector<Problem> problems_;
};

// "string", "number", "null", ... as said in messages.
std::string json_type_name(const nlohmann::json& value);

}  // namespace kban
