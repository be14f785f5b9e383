#include <doctest/doctest.h>

#include <algorithm>
#include <numeric>

#include "algorithms/resample/shared/test_data.hpp"

using namespace imbench;
using test_data::run;

namespace {

// The radius r at which a sphere has used `energy`, solving energy = r + sum over d_j < r of (r - d_j)
// (cost 1 + rows inside per unit radius) piece by piece over the sorted distances.
double sphere_radius(std::vector<double> distances, double energy) {
  std::sort(distances.begin(), distances.end());
  double inside_sum = 0.0;
  for (std::size_t m = 0;; ++m) {
    const double r = (energy + inside_sum) / static_cast<double>(m + 1);
    if (m == distances.size() || r <= distances[m]) return r;
    inside_sum += distances[m];
  }
}

struct Spheres {
  Matrix centres;
  std::vector<double> radii;
};

// Spheres of class `cls` against the rows of every larger class, from the definition above.
Spheres spheres_of(const test_data::Labelled& d, int cls, double energy) {
  const std::vector<std::size_t> counts = class_counts(d.y, d.n_classes);
  Spheres s;
  s.centres = take_rows(d.X, rows_by_class(d.y, d.n_classes)[static_cast<std::size_t>(cls)]);
  for (Eigen::Index c = 0; c < s.centres.rows(); ++c) {
    std::vector<double> distances;
    for (Eigen::Index i = 0; i < d.X.rows(); ++i)
      if (counts[static_cast<std::size_t>(d.y[static_cast<std::size_t>(i)])] > counts[static_cast<std::size_t>(cls)])
        distances.push_back((d.X.row(i) - s.centres.row(c)).norm());
    s.radii.push_back(sphere_radius(distances, energy));
  }
  return s;
}

}  // namespace

TEST_CASE("ccr: a hand-checked case - radii, pushed rows, shares of the new rows") {
  // Minority A = (0,0) has majority rows at 0.2 and 0.5: energy 1 buys r = 0.2, then 0.5 (cost 2 per unit),
  // then (1 - 0.2 - 2 * 0.3) / 3 more: r_A = 0.5 + 0.2 / 3. Minority B = (10,0) has no majority row within 1: r_B = 1.
  test_data::Labelled d{Matrix(8, 2), {1, 0, 0, 1, 0, 0, 0, 0}, 2};
  d.X << 0, 0, 0.2, 0, 0, 0.5, 10, 0, 5, 5, 5, -5, -5, 5, -5, -5;
  Resampled r = run("ccr:energy=1", d, "ccr-hand");
  const double r_a = 0.5 + 0.2 / 3.0;
  REQUIRE(r.X.rows() == 12);
  CHECK(r.n_synthetic == 4 + 2);
  // The two rows inside A's sphere move to its surface along their rays; nothing else changes.
  CHECK(r.X(1, 0) == doctest::Approx(r_a).epsilon(1e-12));
  CHECK(r.X(1, 1) == 0.0);
  CHECK(r.X(2, 0) == 0.0);
  CHECK(r.X(2, 1) == doctest::Approx(r_a).epsilon(1e-12));
  for (Eigen::Index i : {0, 3, 4, 5, 6, 7}) CHECK(r.X.row(i) == d.X.row(i));
  CHECK(std::equal(d.y.begin(), d.y.end(), r.y.begin()));
  // Shares 4 * (1/r_A, 1/r_B) / (1/r_A + 1/r_B) = (2.55, 1.45): floors 2 + 1, the larger remainder gets the last.
  int in_a = 0, in_b = 0;
  for (Eigen::Index i = 8; i < 12; ++i) {
    CHECK(r.y[static_cast<std::size_t>(i)] == 1);
    in_a += r.X.row(i).norm() <= r_a;
    in_b += (r.X.row(i) - d.X.row(3)).norm() <= 1.0;
  }
  CHECK(in_a == 3);
  CHECK(in_b == 1);
}

TEST_CASE("ccr: exact counts; new rows inside their spheres; only rows inside a sphere move, to its surface") {
  test_data::Labelled d = test_data::blobs({150, 40, 25}, 3, RandomStream::keyed("ccr-geometry"));
  const double energy = 1.5;
  Resampled r = run("ccr:energy=1.5", d, "ccr-geometry-run");
  REQUIRE(r.X.rows() == 450);
  CHECK(test_data::describe_counts(r.y, 3) == "0:150 1:150 2:150");
  const Spheres s1 = spheres_of(d, 1, energy), s2 = spheres_of(d, 2, energy);

  for (Eigen::Index i = 215; i < r.X.rows(); ++i) {
    const Spheres& s = r.y[static_cast<std::size_t>(i)] == 1 ? s1 : s2;
    bool inside = false;
    for (Eigen::Index c = 0; c < s.centres.rows() && !inside; ++c)
      inside = (r.X.row(i) - s.centres.row(c)).norm() <= s.radii[static_cast<std::size_t>(c)] * (1 + 1e-12);
    INFO("new row " << i);
    CHECK(inside);
  }

  // Class 1's spheres push class 0; class 2's push classes 0 and 1 (the larger classes).
  std::size_t moved = 0;
  for (Eigen::Index i = 0; i < 215; ++i) {
    const int label = d.y[static_cast<std::size_t>(i)];
    std::vector<std::pair<const Spheres*, Eigen::Index>> holders;  // the spheres row i is strictly inside
    for (const Spheres* s : {&s1, &s2}) {
      if (label == 2 || (s == &s1 && label != 0)) continue;
      for (Eigen::Index c = 0; c < s->centres.rows(); ++c)
        if ((d.X.row(i) - s->centres.row(c)).norm() < s->radii[static_cast<std::size_t>(c)]) holders.push_back({s, c});
    }
    INFO("input row " << i << " of class " << label << " inside " << holders.size() << " spheres");
    if (holders.empty()) {
      CHECK(r.X.row(i) == d.X.row(i));
      continue;
    }
    ++moved;
    CHECK(r.X.row(i) != d.X.row(i));
    if (holders.size() == 1) {  // pushed along the centre's ray onto the surface
      const auto [s, c] = holders.front();
      const Eigen::RowVectorXd before = d.X.row(i) - s->centres.row(c), after = r.X.row(i) - s->centres.row(c);
      CHECK(after.norm() == doctest::Approx(s->radii[static_cast<std::size_t>(c)]).epsilon(1e-9));
      CHECK(after.dot(before) == doctest::Approx(after.norm() * before.norm()).epsilon(1e-9));
    }
  }
  CHECK(moved > 10);
  CHECK(r.n_synthetic == 235 + moved);
}

TEST_CASE("ccr: deterministic for a stream, fresh on the next call, identical with 1 and 2 threads") {
  test_data::Labelled d = test_data::blobs({3000, 200, 150}, 5, RandomStream::keyed("ccr-threads"));
  test_data::check_thread_determinism(*test_data::resampler("ccr"), d.view(), true);
}

TEST_CASE("ccr: bad parameters are errors naming them") {
  CHECK_THROWS_WITH_AS(test_data::resampler("ccr:energy=0"), doctest::Contains("energy"), Error);
  CHECK_THROWS_WITH_AS(test_data::resampler("ccr:energy=-1"), doctest::Contains("energy"), Error);
  CHECK_THROWS_WITH_AS(test_data::resampler("ccr:scaling=-0.5"), doctest::Contains("scaling"), Error);
  CHECK_THROWS_WITH_AS(test_data::resampler("ccr:sampling_strategy=sideways"), doctest::Contains("sampling_strategy"),
                       Error);
}
