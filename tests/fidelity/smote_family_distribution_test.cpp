// The SMOTE family's synthetic points are distributed as imbalanced-learn's on
// the same data: per-feature two-sample KS tests and a KS test on the distance
// to the nearest minority row (where along the segments points fall).
#include <doctest/doctest.h>

#include <sstream>

#include "algorithms/resample/shared/test_data.hpp"
#include "tests/support/oracle.hpp"

using namespace imbench;

TEST_CASE("smote, borderline_smote and adasyn: synthetic rows distributed as imbalanced-learn's") {
  // Overlapping blobs so that borderline and ADASYN have danger and hard rows to work on.
  const test_data::Labelled d = test_data::blobs({1500, 120}, 3, RandomStream::keyed("smote-distribution"));
  const std::string dir = testing::temp_dir();
  testing::write_csv(dir + "/X.csv", d.X);
  testing::write_labels(dir + "/y.txt", d.y);
  for (const char* method : {"smote", "borderline_smote", "adasyn"}) {
    CAPTURE(method);
    const Resampled r = test_data::run(method, d, "smote-distribution-run");
    REQUIRE(r.n_synthetic > 500);
    testing::write_csv(dir + "/ours.csv", r.X.bottomRows(static_cast<Eigen::Index>(r.n_synthetic)));
    std::istringstream lines(testing::run_python("scripts/oracles/imblearn_synthetic_distribution.py",
                                                 {method, dir + "/X.csv", dir + "/y.txt", dir + "/ours.csv"}));
    std::string word;
    for (int j = 0; j < 3; ++j) {
      int column = -1;
      double p = 0;
      lines >> word >> column >> p;
      INFO("column " << column << " KS p " << p);
      CHECK(word == "column");
      CHECK(p > 1e-4);
    }
    double p_nearest = 0;
    lines >> word >> p_nearest;
    INFO("nearest-minority distance KS p " << p_nearest);
    CHECK(word == "nearest");
    CHECK(p_nearest > 1e-4);
    std::size_t ours = 0, theirs = 0;
    lines >> word >> ours >> theirs;
    CHECK(word == "count");
    CHECK(ours == r.n_synthetic);
    if (std::string(method) != "adasyn") CHECK(ours == theirs);  // ADASYN's per-row rounding differs by a few rows
  }
}
