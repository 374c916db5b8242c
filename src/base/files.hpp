#pragma once
// Writing a file so that readers see the old content or the new, never a part: the new content
// goes to a temporary file in the same folder, is flushed to disk, and is renamed over the old.
#include <string>
#include <string_view>

namespace kban {

// Throws Error(kExitOutput) "PATH: cannot write: REASON" when it cannot; the old file is then
// untouched and no temporary file is left.
void write_file_atomically(const std::string& path, std::string_view content);

}  // namespace kban
