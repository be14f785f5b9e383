#include "core/rng.hpp"

#include <Random123/philox.h>

#include <cmath>

namespace imbench {

RandomStream::RandomStream(Hash128 key) : key_(key) {}

namespace {

// What every hashed child key starts with. It covers the lane, so substreams
// of a lane stream differ from its parent's; a keyed stream (lane 0) hashes
// as it always has.
Hasher& add_parent(Hasher& h, const Hash128& key, std::uint64_t lane) {
  h.u64(key.high).u64(key.low);
  if (lane != 0) h.text("lane").u64(lane);
  return h.text("substream");
}

}  // namespace

RandomStream RandomStream::substream(std::uint64_t i) const {
  if (lane_ == 0 && i != UINT64_MAX) return RandomStream(key_, i + 1);
  Hasher h;
  return RandomStream(add_parent(h, key_, lane_).u64(i).digest());
}

RandomStream RandomStream::substream(std::string_view label) const {
  Hasher h;
  return RandomStream(add_parent(h, key_, lane_).text(label).digest());
}

void RandomStream::refill() {
  r123::Philox4x64 philox;
  r123::Philox4x64::ctr_type ctr = {{counter_, lane_, 0, 0}};
  r123::Philox4x64::key_type key = {{key_.high, key_.low}};
  r123::Philox4x64::ctr_type out = philox(ctr, key);
  for (int i = 0; i < 4; ++i) block_[i] = out.v[i];
  ++counter_;
  used_ = 0;
}

std::uint64_t RandomStream::next_u64() {
  if (used_ == 4) refill();
  return block_[used_++];
}

double RandomStream::uniform() { return static_cast<double>(next_u64() >> 11) * 0x1.0p-53; }

double RandomStream::normal() {
  if (has_spare_normal_) {
    has_spare_normal_ = false;
    return spare_normal_;
  }
  double u1 = 1.0 - uniform();  // (0, 1]: log stays finite
  double u2 = uniform();
  double radius = std::sqrt(-2.0 * std::log(u1));
  double angle = 2.0 * M_PI * u2;
  spare_normal_ = radius * std::sin(angle);
  has_spare_normal_ = true;
  return radius * std::cos(angle);
}

std::uint64_t RandomStream::below(std::uint64_t n) {
  // Rejection on the top of the range keeps every value equally likely.
  std::uint64_t limit = UINT64_MAX - UINT64_MAX % n;
  std::uint64_t v;
  do {
    v = next_u64();
  } while (v >= limit);
  return v % n;
}

double RandomStream::gamma(double shape) {
  if (shape < 1.0) {
    // Boost small shapes: G(a) = G(a+1) * U^(1/a).
    double u = 1.0 - uniform();
    return gamma(shape + 1.0) * std::pow(u, 1.0 / shape);
  }
  double d = shape - 1.0 / 3.0;
  double c = 1.0 / std::sqrt(9.0 * d);
  for (;;) {
    double x, v;
    do {
      x = normal();
      v = 1.0 + c * x;
    } while (v <= 0.0);
    v = v * v * v;
    double u = uniform();
    if (u < 1.0 - 0.0331 * x * x * x * x) return d * v;
    if (std::log(u) < 0.5 * x * x + d * (1.0 - v + std::log(v))) return d * v;
  }
}

}  // namespace imbench
