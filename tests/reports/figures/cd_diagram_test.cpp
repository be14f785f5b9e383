// CD diagrams on Demsar (2006)'s worked example: four C4.5 variants over 14
// data sets, his printed average ranks (section 3.2.2).
#include <doctest/doctest.h>

#include <cmath>
#include <regex>

#include "core/error.hpp"
#include "reports/lib/figures/cd_diagram.hpp"
#include "reports/lib/stats/critical_difference.hpp"
#include "tests/reports/figures/svg_check.hpp"

using namespace imbench;
using namespace imbench::reports;
using namespace imbench::reports::figures;

namespace {

CdDiagram demsar(double alpha) {
  CdDiagram d;
  d.names = {"C4.5", "C4.5+m", "C4.5+cf", "C4.5+m+cf"};
  d.ranks = {3.143, 2.000, 2.893, 1.964};
  d.cd = stats::critical_difference(stats::nemenyi_q(4, alpha), 4, 14);
  return d;
}

// The first point of each leader line, in drawing order.
std::vector<double> leader_starts_x(const std::string& svg) {
  std::regex method("class=\"method\"[^>]*points=\"([-0-9.]+),");
  std::vector<double> xs;
  for (auto it = std::sregex_iterator(svg.begin(), svg.end(), method); it != std::sregex_iterator(); ++it)
    xs.push_back(std::stod((*it)[1]));
  return xs;
}

}  // namespace

TEST_CASE("Demsar's example: no group splits at alpha 0.05 (CD 1.25), two overlapping groups at 0.10 (CD 1.12)") {
  CdDiagram d05 = demsar(0.05);
  CHECK(d05.cd == doctest::Approx(1.25).epsilon(0.002));
  CHECK(cd_cliques(d05.ranks, d05.cd) == std::vector<std::vector<std::size_t>>{{3, 1, 2, 0}});
  CdDiagram d10 = demsar(0.10);
  CHECK(d10.cd == doctest::Approx(1.12).epsilon(0.003));
  // C4.5 differs from C4.5+m and C4.5+m+cf; C4.5+cf differs from neither side.
  CHECK(cd_cliques(d10.ranks, d10.cd) == std::vector<std::vector<std::size_t>>{{3, 1, 2}, {2, 0}});
}

TEST_CASE("cliques: a difference of exactly CD is significant; all-different gives no bars") {
  CHECK(cd_cliques({1, 2, 3}, 1.0).empty());
  CHECK(cd_cliques({1, 1.5, 3}, 1.0) == std::vector<std::vector<std::size_t>>{{0, 1}});
  CHECK(cd_cliques({1, 2, 3}, 5.0) == std::vector<std::vector<std::size_t>>{{0, 1, 2}});
}

TEST_CASE("ranks map linearly onto the axis, 1 on the left; leader lines start at each method's rank") {
  CdDiagram d = demsar(0.10);
  CdLayout layout = cd_layout(d);
  const LinearScale& x = layout.rank_to_x;
  CHECK(x(1) < x(4));
  CHECK(x(2.5) == doctest::Approx((x(1) + x(4)) / 2));
  CHECK(x(1) > 0);
  CHECK(x(4) < layout.width);
  CHECK(layout.cliques.size() == 2);
  Svg svg = cd_diagram(d);
  // Methods are drawn in rank order: m+cf, m, cf, C4.5.
  std::vector<double> starts = leader_starts_x(svg.str());
  REQUIRE(starts.size() == 4);
  const std::vector<std::size_t> order = {3, 1, 2, 0};
  for (std::size_t j = 0; j < 4; ++j) CHECK(starts[j] == doctest::Approx(x(d.ranks[order[j]])).epsilon(1e-4));
  std::map<std::string, int> classes = testing::svg_classes(svg);
  CHECK(classes["clique"] == 2);
  CHECK(classes["method"] == 4);
  CHECK(svg.str().find("CD = 1.118") != std::string::npos);
}

TEST_CASE("with a control, the critical interval replaces the groups (Bonferroni-Dunn)") {
  CdDiagram d = demsar(0.05);
  d.cd = stats::critical_difference(stats::bonferroni_dunn_q(4, 0.05), 4, 14);
  d.test = "Bonferroni-Dunn";
  d.control = 0;
  CHECK(cd_layout(d).cliques.empty());
  std::map<std::string, int> classes = testing::svg_classes(cd_diagram(d));
  CHECK(classes["control-interval"] == 1);
  CHECK(classes.count("clique") == 0);
}

TEST_CASE("bad diagrams are errors that say what is wrong") {
  CdDiagram d = demsar(0.05);
  d.ranks.pop_back();
  CHECK_THROWS_WITH_AS(cd_layout(d), doctest::Contains("4 names but 3 ranks"), Error);
  d = demsar(0.05);
  d.ranks[0] = 4.5;
  CHECK_THROWS_WITH_AS(cd_layout(d), doctest::Contains("outside [1, 4]"), Error);
  d = demsar(0.05);
  d.control = 7;
  CHECK_THROWS_AS(cd_layout(d), Error);
}

TEST_CASE("from an aggregate: ranks by the metric's direction, and unknown controls list the candidates") {
  std::vector<TaskResult> results;
  const std::vector<std::string> pipelines = {"resample=none weight=none model=logistic_regression",
                                              "resample=smote weight=none model=logistic_regression",
                                              "resample=random_under weight=none model=logistic_regression"};
  const double scores[3][3] = {{0.5, 0.7, 0.6}, {0.4, 0.9, 0.8}, {0.6, 0.65, 0.62}};  // data set x pipeline
  for (int ds = 0; ds < 3; ++ds)
    for (int p = 0; p < 3; ++p) {
      TaskResult r;
      r.task_key = std::to_string(ds) + "-" + std::to_string(p);
      r.dataset = "d" + std::to_string(ds);
      r.pipeline = pipelines[static_cast<std::size_t>(p)];
      r.status = "ok";
      r.dataset_samples = 100;
      r.test_metrics = {{"balanced_accuracy", scores[ds][p]}};
      results.push_back(r);
    }
  Aggregate agg = aggregate(results);
  CdOptions options;
  options.metric = "balanced_accuracy";
  CdDiagram d = cd_diagram_from(agg, options);
  REQUIRE(d.names.size() == 3);
  for (std::size_t j = 0; j < 3; ++j) {
    if (d.names[j] == "smote + logistic_regression") CHECK(d.ranks[j] == 1);
    if (d.names[j] == "logistic_regression") CHECK(d.ranks[j] == 3);
  }
  CHECK(d.cd == doctest::Approx(stats::critical_difference(stats::nemenyi_q(3, 0.05), 3, 3)));
  options.test = CdTest::bonferroni_dunn;
  options.control = "smote + logistic_regression";
  CHECK(cd_diagram_from(agg, options).names[static_cast<std::size_t>(cd_diagram_from(agg, options).control)] ==
        "smote + logistic_regression");
  options.control = "smoot";
  CHECK_THROWS_WITH_AS(cd_diagram_from(agg, options), doctest::Contains("smote + logistic_regression"), Error);
}
