// Statistical comparison of pipelines across data sets (Demsar 2006;
// Benavoli et al. 2017): average ranks, Friedman / Iman-Davenport, Nemenyi and
// Bonferroni-Dunn critical differences, and for every pair of pipelines
// win/tie/loss, Wilcoxon signed-rank with Holm's correction and the Bayesian
// signed-rank test. One score per (data set, pipeline): the mean over folds
// x repeats on the test folds.
#pragma once

#include <string>
#include <vector>

#include "core/types.hpp"
#include "reports/lib/aggregate.hpp"
#include "reports/lib/stats/wilcoxon.hpp"
#include "reports/lib/table.hpp"

namespace imbench::reports {

struct ComparisonOptions {
  std::string metric;   // a metric spec; canonicalised through the registry
  double alpha = 0.05;  // for the critical differences
  double rope = 0.01;   // region of practical equivalence of the Bayesian test
  std::uint64_t seed = 1;  // Monte Carlo stream of the Bayesian test
};

// Data sets x pipelines of mean test scores. Throws imbench::Error naming the
// data set and pipeline of a missing cell, or when the metric is not stored.
struct ScoreMatrix {
  std::vector<std::string> datasets;
  std::vector<std::string> pipelines;
  Matrix scores;  // datasets.size() x pipelines.size()
};
ScoreMatrix score_matrix(const Aggregate& aggregate, const std::string& canonical_metric);

// One pipeline against another over data sets: a's wins/ties/losses and the
// two-sided Wilcoxon signed-rank p (zero differences dropped); p is NaN when
// every data set ties, as there is nothing to test.
struct PairTest {
  stats::WinTieLoss wtl;
  double p = 0;
};
PairTest pair_test(const std::vector<double>& a, const std::vector<double>& b, stats::Order order);

// Holm-adjusted p-values over the family of the defined ones; NaN entries
// (tests not run) stay NaN and do not count in the family.
std::vector<double> holm_where_defined(const std::vector<double>& p_values);

// Whether the metric plugin ranks high or low values first. Throws
// imbench::Error when the registry does not know the metric.
stats::Order metric_order(const std::string& canonical_metric);

// Two tables: the ranking (with the omnibus tests and critical differences in
// its notes) and the pairwise comparisons.
std::vector<Table> comparison_tables(const Aggregate& aggregate, const ComparisonOptions& options);

}  // namespace imbench::reports
