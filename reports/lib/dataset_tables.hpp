// Per-data-set tables for one test metric, as papers print them: one row per
// data set, one column per pipeline, mean ± sd over folds x repeats, the best
// of each row in bold and the second best underlined, then an "Average" row
// and an "Average rank" row. Plus the comparison of every pipeline against a
// baseline (win/tie/loss, Wilcoxon signed-rank with Holm's correction).
#pragma once

#include <string>
#include <vector>

#include "reports/lib/aggregate.hpp"
#include "reports/lib/stats/ranks.hpp"
#include "reports/lib/table.hpp"

namespace imbench::reports {

// The stored pipelines in the results table's order (baselines first).
std::vector<std::string> stored_pipelines(const Aggregate& aggregate);

// The metric specs that get a per-data-set table: the selected ones (those of
// `selected` stored for the test folds), or, when nothing was requested,
// balanced_accuracy (the first stored test metric when it is not stored).
std::vector<std::string> dataset_table_metrics(const Aggregate& aggregate, const std::vector<std::string>& selected,
                                               bool requested);

// A file-name-safe tag for a metric spec: its name, or, when another selected
// spec shares the name, the spec with ':' ',' '=' turned into '_' and '-'
// ("f1_average-macro").
std::string metric_file_tag(const std::string& spec, const std::vector<std::string>& selected);

// Bold on the cells holding the best value, underline on the second best
// distinct value; ties share the mark. NaN values (missing cells) take no
// part. Nothing is marked when fewer than two values are present.
void mark_best_two(Table& table, std::size_t row, const std::vector<std::size_t>& columns,
                   const std::vector<double>& values, stats::Order order);

// Marks compare the means as printed (rounded to `decimals`), so values that
// read the same share a mark; averages and ranks use full precision.
// Rows: data sets (by name), "Average" (mean of the per-data-set means), and
// "Average rank" (ranks per data set, 1 = best, ties averaged). A pipeline
// without a value on some data set gets no average, and no pipeline gets an
// average rank then (ranks need every cell); a note says so.
Table dataset_table(const Aggregate& aggregate, const std::string& metric, stats::Order order, int decimals = 3);

// The stored pipeline `requested` names: its canonical text, its short label
// (pipeline_label), or a spec that canonicalises to it. Throws imbench::Error
// listing the stored pipelines otherwise.
std::string resolve_pipeline(const Aggregate& aggregate, const std::string& requested);

// Every other pipeline against `baseline` over the data sets: mean score,
// wins/ties/losses, Wilcoxon p and its Holm adjustment over the k - 1
// comparisons. Needs the full data sets x pipelines grid (score_matrix).
Table baseline_table(const Aggregate& aggregate, const std::string& metric, const std::string& baseline,
                     stats::Order order);

}  // namespace imbench::reports
