// A data set in memory, as read from the HDF5 format (see datasets/README.md).
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "core/hash.hpp"
#include "core/types.hpp"

namespace imbench {

enum class Task { Binary, Multiclass, Regression };
const char* to_string(Task task);

struct Dataset {
  std::string name;                      // bundled name or file stem
  std::string path;                      // where it was read from ("" if generated)
  Task task = Task::Binary;
  Matrix X;                              // n x d, float64
  Labels y;                              // class index per row, 0..K-1 (empty for regression)
  std::vector<double> target;            // regression only: the float target of each row
  std::vector<std::string> class_names;  // original label text of each class index
  int positive_class = -1;               // index of the positive class (binary), else -1
  std::vector<std::string> feature_names;
  std::vector<std::uint8_t> categorical;  // 1 where feature j is nominal (ordinal codes in X)
  std::map<std::string, std::string> attributes;  // source, licence, citation, ...

  int n_classes() const { return static_cast<int>(class_names.size()); }
  std::size_t n_samples() const { return static_cast<std::size_t>(X.rows()); }
  std::size_t n_features() const { return static_cast<std::size_t>(X.cols()); }
  double imbalance_ratio() const;  // majority count / minority count; 0 for regression

  // Hash of X, y, class names, positive class and categorical mask; the
  // identity of the data in task keys and random stream keys.
  Hash128 content_hash() const;

  // Throws Error (naming `path` or `name`) when shapes disagree, X holds
  // NaN/inf, a label is out of range, or fewer than two classes are present.
  void validate() const;
};

// Turns a target imported as class labels into a float regression target:
// every class name must be a number. Throws Error naming the data set otherwise.
void convert_to_regression(Dataset& d);

}  // namespace imbench
