#include "core/hash.hpp"

#include <xxhash.h>

#include <cstdio>
#include <cstring>

namespace imbench {

std::string Hash128::hex() const {
  char buf[33];
  std::snprintf(buf, sizeof buf, "%016llx%016llx", static_cast<unsigned long long>(high),
                static_cast<unsigned long long>(low));
  return buf;
}

Hasher::Hasher() : state_(XXH3_createState()) { XXH3_128bits_reset(state_); }
Hasher::~Hasher() { XXH3_freeState(state_); }

Hasher& Hasher::bytes(const void* data, std::size_t size) {
  XXH3_128bits_update(state_, data, size);
  return *this;
}

Hasher& Hasher::u64(std::uint64_t v) {
  unsigned char le[8];
  for (int i = 0; i < 8; ++i) le[i] = static_cast<unsigned char>(v >> (8 * i));
  return bytes(le, sizeof le);
}

Hasher& Hasher::text(std::string_view s) {
  u64(s.size());
  return bytes(s.data(), s.size());
}

Hasher& Hasher::f64(double v) {
  std::uint64_t bits;
  std::memcpy(&bits, &v, sizeof bits);
  return u64(bits);
}

Hash128 Hasher::digest() const {
  XXH128_hash_t h = XXH3_128bits_digest(state_);
  return {h.high64, h.low64};
}

Hash128 hash_text(std::string_view s) {
  Hasher h;
  h.text(s);
  return h.digest();
}

}  // namespace imbench
