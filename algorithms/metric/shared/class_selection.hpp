// The `average` and `class` parameters shared by every metric that has a
// value per class (precision, recall, F, specificity, G-mean, ROC AUC, AP).
#pragma once

#include <string>
#include <vector>

#include "core/params.hpp"
#include "core/plugin.hpp"

namespace imbench::metric {

// The averages of scikit-learn, plus `auto` (binary on two-class tasks, macro
// otherwise) so one spec works for every task.
inline const std::vector<std::string> kStandardAverages = {"auto", "binary", "macro", "weighted", "micro"};

// Adds `average` (one of `averages`, default `default_average`) and `class`
// (-1, or a class index whose one-vs-rest value is reported alone).
void add_class_selection(ParamSchema& schema, const std::string& default_average,
                         const std::vector<std::string>& averages);

// Which value a metric reports once the task is known.
enum class Scope {
  OneClass,   // the one-vs-rest value of `cls` (also what `binary` becomes)
  Binary,     // the positive class, with imbalanced-learn's rule for an absent one
  Macro,      // unweighted mean over the classes
  Weighted,   // mean weighted by each class's number of true samples
  Micro,      // the value of the counts (or scores) pooled over classes
  Multiclass  // G-mean only: geometric mean of the per-class recalls
};

struct Target {
  Scope scope;
  int cls = -1;  // for OneClass and Binary
};

class ClassSelection {
 public:
  // Reads the parameters declared by add_class_selection. A `class` with a
  // non-default `average` is an Error: the pair would name one value twice.
  ClassSelection(const Params& params, const std::string& metric, const std::string& default_average);

  // Resolves `auto`, `binary` and `class` against the task; Errors name the
  // metric and parameter (`binary` on a multi-class task, class out of range).
  Target resolve(const Predictions& p) const;

 private:
  std::string metric_;
  std::string average_;
  int cls_;
};

}  // namespace imbench::metric
