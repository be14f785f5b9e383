#include "reports/lib/seed_course_table.hpp"

#include <algorithm>
#include <cmath>

#include "core/error.hpp"
#include "core/spec.hpp"
#include "reports/lib/spec_display.hpp"

namespace imbench::reports {
namespace {

// True when `stored` names the same metric and carries every parameter `wanted` gives.
bool matches(const Spec& stored, const Spec& wanted) {
  if (stored.name != wanted.name) return false;
  for (const auto& [key, value] : wanted.params) {
    auto it = stored.params.find(key);
    if (it == stored.params.end() || it->second != value) return false;
  }
  return true;
}

std::string pretty_name(const std::string& name) {
  static const std::map<std::string, std::string> names = {
      {"precision", "Precision"}, {"accuracy", "Accuracy"},   {"recall", "Recall"},
      {"f1", "F1"},               {"balanced_accuracy", "Balanced acc."},
      {"specificity", "Specificity"}, {"g_mean", "G-mean"},   {"f_beta", "F-beta"},
      {"mcc", "MCC"},             {"roc_auc", "ROC AUC"},     {"average_precision", "Average precision"},
      {"brier", "Brier"},         {"log_loss", "Log loss"},   {"confusion", "Confusion"},
      {"mae", "MAE"},             {"rmse", "RMSE"},           {"r2", "R2"},
      {"sera", "SERA"},           {"rare_rmse", "Rare RMSE"}};
  auto it = names.find(name);
  return it == names.end() ? name : it->second;
}

Cell mean_only(const Summary& s) {
  if (s.count == 0) return std::monostate{};
  return s.mean;
}

Cell mean_sd(const std::map<std::string, Summary>& summaries, const std::string& spec) {
  auto it = summaries.find(spec);
  if (it == summaries.end() || it->second.count == 0) return std::monostate{};
  return MeanSd{it->second.mean, it->second.sd};
}

Column text_column(std::string header, std::string key) { return {std::move(header), "", std::move(key)}; }

Column size_column(std::string header, std::string group, std::string key) {
  return {std::move(header), std::move(group), std::move(key), Align::Right, 1, true};
}

}  // namespace

std::vector<std::string> select_metrics(const std::vector<std::string>& stored,
                                        const std::vector<std::string>& requested) {
  if (requested.empty()) return stored;
  std::vector<std::string> selected;
  for (const std::string& entry : requested) {
    Spec wanted = parse_spec(entry);
    std::vector<std::string> found;
    for (const std::string& spec : stored) {
      Spec s;
      try {
        s = parse_spec(spec);
      } catch (const Error&) {
        continue;
      }
      if (matches(s, wanted)) found.push_back(spec);
    }
    if (found.empty()) {
      if (stored.empty()) throw Error("metric '" + entry + "': the store holds no metric values");
      throw Error("metric '" + entry + "' is not in the store: " + unknown_name_message("metric", entry, stored));
    }
    for (const auto& spec : found)
      if (std::find(selected.begin(), selected.end(), spec) == selected.end()) selected.push_back(spec);
  }
  return selected;
}

std::string metric_label(const std::string& spec, const std::vector<std::string>& selected) {
  const std::string name = metric_name(spec);
  auto same_name = std::count_if(selected.begin(), selected.end(),
                                 [&](const std::string& other) { return metric_name(other) == name; });
  std::string label = pretty_name(name);
  // The parameters that differ from the defaults tell two specs of one metric apart.
  std::string shown = short_spec(Kind::Metric, spec);
  if (same_name > 1 && shown.size() > name.size() + 1) label += " (" + shown.substr(name.size() + 1) + ")";
  return label;
}

Table seed_course_table(const Aggregate& aggregate, const std::vector<std::string>& metrics, int decimals) {
  bool any_failed = !aggregate.failures.empty();
  Table table;
  table.caption = "Results: mean ± sd over folds x repeats";
  table.label = "tab:results";
  // A regression study names its models regressors and its imbalance the share of rare targets.
  const bool regression = !aggregate.groups.empty() &&
                          std::all_of(aggregate.groups.begin(), aggregate.groups.end(),
                                      [](const Group& g) { return regression_model(g.key.classifier); });
  table.columns = {text_column(regression ? "Regressor" : "Classifier", "classifier"),
                   text_column("Modifiers", "modifiers"),
                   text_column("Sampling", "sampling"),
                   text_column("Data set", "dataset"),
                   size_column("Size", "", "size"),
                   regression ? Column{"% rare", "", "rare percent", Align::Right, 2, false}
                              : Column{"% imbalance", "", "minority percent", Align::Right, 2, false},
                   size_column("Tasks", "", "tasks")};
  if (any_failed) table.columns.push_back(size_column("Failed", "", "failed"));
  // The training fold also reports what resampling made of it.
  auto add_fold_columns = [&](const std::string& group, const std::string& prefix, bool resampled_sizes) {
    table.columns.push_back(size_column("n", group, prefix + "n"));
    if (resampled_sizes) {
      table.columns.push_back(size_column("fitted", group, prefix + "n fitted"));
      table.columns.push_back(size_column("synthetic", group, prefix + "n synthetic"));
    }
    for (const auto& spec : metrics)
      table.columns.push_back({metric_label(spec, metrics), group, prefix + spec, Align::Right, decimals, false, true});
  };
  add_fold_columns("Train", "train ", true);
  add_fold_columns("Test", "test ", false);
  Column pipeline = text_column("Pipeline", "pipeline");
  pipeline.csv_only = true;  // the full canonical text, as the stage columns drop defaults
  table.columns.push_back(pipeline);

  std::vector<std::string> names;
  for (const Group& g : aggregate.groups) names.push_back(g.key.dataset);
  const DatasetLabels labels = dataset_labels(names);
  for (const Group& g : aggregate.groups) {
    std::vector<Cell> row = {short_spec(Kind::Model, g.key.classifier), short_spec(Kind::Weight, g.key.modifiers),
                             short_spec(Kind::Resample, g.key.sampling), labels(g.key.dataset)};
    row.push_back(g.key.samples ? Cell{static_cast<double>(g.key.samples)} : Cell{});
    row.push_back(g.key.samples ? Cell{g.key.minority_percent} : Cell{});
    row.push_back(static_cast<double>(g.ok));
    if (any_failed) row.push_back(static_cast<double>(g.failed));
    row.push_back(mean_only(g.n_train));
    row.push_back(mean_only(g.n_train_resampled));
    row.push_back(mean_only(g.n_synthetic));
    for (const auto& spec : metrics) row.push_back(mean_sd(g.train, spec));
    row.push_back(mean_only(g.n_test));
    for (const auto& spec : metrics) row.push_back(mean_sd(g.test, spec));
    row.push_back(g.pipeline);
    table.add_row(std::move(row));
  }

  table.notes.push_back(
      "Train metrics are on the original training fold (never the resampled data); n is the mean fold size, "
      "fitted the mean size after resampling, synthetic the mean number of generated samples.");
  if (!metrics.empty()) {
    std::string legend = "Metric specs:";
    for (std::size_t i = 0; i < metrics.size(); ++i)
      legend += (i ? "; " : " ") + metric_label(metrics[i], metrics) + " = " + metrics[i];
    table.notes.push_back(legend + ".");
  }
  if (!labels.note.empty()) table.notes.push_back(labels.note);
  if (any_failed)
    table.notes.push_back(std::to_string(aggregate.failures.size()) +
                          " task(s) failed; their means exclude them (see the failed tasks).");
  return table;
}

Table failures_table(const Aggregate& aggregate) {
  Table table;
  table.caption = "Failed tasks";
  table.label = "tab:failures";
  table.columns = {text_column("Data set", "dataset"), text_column("Pipeline", "pipeline"),
                   size_column("Repeat", "", "repeat"), size_column("Fold", "", "fold"),
                   text_column("Message", "message")};
  for (const Failure& f : aggregate.failures)
    table.add_row({f.dataset, f.pipeline, static_cast<double>(f.repeat), static_cast<double>(f.fold), f.error});
  return table;
}

}  // namespace imbench::reports
