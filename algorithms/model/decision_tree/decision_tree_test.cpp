#include <doctest/doctest.h>

#include <map>
#include <sstream>
#include <string>

#include "algorithms/shared/tree/cart.hpp"
#include "core/error.hpp"
#include "core/registry.hpp"
#include "tests/support/oracle.hpp"

using namespace imbench;
namespace oracle = imbench::testing;

namespace {

std::unique_ptr<Classifier> make_model(const std::string& spec) {
  return Registry::instance().build<Classifier>(Kind::Model, parse_spec(spec)).plugin;
}

double max_abs_difference(const Matrix& a, const Matrix& b) {
  REQUIRE(a.rows() == b.rows());
  REQUIRE(a.cols() == b.cols());
  return (a - b).cwiseAbs().maxCoeff();
}

Weights read_weights(const std::string& path) {
  Matrix w = oracle::read_csv(path);
  return Weights(w.data(), w.data() + w.size());
}

}  // namespace

TEST_CASE("decision_tree is exact on separable toy data, with thresholds at midpoints") {
  Matrix X(4, 1);
  X << 0, 1, 2, 3;
  Labels y = {0, 0, 1, 1};
  RandomStream rng = RandomStream::keyed(1);
  tree::ClassificationTree t = tree::ClassificationTree::grow(X, y, 2, Weights(4, 1.0), {}, rng);
  REQUIRE(t.nodes().size() == 3);
  CHECK(t.nodes()[0].feature == 0);
  CHECK(t.nodes()[0].threshold == 1.5);
  CHECK(t.depth() == 1);

  // XOR needs two levels; every training point is then classified with certainty.
  Matrix xor_X(8, 2);
  xor_X << 0, 0, 0.1, 0.2, 1, 1, 0.9, 1.1, 0, 1, 0.2, 0.9, 1, 0, 1.1, 0.1;
  Labels xor_y = {0, 0, 0, 0, 1, 1, 1, 1};
  auto model = make_model("decision_tree");
  model->fit({xor_X, xor_y, 2}, {}, rng);
  Matrix p = model->predict_proba(xor_X);
  for (Eigen::Index i = 0; i < 8; ++i) CHECK(p(i, xor_y[static_cast<std::size_t>(i)]) == 1.0);
}

TEST_CASE("decision_tree: equal splits go to the lower feature index; leaves hold weighted fractions") {
  Matrix X(6, 3);  // feature 2 and feature 1 repeat feature 0 (scaled), so all three split equally well
  X << 1, 2, 10, 2, 4, 20, 3, 6, 30, 4, 8, 40, 5, 10, 50, 6, 12, 60;
  Labels y = {0, 0, 0, 1, 1, 1};
  RandomStream rng = RandomStream::keyed(2);
  auto t = tree::ClassificationTree::grow(X, y, 2, Weights(6, 1.0), {}, rng);
  CHECK(t.nodes()[0].feature == 0);
  CHECK(t.nodes()[0].threshold == 3.5);

  // One level deep: the leaf probabilities are weight fractions, not row fractions.
  Matrix X1(4, 1);
  X1 << 0, 0, 1, 1;
  Labels y1 = {0, 1, 0, 1};
  tree::TreeOptions stump;
  stump.max_depth = 1;
  auto leafy = tree::ClassificationTree::grow(X1, y1, 2, {3.0, 1.0, 1.0, 1.0}, stump, rng);
  const double row0[] = {0.0};
  CHECK(leafy.leaf_proba(row0)[0] == doctest::Approx(0.75));
  const double row1[] = {1.0};
  CHECK(leafy.leaf_proba(row1)[0] == doctest::Approx(0.5));
}

TEST_CASE("decision_tree reproduces scikit-learn's DecisionTreeClassifier") {
  struct Case {
    int seed, n_classes;
    bool weighted;
    std::string params;  // ours as a spec; the same names and values in scikit-learn
  };
  const Case cases[] = {
      {1, 2, false, ""},
      {2, 2, true, "criterion=entropy"},
      {3, 3, false, "min_samples_leaf=4,min_samples_split=12"},
      {4, 2, false, "max_depth=3"},
      {5, 3, true, "max_depth=4,criterion=entropy"},
      {6, 2, true, "max_depth=4,class_weight=balanced,min_samples_leaf=5"},
      {7, 3, true, "max_depth=5,min_weight_fraction_leaf=0.05"},
  };
  for (const Case& c : cases) {
    CAPTURE(c.params);
    std::string dir = oracle::temp_dir();
    std::vector<std::string> args = {dir, std::to_string(c.seed), std::to_string(c.n_classes), c.weighted ? "1" : "0"};
    std::istringstream extra(c.params);
    for (std::string a; std::getline(extra, a, ',');) args.push_back(a);
    oracle::run_python("scripts/oracles/models_tree.py", args);
    Matrix X = oracle::read_csv(dir + "/X_train.csv");
    Labels y = oracle::read_labels(dir + "/y_train.txt");
    Weights w = c.weighted ? read_weights(dir + "/w.txt") : Weights{};
    auto model = make_model("decision_tree" + (c.params.empty() ? "" : ":" + c.params));
    RandomStream rng = RandomStream::keyed(c.seed);
    model->fit({X, y, c.n_classes}, w, rng);
    // scikit-learn breaks ties between equally good features by a random feature
    // order, so it has several correct answers; ours must be one of them.
    Matrix train = model->predict_proba(X), test = model->predict_proba(oracle::read_csv(dir + "/X_test.csv"));
    int variants = std::stoi(oracle::run_command("cat " + dir + "/variants.txt"));
    bool found = false;
    for (int k = 0; k < variants && !found; ++k) {
      std::string id = std::to_string(k);
      found = max_abs_difference(train, oracle::read_csv(dir + "/proba_train_" + id + ".csv")) < 1e-12 &&
              max_abs_difference(test, oracle::read_csv(dir + "/proba_test_" + id + ".csv")) < 1e-12;
    }
    CHECK(found);
  }
}

TEST_CASE("decision_tree: min_samples_leaf holds and feature sampling follows the stream") {
  RandomStream data_rng = RandomStream::keyed(3);
  Matrix X(200, 6);
  Labels y(200);
  for (Eigen::Index i = 0; i < 200; ++i) {
    for (Eigen::Index j = 0; j < 6; ++j) X(i, j) = data_rng.normal();
    y[static_cast<std::size_t>(i)] = X(i, 0) + 0.5 * X(i, 3) + 0.3 * data_rng.normal() > 0.8 ? 1 : 0;
  }
  tree::TreeOptions options;
  options.min_samples_leaf = 7;
  RandomStream rng = RandomStream::keyed(4);
  auto t = tree::ClassificationTree::grow(X, y, 2, Weights(200, 1.0), options, rng);
  std::map<const double*, int> rows_per_leaf;
  for (Eigen::Index i = 0; i < 200; ++i) ++rows_per_leaf[t.leaf_proba(X.data() + i * 6)];
  CHECK(rows_per_leaf.size() == t.leaf_count());
  for (const auto& [leaf, rows] : rows_per_leaf) CHECK(rows >= 7);

  auto grow_sampled = [&](std::uint64_t key) {
    tree::TreeOptions sampled;
    sampled.max_features = 2;
    RandomStream stream = RandomStream::keyed(key);
    return tree::ClassificationTree::grow(X, y, 2, Weights(200, 1.0), sampled, stream);
  };
  auto same_a = grow_sampled(10), same_b = grow_sampled(10), other = grow_sampled(11);
  auto features = [](const tree::ClassificationTree& tr) {
    std::vector<std::pair<int, double>> f;
    for (const auto& n : tr.nodes()) f.emplace_back(n.feature, n.threshold);
    return f;
  };
  CHECK(features(same_a) == features(same_b));
  CHECK(features(same_a) != features(other));
}

TEST_CASE("decision_tree rejects bad parameters and input") {
  CHECK_THROWS_WITH_AS(make_model("decision_tree:max_features=half"), doctest::Contains("{all, sqrt, log2, fraction}"),
                       Error);
  CHECK_THROWS_WITH_AS(make_model("decision_tree:min_samples_leaf=0"), doctest::Contains("min_samples_leaf"), Error);
  CHECK_THROWS_WITH_AS(make_model("decision_tree:class_weight=balanced_subsample"),
                       doctest::Contains("class_weight"), Error);
  auto model = make_model("decision_tree");
  Matrix X(2, 1);
  X << 0, std::numeric_limits<double>::quiet_NaN();
  RandomStream rng = RandomStream::keyed(5);
  CHECK_THROWS_WITH_AS(model->fit({X, {0, 1}, 2}, {}, rng), doctest::Contains("NaN"), Error);
  X(1, 0) = 1;
  CHECK_THROWS_WITH_AS(model->fit({X, {0, 1}, 2}, {0, 0}, rng), doctest::Contains("sum to zero"), Error);
}
