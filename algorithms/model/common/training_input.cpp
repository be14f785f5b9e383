#include "algorithms/model/common/training_input.hpp"

#include <cmath>

#include "core/error.hpp"

namespace imbench {

void check_training_input(const LabelledData& data, const Weights& weights, const std::string& model) {
  const auto n = static_cast<std::size_t>(data.X.rows());
  if (n == 0) throw Error(model + ": the training set is empty");
  if (data.y.size() != n)
    throw Error(model + ": X has " + std::to_string(n) + " rows but y has " + std::to_string(data.y.size()) +
                " labels");
  if (data.n_classes < 1) throw Error(model + ": n_classes must be at least 1");
  if (!data.X.allFinite()) throw Error(model + ": X contains NaN or infinite values");
  for (std::size_t i = 0; i < n; ++i)
    if (data.y[i] < 0 || data.y[i] >= data.n_classes)
      throw Error(model + ": label " + std::to_string(data.y[i]) + " of row " + std::to_string(i) +
                  " is outside 0.." + std::to_string(data.n_classes - 1));
  check_sample_weights(weights, n, model);
}

void check_regression_input(const RegressionData& data, const Weights& weights, const std::string& model) {
  const auto n = static_cast<std::size_t>(data.X.rows());
  if (n == 0) throw Error(model + ": the training set is empty");
  if (data.y.size() != n)
    throw Error(model + ": X has " + std::to_string(n) + " rows but y has " + std::to_string(data.y.size()) +
                " targets");
  if (!data.X.allFinite()) throw Error(model + ": X contains NaN or infinite values");
  for (std::size_t i = 0; i < n; ++i)
    if (!std::isfinite(data.y[i])) throw Error(model + ": the target of row " + std::to_string(i) + " is not finite");
  check_sample_weights(weights, n, model);
}

void check_sample_weights(const Weights& weights, std::size_t n, const std::string& model) {
  if (weights.empty()) return;
  if (weights.size() != n)
    throw Error(model + ": " + std::to_string(weights.size()) + " sample weights for " + std::to_string(n) +
                " rows");
  double total = 0;
  for (std::size_t i = 0; i < n; ++i) {
    if (!std::isfinite(weights[i]) || weights[i] < 0)
      throw Error(model + ": sample weight of row " + std::to_string(i) + " is " + std::to_string(weights[i]) +
                  "; weights must be finite and non-negative");
    total += weights[i];
  }
  if (!(total > 0)) throw Error(model + ": the sample weights sum to zero");
}

Weights weights_or_ones(const Weights& weights, std::size_t n_rows) {
  return weights.empty() ? Weights(n_rows, 1.0) : weights;
}

void check_predict_input(const Matrix& X, Eigen::Index fitted_features, bool fitted, const std::string& model,
                         const char* method) {
  if (!fitted) throw Error(model + ": " + method + " called before fit");
  if (X.cols() != fitted_features)
    throw Error(model + ": X has " + std::to_string(X.cols()) + " features but the model was fitted on " +
                std::to_string(fitted_features));
  if (!X.allFinite()) throw Error(model + ": X contains NaN or infinite values");
}

}  // namespace imbench
