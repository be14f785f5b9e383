#include "reports/lib/figures/timing.hpp"

#include <algorithm>
#include <cstdio>
#include <map>
#include <set>

#include "core/error.hpp"
#include "reports/lib/figures/plot.hpp"
#include "reports/lib/quantile.hpp"
#include "reports/lib/spec_display.hpp"

namespace imbench::reports::figures {

TimingData stage_medians(const std::vector<TaskResult>& results, const std::string& dataset) {
  static const std::vector<std::string> engine_stages = {"split", "resample", "weight", "fit", "predict", "metrics"};
  std::vector<std::string> datasets, order;
  std::map<std::string, std::map<std::string, std::vector<double>>> times;  // pipeline -> stage -> seconds
  std::map<std::string, std::size_t> tasks;
  std::set<std::string> other_stages;
  for (const TaskResult& r : results) {
    if (std::find(datasets.begin(), datasets.end(), r.dataset) == datasets.end()) datasets.push_back(r.dataset);
    if (r.status != "ok" || (!dataset.empty() && r.dataset != dataset)) continue;
    if (!tasks.count(r.pipeline)) order.push_back(r.pipeline);
    ++tasks[r.pipeline];
    for (const auto& [stage, seconds] : r.stage_seconds) {
      times[r.pipeline][stage].push_back(seconds);
      if (std::find(engine_stages.begin(), engine_stages.end(), stage) == engine_stages.end()) other_stages.insert(stage);
    }
  }
  if (order.empty()) {
    if (!dataset.empty() && std::find(datasets.begin(), datasets.end(), dataset) == datasets.end())
      throw Error(unknown_name_message("data set in the store", dataset, datasets));
    throw Error("the store has no successful task" + (dataset.empty() ? std::string() : " of data set '" + dataset + "'"));
  }
  TimingData data;
  data.scope = dataset.empty() ? "all data sets" : "data set " + dataset;
  data.stages = engine_stages;
  data.stages.insert(data.stages.end(), other_stages.begin(), other_stages.end());
  for (const std::string& p : order) {
    StageMedians m{p, pipeline_label(p), {}, tasks[p]};
    for (const std::string& stage : data.stages) {
      auto found = times[p].find(stage);
      m.seconds.push_back(found == times[p].end() ? 0 : median_iqr(found->second).median);
    }
    data.pipelines.push_back(std::move(m));
  }
  return data;
}

Svg timing_figure(const TimingData& data) {
  double widest = 0, longest = 0;
  for (const StageMedians& m : data.pipelines) {
    widest = std::max(widest, text_width(m.label, 11));
    double total = 0;
    for (double s : m.seconds) total += s;
    longest = std::max(longest, total);
  }
  const bool ms = longest < 1;
  const double unit = ms ? 1000 : 1;
  double hi = longest * unit, lo = 0;
  widen_to_ticks(lo, hi, 6);

  std::vector<LegendEntry> legend;
  for (std::size_t s = 0; s < data.stages.size(); ++s)
    legend.push_back({data.stages[s], palette_colour(s), LegendSymbol::box});
  const LegendSize key = legend_size(legend);
  const double row = 24, bar = 15, left = std::max(widest + 24, 80.0), top = 44, plot = 460;
  const double height_plot = row * static_cast<double>(data.pipelines.size());
  Svg svg(left + plot + 24 + key.width + 12, top + std::max(height_plot, key.height) + 66);
  Axes axes = make_axes(left, top, plot, height_plot, lo, hi, 0, static_cast<double>(data.pipelines.size()));
  AxisLabels labels{std::string("median wall time per task (") + (ms ? "ms" : "s") + ")", "",
                    "Time per stage: " + data.scope};
  labels.y_ticks = 0;  // rows are pipelines, named beside their bars
  draw_axes(svg, axes, labels);

  svg.begin_group("bars");
  for (std::size_t j = 0; j < data.pipelines.size(); ++j) {
    const StageMedians& m = data.pipelines[j];
    const double y = top + row * static_cast<double>(j) + (row - bar) / 2;
    double start = 0;
    for (std::size_t s = 0; s < m.seconds.size(); ++s) {
      const double w = axes.x(start + m.seconds[s] * unit) - axes.x(start);
      if (w > 0) svg.rect(axes.x(start), y, w, bar, Style{"#ffffff", palette_colour(s), 0.5, 1, "", "stage"});
      start += m.seconds[s] * unit;
    }
    // The total beside the bar, so short bars can still be read.
    char total[32];
    std::snprintf(total, sizeof total, "%.3g", start);
    svg.text({axes.x(start) + 5, y + bar / 2}, total, TextStyle{10, Anchor::start, "#333333", false, 0, "middle"});
    TextStyle t{11, Anchor::end};
    t.baseline = "middle";
    svg.text({left - 8, y + bar / 2}, m.label, t);
  }
  svg.end_group();
  draw_legend(svg, {left + plot + 24, top}, legend);
  svg.text({left, top + height_plot + 58},
           "Each segment is the median over a pipeline's successful tasks (folds x repeats" +
               std::string(data.scope == "all data sets" ? " x data sets" : "") + ")",
           TextStyle{10, Anchor::start, "#555555"});
  return svg;
}

}  // namespace imbench::reports::figures
