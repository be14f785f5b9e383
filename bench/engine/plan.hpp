// The plan of an experiment: data sets x pipelines x repeats x folds, with
// every spec in canonical form and every task's key computed up front.
// Building it loads the data sets and checks all specs, so mistakes surface
// before any task runs.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "bench/engine/cross_validation.hpp"
#include "bench/engine/experiment.hpp"
#include "core/spec.hpp"
#include "datasets/lib/dataset.hpp"

namespace imbench {

struct PlannedDataset {
  std::string reference;  // as the user wrote it
  std::shared_ptr<const Dataset> data;
  Hash128 hash;
  std::string hash_hex;
  int positive_class = 0;  // the data set's, or the smallest class when it names none
  double minority_percent = 0;
};

struct PlannedPipeline {
  PipelineSpec spec;  // canonical; resample and weight always present
  std::string text;   // spec.text()
};

struct PlannedTask {
  std::size_t dataset = 0;
  std::size_t pipeline = 0;
  int repeat = 0;
  int fold = 0;
  std::string key;
};

struct Plan {
  std::vector<PlannedDataset> datasets;
  std::vector<PlannedPipeline> pipelines;
  std::vector<Spec> metrics;  // canonical, in the user's order
  CvScheme cv;
  std::uint64_t seed = 1;
  std::vector<PlannedTask> tasks;  // data set, pipeline, repeat, fold order
  bool store_predictions = false;  // keep test-fold predictions (not part of task keys)
};

// Canonical pipeline: each stage through Registry::canonicalize, resample and
// weight filled in as "none" when absent. Throws Error for unknown plugins,
// parameters, a missing model, or a weighting the model cannot use.
PipelineSpec canonical_pipeline(const std::string& text);

// Hex hash of everything that decides a task's result.
std::string task_key(const Hash128& dataset_hash, const std::string& pipeline, const CvScheme& cv, int repeat,
                     int fold, std::uint64_t seed, const std::vector<Spec>& metrics);

// Loads and checks everything; errors point at the experiment entry at fault.
Plan make_plan(const Experiment& experiment);

}  // namespace imbench
