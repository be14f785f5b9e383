#include <doctest/doctest.h>

#include <map>
#include <sstream>

#include "algorithms/resample/shared/test_data.hpp"
#include "tests/support/oracle.hpp"

using namespace imbench;
using test_data::run;

namespace {

// Three nominal columns with 3, 4 and 2 categories (codes 10, 20, ... to show values are kept, not
// re-coded); column 0 leans towards the class, so the value difference metric has something to see.
test_data::Labelled nominal(const std::vector<std::size_t>& sizes, const char* key) {
  return test_data::coded_blobs(sizes, 3, key, [](auto row, int label, RandomStream& rng) {
    const auto cls = static_cast<std::uint64_t>(label);
    row(0) = 10.0 * static_cast<double>(rng.uniform() < 0.6 ? cls % 3 : rng.below(3));
    row(1) = 10.0 * static_cast<double>(rng.below(4));
    row(2) = 10.0 * static_cast<double>(rng.below(2));
  });
}

std::string write(const test_data::Labelled& d) {
  const std::string dir = testing::temp_dir();
  testing::write_csv(dir + "/X.csv", d.X);
  testing::write_labels(dir + "/y.txt", d.y);
  return dir;
}

}  // namespace

TEST_CASE("smoten: every new row is the VDM-neighbourhood mode of some seed, seeds drawn uniformly") {
  test_data::Labelled d = nominal({600, 60, 40}, "smoten-modes");
  const std::string dir = write(d);
  // Per class, how many seeds make each mode row (imblearn's metric and mode).
  std::map<int, std::map<std::vector<double>, int>> seeds_making;
  std::istringstream lines(testing::run_python("scripts/oracles/imblearn_nominal.py",
                                               {"smoten_modes", dir + "/X.csv", dir + "/y.txt", "5"}));
  for (std::string line; std::getline(lines, line);) {
    std::istringstream fields(line);
    int cls;
    std::vector<double> row(3);
    fields >> cls >> row[0] >> row[1] >> row[2];
    ++seeds_making[cls][row];
  }
  Resampled r = run("smoten", d, "smoten-run");
  REQUIRE(r.X.rows() == 1800);
  CHECK(r.n_synthetic == 540 + 560);
  CHECK(r.X.topRows(700) == d.X);
  std::map<int, std::map<std::vector<double>, int>> made;
  for (Eigen::Index s = 700; s < r.X.rows(); ++s)
    ++made[r.y[static_cast<std::size_t>(s)]][{r.X(s, 0), r.X(s, 1), r.X(s, 2)}];
  for (const auto& [cls, n_c, n_new] : {std::tuple{1, 60.0, 540.0}, std::tuple{2, 40.0, 560.0}}) {
    for (const auto& [row, n] : made[cls]) {
      INFO("class " << cls << " row " << row[0] << " " << row[1] << " " << row[2]);
      REQUIRE(seeds_making[cls].count(row) == 1);
      // Binomial(n_new, seeds / n_c): within 5 standard deviations.
      const double p = seeds_making[cls][row] / n_c;
      CHECK(std::abs(n - n_new * p) < 5.0 * std::sqrt(n_new * p * (1 - p)) + 1.0);
    }
  }
}

TEST_CASE("smoten: category frequencies of the new rows match imblearn's SMOTEN") {
  test_data::Labelled d = nominal({3000, 150}, "smoten-distribution");
  Resampled r = run("smoten", d, "smoten-distribution-run");
  const std::string dir = write(d);
  testing::write_csv(dir + "/ours.csv", r.X.bottomRows(2850));
  std::istringstream lines(testing::run_python("scripts/oracles/imblearn_nominal.py",
                                               {"smoten_compare", dir + "/X.csv", dir + "/y.txt", "5", dir + "/ours.csv"}));
  for (int col = 0; col < 3; ++col) {
    std::string kind;
    double tv;
    lines >> kind >> tv;
    INFO("column " << col << " total variation " << tv);
    CHECK(kind == "tv");
    CHECK(tv < 0.06);
  }
}

TEST_CASE("smoten: class counts follow the sampling_strategy forms; deterministic across thread counts") {
  test_data::Labelled d = nominal({200, 40, 25}, "smoten-counts");
  auto counts = [&](const std::string& strategy) {
    return test_data::describe_counts(run("smoten:sampling_strategy=" + strategy, d, "counts").y, 3);
  };
  CHECK(counts("auto") == "0:200 1:200 2:200");
  CHECK(counts("minority") == "0:200 1:40 2:200");
  CHECK(counts("{1:50,2:90}") == "0:200 1:50 2:90");
  test_data::Labelled b = nominal({200, 40}, "smoten-binary");
  CHECK(test_data::describe_counts(run("smoten:sampling_strategy=0.4", b, "counts").y, 2) == "0:200 1:80");

  test_data::check_thread_determinism(*test_data::resampler("smoten"), d.view(), true);
}

TEST_CASE("smoten: a small class and NaN are clear errors") {
  test_data::Labelled d = nominal({50, 5}, "smoten-errors");
  CHECK_THROWS_WITH_AS(run("smoten", d, "x"), doctest::Contains("smoten: class 1 has 5 samples, but k_neighbors=5"),
                       Error);
  CHECK(run("smoten:k_neighbors=4", d, "x").X.rows() == 100);
  d.X(3, 1) = std::nan("");
  CHECK_THROWS_WITH_AS(run("smoten:k_neighbors=4", d, "x"), doctest::Contains("smoten: nominal feature 1 holds NaN"),
                       Error);
}
