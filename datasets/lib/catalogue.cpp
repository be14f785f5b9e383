#include "datasets/lib/catalogue.hpp"

#include <algorithm>
#include <cstdlib>
#include <filesystem>

#include "core/error.hpp"
#include "datasets/lib/generators.hpp"
#include "datasets/lib/hdf5_file.hpp"

namespace imbench {
namespace fs = std::filesystem;

std::string bundled_data_dir() {
  if (const char* dir = std::getenv("IMBENCH_DATA_DIR"); dir && *dir) return dir;
  return std::string(IMBENCH_SOURCE_DIR) + "/datasets/bundled";
}

std::vector<std::string> bundled_dataset_names() {
  std::vector<std::string> names;
  std::error_code ec;
  for (const auto& entry : fs::directory_iterator(bundled_data_dir(), ec))
    if (entry.is_regular_file() && entry.path().extension() == ".h5") names.push_back(entry.path().stem().string());
  std::sort(names.begin(), names.end());
  return names;
}

Dataset load_dataset(const std::string& reference) {
  if (reference.empty()) throw Error("data set reference is empty (a bundled name, an .h5 path or a generator spec)");
  std::error_code ec;
  if (fs::is_regular_file(reference, ec)) return read_dataset(reference);
  if (is_generator_reference(reference)) return generate_dataset(reference);
  const bool looks_like_path = reference.find('/') != std::string::npos ||
                               (reference.size() > 3 && reference.compare(reference.size() - 3, 3, ".h5") == 0);
  if (looks_like_path) throw Error("data set file '" + reference + "' does not exist");
  const std::string bundled = bundled_data_dir() + "/" + reference + ".h5";
  if (fs::is_regular_file(bundled, ec)) {
    Dataset d = read_dataset(bundled);
    d.name = reference;  // the catalogue name is the identity users write in experiments
    return d;
  }
  std::vector<std::string> candidates = bundled_dataset_names();
  candidates.insert(candidates.end(), generator_names().begin(), generator_names().end());
  throw Error(unknown_name_message("data set", reference, candidates) + " (bundled in " + bundled_data_dir() +
              "; or give an .h5 path or a generator spec)");
}

}  // namespace imbench
