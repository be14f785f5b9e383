// Small experiments and result comparisons shared by the engine tests.
#pragma once

#include <string>
#include <vector>

#include "bench/engine/experiment.hpp"
#include "bench/engine/task_result.hpp"

namespace imbench::testing {

// A quick experiment on a generated data set: four pipelines, one of which
// fails on every task (SMOTE asks for more neighbours than the minority has).
Experiment small_experiment(int folds, int repeats);

// Everything a result says about the learning, without timings, memory or run id,
// one line per result with metrics at full precision.
std::string comparable_text(const std::vector<TaskResult>& results);

}  // namespace imbench::testing
