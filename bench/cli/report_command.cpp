// imbench report: the seed-course results table of a result store, as
// Markdown, LaTeX and CSV files.
#include <boost/program_options.hpp>

#include <filesystem>
#include <iostream>

#include "bench/cli/command.hpp"
#include "bench/engine/experiment.hpp"
#include "bench/engine/result_store.hpp"
#include "core/error.hpp"
#include "reports/lib/comparison.hpp"
#include "reports/lib/report_files.hpp"

namespace imbench::cli {
namespace {
namespace po = boost::program_options;

po::options_description report_options() {
  po::options_description o("imbench report STORE [options]");
  o.add_options()("help,h", "show this help")(
      "output,o", po::value<std::string>(), "directory for the files (default: <store without extension>_report)")(
      "format", po::value<std::vector<std::string>>()->composing(),
      "md, latex, csv, comma-separated; repeatable (default: all three)")(
      "metric", po::value<std::vector<std::string>>()->composing(),
      "metric columns: a name (all its specs) or a spec (those with these parameters); comma-separated, "
      "repeatable (default: every metric in the store)")(
      "digits", po::value<int>()->default_value(3), "digits after the point for metrics in md and tex")(
      "standalone", "results.tex as a whole document that compiles on its own")(
      "stats", po::value<std::string>(),
      "also compare the pipelines across data sets on this test metric (e.g. balanced_accuracy): average ranks, "
      "Friedman/Iman-Davenport, critical differences, Wilcoxon-Holm and Bayesian signed-rank; writes stats.*")(
      "alpha", po::value<double>()->default_value(0.05), "significance level of the critical differences")(
      "rope", po::value<double>()->default_value(0.01), "region of practical equivalence of the Bayesian test")(
      "print", "also print the Markdown table to stdout (the file list then goes to stderr)")(
      "store", po::value<std::string>(), "the result store (SQLite) written by imbench run");
  return o;
}

// Splits "a,b" and repeated flags into items; a spec's own commas
// ("f_beta:average=binary,beta=2") stay with it.
std::vector<std::string> list_flag(const po::variables_map& vm, const char* name) {
  std::vector<std::string> items;
  if (!vm.count(name)) return items;
  for (const auto& value : vm[name].as<std::vector<std::string>>())
    for (auto& item : split_spec_list(value)) items.push_back(item);
  return items;
}

std::filesystem::path default_output(const std::string& store) {
  std::filesystem::path path(store);
  return path.parent_path() / (path.stem().string() + "_report");
}

int run(const std::vector<std::string>& args) {
  po::options_description options = report_options();
  po::positional_options_description positional;
  positional.add("store", 1);
  po::variables_map vm;
  po::store(po::command_line_parser(args).options(options).positional(positional).run(), vm);
  po::notify(vm);
  if (vm.count("help")) {
    std::cout << options << "\nWrites results.md, results.tex and results.csv (and failures.csv when tasks failed).\n";
    return 0;
  }
  if (!vm.count("store")) throw Error("no result store given; usage: imbench report STORE [options]");
  const std::string store_path = vm["store"].as<std::string>();

  reports::ReportOptions report_options;
  if (vm.count("format")) report_options.formats = list_flag(vm, "format");
  report_options.metrics = list_flag(vm, "metric");
  report_options.decimals = vm["digits"].as<int>();
  if (report_options.decimals < 0 || report_options.decimals > 12)
    throw Error("--digits " + std::to_string(report_options.decimals) + " is out of bounds [0, 12]");
  report_options.latex_standalone = vm.count("standalone") > 0;

  if (!std::filesystem::exists(store_path)) throw Error("result store '" + store_path + "' does not exist");
  ResultStore store = ResultStore::open_existing(store_path);
  std::vector<TaskResult> results = store.load_results();
  if (results.empty())
    throw Error("result store '" + store_path + "' holds no task results yet; run 'imbench run' first");
  reports::Report report = reports::build_report(results, report_options);
  report.results.notes.push_back(reports::provenance_note(store_path, store.load_runs()));

  std::filesystem::path dir = vm.count("output") ? std::filesystem::path(vm["output"].as<std::string>())
                                                 : default_output(store_path);
  auto written = reports::write_report(report, report_options, dir);
  if (vm.count("stats")) {
    reports::ComparisonOptions comparison;
    comparison.metric = vm["stats"].as<std::string>();
    comparison.alpha = vm["alpha"].as<double>();
    comparison.rope = vm["rope"].as<double>();
    auto tables = reports::comparison_tables(reports::aggregate(results), comparison);
    for (auto& file : reports::write_statistics(tables, report_options, dir)) written.push_back(file);
  }
  const bool print = vm.count("print") > 0;
  if (print) std::cout << reports::markdown_text(report);
  std::ostream& listing = print ? std::cerr : std::cout;
  for (const auto& file : written) listing << "wrote " << file.string() << "\n";
  return 0;
}

}  // namespace

IMBENCH_REGISTER_COMMAND({"report", "tables of a result store: Markdown, LaTeX (booktabs), CSV", run})

}  // namespace imbench::cli
