#include <doctest/doctest.h>

#include <set>

#include "algorithms/resample/shared/test_data.hpp"

using namespace imbench;
using test_data::run;

namespace {

// Class 0: five tight, far-apart groups of 40 rows; class 1: 30 rows elsewhere.
test_data::Labelled grouped(const char* key) {
  RandomStream rng = RandomStream::keyed(key);
  test_data::Labelled d{Matrix(230, 2), Labels(230, 0), 2};
  for (Eigen::Index i = 0; i < 200; ++i) d.X.row(i) << 20.0 * static_cast<double>(i / 40) + 0.5 * rng.normal(), 0.5 * rng.normal();
  for (Eigen::Index i = 200; i < 230; ++i) {
    d.X.row(i) << 40.0 + rng.normal(), 30.0 + rng.normal();
    d.y[static_cast<std::size_t>(i)] = 1;
  }
  return d;
}

}  // namespace

TEST_CASE("cluster_centroids: soft voting keeps the group means, hard voting the row nearest each") {
  const test_data::Labelled d = grouped("cluster_centroids-groups");
  const Resampled soft = run("cluster_centroids:sampling_strategy={0:5}", d, "run");
  REQUIRE(soft.X.rows() == 35);
  CHECK(soft.n_synthetic == 5);
  CHECK(test_data::describe_counts(soft.y, 2) == "0:5 1:30");
  CHECK(soft.X.bottomRows(30) == d.X.bottomRows(30));  // untouched class copied, classes grouped in order
  std::set<int> groups_hit;
  for (Eigen::Index c = 0; c < 5; ++c) {
    const int g = static_cast<int>(std::lround(soft.X(c, 0) / 20.0));
    groups_hit.insert(g);
    const Eigen::RowVectorXd mean = d.X.middleRows(40 * g, 40).colwise().mean();
    CHECK((soft.X.row(c) - mean).norm() < 1e-12);
  }
  CHECK(groups_hit.size() == 5);

  const Resampled hard = run("cluster_centroids:voting=hard,sampling_strategy={0:5}", d, "run");
  CHECK(hard.n_synthetic == 0);
  for (Eigen::Index c = 0; c < 5; ++c) {
    const int g = static_cast<int>(std::lround(hard.X(c, 0) / 20.0));
    const Eigen::RowVectorXd mean = d.X.middleRows(40 * g, 40).colwise().mean();
    Eigen::Index nearest = 0;
    for (Eigen::Index i = 0; i < 200; ++i)
      if ((d.X.row(i) - mean).squaredNorm() < (d.X.row(nearest) - mean).squaredNorm()) nearest = i;
    CHECK(hard.X.row(c) == d.X.row(nearest));
  }
}

TEST_CASE("cluster_centroids: class counts follow the under-sampling strategy forms on multi-class data") {
  test_data::Labelled d = test_data::blobs({150, 60, 25}, 3, RandomStream::keyed("cluster_centroids-counts"));
  auto counts = [&](const std::string& strategy, const test_data::Labelled& data) {
    const Resampled r = run("cluster_centroids:sampling_strategy=" + strategy, data, "counts");
    CHECK(r.X.rows() == static_cast<Eigen::Index>(r.y.size()));
    CHECK(std::is_sorted(r.y.begin(), r.y.end()));
    return test_data::describe_counts(r.y, data.n_classes);
  };
  CHECK(counts("auto", d) == "0:25 1:25 2:25");
  CHECK(counts("majority", d) == "0:25 1:60 2:25");
  CHECK(counts("{0:40,1:30}", d) == "0:40 1:30 2:25");
  test_data::Labelled b = test_data::blobs({150, 30}, 3, RandomStream::keyed("cluster_centroids-binary"));
  CHECK(counts("0.5", b) == "0:60 1:30");
  CHECK_THROWS_WITH_AS(run("cluster_centroids:sampling_strategy=minority", d, "x"), doctest::Contains("sampling_strategy"),
                       Error);
}

TEST_CASE("cluster_centroids: deterministic across thread counts") {
  test_data::Labelled d = test_data::blobs({3000, 200}, 5, RandomStream::keyed("cluster_centroids-threads"));
  test_data::check_thread_determinism(*test_data::resampler("cluster_centroids"), d.view(), false);
}
