// context.tex: the facts a paper's experimental-setup section states --
// hardware, compiler and flags, library versions, imbench revision, threads,
// seeds, cross-validation, and the size of the study -- as LaTeX macros plus
// a ready sentence, taken from the store's run provenance and results.
#pragma once

#include <string>
#include <vector>

#include "bench/engine/run_info.hpp"
#include "bench/engine/task_result.hpp"

namespace imbench::reports {

// The CPU the study ran on: the CPU models the runs recorded (distinct ones
// joined with " / "). Stores written before runs recorded it: read from
// `cpuinfo_path` only when every run happened on `current_host` (the report
// is written on the study's machine); otherwise "" (unknown), never another
// machine's CPU.
std::string study_cpu_model(const std::vector<RunInfo>& runs, const std::string& current_host,
                            const std::string& cpuinfo_path = "/proc/cpuinfo");

// "stratified 5-fold cross-validation repeated 3 times" from a CvScheme
// description ("stratified_kfold:folds=5") and the number of repeats; other
// texts are returned as they are.
std::string cv_prose(const std::string& cv, int repeats);

// The file's text: \newcommand{\imbenchVersion}{...} and friends, every value
// LaTeX-escaped, then \imbenchSetupSentence. Where runs differ their distinct
// values are joined with " / "; "unknown" stands for what is not recorded.
std::string context_tex(const std::vector<RunInfo>& runs, const std::vector<TaskResult>& results,
                        const std::string& cpu_model);

}  // namespace imbench::reports
