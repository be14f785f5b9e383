#include "reports/lib/comparison.hpp"

#include <doctest/doctest.h>

#include <cmath>

#include "core/error.hpp"
#include "reports/lib/stats/friedman.hpp"

using namespace imbench;
using namespace imbench::reports;

namespace {

const std::string kMetric = "balanced_accuracy";

TaskResult task(const std::string& dataset, const std::string& pipeline, int fold, double value) {
  TaskResult r;
  r.task_key = dataset + pipeline + std::to_string(fold);
  r.dataset = dataset;
  r.pipeline = pipeline;
  r.fold = fold;
  r.status = "ok";
  r.dataset_samples = 100;
  r.minority_percent = 10;
  r.test_metrics[kMetric] = value;
  r.train_metrics[kMetric] = value;
  return r;
}

const std::vector<std::string> kPipelines = {"resample=none weight=none model=logistic_regression",
                                             "resample=smote weight=none model=logistic_regression",
                                             "resample=random_under weight=none model=logistic_regression"};

// Two folds per cell whose mean is `score[d][p]`.
std::vector<TaskResult> grid(const std::vector<std::vector<double>>& score) {
  std::vector<TaskResult> out;
  for (std::size_t d = 0; d < score.size(); ++d)
    for (std::size_t p = 0; p < kPipelines.size(); ++p) {
      out.push_back(task("set" + std::to_string(d), kPipelines[p], 0, score[d][p] - 0.01));
      out.push_back(task("set" + std::to_string(d), kPipelines[p], 1, score[d][p] + 0.01));
    }
  return out;
}

const std::vector<std::vector<double>> kScores = {
    {0.60, 0.70, 0.80}, {0.61, 0.72, 0.70}, {0.50, 0.65, 0.66}, {0.70, 0.69, 0.75}, {0.55, 0.60, 0.58}};

std::string cell_text(const Cell& c) { return std::holds_alternative<std::string>(c) ? std::get<std::string>(c) : ""; }

}  // namespace

TEST_CASE("the score matrix holds the fold means of every data set x pipeline cell") {
  ScoreMatrix m = score_matrix(aggregate(grid(kScores)), kMetric);
  REQUIRE(m.datasets.size() == 5);
  REQUIRE(m.pipelines.size() == 3);
  for (std::size_t d = 0; d < 5; ++d)
    for (std::size_t p = 0; p < 3; ++p) {
      auto col = std::find(m.pipelines.begin(), m.pipelines.end(), kPipelines[p]) - m.pipelines.begin();
      CHECK(m.scores(static_cast<Eigen::Index>(d), col) == doctest::Approx(kScores[d][p]).epsilon(1e-12));
    }
}

TEST_CASE("the ranking table sorts by average rank and states Friedman's statistic") {
  ComparisonOptions options;
  options.metric = kMetric;
  std::vector<Table> tables = comparison_tables(aggregate(grid(kScores)), options);
  REQUIRE(tables.size() == 2);
  const Table& ranking = tables[0];
  // Ranks per set (1 = best): under 3,3,3,2,3 ; smote 2,1,2,3,1 ; none 1 worst... average: under 1.4, smote 1.8, none 2.8
  CHECK(cell_text(ranking.rows[0][0]) == "random_under + logistic_regression");
  CHECK(std::get<double>(ranking.rows[0][1]) == doctest::Approx(1.4));
  CHECK(cell_text(ranking.rows[1][0]) == "smote + logistic_regression");
  CHECK(std::get<double>(ranking.rows[2][1]) == doctest::Approx(2.8));
  // chi2_F = 12N/(k(k+1)) [sum R^2 - k(k+1)^2/4] = 12*5/12 * (1.96+3.24+7.84 - 12) = 5.2
  CHECK(ranking.notes[0].find("chi2_F = 5.200") != std::string::npos);
  const Table& pairs = tables[1];
  CHECK(pairs.rows.size() == 3);
}

TEST_CASE("pairwise rows give win/tie/loss and Bayesian probabilities that sum to one") {
  ComparisonOptions options;
  options.metric = kMetric;
  std::vector<Table> tables = comparison_tables(aggregate(grid(kScores)), options);
  for (const auto& row : tables[1].rows) {
    double total = std::get<double>(row[5]) + std::get<double>(row[6]) + std::get<double>(row[7]);
    CHECK(total == doctest::Approx(1.0));
  }
  // logistic_regression (none) vs smote: smote better on 4 of 5 sets.
  bool found = false;
  for (const auto& row : tables[1].rows)
    if (cell_text(row[0]) == "logistic_regression" && cell_text(row[1]) == "smote + logistic_regression") {
      CHECK(cell_text(row[2]) == "1/0/4");
      found = true;
    }
  CHECK(found);
}

TEST_CASE("statistics refuse holes in the grid and unknown metrics, naming them") {
  std::vector<TaskResult> results = grid(kScores);
  results.erase(std::remove_if(results.begin(), results.end(),
                               [](const TaskResult& r) { return r.dataset == "set2" && r.pipeline == kPipelines[1]; }),
                results.end());
  ComparisonOptions options;
  options.metric = kMetric;
  CHECK_THROWS_WITH_AS(comparison_tables(aggregate(results), options), doctest::Contains("'set2'"), Error);
  options.metric = "f1";
  CHECK_THROWS_WITH_AS(comparison_tables(aggregate(grid(kScores)), options), doctest::Contains("f1:average=auto"),
                       Error);
  options.metric = "balanced_acuracy";
  CHECK_THROWS_AS(comparison_tables(aggregate(grid(kScores)), options), Error);
}
