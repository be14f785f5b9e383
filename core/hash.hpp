// 128-bit content hashing (XXH3) for data set identities, task keys and
// random stream keys.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

struct XXH3_state_s;

namespace imbench {

struct Hash128 {
  std::uint64_t high = 0;
  std::uint64_t low = 0;
  std::string hex() const;  // 32 lowercase hex digits
  bool operator==(const Hash128&) const = default;
};

// Streaming hasher. Each added field is length-prefixed so that
// ("ab","c") and ("a","bc") hash differently.
class Hasher {
 public:
  Hasher();
  ~Hasher();
  Hasher(const Hasher&) = delete;
  Hasher& operator=(const Hasher&) = delete;

  Hasher& bytes(const void* data, std::size_t size);
  Hasher& text(std::string_view s);
  Hasher& u64(std::uint64_t v);
  Hasher& f64(double v);
  Hash128 digest() const;

 private:
  XXH3_state_s* state_;
};

Hash128 hash_text(std::string_view s);

}  // namespace imbench
