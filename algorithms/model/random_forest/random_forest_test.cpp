#include <doctest/doctest.h>
#include <tbb/global_control.h>

#include <sstream>
#include <string>

#include "core/error.hpp"
#include "core/registry.hpp"
#include "tests/support/forest_oracle.hpp"

using namespace imbench;
namespace oracle = imbench::testing;

namespace {

std::unique_ptr<Classifier> make_model(const std::string& spec) { return oracle::make_classifier(spec); }

oracle::ShiftedClasses noisy_blobs(std::size_t n, std::uint64_t seed) {
  return oracle::shifted_classes(n, 5, 0.1, 1.0, "forest-test", seed);
}

}  // namespace

TEST_CASE("random_forest scores like scikit-learn's RandomForestClassifier on imbalanced data") {
  struct Case {
    int seed, n_classes;
    bool weighted;
    std::string params;  // ours; the oracle gets the same with n_trees renamed n_estimators
  };
  const Case cases[] = {
      {1, 2, false, "n_trees=50"},
      {2, 3, true, "n_trees=50,class_weight=balanced_subsample,max_depth=6"},
      {3, 2, true, "n_trees=50,class_weight=balanced,min_samples_leaf=3,criterion=entropy,max_samples=0.5"},
      {4, 3, false, "n_trees=50,class_weight=balanced,bootstrap=false,max_features=fraction,max_features_fraction=0.5"},
  };
  for (const Case& c : cases) {
    std::vector<std::string> sklearn_params;
    std::istringstream given(c.params);
    for (std::string a; std::getline(given, a, ',');) {
      if (a.rfind("n_trees=", 0) == 0) a = "n_estimators=" + a.substr(8);
      if (a == "bootstrap=false") a = "bootstrap=False";
      if (a == "max_features=fraction") continue;
      if (a.rfind("max_features_fraction=", 0) == 0) a = "max_features=" + a.substr(22);
      sklearn_params.push_back(a);
    }
    oracle::check_forest_matches_oracle("random_forest:" + c.params, sklearn_params, c.seed, c.n_classes, c.weighted);
  }
}

TEST_CASE("random_forest gives bit-identical results with one thread and with two") {
  oracle::ShiftedClasses data = noisy_blobs(600, 1);
  auto run = [&](int threads) {
    tbb::global_control limit(tbb::global_control::max_allowed_parallelism, static_cast<std::size_t>(threads));
    auto model = make_model("random_forest:n_trees=24,class_weight=balanced_subsample");
    RandomStream rng = RandomStream::keyed("threads");
    model->fit({data.X, data.y, 2}, {}, rng);
    return model->predict_proba(data.X);
  };
  Matrix one = run(1), two = run(2);
  CHECK(one == two);
  // A different stream grows a different forest.
  auto model = make_model("random_forest:n_trees=24,class_weight=balanced_subsample");
  RandomStream other = RandomStream::keyed("other");
  model->fit({data.X, data.y, 2}, {}, other);
  CHECK(model->predict_proba(data.X) != one);
}

TEST_CASE("random_forest without bootstrap or feature sampling is its one tree, repeated") {
  oracle::ShiftedClasses data = noisy_blobs(300, 2);
  RandomStream rng = RandomStream::keyed("single");
  auto forest = make_model("random_forest:n_trees=3,bootstrap=false,max_features=all,class_weight=balanced_subsample");
  auto tree = make_model("decision_tree:class_weight=balanced");
  forest->fit({data.X, data.y, 2}, {}, rng);
  tree->fit({data.X, data.y, 2}, {}, rng);
  oracle::ShiftedClasses test = noisy_blobs(200, 3);
  CHECK((forest->predict_proba(test.X) - tree->predict_proba(test.X)).cwiseAbs().maxCoeff() < 1e-15);
}

TEST_CASE("random_forest: probabilities are averages of leaf fractions; bad input is an error") {
  oracle::ShiftedClasses data = noisy_blobs(200, 4);
  auto model = make_model("random_forest:n_trees=10");
  RandomStream rng = RandomStream::keyed("sum");
  model->fit({data.X, data.y, 3}, {}, rng);  // class 2 has no rows
  Matrix p = model->predict_proba(data.X);
  REQUIRE(p.cols() == 3);
  for (Eigen::Index i = 0; i < p.rows(); ++i) CHECK(p.row(i).sum() == doctest::Approx(1.0));
  CHECK(p.col(2).cwiseAbs().maxCoeff() == 0.0);
  CHECK_THROWS_WITH_AS(model->predict_proba(Matrix::Zero(2, 4)), doctest::Contains("fitted on 5"), Error);
  CHECK_THROWS_WITH_AS(make_model("random_forest:n_trees=0"), doctest::Contains("n_trees"), Error);
  CHECK_THROWS_WITH_AS(make_model("random_forest:max_samples=0"), doctest::Contains("max_samples"), Error);
  CHECK_THROWS_WITH_AS(make_model("random_forest:class_weight=auto"), doctest::Contains("balanced_subsample"), Error);
}
