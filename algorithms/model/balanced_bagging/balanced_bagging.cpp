// Balanced bagging (Maclin & Opitz 1997; Hido, Kashima & Takahashi 2009) with
// imbalanced-learn 0.10's BalancedBaggingClassifier semantics: scikit-learn's
// bagging over Pipeline(sampler, estimator), so each member takes a bootstrap
// of the training set, the sampler rebalances that bootstrap, and the
// estimator is fitted on the result; probabilities are averaged.
#include <memory>

#include "algorithms/model/common/training_input.hpp"
#include "algorithms/model/shared_ensemble/member_ensemble.hpp"
#include "algorithms/model/shared_ensemble/nested_model.hpp"
#include "core/draws.hpp"

namespace imbench {
namespace {

class BalancedBagging final : public Classifier {
 public:
  explicit BalancedBagging(const Params& p)
      : n_estimators_(static_cast<std::size_t>(p.integer("n_estimators"))),
        estimator_(nested_spec(p, Kind::Model, "estimator", "balanced_bagging")),
        sampler_(nested_spec(p, Kind::Resample, "sampler", "balanced_bagging")),
        bootstrap_(p.boolean("bootstrap")) {}

  void fit(const LabelledData& data, const Weights& weights, RandomStream& rng) override {
    check_training_input(data, weights, "balanced_bagging");
    // The engine passes ones when no weighting is asked for; those change nothing here.
    for (double w : weights)
      if (w != weights.front())
        throw Error("balanced_bagging: unequal sample weights are not supported (the sampler may make new rows)");
    members_.fit(data, n_estimators_, [&](std::size_t, RandomStream& member_rng) {
      Matrix boot_X;
      Labels boot_y;
      if (bootstrap_) {
        RandomStream draws = member_rng.substream("bootstrap");
        const Indices rows = draw_with_replacement(data.y.size(), data.y.size(), draws);
        boot_X = take_rows(data.X, rows);
        boot_y = take(data.y, rows);
      }
      const LabelledData bag = bootstrap_ ? LabelledData{boot_X, boot_y, data.n_classes, data.categorical} : data;
      RandomStream sampler_rng = member_rng.substream("sampler");
      const Resampled balanced = build_resampler(sampler_)->resample(bag, sampler_rng);
      RandomStream model_rng = member_rng.substream("estimator");
      auto model = build_model(estimator_);
      model->fit({balanced.X, balanced.y, data.n_classes, data.categorical}, {}, model_rng);
      return model;
    }, rng);
  }

  Matrix predict_proba(const Matrix& X) const override { return members_.predict_proba(X); }

 private:
  std::size_t n_estimators_;
  Spec estimator_;
  Spec sampler_;
  bool bootstrap_;
  MemberEnsemble members_{"balanced_bagging"};
};

ParamSchema balanced_bagging_schema() {
  ParamSchema schema;
  schema.integer("n_estimators", 10, 1, std::nullopt, "Number of bagged members");
  add_nested_spec(schema, Kind::Model, "estimator", "decision_tree", "Model spec of every member");
  add_nested_spec(schema, Kind::Resample, "sampler", "random_under",
                  "Resampler spec that rebalances each member's bootstrap");
  schema.boolean("bootstrap", true, "Draw each member's rows with replacement before resampling (else all rows)");
  return schema;
}

}  // namespace

IMBENCH_REGISTER_PLUGIN({Kind::Model, "balanced_bagging",
                         "Bagging whose members each fit on a resampled (by default under-sampled) bootstrap.",
                         "Maclin & Opitz 1997, An Empirical Evaluation of Bagging and Boosting, AAAI; Hido, Kashima "
                         "& Takahashi 2009, Roughly Balanced Bagging, Stat. Anal. Data Min. 2(5-6); "
                         "imbalanced-learn BalancedBaggingClassifier",
                         balanced_bagging_schema(), Capabilities{true, true, false},
                         [](const Params& p) { return std::make_unique<BalancedBagging>(p); }})

}  // namespace imbench
