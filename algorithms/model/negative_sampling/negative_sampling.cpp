#include "algorithms/model/negative_sampling/negative_sampling.hpp"

#include <algorithm>
#include <string>

#include "algorithms/model/common/training_input.hpp"
#include "algorithms/model/shared_ensemble/nested_model.hpp"
#include "core/error.hpp"
#include "core/registry.hpp"

namespace imbench {

NegativeSampling::NegativeSampling(const Params& params)
    : model_spec_(nested_spec(params, Kind::Model, "model", "negative_sampling")),
      pilot_spec_(nested_spec(params, Kind::Model, "pilot", "negative_sampling")),
      rate_(params.real("rate")),
      guided_(params.text("guide") == "pilot"),
      uniform_share_(params.real("uniform_share")),
      model_takes_weights_(Registry::instance().find(Kind::Model, model_spec_.name).capabilities.sample_weights) {
  if (guided_ && !model_takes_weights_)
    throw Error("parameter 'guide' of 'negative_sampling': guide=pilot weights the kept rows, but model '" +
                model_spec_.name + "' takes no sample weights; use guide=uniform or another model");
}

std::vector<double> NegativeSampling::keep_probabilities(const LabelledData& data, const Weights& weights,
                                                         RandomStream& rng) const {
  const std::size_t n = data.y.size();
  std::vector<double> keep(n, 1.0);
  for (std::size_t i = 0; i < n; ++i)
    if (data.y[i] == negative_) keep[i] = rate_;
  if (!guided_) return keep;

  // The pilot learns from a uniform sample, so it costs no more than the final model.
  RandomStream draw_rng = rng.substream("pilot-sample"), fit_rng = rng.substream("pilot-fit");
  Indices sample;
  for (std::size_t i = 0; i < n; ++i)
    if (draw_rng.uniform() < keep[i]) sample.push_back(i);
  const Matrix X_sample = take_rows(data.X, sample);
  const Labels y_sample = take(data.y, sample);
  std::unique_ptr<Classifier> pilot = build_model(pilot_spec_);
  pilot->fit({X_sample, y_sample, 2, data.categorical}, weights.empty() ? Weights{} : take(weights, sample), fit_rng);
  const Matrix scores = pilot->predict_proba(data.X);
  const int positive = 1 - negative_;
  double total = 0.0, count = 0.0;
  for (std::size_t i = 0; i < n; ++i)
    if (data.y[i] == negative_) {
      total += scores(static_cast<Eigen::Index>(i), positive);
      count += 1.0;
    }
  if (total <= 0.0) return keep;  // the pilot sees no positive-like negative: uniform
  const double mean = total / count;
  for (std::size_t i = 0; i < n; ++i)
    if (data.y[i] == negative_) {
      const double s = scores(static_cast<Eigen::Index>(i), positive);
      keep[i] = std::min(1.0, rate_ * (uniform_share_ + (1.0 - uniform_share_) * s / mean));
    }
  return keep;
}

void NegativeSampling::fit(const LabelledData& data, const Weights& weights, RandomStream& rng) {
  check_training_input(data, weights, "negative_sampling");
  if (data.n_classes != 2)
    throw Error("negative_sampling: needs a two-class task, got " + std::to_string(data.n_classes) + " classes");
  if (!weights.empty() && !model_takes_weights_ &&
      std::any_of(weights.begin(), weights.end(), [&](double w) { return w != weights.front(); }))
    throw Error("negative_sampling: model '" + model_spec_.name + "' takes no sample weights but the pipeline gives some");
  const std::vector<std::size_t> counts = class_counts(data.y, 2);
  negative_ = counts[1] > counts[0] ? 1 : 0;
  model_ = build_model(model_spec_);
  RandomStream model_rng = rng.substream("model");
  kept_negatives_ = counts[static_cast<std::size_t>(negative_)];
  applied_rate_ = 1.0;
  if (counts[0] == 0 || counts[1] == 0 || rate_ == 1.0) {  // nothing to thin out
    model_->fit(data, model_takes_weights_ ? weights : Weights{}, model_rng);
    return;
  }

  RandomStream keep_rng = rng.substream("keep");
  const std::vector<double> keep = keep_probabilities(data, weights, rng);
  Indices kept;
  Weights kept_weights;
  for (std::size_t i = 0; i < data.y.size(); ++i) {
    if (keep_rng.uniform() >= keep[i]) continue;
    kept.push_back(i);
    kept_weights.push_back((weights.empty() ? 1.0 : weights[i]) * (data.y[i] == negative_ ? rate_ / keep[i] : 1.0));
  }
  kept_negatives_ = static_cast<std::size_t>(
      std::count_if(kept.begin(), kept.end(), [&](std::size_t i) { return data.y[i] == negative_; }));
  if (kept_negatives_ == 0)
    throw Error("negative_sampling: rate=" + canonical_number(rate_) + " kept none of the " +
                std::to_string(counts[static_cast<std::size_t>(negative_)]) + " negative rows; raise rate");
  const Matrix X_kept = take_rows(data.X, kept);
  const Labels y_kept = take(data.y, kept);
  const bool all_ones = std::all_of(kept_weights.begin(), kept_weights.end(), [](double w) { return w == 1.0; });
  model_->fit({X_kept, y_kept, 2, data.categorical}, all_ones || !model_takes_weights_ ? Weights{} : kept_weights,
              model_rng);
  applied_rate_ = rate_;
}

Matrix NegativeSampling::uncorrected_proba(const Matrix& X) const {
  if (!model_) throw Error("negative_sampling: predict_proba called before fit");
  return model_->predict_proba(X);
}

Matrix NegativeSampling::predict_proba(const Matrix& X) const {
  Matrix proba = uncorrected_proba(X);
  const Eigen::Index positive = 1 - negative_;
  for (Eigen::Index i = 0; i < proba.rows(); ++i) {
    // q = p w / (p w + 1 - p), i.e. logit(q) = logit(p) + ln w, exact at p = 0 and p = 1.
    const double p = proba(i, positive);
    const double q = p * applied_rate_ / (p * applied_rate_ + (1.0 - p));
    proba(i, positive) = q;
    proba(i, negative_) = 1.0 - q;
  }
  return proba;
}

namespace {

ParamSchema negative_sampling_schema() {
  ParamSchema schema;
  add_nested_spec(schema, Kind::Model, "model", "logistic_regression", "the model trained on the thinned rows");
  schema.real("rate", 0.1, 0.0, 1.0, "share w of the negative (majority) rows kept; probabilities are corrected by ln w",
              true)
      .choice("guide", "uniform", {"uniform", "pilot"},
              "keep negatives uniformly, or more often where a pilot model scores them positive-like (needs a "
              "model that takes sample weights)");
  add_nested_spec(schema, Kind::Model, "pilot", "logistic_regression",
                  "guide=pilot: the model, fitted on a uniform sample, whose positive score guides the keep "
                  "probability");
  schema.real("uniform_share", 0.5, 0.0, 1.0,
              "guide=pilot: share of the keep probability spread uniformly; bounds the weights by 1/uniform_share",
              true);
  return schema;
}

}  // namespace

IMBENCH_REGISTER_PLUGIN({Kind::Model, "negative_sampling",
                         "Keep negatives at rate w (uniform or pilot-guided), train, correct logit(q) = logit(p) + ln w.",
                         "He et al. 2014, Practical lessons from predicting clicks on ads at Facebook, ADKDD; "
                         "Fithian & Hastie 2014, Local case-control sampling, Ann. Statist.",
                         negative_sampling_schema(), Capabilities{.multiclass = false, .sample_weights = true},
                         [](const Params& p) { return std::make_unique<NegativeSampling>(p); }})

}  // namespace imbench
