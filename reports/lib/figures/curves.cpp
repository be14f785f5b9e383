#include "reports/lib/figures/curves.hpp"

#include <algorithm>
#include <set>

#include "core/error.hpp"
#include "core/registry.hpp"
#include "reports/lib/figures/plot.hpp"
#include "reports/lib/spec_display.hpp"
#include "reports/lib/table.hpp"

namespace imbench::reports::figures {
namespace {

// Cumulative (false, true) positives at each distinct score, highest first:
// scikit-learn's _binary_clf_curve.
struct Counts {
  std::vector<double> fps, tps;
};

Counts cumulative_counts(std::vector<ScoredLabel> samples) {
  std::stable_sort(samples.begin(), samples.end(),
                   [](const ScoredLabel& a, const ScoredLabel& b) { return a.score > b.score; });
  Counts c;
  double fp = 0, tp = 0;
  for (std::size_t i = 0; i < samples.size(); ++i) {
    (samples[i].positive ? tp : fp) += 1;
    if (i + 1 == samples.size() || samples[i + 1].score != samples[i].score) {
      c.fps.push_back(fp);
      c.tps.push_back(tp);
    }
  }
  return c;
}

double plugin_value(const char* metric, const std::vector<ScoredLabel>& samples) {
  Labels y(samples.size()), y_pred(samples.size());
  Matrix proba(static_cast<Eigen::Index>(samples.size()), 2);
  for (std::size_t i = 0; i < samples.size(); ++i) {
    const auto r = static_cast<Eigen::Index>(i);
    y[i] = samples[i].positive ? 1 : 0;
    proba(r, 1) = samples[i].score;
    proba(r, 0) = 1 - samples[i].score;
    y_pred[i] = proba(r, 1) > proba(r, 0) ? 1 : 0;
  }
  Spec spec = parse_spec(std::string(metric) + ":average=binary");
  auto plugin = Registry::instance().build<Metric>(Kind::Metric, spec).plugin;
  return plugin->compute(Predictions{y, y_pred, proba, 2, 1});
}

std::string repeat_list(const std::set<int>& repeats) {
  std::string s;
  for (int r : repeats) s += (s.empty() ? "" : ", ") + std::to_string(r);
  return s;
}

}  // namespace

std::vector<Point> roc_points(const std::vector<ScoredLabel>& samples) {
  Counts c = cumulative_counts(samples);
  if (c.tps.empty() || c.tps.back() == 0 || c.fps.back() == 0)
    throw Error("a ROC curve needs positive and negative samples");
  std::vector<Point> out{{0, 0}};
  const std::size_t m = c.fps.size();
  for (std::size_t i = 0; i < m; ++i) {
    // Keep the ends and every point where the curve bends (second differences).
    bool bend = i == 0 || i + 1 == m || c.fps[i + 1] - 2 * c.fps[i] + c.fps[i - 1] != 0 ||
                c.tps[i + 1] - 2 * c.tps[i] + c.tps[i - 1] != 0;
    if (m <= 2 || bend) out.push_back({c.fps[i] / c.fps.back(), c.tps[i] / c.tps.back()});
  }
  return out;
}

std::vector<Point> pr_points(const std::vector<ScoredLabel>& samples) {
  Counts c = cumulative_counts(samples);
  if (c.tps.empty() || c.tps.back() == 0) throw Error("a precision-recall curve needs positive samples");
  std::vector<Point> out;
  for (std::size_t i = c.tps.size(); i-- > 0;)
    out.push_back({c.tps[i] / c.tps.back(), c.tps[i] / (c.tps[i] + c.fps[i])});
  out.push_back({0, 1});
  return out;
}

double roc_auc(const std::vector<ScoredLabel>& samples) { return plugin_value("roc_auc", samples); }
double average_precision(const std::vector<ScoredLabel>& samples) { return plugin_value("average_precision", samples); }

PooledPredictions pool_predictions(const std::vector<TaskResult>& results,
                                   const std::map<std::string, TaskPredictions>& predictions,
                                   const std::string& dataset, int repeat, const std::vector<std::string>& pipelines) {
  std::vector<std::string> datasets, stored_pipelines, labels;
  std::set<int> repeats;
  for (const TaskResult& r : results) {
    if (std::find(datasets.begin(), datasets.end(), r.dataset) == datasets.end()) datasets.push_back(r.dataset);
    if (r.dataset != dataset) continue;
    repeats.insert(r.repeat);
    if (std::find(stored_pipelines.begin(), stored_pipelines.end(), r.pipeline) == stored_pipelines.end()) {
      stored_pipelines.push_back(r.pipeline);
      labels.push_back(pipeline_label(r.pipeline));
    }
  }
  if (stored_pipelines.empty()) throw Error(unknown_name_message("data set in the store", dataset, datasets));
  if (!repeats.count(repeat))
    throw Error("data set '" + dataset + "' has no repeat " + std::to_string(repeat) + " in the store (repeats: " +
                repeat_list(repeats) + ")");
  std::vector<std::size_t> chosen;
  for (const std::string& wanted : pipelines) {
    std::size_t j = 0;
    while (j < stored_pipelines.size() && stored_pipelines[j] != wanted && labels[j] != wanted) ++j;
    if (j == stored_pipelines.size())
      throw Error(unknown_name_message("pipeline of data set '" + dataset + "'", wanted, labels));
    chosen.push_back(j);
  }
  if (pipelines.empty())
    for (std::size_t j = 0; j < stored_pipelines.size(); ++j) chosen.push_back(j);

  PooledPredictions pooled;
  pooled.dataset = dataset;
  pooled.repeat = repeat;
  bool any_predictions = false;
  for (std::size_t j : chosen) {
    PipelineScores scores{stored_pipelines[j], labels[j], {}, 0};
    std::size_t failed = 0, unpredicted = 0;
    for (const TaskResult& r : results) {
      if (r.dataset != dataset || r.pipeline != scores.pipeline || r.repeat != repeat) continue;
      ++scores.folds;
      if (r.status != "ok") {
        ++failed;
        continue;
      }
      auto found = predictions.find(r.task_key);
      if (found == predictions.end()) {
        ++unpredicted;
        continue;
      }
      const TaskPredictions& p = found->second;
      any_predictions = true;
      pooled.positive_class = p.positive_class;
      for (std::size_t i = 0; i < p.size(); ++i)
        scores.samples.push_back({p.probability(i, p.positive_class), p.labels[i] == p.positive_class});
    }
    const std::string of = " of " + std::to_string(scores.folds) + " folds of repeat " + std::to_string(repeat);
    if (failed) pooled.skipped.push_back(labels[j] + ": " + std::to_string(failed) + of + " failed");
    else if (unpredicted) pooled.skipped.push_back(labels[j] + ": " + std::to_string(unpredicted) + of + " have no stored predictions");
    else pooled.pipelines.push_back(std::move(scores));
  }
  if (!any_predictions)
    throw Error("the store holds no predictions for data set '" + dataset +
                "'; run the experiment again with --store-predictions (into a new store: finished tasks are not re-run)");
  if (pooled.pipelines.empty()) throw Error("no pipeline of data set '" + dataset + "' has predictions for every fold");
  return pooled;
}

Svg curve_figure(const PooledPredictions& pooled, CurveKind kind) {
  const bool roc = kind == CurveKind::roc;
  std::vector<LegendEntry> legend;
  std::vector<std::vector<Point>> curves;
  double positives = 0, total = 0;
  for (std::size_t j = 0; j < pooled.pipelines.size(); ++j) {
    const PipelineScores& p = pooled.pipelines[j];
    curves.push_back(roc ? roc_points(p.samples) : pr_points(p.samples));
    double area = roc ? roc_auc(p.samples) : average_precision(p.samples);
    legend.push_back({p.label + (roc ? "  (AUC " : "  (AP ") + format_number(area, 3) + ")", palette_colour(j)});
    if (j == 0)
      for (const ScoredLabel& s : p.samples) positives += s.positive, total += 1;
  }
  const LegendSize key = legend_size(legend);
  const double side = 360, left = 64, top = 46;
  Svg svg(left + side + 24 + key.width + 16, top + side + 66);
  Axes axes = make_axes(left, top, side, side, 0, 1, 0, 1);
  AxisLabels labels{roc ? "False positive rate" : "Recall", roc ? "True positive rate" : "Precision",
                    std::string(roc ? "ROC" : "Precision-recall") + " curves: " + pooled.dataset};
  draw_axes(svg, axes, labels);
  const Style chance{"#888888", "", 1, 1, "5 4", "chance"};
  const double rate = total > 0 ? positives / total : 0;
  if (roc) svg.line(axes.at(0, 0), axes.at(1, 1), chance);
  else svg.line(axes.at(0, rate), axes.at(1, rate), chance);
  svg.begin_group("curves");
  for (std::size_t j = 0; j < curves.size(); ++j) {
    std::vector<Point> drawn;
    const std::vector<Point>& c = curves[j];
    for (std::size_t i = 0; i < c.size(); ++i) {
      // PR: precision holds until the next recall level (steps-post in recall-decreasing order).
      if (!roc && i > 0) drawn.push_back(axes.at(c[i].x, c[i - 1].y));
      drawn.push_back(axes.at(c[i].x, c[i].y));
    }
    svg.polyline(drawn, Style{palette_colour(j), "", 1.8, 1, "", "curve"});
  }
  svg.end_group();
  draw_legend(svg, {left + side + 24, top}, legend);
  TextStyle note{10, Anchor::start, "#555555"};
  svg.text({left, top + side + 58},
           "Test predictions of all folds of repeat " + std::to_string(pooled.repeat) + " pooled; positive class index " +
               std::to_string(pooled.positive_class) + (roc ? "" : "; dashed: positive rate " + format_number(rate, 3)),
           note);
  return svg;
}

}  // namespace imbench::reports::figures
