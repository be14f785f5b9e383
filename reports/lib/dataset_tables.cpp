#include "reports/lib/dataset_tables.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>

#include "bench/engine/plan.hpp"
#include "core/error.hpp"
#include "reports/lib/comparison.hpp"
#include "reports/lib/spec_display.hpp"

namespace imbench::reports {
namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

bool stored_on_test_folds(const Aggregate& aggregate, const std::string& metric) {
  return std::any_of(aggregate.groups.begin(), aggregate.groups.end(),
                     [&](const Group& g) { return g.test.count(metric) > 0; });
}

// Data set -> pipeline -> summary of the test metric over its successful folds.
std::map<std::string, std::map<std::string, Summary>> cells_of(const Aggregate& aggregate, const std::string& metric) {
  std::map<std::string, std::map<std::string, Summary>> cells;
  for (const Group& g : aggregate.groups) {
    auto& row = cells[g.key.dataset];
    auto it = g.test.find(metric);
    if (it != g.test.end() && it->second.count > 0) row[g.pipeline] = it->second;
  }
  return cells;
}

Column pipeline_column(const std::string& pipeline, int decimals) {
  Column c{pipeline_label(pipeline), "", pipeline, Align::Right, decimals};
  c.mean_sd = true;
  return c;
}

// "label: canonical spec" for each pipeline whose label hides parameters.
std::string legend(const std::vector<std::string>& pipelines) {
  std::string note;
  for (const auto& p : pipelines) {
    note += note.empty() ? "Pipelines: " : "; ";
    note += pipeline_label(p) + " = " + p;
  }
  return note + ".";
}

// Marks compare what the reader sees: means rounded as printed, so "0.885" and
// "0.885" share a mark even when their unrounded values differ.
std::vector<double> as_printed(const std::vector<double>& values, int decimals) {
  std::vector<double> out;
  for (double v : values) out.push_back(std::isnan(v) ? v : std::stod(format_number(v, decimals)));
  return out;
}

std::string wtl_text(const stats::WinTieLoss& w) {
  return std::to_string(w.wins) + "/" + std::to_string(w.ties) + "/" + std::to_string(w.losses);
}

}  // namespace

std::vector<std::string> stored_pipelines(const Aggregate& aggregate) {
  std::vector<std::string> pipelines;
  for (const Group& g : aggregate.groups)
    if (std::find(pipelines.begin(), pipelines.end(), g.pipeline) == pipelines.end()) pipelines.push_back(g.pipeline);
  return pipelines;
}

std::vector<std::string> dataset_table_metrics(const Aggregate& aggregate, const std::vector<std::string>& selected,
                                               bool requested) {
  std::vector<std::string> out;
  if (requested) {
    for (const auto& spec : selected)
      if (stored_on_test_folds(aggregate, spec)) out.push_back(spec);
    return out;
  }
  for (const auto& spec : aggregate.metrics)
    if (metric_name(spec) == "balanced_accuracy" && stored_on_test_folds(aggregate, spec)) out.push_back(spec);
  if (out.empty())
    for (const auto& spec : aggregate.metrics)
      if (stored_on_test_folds(aggregate, spec)) return {spec};
  return out;
}

std::string metric_file_tag(const std::string& spec, const std::vector<std::string>& selected) {
  const std::string name = metric_name(spec);
  bool shared = std::count_if(selected.begin(), selected.end(),
                              [&](const std::string& s) { return metric_name(s) == name; }) > 1;
  if (!shared) return name;
  std::string tag;
  for (char c : spec) tag += c == ':' || c == ',' ? '_' : c == '=' ? '-' : c;
  return tag;
}

void mark_best_two(Table& table, std::size_t row, const std::vector<std::size_t>& columns,
                   const std::vector<double>& values, stats::Order order) {
  std::vector<double> present;
  for (double v : values)
    if (!std::isnan(v)) present.push_back(v);
  if (present.size() < 2) return;
  if (order == stats::Order::higher_is_better) std::sort(present.begin(), present.end(), std::greater<>());
  else std::sort(present.begin(), present.end());
  present.erase(std::unique(present.begin(), present.end()), present.end());
  for (std::size_t i = 0; i < values.size(); ++i) {
    if (values[i] == present[0]) table.emphasize(row, columns[i], Emphasis::Bold);
    else if (present.size() > 1 && values[i] == present[1]) table.emphasize(row, columns[i], Emphasis::Underline);
  }
}

Table dataset_table(const Aggregate& aggregate, const std::string& metric, stats::Order order, int decimals) {
  const std::vector<std::string> pipelines = stored_pipelines(aggregate);
  const auto cells = cells_of(aggregate, metric);
  const bool higher = order == stats::Order::higher_is_better;
  Table t;
  t.caption = "Test " + short_spec(Kind::Metric, metric) + " per data set (mean ± sd over folds x repeats)";
  t.label = "tab:datasets";
  t.columns.push_back(Column{"Data set", "", "dataset"});
  std::vector<std::size_t> value_columns;
  for (const auto& p : pipelines) {
    value_columns.push_back(t.columns.size());
    t.columns.push_back(pipeline_column(p, decimals));
  }

  const std::size_t k = pipelines.size();
  std::vector<double> sums(k, 0);
  std::vector<bool> complete(k, true);
  Matrix means(static_cast<Eigen::Index>(cells.size()), static_cast<Eigen::Index>(k));
  std::vector<std::string> names;
  for (const auto& [dataset, _] : cells) names.push_back(dataset);
  const DatasetLabels labels = dataset_labels(names);
  Eigen::Index i = 0;
  for (const auto& [dataset, row_cells] : cells) {
    std::vector<Cell> row{labels(dataset)};
    std::vector<double> values(k, kNaN);
    for (std::size_t j = 0; j < k; ++j) {
      auto it = row_cells.find(pipelines[j]);
      if (it == row_cells.end()) {
        row.emplace_back();
        complete[j] = false;
      } else {
        row.emplace_back(MeanSd{it->second.mean, it->second.sd});
        values[j] = it->second.mean;
        sums[j] += it->second.mean;
      }
      means(i, static_cast<Eigen::Index>(j)) = values[j];
    }
    t.add_row(std::move(row));
    mark_best_two(t, t.rows.size() - 1, value_columns, as_printed(values, decimals), order);
    ++i;
  }

  // Averages only over pipelines with every data set, so they compare like with like.
  std::vector<Cell> average{std::string("Average")}, average_rank{std::string("Average rank")};
  std::vector<double> average_values(k, kNaN), rank_values(k, kNaN);
  const bool grid_complete = std::all_of(complete.begin(), complete.end(), [](bool c) { return c; });
  Vector ranks;
  if (grid_complete && !cells.empty() && k >= 2) ranks = stats::average_ranks(means, order);
  for (std::size_t j = 0; j < k; ++j) {
    if (complete[j] && !cells.empty()) average_values[j] = sums[j] / static_cast<double>(cells.size());
    if (ranks.size()) rank_values[j] = ranks(static_cast<Eigen::Index>(j));
    average.push_back(std::isnan(average_values[j]) ? Cell{} : Cell{MeanSd{average_values[j], kNaN}});
    average_rank.push_back(std::isnan(rank_values[j]) ? Cell{} : Cell{MeanSd{rank_values[j], kNaN}});
  }
  t.add_row(std::move(average));
  mark_best_two(t, t.rows.size() - 1, value_columns, as_printed(average_values, decimals), order);
  t.add_row(std::move(average_rank));
  mark_best_two(t, t.rows.size() - 1, value_columns, as_printed(rank_values, decimals), stats::Order::lower_is_better);

  t.notes.push_back(std::string("Best per row in bold, second best underlined (") +
                    (higher ? "higher" : "lower") + " is better; means equal as printed share the mark). Average: mean of the " +
                    "per-data-set means. Average rank: rank 1 = best on a data set, ties averaged.");
  if (!grid_complete)
    t.notes.push_back("Some pipelines have no successful fold on some data sets (empty cells): they get no average, "
                      "and no pipeline gets an average rank.");
  t.notes.push_back(legend(pipelines));
  if (!labels.note.empty()) t.notes.push_back(labels.note);
  return t;
}

std::string resolve_pipeline(const Aggregate& aggregate, const std::string& requested) {
  const std::vector<std::string> pipelines = stored_pipelines(aggregate);
  for (const auto& p : pipelines)
    if (p == requested || pipeline_label(p) == requested) return p;
  std::string canonical;
  try {
    canonical = canonical_pipeline(requested).text();
  } catch (const Error&) {
    // not a pipeline this build knows; reported below with the stored ones
  }
  for (const auto& p : pipelines)
    if (p == canonical) return p;
  throw Error("--baseline: " + unknown_name_message("pipeline", requested, pipelines));
}

Table baseline_table(const Aggregate& aggregate, const std::string& metric, const std::string& baseline,
                     stats::Order order) {
  ScoreMatrix m = score_matrix(aggregate, metric);
  auto base = std::find(m.pipelines.begin(), m.pipelines.end(), baseline);
  if (base == m.pipelines.end()) throw Error("--baseline: pipeline '" + baseline + "' is not in the store");
  auto column = [&](std::size_t j) {
    std::vector<double> out(m.datasets.size());
    for (std::size_t i = 0; i < out.size(); ++i)
      out[i] = m.scores(static_cast<Eigen::Index>(i), static_cast<Eigen::Index>(j));
    return out;
  };
  const std::vector<double> reference = column(static_cast<std::size_t>(base - m.pipelines.begin()));

  Table t;
  t.caption = "Against the baseline " + pipeline_label(baseline) + " over " + std::to_string(m.datasets.size()) +
              " data sets (test " + metric + ")";
  t.label = "tab:baseline";
  Column full{"Canonical pipeline", "", "pipeline"};
  full.csv_only = true;
  t.columns = {Column{"Pipeline", "", "label"}, Column{"Mean score", "", "mean", Align::Right, 4},
               Column{"Wins/ties/losses", "", "wins/ties/losses", Align::Right},
               Column{"Wilcoxon p", "", "wilcoxon p", Align::Right, 4},
               Column{"Holm p", "", "holm p", Align::Right, 4}, full};
  std::vector<std::string> others;
  std::vector<PairTest> tests;
  std::vector<double> p_values;
  for (const auto& p : stored_pipelines(aggregate)) {
    if (p == baseline) continue;
    auto j = static_cast<std::size_t>(std::find(m.pipelines.begin(), m.pipelines.end(), p) - m.pipelines.begin());
    std::vector<double> scores = column(j);
    tests.push_back(pair_test(scores, reference, order));
    p_values.push_back(tests.back().p);
    others.push_back(p);
    double mean = 0;
    for (double s : scores) mean += s;
    t.add_row({pipeline_label(p), mean / static_cast<double>(scores.size()), wtl_text(tests.back().wtl), Cell{},
               Cell{}, p});
  }
  std::vector<double> adjusted = holm_where_defined(p_values);
  for (std::size_t r = 0; r < others.size(); ++r)
    if (!std::isnan(p_values[r])) {
      t.rows[r][3] = p_values[r];
      t.rows[r][4] = adjusted[r];
    }
  const auto tested = std::count_if(p_values.begin(), p_values.end(), [](double p) { return !std::isnan(p); });
  double base_mean = 0;
  for (double s : reference) base_mean += s;
  base_mean /= static_cast<double>(reference.size());
  t.notes.push_back("Baseline " + baseline + ": mean score " + format_number(base_mean, 4) +
                    ". Wins/ties/losses: data sets where the pipeline's mean beats, equals or trails the baseline's (" +
                    (order == stats::Order::higher_is_better ? "higher" : "lower") +
                    " is better). Wilcoxon signed-rank, two-sided, zero differences dropped (no test when every data "
                    "set ties); Holm's correction over " + std::to_string(tested) + (tested == 1 ? " comparison." : " comparisons."));
  return t;
}

}  // namespace imbench::reports
