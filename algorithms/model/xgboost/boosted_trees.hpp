// The gradient-boosted tree ensemble behind the xgboost classifier and the
// xgboost_regressor: the shared tree parameters, training with one of XGBoost's
// own objectives or with gradients supplied each round, and raw-score prediction.
// XGBoost runs single-threaded (nthread = 1: oneTBB owns the cores) and reseeds its
// sampler every round from the seed, so a fit depends only on its inputs.
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "algorithms/model/xgboost/xgb_handles.hpp"
#include "core/params.hpp"
#include "core/types.hpp"

namespace imbench::xgb {

struct TreeSettings {
  int n_estimators = 100;
  int max_depth = 6;
  double learning_rate = 0.3;
  double subsample = 1.0;
  double colsample_bytree = 1.0;
  double min_child_weight = 1.0;
  double lambda = 1.0;
  std::string tree_method = "hist";
  int max_bin = 256;
};

// Adds the tree parameters above (XGBoost's names and defaults) to `schema`.
ParamSchema& add_tree_params(ParamSchema& schema);
TreeSettings tree_settings(const Params& params);

// Gradient and Hessian of the training loss (n x outputs each) at the current raw scores (n x outputs).
using GradientFn = std::function<void(const Matrix& scores, Matrix& gradient, Matrix& hessian)>;

class BoostedTrees {
 public:
  BoostedTrees(TreeSettings settings, std::string owner);

  // Trains with XGBoost's objective `objective` (e.g. "reg:squarederror"); `extra` holds further
  // booster parameters (base_score, num_class). `weights` is empty or one per row.
  void fit_objective(const Matrix& X, const std::vector<float>& label, const Weights& weights,
                     const std::string& objective, const std::vector<std::pair<std::string, std::string>>& extra,
                     std::uint64_t seed);
  // Trains on `gradient`'s values with `outputs` raw scores per row, all starting at 0. The
  // gradient function applies the sample weights itself; they also weigh the histogram bins.
  void fit_gradient(const Matrix& X, const Weights& weights, int outputs, const GradientFn& gradient,
                    std::uint64_t seed);

  // n x outputs raw scores (margins) of the fitted ensemble.
  Matrix scores(const Matrix& X) const;
  int outputs() const { return outputs_; }

 private:
  // A fresh booster on the training rows (weights attached) with the tree parameters and seed set.
  std::unique_ptr<DataMatrix> start(const Matrix& X, const Weights& weights, std::uint64_t seed);

  TreeSettings settings_;
  std::string owner_;
  std::unique_ptr<Booster> booster_;
  int outputs_ = 1;
};

}  // namespace imbench::xgb
