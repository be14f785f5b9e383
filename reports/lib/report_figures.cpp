#include "reports/lib/report_figures.hpp"

#include <cctype>
#include <set>

#include "core/error.hpp"
#include "reports/lib/figures/cd_diagram.hpp"
#include "reports/lib/figures/convert.hpp"
#include "reports/lib/figures/curves.hpp"
#include "reports/lib/figures/timing.hpp"
#include "reports/lib/spec_display.hpp"

namespace imbench::reports {
namespace {

ReportFigure save(const figures::Svg& svg, const std::filesystem::path& path, const std::vector<std::string>& formats,
                  std::string caption) {
  ReportFigure figure{std::move(caption), svg.element(), {}};
  for (const std::string& file : figures::write_figure(svg, path.string(), formats)) figure.files.emplace_back(file);
  return figure;
}

}  // namespace

std::string file_safe(const std::string& name) {
  std::string out = name;
  for (char& c : out)
    if (!(std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '-' || c == '.')) c = '_';
  return out;
}

ReportFigure cd_figure(const Aggregate& aggregate, const std::string& metric, const std::string& tag, double alpha,
                       const std::filesystem::path& dir, const std::vector<std::string>& formats) {
  figures::CdOptions options;
  options.metric = metric;
  options.alpha = alpha;
  const figures::CdDiagram diagram = figures::cd_diagram_from(aggregate, options);
  return save(figures::cd_diagram(diagram), dir / ("cd_" + tag + ".svg"), formats,
              "Critical-difference diagram of test " + metric + ": average ranks over the data sets (1 = best); "
              "pipelines joined by a bar do not differ significantly (Nemenyi, alpha = " +
                  figures::svg_number(alpha) + ", CD = " + figures::svg_number(diagram.cd) + ").");
}

ReportFigure timing_chart(const std::vector<TaskResult>& results, const std::filesystem::path& dir,
                          const std::vector<std::string>& formats) {
  return save(figures::timing_figure(figures::stage_medians(results, "")), dir / "timing.svg", formats,
              "Median wall time per stage over all successful tasks, one bar per pipeline.");
}

std::vector<ReportFigure> curve_figures(const std::vector<TaskResult>& results,
                                        const std::map<std::string, TaskPredictions>& predictions,
                                        const std::filesystem::path& dir, const std::vector<std::string>& formats,
                                        std::vector<std::string>& notes) {
  std::set<std::string> datasets;
  std::vector<std::string> names;
  for (const TaskResult& r : results) {
    names.push_back(r.dataset);
    if (predictions.count(r.task_key)) datasets.insert(r.dataset);
  }
  const DatasetLabels labels = dataset_labels(names);
  std::vector<ReportFigure> figures_out;
  for (const std::string& dataset : datasets) {
    figures::PooledPredictions pooled;
    try {
      pooled = figures::pool_predictions(results, predictions, dataset, 0, {});
      if (pooled.pipelines.empty()) throw Error("no pipeline has predictions for every fold of repeat 0");
      pooled.dataset = labels(dataset);  // as the tables name it
      for (const auto& [kind, name, what] :
           {std::tuple{figures::CurveKind::roc, "roc_", "ROC curves"},
            std::tuple{figures::CurveKind::pr, "pr_", "Precision-recall curves"}})
        figures_out.push_back(save(figures::curve_figure(pooled, kind), dir / (name + file_safe(labels(dataset)) + ".svg"),
                                   formats,
                                   std::string(what) + " on " + labels(dataset) +
                                       ": the test predictions of every fold of repeat 0 pooled, one curve per pipeline."));
    } catch (const Error& e) {
      notes.push_back("No curves for " + dataset + ": " + e.what());
      continue;
    }
    for (const std::string& why : pooled.skipped) notes.push_back("Curves of " + dataset + " leave out " + why);
  }
  return figures_out;
}

}  // namespace imbench::reports
