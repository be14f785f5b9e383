#include <doctest/doctest.h>
#include <tbb/global_control.h>
#include <tbb/parallel_for.h>

#include <cmath>
#include <string>

#include "algorithms/shared/neighbours/brute_force.hpp"
#include "algorithms/shared/neighbours/exact.hpp"
#include "algorithms/shared/neighbours/kd_tree.hpp"
#include "algorithms/shared/neighbours/neighbour_checks.hpp"
#include "core/error.hpp"
#include "core/rng.hpp"

using namespace imbench;
using test_data::check_same;

namespace {

enum class Shape { Normal, Duplicates, IntegerGrid };

// Normal: continuous, no ties. Duplicates: every row copies one of 20
// distinct points. IntegerGrid: coordinates in {0..3}, so equal distances
// to different rows are everywhere and the order rests on the index rule.
Matrix make_points(Shape shape, std::size_t rows, std::size_t cols, RandomStream rng) {
  Matrix M(static_cast<Eigen::Index>(rows), static_cast<Eigen::Index>(cols));
  Matrix seeds = Matrix::Zero(20, static_cast<Eigen::Index>(cols));
  for (Eigen::Index i = 0; i < seeds.rows(); ++i)
    for (Eigen::Index j = 0; j < seeds.cols(); ++j) seeds(i, j) = rng.normal();
  for (Eigen::Index i = 0; i < M.rows(); ++i) {
    if (shape == Shape::Duplicates) {
      M.row(i) = seeds.row(static_cast<Eigen::Index>(rng.uniform() * 20));
      continue;
    }
    for (Eigen::Index j = 0; j < M.cols(); ++j)
      M(i, j) = shape == Shape::Normal ? rng.normal() : std::floor(rng.uniform() * 4);
  }
  return M;
}

}  // namespace

TEST_CASE("kd-tree returns exactly the brute-force neighbours, order and distances") {
  RandomStream rng = RandomStream::keyed("kd-tree-property");
  const char* names[] = {"normal", "duplicates", "integer grid"};
  for (Shape shape : {Shape::Normal, Shape::Duplicates, Shape::IntegerGrid}) {
    for (std::size_t dims : {1, 2, 3, 5}) {
      RandomStream stream = rng.substream(static_cast<std::uint64_t>(shape) * 100 + dims);
      Matrix ref = make_points(shape, 700, dims, stream.substream(1));
      Matrix queries = make_points(shape, 150, dims, stream.substream(2));
      BruteForceNeighbours brute;
      brute.fit(ref);
      for (std::size_t leaf : {1, 16}) {
        KdTreeNeighbours tree(leaf);
        tree.fit(ref);
        for (std::size_t k = 1; k <= 10; ++k) {
          CAPTURE(names[static_cast<int>(shape)]);
          CAPTURE(dims);
          CAPTURE(leaf);
          CAPTURE(k);
          check_same(tree.query_self(k), brute.query_self(k));
          check_same(tree.query(queries, k), brute.query(queries, k));
        }
      }
    }
  }
}

TEST_CASE("kd-tree: per-query exclusion, k = every other row, a one-row reference") {
  RandomStream rng = RandomStream::keyed("kd-tree-edges");
  Matrix ref = make_points(Shape::IntegerGrid, 40, 2, rng);
  std::vector<std::size_t> exclude = {3, kNoExclusion, 39, 0, kNoExclusion};
  Matrix queries = ref.topRows(5);
  BruteForceNeighbours brute;
  brute.fit(ref);
  KdTreeNeighbours tree(4);
  tree.fit(ref);
  check_same(tree.query(queries, 39, exclude), brute.query(queries, 39, exclude));
  check_same(tree.query(queries, 40), brute.query(queries, 40));

  KdTreeNeighbours single;
  single.fit(ref.topRows(1));
  NeighbourLists one = single.query(queries, 1);
  for (std::size_t q = 0; q < 5; ++q) CHECK(one.index_at(q, 0) == 0);
}

TEST_CASE("kd-tree is bit-identical with one and two TBB threads") {
  Matrix ref = make_points(Shape::Normal, 4000, 3, RandomStream::keyed("kd-tree-threads"));
  KdTreeNeighbours tree;
  tree.fit(ref);
  test_data::check_self_query_thread_invariant(tree, 5);
}

TEST_CASE("kd-tree rejects bad input with the brute-force messages") {
  KdTreeNeighbours tree;
  Matrix ref = Matrix::Zero(4, 2);
  tree.fit(ref);
  CHECK_THROWS_WITH_AS(tree.query_self(4), doctest::Contains("k=4 but the reference set has 4 rows (3 once"), Error);
  CHECK_THROWS_WITH_AS(tree.query(Matrix::Zero(1, 3), 1), doctest::Contains("3 features"), Error);
  Matrix bad = ref;
  bad(2, 0) = INFINITY;
  CHECK_THROWS_WITH_AS(tree.fit(bad), doctest::Contains("NaN or infinite"), Error);
  CHECK_THROWS_WITH_AS(KdTreeNeighbours(0).fit(ref), doctest::Contains("leaf_size"), Error);
  CHECK(tree.query(ref, 0).index.empty());
}

TEST_CASE("every fit refuses a reference with NaN, ExactNeighbours' whichever structure it builds") {
  for (Eigen::Index dims : {2, 30}) {  // the kd-tree is built at fit, brute force at the first query
    Matrix bad = Matrix::Ones(300, dims);
    bad(17, 1) = NAN;
    ExactNeighbours exact;
    CHECK_THROWS_WITH_AS(exact.fit(bad), doctest::Contains("NaN or infinite"), Error);
    CHECK_THROWS_WITH_AS(exact.fit_borrowed(bad), doctest::Contains("NaN or infinite"), Error);
    CHECK_THROWS_WITH_AS(BruteForceNeighbours().fit(bad), doctest::Contains("NaN or infinite"), Error);
    CHECK_THROWS_WITH_AS(KdTreeNeighbours().fit(bad), doctest::Contains("NaN or infinite"), Error);
  }
}

TEST_CASE("ExactNeighbours picks the kd-tree in low dimensions and brute force in high, same answers") {
  RandomStream rng = RandomStream::keyed("exact-choice");
  for (std::size_t dims : {2, 30}) {
    Matrix ref = make_points(Shape::IntegerGrid, 3000, dims, rng.substream(dims));
    ExactNeighbours exact;
    exact.fit(ref);
    CHECK((exact.choose(ref, 4) == ExactNeighbours::Structure::KdTree) == kd_tree_pays(3000, dims));
    BruteForceNeighbours brute;
    brute.fit(ref);
    check_same(exact.query_self(4), brute.query_self(4));
    ExactNeighbours borrowed;  // the caller's rows, not a copy, and the same answers
    borrowed.fit_borrowed(ref);
    CHECK(&borrowed.reference() == &ref);
    check_same(borrowed.query_self(4), brute.query_self(4));
  }
  Matrix bad = Matrix::Zero(5, 2);
  bad(3, 1) = std::nan("");
  CHECK_THROWS_WITH_AS(ExactNeighbours().fit_borrowed(bad), doctest::Contains("NaN"), Error);
  CHECK(kd_tree_pays(100000, 2));
  CHECK_FALSE(kd_tree_pays(100000, 20));
}

TEST_CASE("ExactNeighbours probes the kd-tree in high dimensions: taken where points cluster, not on noise") {
  // 200k rows in 12 features; queries are every row twice, excluding
  // itself, which is enough work for the probe. Clustered: tight groups of
  // 40 along a line (like SMOTE's output), where the tree prunes nearly
  // everything; normal noise, where it prunes nearly nothing.
  constexpr std::size_t rows = 200000, dims = 12, repeats = 2;
  RandomStream rng = RandomStream::keyed("exact-probe");
  Matrix clustered(rows, dims);
  for (std::size_t i = 0; i < rows; ++i)
    for (std::size_t j = 0; j < dims; ++j)
      clustered(i, j) = static_cast<double>(i / 40) + 1e-3 * rng.normal();
  const Matrix noise = make_points(Shape::Normal, rows, dims, rng.substream(1));
  Indices self(rows * repeats);
  for (std::size_t i = 0; i < self.size(); ++i) self[i] = i % rows;

  ExactNeighbours on_noise;
  on_noise.fit(noise);
  CHECK(on_noise.choose(take_rows(noise, self), 3, self) == ExactNeighbours::Structure::BruteForce);
  // Too few queries to pay for building a tree: no probe, brute force.
  ExactNeighbours exact;
  exact.fit(clustered);
  const Indices few(self.begin(), self.begin() + 5000);
  CHECK(exact.choose(take_rows(clustered, few), 3, few) == ExactNeighbours::Structure::BruteForce);

  const Matrix queries = take_rows(clustered, self);
  REQUIRE(exact.choose(queries, 3, self) == ExactNeighbours::Structure::KdTree);
  const NeighbourLists found = exact.query(queries, 3, self);
  BruteForceNeighbours brute;
  brute.fit(clustered);
  const NeighbourLists expected = brute.query(take_rows(clustered, few), 3, few);
  const NeighbourLists head{few.size(), 3, {found.index.begin(), found.index.begin() + 3 * few.size()},
                            {found.distance.begin(), found.distance.begin() + 3 * few.size()}};
  check_same(head, expected);
}

TEST_CASE("kd-tree search work: capped, deterministic across threads, and the tree is the same whatever the threads") {
  RandomStream rng = RandomStream::keyed("kd-work");
  // Over 32k rows, so the build runs its halves as parallel tasks.
  const Matrix ref = make_points(Shape::Normal, 70000, 6, rng.substream(0));
  const Matrix queries = make_points(Shape::Normal, 300, 6, rng.substream(1));
  std::vector<std::size_t> sample(queries.rows());
  for (std::size_t i = 0; i < sample.size(); ++i) sample[i] = i;
  NeighbourLists lists[2];
  double work[2];
  for (int threads : {1, 2}) {
    tbb::global_control limit(tbb::global_control::max_allowed_parallelism, threads);
    KdTreeNeighbours tree;
    tree.fit(ref);
    work[threads - 1] = tree.mean_search_work(queries, sample, 5, {}, SIZE_MAX);
    lists[threads - 1] = tree.query(queries, 5);
    CHECK(tree.mean_search_work(queries, sample, 5, {}, 50) <= 50.0);
  }
  CHECK(work[0] == work[1]);
  CHECK(work[0] > 5.0);
  check_same(lists[0], lists[1]);
  BruteForceNeighbours brute;
  brute.fit(ref);
  check_same(lists[0], brute.query(queries, 5));
  KdTreeNeighbours tree;
  tree.fit(ref);
  CHECK_THROWS_WITH_AS(tree.mean_search_work(queries, std::vector<std::size_t>{300}, 5, {}, 10),
                       doctest::Contains("sampled query row 300"), Error);
}

TEST_CASE("an ExactNeighbours' first queries may come from parallel tasks: one build, the serial answers") {
  // 30 features: brute force, built at the first query; its fit runs parallel loops itself.
  RandomStream rng = RandomStream::keyed("exact-concurrent");
  const Matrix ref = make_points(Shape::Normal, 30000, 30, rng.substream(0));
  const Matrix queries = make_points(Shape::Normal, 16 * 64, 30, rng.substream(1));
  BruteForceNeighbours serial;
  serial.fit(ref);
  const NeighbourLists expected = serial.query(queries, 3);
  ExactNeighbours exact;
  exact.fit(ref);
  std::vector<NeighbourLists> found(16);
  tbb::parallel_for(std::size_t{0}, found.size(), [&](std::size_t t) {
    found[t] = exact.query(queries.middleRows(static_cast<Eigen::Index>(t * 64), 64), 3);
  });
  for (std::size_t t = 0; t < found.size(); ++t)
    for (std::size_t q = 0; q < 64; ++q)
      for (std::size_t j = 0; j < 3; ++j) CHECK(found[t].index_at(q, j) == expected.index_at(t * 64 + q, j));
}
