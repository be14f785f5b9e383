#include "tests/engine/engine_fixtures.hpp"

#include <cstdio>

namespace imbench::testing {

Experiment small_experiment(int folds, int repeats) {
  Experiment e = empty_experiment();
  e.datasets = {{"make_classification:n_samples=150,n_features=6,weights=0.85,seed=3", "test"}};
  e.pipelines = {{"model=logistic_regression", "test"},
                 {"resample=smote:k_neighbors=3 model=decision_tree", "test"},
                 {"resample=random_under weight=balanced model=random_forest:n_trees=8", "test"},
                 {"resample=smote:k_neighbors=60 model=logistic_regression", "test"}};
  e.cv.folds = folds;
  e.cv.repeats = repeats;
  e.seed = 11;
  return e;
}

std::string comparable_text(const std::vector<TaskResult>& results) {
  std::string text;
  char number[40];
  auto add_metrics = [&](const std::map<std::string, double>& metrics) {
    for (const auto& [name, value] : metrics) {
      std::snprintf(number, sizeof number, "%.17g", value);
      text += " " + name + "=" + number;
    }
  };
  for (const TaskResult& r : results) {
    text += r.task_key + " " + r.dataset + " " + r.dataset_hash + " " + r.pipeline + " " + r.cv + " " +
            std::to_string(r.seed) + " " + std::to_string(r.repeat) + " " + std::to_string(r.fold) + " " + r.status +
            " [" + r.error + "] " + std::to_string(r.n_train) + " " + std::to_string(r.n_test) + " " +
            std::to_string(r.n_train_resampled) + " " + std::to_string(r.n_synthetic) + " " +
            std::to_string(r.dataset_samples) + " " + std::to_string(r.dataset_features) + " " +
            std::to_string(r.minority_percent) + " train:";
    add_metrics(r.train_metrics);
    text += " test:";
    add_metrics(r.test_metrics);
    text += "\n";
  }
  return text;
}

}  // namespace imbench::testing
