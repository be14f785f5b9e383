// Checks shared by every classifier's fit and predict_proba, so that bad
// input fails with a message naming the model and the offending field
// instead of reading out of bounds.
#pragma once

#include <string>

#include "core/plugin.hpp"

namespace imbench {

// Throws Error unless X and y agree in length, the data are finite, labels lie in
// 0..n_classes-1 and `weights` is empty or one finite non-negative value per row
// with a positive sum.
void check_training_input(const LabelledData& data, const Weights& weights, const std::string& model);

// The same for a regressor: X and y agree in length, X and y are finite, weights as above.
void check_regression_input(const RegressionData& data, const Weights& weights, const std::string& model);

// Throws Error unless `weights` is empty or n finite non-negative values with a positive sum.
void check_sample_weights(const Weights& weights, std::size_t n, const std::string& model);

// The weights a model fits with: `weights`, or all ones when it is empty.
Weights weights_or_ones(const Weights& weights, std::size_t n_rows);

// Throws Error when the model was not fitted or X has the wrong number of columns;
// `method` names the call in the message (a regressor's is "predict").
void check_predict_input(const Matrix& X, Eigen::Index fitted_features, bool fitted, const std::string& model,
                         const char* method = "predict_proba");

}  // namespace imbench
