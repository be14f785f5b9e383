#include "datasets/lib/dataset.hpp"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <functional>

#include "core/error.hpp"

namespace imbench {

const char* to_string(Task task) {
  return task == Task::Binary ? "binary" : task == Task::Multiclass ? "multiclass" : "regression";
}

double Dataset::imbalance_ratio() const {
  if (task == Task::Regression) return 0.0;
  std::size_t largest = 0, smallest = 0;
  bool first = true;
  for (std::size_t count : class_counts(y, n_classes())) {
    if (count == 0) continue;  // a class with no rows does not define the ratio
    largest = first ? count : std::max(largest, count);
    smallest = first ? count : std::min(smallest, count);
    first = false;
  }
  return smallest == 0 ? 0.0 : static_cast<double>(largest) / static_cast<double>(smallest);
}

Hash128 Dataset::content_hash() const {
  Hasher h;
  h.text("imbench-dataset-v1").u64(n_samples()).u64(n_features());
  // Row-major doubles in little-endian bytes; -0.0 and 0.0 differ, which is fine for an identity.
  h.bytes(X.data(), sizeof(double) * static_cast<std::size_t>(X.size()));
  std::vector<std::int32_t> codes(y.begin(), y.end());
  h.bytes(codes.data(), sizeof(std::int32_t) * codes.size());
  if (task == Task::Regression) h.text("regression-target").bytes(target.data(), sizeof(double) * target.size());
  h.u64(class_names.size());
  for (const auto& c : class_names) h.text(c);
  h.u64(static_cast<std::uint64_t>(static_cast<std::int64_t>(positive_class)));
  // An empty mask means "no categorical feature": hash it as all zeros so both spellings agree.
  std::vector<std::uint8_t> mask(n_features(), 0);
  for (std::size_t j = 0; j < std::min(mask.size(), categorical.size()); ++j) mask[j] = categorical[j] ? 1 : 0;
  h.bytes(mask.data(), mask.size());
  return h.digest();
}

void Dataset::validate() const {
  const std::string where = "data set '" + (path.empty() ? name : path) + "'";
  auto fail = [&](const std::string& why) { return Error(where + ": " + why); };
  if (task == Task::Regression) {
    if (!y.empty() || !class_names.empty() || positive_class != -1)
      throw fail("a regression task has no class labels, class names or positive class");
    if (target.size() != n_samples())
      throw fail("target has " + std::to_string(target.size()) + " values but X has " + std::to_string(n_samples()) +
                 " rows");
    for (std::size_t i = 0; i < target.size(); ++i)
      if (!std::isfinite(target[i])) throw fail("target[" + std::to_string(i) + "] is not finite");
    if (std::adjacent_find(target.begin(), target.end(), std::not_equal_to<>()) == target.end())
      throw fail("the regression target is constant");
  } else if (!target.empty()) {
    throw fail("a classification task has no float target");
  } else if (y.size() != n_samples())
    throw fail("y has " + std::to_string(y.size()) + " labels but X has " + std::to_string(n_samples()) + " rows");
  if (!feature_names.empty() && feature_names.size() != n_features())
    throw fail("feature_names has " + std::to_string(feature_names.size()) + " entries but X has " +
               std::to_string(n_features()) + " columns");
  if (!categorical.empty() && categorical.size() != n_features())
    throw fail("categorical mask has " + std::to_string(categorical.size()) + " entries but X has " +
               std::to_string(n_features()) + " columns");
  for (Eigen::Index i = 0; i < X.rows(); ++i)
    for (Eigen::Index j = 0; j < X.cols(); ++j)
      if (!std::isfinite(X(i, j)))
        throw fail("X[" + std::to_string(i) + "][" + std::to_string(j) + "] is not finite");
  const int k = n_classes();
  if (task != Task::Regression) {
    for (std::size_t i = 0; i < y.size(); ++i)
      if (y[i] < 0 || y[i] >= k)
        throw fail("y[" + std::to_string(i) + "] = " + std::to_string(y[i]) + " is outside the class codes 0.." +
                   std::to_string(k - 1));
    auto counts = class_counts(y, k);
    auto present = std::count_if(counts.begin(), counts.end(), [](std::size_t c) { return c > 0; });
    if (present < 2) throw fail("fewer than two classes are present (" + std::to_string(present) + ")");
    if ((task == Task::Binary) != (k == 2))
      throw fail(std::string("task is '") + to_string(task) + "' but there are " + std::to_string(k) + " classes");
    if (task == Task::Binary && (positive_class < 0 || positive_class >= k))
      throw fail("positive class index " + std::to_string(positive_class) + " is not a class of a binary task");
    if (task == Task::Multiclass && positive_class != -1)
      throw fail("a multiclass task has no positive class (index " + std::to_string(positive_class) + ")");
  }
  for (std::size_t j = 0; j < categorical.size(); ++j) {
    if (!categorical[j]) continue;
    for (Eigen::Index i = 0; i < X.rows(); ++i) {
      double v = X(i, static_cast<Eigen::Index>(j));
      if (v < 0 || v != std::floor(v))
        throw fail("categorical feature " + std::to_string(j) + " holds " + std::to_string(v) + " at row " +
                   std::to_string(i) + " (expected an ordinal code 0, 1, ...)");
    }
  }
}

void convert_to_regression(Dataset& d) {
  std::vector<double> values;
  for (const std::string& text : d.class_names) {
    std::size_t used = 0;
    double v = 0.0;
    try {
      v = std::stod(text, &used);
    } catch (const std::exception&) {
      used = 0;
    }
    if (used == 0 || used != text.size())
      throw Error("data set '" + d.name + "': regression target value '" + text + "' is not a number");
    values.push_back(v);
  }
  d.target.clear();
  for (int code : d.y) d.target.push_back(values[static_cast<std::size_t>(code)]);
  d.y.clear();
  d.class_names.clear();
  d.positive_class = -1;
  d.task = Task::Regression;
  d.validate();
}

}  // namespace imbench
