// Every stored value in "long" (tidy) form for pandas, R or a spreadsheet:
// one row per (data set, pipeline, repeat, fold, split, metric).
#pragma once

#include <vector>

#include "bench/engine/task_result.hpp"
#include "reports/lib/table.hpp"

namespace imbench::reports {

// Columns: dataset, pipeline (canonical), cv, seed, repeat, fold, split
// (train/test), metric (canonical spec), value, status, error. An undefined
// value (NaN) is an empty field with status ok; a failed task is one row with
// empty split, metric and value and its message in error. Rows follow the
// results' order, train before test, metrics by their spec text.
Table long_results_table(const std::vector<TaskResult>& results);

}  // namespace imbench::reports
