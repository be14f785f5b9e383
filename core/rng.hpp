// Counter-based random streams (Philox4x64-10, Random123).
//
// A stream is identified by a 128-bit key derived from everything that
// defines its purpose (master seed, data set hash, canonical spec, repeat,
// fold, stage). Draws depend only on that key and the draw count, never on
// which thread runs the task or in which order tasks run, which is what makes
// results bit-identical across thread counts.
#pragma once

#include <cstdint>
#include <string_view>

#include "core/hash.hpp"

namespace imbench {

class RandomStream {
 public:
  explicit RandomStream(Hash128 key);

  // Builds the key from parts, e.g. RandomStream::keyed(seed, data_hash, spec, "resample").
  template <class... Parts>
  static RandomStream keyed(const Parts&... parts) {
    Hasher h;
    (add_part(h, parts), ...);
    return RandomStream(h.digest());
  }

  // An independent stream for sub-task i (a tree of a forest, synthetic sample i, ...).
  // A stream made by keyed() or by a label gives its integer substreams its own
  // key and a distinct second Philox counter word (a "lane"), which costs
  // nothing: generators that take one substream per synthetic row stay
  // cheap. Any other substream hashes a fresh key.
  RandomStream substream(std::uint64_t i) const;
  RandomStream substream(std::string_view label) const;

  std::uint64_t next_u64();
  double uniform();                           // [0, 1), 53 random bits
  double normal();                            // standard normal (Box-Muller)
  std::uint64_t below(std::uint64_t n);       // uniform in [0, n), unbiased; n > 0
  double gamma(double shape);                 // Gamma(shape, 1), Marsaglia-Tsang

 private:
  static void add_part(Hasher& h, std::string_view s) { h.text(s); }
  static void add_part(Hasher& h, const char* s) { h.text(s); }
  static void add_part(Hasher& h, const Hash128& v) { h.u64(v.high).u64(v.low); }
  template <class Int>
  static void add_part(Hasher& h, Int v)
    requires std::is_integral_v<Int>
  {
    h.u64(static_cast<std::uint64_t>(v));
  }

  RandomStream(Hash128 key, std::uint64_t lane) : key_(key), lane_(lane) {}
  void refill();

  Hash128 key_;
  std::uint64_t lane_ = 0;  // 0: a keyed stream; i + 1: integer substream i of it
  std::uint64_t counter_ = 0;
  std::uint64_t block_[4] = {0, 0, 0, 0};
  int used_ = 4;
  bool has_spare_normal_ = false;
  double spare_normal_ = 0.0;
};

}  // namespace imbench
