// npz: a zip of .npy arrays, one feature matrix and one label vector.
#include <cmath>
#include <filesystem>

#include "core/error.hpp"
#include "datasets/lib/encoding.hpp"
#include "datasets/lib/importers.hpp"
#include "datasets/lib/npy_array.hpp"
#include "datasets/lib/text_table.hpp"
#include "datasets/lib/zip_archive.hpp"

namespace imbench {
namespace {

std::string member_for(const ZipArchive& zip, const std::string& key, const std::string& option,
                       const std::vector<std::string>& defaults, const std::string& path) {
  std::vector<std::string> keys;
  for (auto name : zip.names()) {
    if (name.size() > 4 && name.compare(name.size() - 4, 4, ".npy") == 0) name.resize(name.size() - 4);
    keys.push_back(name);
  }
  std::vector<std::string> wanted = key.empty() ? defaults : std::vector<std::string>{key};
  for (const auto& w : wanted)
    if (zip.contains(w + ".npy")) return w + ".npy";
  if (!key.empty()) throw Error("file '" + path + "': " + unknown_name_message(option + " array", key, keys));
  std::string tried;
  for (const auto& w : defaults) tried += (tried.empty() ? "'" : "' or '") + w;
  throw Error("file '" + path + "': no " + tried + "' array; choose one with " + option + " (arrays: " +
              [&] {
                std::string s;
                for (const auto& k : keys) s += (s.empty() ? "" : ", ") + k;
                return s;
              }() + ")");
}

}  // namespace

Dataset import_npz(const std::string& path, const ImportOptions& options) {
  ZipArchive zip(path);
  const std::string x_member = member_for(zip, options.x_key, "--x-key", {"data", "X"}, path);
  const std::string y_member = member_for(zip, options.y_key, "--y-key", {"label", "y"}, path);
  const std::string x_where = "file '" + path + "', array '" + x_member + "'";
  const std::string y_where = "file '" + path + "', array '" + y_member + "'";
  NpyArray x = parse_npy(zip.extract(x_member), x_where);
  NpyArray y = parse_npy(zip.extract(y_member), y_where);
  if (x.kind == 'U') throw Error(x_where + ": features must be numbers, not strings");
  if (x.shape.size() != 2) throw Error(x_where + ": expected a 2-d array, got " + std::to_string(x.shape.size()) + "-d");
  const std::size_t n = x.shape[0], p = x.shape[1];
  if (y.shape.size() != 1 && !(y.shape.size() == 2 && y.shape[1] == 1))
    throw Error(y_where + ": expected a 1-d label vector");
  if (y.size() != n)
    throw Error(y_where + ": " + std::to_string(y.size()) + " labels for " + std::to_string(n) + " rows of X");

  std::vector<std::size_t> kept;
  for (std::size_t i = 0; i < n; ++i) {
    bool complete = y.kind == 'U' ? !is_missing_value(y.texts[i]) : std::isfinite(y.numbers[i]);
    for (std::size_t j = 0; j < p && complete; ++j) complete = std::isfinite(x.numbers[i * p + j]);
    if (complete) {
      kept.push_back(i);
      continue;
    }
    if (!options.drop_missing)
      throw Error("file '" + path + "', row " + std::to_string(i) +
                  ": missing or non-finite value (use --drop-missing to drop such rows)");
  }
  if (kept.empty()) throw Error("file '" + path + "': no complete rows");

  Dataset d;
  d.name = import_name(path, options);
  d.X.resize(static_cast<Eigen::Index>(kept.size()), static_cast<Eigen::Index>(p));
  std::vector<std::string> labels;
  for (std::size_t r = 0; r < kept.size(); ++r) {
    const std::size_t i = kept[r];
    for (std::size_t j = 0; j < p; ++j) d.X(static_cast<Eigen::Index>(r), static_cast<Eigen::Index>(j)) = x.numbers[i * p + j];
    if (y.kind == 'U') labels.push_back(y.texts[i]);
    else if (y.kind == 'b') labels.push_back(y.numbers[i] != 0 ? "True" : "False");
    else labels.push_back(number_text(y.numbers[i]));
  }
  for (std::size_t j = 0; j < p; ++j) d.feature_names.push_back("x" + std::to_string(j));
  d.categorical.assign(p, 0);
  EncodedValues encoded = encode_values(labels);
  d.y = std::move(encoded.codes);
  d.class_names = std::move(encoded.levels);
  assign_task(d, options.positive, "file '" + path + "'");
  d.attributes["imported_from"] = std::filesystem::path(path).filename().string();
  d.attributes["import_format"] = "npz";
  if (kept.size() != n) d.attributes["dropped_rows"] = std::to_string(n - kept.size());
  return d;
}

const std::vector<std::string>& import_formats() {
  static const std::vector<std::string> formats = {"csv", "arff", "keel", "npz"};
  return formats;
}

Dataset import_dataset(const std::string& path, const std::string& format, const ImportOptions& options) {
  if (format == "csv") return import_csv(path, options);
  if (format == "arff") return import_arff(path, options);
  if (format == "keel") return import_keel(path, options);
  if (format == "npz") return import_npz(path, options);
  throw Error(unknown_name_message("import format", format, import_formats()));
}

}  // namespace imbench
