#include <doctest/doctest.h>
#include <tbb/global_control.h>

#include "algorithms/shared/neighbours/brute_force.hpp"
#include "algorithms/shared/neighbours/pure_neighbourhoods.hpp"
#include "algorithms/shared/neighbours/tied_classes.hpp"

using namespace imbench;

namespace {

// Per row: are its k nearest other rows (the plain exact search) all of its class?
std::vector<bool> truly_pure(const test_data::TiedClasses& d, std::size_t k) {
  BruteForceNeighbours search;
  search.fit(d.X);
  const NeighbourLists nn = search.query_self(k);
  std::vector<bool> pure(d.y.size(), true);
  for (std::size_t i = 0; i < d.y.size(); ++i)
    for (std::size_t j = 0; j < k; ++j) pure[i] = pure[i] && d.y[nn.index_at(i, j)] == d.y[i];
  return pure;
}

}  // namespace

TEST_CASE("pure_neighbourhoods: every proven row is pure, and most pure rows are proven (ties, duplicates)") {
  const test_data::TiedClasses d = test_data::tied_classes(1800, 200, RandomStream::keyed("pure", 1));
  const std::vector<Indices> rows = rows_by_class(d.y, 2);
  for (std::size_t k : {1, 3, 7}) {
    CAPTURE(k);
    const std::vector<bool> truth = truly_pure(d, k);
    const std::vector<bool> proven = pure_neighbourhoods(d.X, rows, {0}, k, /*leaf_rows=*/64);
    std::size_t n_true = 0, n_proven = 0;
    for (std::size_t i = 0; i < d.y.size(); ++i) {
      if (proven[i]) CHECK(truth[i]);
      if (d.y[i] == 1) CHECK_FALSE(proven[i]);  // class 1 was not asked for
      n_true += d.y[i] == 0 && truth[i];
      n_proven += proven[i];
    }
    CHECK(n_true < rows[0].size());   // the data do hold rows an editing pass would remove
    CHECK(2 * n_proven > n_true);     // and the proofs are worth having
  }
}

TEST_CASE("pure_neighbourhoods: skips classes where the proof does not pay, same result on 1 and 2 threads") {
  const test_data::TiedClasses d = test_data::tied_classes(1800, 700, RandomStream::keyed("pure", 2));
  const std::vector<Indices> rows = rows_by_class(d.y, 2);
  // Class 1 is too small for two leaves; for class 0 the other class is more than a quarter of the rows.
  for (bool p : pure_neighbourhoods(d.X, rows, {0, 1}, 3, 64)) CHECK_FALSE(p);
  const test_data::TiedClasses e = test_data::tied_classes(3000, 300, RandomStream::keyed("pure", 3));
  const std::vector<Indices> e_rows = rows_by_class(e.y, 2);
  auto with_threads = [&](std::size_t threads) {
    tbb::global_control limit(tbb::global_control::max_allowed_parallelism, threads);
    return pure_neighbourhoods(e.X, e_rows, {0}, 3, 64);
  };
  CHECK(with_threads(1) == with_threads(2));
}
