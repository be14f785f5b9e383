#include <doctest/doctest.h>

#include <algorithm>
#include <set>

#include "algorithms/resample/shared/test_data.hpp"

using namespace imbench;

TEST_CASE("random_under keeps distinct real rows, grouped by class in class order") {
  test_data::Labelled d = test_data::blobs({90, 12, 40}, 3, RandomStream::keyed("rus-rows"));
  RandomStream rng = RandomStream::keyed("rus-run");
  Resampled r = test_data::resampler("random_under:sampling_strategy=majority")->resample(d.view(), rng);
  REQUIRE(r.X.rows() == 12 + 12 + 40);
  CHECK(std::is_sorted(r.y.begin(), r.y.end()));
  const std::vector<Indices> rows = rows_by_class(d.y, 3);
  std::set<std::vector<double>> seen;
  for (Eigen::Index i = 0; i < 12; ++i) {
    CHECK(test_data::is_row_of(take_rows(d.X, rows[0]), r.X.row(i)));
    seen.insert(std::vector<double>(r.X.row(i).data(), r.X.row(i).data() + 3));
  }
  CHECK(seen.size() == 12);
  // Untargeted classes are kept whole, in input order.
  CHECK(r.X.middleRows(12, 12) == take_rows(d.X, rows[1]));
  CHECK(r.X.bottomRows(40) == take_rows(d.X, rows[2]));
  CHECK(r.n_synthetic == 0);
}

TEST_CASE("random_under picks every row equally often; replacement allows repeats") {
  test_data::Labelled d = test_data::blobs({50, 10}, 2, RandomStream::keyed("rus-uniform"));
  auto rus = test_data::resampler("random_under");
  std::vector<int> hits(60, 0);
  RandomStream rng = RandomStream::keyed("rus-uniform-run");
  for (int run = 0; run < 2000; ++run) {
    Resampled r = rus->resample(d.view(), rng);
    for (Eigen::Index i = 0; i < 10; ++i)
      for (Eigen::Index j = 0; j < d.X.rows(); ++j)
        if (d.y[static_cast<std::size_t>(j)] == 0 && d.X.row(j) == r.X.row(i)) ++hits[static_cast<std::size_t>(j)];
  }
  for (std::size_t j = 0; j < 60; ++j)
    if (d.y[j] == 0) CHECK(std::abs(hits[j] - 400) < 100);  // 2000 runs x 10/50; sd ~18

  test_data::Labelled same = test_data::blobs({100, 100}, 2, RandomStream::keyed("rus-repl"));
  RandomStream rng2 = RandomStream::keyed("rus-repl-run");
  Resampled boot = test_data::resampler("random_under:replacement=true,sampling_strategy=all")->resample(same.view(), rng2);
  std::set<std::vector<double>> distinct;
  for (Eigen::Index i = 0; i < 100; ++i) distinct.insert(std::vector<double>(boot.X.row(i).data(), boot.X.row(i).data() + 2));
  CHECK(distinct.size() < 100);  // a bootstrap of 100 out of 100 repeats rows (P(no repeat) ~ 1e-42)
  CHECK(distinct.size() > 50);
}
