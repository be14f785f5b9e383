// Every metric plugin, under every average and class, against scikit-learn
// 1.2 / imbalanced-learn 0.10 (scripts/oracles/sklearn_metrics.py) on
// random and degenerate binary and multi-class cases, to 1e-12.
#include <doctest/doctest.h>

#include <cmath>
#include <functional>
#include <map>
#include <set>
#include <sstream>

#include "algorithms/metric/shared/metric_test_support.hpp"
#include "core/rng.hpp"
#include "tests/support/oracle.hpp"

using namespace imbench;
using metric::testing::PredictionSet;

namespace {

struct NamedCase {
  std::string name;
  PredictionSet set;
};

int draw_class(RandomStream& rng, const std::vector<double>& class_weights) {
  double u = rng.uniform(), cumulative = 0;
  for (std::size_t k = 0; k + 1 < class_weights.size(); ++k)
    if (u < (cumulative += class_weights[k])) return static_cast<int>(k);
  return static_cast<int>(class_weights.size()) - 1;
}

// Probabilities from integer weights below `levels`, so with few levels
// equal scores (ties) are common; the true class gets a bonus so the scores
// carry signal. About 20% of predictions are random.
PredictionSet random_case(std::uint64_t seed, std::size_t n, const std::vector<double>& class_weights, int positive,
                          int never_predicted = -1, std::uint64_t levels = 4) {
  RandomStream rng = RandomStream::keyed("metric-oracle", seed);
  const int k_count = static_cast<int>(class_weights.size());
  PredictionSet s;
  s.n_classes = k_count;
  s.positive = positive;
  s.proba = Matrix::Zero(static_cast<Eigen::Index>(n), k_count);
  for (std::size_t i = 0; i < n; ++i) {
    const auto row = static_cast<Eigen::Index>(i);
    const int truth = draw_class(rng, class_weights);
    for (int k = 0; k < k_count; ++k) s.proba(row, k) = static_cast<double>(rng.below(levels));
    s.proba(row, truth) += static_cast<double>(rng.below((levels + 1) / 2 + 1));
    if (s.proba.row(row).sum() == 0) s.proba(row, truth) = 1;
    s.proba.row(row) /= s.proba.row(row).sum();
    int predicted = 0;
    s.proba.row(row).maxCoeff(&predicted);
    if (rng.uniform() < 0.2) predicted = static_cast<int>(rng.below(static_cast<std::uint64_t>(k_count)));
    if (predicted == never_predicted) predicted = (predicted + 1) % k_count;
    s.y_true.push_back(truth);
    s.y_pred.push_back(predicted);
  }
  return s;
}

PredictionSet perfect_case(int n_classes, std::size_t n) {
  PredictionSet s;
  s.n_classes = n_classes;
  s.proba = Matrix::Zero(static_cast<Eigen::Index>(n), n_classes);
  for (std::size_t i = 0; i < n; ++i) {
    const int k = static_cast<int>(i % static_cast<std::size_t>(n_classes));
    s.y_true.push_back(k);
    s.y_pred.push_back(k);
    s.proba(static_cast<Eigen::Index>(i), k) = 1;
  }
  return s;
}

std::vector<NamedCase> oracle_cases() {
  std::vector<NamedCase> cases = {
      {"binary_random", random_case(1, 40, {0.6, 0.4}, 1)},
      {"binary_positive_is_zero", random_case(2, 30, {0.5, 0.5}, 0)},
      {"binary_imbalanced", random_case(3, 80, {0.92, 0.08}, 1)},
      {"multiclass3", random_case(4, 60, {0.5, 0.3, 0.2}, 2)},
      {"multiclass4_unpredicted_class", random_case(5, 50, {0.4, 0.3, 0.2, 0.1}, 3, 3)},
      {"multiclass4_class_absent_from_truth", random_case(6, 50, {0.4, 0.3, 0.0, 0.3}, 1)},
      {"multiclass5_many_ties", random_case(7, 200, {0.4, 0.25, 0.15, 0.1, 0.1}, 4)},
      {"binary_perfect", perfect_case(2, 12)},
      {"multiclass_perfect", perfect_case(3, 12)},
  };
  // Constant scores and a constant prediction: no threshold separates anything.
  PredictionSet constant = metric::testing::binary_scores({0, 1, 0, 1, 1, 0, 0}, {0, 0, 0, 0, 0, 0, 0},
                                                          std::vector<double>(7, 0.5));
  cases.push_back({"binary_constant", constant});
  // The positive class occurs nowhere (imbalanced-learn's special case).
  cases.push_back({"binary_only_negatives",
                   metric::testing::binary_scores({0, 0, 0, 0}, {0, 0, 0, 0}, {0.1, 0.4, 0.4, 0.2})});
  cases.push_back({"binary_negatives_some_predicted_positive",
                   metric::testing::binary_scores({0, 0, 0, 0, 0}, {0, 1, 0, 1, 0}, {0.1, 0.7, 0.4, 0.9, 0.2})});
  // Certain and wrong: log loss must clip.
  PredictionSet extreme;
  extreme.n_classes = 3;
  extreme.positive = 0;
  extreme.y_true = {0, 1, 2, 2, 1};
  extreme.y_pred = {1, 1, 2, 0, 1};
  extreme.proba.resize(5, 3);
  extreme.proba << 0, 1, 0, 0, 1, 0, 0, 0, 1, 1, 0, 0, 0.5, 0.5, 0;
  cases.push_back({"multiclass_certain_and_wrong", extreme});
  return cases;
}

void write_case(const std::string& dir, const PredictionSet& s) {
  testing::write_labels(dir + "/y_true.txt", s.y_true);
  testing::write_labels(dir + "/y_pred.txt", s.y_pred);
  testing::write_csv(dir + "/proba.csv", s.proba);
  testing::run_command("echo '" + std::to_string(s.n_classes) + " " + std::to_string(s.positive) + "' > '" + dir +
                       "/task.txt'");
}

bool same_value(double ours, double reference) {
  if (std::isnan(reference) || std::isnan(ours)) return std::isnan(reference) && std::isnan(ours);
  return std::abs(ours - reference) <= 1e-12 * std::max(1.0, std::abs(reference));
}

// Compares every configuration the oracle prints for `cases`; returns the
// names of the metric plugins compared.
std::set<std::string> compare_with_oracle(const std::vector<NamedCase>& cases) {
  std::map<std::string, const PredictionSet*> by_dir;
  std::vector<std::string> dirs;
  const std::string root = testing::temp_dir();
  for (const auto& c : cases) {
    std::string dir = root + "/" + c.name;
    testing::run_command("mkdir -p '" + dir + "'");
    write_case(dir, c.set);
    by_dir[dir] = &c.set;
    dirs.push_back(dir);
  }
  std::istringstream lines(testing::run_python("scripts/oracles/sklearn_metrics.py", dirs));
  std::set<std::string> covered;
  std::size_t compared = 0;
  double largest_difference = 0;
  for (std::string line; std::getline(lines, line);) {
    std::istringstream fields(line);
    std::string dir, spec, reference_text;
    std::getline(fields, dir, '\t');
    std::getline(fields, spec, '\t');
    std::getline(fields, reference_text);
    const double reference = std::stod(reference_text);
    INFO("case ", dir.substr(dir.rfind('/') + 1), ", metric ", spec, ": reference ", reference_text);
    Built<Metric> built = metric::testing::build_metric(spec);
    CHECK(built.canonical.text() == spec);  // the oracle names configurations canonically
    const double ours = built.plugin->compute(by_dir.at(dir)->view());
    INFO("imbench ", ours);
    CHECK(same_value(ours, reference));
    if (std::isfinite(ours) && std::isfinite(reference))
      largest_difference = std::max(largest_difference, std::abs(ours - reference));
    covered.insert(built.canonical.name);
    ++compared;
  }
  MESSAGE(compared, " metric values compared with the oracle on ", cases.size(), " cases; largest difference ",
          largest_difference);
  CHECK(compared >= 60 * cases.size());
  return covered;
}

}  // namespace

TEST_CASE("metrics match scikit-learn 1.2 and imbalanced-learn 0.10 to 1e-12") {
  const std::set<std::string> covered = compare_with_oracle(oracle_cases());
  for (const PluginInfo* info : Registry::instance().list(Kind::Metric)) {
    if (!info->capabilities.classification()) continue;  // regression metrics have their own tests
    INFO("metric plugin without an oracle comparison: ", info->name);
    CHECK(covered.count(info->name) == 1);
  }
}

// A larger random sweep (sizes, class counts, imbalance, tie density, an
// unpredicted class), too slow for every run: ./imbench_tests -tc='*sweep*' --no-skip
TEST_CASE("metrics match the oracle on a random sweep" * doctest::skip()) {
  std::vector<NamedCase> cases;
  for (std::uint64_t i = 0; i < 200; ++i) {
    RandomStream rng = RandomStream::keyed("metric-oracle-sweep", i);
    const int k_count = 2 + static_cast<int>(rng.below(5));
    std::vector<double> weights(static_cast<std::size_t>(k_count));
    double total = 0;
    for (double& w : weights) total += (w = std::pow(rng.uniform(), 3) + 1e-3);  // skewed: imbalance
    for (double& w : weights) w /= total;
    const std::size_t n = 5 + rng.below(1500);
    const int positive = static_cast<int>(rng.below(static_cast<std::uint64_t>(k_count)));
    const int never_predicted = rng.uniform() < 0.3 ? static_cast<int>(rng.below(static_cast<std::uint64_t>(k_count))) : -1;
    const std::uint64_t levels = rng.uniform() < 0.5 ? 3 + rng.below(8) : 1000000;
    cases.push_back({"sweep" + std::to_string(i), random_case(1000 + i, n, weights, positive, never_predicted, levels)});
  }
  compare_with_oracle(cases);
}
