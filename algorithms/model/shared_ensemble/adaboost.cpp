#include "algorithms/model/shared_ensemble/adaboost.hpp"

#include <cmath>
#include <limits>

#include "algorithms/model/common/training_input.hpp"
#include "algorithms/model/shared_ensemble/nested_model.hpp"

namespace imbench {
namespace {

constexpr double kEps = std::numeric_limits<double>::epsilon();  // numpy's finfo(float64).eps

Eigen::Index most_probable(const Matrix& proba, Eigen::Index row) {
  Eigen::Index best;
  proba.row(row).maxCoeff(&best);  // the first maximum, as numpy's argmax
  return best;
}

}  // namespace

ParamSchema& add_boost_params(ParamSchema& schema) {
  add_nested_spec(schema, Kind::Model, "estimator", "decision_tree:max_depth=1",
                  "Weak learner spec (must take sample weights); the default is a decision stump");
  schema.real("learning_rate", 1.0, 0.0, std::nullopt, "Shrinks each learner's contribution", true);
  return schema.choice("algorithm", "samme.r", {"samme", "samme.r"},
                       "samme: weighted votes; samme.r: summed log-probabilities (scikit-learn 1.2's default)");
}

BoostSettings boost_settings(const Params& params, const std::string& rounds_name, const std::string& owner) {
  BoostSettings s;
  s.learner = nested_spec(params, Kind::Model, "estimator", owner);
  if (!Registry::instance().find(Kind::Model, s.learner.name).capabilities.sample_weights)
    throw Error(owner + ": estimator " + s.learner.name + " does not take sample weights, which boosting needs");
  s.rounds = static_cast<std::size_t>(params.integer(rounds_name));
  s.learning_rate = params.real("learning_rate");
  s.algorithm = params.text("algorithm") == "samme" ? BoostAlgorithm::Samme : BoostAlgorithm::SammeR;
  return s;
}

AdaBoost::AdaBoost(BoostSettings settings, std::string owner, RoundRows round_rows)
    : settings_(std::move(settings)), owner_(std::move(owner)), round_rows_(std::move(round_rows)) {}

Matrix AdaBoost::fit_learner(std::size_t round, const LabelledData& data, const Weights& w, const RowDraw& draw,
                             RandomStream& rng) {
  RandomStream round_rng = rng.substream(round);
  RandomStream learner_rng = round_rng.substream("learner");
  auto learner = build_model(settings_.learner);
  try {
    if (draw) {
      RandomStream rows_rng = round_rng.substream("rows");
      const Indices rows = draw(rows_rng);
      const Matrix X = take_rows(data.X, rows);
      const Labels y = take(data.y, rows);
      // The kept rows' weights as they are (imbalanced-learn does not renormalise them).
      learner->fit({X, y, data.n_classes, data.categorical}, take(w, rows), learner_rng);
    } else {
      learner->fit(data, w, learner_rng);
    }
  } catch (const Error& e) {
    throw Error(owner_ + ": boosting round " + std::to_string(round) + " (" + settings_.learner.text() +
                ") failed: " + e.what());
  }
  Matrix proba = learner->predict_proba(data.X);
  learners_.push_back(std::move(learner));
  return proba;
}

void AdaBoost::fit(const LabelledData& data, const Weights& weights, RandomStream& rng) {
  check_training_input(data, weights, owner_);
  if (data.n_classes < 2) throw Error(owner_ + ": boosting needs at least two classes");
  learners_.clear();
  learner_weights_.clear();
  const std::size_t n = data.y.size();
  const double k = data.n_classes;
  Weights w = weights_or_ones(weights, n);
  double total = 0;
  for (double v : w) total += v;
  std::vector<bool> zero(n);
  for (std::size_t i = 0; i < n; ++i) w[i] /= total, zero[i] = w[i] == 0.0;

  const RowDraw draw = round_rows_ ? round_rows_(data) : RowDraw{};
  for (std::size_t round = 0; round < settings_.rounds; ++round) {
    // As scikit-learn (#20320): keep weights off underflow, except rows given zero weight.
    for (std::size_t i = 0; i < n; ++i) w[i] = zero[i] ? 0.0 : std::max(w[i], kEps);
    Matrix proba = fit_learner(round, data, w, draw, rng);
    std::vector<bool> wrong(n);
    double error = 0, weight_sum = 0;
    for (std::size_t i = 0; i < n; ++i) {
      wrong[i] = most_probable(proba, static_cast<Eigen::Index>(i)) != data.y[i];
      error += wrong[i] ? w[i] : 0.0;
      weight_sum += w[i];
    }
    error /= weight_sum;
    const bool last = round + 1 == settings_.rounds;

    if (settings_.algorithm == BoostAlgorithm::SammeR) {
      learner_weights_.push_back(1.0);
      if (error <= 0) break;
      if (!last) {
        for (std::size_t i = 0; i < n; ++i) {
          // -lr (K-1)/K sum_c code_c log p_c, code = 1 for the true class and -1/(K-1) otherwise.
          double coded = 0;
          for (Eigen::Index c = 0; c < proba.cols(); ++c) {
            const double log_p = std::log(std::max(proba(static_cast<Eigen::Index>(i), c), kEps));
            coded += (c == data.y[i] ? 1.0 : -1.0 / (k - 1)) * log_p;
          }
          const double boost = -settings_.learning_rate * (k - 1) / k * coded;
          if (w[i] > 0 || boost < 0) w[i] *= std::exp(boost);
        }
      }
    } else {
      if (error <= 0) {
        learner_weights_.push_back(1.0);
        break;
      }
      if (error >= 1.0 - 1.0 / k) {  // no better than chance: drop it and stop
        learners_.pop_back();
        if (learners_.empty())
          throw Error(owner_ + ": the first weak learner is no better than chance (weighted error " +
                      std::to_string(error) + "); boosting cannot start");
        break;
      }
      const double alpha = settings_.learning_rate * (std::log((1 - error) / error) + std::log(k - 1));
      learner_weights_.push_back(alpha);
      if (!last)
        for (std::size_t i = 0; i < n; ++i)
          if (wrong[i] && w[i] > 0) w[i] *= std::exp(alpha);
    }

    double sum = 0;
    for (double v : w) sum += v;
    if (!std::isfinite(sum) || sum <= 0) break;
    if (!last)
      for (double& v : w) v /= sum;
  }
  n_features_ = data.X.cols();
  n_classes_ = data.n_classes;
}

Matrix AdaBoost::predict_proba(const Matrix& X) const {
  check_predict_input(X, n_features_, !learners_.empty(), owner_);
  const double k = n_classes_;
  Matrix score = Matrix::Zero(X.rows(), n_classes_);
  double weight_total = 0;
  for (std::size_t l = 0; l < learners_.size(); ++l) {
    const Matrix proba = learners_[l]->predict_proba(X);
    weight_total += learner_weights_[l];
    for (Eigen::Index i = 0; i < X.rows(); ++i) {
      if (settings_.algorithm == BoostAlgorithm::SammeR) {
        // (K-1) (log p_c - mean_c log p): the learner's symmetric real-valued vote.
        Eigen::RowVectorXd log_p = proba.row(i).cwiseMax(kEps).array().log();
        score.row(i) += (k - 1) * (log_p.array() - log_p.mean()).matrix();
      } else {
        score(i, most_probable(proba, i)) += learner_weights_[l];
      }
    }
  }
  // softmax(score / (weight total * (K-1))); for two classes this equals scikit-learn's
  // softmax of (-d/2, d/2) with d the binary decision function (softmax ignores shifts).
  Matrix out(X.rows(), n_classes_);
  for (Eigen::Index i = 0; i < X.rows(); ++i) {
    Eigen::RowVectorXd z = score.row(i) / (weight_total * (k - 1));
    z.array() -= z.maxCoeff();
    z = z.array().exp().matrix();
    out.row(i) = z / z.sum();
  }
  return out;
}

}  // namespace imbench
