#pragma once
// Readable ids: "Kaspersky corporate clients" becomes "kaspersky-corporate-clients".
#include <cctype>
#include <string>

namespace kban {

inline std::string slug(const std::string& s) {
  std::string out;
  for (char c : s) {
    const auto u = static_cast<unsigned char>(c);
    if (std::isalnum(u)) out += static_cast<char>(std::tolower(u));
    else if (!out.empty() && out.back() != '-') out += '-';
  }
  while (!out.empty() && out.back() == '-') out.pop_back();
  return out;
}

}  // namespace kban
