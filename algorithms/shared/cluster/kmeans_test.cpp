#include <doctest/doctest.h>
#include <tbb/global_control.h>

#include <set>

#include "algorithms/shared/cluster/kmeans.hpp"
#include "core/error.hpp"

using namespace imbench;

namespace {

// n points around each of the given centres (spread 0.3).
Matrix around(const std::vector<Eigen::RowVector2d>& centres, std::size_t n, const char* key) {
  RandomStream rng = RandomStream::keyed(key);
  Matrix X(static_cast<Eigen::Index>(centres.size() * n), 2);
  for (std::size_t c = 0; c < centres.size(); ++c)
    for (std::size_t i = 0; i < n; ++i)
      X.row(static_cast<Eigen::Index>(c * n + i)) = centres[c] + 0.3 * Eigen::RowVector2d(rng.normal(), rng.normal());
  return X;
}

}  // namespace

TEST_CASE("kmeans: separated groups become the clusters, centres are their means, labels the nearest centre") {
  const Matrix X = around({{0, 0}, {10, 0}, {0, 10}, {10, 10}}, 50, "kmeans-groups");
  KMeansOptions options;
  options.n_clusters = 4;
  options.n_init = 3;
  const KMeansResult r = kmeans(X, options, RandomStream::keyed("kmeans"), "test");
  for (std::size_t g = 0; g < 4; ++g) {
    std::set<int> labels;
    for (std::size_t i = 0; i < 50; ++i) labels.insert(r.labels[g * 50 + i]);
    REQUIRE(labels.size() == 1);
    const Eigen::RowVectorXd mean = X.middleRows(static_cast<Eigen::Index>(g * 50), 50).colwise().mean();
    CHECK((r.centres.row(*labels.begin()) - mean).norm() < 1e-12);
  }
  double inertia = 0.0;
  for (Eigen::Index i = 0; i < X.rows(); ++i) {
    const auto label = r.labels[static_cast<std::size_t>(i)];
    for (Eigen::Index c = 0; c < 4; ++c)
      CHECK((X.row(i) - r.centres.row(label)).squaredNorm() <= (X.row(i) - r.centres.row(c)).squaredNorm());
    inertia += (X.row(i) - r.centres.row(label)).squaredNorm();
  }
  CHECK(r.inertia == doctest::Approx(inertia));
}

TEST_CASE("kmeans: same stream, same result with 1 and 2 threads; duplicates and bad input") {
  const Matrix X = around({{0, 0}, {3, 1}, {1, 4}}, 3000, "kmeans-threads");
  KMeansOptions options;
  options.n_clusters = 7;
  auto with_threads = [&](std::size_t threads) {
    tbb::global_control limit(tbb::global_control::max_allowed_parallelism, threads);
    return kmeans(X, options, RandomStream::keyed("same"), "test");
  };
  const KMeansResult one = with_threads(1), two = with_threads(2);
  CHECK(one.centres == two.centres);
  CHECK(one.labels == two.labels);

  Matrix twins = Matrix::Zero(6, 2);  // 3 clusters over two points, 3 copies each: a cluster starts empty
  twins.bottomRows(3).setOnes();
  options.n_clusters = 3;
  const KMeansResult t = kmeans(twins, options, RandomStream::keyed("twins"), "test");
  CHECK(t.centres.allFinite());
  CHECK(t.inertia == 0.0);
  options.n_clusters = 7;
  CHECK_THROWS_WITH_AS(kmeans(twins, options, RandomStream::keyed("x"), "owner"),
                       doctest::Contains("owner: k-means needs between 1 and 6 clusters"), Error);
  twins(0, 0) = std::nan("");
  options.n_clusters = 2;
  CHECK_THROWS_WITH_AS(kmeans(twins, options, RandomStream::keyed("x"), "owner"), doctest::Contains("NaN"), Error);
}
