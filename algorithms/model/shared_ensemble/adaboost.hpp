// AdaBoost as scikit-learn 1.2's AdaBoostClassifier: multi-class SAMME
// (discrete votes weighted by alpha) or SAMME.R (real-valued, from the weak
// learners' log-probabilities), Zhu, Zou, Rosset & Hastie 2009. An optional
// per-round row draw turns it into RUSBoost (imbalanced-learn 0.10).
#pragma once

#include <cstddef>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "core/registry.hpp"

namespace imbench {

enum class BoostAlgorithm { Samme, SammeR };

struct BoostSettings {
  Spec learner;  // a model spec that takes sample weights
  std::size_t rounds = 50;
  double learning_rate = 1.0;
  BoostAlgorithm algorithm = BoostAlgorithm::SammeR;
};

// Adds estimator, learning_rate and algorithm; the caller adds the round count under `rounds_name`.
ParamSchema& add_boost_params(ParamSchema& schema);
// Reads them back; `rounds_name` is the integer parameter holding the number of rounds.
BoostSettings boost_settings(const Params& params, const std::string& rounds_name, const std::string& owner);

class AdaBoost final : public Classifier {
 public:
  // Draws the rows (repeats allowed) one round's learner is fitted on, with
  // their current boosting weights. The error and the weight update always
  // use the whole training set.
  using RowDraw = std::function<Indices(RandomStream& rng)>;
  // Called once per fit with the training set, so work every round shares
  // (RUSBoost's rows by class) is done once; unset: every round fits on every row.
  using RoundRows = std::function<RowDraw(const LabelledData& data)>;

  AdaBoost(BoostSettings settings, std::string owner, RoundRows round_rows = {});

  void fit(const LabelledData& data, const Weights& weights, RandomStream& rng) override;
  Matrix predict_proba(const Matrix& X) const override;

 private:
  // Fits round r's learner and returns its probabilities on data.X.
  Matrix fit_learner(std::size_t round, const LabelledData& data, const Weights& w, const RowDraw& draw,
                     RandomStream& rng);

  BoostSettings settings_;
  std::string owner_;
  RoundRows round_rows_;
  std::vector<std::unique_ptr<Classifier>> learners_;
  std::vector<double> learner_weights_;
  Eigen::Index n_features_ = 0;
  int n_classes_ = 0;
};

}  // namespace imbench
