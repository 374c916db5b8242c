#pragma once
// The data files compiled into the program (data/*.json), so that kban needs nothing else.
#include <span>
#include <string_view>

namespace kban {

struct EmbeddedFile {
  std::string_view name;  // file name under data/, e.g. "corpus.json"
  std::string_view content;
};

std::span<const EmbeddedFile> embedded_files();

// The content of the embedded file `name`; empty when there is none.
std::string_view embedded_file(std::string_view name);

}  // namespace kban
