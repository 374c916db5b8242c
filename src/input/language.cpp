#include "input/language.hpp"

#include <fmt/format.h>

#include <stdexcept>

#include "base/embedded.hpp"

namespace kban {

Language::Language(std::string_view folder) : folder_(folder) {
  const std::string prefix = folder_ + "/";
  for (const auto& file : embedded_files()) {
    if (file.name.substr(0, prefix.size()) != prefix) continue;
    std::string name(file.name.substr(prefix.size()));
    name.erase(name.size() - std::string_view(".json").size());
    files_.emplace(std::move(name), nlohmann::json::parse(file.content));
  }
}

const nlohmann::json& Language::json(std::string_view key) const {
  const auto dot = key.find('.');
  const auto file = files_.find(std::string(key.substr(0, dot)));
  if (dot != std::string_view::npos && file != files_.end()) {
    const auto it = file->second.find(std::string(key.substr(dot + 1)));
    if (it != file->second.end()) return *it;
  }
  throw std::logic_error(fmt::format("language data {}: no \"{}\"", folder_, key));
}

WordSet Language::words(std::string_view key) const {
  WordSet out;
  for (const auto& w : json(key)) out.insert(w.get<std::string>());
  return out;
}

WordMap<double> Language::numbers(std::string_view key) const {
  WordMap<double> out;
  for (const auto& [word, value] : json(key).items()) out.emplace(word, value.get<double>());
  return out;
}

const Language& english() {
  static const Language language("en");
  return language;
}

}  // namespace kban
