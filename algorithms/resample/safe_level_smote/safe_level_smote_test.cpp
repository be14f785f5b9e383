#include <doctest/doctest.h>

#include <map>

#include "algorithms/resample/borderline_smote/test_geometry.hpp"

using namespace imbench;
using test_data::run;
using variants_test::nearest;

namespace {

// Safe level of row i: same-class rows among its k nearest rows of the whole data (full sort).
std::size_t safe_level(const test_data::Labelled& d, Eigen::Index i, std::size_t k) {
  std::size_t same = 0;
  for (Eigen::Index j : nearest(d.X, d.X.row(i), i, k)) same += d.y[static_cast<std::size_t>(j)] == d.y[static_cast<std::size_t>(i)];
  return same;
}

enum class Rule { Copy, Free, TowardSeed, TowardPartner };

}  // namespace

TEST_CASE("safe_level_smote: every new row lies on a class-neighbour segment where the paper's gap rule puts it") {
  test_data::Labelled d = test_data::blobs({200, 60, 40}, 2, RandomStream::keyed("safe_level-overlap"));
  const std::size_t k = 5;
  Resampled r = run("safe_level_smote", d, "safe_level-run");
  REQUIRE(r.X.rows() == 600);
  CHECK(r.n_synthetic == 300);
  CHECK(r.X.topRows(300) == d.X);
  std::map<Rule, std::size_t> rules_seen;
  for (int cls : {1, 2}) {
    const Indices rows = rows_by_class(d.y, 3)[static_cast<std::size_t>(cls)];
    const Matrix X_c = take_rows(d.X, rows);
    std::vector<std::size_t> sl;
    for (std::size_t row : rows) sl.push_back(safe_level(d, static_cast<Eigen::Index>(row), k));
    for (Eigen::Index s = 300; s < r.X.rows(); ++s) {
      if (r.y[static_cast<std::size_t>(s)] != cls) continue;
      std::optional<Rule> rule;
      for (Eigen::Index p = 0; p < X_c.rows() && !rule; ++p)
        for (Eigen::Index n : nearest(X_c, X_c.row(p), p, k)) {
          const std::size_t sl_p = sl[static_cast<std::size_t>(p)], sl_n = sl[static_cast<std::size_t>(n)];
          if (sl_p == 0 && sl_n == 0) continue;  // such pairs make nothing
          if (sl_n == 0) {
            if (r.X.row(s) == X_c.row(p)) rule = Rule::Copy;
            continue;
          }
          const auto u = variants_test::step_on_segment(X_c.row(p), X_c.row(n), r.X.row(s));
          if (!u) continue;
          const double ratio = static_cast<double>(sl_p) / static_cast<double>(sl_n);
          const double eps = 1e-9;
          if (sl_p == sl_n && *u >= -eps && *u < 1.0 + eps) rule = Rule::Free;
          else if (ratio > 1.0 && *u >= -eps && *u < 1.0 / ratio + eps) rule = Rule::TowardSeed;
          else if (ratio < 1.0 && *u >= 1.0 - ratio - eps && *u < 1.0 + eps) rule = Rule::TowardPartner;
          if (rule) break;
        }
      INFO("synthetic row " << s << " of class " << cls);
      REQUIRE(rule.has_value());
      ++rules_seen[*rule];
    }
  }
  CHECK(rules_seen[Rule::Free] > 0);
  CHECK(rules_seen[Rule::TowardSeed] > 0);
  CHECK(rules_seen[Rule::TowardPartner] > 0);
}

TEST_CASE("safe_level_smote: class counts follow the sampling_strategy forms; deterministic across threads") {
  test_data::Labelled d = test_data::blobs({300, 80, 50}, 3, RandomStream::keyed("safe_level-counts"));
  auto counts = [&](const std::string& strategy) {
    return test_data::describe_counts(run("safe_level_smote:sampling_strategy=" + strategy, d, "counts").y, 3);
  };
  CHECK(counts("auto") == "0:300 1:300 2:300");
  CHECK(counts("minority") == "0:300 1:80 2:300");
  CHECK(counts("{1:90,2:100}") == "0:300 1:90 2:100");
  test_data::Labelled b = test_data::blobs({300, 50}, 3, RandomStream::keyed("safe_level-binary"));
  CHECK(test_data::describe_counts(run("safe_level_smote:sampling_strategy=0.5", b, "x").y, 2) == "0:300 1:150");
  test_data::check_thread_determinism(*test_data::resampler("safe_level_smote"), d.view(), true);
}

TEST_CASE("safe_level_smote: a class whose rows all have safe level 0 is an error; small classes too") {
  // Minority rows scattered one by one inside the majority: no minority row has a minority neighbour.
  test_data::Labelled d{Matrix(66, 1), Labels(66, 0), 2};
  for (Eigen::Index i = 0; i < 66; ++i) d.X(i, 0) = static_cast<double>(i);
  for (Eigen::Index i = 5; i < 66; i += 10) d.y[static_cast<std::size_t>(i)] = 1;
  CHECK_THROWS_WITH_AS(run("safe_level_smote:k_neighbors=2", d, "x"),
                       doctest::Contains("safe_level_smote: every row of class 1"), Error);
  CHECK_THROWS_WITH_AS(run("safe_level_smote:k_neighbors=7", d, "x"),
                       doctest::Contains("safe_level_smote: class 1 has 7 samples, but k_neighbors=7"), Error);
}
