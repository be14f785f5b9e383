// `imbench report`'s output: the seed-course table (and the failed tasks, if
// any) written as results.md, results.tex and results.csv in one directory.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "bench/engine/run_info.hpp"
#include "bench/engine/task_result.hpp"
#include "reports/lib/table.hpp"

namespace imbench::reports {

struct ReportOptions {
  std::vector<std::string> formats = {"md", "latex", "csv"};  // also "markdown", "tex", "html"
  std::vector<std::string> metrics;  // metric selection (select_metrics); empty = all stored
  int decimals = 3;                  // digits after the point for metrics in md and tex
  bool latex_standalone = false;     // results.tex as a whole compilable document
};

struct Report {
  Table results;
  std::optional<Table> failures;  // present when a task failed
};

// Throws imbench::Error when there are no results or a requested metric is not stored.
Report build_report(const std::vector<TaskResult>& results, const ReportOptions& options);

// "Source: STORE, 2 runs; imbench 0.1.0 (git abc), seed 1, host h." Where the
// runs differ, their distinct values are listed; a run without an end time is
// called unfinished. Added to the results table's notes by the CLI.
std::string provenance_note(const std::string& store, const std::vector<RunInfo>& runs);

std::string markdown_text(const Report& report);

// Checks the format names (Error listing the known ones), creates `dir` and
// writes one file per format. CSV also writes failures.csv when tasks failed,
// and removes one left by an earlier report when none did. Returns the files
// written.
std::vector<std::filesystem::path> write_report(const Report& report, const ReportOptions& options,
                                                const std::filesystem::path& dir);

// Writes `tables` as STEM.md (one after the other), STEM.tex (one document),
// STEM.html (fragments) and one CSV per table, csv_stems[i].csv, for the
// chosen formats. Returns the files written.
std::vector<std::filesystem::path> write_tables(const std::vector<Table>& tables, const std::string& stem,
                                                const std::vector<std::string>& csv_stems, const ReportOptions& options,
                                                const std::filesystem::path& dir);

// Writes `text` to `path` as is (binary). Error naming the file when it cannot.
std::vector<std::filesystem::path> write_text_file(const std::filesystem::path& path, const std::string& text);

// Writes the statistical comparison tables (comparison.hpp) as stats.md,
// stats.tex and stats_<label>.csv (one CSV per table) for the chosen formats.
std::vector<std::filesystem::path> write_statistics(const std::vector<Table>& tables, const ReportOptions& options,
                                                    const std::filesystem::path& dir);

}  // namespace imbench::reports
