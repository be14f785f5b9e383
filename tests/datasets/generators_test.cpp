#include <doctest/doctest.h>
#include <tbb/global_control.h>

#include <sstream>

#include "core/error.hpp"
#include "datasets/lib/catalogue.hpp"
#include "datasets/lib/generators.hpp"
#include "tests/datasets/dataset_fixtures.hpp"
#include "tests/support/oracle.hpp"

using namespace imbench;
using namespace imbench::testing;

namespace {
std::string counts_text(const Dataset& d) {
  std::string s;
  for (std::size_t c : class_counts(d.y, d.n_classes())) s += (s.empty() ? "" : " ") + std::to_string(c);
  return s;
}
}  // namespace

TEST_CASE("make_classification class counts equal scikit-learn's") {
  // n_samples, n_classes, n_clusters_per_class, n_informative, weights
  const std::vector<std::vector<std::string>> cases = {
      {"1000", "2", "2", "2", "0.99"},        {"10000", "2", "2", "2", "0.99"}, {"997", "3", "1", "3", "0.7;0.2"},
      {"1001", "4", "3", "4", "0.5;0.3;0.15;0.05"}, {"333", "5", "1", "3", "none"}, {"100", "2", "2", "2", "0.9;0.1"},
      {"5000", "3", "2", "4", "0.333;0.333"},  {"77", "2", "1", "2", "0.95"}};
  const std::string dir = temp_dir();
  std::string lines;
  for (const auto& c : cases) lines += "classification " + c[0] + " " + c[1] + " " + c[2] + " " + c[3] + " " + c[4] + "\n";
  write_text(dir + "/cases.txt", lines);
  std::istringstream expected(run_python("scripts/oracles/datasets_class_counts.py", {dir + "/cases.txt"}));
  for (const auto& c : cases) {
    std::string spec = "make_classification:n_samples=" + c[0] + ",n_classes=" + c[1] + ",n_clusters_per_class=" +
                       c[2] + ",n_informative=" + c[3] + ",n_redundant=0,n_features=" + std::to_string(std::stoi(c[3]) + 2) +
                       ",weights=" + c[4] + ",flip_y=0";
    std::string want;
    std::getline(expected, want);
    CAPTURE(spec);
    CHECK(counts_text(generate_dataset(spec)) == want);
  }
}

TEST_CASE("make_imbalance keeps the counts imbalanced-learn keeps") {
  const std::string dir = temp_dir();
  write_text(dir + "/cases.txt", "imbalance 0:300;1:200;2:100 0:300;1:50;2:10\n");
  std::string want = run_python("scripts/oracles/datasets_class_counts.py", {dir + "/cases.txt"});
  Dataset base = generate_dataset("make_classification:n_samples=600,n_classes=3,n_informative=3,weights=0.5;0.3333333333333333,flip_y=0");
  REQUIRE(counts_text(base) == "300 200 100");
  const std::string path = dir + "/base.h5";
  Dataset reduced = make_imbalance(base, {{{"1", 50}, {"2", 10}}, std::nullopt}, RandomStream::keyed(1));
  CHECK(counts_text(reduced) + "\n" == want);
  // Kept rows are original rows, in their original order.
  Indices positions;
  for (Eigen::Index i = 0, j = 0; i < reduced.X.rows(); ++i) {
    while (base.X.row(j) != reduced.X.row(i)) ++j;
    positions.push_back(static_cast<std::size_t>(j));
  }
  CHECK(std::is_sorted(positions.begin(), positions.end()));
  CHECK(std::adjacent_find(positions.begin(), positions.end()) == positions.end());

  Dataset ratio = make_imbalance(base, {{}, 0.1}, RandomStream::keyed(1));
  CHECK(counts_text(ratio) == "300 30 30");
  CHECK_THROWS_WITH_AS(make_imbalance(base, {{{"1", 500}}, std::nullopt}, RandomStream::keyed(1)),
                       doctest::Contains("class '1' has 200 rows, cannot keep 500"), Error);
  CHECK_THROWS_WITH_AS(make_imbalance(base, {{{"7", 5}}, std::nullopt}, RandomStream::keyed(1)),
                       doctest::Contains("unknown class '7'"), Error);
}

TEST_CASE("generators are deterministic, seed-dependent and thread-count independent") {
  const std::string spec = "make_classification:n_samples=3000,n_features=8,n_informative=3,weights=0.9,seed=3";
  Dataset a = generate_dataset(spec);
  Dataset b = [&] {
    tbb::global_control one_thread(tbb::global_control::max_allowed_parallelism, 1);
    return generate_dataset(spec);
  }();
  CHECK(a.content_hash() == b.content_hash());
  CHECK(generate_dataset(spec + "0").content_hash() != a.content_hash());
  // Spelling does not matter: the canonical spec is the identity.
  Dataset c = generate_dataset("make_classification: seed=3, weights={0.90}, n_informative=3.0, n_features=8, n_samples=3000");
  CHECK(c.content_hash() == a.content_hash());
  CHECK(c.name == "make_classification:n_features=8,n_informative=3,n_samples=3000,seed=3,weights=0.9");
  CHECK(a.attributes.at("generator").find("class_sep=1,flip_y=0.01,hypercube=true") != std::string::npos);
  CHECK(a.task == Task::Binary);
  CHECK(a.positive_class == 1);

  const std::string nested = "make_imbalance:data={" + spec + "},minority_ratio=0.02,seed=1";
  Dataset r1 = generate_dataset(nested);
  CHECK(r1.content_hash() == generate_dataset(nested).content_hash());
  CHECK(r1.content_hash() != generate_dataset("make_imbalance:data={" + spec + "},minority_ratio=0.02,seed=2").content_hash());
  auto counts = class_counts(r1.y, 2);
  CHECK(counts[1] == counts[0] / 50);
  CHECK(r1.name.find("make_imbalance:data={make_classification:") == 0);
}

TEST_CASE("make_classification follows scikit-learn's structure") {
  // Two informative features, two redundant ones that are linear combinations of them, one repeated copy.
  Dataset d = generate_dataset(
      "make_classification:n_samples=400,n_features=6,n_informative=2,n_redundant=2,n_repeated=1,shuffle=false,"
      "flip_y=0,shift=0,scale=1");
  Matrix informative = d.X.leftCols(2);
  for (int j = 2; j < 4; ++j) {
    Eigen::VectorXd coef = informative.colPivHouseholderQr().solve(d.X.col(j));
    CHECK((informative * coef - d.X.col(j)).norm() < 1e-8);
  }
  bool repeated = false;
  for (int j = 0; j < 4; ++j) repeated = repeated || d.X.col(4) == d.X.col(j);
  CHECK(repeated);
  CHECK(class_counts(d.y, 2) == std::vector<std::size_t>{200, 200});
  CHECK(std::is_sorted(d.y.begin(), d.y.begin() + 100));  // without shuffling, clusters come in order

  Dataset scaled = generate_dataset(
      "make_classification:n_samples=400,n_features=6,n_informative=2,n_redundant=2,n_repeated=1,shuffle=false,"
      "flip_y=0,shift=3,scale=2");
  // The last (useless) feature is N(0, 1) before the shift and scale: now mean 2 * 3, sd 2.
  Eigen::VectorXd useless = scaled.X.col(5);
  double mean = useless.mean();
  double sd = std::sqrt((useless.array() - mean).square().mean());
  CHECK(mean == doctest::Approx(6.0).epsilon(0.07));
  CHECK(sd == doctest::Approx(2.0).epsilon(0.1));
}

TEST_CASE("bad generator parameters are errors naming the parameter") {
  CHECK_THROWS_WITH_AS(generate_dataset("make_classification:n_informative=2,n_redundant=2,n_features=3"),
                       doctest::Contains("must be <= n_features"), Error);
  CHECK_THROWS_WITH_AS(generate_dataset("make_classification:n_classes=3,n_clusters_per_class=2,n_informative=2"),
                       doctest::Contains("must be <= 2^n_informative"), Error);
  CHECK_THROWS_WITH_AS(generate_dataset("make_classification:weights=0.5;0.3;0.2"),
                       doctest::Contains("weights '0.5;0.3;0.2' has 3 values"), Error);
  CHECK_THROWS_WITH_AS(generate_dataset("make_classification:weights=abc"), doctest::Contains("'abc' is not a number"),
                       Error);
  CHECK_THROWS_WITH_AS(generate_dataset("make_classification:n_sample=10"), doctest::Contains("did you mean 'n_samples'"),
                       Error);
  CHECK_THROWS_WITH_AS(generate_dataset("make_imbalance:data=ecoli"),
                       doctest::Contains("exactly one of 'counts' and 'minority_ratio'"), Error);
  CHECK_THROWS_WITH_AS(generate_dataset("make_imbalance:data=ecoli,minority_ratio=1.5"),
                       doctest::Contains("'minority_ratio'"), Error);
  CHECK_THROWS_WITH_AS(generate_dataset("make_imbalance:counts=1:5"), doctest::Contains("'data' is required"), Error);
}
