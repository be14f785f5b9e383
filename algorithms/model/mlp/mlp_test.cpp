#include <doctest/doctest.h>

#include <cmath>
#include <string>

#include "algorithms/model/mlp/mlp.hpp"
#include "algorithms/model/mlp/network.hpp"
#include "algorithms/model/mlp/validation_split.hpp"
#include "core/error.hpp"
#include "core/loss.hpp"
#include "core/registry.hpp"
#include "algorithms/model/shared_ensemble/test_support.hpp"
#include "tests/support/forest_oracle.hpp"

using namespace imbench;
using imbench::testing::balanced_accuracy_of;
using imbench::testing::make_classifier;
using imbench::testing::shifted_classes;

namespace {

Mlp& as_mlp(std::unique_ptr<Classifier>& model) { return dynamic_cast<Mlp&>(*model); }

std::unique_ptr<Classifier> fitted(const std::string& spec, const Matrix& X, const Labels& y, int n_classes,
                                   const Weights& w = {}, std::uint64_t seed = 1) {
  auto model = make_classifier(spec);
  RandomStream rng = RandomStream::keyed("mlp-test", seed);
  model->fit({X, y, n_classes}, w, rng);
  return model;
}

long positives(const Matrix& proba) { return static_cast<long>((proba.col(1).array() > 0.5).count()); }

}  // namespace

TEST_CASE("mlp backpropagation agrees with finite differences (every activation, sigmoid and softmax, losses)") {
  RandomStream rng = RandomStream::keyed("mlp-gradient");
  const Eigen::Index n = 7;
  Matrix X(n, 3);
  for (Eigen::Index i = 0; i < X.size(); ++i) X.data()[i] = rng.normal();
  Vector weight(n);
  for (Eigen::Index i = 0; i < n; ++i) weight[i] = 0.5 + rng.uniform();
  struct Case {
    mlp::Activation activation;
    int outputs;
    std::string loss;
  };
  for (const Case& c : {Case{mlp::Activation::Relu, 1, "cross_entropy"}, Case{mlp::Activation::Tanh, 1, "focal:gamma=2"},
                        Case{mlp::Activation::Logistic, 1, "cross_entropy"}, Case{mlp::Activation::Relu, 3, "cross_entropy"},
                        Case{mlp::Activation::Tanh, 3, "focal:gamma=1"}, Case{mlp::Activation::Logistic, 3, "cross_entropy"}}) {
    CAPTURE(c.outputs);
    CAPTURE(c.loss);
    CAPTURE(static_cast<int>(c.activation));
    Labels target(static_cast<std::size_t>(n));
    for (std::size_t i = 0; i < target.size(); ++i) target[i] = static_cast<int>(i % static_cast<std::size_t>(std::max(2, c.outputs)));
    auto loss = Registry::instance().build<Loss>(Kind::Loss, parse_spec(c.loss)).plugin;
    mlp::Network net({3, 5, 4, c.outputs}, c.activation);
    RandomStream init = RandomStream::keyed("mlp-gradient-init", c.outputs);
    const Vector theta = net.initial_parameters(init);
    Vector gradient, unused;
    net.objective(theta, X, target, weight, *loss, 0.3, gradient);
    REQUIRE(gradient.size() == net.n_parameters());
    double worst = 0.0;
    for (Eigen::Index k = 0; k < theta.size(); ++k) {
      const double h = 1e-6;
      Vector up = theta, down = theta;
      up[k] += h;
      down[k] -= h;
      const double numeric = (net.objective(up, X, target, weight, *loss, 0.3, unused) -
                              net.objective(down, X, target, weight, *loss, 0.3, unused)) / (2 * h);
      worst = std::max(worst, std::abs(numeric - gradient[k]) / std::max(1.0, std::abs(numeric)));
    }
    CHECK(worst < 1e-7);
  }
}

TEST_CASE("mlp initialises as scikit-learn: Glorot uniform bounds per layer") {
  mlp::Network net({10, 20, 1}, mlp::Activation::Relu);
  RandomStream rng = RandomStream::keyed("mlp-init");
  const Vector theta = net.initial_parameters(rng);
  REQUIRE(theta.size() == 10 * 20 + 20 + 20 + 1);
  const double first = std::sqrt(6.0 / 30.0), second = std::sqrt(6.0 / 21.0);
  CHECK(theta.head(220).cwiseAbs().maxCoeff() <= first);
  CHECK(theta.head(220).cwiseAbs().maxCoeff() > 0.9 * first);
  CHECK(theta.tail(21).cwiseAbs().maxCoeff() <= second);
  mlp::Network logistic({10, 20, 1}, mlp::Activation::Logistic);
  RandomStream again = RandomStream::keyed("mlp-init");
  CHECK(logistic.initial_parameters(again).head(220).cwiseAbs().maxCoeff() <= std::sqrt(2.0 / 30.0));
}

TEST_CASE("mlp learns XOR, which no linear model can") {
  RandomStream rng = RandomStream::keyed("mlp-xor");
  Matrix X(400, 2);
  Labels y(400);
  for (Eigen::Index i = 0; i < 400; ++i) {
    const double a = (i % 2 ? 1.0 : -1.0), b = ((i / 2) % 2 ? 1.0 : -1.0);
    X(i, 0) = a + 0.3 * rng.normal();
    X(i, 1) = b + 0.3 * rng.normal();
    y[static_cast<std::size_t>(i)] = a * b > 0 ? 1 : 0;
  }
  for (const std::string solver : {"adam", "sgd"}) {
    CAPTURE(solver);
    auto model = fitted("mlp:hidden_layer_sizes=8,activation=tanh,learning_rate=0.02,max_epochs=300,solver=" + solver,
                        X, y, 2);
    CHECK(balanced_accuracy_of(y, model->predict_proba(X)) > 0.97);
  }
  auto linear = fitted("logistic_regression", X, y, 2);
  CHECK(balanced_accuracy_of(y, linear->predict_proba(X)) < 0.7);
}

TEST_CASE("mlp softmax: three classes, probabilities sum to one, an absent class gets zero") {
  RandomStream rng = RandomStream::keyed("mlp-three");
  Matrix X(300, 2);
  Labels y(300);
  for (Eigen::Index i = 0; i < 300; ++i) {
    const int label = static_cast<int>(i % 3) == 1 ? 3 : static_cast<int>(i % 3);  // classes 0, 2, 3 of 4
    X(i, 0) = rng.normal() + 2.5 * (label == 2);
    X(i, 1) = rng.normal() + 2.5 * (label == 3);
    y[static_cast<std::size_t>(i)] = label;
  }
  auto model = fitted("mlp:hidden_layer_sizes={16,8},learning_rate=0.01", X, y, 4);
  const Matrix p = model->predict_proba(X);
  REQUIRE(p.cols() == 4);
  CHECK((p.rowwise().sum().array() - 1.0).abs().maxCoeff() < 1e-12);
  CHECK(p.col(1).maxCoeff() == 0.0);
  CHECK(balanced_accuracy_of(y, p) > 0.8);
}

TEST_CASE("mlp is deterministic in its stream; another stream gives another network") {
  const auto d = shifted_classes(300, 4, 0.2, 1.5, "mlp-determinism", 1);
  const std::string spec = "mlp:hidden_layer_sizes=10,max_epochs=30,early_stopping=true,schedule=dynamic_sampling";
  const Matrix a = fitted(spec, d.X, d.y, 2)->predict_proba(d.X);
  CHECK(a == fitted(spec, d.X, d.y, 2)->predict_proba(d.X));
  CHECK(a != fitted(spec, d.X, d.y, 2, {}, 2)->predict_proba(d.X));
  // Nothing inside starts threads: TBB's thread count cannot change the fit.
  imbench::testing::check_thread_invariance("mlp:hidden_layer_sizes=8,max_epochs=20,schedule=dynamic_sampling");
  imbench::testing::check_thread_invariance("negative_sampling:rate=0.3,guide=pilot,model={mlp:max_epochs=20}");
}

TEST_CASE("mlp: loss plugins and sample weights change what it learns") {
  const auto d = shifted_classes(600, 4, 0.08, 1.2, "mlp-loss", 3);
  const std::string base = "mlp:hidden_layer_sizes=8,max_epochs=100,learning_rate=0.01,";
  const long plain = positives(fitted(base + "loss=cross_entropy", d.X, d.y, 2)->predict_proba(d.X));
  const long focal = positives(fitted(base + "loss={focal:gamma=2,alpha=0.9}", d.X, d.y, 2)->predict_proba(d.X));
  const long balanced =
      positives(fitted(base + "loss={weighted_cross_entropy:class_weight=balanced}", d.X, d.y, 2)->predict_proba(d.X));
  Weights w(d.y.size());
  for (std::size_t i = 0; i < w.size(); ++i) w[i] = d.y[i] == 1 ? 10.0 : 1.0;
  const long weighted = positives(fitted(base + "loss=cross_entropy", d.X, d.y, 2, w)->predict_proba(d.X));
  CAPTURE(plain);
  CAPTURE(focal);
  CAPTURE(balanced);
  CAPTURE(weighted);
  CHECK(focal > plain + 20);
  CHECK(balanced > plain + 50);
  CHECK(weighted > plain + 50);
}

TEST_CASE("mlp stops early on a stratified validation split and on a flat training loss") {
  const auto d = shifted_classes(400, 4, 0.3, 3.0, "mlp-early", 1);
  auto early = fitted("mlp:hidden_layer_sizes=10,max_epochs=500,early_stopping=true,n_iter_no_change=5", d.X, d.y, 2);
  Mlp& m = as_mlp(early);
  CHECK(m.epochs() < 500);
  CHECK(m.validation_scores().size() == static_cast<std::size_t>(m.epochs()));
  // Trained on the 90% left after holding out a tenth of each class.
  CHECK(m.epoch_class_rows()[0][1] == static_cast<std::size_t>(std::count(d.y.begin(), d.y.end(), 1)) -
                                          static_cast<std::size_t>(std::llround(0.1 * std::count(d.y.begin(), d.y.end(), 1))));
  auto flat = fitted("mlp:hidden_layer_sizes=10,max_epochs=500,tol=0.01,n_iter_no_change=2", d.X, d.y, 2);
  CHECK(as_mlp(flat).epochs() < 500);
  CHECK(as_mlp(flat).validation_scores().empty());

  RandomStream split_rng = RandomStream::keyed(9);
  const mlp::Holdout split = mlp::stratified_holdout(d.y, 2, 0.25, split_rng);
  CHECK(split.train.size() + split.validation.size() == d.y.size());
  const auto ones = static_cast<double>(std::count(d.y.begin(), d.y.end(), 1));
  CHECK(split.validation.size() == static_cast<std::size_t>(std::llround(0.25 * ones) +
                                                            std::llround(0.25 * (static_cast<double>(d.y.size()) - ones))));
}

TEST_CASE("mlp trains each epoch on the rows its schedule picks") {
  const auto d = shifted_classes(300, 3, 0.2, 1.0, "mlp-schedule", 1);
  const auto n1 = static_cast<std::size_t>(std::count(d.y.begin(), d.y.end(), 1));
  const std::size_t n0 = d.y.size() - n1;
  auto two_phase = fitted("mlp:hidden_layer_sizes=5,max_epochs=6,tol=0,schedule={two_phase:pretrain_epochs=2}", d.X, d.y, 2);
  const auto& rows = as_mlp(two_phase).epoch_class_rows();
  REQUIRE(rows.size() == 6);
  CHECK(rows[0] == std::vector<std::size_t>{n1, n1});
  CHECK(rows[1] == std::vector<std::size_t>{n1, n1});
  CHECK(rows[2] == std::vector<std::size_t>{n0, n1});

  auto dynamic = fitted("mlp:hidden_layer_sizes=5,max_epochs=4,tol=0,schedule=dynamic_sampling", d.X, d.y, 2);
  const auto& dyn = as_mlp(dynamic).epoch_class_rows();
  REQUIRE(dyn.size() == 4);
  const std::size_t train_rows = dyn[0][0] + dyn[0][1];
  CHECK(train_rows < d.y.size());  // validation held out
  for (std::size_t e = 1; e < dyn.size(); ++e) CHECK(std::abs(static_cast<long>(dyn[e][0] + dyn[e][1]) - static_cast<long>(train_rows)) <= 1);
}

TEST_CASE("mlp rejects bad parameters and input, naming them") {
  auto bad = [](const std::string& spec, const std::string& name) {
    CAPTURE(spec);
    CHECK_THROWS_WITH_AS(make_classifier(spec), doctest::Contains(name.c_str()), Error);
  };
  bad("mlp:hidden_layer_sizes=0", "hidden_layer_sizes");
  bad("mlp:hidden_layer_sizes={8,x}", "hidden_layer_sizes");
  bad("mlp:hidden_layer_sizes={8,}", "hidden_layer_sizes");
  bad("mlp:learning_rate=0", "learning_rate");
  bad("mlp:validation_fraction=1", "validation_fraction");
  bad("mlp:activation=softsign", "activation");
  bad("mlp:solver=lbfgs", "solver");
  bad("mlp:max_epochs=0", "max_epochs");
  bad("mlp:momentum=1.5", "momentum");
  bad("mlp:beta_2=1", "beta_2");
  bad("mlp:loss=focul", "loss");
  bad("mlp:schedule=dynamic", "schedule");
  bad("mlp:schedule={two_phase:sampling=sideways}", "sampling");
  CHECK(Registry::instance().canonicalize(Kind::Model, parse_spec("mlp:hidden_layer_sizes={064,32}")).text().find(
            "hidden_layer_sizes={64,32}") != std::string::npos);

  Matrix X = Matrix::Zero(4, 2);
  Labels y = {0, 0, 1, 1};
  auto model = make_classifier("mlp:early_stopping=true,validation_fraction=0.1");
  RandomStream rng = RandomStream::keyed(1);
  CHECK_THROWS_WITH_AS(model->predict_proba(X), doctest::Contains("before fit"), Error);
  CHECK_THROWS_WITH_AS(model->fit({X, y, 2}, {}, rng), doctest::Contains("validation_fraction"), Error);
  CHECK_THROWS_WITH_AS(model->fit({X, y, 2}, {1, 1, -1, 1}, rng), doctest::Contains("sample weight"), Error);
}
