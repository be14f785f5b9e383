// The seed course's results table: one row per (classifier, modifiers,
// sampling, data set, size, % imbalance), metrics as mean ± sd over folds x
// repeats on the training and test folds, with mean fold sizes.
#pragma once

#include <string>
#include <vector>

#include "reports/lib/aggregate.hpp"
#include "reports/lib/table.hpp"

namespace imbench::reports {

// The metric columns to show. With no request: every metric in the store, in
// display order. Otherwise each requested entry selects the stored specs it
// matches -- "f1" all f1 specs, "f1:average=macro" those with that parameter
// value -- in the order requested. An entry that matches nothing is an Error
// that lists the stored specs.
std::vector<std::string> select_metrics(const std::vector<std::string>& stored,
                                        const std::vector<std::string>& requested);

// "F1", "Balanced acc.", ...; the parameters are added when another selected
// spec has the same metric name, so the headers stay distinct.
std::string metric_label(const std::string& spec, const std::vector<std::string>& selected);

Table seed_course_table(const Aggregate& aggregate, const std::vector<std::string>& metrics, int decimals = 3);

// Data set, pipeline, repeat, fold and message of every failed task.
Table failures_table(const Aggregate& aggregate);

}  // namespace imbench::reports
