// ROC and PR points against scikit-learn 1.2 (scripts/oracles/sklearn_curves.py)
// and the areas against the metric plugins' values.
#include <doctest/doctest.h>

#include <cmath>
#include <fstream>
#include <sstream>

#include "core/error.hpp"
#include "core/rng.hpp"
#include "reports/lib/figures/curves.hpp"
#include "tests/reports/figures/svg_check.hpp"

using namespace imbench;
using namespace imbench::reports::figures;

namespace {

struct Reference {
  std::vector<Point> roc, pr;
  double auc = 0, ap = 0;
};

std::vector<Point> read_points(std::istringstream& line) {
  std::vector<Point> points;
  Point p;
  while (line >> p.x >> p.y) points.push_back(p);
  return points;
}

Reference sklearn(const std::vector<ScoredLabel>& samples) {
  const std::string path = testing::temp_dir() + "/scores.txt";
  {
    std::ofstream out(path);
    out.precision(17);
    for (const auto& s : samples) out << s.score << " " << (s.positive ? 1 : 0) << "\n";
  }
  std::istringstream text(testing::run_python("scripts/oracles/sklearn_curves.py", {path}));
  Reference ref;
  std::string line, tag;
  while (std::getline(text, line)) {
    std::istringstream in(line);
    in >> tag;
    if (tag == "roc") ref.roc = read_points(in);
    if (tag == "pr") ref.pr = read_points(in);
    if (tag == "auc") in >> ref.auc;
    if (tag == "ap") in >> ref.ap;
  }
  return ref;
}

void check_points(const std::vector<Point>& got, const std::vector<Point>& want) {
  REQUIRE(got.size() == want.size());
  for (std::size_t i = 0; i < got.size(); ++i) {
    CHECK(got[i].x == doctest::Approx(want[i].x).epsilon(1e-12));
    CHECK(got[i].y == doctest::Approx(want[i].y).epsilon(1e-12));
  }
}

void check_against_sklearn(const std::vector<ScoredLabel>& samples) {
  Reference ref = sklearn(samples);
  check_points(roc_points(samples), ref.roc);
  check_points(pr_points(samples), ref.pr);
  CHECK(roc_auc(samples) == doctest::Approx(ref.auc).epsilon(1e-12));
  CHECK(average_precision(samples) == doctest::Approx(ref.ap).epsilon(1e-12));
}

}  // namespace

TEST_CASE("a hand example with tied scores gives scikit-learn's curves and areas") {
  check_against_sklearn({{0.9, true}, {0.8, false}, {0.8, true}, {0.7, true}, {0.6, false}, {0.6, false},
                         {0.5, true}, {0.4, false}, {0.3, false}, {0.3, true}, {0.2, false}, {0.1, false}});
}

TEST_CASE("a larger example with many ties and collinear runs matches roc_curve's dropped points") {
  RandomStream rng = RandomStream::keyed("curves-test");
  std::vector<ScoredLabel> samples;
  for (int i = 0; i < 300; ++i) {
    bool positive = rng.uniform() < 0.2;
    double score = std::round((rng.uniform() * 0.7 + (positive ? 0.3 : 0.0)) * 20) / 20;
    samples.push_back({score, positive});
  }
  check_against_sklearn(samples);
}

TEST_CASE("curves need both classes") {
  CHECK_THROWS_AS(roc_points({{0.5, true}, {0.2, true}}), Error);
  CHECK_THROWS_AS(pr_points({{0.5, false}}), Error);
}

TEST_CASE("the curve figure draws one curve per pipeline with its area in the legend") {
  PooledPredictions pooled;
  pooled.dataset = "toy";
  pooled.positive_class = 1;
  pooled.pipelines.push_back({"p1", "logistic_regression", {{0.9, true}, {0.4, false}, {0.6, true}, {0.7, false}}, 2});
  pooled.pipelines.push_back({"p2", "smote + logistic_regression", {{0.9, true}, {0.1, false}, {0.6, true}, {0.2, false}}, 2});
  for (CurveKind kind : {CurveKind::roc, CurveKind::pr}) {
    Svg svg = curve_figure(pooled, kind);
    std::map<std::string, int> classes = testing::svg_classes(svg);
    CHECK(classes["curve"] == 2);
    CHECK(classes["chance"] == 1);
    CHECK(svg.str().find(kind == CurveKind::roc ? "(AUC 0.750)" : "(AP 0.833)") != std::string::npos);
    CHECK(svg.str().find(kind == CurveKind::roc ? "(AUC 1.000)" : "(AP 1.000)") != std::string::npos);
  }
}
