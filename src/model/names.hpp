#pragma once
// The names of the model's enumerations, as extract records write them.
#include <optional>
#include <string_view>

#include "kban/model.hpp"

namespace kban {

std::string_view name_of(Resolve how);
std::string_view name_of(TimeUnit unit);
std::string_view name_of(Tense tense);
std::string_view name_of(Granularity granularity);

// The value a name stands for; none for an unknown name.
template <typename Enum>
std::optional<Enum> enum_named(std::string_view name);

}  // namespace kban
