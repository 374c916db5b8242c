#pragma once
// English as data: the word lists of data/en/*.json, compiled in and read once. Another
// language would be another folder of the same files. Each list is named "file.key": the
// key "sentences.titles" is the array "titles" of data/en/sentences.json.
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

namespace kban {

// Hashing that looks strings up by string_view without copying them.
struct StringHash {
  using is_transparent = void;
  std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
};
using WordSet = std::unordered_set<std::string, StringHash, std::equal_to<>>;
template <typename T>
using WordMap = std::unordered_map<std::string, T, StringHash, std::equal_to<>>;

class Language {
 public:
  explicit Language(std::string_view folder);  // "en": the files data/en/*.json
  // The value at "file.key"; a missing one is a bug in kban, reported as such.
  const nlohmann::json& json(std::string_view key) const;
  // An array of strings as a set.
  WordSet words(std::string_view key) const;
  // An object of numbers as a map.
  WordMap<double> numbers(std::string_view key) const;

 private:
  std::string folder_;
  std::unordered_map<std::string, nlohmann::json> files_;
};

// English, loaded on first use.
const Language& english();

}  // namespace kban
