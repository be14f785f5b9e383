#include <doctest/doctest.h>

#include <set>

#include "algorithms/resample/shared/danger.hpp"
#include "algorithms/resample/borderline_smote/test_geometry.hpp"
#include "algorithms/resample/shared/sampling_strategy.hpp"

using namespace imbench;
using test_data::run;
using variants_test::nearest;

namespace {

// DANGER rows of class `cls` by an independent full sort: m/2 <= foreign < m.
std::set<Eigen::Index> naive_danger(const test_data::Labelled& d, int cls, std::size_t m) {
  std::set<Eigen::Index> danger;
  for (Eigen::Index i = 0; i < d.X.rows(); ++i) {
    if (d.y[static_cast<std::size_t>(i)] != cls) continue;
    std::size_t foreign = 0;
    for (Eigen::Index j : nearest(d.X, d.X.row(i), i, m)) foreign += d.y[static_cast<std::size_t>(j)] != cls;
    if (2 * foreign >= m && foreign < m) danger.insert(i);
  }
  return danger;
}

// Every new row of class cls lies on a segment from a DANGER row of cls to one of its
// k nearest partners (kind 1: rows of cls; kind 2: any rows), with step in [0, 1) for
// a partner of cls and in [0, 0.5) for one of another class.
void check_segments(const test_data::Labelled& d, const Resampled& r, int cls, std::size_t k, std::size_t m,
                    bool any_class_partner) {
  const std::set<Eigen::Index> danger = naive_danger(d, cls, m);
  REQUIRE(!danger.empty());
  Indices class_rows = rows_by_class(d.y, d.n_classes)[static_cast<std::size_t>(cls)];
  const Matrix X_c = take_rows(d.X, class_rows);
  std::size_t checked = 0;
  for (Eigen::Index s = d.X.rows(); s < r.X.rows(); ++s) {
    if (r.y[static_cast<std::size_t>(s)] != cls) continue;
    bool found = false;
    for (Eigen::Index seed : danger) {
      std::vector<Eigen::Index> partners;
      if (any_class_partner) {
        partners = nearest(d.X, d.X.row(seed), seed, k);
      } else {
        const auto pos = static_cast<Eigen::Index>(std::find(class_rows.begin(), class_rows.end(), static_cast<std::size_t>(seed)) - class_rows.begin());
        for (Eigen::Index j : nearest(X_c, X_c.row(pos), pos, k)) partners.push_back(static_cast<Eigen::Index>(class_rows[static_cast<std::size_t>(j)]));
      }
      for (Eigen::Index p : partners) {
        auto u = variants_test::step_on_segment(d.X.row(seed), d.X.row(p), r.X.row(s));
        const double limit = d.y[static_cast<std::size_t>(p)] == cls ? 1.0 : 0.5;
        if (u && *u >= 0.0 && *u < limit) found = true;
      }
      if (found) break;
    }
    INFO("synthetic row " << s << " of class " << cls);
    CHECK(found);
    ++checked;
  }
  CHECK(checked > 0);
}

std::string our_danger(const test_data::Labelled& d, std::size_t m, const std::string& strategy) {
  ClassTargets targets;
  try {
    targets = SamplingStrategy(strategy, "test").targets(d.y, d.n_classes, SamplingType::Over);
  } catch (const Error&) {
    return "error";
  }
  const std::vector<Indices> rows = rows_by_class(d.y, d.n_classes);
  std::string out;
  for (const auto& [cls, n_new] : targets) {
    if (n_new == 0) continue;
    const Indices& class_rows = rows[static_cast<std::size_t>(cls)];
    std::string part = std::to_string(cls) + ":";
    const Indices danger = danger_positions(foreign_neighbour_counts(d.X, d.y, cls, class_rows, m, "test"), m);
    for (std::size_t i = 0; i < danger.size(); ++i) part += (i ? "," : "") + std::to_string(class_rows[danger[i]]);
    out += (out.empty() ? "" : " ") + part;
  }
  return out;
}

void compare_danger_with_imblearn(const test_data::Labelled& d) {
  std::vector<std::pair<std::size_t, std::string>> cases = {{10, "auto"}, {5, "all"}, {7, "minority"}, {3, "not_majority"}};
  std::vector<std::string> lines;
  for (const auto& [m, s] : cases) lines.push_back(std::to_string(m) + " " + s);
  const std::vector<std::string> want = variants_test::oracle_lines("danger", d, lines);
  REQUIRE(want.size() == cases.size());
  for (std::size_t i = 0; i < cases.size(); ++i) {
    INFO("m_neighbors=" << cases[i].first << " sampling_strategy=" << cases[i].second);
    CHECK(our_danger(d, cases[i].first, cases[i].second) == want[i]);
  }
}

}  // namespace

TEST_CASE("borderline_smote: the DANGER rows equal imbalanced-learn's, binary and 3 classes") {
  compare_danger_with_imblearn(test_data::blobs({120, 30}, 2, RandomStream::keyed("bsmote-danger-2")));
  compare_danger_with_imblearn(test_data::blobs({100, 40, 25}, 3, RandomStream::keyed("bsmote-danger-3")));
}

TEST_CASE("borderline_smote: borderline-1 rows lie between a DANGER seed and a same-class neighbour") {
  test_data::Labelled d = test_data::blobs({150, 40, 30}, 2, RandomStream::keyed("bsmote-kind1"));
  Resampled r = run("borderline_smote:k_neighbors=4,m_neighbors=8", d, "bsmote-kind1-run");
  REQUIRE(r.X.rows() == 450);
  CHECK(r.n_synthetic == 110 + 120);
  CHECK(r.X.topRows(220) == d.X);
  for (int cls : {1, 2}) check_segments(d, r, cls, 4, 8, false);
}

TEST_CASE("borderline_smote: borderline-2 rows go at most halfway towards another class") {
  test_data::Labelled d = test_data::blobs({150, 40, 30}, 2, RandomStream::keyed("bsmote-kind2"));
  Resampled r = run("borderline_smote:kind=borderline-2,k_neighbors=4,m_neighbors=8", d, "bsmote-kind2-run");
  REQUIRE(r.X.rows() == 450);
  for (int cls : {1, 2}) check_segments(d, r, cls, 4, 8, true);
}

TEST_CASE("borderline_smote: deterministic for a stream and identical with 1 and 2 threads") {
  test_data::Labelled d = test_data::blobs({3000, 300, 200}, 4, RandomStream::keyed("bsmote-threads"));
  for (std::string kind : {"borderline-1", "borderline-2"})
    test_data::check_thread_determinism(*test_data::resampler("borderline_smote:kind=" + kind), d.view(), true);
}

TEST_CASE("borderline_smote: errors name the class and the parameter") {
  // Far-apart classes: no row has a foreign neighbour, so none is in DANGER.
  test_data::Labelled apart = variants_test::separated({60, 20}, 100.0, "bsmote-apart");
  CHECK_THROWS_WITH_AS(run("borderline_smote", apart, "x"), doctest::Contains("borderline_smote: class 1 has no DANGER rows"),
                       Error);
  test_data::Labelled small = test_data::blobs({50, 4}, 2, RandomStream::keyed("bsmote-small"));
  // The 4 minority rows sit together far from the rest: with m = 6 each has 3 foreign
  // neighbours (= m/2), so all are DANGER, and kind 1 then lacks k + 1 = 6 class rows.
  const Indices minority = rows_by_class(small.y, 2)[1];
  for (std::size_t i : minority) small.X.row(static_cast<Eigen::Index>(i)) << 50.0 + 0.01 * static_cast<double>(i), 0.0;
  CHECK_THROWS_WITH_AS(run("borderline_smote:m_neighbors=6", small, "x"),
                       doctest::Contains("class 1 has 4 samples, but k_neighbors=5 needs at least 6"), Error);
  CHECK_THROWS_WITH_AS(run("borderline_smote:m_neighbors=80", small, "x"),
                       doctest::Contains("borderline_smote: the data has 54 rows, but 80 neighbours"), Error);
  CHECK_THROWS_WITH_AS(test_data::resampler("borderline_smote:kind=borderline-3"), doctest::Contains("kind"), Error);
  CHECK_THROWS_WITH_AS(test_data::resampler("borderline_smote:m_neighbors=0"), doctest::Contains("m_neighbors"), Error);
}
