#include <doctest/doctest.h>

#include <optional>

#include "algorithms/weight/cost_matrix/costs.hpp"
#include "core/error.hpp"
#include "core/registry.hpp"

using namespace imbench;

namespace {

std::unique_ptr<Weighting> make(const std::string& spec) {
  return Registry::instance().build<Weighting>(Kind::Weight, parse_spec(spec)).plugin;
}

Weights weights_for(const std::string& spec, const Labels& y, int n_classes) {
  Matrix X = Matrix::Zero(static_cast<Eigen::Index>(y.size()), 1);
  return make(spec)->weights({X, y, n_classes});
}

// Two-class probabilities with p_0 = 1 - p_1, as a binary model returns them.
Matrix binary_proba(const std::vector<double>& p1) {
  Matrix proba(static_cast<Eigen::Index>(p1.size()), 2);
  for (std::size_t r = 0; r < p1.size(); ++r) {
    proba(static_cast<Eigen::Index>(r), 0) = 1.0 - p1[r];
    proba(static_cast<Eigen::Index>(r), 1) = p1[r];
  }
  return proba;
}

}  // namespace

TEST_CASE("cost_matrix threshold: two classes predict positive exactly when p >= C_FP / (C_FP + C_FN)") {
  // C_FP = 1, C_FN = 3: threshold 1/4, met exactly by p = 16/64 on this grid of exact binary fractions.
  std::vector<double> grid;
  for (int m = 0; m <= 64; ++m) grid.push_back(m / 64.0);
  Labels decided = *make("cost_matrix:costs={0,1;3,0},decision=threshold")->decide(binary_proba(grid));
  for (std::size_t r = 0; r < grid.size(); ++r) {
    CAPTURE(grid[r]);
    CHECK(decided[r] == (grid[r] >= 0.25 ? 1 : 0));
  }
  // Other costs, probabilities kept clear of the threshold's rounding.
  RandomStream rng = RandomStream::keyed("cost_matrix", 1);
  for (auto [c_fp, c_fn] : {std::pair{5.0, 1.0}, std::pair{1.0, 99.0}, std::pair{2.5, 0.7}}) {
    const double threshold = c_fp / (c_fp + c_fn);
    std::vector<double> p;
    while (p.size() < 500) {
      double u = rng.uniform();
      if (std::abs(u - threshold) > 1e-9) p.push_back(u);
    }
    const std::string spec = "cost_matrix:decision=threshold,costs={0," + canonical_number(c_fp) + ";" +
                             canonical_number(c_fn) + ",0}";
    Labels out = *make(spec)->decide(binary_proba(p));
    for (std::size_t r = 0; r < p.size(); ++r) CHECK(out[r] == (p[r] >= threshold ? 1 : 0));
  }
}

TEST_CASE("cost_matrix threshold: the multi-class rule picks the class of least expected cost") {
  // Expected costs sum_i p_i C(i, j) worked by hand:
  //   (0.5, 0.3, 0.2):   2.6, 1.1, 2.3  -> 1 (the most probable class is 0)
  //   (0.2, 0.2, 0.6):   6.4, 2.0, 1.0  -> 2
  //   (0.9, 0.05, 0.05): 0.6, 1.05, 3.65 -> 0
  Matrix proba(3, 3);
  proba << 0.5, 0.3, 0.2, 0.2, 0.2, 0.6, 0.9, 0.05, 0.05;
  auto threshold = make("cost_matrix:costs={0,1,4;2,0,1;10,3,0},decision=threshold");
  CHECK(*threshold->decide(proba) == Labels{1, 2, 0});
  // Zero-one costs are the most probable class; an exact tie goes to the higher index.
  Matrix tie(2, 3);
  tie << 0.5, 0.5, 0.0, 0.1, 0.7, 0.2;
  CHECK(*make("cost_matrix:decision=threshold")->decide(tie) == Labels{1, 1});
  // decision=weights leaves the decision to the engine.
  CHECK_FALSE(make("cost_matrix:costs={0,1,4;2,0,1;10,3,0}")->decide(proba).has_value());
  CHECK_THROWS_WITH_AS(threshold->decide(Matrix::Constant(1, 2, 0.5)), doctest::Contains("2 classes"), Error);
}

TEST_CASE("cost_matrix weights: class i weighs the cost of getting it wrong") {
  const Labels y = {0, 1, 0, 2, 1};
  CHECK(weights_for("cost_matrix:costs={0,1;5,0}", {0, 1, 1, 0}, 2) == Weights{1, 5, 5, 1});
  CHECK(weights_for("cost_matrix:costs={0,1,4;2,0,1;10,3,0}", y, 3) == Weights{5, 3, 5, 13, 3});
  CHECK(weights_for("cost_matrix", y, 3) == Weights{2, 2, 2, 2, 2});
  // The diagonal is subtracted: adding a constant to a row changes neither decisions nor weights.
  CHECK(weights_for("cost_matrix:costs={2,3,6;2,0,1;11,4,1}", y, 3) == Weights{5, 3, 5, 13, 3});
  // Threshold mode keeps every weight at 1.
  CHECK(weights_for("cost_matrix:costs={0,1;5,0},decision=threshold", {0, 1, 1}, 2) == Weights{1, 1, 1});
  CHECK_THROWS_WITH_AS(weights_for("cost_matrix:costs={1,0;5,0}", {0, 1}, 2),
                       doctest::Contains("costs less than predicting it right"), Error);
  CHECK_THROWS_WITH_AS(weights_for("cost_matrix:costs={0,0;5,0}", {0, 0}, 2), doctest::Contains("weight 0"), Error);
}

TEST_CASE("cost_matrix checks its costs and canonicalises them") {
  const Registry& registry = Registry::instance();
  CHECK(registry.canonicalize(Kind::Weight, parse_spec("cost_matrix:costs={ 0, 1.0 ; 5e0,0 }")).text() ==
        "cost_matrix:costs={0,1;5,0},decision=weights");
  CHECK(registry.canonicalize(Kind::Weight, parse_spec("cost_matrix")).text() ==
        "cost_matrix:costs=zero_one,decision=weights");
  for (const char* bad : {"{0,1;5}", "{0,1;-5,0}", "{0,1;nan,0}", "{0,1;inf,0}", "{0,x;1,0}", "{}", "{0,1,;1,0}"}) {
    CAPTURE(bad);
    CHECK_THROWS_WITH_AS(make(std::string("cost_matrix:costs=") + bad), doctest::Contains("parameter 'costs'"), Error);
  }
  CHECK_THROWS_WITH_AS(weights_for("cost_matrix:costs={0,1;5,0}", {0, 1, 2}, 3),
                       doctest::Contains("2 x 2 but the data have 3 classes"), Error);
  CHECK_THROWS_WITH_AS(make("cost_matrix:decision=elkan"), doctest::Contains("decision"), Error);
}
