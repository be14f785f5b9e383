#include <doctest/doctest.h>

#include <cmath>
#include <vector>

#include "algorithms/loss/shared/row_losses.hpp"
#include "core/error.hpp"
#include "core/registry.hpp"

using namespace imbench;

namespace {

std::unique_ptr<Loss> make_loss(const std::string& spec) {
  return Registry::instance().build<Loss>(Kind::Loss, parse_spec(spec)).plugin;
}

double logit(double p) { return std::log(p / (1 - p)); }

Matrix column(const std::vector<double>& values) {
  return Eigen::Map<const Vector>(values.data(), static_cast<Eigen::Index>(values.size()));
}

// Central differences of the loss of row i in score j.
struct Numeric {
  double gradient, hessian;
};
Numeric finite_differences(const Loss& loss, Matrix scores, const Labels& target, Eigen::Index i, Eigen::Index j) {
  const double h = 1e-4, z = scores(i, j);
  auto value = [&](double at) {
    scores(i, j) = at;
    return loss.evaluate(scores, target).value[i];
  };
  const double up = value(z + h), mid = value(z), down = value(z - h);
  const double h2 = 1e-6;
  const double grad_up = (value(z + h + h2) - value(z + h - h2)) / (2 * h2);
  const double grad_down = (value(z - h + h2) - value(z - h - h2)) / (2 * h2);
  (void)mid;
  return {(up - down) / (2 * h), (grad_up - grad_down) / (2 * h)};
}

}  // namespace

TEST_CASE("focal loss reproduces the seed slides' table") {
  // Predicted probability of class 1 for one label-0 sample and nine label-1 samples.
  const std::vector<double> label0 = {0.7};
  const std::vector<double> label1 = {0.8, 0.7, 0.8, 0.8, 0.8, 0.9, 0.9, 0.8, 0.7};
  // The slides print three decimals, each within 0.001 of the exact value.
  const double slide_label0[] = {1.204, 0.842, 0.589, 0.412, 0.289};
  const double slide_label1_sum[] = {2.039, 0.458, 0.111, 0.028, 0.007};
  for (int gamma = 0; gamma <= 4; ++gamma) {
    CAPTURE(gamma);
    // alpha = 0.5 weighs both classes alike at half the unweighted loss.
    auto focal = make_loss("focal:alpha=0.5,gamma=" + std::to_string(gamma));
    std::vector<double> scores;
    Labels target;
    for (double p : label0) scores.push_back(logit(p)), target.push_back(0);
    for (double p : label1) scores.push_back(logit(p)), target.push_back(1);
    const Vector value = 2 * focal->evaluate(column(scores), target).value;
    const double exact0 = -std::pow(0.7, gamma) * std::log(0.3);
    CHECK(value[0] == doctest::Approx(exact0).epsilon(1e-12));
    CHECK(std::abs(value[0] - slide_label0[gamma]) < 1e-3);
    double exact_sum = 0;
    for (double p : label1) exact_sum += -std::pow(1 - p, gamma) * std::log(p);
    const double sum = value.tail(9).sum();
    CHECK(sum == doctest::Approx(exact_sum).epsilon(1e-12));
    CHECK(std::abs(sum - slide_label1_sum[gamma]) < 1e-3);
  }
}

TEST_CASE("loss gradients and Hessians agree with finite differences") {
  const std::vector<std::string> specs = {"cross_entropy", "focal:gamma=0.5,alpha=0.25", "focal:gamma=1,alpha=0.9",
                                          "focal:gamma=2,alpha=0.5", "focal:gamma=5,alpha=0.25",
                                          "weighted_cross_entropy:class_weight=1;3;0.5", "class_balanced:beta=0.99"};
  // Binary: one logit per row. Multi-class: three softmax logits per row.
  const Matrix binary = column({-3.0, -0.7, 0.0, 0.4, 2.5, 1.1});
  const Labels binary_target = {0, 1, 0, 1, 1, 0};
  Matrix multi(4, 3);
  multi << 0.2, -1.0, 1.5, 2.0, 0.3, -0.4, -0.5, -0.5, 0.9, 1.2, 1.0, 1.1;
  const Labels multi_target = {0, 0, 2, 1};
  for (const std::string& spec : specs) {
    CAPTURE(spec);
    auto loss = make_loss(spec);
    for (int form = 0; form < 2; ++form) {
      const Matrix& scores = form == 0 ? binary : multi;
      const Labels& target = form == 0 ? binary_target : multi_target;
      loss->prepare(Labels{0, 1, 1, 2, 0, 0, 0}, 3);
      if (form == 0 && spec.find("1;3;0.5") != std::string::npos) continue;  // three weights need three classes
      if (form == 0) loss->prepare(binary_target, 2);
      const LossTerms terms = loss->evaluate(scores, target);
      for (Eigen::Index i = 0; i < scores.rows(); ++i)
        for (Eigen::Index j = 0; j < scores.cols(); ++j) {
          CAPTURE(i);
          CAPTURE(j);
          const Numeric numeric = finite_differences(*loss, scores, target, i, j);
          CHECK(terms.gradient(i, j) == doctest::Approx(numeric.gradient).epsilon(1e-6).scale(1e-3));
          if (terms.hessian(i, j) > kHessianFloor)
            CHECK(terms.hessian(i, j) == doctest::Approx(numeric.hessian).epsilon(1e-4).scale(1e-3));
        }
    }
  }
}

TEST_CASE("focal with gamma 0 is cross-entropy; its Hessian is floored where it turns negative") {
  const Matrix scores = column({-2.0, 0.5, 3.0});
  const Labels target = {1, 0, 1};
  const LossTerms ce = make_loss("cross_entropy")->evaluate(scores, target);
  const LossTerms focal = make_loss("focal:gamma=0,alpha=0.5")->evaluate(scores, target);
  CHECK((2 * focal.value - ce.value).cwiseAbs().maxCoeff() < 1e-15);
  CHECK((2 * focal.gradient - ce.gradient).cwiseAbs().maxCoeff() < 1e-15);
  for (Eigen::Index i = 0; i < 3; ++i) {
    const double p = 1 / (1 + std::exp(-scores(i, 0)));
    CHECK(ce.gradient(i, 0) == doctest::Approx(p - target[static_cast<std::size_t>(i)]));
    CHECK(ce.hessian(i, 0) == doctest::Approx(p * (1 - p)));
  }
  // A badly misclassified row (p_t = sigmoid(-4) = 0.018 < 0.058 for gamma 2) has negative curvature.
  const loss::FocalForm form{2.0, 0.25};
  CHECK(loss::binary_focal_hessian(-4.0, 1, form) < 0);
  CHECK(loss::binary_focal_hessian(4.0, 0, form) < 0);
  CHECK(loss::binary_focal_hessian(-1.0, 1, form) > 0);
  const LossTerms clamped = make_loss("focal:gamma=2")->evaluate(column({-4.0}), Labels{1});
  CHECK(clamped.hessian(0, 0) == kHessianFloor);
}

TEST_CASE("class weights of weighted_cross_entropy and class_balanced come from the training targets") {
  const Labels train = {0, 0, 0, 0, 0, 0, 1, 1};  // 6 : 2
  const Matrix scores = column({0.3, -0.2});
  const Labels target = {0, 1};
  const LossTerms ce = make_loss("cross_entropy")->evaluate(scores, target);

  auto balanced = make_loss("weighted_cross_entropy");
  balanced->prepare(train, 2);
  const LossTerms b = balanced->evaluate(scores, target);
  CHECK(b.value[0] == doctest::Approx(ce.value[0] * 8.0 / 12.0));  // n / (C n_0)
  CHECK(b.value[1] == doctest::Approx(ce.value[1] * 8.0 / 4.0));

  auto cb = make_loss("class_balanced:beta=0.9,base=cross_entropy");
  cb->prepare(train, 2);
  const LossTerms c = cb->evaluate(scores, target);
  const double w0 = 0.1 / (1 - std::pow(0.9, 6)), w1 = 0.1 / (1 - std::pow(0.9, 2));
  CHECK(c.value[0] == doctest::Approx(ce.value[0] * 2 * w0 / (w0 + w1)));
  CHECK(c.value[1] == doctest::Approx(ce.value[1] * 2 * w1 / (w0 + w1)));

  auto none = make_loss("class_balanced:beta=0,base=cross_entropy");
  none->prepare(train, 2);
  CHECK((none->evaluate(scores, target).value - ce.value).cwiseAbs().maxCoeff() == 0.0);
}

TEST_CASE("loss parameters and inputs are checked") {
  CHECK_THROWS_WITH_AS(make_loss("focal:gamma=-1"), doctest::Contains("gamma"), Error);
  CHECK_THROWS_WITH_AS(make_loss("weighted_cross_entropy:class_weight=1;x"), doctest::Contains("class_weight"), Error);
  CHECK_THROWS_WITH_AS(make_loss("weighted_cross_entropy:class_weight=0;0"), doctest::Contains("positive"), Error);
  CHECK(Registry::instance().canonicalize(Kind::Loss, parse_spec("weighted_cross_entropy:class_weight=1.0;10")).text() ==
        "weighted_cross_entropy:class_weight=1;10");
  auto fixed = make_loss("weighted_cross_entropy:class_weight=1;10");
  CHECK_THROWS_WITH_AS(fixed->prepare(Labels{0, 1, 2}, 3), doctest::Contains("3 classes"), Error);
  auto ce = make_loss("cross_entropy");
  CHECK_THROWS_WITH_AS(ce->evaluate(column({0.1}), Labels{2}), doctest::Contains("out of range"), Error);
  CHECK_THROWS_WITH_AS(ce->evaluate(column({0.1, 0.2}), Labels{1}), doctest::Contains("targets"), Error);
  CHECK_THROWS_WITH_AS(make_loss("focul"), doctest::Contains("focal"), Error);
}
