#include <doctest/doctest.h>
#include <tbb/global_control.h>

#include <string>

#include "core/error.hpp"
#include "tests/support/forest_oracle.hpp"

using namespace imbench;
namespace oracle = imbench::testing;

namespace {

std::unique_ptr<Classifier> make_model(const std::string& spec) { return oracle::make_classifier(spec); }

// Two overlapping Gaussian classes in 4-D, about 1 positive in 20.
oracle::ShiftedClasses overlapping_classes(std::size_t n, std::uint64_t seed) {
  return oracle::shifted_classes(n, 4, 0.05, 1.2, "brf-test", seed);
}

double minority_recall(const Labels& y, const Matrix& proba) {
  double hits = 0, total = 0;
  for (std::size_t i = 0; i < y.size(); ++i)
    if (y[i] == 1) total += 1, hits += proba(static_cast<Eigen::Index>(i), 1) > 0.5 ? 1 : 0;
  return hits / total;
}

}  // namespace

TEST_CASE("balanced_random_forest scores like imbalanced-learn's BalancedRandomForestClassifier") {
  oracle::check_forest_matches_oracle("balanced_random_forest:n_trees=50", {"model=balanced", "n_estimators=50"}, 1, 2,
                                      false);
  oracle::check_forest_matches_oracle("balanced_random_forest:n_trees=50", {"model=balanced", "n_estimators=50"}, 2, 3,
                                      true);
  // Chen et al.'s original: every class bootstrapped at the minority size, no second bootstrap.
  oracle::check_forest_matches_oracle(
      "balanced_random_forest:n_trees=50,sampling_strategy=all,replacement=true,bootstrap=false",
      {"model=balanced", "n_estimators=50", "sampling_strategy=all", "replacement=True", "bootstrap=False"}, 3, 2,
      false);
}

TEST_CASE("balanced_random_forest finds far more of the minority than random_forest on overlapping classes") {
  oracle::ShiftedClasses train = overlapping_classes(3000, 1), test = overlapping_classes(3000, 2);
  RandomStream rng = RandomStream::keyed("brf-recall");
  auto plain = make_model("random_forest:n_trees=30");
  auto balanced = make_model("balanced_random_forest:n_trees=30");
  plain->fit({train.X, train.y, 2}, {}, rng);
  balanced->fit({train.X, train.y, 2}, {}, rng);
  const double plain_recall = minority_recall(test.y, plain->predict_proba(test.X));
  const double balanced_recall = minority_recall(test.y, balanced->predict_proba(test.X));
  CAPTURE(plain_recall);
  CAPTURE(balanced_recall);
  // A balanced tree puts its threshold near the classes' crossing point (about 0.6 on each
  // informative axis), so it recalls most positives; the plain forest recalls few.
  CHECK(balanced_recall > 0.6);
  CHECK(balanced_recall > plain_recall + 0.3);
}

TEST_CASE("balanced_random_forest is bit-identical with one and two threads; bad parameters are errors") {
  oracle::ShiftedClasses data = overlapping_classes(800, 3);
  auto run = [&](int threads) {
    tbb::global_control limit(tbb::global_control::max_allowed_parallelism, static_cast<std::size_t>(threads));
    auto model = make_model("balanced_random_forest:n_trees=16");
    RandomStream rng = RandomStream::keyed("brf-threads");
    model->fit({data.X, data.y, 2}, {}, rng);
    return model->predict_proba(data.X);
  };
  CHECK(run(1) == run(2));
  CHECK_THROWS_WITH_AS(make_model("balanced_random_forest:sampling_strategy=often"),
                       doctest::Contains("sampling_strategy"), Error);
  CHECK_THROWS_WITH_AS(make_model("balanced_random_forest:n_trees=0"), doctest::Contains("n_trees"), Error);
  auto model = make_model("balanced_random_forest:n_trees=4");
  CHECK_THROWS_WITH_AS(model->predict_proba(Matrix::Zero(2, 4)), doctest::Contains("balanced_random_forest"), Error);
}
