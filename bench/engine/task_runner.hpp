// Runs one planned task: split -> resample (training fold only) -> weights ->
// fit -> predict (original training fold and test fold) -> metrics.
#pragma once

#include "bench/engine/plan.hpp"
#include "bench/engine/task_result.hpp"

namespace imbench {

// Never throws for a problem inside the task: the result then has status
// "failed" and the message, and the run goes on with the other tasks.
TaskResult run_task(const Plan& plan, const PlannedTask& task);

// Peak resident set size of this process so far, in bytes.
std::size_t peak_memory_bytes();

}  // namespace imbench
