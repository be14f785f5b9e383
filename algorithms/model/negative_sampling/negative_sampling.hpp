// Negative down-sampling with probability correction (He et al., ADKDD 2014):
// keep every positive (minority) row and each negative (majority) row with
// probability pi_i, train the wrapped model, then undo the shift in the class
// prior:  logit(q) = logit(p) + ln(rate).
//
// guide=uniform: pi_i = rate. guide=pilot: a pilot model, fitted on a uniform
// rate sample, scores the negatives and
//   pi_i = min(1, rate * (u + (1 - u) * s_i / mean(s)))   (u = uniform_share),
// so negatives the pilot finds positive-like are kept more often. Each kept
// negative is weighted by rate / pi_i: in expectation every negative then
// carries weight rate, exactly as under uniform sampling, so the same
// correction holds. That needs a model that takes sample weights.
#pragma once

#include <memory>

#include "core/params.hpp"
#include "core/plugin.hpp"
#include "core/spec.hpp"

namespace imbench {

class NegativeSampling final : public Classifier {
 public:
  explicit NegativeSampling(const Params& params);

  void fit(const LabelledData& data, const Weights& weights, RandomStream& rng) override;
  Matrix predict_proba(const Matrix& X) const override;

  // The wrapped model's own probabilities, before the correction.
  Matrix uncorrected_proba(const Matrix& X) const;
  std::size_t kept_negatives() const { return kept_negatives_; }
  int negative_class() const { return negative_; }

 private:
  // Keep probability of every row (1 for positives).
  std::vector<double> keep_probabilities(const LabelledData& data, const Weights& weights, RandomStream& rng) const;

  Spec model_spec_, pilot_spec_;
  double rate_;
  bool guided_;
  double uniform_share_;
  bool model_takes_weights_;

  std::unique_ptr<Classifier> model_;
  int negative_ = 0;
  double applied_rate_ = 1.0;  // 1 when training saw every row
  std::size_t kept_negatives_ = 0;
};

}  // namespace imbench
