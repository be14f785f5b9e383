#include "bench/engine/experiment.hpp"

#include <yaml-cpp/yaml.h>

#include <cctype>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>

#include "core/error.hpp"
#include "core/params.hpp"

namespace imbench {
namespace {

namespace fs = std::filesystem;

// Reads one YAML document, turning every problem into an Error that names
// the source, the position and the field.
class Reader {
 public:
  explicit Reader(std::string source) : source_(std::move(source)) {}

  std::string where(const YAML::Node& node) const { return where(node.Mark()); }
  std::string where(const YAML::Mark& mark) const {
    if (mark.is_null()) return source_;
    return source_ + ":" + std::to_string(mark.line + 1) + ":" + std::to_string(mark.column + 1);
  }
  [[noreturn]] void fail(const YAML::Node& node, const std::string& field, const std::string& message) const {
    throw Error(where(node) + ": field '" + field + "': " + message);
  }

  std::string scalar(const YAML::Node& node, const std::string& field) const {
    if (!node.IsScalar()) fail(node, field, "expected a single value");
    return node.Scalar();
  }
  long long integer(const YAML::Node& node, const std::string& field, long long min) const {
    std::string text = scalar(node, field);
    std::size_t used = 0;
    long long value = 0;
    try {
      value = std::stoll(text, &used);
    } catch (const std::exception&) {
      used = 0;
    }
    if (used == 0 || used != text.size()) fail(node, field, "expected an integer, got '" + text + "'");
    if (value < min) fail(node, field, "must be at least " + std::to_string(min) + ", got " + text);
    return value;
  }
  double real(const YAML::Node& node, const std::string& field) const {
    std::string text = scalar(node, field);
    std::size_t used = 0;
    double value = 0;
    try {
      value = std::stod(text, &used);
    } catch (const std::exception&) {
      used = 0;
    }
    if (used == 0 || used != text.size()) fail(node, field, "expected a number, got '" + text + "'");
    return value;
  }
  bool boolean(const YAML::Node& node, const std::string& field) const {
    std::string text = scalar(node, field);
    if (text == "true") return true;
    if (text == "false") return false;
    fail(node, field, "expected true or false, got '" + text + "'");
  }
  // A list of strings; a single string is taken as a list of one.
  std::vector<Entry> entries(const YAML::Node& node, const std::string& field) const {
    std::vector<Entry> out;
    if (node.IsScalar()) return {{node.Scalar(), where(node)}};
    if (!node.IsSequence()) fail(node, field, "expected a list");
    for (std::size_t i = 0; i < node.size(); ++i)
      out.push_back({scalar(node[i], field + "[" + std::to_string(i) + "]"), where(node[i])});
    if (out.empty()) fail(node, field, "the list is empty");
    return out;
  }
  // Checks that a mapping holds only known keys.
  void known_keys(const YAML::Node& map, const std::string& what, const std::vector<std::string>& known) const {
    if (!map.IsMap()) fail(map, what, "expected a mapping of fields");
    for (const auto& item : map) {
      std::string key = item.first.Scalar();
      bool ok = false;
      for (const auto& k : known) ok = ok || k == key;
      if (!ok) throw Error(where(item.first) + ": " + unknown_name_message(what + " field", key, known));
    }
  }

 private:
  std::string source_;
};

CvScheme read_cv(const Reader& r, const YAML::Node& node) {
  r.known_keys(node, "cv", {"method", "folds", "repeats", "test_fraction"});
  CvScheme cv;
  if (node["test_fraction"]) cv.method = CvMethod::StratifiedHoldout;
  if (node["method"]) {
    try {
      cv.method = cv_method_from_string(r.scalar(node["method"], "cv.method"));
    } catch (const Error& e) {
      r.fail(node["method"], "cv.method", e.what());
    }
  }
  if (node["folds"]) {
    if (cv.method != CvMethod::StratifiedKFold)
      r.fail(node["folds"], "cv.folds", "applies to stratified_kfold only");
    cv.folds = static_cast<int>(r.integer(node["folds"], "cv.folds", 2));
  }
  if (node["repeats"]) cv.repeats = static_cast<int>(r.integer(node["repeats"], "cv.repeats", 1));
  if (node["test_fraction"]) {
    if (cv.method != CvMethod::StratifiedHoldout)
      r.fail(node["test_fraction"], "cv.test_fraction", "applies to stratified_holdout only");
    cv.test_fraction = r.real(node["test_fraction"], "cv.test_fraction");
    if (!(cv.test_fraction > 0 && cv.test_fraction < 1))
      r.fail(node["test_fraction"], "cv.test_fraction", "must be in (0, 1)");
  }
  return cv;
}

bool is_identifier(const std::string& s) {
  if (s.empty()) return false;
  for (char c : s)
    if (!(std::isalnum(static_cast<unsigned char>(c)) || c == '_')) return false;
  return true;
}

std::string resolve_dataset_path(const std::string& reference, const std::string& base_dir) {
  bool is_file = reference.size() > 3 && reference.substr(reference.size() - 3) == ".h5";
  if (!is_file || base_dir.empty() || fs::path(reference).is_absolute()) return reference;
  return (fs::path(base_dir) / reference).lexically_normal().string();
}

}  // namespace

const std::vector<std::string>& default_metrics() {
  static const std::vector<std::string> metrics = {"precision", "accuracy", "recall", "f1", "balanced_accuracy", "g_mean", "mcc", "roc_auc"};
  return metrics;
}

Experiment empty_experiment() {
  Experiment e;
  for (const auto& m : default_metrics()) e.metrics.push_back({m, "default metrics"});
  return e;
}

Experiment parse_experiment(const std::string& text, const std::string& source, const std::string& base_dir) {
  Reader r(source);
  YAML::Node root;
  try {
    root = YAML::Load(text);
  } catch (const YAML::ParserException& e) {
    throw Error(r.where(e.mark) + ": not valid YAML: " + e.msg);
  }
  if (!root.IsMap()) throw Error(source + ": an experiment file is a mapping with fields such as datasets, pipelines");
  r.known_keys(root, "experiment",
               {"description", "datasets", "pipelines", "cv", "metrics", "seed", "threads", "store", "store_predictions"});
  Experiment e = empty_experiment();
  e.source = source;
  if (root["description"]) e.description = r.scalar(root["description"], "description");
  if (root["datasets"]) e.datasets = r.entries(root["datasets"], "datasets");
  for (Entry& d : e.datasets) d.text = resolve_dataset_path(d.text, base_dir);
  if (root["pipelines"]) e.pipelines = r.entries(root["pipelines"], "pipelines");
  if (root["metrics"]) e.metrics = r.entries(root["metrics"], "metrics");
  if (root["cv"]) e.cv = read_cv(r, root["cv"]);
  if (root["seed"]) e.seed = static_cast<std::uint64_t>(r.integer(root["seed"], "seed", 0));
  if (root["threads"]) e.threads = static_cast<int>(r.integer(root["threads"], "threads", 0));
  if (root["store"]) e.store = r.scalar(root["store"], "store");
  if (root["store_predictions"]) e.store_predictions = r.boolean(root["store_predictions"], "store_predictions");
  return e;
}

Experiment read_experiment_file(const std::string& path) {
  std::ifstream in(path);
  if (!in) throw Error("cannot read experiment file '" + path + "'");
  std::stringstream text;
  text << in.rdbuf();
  return parse_experiment(text.str(), path, fs::path(path).parent_path().string());
}

std::string default_store_path(const Experiment& experiment) {
  std::string stem = experiment.source.empty() ? "imbench" : fs::path(experiment.source).stem().string();
  return "results/" + stem + ".db";
}

std::vector<std::string> split_spec_list(const std::string& text) {
  std::vector<std::string> pieces;
  std::string current;
  int depth = 0;
  for (char c : text) {
    if (c == '{') ++depth;
    if (c == '}') --depth;
    if (c == ',' && depth == 0) {
      pieces.push_back(current);
      current.clear();
    } else {
      current += c;
    }
  }
  pieces.push_back(current);
  std::vector<std::string> out;
  for (const std::string& piece : pieces) {
    auto eq = piece.find('=');
    bool is_parameter = eq != std::string::npos && is_identifier(piece.substr(0, eq));
    if (is_parameter && !out.empty() && out.back().find(':') != std::string::npos) {
      out.back() += "," + piece;
    } else if (!piece.empty()) {
      out.push_back(piece);
    }
  }
  return out;
}

std::string Experiment::to_yaml() const {
  YAML::Emitter out;
  out << YAML::BeginMap;
  if (!description.empty()) out << YAML::Key << "description" << YAML::Value << description;
  auto list = [&](const char* key, const std::vector<Entry>& entries) {
    out << YAML::Key << key << YAML::Value << YAML::BeginSeq;
    for (const Entry& e : entries) out << e.text;
    out << YAML::EndSeq;
  };
  list("datasets", datasets);
  list("pipelines", pipelines);
  out << YAML::Key << "cv" << YAML::Value << YAML::BeginMap;
  out << YAML::Key << "method" << YAML::Value << to_string(cv.method);
  if (cv.method == CvMethod::StratifiedKFold) {
    out << YAML::Key << "folds" << YAML::Value << cv.folds;
  } else {
    out << YAML::Key << "test_fraction" << YAML::Value << canonical_number(cv.test_fraction);
  }
  out << YAML::Key << "repeats" << YAML::Value << cv.repeats << YAML::EndMap;
  list("metrics", metrics);
  out << YAML::Key << "seed" << YAML::Value << seed;
  out << YAML::Key << "threads" << YAML::Value << threads;
  if (!store.empty()) out << YAML::Key << "store" << YAML::Value << store;
  if (store_predictions) out << YAML::Key << "store_predictions" << YAML::Value << true;
  out << YAML::EndMap;
  return std::string(out.c_str()) + "\n";
}

}  // namespace imbench
