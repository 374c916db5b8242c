#include "kban/error.hpp"

namespace kban {

Error::Error(ExitCode code, std::vector<std::string> messages)
    : std::runtime_error(messages.empty() ? std::string("error") : messages.front()),
      code_(code),
      messages_(std::move(messages)) {}

}  // namespace kban
