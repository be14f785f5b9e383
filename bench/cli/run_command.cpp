// `imbench run [EXPERIMENT] [flags]`: plan an experiment, run what the store
// does not hold yet, and store every task's result.
#include <boost/program_options.hpp>
#include <filesystem>
#include <iostream>

#include "bench/cli/command.hpp"
#include "bench/engine/experiment.hpp"
#include "bench/engine/plan.hpp"
#include "bench/engine/result_store.hpp"
#include "bench/engine/run_info.hpp"
#include "bench/engine/scheduler.hpp"
#include "core/error.hpp"

namespace imbench::cli {
namespace {

namespace po = boost::program_options;

po::options_description run_options() {
  po::options_description o("imbench run [EXPERIMENT.yaml] [options]  (flags override the file)");
  o.add_options()("help,h", "show this help")(
      "datasets", po::value<std::vector<std::string>>()->composing(),
      "data sets, comma-separated (bundled names, .h5 paths, generator specs); repeatable")(
      "pipeline", po::value<std::vector<std::string>>()->composing(),
      "a pipeline spec, e.g. \"resample=smote weight=none model=random_forest\"; repeatable")(
      "folds", po::value<int>(), "stratified k-fold with this many folds")(
      "holdout", po::value<double>(), "stratified hold-out with this test fraction instead of k-fold")(
      "repeats", po::value<int>(), "independent reshuffles of the splits")(
      "metrics", po::value<std::vector<std::string>>()->composing(), "metric specs, comma-separated; repeatable")(
      "seed", po::value<unsigned long long>(), "master random seed")(
      "threads", po::value<int>(), "worker threads (default: all hardware threads)")(
      "store", po::value<std::string>(), "result store (SQLite); default results/<experiment>.db")(
      "retry-failed", "re-run tasks stored as failed")(
      "store-predictions", "also store each task's test-fold predictions (for `imbench plot roc|pr`)")("dry-run", "print the plan and exit")(
      "quiet,q", "no progress or summary output")("experiment", po::value<std::string>(), "experiment file");
  return o;
}

std::vector<Entry> flag_entries(const po::variables_map& vm, const char* name, bool split_commas) {
  std::vector<Entry> out;
  for (const std::string& value : vm[name].as<std::vector<std::string>>()) {
    std::vector<std::string> items = split_commas ? split_spec_list(value) : std::vector<std::string>{value};
    for (const std::string& item : items) out.push_back({item, std::string("--") + name});
  }
  return out;
}

Experiment experiment_from(const po::variables_map& vm) {
  Experiment e = vm.count("experiment") ? read_experiment_file(vm["experiment"].as<std::string>()) : empty_experiment();
  if (vm.count("datasets")) e.datasets = flag_entries(vm, "datasets", true);
  if (vm.count("pipeline")) e.pipelines = flag_entries(vm, "pipeline", false);
  if (vm.count("metrics")) e.metrics = flag_entries(vm, "metrics", true);
  if (vm.count("folds") && vm.count("holdout")) throw Error("--folds and --holdout exclude each other");
  if (vm.count("folds")) {
    e.cv.method = CvMethod::StratifiedKFold;
    e.cv.folds = vm["folds"].as<int>();
  }
  if (vm.count("holdout")) {
    e.cv.method = CvMethod::StratifiedHoldout;
    e.cv.test_fraction = vm["holdout"].as<double>();
  }
  if (vm.count("repeats")) e.cv.repeats = vm["repeats"].as<int>();
  if (vm.count("seed")) e.seed = vm["seed"].as<unsigned long long>();
  if (vm.count("threads")) {
    e.threads = vm["threads"].as<int>();
    if (e.threads < 0) throw Error("--threads must be 0 (all) or more, got " + std::to_string(e.threads));
  }
  if (vm.count("store")) e.store = vm["store"].as<std::string>();
  if (vm.count("store-predictions")) e.store_predictions = true;
  if (e.store.empty()) e.store = default_store_path(e);
  return e;
}

std::string command_line(const std::vector<std::string>& args) {
  std::string s = "imbench run";
  for (const auto& a : args) s += " " + (a.find_first_of(" \"'") == std::string::npos ? a : "'" + a + "'");
  return s;
}

void print_plan(const Plan& plan, const Experiment& e, std::size_t pending) {
  std::cout << "data sets (" << plan.datasets.size() << "):\n";
  for (const auto& d : plan.datasets) {
    const std::string share = d.data->task == Task::Regression
                                  ? " regression rare="
                                  : " classes=" + std::to_string(d.data->n_classes()) + " minority=";
    std::cout << "  " << d.data->name << "  n=" << d.data->n_samples() << " d=" << d.data->n_features() << share
              << d.minority_percent << "%\n";
  }
  std::cout << "pipelines (" << plan.pipelines.size() << "):\n";
  for (const auto& p : plan.pipelines) std::cout << "  " << p.text << "\n";
  std::cout << "metrics:";
  for (const auto& m : plan.metrics) std::cout << " " << m.text();
  std::cout << "\ncv: " << plan.cv.describe() << ", repeats=" << plan.cv.repeats << ", seed=" << plan.seed
            << "\ntasks: " << plan.tasks.size() << " (" << pending << " to run, the rest are in " << e.store << ")\n";
}

void print_summary(const RunSummary& s, const std::string& store) {
  std::cerr << "ran " << s.ok + s.failed << " tasks in " << Progress::clock_text(s.seconds) << ": " << s.ok
            << " ok, " << s.failed << " failed";
  if (s.skipped) std::cerr << " (" << s.skipped << " of " << s.planned << " were already in the store)";
  std::cerr << "\n";
  for (const auto& f : s.failures) std::cerr << "  failed: " << f << "\n";
  if (s.failed > s.failures.size()) std::cerr << "  ... and " << s.failed - s.failures.size() << " more\n";
  std::cerr << "results: " << store << "\nreport:  imbench report " << store << "\n";
}

int run(const std::vector<std::string>& args) {
  po::options_description options = run_options();
  po::positional_options_description positional;
  positional.add("experiment", 1);
  po::variables_map vm;
  po::store(po::command_line_parser(args).options(options).positional(positional).run(), vm);
  if (vm.count("help")) {
    std::cout << options << "\nSee bench/experiments/README.md for the experiment file format.\n";
    return 0;
  }
  const bool quiet = vm.count("quiet") > 0;
  Experiment experiment = experiment_from(vm);
  Plan plan = make_plan(experiment);
  RunOptions run_options;
  run_options.threads = resolve_threads(experiment.threads);
  run_options.retry_failed = vm.count("retry-failed") > 0;
  if (vm.count("dry-run")) {  // looks at the store without creating it
    bool exists = std::filesystem::exists(experiment.store);
    print_plan(plan, experiment,
               exists ? pending_tasks(plan, ResultStore::open_existing(experiment.store), run_options.retry_failed).size()
                      : plan.tasks.size());
    return 0;
  }
  ResultStore store = ResultStore::open(experiment.store);

  RunInfo info = collect_run_info();
  info.threads = run_options.threads;
  info.seed = experiment.seed;
  info.command_line = command_line(args);
  info.experiment = experiment.to_yaml();
  run_options.run_id = info.run_id;
  store.record_run(info);  // without finished_at until the run completes

  std::size_t pending = pending_tasks(plan, store, run_options.retry_failed).size();
  if (!quiet)
    std::cerr << "imbench run: " << plan.tasks.size() << " tasks (" << plan.datasets.size() << " data sets x "
              << plan.pipelines.size() << " pipelines x " << plan.cv.repeats << " repeats x "
              << plan.cv.folds_per_repeat() << " folds), " << pending << " to run on " << run_options.threads
              << " threads\n";
  Progress progress(pending, Progress::style_for_stderr(quiet), std::cerr);
  RunSummary summary = execute_plan(plan, store, run_options, progress);
  info.finished_at = utc_now();
  store.record_run(info);
  if (!quiet) print_summary(summary, experiment.store);
  return 0;
}

}  // namespace

IMBENCH_REGISTER_COMMAND({"run", "run an experiment (data sets x pipelines x cross-validation) into a result store",
                          run})

}  // namespace imbench::cli
