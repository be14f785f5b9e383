// `imbench plot cd|roc|pr|scatter|timing ...`: one figure as SVG (and PDF or
// PNG through rsvg-convert) from a result store, or from a data set for scatter.
#include <boost/program_options.hpp>

#include <algorithm>
#include <cctype>
#include <iostream>
#include <tuple>

#include "bench/cli/command.hpp"
#include "bench/engine/experiment.hpp"
#include "bench/engine/result_store.hpp"
#include "core/error.hpp"
#include "datasets/lib/catalogue.hpp"
#include "reports/lib/aggregate.hpp"
#include "reports/lib/figures/cd_diagram.hpp"
#include "reports/lib/figures/convert.hpp"
#include "reports/lib/figures/curves.hpp"
#include "reports/lib/figures/scatter.hpp"
#include "reports/lib/figures/timing.hpp"
#include "reports/lib/report_figures.hpp"

namespace imbench::cli {
namespace {

namespace po = boost::program_options;
namespace fig = reports::figures;

constexpr const char* kUsage = R"(usage: imbench plot KIND INPUT [options]

kinds:
  cd STORE --metric M        critical-difference diagram of the pipelines over the data sets
                             (Nemenyi; with --control P, Bonferroni-Dunn against pipeline P)
  roc STORE --dataset D      ROC curves, one per pipeline (needs imbench run --store-predictions)
  pr STORE --dataset D       precision-recall curves, likewise
  scatter DATA --resample S  two features of a data set before and after a resampler
  timing STORE               median wall time per stage, one stacked bar per pipeline

See `imbench plot KIND --help` for the options of each kind.
)";

po::options_description options_for(const std::string& kind) {
  po::options_description o("imbench plot " + kind + " " + (kind == "scatter" ? "DATA" : "STORE") + " [options]");
  o.add_options()("help,h", "show this help")("output,o", po::value<std::string>(),
                                                "the SVG file to write (default: KIND[_DATASET].svg here)")(
      "pdf", "also write a PDF beside the SVG (needs rsvg-convert, Debian package librsvg2-bin)")(
      "png", "also write a PNG beside the SVG (needs rsvg-convert)");
  if (kind == "cd")
    o.add_options()("metric", po::value<std::string>(), "test metric to rank by, e.g. balanced_accuracy (required)")(
        "alpha", po::value<double>()->default_value(0.05), "significance level")(
        "control", po::value<std::string>(),
        "draw Bonferroni-Dunn's critical interval around this pipeline (canonical spec or short label)");
  if (kind == "roc" || kind == "pr")
    o.add_options()("dataset", po::value<std::string>(), "the data set, by its stored name (required)")(
        "pipeline", po::value<std::vector<std::string>>()->composing(),
        "only these pipelines (canonical spec or short label); repeatable")(
        "repeat", po::value<int>()->default_value(0), "which repeat's pooled test predictions to draw");
  if (kind == "timing") o.add_options()("dataset", po::value<std::string>(), "only this data set (default: all)");
  if (kind == "scatter")
    o.add_options()("resample", po::value<std::string>(), "resampler spec, e.g. smote:k_neighbors=5 (required)")(
        "features", po::value<std::string>()->default_value("0,1"), "the two feature indices shown, i,j")(
        "seed", po::value<unsigned long long>()->default_value(1), "seed of the resampler's stream");
  return o;
}

std::string required(const po::variables_map& vm, const char* name, const std::string& kind) {
  if (!vm.count(name)) throw Error("imbench plot " + kind + " needs --" + name + " (see imbench plot " + kind + " --help)");
  return vm[name].as<std::string>();
}

std::pair<std::size_t, std::size_t> parse_features(const std::string& text) {
  std::vector<std::string> parts = split_spec_list(text);
  auto index = [&](const std::string& s) {
    std::size_t used = 0;
    long long v = -1;
    try {
      v = std::stoll(s, &used);
    } catch (const std::exception&) {
      used = 0;
    }
    if (used == 0 || used != s.size() || v < 0) throw Error("--features '" + text + "': '" + s + "' is not a feature index");
    return static_cast<std::size_t>(v);
  };
  if (parts.size() != 2) throw Error("--features '" + text + "': expected two indices, e.g. 0,1");
  return {index(parts[0]), index(parts[1])};
}

fig::Svg make_figure(const std::string& kind, const std::string& input, const po::variables_map& vm,
                     std::string& default_name) {
  if (kind == "scatter") {
    fig::ScatterOptions options;
    options.resampler = required(vm, "resample", kind);
    std::tie(options.feature_x, options.feature_y) = parse_features(vm["features"].as<std::string>());
    options.seed = vm["seed"].as<unsigned long long>();
    Dataset data = load_dataset(input);
    default_name = "scatter_" + reports::file_safe(data.name);
    return fig::scatter_figure(fig::resample_for_scatter(data, options));
  }
  ResultStore store = ResultStore::open_existing(input);
  std::vector<TaskResult> results = store.load_results();
  if (results.empty()) throw Error("result store '" + input + "' holds no tasks");
  if (kind == "cd") {
    fig::CdOptions options;
    options.metric = required(vm, "metric", kind);
    options.alpha = vm["alpha"].as<double>();
    if (vm.count("control")) {
      options.test = fig::CdTest::bonferroni_dunn;
      options.control = vm["control"].as<std::string>();
    }
    return fig::cd_diagram(fig::cd_diagram_from(reports::aggregate(results), options));
  }
  if (kind == "timing") {
    std::string dataset = vm.count("dataset") ? vm["dataset"].as<std::string>() : "";
    if (!dataset.empty()) default_name += "_" + reports::file_safe(dataset);
    return fig::timing_figure(fig::stage_medians(results, dataset));
  }
  const std::string dataset = required(vm, "dataset", kind);
  default_name += "_" + reports::file_safe(dataset);
  std::vector<std::string> pipelines;
  if (vm.count("pipeline")) pipelines = vm["pipeline"].as<std::vector<std::string>>();
  fig::PooledPredictions pooled =
      fig::pool_predictions(results, store.load_predictions(dataset), dataset, vm["repeat"].as<int>(), pipelines);
  for (const std::string& why : pooled.skipped) std::cerr << "imbench plot " << kind << ": left out " << why << "\n";
  return fig::curve_figure(pooled, kind == "roc" ? fig::CurveKind::roc : fig::CurveKind::pr);
}

int plot(const std::vector<std::string>& args) {
  static const std::vector<std::string> kinds = {"cd", "roc", "pr", "scatter", "timing"};
  if (args.empty() || args[0] == "--help" || args[0] == "-h") {
    (args.empty() ? std::cerr : std::cout) << kUsage;
    return args.empty() ? 2 : 0;
  }
  const std::string kind = args[0];
  if (std::find(kinds.begin(), kinds.end(), kind) == kinds.end())
    throw Error(unknown_name_message("plot kind", kind, kinds));
  po::options_description options = options_for(kind), all;
  all.add(options).add_options()("input", po::value<std::string>(), "");  // the positional STORE or DATA
  po::positional_options_description positional;
  positional.add("input", 1);
  po::variables_map vm;
  po::store(po::command_line_parser(std::vector<std::string>(args.begin() + 1, args.end()))
                .options(all)
                .positional(positional)
                .run(),
            vm);
  if (vm.count("help")) {
    std::cout << options;
    return 0;
  }
  if (!vm.count("input"))
    throw Error("imbench plot " + kind + " needs " + (kind == "scatter" ? "a data set" : "a result store") +
                " (see imbench plot " + kind + " --help)");
  std::vector<std::string> formats;
  for (const char* format : {"pdf", "png"})
    if (vm.count(format)) formats.push_back(format);
  if (!formats.empty() && !fig::svg_converter_available())
    throw Error("--" + formats.front() +
                " needs rsvg-convert on PATH (Debian: apt-get install librsvg2-bin); without it, write the SVG only");
  std::string default_name = kind;
  fig::Svg svg = make_figure(kind, vm["input"].as<std::string>(), vm, default_name);
  const std::string output = vm.count("output") ? vm["output"].as<std::string>() : default_name + ".svg";
  for (const std::string& path : fig::write_figure(svg, output, formats)) std::cout << path << "\n";
  return 0;
}

}  // namespace

IMBENCH_REGISTER_COMMAND({"plot", "draw a figure (cd, roc, pr, scatter, timing) as SVG, PDF or PNG", plot})

}  // namespace imbench::cli
