#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>

#include "datasets/lib/relevance.hpp"
#include "core/error.hpp"
#include "core/rng.hpp"

using namespace imbench;
using namespace imbench::regression;

namespace {

// Tukey's hinges as R's fivenum defines them, written out independently of relevance.cpp:
// with m = floor((n + 3) / 2) / 2, the hinges average the order statistics around m and n + 1 - m.
struct Hinges {
  double lower, median, upper;
};
Hinges tukey_hinges(std::vector<double> y) {
  std::sort(y.begin(), y.end());
  const double n = static_cast<double>(y.size());
  auto at = [&](double pos) {  // 1-based, halves allowed
    return 0.5 * (y[static_cast<std::size_t>(std::floor(pos)) - 1] + y[static_cast<std::size_t>(std::ceil(pos)) - 1]);
  };
  const double m = std::floor((n + 3) / 2) / 2;
  return {at(m), at((n + 1) / 2), at(n + 1 - m)};
}

std::vector<double> skewed_sample(std::size_t n, std::uint64_t seed) {
  RandomStream rng = RandomStream::keyed("relevance_test", seed);
  std::vector<double> y(n);
  for (double& v : y) v = std::exp(rng.normal());  // log-normal: a long upper tail
  return y;
}

}  // namespace

TEST_CASE("boxplot_stats uses R's fivenum hinges, not type-7 quantiles") {
  // n = 10: R gives hinges 3 and 8 (numpy's default quantile would give 3.25 and 7.75).
  const std::vector<double> y{4, 1, 9, 2, 40, 3, 5, 6, 7, 8};
  const BoxplotStats b = boxplot_stats(y);
  CHECK(b.lower_hinge == 3.0);
  CHECK(b.median == 5.5);
  CHECK(b.upper_hinge == 8.0);
  CHECK(b.lower_whisker == 1.0);   // fence 3 - 7.5: nothing below
  CHECK(b.upper_whisker == 9.0);   // fence 8 + 7.5 = 15.5 excludes 40
  CHECK_FALSE(b.low_outliers);
  CHECK(b.high_outliers);
  const BoxplotStats odd = boxplot_stats(std::vector<double>{1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 50});
  CHECK(odd.lower_hinge == 3.5);
  CHECK(odd.upper_hinge == 8.5);
  CHECK(odd.upper_whisker == 10.0);
}

TEST_CASE("extremes with thr 0.5: the rare set is exactly y >= (median + upper whisker) / 2") {
  for (std::uint64_t seed = 0; seed < 5; ++seed) {
    std::vector<double> y = skewed_sample(300 + seed * 37, seed);
    const Hinges h = tukey_hinges(y);
    const double fence = h.upper + 1.5 * (h.upper - h.lower);
    double whisker = -INFINITY;
    for (double v : y)
      if (v <= fence) whisker = std::max(whisker, v);
    REQUIRE(*std::max_element(y.begin(), y.end()) > fence);  // the sample has high outliers
    const Relevance phi = Relevance::extremes(y, 1.5, Tails::High);
    const double cut = (h.median + whisker) / 2;
    for (double v : y) CHECK((phi(v) >= 0.5) == (v >= cut));
    CHECK(phi(whisker) == 1.0);
    CHECK(phi(h.median) == 0.0);
    CHECK(phi(fence * 10) == 1.0);                      // constant beyond the whisker
    CHECK(phi(*std::min_element(y.begin(), y.end())) == 0.0);  // no low tail
  }
}

TEST_CASE("extremes on the low tail mirrors the high one") {
  std::vector<double> y = skewed_sample(400, 9);
  for (double& v : y) v = -v;
  const Hinges h = tukey_hinges(y);
  const double fence = h.lower - 1.5 * (h.upper - h.lower);
  double whisker = INFINITY;
  for (double v : y)
    if (v >= fence) whisker = std::min(whisker, v);
  const Relevance both = Relevance::extremes(y, 1.5, Tails::Both);
  for (double v : y) CHECK((both(v) >= 0.5) == (v <= (h.median + whisker) / 2));
  const Relevance high_only = Relevance::extremes(y, 1.5, Tails::High);  // the upper tail has no outliers
  for (double v : y) CHECK(high_only(v) < 0.5);
}

TEST_CASE("rare_percent counts the mirrored sample's low tail: the share at or below (median + lower whisker) / 2") {
  std::vector<double> y = skewed_sample(400, 9);
  for (double& v : y) v = -v;
  const Hinges h = tukey_hinges(y);
  const double fence = h.lower - 1.5 * (h.upper - h.lower);
  double whisker = INFINITY;
  for (double v : y)
    if (v >= fence) whisker = std::min(whisker, v);
  const auto rare = std::count_if(y.begin(), y.end(), [&](double v) { return v <= (h.median + whisker) / 2; });
  REQUIRE(rare > 0);
  CHECK(rare_percent(y) == doctest::Approx(100.0 * static_cast<double>(rare) / 400.0).epsilon(1e-12));
}

TEST_CASE("smoothstep between the median and the whisker (values from the Hermite formula)") {
  // Control points (0,0,0), (10,1,0): phi = 3t^2 - 2t^3.
  const Relevance phi({{0, 0, 0}, {10, 1, 0}});
  CHECK(phi(2.5) == doctest::Approx(0.15625).epsilon(1e-15));
  CHECK(phi(5.0) == doctest::Approx(0.5).epsilon(1e-15));
  CHECK(phi(7.5) == doctest::Approx(0.84375).epsilon(1e-15));
  CHECK(phi.derivative(5.0) == doctest::Approx(0.15));  // 6t(1-t)/h
  CHECK(phi(-3) == 0.0);
  CHECK(phi(12) == 1.0);
}

TEST_CASE("range points: slopes default to mean secants, phi hits every control point") {
  const std::vector<std::pair<double, double>> given{{0, 0}, {5, 0.5}, {10, 1}, {12, 0.2}, {20, 0.9}};
  const Relevance phi(range_control_points(given));
  for (const auto& [y, r] : given) CHECK(phi(y) == doctest::Approx(r).epsilon(1e-14));
  // Interval [0, 5]: slopes 0 and 0.1 (mean of 0.1 and 0.1); Hermite at t = 1/2 gives 0.25 - 5 * 0.1 / 8.
  CHECK(phi(2.5) == doctest::Approx(0.1875).epsilon(1e-14));
}

TEST_CASE("Fritsch-Carlson shrinks slopes outside the monotonicity region") {
  // alpha = beta = 4 on [0, 1]: tau = 3 / sqrt(32), both slopes become 3 / sqrt(2).
  const Relevance phi({{0, 0, 4}, {1, 1, 4}});
  CHECK(phi.points()[0].slope == doctest::Approx(3 / std::sqrt(2.0)));
  // Hermite at t = 1/4: h01 = 0.15625, h10 + h11 = 0.09375.
  CHECK(phi(0.25) == doctest::Approx(0.15625 + 0.09375 * 3 / std::sqrt(2.0)).epsilon(1e-14));
  // alpha = beta = 1 lies inside the region: unchanged.
  CHECK(Relevance({{0, 0, 1}, {1, 1, 1}}).points()[1].slope == 1.0);
}

TEST_CASE("phi is monotone between control points and stays in [0, 1]") {
  const Relevance phi({{0, 1, -5}, {2, 0, 3}, {3, 0.3, 8}, {6, 1, 9}, {7, 0.6, 0}});
  const auto& pts = phi.points();
  for (std::size_t k = 0; k + 1 < pts.size(); ++k) {
    const double dir = pts[k + 1].phi - pts[k].phi;
    double prev = phi(pts[k].y);
    for (int s = 1; s <= 1000; ++s) {
      const double v = phi(pts[k].y + (pts[k + 1].y - pts[k].y) * s / 1000.0);
      CHECK(v >= 0.0);
      CHECK(v <= 1.0);
      CHECK((v - prev) * dir >= -1e-12);
      prev = v;
    }
  }
}

TEST_CASE("bad input to the relevance function") {
  CHECK_THROWS_AS(Relevance::extremes(std::vector<double>{3, 3, 3, 3}), Error);       // constant target
  CHECK_THROWS_AS(Relevance::extremes(std::vector<double>{1, NAN, 2}), Error);
  CHECK_THROWS_AS(Relevance::extremes(std::vector<double>{}), Error);
  CHECK_THROWS_AS(Relevance({{0, 0, 0}, {1, 1.5, 0}}), Error);                    // phi outside [0, 1]
  CHECK_THROWS_AS(Relevance({{1, 0, 0}, {0, 1, 0}}), Error);                      // decreasing y
  CHECK_THROWS_AS(Relevance({{0, 0, 0}, {0, 1, 0}}), Error);                      // jump
  CHECK_THROWS_AS(parse_tails("upper"), Error);
  // Mostly zeros and a few large values: IQR 0, so the median and the upper whisker coincide with relevance 0
  // and 1; no smooth phi exists and the user must give the points.
  std::vector<double> zeros(50, 0.0);
  zeros.push_back(7);
  zeros.push_back(9);
  CHECK_THROWS_AS(Relevance::extremes(zeros), Error);
}
