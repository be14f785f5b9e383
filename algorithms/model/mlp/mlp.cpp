#include "algorithms/model/mlp/mlp.hpp"

#include <algorithm>
#include <cmath>
#include <functional>
#include <limits>
#include <numeric>
#include <string>
#include <utility>

#include "algorithms/model/common/training_input.hpp"
#include "algorithms/model/common/weighted_classes.hpp"
#include "algorithms/model/mlp/validation_split.hpp"
#include "algorithms/resample/shared/nested_spec.hpp"
#include "core/error.hpp"
#include "core/loss.hpp"
#include "core/registry.hpp"
#include "core/schedule.hpp"

namespace imbench {
namespace {

// "100", "64,32" or "{64,32}" -> the sizes; throws naming the parameter.
std::vector<Eigen::Index> parse_layer_sizes(const std::string& value, const std::string& owner) {
  const std::string inner = strip_braces(value);
  std::vector<Eigen::Index> sizes;
  std::size_t start = 0;
  while (start <= inner.size()) {
    const std::size_t end = std::min(inner.find(',', start), inner.size());
    const std::string part = inner.substr(start, end - start);
    std::size_t used = 0;
    long long size = 0;
    try {
      size = std::stoll(part, &used);
    } catch (const std::exception&) {
      used = 0;
    }
    if (used == 0 || used != part.size() || size < 1)
      throw Error("parameter 'hidden_layer_sizes' of '" + owner + "': '" + value +
                  "' is not a list of positive layer sizes, e.g. 100 or {64,32}");
    sizes.push_back(static_cast<Eigen::Index>(size));
    start = end + 1;
  }
  return sizes;
}

std::string layer_sizes_text(const std::vector<Eigen::Index>& sizes) {
  std::string text;
  for (Eigen::Index s : sizes) text += (text.empty() ? "" : ",") + std::to_string(s);
  return sizes.size() > 1 ? braced(text) : text;
}

// Text parameter holding a nested plugin spec; braces only where the inner spec has parameters.
std::function<std::string(const std::string&, const std::string&)> nested_canonical(Kind kind, std::string name) {
  return [kind, name](const std::string& value, const std::string& owner) {
    const std::string inner = canonical_inner_spec(kind, value, owner, name).text();
    return inner.find(':') == std::string::npos ? inner : braced(inner);
  };
}

Eigen::Index predicted_position(const Matrix& scores, Eigen::Index row) {
  if (scores.cols() == 1) return scores(row, 0) > 0 ? 1 : 0;
  Eigen::Index best;
  scores.row(row).maxCoeff(&best);
  return best;
}

}  // namespace

Mlp::Mlp(const Params& params)
    : hidden_(parse_layer_sizes(params.text("hidden_layer_sizes"), "mlp")),
      activation_(mlp::activation_from_text(params.text("activation"))),
      solver_{params.text("solver") == "adam", params.real("learning_rate"), params.real("beta_1"),
              params.real("beta_2"),           params.real("epsilon"),       params.real("momentum"),
              params.boolean("nesterovs_momentum")},
      batch_size_(params.integer("batch_size")),
      max_epochs_(static_cast<int>(params.integer("max_epochs"))),
      alpha_(params.real("alpha")),
      early_stopping_(params.boolean("early_stopping")),
      validation_fraction_(params.real("validation_fraction")),
      n_iter_no_change_(static_cast<int>(params.integer("n_iter_no_change"))),
      tol_(params.real("tol")),
      loss_spec_(parse_spec(strip_braces(params.text("loss")))),
      schedule_spec_(parse_spec(strip_braces(params.text("schedule")))) {}

bool Mlp::no_longer_improving(double value) {
  without_improvement_ = value > best_ - tol_ ? without_improvement_ + 1 : 0;
  best_ = std::min(best_, value);
  return without_improvement_ > n_iter_no_change_;
}

void Mlp::fit(const LabelledData& data, const Weights& weights, RandomStream& rng) {
  check_training_input(data, weights, "mlp");
  const Weights all_weights = weights_or_ones(weights, data.y.size());

  WeightedClasses fitted = weighted_classes(data, all_weights);
  classes_ = std::move(fitted.present);
  n_classes_ = data.n_classes;
  n_features_ = data.X.cols();
  fitted_ = true;
  loss_curve_.clear();
  validation_scores_.clear();
  epoch_class_rows_.clear();
  const int present = static_cast<int>(classes_.size());
  if (present == 1) return;  // predict_proba gives the one class probability 1

  const Labels& target = fitted.target;
  std::unique_ptr<Schedule> schedule = Registry::instance().build<Schedule>(Kind::Schedule, schedule_spec_).plugin;
  const bool validate = early_stopping_ || schedule->needs_validation();
  RandomStream split_rng = rng.substream("validation");
  mlp::Holdout split;
  if (validate) {
    split = mlp::stratified_holdout(target, present, validation_fraction_, split_rng);
  } else {
    split.train.resize(target.size());
    std::iota(split.train.begin(), split.train.end(), std::size_t{0});
  }
  const Matrix X_train = take_rows(data.X, split.train), X_valid = take_rows(data.X, split.validation);
  const Labels y_train = take(target, split.train), y_valid = take(target, split.validation);
  const Weights w_train = take(all_weights, split.train), w_valid = take(all_weights, split.validation);

  std::unique_ptr<Loss> loss = Registry::instance().build<Loss>(Kind::Loss, loss_spec_).plugin;
  loss->prepare(y_train, present);
  std::vector<Eigen::Index> sizes{n_features_};
  sizes.insert(sizes.end(), hidden_.begin(), hidden_.end());
  sizes.push_back(present == 2 ? 1 : present);
  network_ = std::make_unique<mlp::Network>(sizes, activation_);
  RandomStream init_rng = rng.substream("init");
  theta_ = network_->initial_parameters(init_rng);
  mlp::Solver solver(solver_, network_->n_parameters());
  schedule->start(y_train, present, max_epochs_);

  Vector best_theta = theta_, gradient;
  best_ = std::numeric_limits<double>::infinity();
  without_improvement_ = 0;
  for (int epoch = 0; epoch < max_epochs_; ++epoch) {
    RandomStream epoch_rng = rng.substream("epoch").substream(static_cast<std::uint64_t>(epoch));
    RandomStream schedule_rng = epoch_rng.substream("schedule"), shuffle_rng = epoch_rng.substream("shuffle");
    EpochRows plan = schedule->epoch_rows(epoch, schedule_rng);
    Indices& rows = plan.rows;
    if (rows.empty()) throw Error("mlp: schedule '" + schedule_spec_.name + "' gave epoch " + std::to_string(epoch) + " no rows");
    if (plan.new_phase) {
      best_ = std::numeric_limits<double>::infinity();
      without_improvement_ = 0;
    }
    for (std::size_t i = rows.size(); i > 1; --i) std::swap(rows[i - 1], rows[shuffle_rng.below(i)]);
    std::vector<std::size_t> per_class(static_cast<std::size_t>(present), 0);
    for (std::size_t r : rows) ++per_class[static_cast<std::size_t>(y_train[r])];
    epoch_class_rows_.push_back(per_class);

    const auto n_rows = static_cast<long long>(rows.size());
    const long long batch = std::min(batch_size_ == 0 ? 200 : batch_size_, n_rows);
    double epoch_loss = 0.0;
    for (long long first = 0; first < n_rows; first += batch) {
      const Indices batch_rows(rows.begin() + first, rows.begin() + std::min(first + batch, n_rows));
      const Weights batch_weights = take(w_train, batch_rows);
      const Vector w = Eigen::Map<const Vector>(batch_weights.data(), static_cast<Eigen::Index>(batch_weights.size()));
      const double value = network_->objective(theta_, take_rows(X_train, batch_rows), take(y_train, batch_rows), w,
                                               *loss, alpha_, gradient);
      solver.step(theta_, gradient);
      epoch_loss += value * static_cast<double>(batch_rows.size());
    }
    epoch_loss /= static_cast<double>(n_rows);
    if (!std::isfinite(epoch_loss))
      throw Error("mlp: the training loss diverged at epoch " + std::to_string(epoch) + "; lower learning_rate");
    loss_curve_.push_back(epoch_loss);

    EpochReport report{epoch, epoch_loss, {}};
    double accuracy = 0.0;
    if (validate) {
      const Matrix scores = network_->scores(theta_, X_valid);
      Labels predicted(y_valid.size());
      double correct = 0.0, total = 0.0;
      for (std::size_t i = 0; i < y_valid.size(); ++i) {
        predicted[i] = static_cast<int>(predicted_position(scores, static_cast<Eigen::Index>(i)));
        correct += predicted[i] == y_valid[i] ? w_valid[i] : 0.0;
        total += w_valid[i];
      }
      accuracy = total > 0 ? correct / total : 0.0;
      report.class_f1 = mlp::class_f1(y_valid, predicted, present);
    }
    schedule->end_epoch(report);
    if (early_stopping_) {
      validation_scores_.push_back(accuracy);
      // scikit-learn's rule on the validation score, with the sign turned so lower is better.
      const bool best_so_far = -accuracy < best_;
      const bool stop = no_longer_improving(-accuracy);
      if (best_so_far) best_theta = theta_;
      if (stop) break;
    } else if (no_longer_improving(epoch_loss)) {
      break;
    }
  }
  if (early_stopping_) theta_ = best_theta;
}

Matrix Mlp::predict_proba(const Matrix& X) const {
  check_predict_input(X, n_features_, fitted_, "mlp");
  Matrix proba = Matrix::Zero(X.rows(), n_classes_);
  if (classes_.size() == 1) {
    proba.col(classes_[0]).setOnes();
    return proba;
  }
  Matrix scores = network_->scores(theta_, X);
  if (scores.cols() == 1) {
    // 1 / (1 + e^-z) written to stay finite for large |z|.
    const Eigen::ArrayXd z = scores.col(0).array();
    const Eigen::ArrayXd e = (-z.abs()).exp();
    const Eigen::ArrayXd p = (z >= 0).select(1.0 / (1.0 + e), e / (1.0 + e));
    proba.col(classes_[1]) = p.matrix();
    proba.col(classes_[0]) = (1.0 - p).matrix();
    return proba;
  }
  scores.colwise() -= scores.rowwise().maxCoeff();
  scores = scores.array().exp().matrix();
  scores.array().colwise() /= scores.rowwise().sum().array();
  for (std::size_t c = 0; c < classes_.size(); ++c) proba.col(classes_[c]) = scores.col(static_cast<Eigen::Index>(c));
  return proba;
}

namespace {

ParamSchema mlp_schema() {
  ParamSchema schema;
  schema
      .text("hidden_layer_sizes", "100", "units of each hidden layer, e.g. 100 or {64,32}",
            [](const std::string& value, const std::string& owner) {
              return layer_sizes_text(parse_layer_sizes(value, owner));
            })
      .choice("activation", "relu", {"relu", "tanh", "logistic"}, "activation of the hidden units")
      .choice("solver", "adam", {"adam", "sgd"}, "Adam, or mini-batch SGD with momentum")
      .real("learning_rate", 1e-3, 0.0, std::nullopt, "constant step size (scikit-learn's learning_rate_init)", true)
      .integer("batch_size", 0, 0, std::nullopt, "rows per mini-batch; 0 = min(200, rows), scikit-learn's auto")
      .integer("max_epochs", 200, 1, std::nullopt, "most passes over the training rows (scikit-learn's max_iter)")
      .real("alpha", 1e-4, 0.0, std::nullopt, "L2 penalty on the weights (not the biases)")
      .boolean("early_stopping", false,
               "stop on the accuracy of a stratified validation split and keep the best epoch's weights")
      .real("validation_fraction", 0.1, 0.0, 1.0,
            "share of each class held out for early stopping and schedules that need validation F1", true, true)
      .integer("n_iter_no_change", 10, 1, std::nullopt, "epochs without an improvement by tol before stopping")
      .real("tol", 1e-4, 0.0, std::nullopt, "least improvement of the loss (or validation score) that counts")
      .real("momentum", 0.9, 0.0, 1.0, "SGD momentum")
      .boolean("nesterovs_momentum", true, "SGD with Nesterov's momentum")
      .real("beta_1", 0.9, 0.0, 1.0, "Adam decay of the first moment", false, true)
      .real("beta_2", 0.999, 0.0, 1.0, "Adam decay of the second moment", false, true)
      .real("epsilon", 1e-8, 0.0, std::nullopt, "Adam's numerical stabiliser", true)
      .text("loss", "cross_entropy",
            "training loss, a loss plugin spec (imbench list --kind loss); braces around one with parameters: "
            "loss={focal:gamma=2,alpha=0.25}",
            nested_canonical(Kind::Loss, "loss"))
      .text("schedule", "none",
            "training schedule choosing each epoch's rows (imbench list --kind schedule), e.g. "
            "schedule={two_phase:pretrain_epochs=20}",
            nested_canonical(Kind::Schedule, "schedule"));
  return schema;
}

}  // namespace

IMBENCH_REGISTER_PLUGIN({Kind::Model, "mlp",
                         "Multilayer perceptron (Adam or momentum SGD, early stopping, any loss and schedule plugin).",
                         "scikit-learn MLPClassifier (1.2); Glorot & Bengio 2010; Kingma & Ba 2015",
                         mlp_schema(), Capabilities{.sample_weights = true, .epochs = true},
                         [](const Params& p) { return std::make_unique<Mlp>(p); }})

}  // namespace imbench
