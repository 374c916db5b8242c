#include <unistd.h>

#include <cerrno>
#include <cstring>

#include "kban/cli.hpp"
#include "kban/error.hpp"

namespace kban {

DescriptorOutput::DescriptorOutput(int fd) : fd_(fd), buffer_(1 << 16) { setp(buffer_.data(), buffer_.data() + buffer_.size()); }

DescriptorOutput::int_type DescriptorOutput::overflow(int_type c) {
  drain();
  if (traits_type::eq_int_type(c, traits_type::eof())) return traits_type::not_eof(c);
  *pptr() = traits_type::to_char_type(c);
  pbump(1);
  return c;
}

std::streamsize DescriptorOutput::xsputn(const char* s, std::streamsize n) {
  const auto size = static_cast<std::size_t>(n);
  if (size > static_cast<std::size_t>(epptr() - pptr())) drain();
  if (size >= buffer_.size()) {
    write_all(s, size);
  } else {
    std::memcpy(pptr(), s, size);
    pbump(static_cast<int>(n));
  }
  return n;
}

int DescriptorOutput::sync() {
  drain();
  return 0;
}

void DescriptorOutput::drain() {
  const std::size_t size = static_cast<std::size_t>(pptr() - pbase());
  // Emptied first: what a failed write loses is not tried again.
  setp(buffer_.data(), buffer_.data() + buffer_.size());
  write_all(buffer_.data(), size);
}

void DescriptorOutput::write_all(const char* data, std::size_t size) {
  while (size > 0) {
    const ssize_t n = ::write(fd_, data, size);
    if (n < 0) {
      if (errno == EINTR) continue;
      throw Error(kExitOutput, std::string("cannot write output: ") + std::strerror(errno));
    }
    data += n;
    size -= static_cast<std::size_t>(n);
  }
}

}  // namespace kban
