// Ridge regression with scikit-learn's Ridge conventions: minimises
// sum_i w_i (y_i - b - x_i.beta)^2 + alpha |beta|^2 with the intercept b not
// penalised (it comes from the weighted means). alpha = 0 is ordinary least
// squares, where a rank-deficient design gets the minimum-norm solution as
// scikit-learn's LinearRegression (lstsq) gives.
#include <Eigen/QR>

#include <cmath>
#include <memory>

#include "algorithms/model/common/training_input.hpp"
#include "core/registry.hpp"

namespace imbench {
namespace {

class Ridge final : public Regressor {
 public:
  explicit Ridge(const Params& params)
      : alpha_(params.real("alpha")), fit_intercept_(params.boolean("fit_intercept")) {}

  void fit(const RegressionData& data, const Weights& weights, RandomStream&) override {
    check_regression_input(data, weights, "ridge");
    const Eigen::Index n = data.X.rows(), d = data.X.cols();
    const Weights w = weights_or_ones(weights, static_cast<std::size_t>(n));
    const Eigen::Map<const Eigen::VectorXd> sample_weight(w.data(), n), y(data.y.data(), n);
    Eigen::RowVectorXd x_mean = Eigen::RowVectorXd::Zero(d);
    double y_mean = 0;
    if (fit_intercept_) {
      const double total = sample_weight.sum();
      x_mean = sample_weight.transpose() * data.X / total;
      y_mean = sample_weight.dot(y) / total;
    }
    // The weighted problem as plain least squares on rows scaled by sqrt(w), stacked on
    // sqrt(alpha) I for the penalty. A complete orthogonal decomposition of that system
    // avoids squaring the condition number (as normal equations would) and yields the
    // minimum-norm solution when alpha = 0 and the columns are dependent.
    const Eigen::VectorXd root_w = sample_weight.cwiseSqrt();
    Eigen::MatrixXd design(n + (alpha_ > 0 ? d : 0), d);
    Eigen::VectorXd target = Eigen::VectorXd::Zero(design.rows());
    design.topRows(n) = root_w.asDiagonal() * (data.X.rowwise() - x_mean);
    target.head(n) = root_w.cwiseProduct((y.array() - y_mean).matrix());
    if (alpha_ > 0) design.bottomRows(d) = std::sqrt(alpha_) * Eigen::MatrixXd::Identity(d, d);
    coef_ = design.completeOrthogonalDecomposition().solve(target);
    intercept_ = y_mean - x_mean.dot(coef_);
    fitted_ = true;
  }

  std::vector<double> predict(const Matrix& X) const override {
    check_predict_input(X, coef_.size(), fitted_, "ridge", "predict");
    const Eigen::VectorXd out = (X * coef_).array() + intercept_;
    return {out.data(), out.data() + out.size()};
  }

 private:
  double alpha_;
  bool fit_intercept_;
  Eigen::VectorXd coef_;
  double intercept_ = 0;
  bool fitted_ = false;
};

ParamSchema ridge_schema() {
  ParamSchema schema;
  schema.real("alpha", 1.0, 0.0, std::nullopt, "L2 penalty on the coefficients (not the intercept); 0: least squares")
      .boolean("fit_intercept", true, "fit an unpenalised intercept (centre X and y by their weighted means)");
  return schema;
}

}  // namespace

IMBENCH_REGISTER_PLUGIN({Kind::Model, "ridge",
                         "Linear least squares with an L2 penalty (alpha = 0: ordinary least squares); sample "
                         "weights weigh the squared errors.",
                         "Hoerl & Kennard, Ridge Regression: Biased Estimation for Nonorthogonal Problems, "
                         "Technometrics 12(1), 1970; scikit-learn Ridge / LinearRegression",
                         ridge_schema(),
                         Capabilities{.binary = false, .multiclass = false, .sample_weights = true, .regression = true},
                         [](const Params& p) { return std::make_unique<Ridge>(p); }})

}  // namespace imbench
