#include "algorithms/model/svm/svm.hpp"

#include <algorithm>
#include <cmath>
#include <memory>

#include "algorithms/model/common/training_input.hpp"
#include "core/error.hpp"
#include "core/registry.hpp"

namespace imbench {
namespace {

constexpr const char* kName = "svm";

int kernel_type(const std::string& name) {
  if (name == "linear") return LINEAR;
  if (name == "poly") return POLY;
  if (name == "sigmoid") return SIGMOID;
  return RBF;
}

}  // namespace

SupportVectorClassifier::SupportVectorClassifier(const Params& params)
    : kernel_(kernel_type(params.text("kernel"))),
      C_(params.real("C")),
      gamma_(params.text("gamma")),
      degree_(static_cast<int>(params.integer("degree"))),
      coef0_(params.real("coef0")),
      balanced_(params.text("class_weight") == "balanced"),
      tol_(params.real("tol")) {}

svm_parameter SupportVectorClassifier::parameters(const Matrix& X) const {
  svm_parameter param{};
  param.svm_type = C_SVC;
  param.kernel_type = kernel_;
  param.degree = degree_;
  param.gamma = gamma_ == "scale" ? scale_gamma(X) : gamma_ == "auto" ? 1.0 / static_cast<double>(X.cols())
                                                                       : std::stod(gamma_);
  param.coef0 = coef0_;
  param.C = C_;
  param.eps = tol_;
  param.cache_size = 200;
  param.shrinking = 1;
  param.probability = 1;
  return param;
}

void SupportVectorClassifier::fit(const LabelledData& data, const Weights& weights, RandomStream& rng) {
  check_training_input(data, weights, kName);
  // The engine passes ones when no weighting is asked for; those change nothing here.
  for (double w : weights)
    if (w != weights.front())
      throw Error("svm: libsvm takes no per-sample weights; use class_weight=balanced for class weights");
  n_classes_ = data.n_classes;
  n_features_ = data.X.cols();
  fitted_ = true;
  classes_.clear();
  const std::vector<std::size_t> counts = class_counts(data.y, data.n_classes);
  for (int c = 0; c < data.n_classes; ++c)
    if (counts[static_cast<std::size_t>(c)] > 0) classes_.push_back(c);
  svm_.model.reset();
  if (classes_.size() < 2) return;  // predict_proba gives the one class probability 1

  // Rows grouped by class, ascending and stable within a class: the order in which scikit-learn's
  // libsvm visits them, and it makes libsvm's label order the ascending class order.
  Indices order;
  for (const Indices& rows : rows_by_class(data.y, data.n_classes)) order.insert(order.end(), rows.begin(), rows.end());
  const Matrix X = take_rows(data.X, order);
  std::vector<double> y;
  for (std::size_t r : order) y.push_back(data.y[r]);

  svm_parameter param = parameters(X);
  // scikit-learn's 'balanced': n / (present classes * n_c), multiplying C per class.
  std::vector<int> weight_label;
  std::vector<double> class_weight;
  if (balanced_)
    for (int c : classes_) {
      weight_label.push_back(c);
      const auto n_c = static_cast<double>(counts[static_cast<std::size_t>(c)]);
      class_weight.push_back(static_cast<double>(data.y.size()) / (static_cast<double>(classes_.size()) * n_c));
    }
  param.nr_weight = static_cast<int>(weight_label.size());
  param.weight_label = weight_label.data();
  param.weight = class_weight.data();
  svm_ = train_svm(X, y, param, static_cast<std::uint32_t>(rng.next_u64()), kName);
}

Matrix SupportVectorClassifier::decision_values(const Matrix& X) const {
  check_predict_input(X, n_features_, fitted_, kName);
  const auto k = static_cast<Eigen::Index>(classes_.size());
  Matrix out(X.rows(), k * (k - 1) / 2);
  if (!svm_.model) return out;
  std::vector<svm_node> buffer;
  std::vector<double> values(static_cast<std::size_t>(out.cols()));
  for (Eigen::Index i = 0; i < X.rows(); ++i) {
    svm_predict_values(svm_.model.get(), svm_row(X, i, buffer), values.data());
    for (Eigen::Index j = 0; j < out.cols(); ++j) out(i, j) = values[static_cast<std::size_t>(j)];
  }
  return out;
}

Matrix SupportVectorClassifier::predict_proba(const Matrix& X) const {
  check_predict_input(X, n_features_, fitted_, kName);
  Matrix proba = Matrix::Zero(X.rows(), n_classes_);
  if (!svm_.model) {
    proba.col(classes_.front()).setOnes();
    return proba;
  }
  std::vector<svm_node> buffer;
  std::vector<double> p(classes_.size());
  for (Eigen::Index i = 0; i < X.rows(); ++i) {
    svm_predict_probability(svm_.model.get(), svm_row(X, i, buffer), p.data());
    // Pairwise coupling can leave tiny rounding: renormalise so rows sum to one.
    double total = 0;
    for (double v : p) total += std::max(v, 0.0);
    for (std::size_t c = 0; c < classes_.size(); ++c) proba(i, classes_[c]) = std::max(p[c], 0.0) / total;
  }
  return proba;
}

namespace {

ParamSchema svm_schema() {
  ParamSchema schema;
  schema.choice("kernel", "rbf", {"rbf", "linear", "poly", "sigmoid"}, "kernel function")
      .real("C", 1.0, 0.0, std::nullopt, "penalty on margin violations", true)
      .text("gamma", "scale",
            "kernel coefficient of rbf/poly/sigmoid: scale = 1 / (n_features var(X)), auto = 1 / n_features, "
            "or a positive number",
            [](const std::string& value, const std::string& owner) {
              if (value == "scale" || value == "auto") return value;
              std::size_t used = 0;
              double g = 0;
              try {
                g = std::stod(value, &used);
              } catch (const std::exception&) {
                used = 0;
              }
              if (used != value.size() || !(g > 0) || !std::isfinite(g))
                throw Error(owner + ": parameter 'gamma' is '" + value +
                            "'; expected scale, auto or a positive number");
              return canonical_number(g);
            })
      .integer("degree", 3, 1, std::nullopt, "degree of the poly kernel")
      .real("coef0", 0.0, std::nullopt, std::nullopt, "independent term of the poly and sigmoid kernels")
      .choice("class_weight", "none", {"none", "balanced"},
              "balanced multiplies C for class c by n / (n_classes n_c), as scikit-learn")
      .real("tol", 1e-3, 0.0, std::nullopt, "stopping tolerance of libsvm's solver", true);
  return schema;
}

}  // namespace

IMBENCH_REGISTER_PLUGIN({Kind::Model, kName,
                         "Kernel SVM (libsvm C-SVC, one-vs-one) with Platt-scaled probabilities.",
                         "Chang & Lin 2011, LIBSVM, ACM TIST 2(3); Platt 1999; Wu, Lin & Weng 2004, JMLR 5",
                         svm_schema(), Capabilities{.binary = true, .multiclass = true, .sample_weights = false},
                         [](const Params& p) { return std::make_unique<SupportVectorClassifier>(p); }})

}  // namespace imbench
