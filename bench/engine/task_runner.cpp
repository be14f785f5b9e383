#include "bench/engine/task_runner.hpp"

#include <sys/resource.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <exception>
#include <optional>

#include "core/registry.hpp"

namespace imbench {
namespace {

// Accumulates wall time per stage into the result.
class StageClock {
 public:
  explicit StageClock(std::map<std::string, double>& out) : out_(out) {}
  template <class F>
  auto time(const char* stage, F&& body) {
    auto start = std::chrono::steady_clock::now();
    struct Record {
      std::map<std::string, double>& out;
      const char* stage;
      std::chrono::steady_clock::time_point start;
      ~Record() { out[stage] += std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count(); }
    } record{out_, stage, start};
    return body();
  }

 private:
  std::map<std::string, double>& out_;
};

// Predicted class = most probable; ties go to the lower class index.
Labels argmax_rows(const Matrix& proba) {
  Labels out(static_cast<std::size_t>(proba.rows()));
  for (Eigen::Index i = 0; i < proba.rows(); ++i) {
    Eigen::Index best = 0;
    for (Eigen::Index c = 1; c < proba.cols(); ++c)
      if (proba(i, c) > proba(i, best)) best = c;
    out[static_cast<std::size_t>(i)] = static_cast<int>(best);
  }
  return out;
}

Matrix predict_checked(const Classifier& model, const std::string& name, const Matrix& X, int n_classes) {
  Matrix proba = model.predict_proba(X);
  if (proba.rows() != X.rows() || proba.cols() != n_classes)
    throw Error("model '" + name + "' returned a " + std::to_string(proba.rows()) + " x " +
                std::to_string(proba.cols()) + " probability matrix for " + std::to_string(X.rows()) + " rows and " +
                std::to_string(n_classes) + " classes");
  return proba;
}

// The weighting's own decision rule (e.g. minimum expected cost) when it has one, else the most probable class.
Labels predicted_labels(const Weighting& weighting, const std::string& name, const Matrix& proba) {
  std::optional<Labels> decided = weighting.decide(proba);
  if (!decided) return argmax_rows(proba);
  if (decided->size() != static_cast<std::size_t>(proba.rows()))
    throw Error("weighting '" + name + "' decided " + std::to_string(decided->size()) + " labels for " +
                std::to_string(proba.rows()) + " rows");
  for (int label : *decided)
    if (label < 0 || label >= proba.cols())
      throw Error("weighting '" + name + "' decided label " + std::to_string(label) + " outside 0.." +
                  std::to_string(proba.cols() - 1));
  return std::move(*decided);
}

void check_weight_count(const Weights& weights, std::size_t rows, const std::string& weighting) {
  if (!weights.empty() && weights.size() != rows)
    throw Error("weighting '" + weighting + "' returned " + std::to_string(weights.size()) + " weights for " +
                std::to_string(rows) + " rows");
}

std::map<std::string, double> score(const std::vector<std::unique_ptr<Metric>>& metrics,
                                    const std::vector<Spec>& specs, const Labels& y, const Labels& y_pred,
                                    const Matrix& proba, int n_classes, int positive_class) {
  Predictions p{y, y_pred, proba, n_classes, positive_class};
  std::map<std::string, double> out;
  for (std::size_t i = 0; i < metrics.size(); ++i) out[specs[i].text()] = metrics[i]->compute(p);
  return out;
}

// The rows of this task's fold, the same for every pipeline on the data set.
Split task_split(const Plan& plan, const PlannedTask& task, StageClock& clock) {
  const PlannedDataset& planned = plan.datasets[task.dataset];
  const Dataset& data = *planned.data;
  return clock.time("split", [&] {
    RandomStream rng = split_stream(plan.seed, planned.hash, task.repeat);
    if (data.task == Task::Regression) {
      const Labels strata = regression_strata(data.target, plan.cv);
      const int n_strata = strata.empty() ? 0 : *std::max_element(strata.begin(), strata.end()) + 1;
      return std::move(make_splits(strata, n_strata, plan.cv, rng)[static_cast<std::size_t>(task.fold)]);
    }
    return std::move(make_splits(data.y, data.n_classes(), plan.cv, rng)[static_cast<std::size_t>(task.fold)]);
  });
}

// Streams are keyed by what the stage is, never by thread or run order.
RandomStream stage_stream(const Plan& plan, const PlannedTask& task, const char* stage) {
  const PlannedDataset& planned = plan.datasets[task.dataset];
  return RandomStream::keyed(plan.seed, planned.hash, plan.pipelines[task.pipeline].text, task.repeat, task.fold,
                             stage);
}

void execute_classification(const Plan& plan, const PlannedTask& task, TaskResult& result) {
  const PlannedDataset& planned = plan.datasets[task.dataset];
  const Dataset& data = *planned.data;
  const PlannedPipeline& pipeline = plan.pipelines[task.pipeline];
  const int n_classes = data.n_classes();
  const Registry& registry = Registry::instance();
  StageClock clock(result.stage_seconds);

  const Split split = task_split(plan, task, clock);
  const Matrix X_train = take_rows(data.X, split.train);
  const Labels y_train = take(data.y, split.train);
  const Matrix X_test = take_rows(data.X, split.test);
  const Labels y_test = take(data.y, split.test);
  result.n_train = split.train.size();
  result.n_test = split.test.size();

  Resampled train = clock.time("resample", [&] {
    auto resampler = registry.build<Resampler>(Kind::Resample, *pipeline.spec.stage("resample")).plugin;
    RandomStream rng = stage_stream(plan, task, "resample");
    return resampler->resample({X_train, y_train, n_classes, &data.categorical}, rng);
  });
  if (train.X.rows() != static_cast<Eigen::Index>(train.y.size()) || train.X.cols() != X_train.cols())
    throw Error("resampler '" + pipeline.spec.stage("resample")->name + "' returned inconsistent shapes");
  result.n_train_resampled = train.y.size();
  result.n_synthetic = train.n_synthetic;
  const LabelledData fit_data{train.X, train.y, n_classes};

  const std::string& weight_name = pipeline.spec.stage("weight")->name;
  auto weighting = registry.build<Weighting>(Kind::Weight, *pipeline.spec.stage("weight")).plugin;
  Weights weights = clock.time("weight", [&] { return weighting->weights(fit_data); });
  check_weight_count(weights, train.y.size(), weight_name);

  const Spec& model_spec = *pipeline.spec.stage("model");
  auto model = registry.build<Classifier>(Kind::Model, model_spec).plugin;
  clock.time("fit", [&] {
    RandomStream rng = stage_stream(plan, task, "fit");
    model->fit(fit_data, weights, rng);
  });

  // Evaluate on the original training fold, never on resampled rows.
  auto [proba_train, proba_test] = clock.time("predict", [&] {
    return std::pair{predict_checked(*model, model_spec.name, X_train, n_classes),
                     predict_checked(*model, model_spec.name, X_test, n_classes)};
  });
  if (plan.store_predictions) {
    TaskPredictions& kept = result.test_predictions;
    kept.n_classes = n_classes;
    kept.positive_class = planned.positive_class;
    kept.rows.assign(split.test.begin(), split.test.end());
    kept.labels.assign(y_test.begin(), y_test.end());
    kept.proba.assign(proba_test.data(), proba_test.data() + proba_test.size());  // row-major, as stored
  }
  clock.time("metrics", [&] {
    std::vector<std::unique_ptr<Metric>> metrics;
    for (const Spec& m : plan.metrics) metrics.push_back(registry.build<Metric>(Kind::Metric, m).plugin);
    result.train_metrics = score(metrics, plan.metrics, y_train, predicted_labels(*weighting, weight_name, proba_train),
                                 proba_train, n_classes, planned.positive_class);
    result.test_metrics = score(metrics, plan.metrics, y_test, predicted_labels(*weighting, weight_name, proba_test),
                                proba_test, n_classes, planned.positive_class);
  });
}

std::vector<double> predict_checked(const Regressor& model, const std::string& name, const Matrix& X) {
  std::vector<double> predicted = model.predict(X);
  if (predicted.size() != static_cast<std::size_t>(X.rows()))
    throw Error("model '" + name + "' returned " + std::to_string(predicted.size()) + " predictions for " +
                std::to_string(X.rows()) + " rows");
  for (std::size_t i = 0; i < predicted.size(); ++i)
    if (!std::isfinite(predicted[i]))
      throw Error("model '" + name + "' predicted a non-finite value for row " + std::to_string(i));
  return predicted;
}

void execute_regression(const Plan& plan, const PlannedTask& task, TaskResult& result) {
  const Dataset& data = *plan.datasets[task.dataset].data;
  const PlannedPipeline& pipeline = plan.pipelines[task.pipeline];
  const Registry& registry = Registry::instance();
  StageClock clock(result.stage_seconds);

  const Split split = task_split(plan, task, clock);
  const Matrix X_train = take_rows(data.X, split.train);
  const std::vector<double> y_train = take(data.target, split.train);
  const Matrix X_test = take_rows(data.X, split.test);
  const std::vector<double> y_test = take(data.target, split.test);
  result.n_train = split.train.size();
  result.n_test = split.test.size();

  const std::string& resample_name = pipeline.spec.stage("resample")->name;
  RegressionResampled train = clock.time("resample", [&] {
    auto resampler = registry.build<RegressionResampler>(Kind::Resample, *pipeline.spec.stage("resample")).plugin;
    RandomStream rng = stage_stream(plan, task, "resample");
    return resampler->resample({X_train, y_train, &data.categorical}, rng);
  });
  if (train.X.rows() != static_cast<Eigen::Index>(train.y.size()) || train.X.cols() != X_train.cols())
    throw Error("resampler '" + resample_name + "' returned inconsistent shapes");
  result.n_train_resampled = train.y.size();
  result.n_synthetic = train.n_synthetic;
  const RegressionData fit_data{train.X, train.y, &data.categorical};

  const std::string& weight_name = pipeline.spec.stage("weight")->name;
  auto weighting = registry.build<RegressionWeighting>(Kind::Weight, *pipeline.spec.stage("weight")).plugin;
  Weights weights = clock.time("weight", [&] { return weighting->weights(fit_data); });
  check_weight_count(weights, train.y.size(), weight_name);

  const Spec& model_spec = *pipeline.spec.stage("model");
  auto model = registry.build<Regressor>(Kind::Model, model_spec).plugin;
  clock.time("fit", [&] {
    RandomStream rng = stage_stream(plan, task, "fit");
    model->fit(fit_data, weights, rng);
  });
  auto [predicted_train, predicted_test] = clock.time("predict", [&] {
    return std::pair{predict_checked(*model, model_spec.name, X_train),
                     predict_checked(*model, model_spec.name, X_test)};
  });
  // Relevance-based metrics take phi from the original training fold (RegressionPredictions::y_train).
  clock.time("metrics", [&] {
    for (const Spec& m : plan.metrics) {
      auto metric = registry.build<RegressionMetric>(Kind::Metric, m).plugin;
      result.train_metrics[m.text()] = metric->compute({y_train, predicted_train, y_train});
      result.test_metrics[m.text()] = metric->compute({y_test, predicted_test, y_train});
    }
  });
}

void execute(const Plan& plan, const PlannedTask& task, TaskResult& result) {
  if (plan.datasets[task.dataset].data->task == Task::Regression)
    execute_regression(plan, task, result);
  else
    execute_classification(plan, task, result);
}

}  // namespace

std::size_t peak_memory_bytes() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return static_cast<std::size_t>(usage.ru_maxrss) * 1024;  // Linux reports kilobytes
}

TaskResult run_task(const Plan& plan, const PlannedTask& task) {
  const PlannedDataset& planned = plan.datasets[task.dataset];
  TaskResult result;
  result.task_key = task.key;
  result.dataset = planned.data->name;
  result.dataset_hash = planned.hash_hex;
  result.pipeline = plan.pipelines[task.pipeline].text;
  result.cv = plan.cv.describe();
  result.seed = plan.seed;
  result.repeat = task.repeat;
  result.fold = task.fold;
  result.dataset_samples = planned.data->n_samples();
  result.dataset_features = planned.data->n_features();
  result.minority_percent = planned.minority_percent;
  try {
    execute(plan, task, result);
    result.status = "ok";
  } catch (const std::exception& e) {
    result.status = "failed";
    result.error = e.what();
  } catch (...) {
    result.status = "failed";
    result.error = "unknown exception";
  }
  if (result.status == "failed") {  // half-computed scores would mislead a report
    result.train_metrics.clear();
    result.test_metrics.clear();
    result.test_predictions = {};
  }
  result.peak_memory_bytes = peak_memory_bytes();
  return result;
}

}  // namespace imbench
