// The figures `imbench report` draws for a study, beside its tables: the
// critical-difference diagram of a metric, the stage timing chart, and ROC and
// precision-recall curves per data set when predictions were stored. Each is
// saved as SVG (plus PDF/PNG when asked and rsvg-convert is there) and kept
// as an inline element for the HTML report.
#pragma once

#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include "bench/engine/task_predictions.hpp"
#include "bench/engine/task_result.hpp"
#include "reports/lib/aggregate.hpp"

namespace imbench::reports {

struct ReportFigure {
  std::string caption;
  std::string svg_element;                   // <svg> without the XML header
  std::vector<std::filesystem::path> files;  // the SVG first, then conversions
};

// A name as part of a file name: anything but letters, digits, '_', '-', '.'
// becomes '_' (generator specs hold ':' ',' '=').
std::string file_safe(const std::string& name);

// Critical-difference diagram (Nemenyi at `alpha`) of the test `metric`, as
// cd_<tag>.svg. Needs two data sets and two pipelines (Error otherwise).
ReportFigure cd_figure(const Aggregate& aggregate, const std::string& metric, const std::string& tag, double alpha,
                       const std::filesystem::path& dir, const std::vector<std::string>& formats);

// Median seconds per stage and pipeline over every data set, as timing.svg.
ReportFigure timing_chart(const std::vector<TaskResult>& results, const std::filesystem::path& dir,
                          const std::vector<std::string>& formats);

// ROC and PR curves (repeat 0, pooled folds) of each binary data set with
// stored predictions, as roc_<label>.svg and pr_<label>.svg, the label being
// the data set as the tables name it (dataset_labels). Data sets without
// predictions are skipped; `notes` collects why a curve is missing.
std::vector<ReportFigure> curve_figures(const std::vector<TaskResult>& results,
                                        const std::map<std::string, TaskPredictions>& predictions,
                                        const std::filesystem::path& dir, const std::vector<std::string>& formats,
                                        std::vector<std::string>& notes);

}  // namespace imbench::reports
