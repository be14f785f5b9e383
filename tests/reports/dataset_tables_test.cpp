// Per-data-set tables: marks (bold best, underlined second, ties shared, metric
// direction), the Average and Average rank rows, and the baseline comparison.
#include "reports/lib/dataset_tables.hpp"

#include <doctest/doctest.h>

#include <cmath>
#include <sstream>

#include "core/error.hpp"
#include "reports/lib/table_writers.hpp"

using namespace imbench;
using namespace imbench::reports;

namespace {

const std::string kNone = "resample=none weight=none model=logistic_regression";
const std::string kUnder = "resample=random_under weight=none model=logistic_regression";
const std::string kSmote = "resample=smote weight=none model=logistic_regression";

// Two folds per cell, value -+ 0.125, so the mean is `value` exactly (dyadic
// numbers: equal means are equal bits) and sd = 0.125 * sqrt(2).
std::vector<TaskResult> two_folds(const std::string& metric, const std::vector<std::vector<double>>& values,
                                  const std::vector<std::string>& pipelines) {
  std::vector<TaskResult> out;
  for (std::size_t d = 0; d < values.size(); ++d)
    for (std::size_t p = 0; p < pipelines.size(); ++p)
      for (int fold = 0; fold < 2; ++fold) {
        TaskResult r;
        r.dataset = "set" + std::to_string(d);
        r.pipeline = pipelines[p];
        r.task_key = r.dataset + r.pipeline + std::to_string(fold);
        r.fold = fold;
        r.status = "ok";
        r.dataset_samples = 100;
        r.test_metrics[metric] = values[d][p] + (fold ? 0.125 : -0.125);
        out.push_back(r);
      }
  return out;
}

// Columns none, random_under, smote.
const std::vector<std::vector<double>> kValues = {{0.5, 0.875, 0.75}, {0.75, 0.75, 0.5}, {0.875, 0.625, 0.625}};

std::string markdown(const Table& t) {
  std::ostringstream out;
  write_markdown(t, out);
  return out.str();
}

}  // namespace

TEST_CASE("per-data-set table: best bold, second underlined, ties share the mark, average and average rank rows") {
  const std::string metric = "balanced_accuracy";
  Aggregate a = aggregate(two_folds(metric, kValues, {kNone, kUnder, kSmote}));
  Table t = dataset_table(a, metric, stats::Order::higher_is_better);
  // Average: none 2.125/3, random_under 0.75, smote 0.625. Ranks per set (1 = best):
  // set0 3, 1, 2; set1 1.5, 1.5, 3; set2 1, 2.5, 2.5 -> averages 11/6, 5/3, 5/2.
  CHECK(markdown(t) ==
        "**Test balanced_accuracy per data set (mean ± sd over folds x repeats)**\n\n"
        "| Data set     | logistic_regression | random_under + logistic_regression | smote + logistic_regression |\n"
        "| :----------- | ------------------: | ---------------------------------: | --------------------------: |\n"
        "| set0         |       0.500 ± 0.177 |                  **0.875 ± 0.177** |        <u>0.750 ± 0.177</u> |\n"
        "| set1         |   **0.750 ± 0.177** |                  **0.750 ± 0.177** |        <u>0.500 ± 0.177</u> |\n"
        "| set2         |   **0.875 ± 0.177** |               <u>0.625 ± 0.177</u> |        <u>0.625 ± 0.177</u> |\n"
        "| Average      |        <u>0.708</u> |                          **0.750** |                       0.625 |\n"
        "| Average rank |        <u>1.833</u> |                          **1.667** |                       2.500 |\n"
        "\nBest per row in bold, second best underlined (higher is better; means equal as printed share the mark). "
        "Average: mean of the per-data-set means. Average rank: rank 1 = best on a data set, ties averaged.\n"
        "\nPipelines: logistic_regression = " + kNone + "; random_under + logistic_regression = " + kUnder +
        "; smote + logistic_regression = " + kSmote + ".\n");
  const std::size_t rank_row = t.rows.size() - 1;
  CHECK(std::get<MeanSd>(t.rows[rank_row][1]).mean == doctest::Approx(11.0 / 6));
  CHECK(std::get<MeanSd>(t.rows[rank_row][2]).mean == doctest::Approx(5.0 / 3));
  CHECK(std::get<MeanSd>(t.rows[rank_row][3]).mean == doctest::Approx(2.5));
}

TEST_CASE("per-data-set table: a lower-is-better metric marks the smallest values, LaTeX and CSV") {
  const std::string metric = "log_loss";
  Aggregate a = aggregate(two_folds(metric, kValues, {kNone, kUnder, kSmote}));
  Table t = dataset_table(a, metric, stats::Order::lower_is_better, 2);
  std::ostringstream latex;
  write_latex(t, latex);
  CHECK(latex.str().find("set0 & \\textbf{0.50 $\\pm$ 0.18} & 0.88 $\\pm$ 0.18 & \\underline{0.75 $\\pm$ 0.18} \\\\") !=
        std::string::npos);
  CHECK(latex.str().find("set1 & \\underline{0.75 $\\pm$ 0.18} & \\underline{0.75 $\\pm$ 0.18} & \\textbf{0.50 $\\pm$ "
                         "0.18} \\\\") != std::string::npos);
  // Average ranks: none 13/6, random_under 7/3, smote 1.5 (best).
  CHECK(latex.str().find("Average rank & \\underline{2.17} & 2.33 & \\textbf{1.50} \\\\") != std::string::npos);
  CHECK(latex.str().find("(lower is better;") != std::string::npos);
  std::ostringstream csv;
  write_csv(t, csv);
  std::string text = csv.str();
  CHECK(text.rfind("dataset," + kNone + " mean," + kNone + " sd," + kUnder + " mean,", 0) == 0);
  CHECK(text.find("set0,0.5,0.1767766952966369,0.875,0.1767766952966369,0.75,0.1767766952966369\r\n") !=
        std::string::npos);
  CHECK(text.find("Average rank,2.1666666666666665,,2.3333333333333335,,1.5,\r\n") != std::string::npos);
  CHECK(text.find("*") == std::string::npos);
  CHECK(text.find("<u>") == std::string::npos);
}

TEST_CASE("per-data-set table: a missing cell leaves averages only to complete pipelines and no ranks") {
  const std::string metric = "balanced_accuracy";
  std::vector<TaskResult> results = two_folds(metric, kValues, {kNone, kUnder, kSmote});
  for (auto& r : results)
    if (r.dataset == "set1" && r.pipeline == kSmote) r.status = "failed", r.test_metrics.clear();
  Table t = dataset_table(aggregate(results), metric, stats::Order::higher_is_better);
  const auto& average = t.rows[t.rows.size() - 2];
  CHECK(std::get<MeanSd>(average[1]).mean == doctest::Approx(2.125 / 3));
  CHECK(std::holds_alternative<std::monostate>(average[3]));
  for (std::size_t c = 1; c < 4; ++c) CHECK(std::holds_alternative<std::monostate>(t.rows.back()[c]));
  CHECK(t.notes[1].find("no average") != std::string::npos);
  // set1 keeps marks among the two present pipelines: a tie for best.
  CHECK(t.emphasis_of(1, 1) == Emphasis::Bold);
  CHECK(t.emphasis_of(1, 2) == Emphasis::Bold);
  CHECK(t.emphasis_of(1, 3) == Emphasis::None);
}

TEST_CASE("per-data-set table: means that print the same share the mark") {
  const std::string metric = "balanced_accuracy";
  // 0.8851 and 0.8849 both print as 0.885 with three digits: both bold.
  Aggregate a = aggregate(two_folds(metric, {{0.8851, 0.8849, 0.5}}, {kNone, kUnder, kSmote}));
  Table t = dataset_table(a, metric, stats::Order::higher_is_better, 3);
  CHECK(t.emphasis_of(0, 1) == Emphasis::Bold);
  CHECK(t.emphasis_of(0, 2) == Emphasis::Bold);
  CHECK(t.emphasis_of(0, 3) == Emphasis::Underline);
  Table finer = dataset_table(a, metric, stats::Order::higher_is_better, 4);
  CHECK(finer.emphasis_of(0, 1) == Emphasis::Bold);
  CHECK(finer.emphasis_of(0, 2) == Emphasis::Underline);
}

TEST_CASE("mark_best_two: all equal values are all best, one value or none marks nothing") {
  Table t;
  t.columns = {Column{"a", "", ""}, Column{"b", "", ""}, Column{"c", "", ""}};
  t.add_row({1.0, 1.0, 1.0});
  t.add_row({1.0, Cell{}, Cell{}});
  mark_best_two(t, 0, {0, 1, 2}, {1, 1, 1}, stats::Order::higher_is_better);
  mark_best_two(t, 1, {0, 1, 2}, {1, std::nan(""), std::nan("")}, stats::Order::higher_is_better);
  for (std::size_t c = 0; c < 3; ++c) {
    CHECK(t.emphasis_of(0, c) == Emphasis::Bold);
    CHECK(t.emphasis_of(1, c) == Emphasis::None);
  }
}

TEST_CASE("metrics for per-data-set tables: balanced_accuracy by default, the selection otherwise, and file tags") {
  std::vector<TaskResult> results = two_folds("balanced_accuracy", kValues, {kNone, kUnder});
  for (auto& r : results) r.test_metrics["f1:average=macro"] = 0.5, r.test_metrics["f1:average=binary"] = 0.5;
  Aggregate a = aggregate(results);
  CHECK(dataset_table_metrics(a, a.metrics, false) == std::vector<std::string>{"balanced_accuracy"});
  std::vector<std::string> f1s = {"f1:average=binary", "f1:average=macro"};
  CHECK(dataset_table_metrics(a, f1s, true) == f1s);
  CHECK(metric_file_tag("f1:average=macro", f1s) == "f1_average-macro");
  CHECK(metric_file_tag("balanced_accuracy", a.metrics) == "balanced_accuracy");
  for (auto& r : results) r.test_metrics.erase("balanced_accuracy");
  Aggregate without = aggregate(results);
  CHECK(dataset_table_metrics(without, without.metrics, false) == std::vector<std::string>{"f1:average=binary"});
}

TEST_CASE("baseline: win/tie/loss, Wilcoxon p and Holm p as scipy gives them") {
  const std::string metric = "balanced_accuracy";
  const std::string kNearMiss = "resample=near_miss weight=none model=logistic_regression";
  // Per data set: baseline (none), random_under (5 wins, 1 loss), smote (6 losses), near_miss (equal everywhere).
  const std::vector<double> base = {0.50, 0.60, 0.70, 0.55, 0.65, 0.75};
  const std::vector<double> under = {0.55, 0.62, 0.80, 0.51, 0.71, 0.78};
  std::vector<TaskResult> results;
  for (std::size_t d = 0; d < base.size(); ++d) {
    const double smote = base[d] - 0.01 * static_cast<double>(d + 1);
    for (auto [pipeline, value] : {std::pair{kNone, base[d]}, {kUnder, under[d]}, {kSmote, smote}, {kNearMiss, base[d]}}) {
      TaskResult r;
      r.dataset = "set" + std::to_string(d);
      r.pipeline = pipeline;
      r.task_key = r.dataset + pipeline;
      r.status = "ok";
      r.dataset_samples = 10;
      r.test_metrics[metric] = value;
      results.push_back(r);
    }
  }
  Aggregate a = aggregate(results);
  CHECK(resolve_pipeline(a, "logistic_regression") == kNone);
  CHECK(resolve_pipeline(a, kSmote) == kSmote);
  const std::string known = "known: " + kNearMiss + ", " + kNone;
  CHECK_THROWS_WITH_AS(resolve_pipeline(a, "resample=smot model=logistic_regression"),
                       doctest::Contains(known.c_str()), Error);
  Table t = baseline_table(a, metric, kNone, stats::Order::higher_is_better);
  REQUIRE(t.rows.size() == 3);  // near_miss, random_under, smote in the results table's order
  // scipy.stats.wilcoxon(under, base) -> statistic 3, p 0.15625; (smote, base) -> 0, p 0.03125 (exact, n = 6).
  // Holm over the two defined tests: smote 2 x 0.03125 = 0.0625, random_under max(0.0625, 0.15625).
  CHECK(std::get<std::string>(t.rows[0][0]) == "near_miss + logistic_regression");
  CHECK(std::get<std::string>(t.rows[0][2]) == "0/6/0");
  CHECK(std::holds_alternative<std::monostate>(t.rows[0][3]));
  CHECK(std::holds_alternative<std::monostate>(t.rows[0][4]));
  CHECK(std::get<std::string>(t.rows[1][2]) == "5/0/1");
  CHECK(std::get<double>(t.rows[1][3]) == doctest::Approx(0.15625).epsilon(1e-12));
  CHECK(std::get<double>(t.rows[1][4]) == doctest::Approx(0.15625).epsilon(1e-12));
  CHECK(std::get<std::string>(t.rows[2][2]) == "0/0/6");
  CHECK(std::get<double>(t.rows[2][3]) == doctest::Approx(0.03125).epsilon(1e-12));
  CHECK(std::get<double>(t.rows[2][4]) == doctest::Approx(0.0625).epsilon(1e-12));
  CHECK(std::get<double>(t.rows[1][1]) == doctest::Approx(3.97 / 6));
  CHECK(t.notes[0].find("Holm's correction over 2 comparisons") != std::string::npos);
}
