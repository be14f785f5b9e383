// Provenance of one `imbench run`: what code, built how, on which machine,
// with which settings. Stored next to the results it produced.
#pragma once

#include <cstdint>
#include <map>
#include <string>

namespace imbench {

struct RunInfo {
  std::string run_id;  // unique per invocation; results name the run that made them
  std::string imbench_version;
  std::string git_revision;  // commit, with "-dirty" when the tree had changes; "unknown" outside git
  std::string compiler;
  std::string build_flags;
  std::map<std::string, std::string> libraries;  // name -> version
  std::string host;
  std::string cpu;  // "model name" from /proc/cpuinfo; empty when unknown
  int threads = 0;
  std::uint64_t seed = 0;
  std::string started_at;   // ISO 8601 UTC
  std::string finished_at;  // empty while running, or when the run was killed
  std::string command_line;
  std::string experiment;  // the experiment as run (YAML, after command-line flags)
};

// Fills everything the process can know by itself (version, git revision,
// compiler, libraries, host, CPU model, start time, a fresh run id).
RunInfo collect_run_info();

// The "model name" of the first processor in /proc/cpuinfo text; "" when absent.
std::string cpu_model_from_cpuinfo(const std::string& cpuinfo_text);

// cpu_model_from_cpuinfo of the file at `cpuinfo_path`; "" when it cannot be read.
std::string read_cpu_model(const std::string& cpuinfo_path = "/proc/cpuinfo");

// This machine's host name; "" when the system does not say.
std::string host_name();

// The current time as "2026-11-23T17:30:18Z".
std::string utc_now();

}  // namespace imbench
