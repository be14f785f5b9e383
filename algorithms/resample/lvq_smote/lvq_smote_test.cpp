#include <doctest/doctest.h>

#include <algorithm>

#include "algorithms/resample/lvq_smote/codebook.hpp"
#include "algorithms/resample/shared/test_data.hpp"

using namespace imbench;
using test_data::run;

namespace {

// The codebook lvq_smote trains for class `cls` when run with a stream keyed by `key` (its stream layout:
// one draw keys the call, then the class, then "codebook").
Matrix codebook_of(const test_data::Labelled& d, int cls, const char* key, const LvqOptions& options) {
  RandomStream rng = RandomStream::keyed(key);
  const RandomStream base = rng.substream(rng.next_u64());
  std::vector<bool> in_class(d.y.size());
  for (std::size_t i = 0; i < d.y.size(); ++i) in_class[i] = d.y[i] == cls;
  return lvq_class_codebook(d.X, in_class, options, base.substream(static_cast<std::uint64_t>(cls)).substream("codebook"));
}

// True when `s` = v + u (w - v), u in [0, 1], for a codebook vector v and one of its k nearest others w
// (independent full sort).
bool on_codebook_segment(const Matrix& codebook, std::size_t k, const Eigen::RowVectorXd& s) {
  for (Eigen::Index v = 0; v < codebook.rows(); ++v) {
    std::vector<std::pair<double, Eigen::Index>> d;
    for (Eigen::Index w = 0; w < codebook.rows(); ++w)
      if (w != v) d.push_back({(codebook.row(w) - codebook.row(v)).squaredNorm(), w});
    std::sort(d.begin(), d.end());
    for (std::size_t j = 0; j < k; ++j) {
      const Eigen::RowVectorXd dir = codebook.row(d[j].second) - codebook.row(v);
      const double u = (s - codebook.row(v)).dot(dir) / dir.squaredNorm();
      if (u >= 0.0 && u <= 1.0 && (codebook.row(v) + u * dir - s).norm() < 1e-9) return true;
    }
  }
  return false;
}

}  // namespace

TEST_CASE("lvq_smote: exact counts; every new row on a segment between a codebook vector and a near one") {
  test_data::Labelled d = test_data::blobs({150, 40, 60}, 3, RandomStream::keyed("lvq-geometry"));
  Resampled r = run("lvq_smote:n_codebook=8,k_neighbors=2", d, "lvq-geometry-run");
  REQUIRE(r.X.rows() == 450);
  CHECK(r.n_synthetic == 110 + 90);
  CHECK(r.X.topRows(250) == d.X);
  CHECK(test_data::describe_counts(r.y, 3) == "0:150 1:150 2:150");
  LvqOptions options;
  options.class_vectors = options.rest_vectors = 8;
  for (int cls : {1, 2}) {
    const Matrix codebook = codebook_of(d, cls, "lvq-geometry-run", options);
    REQUIRE(codebook.rows() == 8);
    // Training moved most vectors off the rows they started at (a vector that is the nearest to no other
    // row, a "dead unit" of LVQ, stays where it started).
    std::size_t still_rows = 0;
    for (Eigen::Index v = 0; v < codebook.rows(); ++v) still_rows += test_data::is_row_of(d.X, codebook.row(v));
    CHECK(still_rows < 4);
    for (Eigen::Index i = 250; i < r.X.rows(); ++i) {
      if (r.y[static_cast<std::size_t>(i)] != cls) continue;
      INFO("new row " << i << " of class " << cls);
      CHECK(on_codebook_segment(codebook, 2, r.X.row(i)));
    }
  }
  Resampled counts = run("lvq_smote:sampling_strategy={1:45,2:100}", d, "x");
  CHECK(test_data::describe_counts(counts.y, 3) == "0:150 1:45 2:100");
}

TEST_CASE("lvq_smote: codebook vectors are pulled into their class and pushed away from the others") {
  // 1-D: the class at 0..1, the rest at 10..11. All rows share a side with their nearest vector, so every
  // update pulls and the class's vectors stay within the class's span.
  test_data::Labelled d{Matrix(8, 1), {1, 1, 1, 1, 0, 0, 0, 0}, 2};
  d.X << 0.0, 0.3, 0.7, 1.0, 10.0, 10.4, 10.6, 11.0;
  const std::vector<bool> in_class{true, true, true, true, false, false, false, false};
  LvqOptions options;
  options.class_vectors = 2;
  options.rest_vectors = 1;
  Matrix pulled = lvq_class_codebook(d.X, in_class, options, RandomStream::keyed("lvq-pull"));
  REQUIRE(pulled.rows() == 2);
  CHECK(pulled.minCoeff() >= 0.0);
  CHECK(pulled.maxCoeff() <= 1.0);
  // A lone class vector with a rest row right beside it and no rest vector: that row is nearest to the
  // class vector and pushes it away, to below the class's rows at 1 and 2.
  test_data::Labelled mixed{Matrix(3, 1), {1, 1, 0}, 2};
  mixed.X << 1.0, 2.0, 2.5;
  options.class_vectors = 1;
  options.rest_vectors = 0;
  options.learning_rate = 0.5;
  Matrix pushed = lvq_class_codebook(mixed.X, {true, true, false}, options, RandomStream::keyed("lvq-push"));
  // Pulls alone balance at the rows' mean 1.5; the push moves the balance to 0.5.
  CHECK(pushed(0, 0) < 1.5);
}

TEST_CASE("lvq_smote: deterministic for a stream, fresh on the next call, identical with 1 and 2 threads") {
  test_data::Labelled d = test_data::blobs({3000, 200, 150}, 5, RandomStream::keyed("lvq-threads"));
  test_data::check_thread_determinism(*test_data::resampler("lvq_smote"), d.view(), true);
}

TEST_CASE("lvq_smote: bad parameters and too small codebooks are errors naming them") {
  CHECK_THROWS_WITH_AS(test_data::resampler("lvq_smote:n_codebook=1"), doctest::Contains("n_codebook"), Error);
  CHECK_THROWS_WITH_AS(test_data::resampler("lvq_smote:k_neighbors=0"), doctest::Contains("k_neighbors"), Error);
  CHECK_THROWS_WITH_AS(test_data::resampler("lvq_smote:n_epochs=0"), doctest::Contains("n_epochs"), Error);
  CHECK_THROWS_WITH_AS(test_data::resampler("lvq_smote:learning_rate=0"), doctest::Contains("learning_rate"), Error);
  CHECK_THROWS_WITH_AS(test_data::resampler("lvq_smote:learning_rate=1.5"), doctest::Contains("learning_rate"), Error);
  test_data::Labelled d = test_data::blobs({50, 6}, 2, RandomStream::keyed("lvq-small"));
  CHECK_THROWS_WITH_AS(run("lvq_smote:n_codebook=3", d, "x"),
                       doctest::Contains("lvq_smote: class 1 gets 3 codebook vectors (n_codebook=3, 6 rows), but "
                                         "k_neighbors=3 needs at least 4"),
                       Error);
  CHECK(run("lvq_smote:n_codebook=3,k_neighbors=2", d, "x").X.rows() == 100);
}
