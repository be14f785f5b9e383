// RUSBoost (Seiffert, Khoshgoftaar, Van Hulse & Napolitano 2010) as
// imbalanced-learn 0.10's RUSBoostClassifier: AdaBoost in which every round
// fits its weak learner on a fresh random under-sample, carrying the kept rows'
// current weights, while the error and the weight update use the whole set.
#include <memory>

#include "algorithms/model/shared_ensemble/adaboost.hpp"
#include "algorithms/resample/shared/under_sampling.hpp"

namespace imbench {
namespace {

class RusBoost final : public Classifier {
 public:
  explicit RusBoost(const Params& p)
      : under_(p, "rus_boost"),
        boost_(boost_settings(p, "n_estimators", "rus_boost"), "rus_boost",
               [this](const LabelledData& data) -> AdaBoost::RowDraw {
                 return [plan = under_.plan(data.y, data.n_classes)](RandomStream& rng) { return plan.draw(rng); };
               }) {}

  void fit(const LabelledData& data, const Weights& weights, RandomStream& rng) override {
    boost_.fit(data, weights, rng);
  }

  Matrix predict_proba(const Matrix& X) const override { return boost_.predict_proba(X); }

 private:
  UnderSampling under_;
  AdaBoost boost_;
};

ParamSchema rus_boost_schema() {
  ParamSchema schema;
  schema.integer("n_estimators", 50, 1, std::nullopt, "Boosting rounds (weak learners)");
  add_boost_params(schema);
  add_under_sampling_params(schema);
  return schema;
}

}  // namespace

IMBENCH_REGISTER_PLUGIN({Kind::Model, "rus_boost",
                         "RUSBoost: AdaBoost whose every round fits on a fresh random under-sample.",
                         "Seiffert, Khoshgoftaar, Van Hulse & Napolitano 2010, RUSBoost: A Hybrid Approach to "
                         "Alleviating Class Imbalance, IEEE TSMC-A 40(1):185-197; imbalanced-learn RUSBoostClassifier",
                         rus_boost_schema(), Capabilities{true, true, true},
                         [](const Params& p) { return std::make_unique<RusBoost>(p); }})

}  // namespace imbench
