#include "reports/lib/aggregate.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <tuple>

#include "core/error.hpp"
#include "core/spec.hpp"

namespace imbench::reports {
namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

// Values collected for one group before they are summarised.
struct Collected {
  std::map<std::string, std::vector<double>> train, test;
  std::vector<double> n_train, n_test, n_train_resampled, n_synthetic;
};

// Baselines ("none") lead their block of rows.
auto row_order(const GroupKey& k) {
  return std::make_tuple(k.classifier, k.modifiers != "none", k.modifiers, k.sampling != "none", k.sampling,
                         k.dataset, k.samples, k.minority_percent);
}

int metric_rank(const std::string& name) {
  static const std::vector<std::string> known = {
      "precision", "accuracy", "recall", "f1",      "balanced_accuracy", "specificity", "g_mean",
      "f_beta",    "mcc",      "roc_auc", "average_precision", "brier", "log_loss", "confusion"};
  auto it = std::find(known.begin(), known.end(), name);
  return static_cast<int>(it - known.begin());
}

// An undefined value (NaN, stored as NULL) is left out, as pandas' skipna does;
// the summary's count says how many values it rests on.
void add_values(std::map<std::string, std::vector<double>>& into, const std::map<std::string, double>& values) {
  for (const auto& [spec, value] : values) {
    std::vector<double>& list = into[spec];
    if (!std::isnan(value)) list.push_back(value);
  }
}

std::map<std::string, Summary> summarize_all(const std::map<std::string, std::vector<double>>& values) {
  std::map<std::string, Summary> out;
  for (const auto& [spec, list] : values) out[spec] = summarize(list);
  return out;
}

GroupKey key_of(const TaskResult& r) {
  PipelineParts parts;
  try {
    parts = split_pipeline(r.pipeline);
  } catch (const Error& e) {
    throw Error("task " + r.task_key + " (data set '" + r.dataset + "'): " + e.what());
  }
  return {parts.classifier, parts.modifiers, parts.sampling, r.dataset, r.dataset_samples, r.minority_percent};
}

bool same_configuration(const GroupKey& a, const GroupKey& b) {
  return a.classifier == b.classifier && a.modifiers == b.modifiers && a.sampling == b.sampling &&
         a.dataset == b.dataset;
}

}  // namespace

PipelineParts split_pipeline(const std::string& pipeline) {
  PipelineSpec spec = parse_pipeline(pipeline);
  PipelineParts parts{"none", "", ""};
  for (const auto& stage : pipeline_stages()) {
    const Spec* s = spec.stage(stage);
    if (!s) continue;
    if (stage == "resample") parts.sampling = s->text();
    else if (stage == "model") parts.classifier = s->text();
    else parts.modifiers += (parts.modifiers.empty() ? "" : " ") + (stage == "weight" ? "" : stage + "=") + s->text();
  }
  if (parts.modifiers.empty()) parts.modifiers = "none";
  return parts;
}

Summary summarize(const std::vector<double>& values) {
  Summary s;
  s.count = values.size();
  if (values.empty()) return {0, kNaN, kNaN};
  double sum = 0;
  for (double v : values) sum += v;
  s.mean = sum / static_cast<double>(values.size());
  if (values.size() == 1) {
    s.sd = kNaN;
    return s;
  }
  // Two passes: the squares of deviations lose less than sum-of-squares minus square-of-sum.
  double squares = 0;
  for (double v : values) squares += (v - s.mean) * (v - s.mean);
  s.sd = std::sqrt(squares / static_cast<double>(values.size() - 1));
  return s;
}

std::string metric_name(const std::string& spec) {
  try {
    return parse_spec(spec).name;
  } catch (const Error&) {
    return spec;  // not a spec (an older store?): still sortable by its text
  }
}

bool metric_before(const std::string& a, const std::string& b) {
  std::string name_a = metric_name(a), name_b = metric_name(b);
  return std::make_tuple(metric_rank(name_a), name_a, a) < std::make_tuple(metric_rank(name_b), name_b, b);
}

Aggregate aggregate(const std::vector<TaskResult>& results) {
  std::map<GroupKey, Group> groups;
  std::map<GroupKey, Collected> collected;
  std::vector<const TaskResult*> failed_before_loading;
  Aggregate out;
  std::vector<std::string> metrics;

  for (const TaskResult& r : results) {
    if (r.status != "ok" && r.status != "failed")
      throw Error("task " + r.task_key + ": status '" + r.status + "' is neither 'ok' nor 'failed'");
    GroupKey key = key_of(r);
    if (r.status == "failed") {
      out.failures.push_back({r.dataset, r.pipeline, r.error, r.repeat, r.fold});
      // A task that failed before its data set was read has no size; it belongs
      // with the same configuration's other tasks, found after this pass.
      if (r.dataset_samples == 0) {
        failed_before_loading.push_back(&r);
        continue;
      }
    }
    Group& group = groups[key];
    group.key = key;
    group.pipeline = r.pipeline;
    if (r.status == "failed") {
      ++group.failed;
      continue;
    }
    ++group.ok;
    Collected& c = collected[key];
    add_values(c.train, r.train_metrics);
    add_values(c.test, r.test_metrics);
    c.n_train.push_back(static_cast<double>(r.n_train));
    c.n_test.push_back(static_cast<double>(r.n_test));
    c.n_train_resampled.push_back(static_cast<double>(r.n_train_resampled));
    c.n_synthetic.push_back(static_cast<double>(r.n_synthetic));
    for (const auto& m : r.train_metrics) metrics.push_back(m.first);
    for (const auto& m : r.test_metrics) metrics.push_back(m.first);
  }

  for (const TaskResult* r : failed_before_loading) {
    GroupKey key = key_of(*r);
    auto home = std::find_if(groups.begin(), groups.end(),
                             [&](const auto& entry) { return same_configuration(entry.first, key); });
    Group& group = home != groups.end() ? home->second : groups[key];
    if (home == groups.end()) {
      group.key = key;
      group.pipeline = r->pipeline;
    }
    ++group.failed;
  }

  for (auto& [key, group] : groups) {
    const Collected& c = collected[key];
    group.train = summarize_all(c.train);
    group.test = summarize_all(c.test);
    group.n_train = summarize(c.n_train);
    group.n_test = summarize(c.n_test);
    group.n_train_resampled = summarize(c.n_train_resampled);
    group.n_synthetic = summarize(c.n_synthetic);
    out.groups.push_back(std::move(group));
  }
  std::stable_sort(out.groups.begin(), out.groups.end(),
                   [](const Group& a, const Group& b) { return row_order(a.key) < row_order(b.key); });

  std::sort(metrics.begin(), metrics.end());
  metrics.erase(std::unique(metrics.begin(), metrics.end()), metrics.end());
  std::sort(metrics.begin(), metrics.end(), metric_before);
  out.metrics = std::move(metrics);
  return out;
}

}  // namespace imbench::reports
