#include <doctest/doctest.h>

#include <set>
#include <sstream>

#include "algorithms/resample/borderline_smote/test_geometry.hpp"
#include "algorithms/resample/svm_smote/support_vectors.hpp"

using namespace imbench;
using test_data::run;
using variants_test::nearest;

namespace {

std::string oracle(const std::string& mode, const test_data::Labelled& d) {
  const std::string dir = testing::temp_dir();
  testing::write_csv(dir + "/X.csv", d.X);
  testing::write_labels(dir + "/y.txt", d.y);
  std::string out = testing::run_python("scripts/oracles/imblearn_svm_smote.py", {mode, dir + "/X.csv", dir + "/y.txt"});
  return out.substr(0, out.find('\n'));
}

Indices oracle_support(const test_data::Labelled& d) {
  Indices rows;
  std::istringstream items(oracle("support", d));
  for (std::string item; std::getline(items, item, ',');) rows.push_back(std::stoul(item));
  return rows;
}

std::string joined(const Indices& rows) {
  std::string s;
  for (std::size_t r : rows) s += (s.empty() ? "" : ",") + std::to_string(r);
  return s;
}

}  // namespace

TEST_CASE("svm_smote: libsvm's support vectors are scikit-learn SVC's on 3 classes (binary: next test)") {
  const test_data::Labelled d = test_data::blobs({120, 50, 30}, 4, RandomStream::keyed("svm-support-3"));
  CHECK(joined(support_vector_rows(d.X, d.y, {}, "test")) == joined(oracle_support(d)));
}

TEST_CASE("svm_smote: new rows interpolate from DANGER support vectors and extrapolate from safe ones") {
  const test_data::Labelled d = test_data::blobs({200, 50}, 2, RandomStream::keyed("svm-geometry"));
  const std::size_t k = 5, m = 10;
  const Indices support = oracle_support(d);
  CHECK(joined(support_vector_rows(d.X, d.y, {}, "test")) == joined(support));
  const Indices class_rows = rows_by_class(d.y, 2)[1];
  const Matrix X_c = take_rows(d.X, class_rows);
  Resampled r = run("svm_smote", d, "svm-run");
  REQUIRE(r.X.rows() == 400);
  CHECK(r.n_synthetic == 150);
  std::size_t interpolated = 0, extrapolated = 0;
  for (Eigen::Index s = 250; s < 400; ++s) {
    bool found = false;
    for (std::size_t p = 0; p < class_rows.size() && !found; ++p) {
      if (!std::binary_search(support.begin(), support.end(), class_rows[p])) continue;
      std::size_t foreign = 0;
      const auto row = static_cast<Eigen::Index>(class_rows[p]);
      for (Eigen::Index j : nearest(d.X, d.X.row(row), row, m)) foreign += d.y[static_cast<std::size_t>(j)] != 1;
      if (foreign == m) continue;  // noise
      const bool danger = 2 * foreign >= m;
      for (Eigen::Index nb : nearest(X_c, X_c.row(static_cast<Eigen::Index>(p)), static_cast<Eigen::Index>(p), k)) {
        auto u = variants_test::step_on_segment(X_c.row(static_cast<Eigen::Index>(p)), X_c.row(nb), r.X.row(s));
        if (!u) continue;
        if (danger && *u >= 0.0 && *u < 1.0) found = true, ++interpolated;
        else if (!danger && *u <= 0.0 && *u > -0.5) found = true, ++extrapolated;
        if (found) break;
      }
    }
    INFO("synthetic row " << s);
    CHECK(found);
  }
  CHECK(interpolated > 0);
  CHECK(extrapolated > 0);
}

TEST_CASE("svm_smote: imblearn 0.10 under-generates without DANGER support vectors; imbench makes every row") {
  // Far-apart classes: every minority support vector is safe, so imblearn drops its interpolation share.
  test_data::Labelled d = variants_test::separated({200, 40}, 12.0, "svm-separated");
  std::istringstream counts(oracle("count", d));
  std::size_t made = 0, requested = 0;
  counts >> made >> requested;
  CHECK(requested == 160);
  CHECK(made < requested);
  CHECK(run("svm_smote", d, "x").n_synthetic == 160);
}

TEST_CASE("svm_smote: class counts follow the sampling_strategy forms; deterministic across threads; errors") {
  test_data::Labelled d = test_data::blobs({200, 60, 40}, 3, RandomStream::keyed("svm-counts"));
  auto counts = [&](const std::string& strategy) {
    return test_data::describe_counts(run("svm_smote:sampling_strategy=" + strategy, d, "counts").y, 3);
  };
  CHECK(counts("auto") == "0:200 1:200 2:200");
  CHECK(counts("minority") == "0:200 1:60 2:200");
  CHECK(counts("{1:70,2:90}") == "0:200 1:70 2:90");
  test_data::check_thread_determinism(*test_data::resampler("svm_smote"), d.view(), true);
  CHECK_THROWS_WITH_AS(test_data::resampler("svm_smote:svm_c=0"), doctest::Contains("svm_c"), Error);
  test_data::Labelled small = test_data::blobs({50, 5}, 2, RandomStream::keyed("svm-small"));
  CHECK_THROWS_WITH_AS(run("svm_smote", small, "x"), doctest::Contains("svm_smote: class 1 has 5 samples"), Error);
}
