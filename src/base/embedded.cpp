#include "base/embedded.hpp"

namespace kban {

std::string_view embedded_file(std::string_view name) {
  for (const auto& file : embedded_files())
    if (file.name == name) return file.content;
  return {};
}

}  // namespace kban
