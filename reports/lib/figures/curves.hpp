// ROC and precision-recall curves of one data set from stored test-fold
// predictions: one curve per pipeline, the test predictions of all folds of
// one repeat pooled (each row of the data set is scored exactly once per
// repeat under k-fold cross-validation), so the curve and its area describe
// that repeat's out-of-fold scores. The areas come from the roc_auc and
// average_precision metric plugins themselves, through the registry.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "bench/engine/task_result.hpp"
#include "reports/lib/figures/svg.hpp"

namespace imbench::reports::figures {

struct ScoredLabel {
  double score;   // probability of the positive class
  bool positive;  // the true class is the positive one
};

// scikit-learn 1.2's roc_curve(drop_intermediate=True) as (fpr, tpr) points:
// one per distinct score from the highest down, collinear ones dropped, and
// (0, 0) first. Throws imbench::Error unless both classes occur.
std::vector<Point> roc_points(const std::vector<ScoredLabel>& samples);

// scikit-learn 1.2's precision_recall_curve as (recall, precision) points,
// recall decreasing: one per distinct score from the lowest up, then (0, 1).
// Throws imbench::Error when nothing is positive.
std::vector<Point> pr_points(const std::vector<ScoredLabel>& samples);

// Area under the ROC curve and average precision by the metric plugins
// (roc_auc, average_precision with average=binary on the positive class).
double roc_auc(const std::vector<ScoredLabel>& samples);
double average_precision(const std::vector<ScoredLabel>& samples);

struct PipelineScores {
  std::string pipeline;  // canonical
  std::string label;     // as reports name it
  std::vector<ScoredLabel> samples;
  std::size_t folds = 0;
};

struct PooledPredictions {
  std::string dataset;
  int repeat = 0;
  int positive_class = 0;
  std::vector<PipelineScores> pipelines;  // in the store's pipeline order
  std::vector<std::string> skipped;       // "pipeline: why" for pipelines left out (failed or unpredicted folds)
};

// Pools the test predictions of every fold of `repeat` for each pipeline of
// `dataset` (all pipelines when `pipelines` is empty; entries may be canonical
// or short labels). A pipeline with a failed fold or a fold without stored
// predictions is skipped with a reason. Errors: unknown data set, pipeline or
// repeat (listing the candidates); no predictions at all (rerun with
// --store-predictions).
PooledPredictions pool_predictions(const std::vector<TaskResult>& results,
                                   const std::map<std::string, TaskPredictions>& predictions,
                                   const std::string& dataset, int repeat, const std::vector<std::string>& pipelines);

enum class CurveKind { roc, pr };
// One curve per pipeline with its area in the legend; ROC with the chance
// diagonal, PR as a step function (as average precision integrates it) with
// the positive rate as the chance line.
Svg curve_figure(const PooledPredictions& pooled, CurveKind kind);

}  // namespace imbench::reports::figures
