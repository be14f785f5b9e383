// Where the time goes: one horizontal stacked bar per pipeline, one segment per
// stage (split, resample, weight, fit, predict, metrics), each the median wall
// time of that stage over the pipeline's successful tasks.
#pragma once

#include <string>
#include <vector>

#include "bench/engine/task_result.hpp"
#include "reports/lib/figures/svg.hpp"

namespace imbench::reports::figures {

struct StageMedians {
  std::string pipeline;  // canonical
  std::string label;     // as reports name it
  std::vector<double> seconds;  // per stage of TimingData::stages; 0 when no task timed it
  std::size_t tasks = 0;
};

struct TimingData {
  std::string scope;  // "data set ecoli" or "all data sets"
  std::vector<std::string> stages;  // engine order, then any other stage alphabetically
  std::vector<StageMedians> pipelines;  // in the store's order
};

// Medians over the successful tasks of `dataset` ("" = every data set).
// Throws imbench::Error when there are none, naming the stored data sets.
TimingData stage_medians(const std::vector<TaskResult>& results, const std::string& dataset);

// Bars scaled to the largest total; milliseconds when every total is below a second.
Svg timing_figure(const TimingData& data);

}  // namespace imbench::reports::figures
