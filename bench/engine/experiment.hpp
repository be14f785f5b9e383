// An experiment: which data sets, pipelines, cross-validation and metrics to
// run, read from a YAML file (format in bench/experiments/README.md) and/or
// set from `imbench run` flags.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "bench/engine/cross_validation.hpp"

namespace imbench {

// A user-given entry and where it came from ("exp.yaml:4:5" or "--pipeline"),
// so errors found later (e.g. an unknown plugin) can point back at it.
struct Entry {
  std::string text;
  std::string origin;
};

struct Experiment {
  std::string source;  // the experiment file, or "" for flags only
  std::string description;
  std::vector<Entry> datasets;   // bundled names, .h5 paths, generator specs
  std::vector<Entry> pipelines;  // pipeline specs (resample/weight default to none)
  std::vector<Entry> metrics;    // metric specs
  CvScheme cv;
  std::uint64_t seed = 1;
  int threads = 0;    // 0: all hardware threads
  std::string store;  // "" until resolved by default_store_path()
  bool store_predictions = false;  // keep each task's test-fold predictions in the store

  // The experiment in the file format, as it will run (after flags).
  std::string to_yaml() const;
};

// Metrics used when an experiment names none.
const std::vector<std::string>& default_metrics();

// An experiment with no data sets or pipelines yet and the default metrics.
Experiment empty_experiment();

// Parses experiment text. `source` names it in errors; relative .h5 paths
// are taken relative to `base_dir`. Errors say "source:line:column: field ...".
Experiment parse_experiment(const std::string& text, const std::string& source, const std::string& base_dir);
Experiment read_experiment_file(const std::string& path);

// results/<experiment file stem>.db, or results/imbench.db without a file.
std::string default_store_path(const Experiment& experiment);

// Splits a list flag ("ecoli,make_classification:n_samples=100,weights=0.9")
// on commas, except commas that separate parameters of a spec.
std::vector<std::string> split_spec_list(const std::string& text);

}  // namespace imbench
