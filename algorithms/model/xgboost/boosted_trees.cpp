#include "algorithms/model/xgboost/boosted_trees.hpp"

#include "core/error.hpp"

namespace imbench::xgb {

ParamSchema& add_tree_params(ParamSchema& schema) {
  return schema.integer("n_estimators", 100, 1, std::nullopt, "boosting rounds (trees per output)")
      .integer("max_depth", 6, 1, std::nullopt, "deepest level of a tree")
      .real("learning_rate", 0.3, 0.0, 1.0, "shrinkage of each tree's leaf values (XGBoost's eta)", true)
      .real("subsample", 1.0, 0.0, 1.0, "share of the rows each tree sees, drawn without replacement", true)
      .real("colsample_bytree", 1.0, 0.0, 1.0, "share of the features each tree may split on", true)
      .real("min_child_weight", 1.0, 0.0, std::nullopt, "smallest Hessian sum a leaf may hold")
      .real("lambda", 1.0, 0.0, std::nullopt, "L2 penalty on leaf values")
      .choice("tree_method", "hist", {"hist", "approx", "exact"},
              "split finding: histogram bins, per-round quantile sketch, or every distinct value")
      .integer("max_bin", 256, 2, std::nullopt, "most histogram bins per feature (hist and approx)");
}

TreeSettings tree_settings(const Params& params) {
  TreeSettings s;
  s.n_estimators = static_cast<int>(params.integer("n_estimators"));
  s.max_depth = static_cast<int>(params.integer("max_depth"));
  s.learning_rate = params.real("learning_rate");
  s.subsample = params.real("subsample");
  s.colsample_bytree = params.real("colsample_bytree");
  s.min_child_weight = params.real("min_child_weight");
  s.lambda = params.real("lambda");
  s.tree_method = params.text("tree_method");
  s.max_bin = static_cast<int>(params.integer("max_bin"));
  return s;
}

BoostedTrees::BoostedTrees(TreeSettings settings, std::string owner)
    : settings_(std::move(settings)), owner_(std::move(owner)) {}

std::unique_ptr<DataMatrix> BoostedTrees::start(const Matrix& X, const Weights& weights, std::uint64_t seed) {
  auto train = std::make_unique<DataMatrix>(X, owner_);
  // Weights enter the quantile sketch that places the histogram bins, as in XGBoost's own training.
  if (!weights.empty()) train->set_field("weight", std::vector<float>(weights.begin(), weights.end()));
  booster_ = std::make_unique<Booster>(*train, owner_);
  const TreeSettings& s = settings_;
  for (const auto& [name, value] : std::vector<std::pair<std::string, std::string>>{
           {"nthread", "1"},
           {"verbosity", "0"},
           {"seed", std::to_string(seed % (1ULL << 31))},
           // Reseeding every round from (seed, round) keeps sampling independent of what ran before on this thread.
           {"seed_per_iteration", "1"},
           {"eta", canonical_number(s.learning_rate)},
           {"max_depth", std::to_string(s.max_depth)},
           {"subsample", canonical_number(s.subsample)},
           {"colsample_bytree", canonical_number(s.colsample_bytree)},
           {"min_child_weight", canonical_number(s.min_child_weight)},
           {"lambda", canonical_number(s.lambda)},
           {"tree_method", s.tree_method},
           {"max_bin", std::to_string(s.max_bin)}})
    booster_->set_param(name, value);
  return train;
}

void BoostedTrees::fit_objective(const Matrix& X, const std::vector<float>& label, const Weights& weights,
                                 const std::string& objective,
                                 const std::vector<std::pair<std::string, std::string>>& extra, std::uint64_t seed) {
  std::unique_ptr<DataMatrix> train = start(X, weights, seed);
  train->set_field("label", label);
  booster_->set_param("objective", objective);
  outputs_ = 1;
  for (const auto& [name, value] : extra) {
    booster_->set_param(name, value);
    if (name == "num_class") outputs_ = std::stoi(value);
  }
  for (int round = 0; round < settings_.n_estimators; ++round) booster_->update(round, *train);
}

void BoostedTrees::fit_gradient(const Matrix& X, const Weights& weights, int outputs, const GradientFn& gradient,
                                std::uint64_t seed) {
  std::unique_ptr<DataMatrix> train = start(X, weights, seed);
  outputs_ = outputs;
  // The default objective (squared error) only sets the starting score here: 0, so raw scores start at 0.
  booster_->set_param("base_score", "0");
  if (outputs > 1) booster_->set_param("num_class", std::to_string(outputs));
  const auto n = X.rows();
  Matrix grad(n, outputs), hess(n, outputs);
  std::vector<float> grad32(static_cast<std::size_t>(grad.size())), hess32(grad32.size());
  for (int round = 0; round < settings_.n_estimators; ++round) {
    const std::vector<float> raw = booster_->margins(*train, true);
    const Matrix scores = Eigen::Map<const Eigen::Matrix<float, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>>(
                              raw.data(), n, outputs)
                              .cast<double>();
    gradient(scores, grad, hess);
    // Row-major n x outputs is the layout XGBoost expects (row i, output k at i * outputs + k).
    for (Eigen::Index i = 0; i < grad.size(); ++i) {
      grad32[static_cast<std::size_t>(i)] = static_cast<float>(grad.data()[i]);
      hess32[static_cast<std::size_t>(i)] = static_cast<float>(hess.data()[i]);
    }
    booster_->boost(*train, grad32, hess32);
  }
}

Matrix BoostedTrees::scores(const Matrix& X) const {
  if (!booster_) throw Error(owner_ + ": predict called before fit");
  const DataMatrix data(X, owner_);
  const std::vector<float> raw = booster_->margins(data, false);
  return Eigen::Map<const Eigen::Matrix<float, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>>(raw.data(), X.rows(),
                                                                                                 outputs_)
      .cast<double>();
}

}  // namespace imbench::xgb
