#include <doctest/doctest.h>

#include <cmath>
#include <vector>

#include "core/rng.hpp"

using namespace imbench;

TEST_CASE("streams with the same key repeat; different keys differ") {
  RandomStream a = RandomStream::keyed(42, "smote", 3);
  RandomStream b = RandomStream::keyed(42, "smote", 3);
  RandomStream c = RandomStream::keyed(42, "smote", 4);
  for (int i = 0; i < 100; ++i) {
    std::uint64_t va = a.next_u64();
    CHECK(va == b.next_u64());
    CHECK(va != c.next_u64());
  }
  CHECK(a.substream(1).next_u64() == b.substream(1).next_u64());
  CHECK(a.substream(1).next_u64() != a.substream(2).next_u64());
}

TEST_CASE("draws have the right ranges and moments") {
  RandomStream r = RandomStream::keyed(7);
  const int n = 200000;
  double sum = 0, sum_sq = 0, usum = 0, gsum = 0;
  std::vector<int> hist(7, 0);
  for (int i = 0; i < n; ++i) {
    double u = r.uniform();
    REQUIRE(u >= 0.0);
    REQUIRE(u < 1.0);
    usum += u;
    double z = r.normal();
    sum += z;
    sum_sq += z * z;
    ++hist[r.below(7)];
    gsum += r.gamma(0.5);
  }
  CHECK(usum / n == doctest::Approx(0.5).epsilon(0.01));
  CHECK(std::abs(sum / n) < 0.01);
  CHECK(sum_sq / n == doctest::Approx(1.0).epsilon(0.01));
  for (int h : hist) CHECK(h == doctest::Approx(n / 7.0).epsilon(0.03));
  CHECK(gsum / n == doctest::Approx(0.5).epsilon(0.02));
}
