// EasyEnsemble (Liu, Wu & Zhou 2009) as imbalanced-learn 0.10's
// EasyEnsembleClassifier: n_estimators AdaBoost learners, each boosted on its
// own random under-sample of the training set (all rows, no bootstrap), with
// their class probabilities averaged.
#include <memory>

#include "algorithms/model/common/training_input.hpp"
#include "algorithms/model/shared_ensemble/adaboost.hpp"
#include "algorithms/model/shared_ensemble/member_ensemble.hpp"
#include "algorithms/resample/shared/under_sampling.hpp"

namespace imbench {
namespace {

class EasyEnsemble final : public Classifier {
 public:
  explicit EasyEnsemble(const Params& p)
      : n_estimators_(static_cast<std::size_t>(p.integer("n_estimators"))),
        boost_(boost_settings(p, "boost_rounds", "easy_ensemble")),
        under_(p, "easy_ensemble") {}

  void fit(const LabelledData& data, const Weights& weights, RandomStream& rng) override {
    check_training_input(data, weights, "easy_ensemble");
    const UnderSampling::Plan balance = under_.plan(data.y, data.n_classes);
    members_.fit(data, n_estimators_, [&](std::size_t, RandomStream& member_rng) {
      RandomStream under_rng = member_rng.substream("under");
      const Indices rows = balance.draw(under_rng);
      const Matrix X = take_rows(data.X, rows);
      const Labels y = take(data.y, rows);
      auto boost = std::make_unique<AdaBoost>(boost_, "easy_ensemble");
      RandomStream boost_rng = member_rng.substream("boost");
      boost->fit({X, y, data.n_classes, data.categorical}, weights.empty() ? Weights{} : take(weights, rows),
                 boost_rng);
      return boost;
    }, rng);
  }

  Matrix predict_proba(const Matrix& X) const override { return members_.predict_proba(X); }

 private:
  std::size_t n_estimators_;
  BoostSettings boost_;
  UnderSampling under_;
  MemberEnsemble members_{"easy_ensemble"};
};

ParamSchema easy_ensemble_schema() {
  ParamSchema schema;
  schema.integer("n_estimators", 10, 1, std::nullopt, "Number of AdaBoost members, each on its own under-sample");
  schema.integer("boost_rounds", 50, 1, std::nullopt, "Boosting rounds (weak learners) per member");
  add_boost_params(schema);
  add_under_sampling_params(schema);
  return schema;
}

}  // namespace

IMBENCH_REGISTER_PLUGIN({Kind::Model, "easy_ensemble",
                         "EasyEnsemble: AdaBoost members, each boosted on an independent random under-sample.",
                         "Liu, Wu & Zhou 2009, Exploratory Undersampling for Class-Imbalance Learning, IEEE TSMC-B "
                         "39(2):539-550; imbalanced-learn EasyEnsembleClassifier",
                         easy_ensemble_schema(), Capabilities{true, true, true},
                         [](const Params& p) { return std::make_unique<EasyEnsemble>(p); }})

}  // namespace imbench
