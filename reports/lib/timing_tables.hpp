// Timing tables: wall time per pipeline stage from a result store, and the
// results of Google Benchmark micro-benchmarks (bench/micro/) from their JSON.
#pragma once

#include <string>
#include <vector>

#include "bench/engine/task_result.hpp"
#include "reports/lib/table.hpp"

namespace imbench::reports {

// One row per pipeline (in the order given), over its successful tasks: for
// each stage (split, resample, weight, fit, predict, metrics, then any other
// stage found, then the per-task total) the median and interquartile range of
// the wall time in milliseconds (quantile.hpp: numpy's linear interpolation).
// Tasks that did not time a stage leave it out.
Table timing_table(const std::vector<TaskResult>& results, const std::vector<std::string>& pipelines);

// The "benchmarks" array of `benchmark --benchmark_format=json` (or
// --benchmark_out=FILE.json): name, iterations, real and CPU time in the
// benchmark's own unit, the unit, then one column per counter found in any
// benchmark (items_per_second, user counters, ...); a "Label" and an "Error"
// column when some benchmark has one. The "context" object (date, host, CPUs,
// build type) becomes a note. `source` names the file in errors. Throws
// imbench::Error when the text is not JSON or a benchmark lacks a field.
Table benchmark_table(const std::string& json_text, const std::string& source);

}  // namespace imbench::reports
