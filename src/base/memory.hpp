#pragma once
// Memory advice for the large arrays of one long text (its tokens, their lowercase forms).
#include <cstddef>
#include <vector>

namespace kban {

// Asks the kernel to back the 2 MB-aligned part of [data, data + bytes) with huge pages, where
// the system allows it on request. Each first touch of a 4 KB page is a fault, and on a virtual
// machine a costly one: on a 5 MB text they were a third of the tagger's time. Does nothing
// for arrays under 4 MB or where the advice is not known.
void advise_huge_pages(const void* data, std::size_t bytes);

// Reserves room for `n` elements, on huge pages where that is large.
template <typename T>
void reserve_large(std::vector<T>& v, std::size_t n) {
  v.reserve(n);
  advise_huge_pages(v.data(), v.capacity() * sizeof(T));
}

}  // namespace kban
