// The Bayesian signed-rank test against closed forms and symmetry.
#include <doctest/doctest.h>

#include <tbb/global_control.h>

#include <boost/math/special_functions/beta.hpp>
#include <cmath>
#include <vector>

#include "core/error.hpp"
#include "reports/lib/stats/bayesian_signed_rank.hpp"

using namespace imbench;
using namespace imbench::reports::stats;

TEST_CASE("all differences beyond twice the rope: only the prior pair (z0, z0) is in the rope") {
  // With N differences d > 2r, every pair but (z0, z0) averages right of the rope,
  // so right wins exactly when w0^2 < 1/2 with w0 ~ Beta(s, N):
  // P(right) = I_{1/sqrt 2}(s, N), P(rope) = 1 - P(right), P(left) = 0.
  const RandomStream stream = RandomStream::keyed("stats", "bayes", "closed form");
  for (int n : {1, 2}) {
    CAPTURE(n);
    const std::vector<double> d(static_cast<std::size_t>(n), 1.0);
    BayesianSignedRankOptions o;
    o.samples = 40000;
    const auto r = bayesian_signed_rank(d, stream, o);
    const double want = boost::math::ibeta(0.5, static_cast<double>(n), 1 / std::sqrt(2.0));
    // Monte Carlo sd is at most sqrt(0.25 / 40000) = 0.0025.
    CHECK(std::abs(r.right - want) < 0.01);
    CHECK(std::abs(r.rope - (1 - want)) < 0.01);
    CHECK(r.left == 0);
  }
  // n = 1 in numbers: 2^(-1/4) = 0.8409.
  CHECK(boost::math::ibeta(0.5, 1.0, 1 / std::sqrt(2.0)) == doctest::Approx(std::pow(2.0, -0.25)));
}

TEST_CASE("the test is mirror-symmetric and clear-cut data decide it") {
  const RandomStream stream = RandomStream::keyed("stats", "bayes", "symmetry");
  const std::vector<double> d = {0.03, -0.02, 0.05, 0.001, -0.04, 0.02, 0.015, -0.005, 0.06, 0.01};
  std::vector<double> mirrored;
  for (double v : d) mirrored.push_back(-v);
  BayesianSignedRankOptions o;
  o.samples = 5000;
  const auto a = bayesian_signed_rank(d, stream, o);
  const auto b = bayesian_signed_rank(mirrored, stream, o);
  // The same draws land in mirrored regions, so the results swap (up to a draw
  // or two whose masses tie to rounding: the sums run in the opposite order).
  CHECK(std::abs(a.left - b.right) <= 2.0 / o.samples);
  CHECK(std::abs(a.right - b.left) <= 2.0 / o.samples);
  CHECK(std::abs(a.rope - b.rope) <= 2.0 / o.samples);
  CHECK(a.left + a.rope + a.right == doctest::Approx(1.0));

  // Differences symmetric about zero: left and right equally likely.
  const std::vector<double> symmetric = {0.05, -0.05, 0.1, -0.1, 0.2, -0.2, 0.3, -0.3};
  o.samples = 20000;
  const auto s = bayesian_signed_rank(symmetric, stream, o);
  CHECK(std::abs(s.left - s.right) < 0.03);
  CHECK(s.left > 0.3);

  // Twenty clear wins for x: P(right) ~ 1. Tiny differences: P(rope) ~ 1.
  const auto right = bayesian_signed_rank(std::vector<double>(20, 0.1), stream, o);
  CHECK(right.right > 0.999);
  const auto rope = bayesian_signed_rank(std::vector<double>(20, 0.001), stream, o);
  CHECK(rope.rope == 1.0);
  o.rope = 0;  // no rope: the sign decides
  const auto no_rope = bayesian_signed_rank(std::vector<double>(20, -0.001), stream, o);
  CHECK(no_rope.left > 0.999);
}

TEST_CASE("results depend only on the stream key and the sample count, not on the thread count") {
  const std::vector<double> d = {0.02, -0.01, 0.03, 0.0, 0.015};
  BayesianSignedRankOptions o;
  o.samples = 3000;  // three blocks, the last partial
  BayesianSignedRankResult a;
  {
    tbb::global_control one_thread(tbb::global_control::max_allowed_parallelism, 1);
    a = bayesian_signed_rank(d, RandomStream::keyed("k", 1), o);
  }
  const auto b = bayesian_signed_rank(d, RandomStream::keyed("k", 1), o);
  const auto c = bayesian_signed_rank(d, RandomStream::keyed("k", 2), o);
  CHECK(a.left == b.left);
  CHECK(a.rope == b.rope);
  CHECK(a.right == b.right);
  CHECK((a.left != c.left || a.right != c.right));
}

TEST_CASE("bad Bayesian signed-rank input names the parameter") {
  const RandomStream stream = RandomStream::keyed("x");
  BayesianSignedRankOptions o;
  CHECK_THROWS_WITH_AS(bayesian_signed_rank({}, stream, o), doctest::Contains("at least one difference"), Error);
  CHECK_THROWS_WITH_AS(bayesian_signed_rank({0.1, NAN}, stream, o), doctest::Contains("difference 1"), Error);
  o.rope = -0.1;
  CHECK_THROWS_WITH_AS(bayesian_signed_rank({0.1}, stream, o), doctest::Contains("'rope'"), Error);
  o = {};
  o.prior_strength = 0;
  CHECK_THROWS_WITH_AS(bayesian_signed_rank({0.1}, stream, o), doctest::Contains("'prior_strength'"), Error);
  o = {};
  o.samples = 0;
  CHECK_THROWS_WITH_AS(bayesian_signed_rank({0.1}, stream, o), doctest::Contains("'samples'"), Error);
}
