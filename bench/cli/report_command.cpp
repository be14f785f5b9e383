// imbench report: the tables of a result store (seed-course results,
// per-data-set tables, statistics, timing, long CSV, context.tex) and of
// Google Benchmark JSON, as Markdown, LaTeX, CSV and HTML files.
#include <boost/program_options.hpp>

#include <filesystem>
#include <fstream>
#include <iostream>
#include <optional>
#include <set>
#include <sstream>

#include "bench/cli/command.hpp"
#include "bench/engine/experiment.hpp"
#include "bench/engine/result_store.hpp"
#include "bench/engine/run_info.hpp"
#include "core/error.hpp"
#include "reports/lib/comparison.hpp"
#include "reports/lib/context_tex.hpp"
#include "reports/lib/dataset_tables.hpp"
#include "reports/lib/long_results.hpp"
#include "reports/lib/report_files.hpp"
#include "reports/lib/seed_course_table.hpp"
#include "reports/lib/timing_tables.hpp"
#include "reports/lib/figures/convert.hpp"
#include "reports/lib/html_page.hpp"
#include "reports/lib/report_figures.hpp"
#include "reports/lib/table_writers.hpp"
#include "core/registry.hpp"

namespace imbench::cli {
namespace {
namespace po = boost::program_options;

po::options_description report_options() {
  po::options_description o("imbench report STORE [options]");
  o.add_options()("help,h", "show this help")(
      "output,o", po::value<std::string>(), "directory for the files (default: <store without extension>_report)")(
      "format", po::value<std::vector<std::string>>()->composing(),
      "md, latex, csv, html, comma-separated; repeatable (default: all four; html is one self-contained "
      "report.html)")(
      "metric", po::value<std::vector<std::string>>()->composing(),
      "metric columns: a name (all its specs) or a spec (those with these parameters); comma-separated, "
      "repeatable (default: every metric in the store). Each selected test metric also gets a per-data-set table "
      "datasets_<metric>.* (default: balanced_accuracy)")(
      "baseline", po::value<std::string>(),
      "compare every pipeline with this one (canonical spec, short label, or a spec that canonicalises to it) in "
      "each per-data-set table's metric: win/tie/loss, Wilcoxon signed-rank with Holm's correction")(
      "benchmark-json", po::value<std::string>(),
      "also (or, without a store, only) tabulate Google Benchmark JSON (imbench_micro --benchmark_format=json): "
      "benchmarks.*")(
      "figures", po::value<std::vector<std::string>>()->composing(),
      "svg (default), pdf, png (beside the SVG; need rsvg-convert), or none; comma-separated")(
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

bool wants(const reports::ReportOptions& options, std::initializer_list<const char*> names) {
  for (const auto& f : options.formats)
    for (const char* n : names)
      if (f == n) return true;
  return false;
}

// Where one report goes: files in the chosen formats and, with html, the
// sections of the single self-contained report.html.
struct StudyOutput {
  reports::ReportOptions files;  // the requested formats without html
  bool html = false;
  bool figures = true;
  std::vector<std::string> conversions;  // pdf, png beside each SVG
  std::filesystem::path dir;
  std::vector<std::filesystem::path> written;
  std::vector<reports::HtmlSection> sections;

  reports::HtmlSection& section(const std::string& title, const std::string& intro = "") {
    for (auto& s : sections)
      if (s.title == title) return s;
    sections.push_back({title, intro, {}});
    return sections.back();
  }
  void add(std::vector<std::filesystem::path> files_written) {
    written.insert(written.end(), files_written.begin(), files_written.end());
  }
  void tables(const std::vector<reports::Table>& tables, const std::string& stem, const std::vector<std::string>& csv_stems,
              const std::string& title, const std::string& intro = "") {
    add(reports::write_tables(tables, stem, csv_stems, files, dir));
    html_tables(tables, title, intro);
  }
  void html_tables(const std::vector<reports::Table>& tables, const std::string& title, const std::string& intro = "") {
    if (!html) return;
    auto& s = section(title, intro);
    for (const auto& t : tables) s.blocks.push_back(reports::html_table(t));
  }
  void figure(const reports::ReportFigure& f, const std::string& title) {
    add(f.files);
    if (html) section(title).blocks.push_back(reports::html_figure(f.svg_element, f.caption));
  }
};

// Per-data-set tables (and the baseline comparison) for each chosen test
// metric; only a study with two or more pipelines has something to compare.
// Returns the metrics tabulated.
std::vector<std::string> write_dataset_tables(const reports::Aggregate& aggregated, const po::variables_map& vm,
                                              const reports::ReportOptions& options, StudyOutput& out) {
  const auto pipelines = reports::stored_pipelines(aggregated);
  if (pipelines.size() < 2) {
    if (vm.count("baseline"))
      throw Error("--baseline needs at least 2 pipelines; the store has " + std::to_string(pipelines.size()));
    return {};
  }
  std::string baseline;
  if (vm.count("baseline")) baseline = reports::resolve_pipeline(aggregated, vm["baseline"].as<std::string>());
  const auto selected = reports::select_metrics(aggregated.metrics, options.metrics);
  const auto metrics = reports::dataset_table_metrics(aggregated, selected, !options.metrics.empty());
  for (const auto& metric : metrics) {
    reports::stats::Order order = reports::stats::Order::higher_is_better;
    bool known = true;
    try {
      order = reports::metric_order(metric);
    } catch (const Error&) {
      known = false;  // a metric this build does not have: assume higher is better and say so
    }
    std::vector<reports::Table> tables = {reports::dataset_table(aggregated, metric, order, options.decimals)};
    if (!known) tables[0].notes.push_back("This build does not know the metric " + metric + "; higher is taken as better.");
    const std::string tag = reports::metric_file_tag(metric, metrics);
    std::vector<std::string> csv_stems = {"datasets_" + tag};
    if (!baseline.empty()) {
      tables.push_back(reports::baseline_table(aggregated, metric, baseline, order));
      csv_stems.push_back("baseline_" + tag);
    }
    out.tables(tables, "datasets_" + tag, csv_stems, "Per data set",
               "Test-fold mean ± sd over repeats x folds; best in bold, second underlined.");
  }
  return metrics;
}

// The CD diagram of the --stats metric, or else of the first per-data-set
// metric, when there are at least two data sets and two pipelines.
void write_cd_figure(const reports::Aggregate& aggregated, const po::variables_map& vm,
                     const std::vector<std::string>& table_metrics, StudyOutput& out) {
  std::set<std::string> datasets, pipelines;
  for (const auto& g : aggregated.groups) datasets.insert(g.key.dataset), pipelines.insert(g.pipeline);
  if (datasets.size() < 2 || pipelines.size() < 2) return;
  std::string metric = vm.count("stats") ? vm["stats"].as<std::string>() : "";
  if (metric.empty() && !table_metrics.empty()) metric = table_metrics.front();
  if (metric.empty()) return;
  const std::string canonical = Registry::instance().canonicalize(Kind::Metric, parse_spec(metric)).text();
  out.figure(reports::cd_figure(aggregated, canonical, reports::file_safe(reports::metric_file_tag(canonical, {canonical})),
                                vm["alpha"].as<double>(), out.dir, out.conversions),
             "Statistical comparison");
}

reports::Report report_store(const std::string& store_path, const po::variables_map& vm,
                             const reports::ReportOptions& report_options, StudyOutput& out) {
  if (!std::filesystem::exists(store_path)) throw Error("result store '" + store_path + "' does not exist");
  ResultStore store = ResultStore::open_existing(store_path);
  std::vector<TaskResult> results = store.load_results();
  if (results.empty())
    throw Error("result store '" + store_path + "' holds no task results yet; run 'imbench run' first");
  const std::vector<RunInfo> runs = store.load_runs();
  reports::Report report = reports::build_report(results, report_options);
  const std::string provenance = reports::provenance_note(store_path, runs);
  report.results.notes.push_back(provenance);
  out.add(reports::write_report(report, out.files, out.dir));
  if (out.html) out.section("Study", provenance);

  const reports::Aggregate aggregated = reports::aggregate(results);
  const auto table_metrics = write_dataset_tables(aggregated, vm, report_options, out);
  if (out.figures) write_cd_figure(aggregated, vm, table_metrics, out);
  if (vm.count("stats")) {
    reports::ComparisonOptions comparison;
    comparison.metric = vm["stats"].as<std::string>();
    comparison.alpha = vm["alpha"].as<double>();
    comparison.rope = vm["rope"].as<double>();
    auto tables = reports::comparison_tables(aggregated, comparison);
    out.add(reports::write_statistics(tables, out.files, out.dir));
    out.html_tables(tables, "Statistical comparison");
  }
  if (out.figures) {
    std::vector<std::string> notes;
    for (const auto& f : reports::curve_figures(results, store.load_predictions(), out.dir, out.conversions, notes))
      out.figure(f, "ROC and precision-recall curves");
    for (const auto& note : notes) std::cerr << "imbench report: " << note << "\n";
  }
  out.tables({reports::timing_table(results, reports::stored_pipelines(aggregated))}, "timing", {"timing"}, "Timing");
  if (out.figures) out.figure(reports::timing_chart(results, out.dir, out.conversions), "Timing");
  if (wants(report_options, {"csv"})) {
    reports::ReportOptions csv_only = report_options;
    csv_only.formats = {"csv"};
    out.add(reports::write_tables({reports::long_results_table(results)}, "results_long", {"results_long"}, csv_only,
                                  out.dir));
  }
  if (out.html) {
    auto& all = out.section("All results", "One row per classifier, modifiers, sampling and data set; training and test folds.");
    all.blocks.push_back(reports::html_table(report.results));
    if (report.failures) all.blocks.push_back(reports::html_table(*report.failures));
  }
  const bool latex = wants(report_options, {"latex", "tex"});
  if (latex || out.html) {
    const std::string context = reports::context_tex(runs, results, reports::study_cpu_model(runs, host_name()));
    if (latex) out.add(reports::write_text_file(out.dir / "context.tex", context));
    if (out.html)
      out.section("Setup for a paper", "context.tex: LaTeX macros with the hardware, versions, seeds and protocol.")
          .blocks.push_back(reports::html_preformatted(context));
  }
  return report;
}

// The figure formats: svg (default), pdf and png beside it, or none.
void choose_figures(const po::variables_map& vm, StudyOutput& out) {
  for (const std::string& f : list_flag(vm, "figures")) {
    if (f == "none") {
      out.figures = false;
    } else if (f == "pdf" || f == "png") {
      out.conversions.push_back(f);
    } else if (f != "svg") {
      throw Error(unknown_name_message("figure format", f, {"svg", "pdf", "png", "none"}));
    }
  }
  if (!out.conversions.empty() && !reports::figures::svg_converter_available())
    throw Error("--figures " + out.conversions.front() +
                " needs rsvg-convert on PATH (Debian: apt-get install librsvg2-bin); --figures svg works without it");
}

// The page title names the store (or benchmark file) the report comes from.
std::string page_title(const std::string& store_path) {
  return "imbench report: " + std::filesystem::path(store_path).stem().string();
}

int run(const std::vector<std::string>& args) {
  po::options_description options = report_options();
  po::positional_options_description positional;
  positional.add("store", 1);
  po::variables_map vm;
  po::store(po::command_line_parser(args).options(options).positional(positional).run(), vm);
  po::notify(vm);
  if (vm.count("help")) {
    std::cout << options
              << "\nWrites results.{md,tex,csv} (and failures.csv when tasks failed); with two or more pipelines "
                 "datasets_<metric>.{md,tex,csv}\n(and baseline_<metric>.csv with --baseline); timing.{md,tex,csv}; "
                 "results_long.csv with csv; context.tex with latex;\nstats.* with --stats; benchmarks.* with "
                 "--benchmark-json; figures cd_<metric>.svg, timing.svg, roc_/pr_<data set>.svg;\nand with html one "
                 "self-contained report.html holding all of it. See reports/README.md.\n";
    return 0;
  }
  const bool has_store = vm.count("store") > 0, has_benchmarks = vm.count("benchmark-json") > 0;
  if (!has_store && !has_benchmarks)
    throw Error("no result store given; usage: imbench report STORE [options] or imbench report --benchmark-json FILE");

  reports::ReportOptions report_options;
  report_options.formats = vm.count("format") ? list_flag(vm, "format")
                                               : std::vector<std::string>{"md", "latex", "csv", "html"};
  report_options.metrics = list_flag(vm, "metric");
  report_options.decimals = vm["digits"].as<int>();
  if (report_options.decimals < 0 || report_options.decimals > 12)
    throw Error("--digits " + std::to_string(report_options.decimals) + " is out of bounds [0, 12]");
  report_options.latex_standalone = vm.count("standalone") > 0;
  for (const char* needs_store : {"stats", "baseline"})
    if (!has_store && vm.count(needs_store)) throw Error(std::string("--") + needs_store + " needs a result store");

  const std::string source = has_store ? vm["store"].as<std::string>() : vm["benchmark-json"].as<std::string>();
  StudyOutput out;
  out.dir = vm.count("output") ? std::filesystem::path(vm["output"].as<std::string>()) : default_output(source);
  out.files = report_options;
  out.files.formats.clear();
  for (const std::string& f : report_options.formats) {
    if (f == "html")
      out.html = true;
    else
      out.files.formats.push_back(f);
  }
  choose_figures(vm, out);
  std::optional<reports::Report> report;
  if (has_store) report = report_store(source, vm, report_options, out);
  if (has_benchmarks) {
    const std::string json_path = vm["benchmark-json"].as<std::string>();
    std::ifstream in(json_path, std::ios::binary);
    if (!in) throw Error("--benchmark-json: cannot read '" + json_path + "'");
    std::stringstream text;
    text << in.rdbuf();
    out.tables({reports::benchmark_table(text.str(), json_path)}, "benchmarks", {"benchmarks"}, "Micro-benchmarks");
  }
  if (out.html) {
    const std::string subtitle = has_store ? "Result store " + source : "Benchmark results " + source;
    out.add(reports::write_text_file(out.dir / "report.html",
                                     reports::html_page(page_title(source), subtitle, out.sections)));
  }
  const bool print = vm.count("print") > 0;
  if (print && report) std::cout << reports::markdown_text(*report);
  std::ostream& listing = print ? std::cerr : std::cout;
  for (const auto& file : out.written) listing << "wrote " << file.string() << "\n";
  return 0;
}

}  // namespace

IMBENCH_REGISTER_COMMAND({"report", "tables of a result store or benchmark JSON: Markdown, LaTeX (booktabs), CSV, HTML", run})

}  // namespace imbench::cli
