// The outcome of one task (data set x pipeline x repeat x fold): what the
// engine stores and what reports read back.
#pragma once

#include <cstddef>
#include <cstdint>
#include <map>
#include <string>

#include "bench/engine/task_predictions.hpp"

namespace imbench {

struct TaskResult {
  std::string task_key;      // hex hash of the task's canonical content
  std::string dataset;       // data set name
  std::string dataset_hash;  // content hash (hex)
  std::string pipeline;      // canonical pipeline spec
  std::string cv;            // splitting rule, e.g. "stratified_kfold:folds=5" (CvScheme::describe)
  std::uint64_t seed = 0;    // master seed of the experiment
  int repeat = 0;
  int fold = 0;
  std::string status;  // "ok" or "failed"
  std::string error;   // the message when failed
  std::string run_id;  // the `imbench run` that produced it (RunInfo::run_id)

  // Canonical metric spec -> value, on the training fold (original rows,
  // never the resampled ones) and on the test fold.
  std::map<std::string, double> train_metrics;
  std::map<std::string, double> test_metrics;

  std::size_t n_train = 0;            // training fold size before resampling
  std::size_t n_test = 0;
  std::size_t n_train_resampled = 0;  // what the model was fitted on
  std::size_t n_synthetic = 0;

  // Wall seconds per stage: split, resample, weight, fit, predict, metrics.
  std::map<std::string, double> stage_seconds;
  std::size_t peak_memory_bytes = 0;  // process peak RSS when the task ended

  // Facts about the whole data set, for report rows.
  std::size_t dataset_samples = 0;
  std::size_t dataset_features = 0;
  double minority_percent = 0;  // 100 * smallest class / n

  // Test-fold predictions; empty unless the run stores them (--store-predictions).
  TaskPredictions test_predictions;
};

}  // namespace imbench
