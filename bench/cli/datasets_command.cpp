// imbench datasets: import, inspect, generate and list data sets.
#include <boost/program_options.hpp>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>

#include "bench/cli/command.hpp"
#include "core/error.hpp"
#include "datasets/lib/catalogue.hpp"
#include "datasets/lib/generators.hpp"
#include "datasets/lib/hdf5_file.hpp"
#include "datasets/lib/importers.hpp"
#include "datasets/lib/relevance.hpp"

namespace imbench::cli {
namespace {
namespace po = boost::program_options;

const char* kUsage =
    "usage: imbench datasets import FILE [--format csv|arff|keel|npz] [--target COL] [--positive LABEL]\n"
    "                               -o OUT.h5 [--name N --source S --licence L --citation C --provenance FILE]\n"
    "                               [--drop-missing] [--x-key K --y-key K] [--task regression]\n"
    "       imbench datasets info FILE.h5|NAME|SPEC\n"
    "       imbench datasets generate SPEC -o OUT.h5\n"
    "       imbench datasets list\n";

po::variables_map parse(const std::vector<std::string>& args, const po::options_description& named,
                        const std::string& positional_name, int positional_count) {
  po::positional_options_description positional;
  if (positional_count > 0) positional.add(positional_name.c_str(), positional_count);
  po::variables_map vm;
  po::store(po::command_line_parser(args).options(named).positional(positional).run(), vm);
  po::notify(vm);
  return vm;
}

std::string format_from_extension(const std::string& path) {
  std::string ext = std::filesystem::path(path).extension().string();
  if (ext == ".csv" || ext == ".tsv" || ext == ".txt") return "csv";
  if (ext == ".arff") return "arff";
  if (ext == ".dat") return "keel";
  if (ext == ".npz") return "npz";
  throw Error("cannot tell the format of '" + path + "' from its extension; give --format csv|arff|keel|npz");
}

std::string read_text_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw Error("--provenance file '" + path + "' cannot be opened");
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

void write_to(const Dataset& d, const std::string& out) {
  write_dataset(d, out);
  std::cout << "wrote " << out << ": " << d.n_samples() << " x " << d.n_features() << ", "
            << (d.task == Task::Regression ? std::string("regression") : std::to_string(d.n_classes()) + " classes")
            << ", IR " << d.imbalance_ratio() << ", hash " << d.content_hash().hex() << "\n";
}

int run_import(const std::vector<std::string>& args) {
  po::options_description named("imbench datasets import options");
  std::string file, format, out, provenance, task;
  ImportOptions options;
  std::map<std::string, std::string> given;
  named.add_options()("help,h", "show this help")("file", po::value(&file)->required(), "input file")(
      "format", po::value(&format), "csv, arff, keel or npz (default: from the extension)")(
      "target", po::value(&options.target), "target column name or 0-based index (default: KEEL @outputs or last)")(
      "positive", po::value(&options.positive), "label of the positive class (binary; default: the minority)")(
      "output,o", po::value(&out)->required(), "the .h5 file to write")(
      "name", po::value(&options.name), "data set name (default: the file stem)")(
      "source", po::value(&given["source"]), "where the data comes from")(
      "licence", po::value(&given["licence"]), "its licence")("citation", po::value(&given["citation"]), "what to cite")(
      "provenance", po::value(&provenance), "a text file stored in the 'provenance' attribute")(
      "drop-missing", po::bool_switch(&options.drop_missing), "drop rows with missing values instead of failing")(
      "x-key", po::value(&options.x_key), "npz: the feature array (default data, else X)")(
      "y-key", po::value(&options.y_key), "npz: the label array (default label, else y)")(
      "task", po::value(&task), "'regression': store the target as float64 numbers (default: classification)");
  if (std::find(args.begin(), args.end(), "--help") != args.end() || std::find(args.begin(), args.end(), "-h") != args.end()) {
    std::cout << kUsage << "\n" << named;
    return 0;
  }
  parse(args, named, "file", 1);
  if (format.empty()) format = format_from_extension(file);
  if (!task.empty() && task != "regression") throw Error("--task must be 'regression' (or left out), got '" + task + "'");
  Dataset d = import_dataset(file, format, options);
  if (task == "regression") convert_to_regression(d);
  for (const auto& [key, value] : given)
    if (!value.empty()) d.attributes[key] = value;
  if (!provenance.empty()) d.attributes["provenance"] = read_text_file(provenance);
  write_to(d, out);
  return 0;
}

int run_generate(const std::vector<std::string>& args) {
  po::options_description named("imbench datasets generate options");
  std::string spec, out;
  named.add_options()("help,h", "show this help")("spec", po::value(&spec)->required(), "generator spec")(
      "output,o", po::value(&out)->required(), "the .h5 file to write");
  if (std::find(args.begin(), args.end(), "--help") != args.end()) {
    std::cout << kUsage << "\n" << named << "\ngenerators: make_classification, make_imbalance\n";
    return 0;
  }
  parse(args, named, "spec", 1);
  if (!is_generator_reference(spec))
    throw Error(unknown_name_message("generator", parse_spec(spec).name, generator_names()));
  write_to(generate_dataset(spec), out);
  return 0;
}

int run_info(const std::vector<std::string>& args) {
  po::options_description named("imbench datasets info options");
  std::string reference;
  named.add_options()("help,h", "show this help")("reference", po::value(&reference)->required(),
                                                    ".h5 path, bundled name or generator spec");
  if (std::find(args.begin(), args.end(), "--help") != args.end()) {
    std::cout << kUsage << "\n" << named;
    return 0;
  }
  parse(args, named, "reference", 1);
  Dataset d = load_dataset(reference);
  std::cout << "name:            " << d.name << "\n";
  if (!d.path.empty()) std::cout << "file:            " << d.path << "\n";
  std::size_t n_categorical = std::count(d.categorical.begin(), d.categorical.end(), 1);
  std::cout << "shape:           " << d.n_samples() << " x " << d.n_features() << " (" << n_categorical
            << " categorical)\n";
  std::cout << "task:            " << to_string(d.task) << "\n";
  if (d.task == Task::Regression) {
    std::vector<double> sorted = d.target;
    std::sort(sorted.begin(), sorted.end());
    const std::size_t m = sorted.size();
    std::cout << "target:          min " << sorted.front() << ", median "
              << (m % 2 ? sorted[m / 2] : (sorted[m / 2 - 1] + sorted[m / 2]) / 2) << ", max " << sorted.back()
              << "\n";
    std::cout << "rare targets:    " << regression::rare_percent(d.target)
              << " % (relevance >= 0.5, box-plot extremes, both tails)\n";
  } else {
    auto counts = class_counts(d.y, d.n_classes());
    std::cout << "classes:\n";
    for (int c = 0; c < d.n_classes(); ++c)
      std::cout << "  " << c << "  " << d.class_names[c] << "  " << counts[c]
                << (c == d.positive_class ? "  (positive)" : "") << "\n";
    std::cout << "imbalance ratio: " << d.imbalance_ratio() << "\n";
  }
  std::cout << "content hash:    " << d.content_hash().hex() << "\n";
  for (const auto& [key, value] : d.attributes) {
    std::string shown = value;
    if (shown.size() > 200) shown = shown.substr(0, 200) + "... (" + std::to_string(value.size()) + " chars)";
    std::replace(shown.begin(), shown.end(), '\n', ' ');
    std::cout << key << ": " << shown << "\n";
  }
  return 0;
}

int run_list(const std::vector<std::string>& args) {
  if (!args.empty() && (args[0] == "--help" || args[0] == "-h")) {
    std::cout << kUsage;
    return 0;
  }
  if (!args.empty()) throw Error("'datasets list' takes no arguments (got '" + args[0] + "')");
  auto names = bundled_dataset_names();
  std::printf("%-24s %8s %6s %8s %9s\n", "name", "n", "d", "classes", "IR");
  for (const auto& name : names) {
    Dataset d = load_dataset(name);
    std::printf("%-24s %8zu %6zu %8d %9.2f\n", name.c_str(), d.n_samples(), d.n_features(), d.n_classes(),
                d.imbalance_ratio());
  }
  std::cout << names.size() << " bundled data sets in " << bundled_data_dir() << "\n";
  return 0;
}

int run_datasets(const std::vector<std::string>& args) {
  if (args.empty() || args[0] == "--help" || args[0] == "-h") {
    (args.empty() ? std::cerr : std::cout) << kUsage;
    return args.empty() ? 2 : 0;
  }
  std::vector<std::string> rest(args.begin() + 1, args.end());
  if (args[0] == "import") return run_import(rest);
  if (args[0] == "info") return run_info(rest);
  if (args[0] == "generate") return run_generate(rest);
  if (args[0] == "list") return run_list(rest);
  throw Error(unknown_name_message("datasets action", args[0], {"import", "info", "generate", "list"}));
}

}  // namespace

IMBENCH_REGISTER_COMMAND({"datasets", "import, inspect, generate and list data sets", run_datasets})

}  // namespace imbench::cli
