// Summaries of a result store's tasks, one group per row of the seed-course
// table: (classifier, modifiers, sampling, data set, size, % imbalance), each
// metric as mean and sample sd over folds x repeats, on training and test folds.
#pragma once

#include <cstddef>
#include <map>
#include <string>
#include <vector>

#include "bench/engine/task_result.hpp"

namespace imbench::reports {

// A canonical pipeline split into the seed course's vocabulary.
struct PipelineParts {
  std::string sampling;    // the resample stage's spec; "none" when absent
  std::string modifiers;   // the weight stage's spec, other non-model stages appended as stage=spec; "none" if none
  std::string classifier;  // the model stage's spec
};

// Throws imbench::Error quoting the text when it is not a pipeline spec.
PipelineParts split_pipeline(const std::string& pipeline);

// Mean and sample standard deviation (n - 1 in the denominator). sd is NaN
// for a single value, mean and sd are NaN for none.
struct Summary {
  std::size_t count = 0;
  double mean = 0;
  double sd = 0;
};

Summary summarize(const std::vector<double>& values);

struct GroupKey {
  std::string classifier, modifiers, sampling, dataset;
  std::size_t samples = 0;      // data set size; 0 when unknown (a task that failed before loading it)
  double minority_percent = 0;  // 100 * smallest class / n
  auto operator<=>(const GroupKey&) const = default;
};

struct Group {
  GroupKey key;
  std::string pipeline;  // the canonical pipeline text the group came from
  std::size_t ok = 0;
  std::size_t failed = 0;
  // Canonical metric spec -> summary over successful tasks; NaN (undefined)
  // values are left out and count only the values used.
  std::map<std::string, Summary> train;
  std::map<std::string, Summary> test;
  Summary n_train, n_test, n_train_resampled, n_synthetic;
};

struct Failure {
  std::string dataset, pipeline, error;
  int repeat = 0, fold = 0;
};

struct Aggregate {
  std::vector<Group> groups;  // ordered by classifier, modifiers, sampling, data set ("none" first)
  std::vector<Failure> failures;  // in the order they were read
  std::vector<std::string> metrics;  // every metric spec seen, in display order (metric_order)
};

Aggregate aggregate(const std::vector<TaskResult>& results);

// Display order of metric specs: precision, accuracy, recall, f1,
// balanced_accuracy first, then the other known metrics, then unknown names
// alphabetically; specs of the same metric by their text.
bool metric_before(const std::string& a, const std::string& b);

// The plugin name of a metric spec ("f1" for "f1:average=binary"); the text
// itself when it does not parse as a spec.
std::string metric_name(const std::string& spec);

}  // namespace imbench::reports
