#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <numeric>

#include "algorithms/shared/neighbours/brute_force.hpp"
#include "algorithms/shared/neighbours/neighbour_checks.hpp"
#include "core/error.hpp"
#include "core/rng.hpp"

using namespace imbench;
using test_data::check_same;

namespace {

Matrix random_matrix(std::size_t rows, std::size_t cols, RandomStream rng, double offset = 0.0) {
  Matrix M(static_cast<Eigen::Index>(rows), static_cast<Eigen::Index>(cols));
  for (Eigen::Index i = 0; i < M.rows(); ++i)
    for (Eigen::Index j = 0; j < M.cols(); ++j) M(i, j) = offset + rng.normal();
  return M;
}

// The definition, written independently: all distances, sorted by (distance, index).
NeighbourLists naive_knn(const Matrix& ref, const Matrix& queries, std::size_t k, bool exclude_self) {
  NeighbourLists out;
  out.n_queries = static_cast<std::size_t>(queries.rows());
  out.k = k;
  for (Eigen::Index q = 0; q < queries.rows(); ++q) {
    std::vector<std::pair<double, std::size_t>> all;
    for (Eigen::Index r = 0; r < ref.rows(); ++r) {
      if (exclude_self && r == q) continue;
      double s = 0;
      for (Eigen::Index j = 0; j < ref.cols(); ++j) s += (queries(q, j) - ref(r, j)) * (queries(q, j) - ref(r, j));
      all.push_back({s, static_cast<std::size_t>(r)});
    }
    std::sort(all.begin(), all.end());
    for (std::size_t j = 0; j < k; ++j) {
      out.index.push_back(all[j].second);
      out.distance.push_back(std::sqrt(all[j].first));
    }
  }
  return out;
}

}  // namespace

TEST_CASE("brute-force kNN equals the naive definition across several blocks") {
  RandomStream rng = RandomStream::keyed("knn-test");
  Matrix ref = random_matrix(2500, 7, rng.substream(1));
  Matrix queries = random_matrix(300, 7, rng.substream(2));
  BruteForceNeighbours knn;
  knn.fit(ref);
  check_same(knn.query(queries, 9), naive_knn(ref, queries, 9, false));
}

TEST_CASE("self queries exclude the row itself but keep its exact duplicates, ties by lower index") {
  RandomStream rng = RandomStream::keyed("knn-dup");
  Matrix base = random_matrix(40, 3, rng);
  // Every row appears three times: rows i, i+40, i+80.
  Matrix ref(120, 3);
  ref << base, base, base;
  BruteForceNeighbours knn;
  knn.fit(ref);
  NeighbourLists self = knn.query_self(4);
  check_same(self, naive_knn(ref, ref, 4, true));
  for (std::size_t i = 0; i < 120; ++i) {
    std::size_t twin_a = (i + 40) % 120, twin_b = (i + 80) % 120;
    CHECK(self.index_at(i, 0) == std::min(twin_a, twin_b));
    CHECK(self.index_at(i, 1) == std::max(twin_a, twin_b));
    CHECK(self.distance_at(i, 0) == 0.0);
    for (std::size_t j = 0; j < 4; ++j) CHECK(self.index_at(i, j) != i);
  }
}

TEST_CASE("exact even with a large offset, where the expanded form cancels badly") {
  RandomStream rng = RandomStream::keyed("knn-offset");
  Matrix ref = random_matrix(600, 5, rng.substream(1), 1e7);
  // Tiny spread on top of the offset, plus exact ties.
  ref.block(0, 0, 600, 5) = (ref.array() - 1e7).matrix() * 1e-4;
  ref.array() += 1e7;
  ref.row(10) = ref.row(20);
  BruteForceNeighbours knn;
  knn.fit(ref);
  check_same(knn.query_self(6), naive_knn(ref, ref, 6, true));
}

TEST_CASE("per-query exclusion and k = all remaining rows") {
  RandomStream rng = RandomStream::keyed("knn-exclude");
  Matrix ref = random_matrix(30, 2, rng.substream(1));
  Matrix queries = ref.topRows(5);
  std::vector<std::size_t> exclude = {0, kNoExclusion, 2, kNoExclusion, 4};
  BruteForceNeighbours knn;
  knn.fit(ref);
  NeighbourLists got = knn.query(queries, 29, exclude);
  NeighbourLists all = naive_knn(ref, queries, 30, false);
  for (std::size_t q = 0; q < 5; ++q) {
    std::vector<std::size_t> want;
    for (std::size_t j = 0; j < 30; ++j)
      if (all.index_at(q, j) != exclude[q]) want.push_back(all.index_at(q, j));
    want.resize(29);
    CHECK(std::vector<std::size_t>(got.index.begin() + q * 29, got.index.begin() + (q + 1) * 29) == want);
  }
}

TEST_CASE("bit-identical with one and two TBB threads") {
  RandomStream rng = RandomStream::keyed("knn-threads");
  Matrix ref = random_matrix(3000, 6, rng);
  BruteForceNeighbours knn;
  knn.fit(ref);
  test_data::check_self_query_thread_invariant(knn, 5);
}

TEST_CASE("bad input gives errors that say what is wrong") {
  BruteForceNeighbours knn;
  Matrix ref = Matrix::Zero(4, 2);
  knn.fit(ref);
  CHECK_THROWS_WITH_AS(knn.query_self(4), doctest::Contains("k=4 but the reference set has 4 rows (3 once"), Error);
  CHECK_THROWS_WITH_AS(knn.query(Matrix::Zero(1, 3), 1), doctest::Contains("3 features"), Error);
  Matrix bad = ref;
  bad(1, 1) = std::nan("");
  CHECK_THROWS_WITH_AS(knn.fit(bad), doctest::Contains("NaN"), Error);
  CHECK(knn.query(ref, 0).index.empty());
}

TEST_CASE("every kernel this CPU runs gives the exact lists: float, 16-bit pairs, odd feature counts, wide scales") {
  // The pair kernels round inputs to 8 significant bits (bf16) or to 15-bit fixed point (int16); their error
  // bounds must still shortlist every true neighbour. Odd d leaves the last pair half empty; wildly different
  // feature scales and a far-off mean stress the centring and the bound; clustered near-ties make many
  // estimates fall inside the bound.
  const std::vector<scan::Kernel> kernels = scan::runnable_kernels();
  RandomStream rng = RandomStream::keyed("knn-kernels");
  for (std::size_t d : {1, 2, 5, 6, 9, 20, 33}) {
    Matrix ref = random_matrix(3000, d, rng.substream(d), 1e6);
    for (Eigen::Index j = 0; j < ref.cols(); ++j) ref.col(j) *= std::pow(10.0, static_cast<double>(j % 4) - 2.0);
    for (Eigen::Index i = 0; i < 300; ++i) ref.row(2000 + i) = ref.row(i) * (1.0 + 1e-9 * static_cast<double>(i % 3));
    const Matrix queries = ref.topRows(500);
    const NeighbourLists want = naive_knn(ref, queries, 6, true);
    for (const scan::Kernel& kernel : kernels) {
      CAPTURE(d);
      const std::string kernel_name = kernel.name;
      CAPTURE(kernel_name);
      BruteForceNeighbours knn(kernel);
      knn.fit(ref);
      std::vector<std::size_t> self(500);
      std::iota(self.begin(), self.end(), std::size_t{0});
      check_same(knn.query(queries, 6, self), want);
    }
  }
}

TEST_CASE("far-out queries get exact, distinct neighbours from every kernel") {
  // Squared norms past float range make the kernel's estimates infinite (or
  // -infinity, for the int16 kernel's dot unit): such queries skip the kernel
  // and have every reference re-measured, and none may be listed twice.
  RandomStream rng = RandomStream::keyed("knn-far-out");
  const Matrix ref = random_matrix(200, 8, rng.substream(1));
  Matrix queries = random_matrix(3, 8, rng.substream(2));
  queries.row(0) *= 1e40;
  queries.row(1) *= 1e100;
  const NeighbourLists want = naive_knn(ref, queries, 150, false);
  for (const scan::Kernel& kernel : scan::runnable_kernels()) {
    const std::string kernel_name = kernel.name;
    CAPTURE(kernel_name);
    BruteForceNeighbours knn(kernel);
    knn.fit(ref);
    const NeighbourLists got = knn.query(queries, 150);
    for (std::size_t q = 0; q < 3; ++q) {
      std::vector<std::size_t> rows(got.index.begin() + static_cast<std::ptrdiff_t>(q * 150),
                                    got.index.begin() + static_cast<std::ptrdiff_t>((q + 1) * 150));
      std::sort(rows.begin(), rows.end());
      CHECK(std::adjacent_find(rows.begin(), rows.end()) == rows.end());
    }
    check_same(got, want);
  }
}
