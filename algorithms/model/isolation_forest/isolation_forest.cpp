// Isolation forest (Liu, Ting & Zhou 2008) with scikit-learn's IsolationForest
// conventions, as a one-class baseline for binary problems: the trees never see
// the labels. Each tree isolates a subsample of max_samples rows drawn without
// replacement (on a random subset of the features when max_features < 1); a
// row's anomaly score is s = 2^(-E[h] / c(max_samples)) with E[h] its mean path
// length. The anomaly class's probability is s mapped monotonically onto [0, 1]
// so that the contamination threshold lands at 0.5 (see README.md).
#include <tbb/blocked_range.h>
#include <tbb/parallel_for.h>

#include <algorithm>
#include <cmath>
#include <memory>
#include <numeric>

#include "algorithms/model/common/training_input.hpp"
#include "algorithms/model/isolation_forest/isolation_tree.hpp"
#include "algorithms/shared/tree/grow_in_parallel.hpp"
#include "core/error.hpp"
#include "core/registry.hpp"

namespace imbench {
namespace {

class IsolationForest final : public Classifier {
 public:
  explicit IsolationForest(const Params& params)
      : n_trees_(static_cast<std::size_t>(params.integer("n_trees"))),
        max_samples_(static_cast<std::size_t>(params.integer("max_samples"))),
        max_features_(params.real("max_features")),
        contamination_(params.real("contamination")),
        anomaly_class_(params.text("anomaly_class")) {}

  void fit(const LabelledData& data, const Weights& weights, RandomStream& rng) override {
    check_training_input(data, weights, "isolation_forest");
    if (data.n_classes != 2)
      throw Error("isolation_forest: a binary problem is needed (got " + std::to_string(data.n_classes) +
                  " classes)");
    const std::size_t n = data.y.size(), d = static_cast<std::size_t>(data.X.cols());
    const std::size_t subsample = std::min(max_samples_, n);
    const auto features_per_tree =
        std::max<std::size_t>(1, static_cast<std::size_t>(max_features_ * static_cast<double>(d)));
    // As scikit-learn: trees stop at the average depth of an unsuccessful search, ceil(log2(subsample)).
    const int max_depth =
        static_cast<int>(std::ceil(std::log2(static_cast<double>(std::max<std::size_t>(subsample, 2)))));
    trees_ = tree::grow_in_parallel<IsolationTree>(n_trees_, rng, [&](std::size_t, RandomStream& tree_rng) {
      RandomStream draws = tree_rng.substream("subsample");
      const std::vector<std::uint32_t> rows = draw_without_replacement(n, subsample, draws);
      std::vector<std::uint32_t> all_features = draw_without_replacement(d, features_per_tree, draws);
      const std::vector<int> features(all_features.begin(), all_features.end());
      return IsolationTree::grow(data.X, rows, features, max_depth, tree_rng);
    });
    normaliser_ = average_path_length(static_cast<double>(subsample));
    n_features_ = data.X.cols();
    anomaly_column_ = anomaly_column(data);
    // The anomaly score above which the contamination share of the training rows lies
    // (scikit-learn's offset_); 0.5 is the paper's threshold (contamination 'auto').
    threshold_ = 0.5;
    if (contamination_ > 0) {
      std::vector<double> scores = anomaly_scores(data.X);
      threshold_ = percentile(scores, 100.0 * (1.0 - contamination_));
    }
  }

  Matrix predict_proba(const Matrix& X) const override {
    check_predict_input(X, n_features_, !trees_.empty(), "isolation_forest");
    const std::vector<double> scores = anomaly_scores(X);
    Matrix proba(X.rows(), 2);
    for (Eigen::Index i = 0; i < X.rows(); ++i) {
      const double s = scores[static_cast<std::size_t>(i)];
      // Piecewise linear, increasing, 0 -> 0, threshold -> 0.5, 1 -> 1: the ranking (ROC, PR)
      // is the score's, and the most-probable-class rule flags what scikit-learn's predict flags.
      const double p = s <= threshold_ ? 0.5 * s / threshold_ : 0.5 + 0.5 * (s - threshold_) / (1.0 - threshold_);
      proba(i, anomaly_column_) = p;
      proba(i, 1 - anomaly_column_) = 1.0 - p;
    }
    return proba;
  }

 private:
  // k distinct indices of 0..n-1 (a partial Fisher-Yates shuffle), in draw order.
  static std::vector<std::uint32_t> draw_without_replacement(std::size_t n, std::size_t k, RandomStream& rng) {
    std::vector<std::uint32_t> pool(n);
    std::iota(pool.begin(), pool.end(), 0u);
    for (std::size_t i = 0; i < k; ++i) std::swap(pool[i], pool[i + rng.below(n - i)]);
    pool.resize(k);
    return pool;
  }

  // numpy's default (linear) percentile, as scikit-learn takes offset_ from the training scores.
  static double percentile(std::vector<double> values, double q) {
    std::sort(values.begin(), values.end());
    const double position = q / 100.0 * static_cast<double>(values.size() - 1);
    const auto below = static_cast<std::size_t>(std::floor(position));
    const std::size_t above = std::min(below + 1, values.size() - 1);
    return values[below] + (position - static_cast<double>(below)) * (values[above] - values[below]);
  }

  int anomaly_column(const LabelledData& data) const {
    if (anomaly_class_ != "minority") return anomaly_class_ == "1" ? 1 : 0;
    // The only use of the labels: which column the anomaly score goes to.
    const auto ones = static_cast<std::size_t>(std::count(data.y.begin(), data.y.end(), 1));
    return ones <= data.y.size() - ones ? 1 : 0;
  }

  // 2^(-mean path length / c(max_samples)) per row; each row sums its trees in tree order.
  std::vector<double> anomaly_scores(const Matrix& X) const {
    std::vector<double> scores(static_cast<std::size_t>(X.rows()));
    tbb::parallel_for(tbb::blocked_range<Eigen::Index>(0, X.rows(), 64), [&](const auto& block) {
      for (Eigen::Index i = block.begin(); i < block.end(); ++i) {
        const double* row = X.data() + i * X.cols();
        double total = 0;
        for (const IsolationTree& t : trees_) total += t.path_length(row);
        const double mean = total / static_cast<double>(trees_.size());
        scores[static_cast<std::size_t>(i)] = normaliser_ > 0 ? std::exp2(-mean / normaliser_) : 0.5;
      }
    });
    return scores;
  }

  std::size_t n_trees_, max_samples_;
  double max_features_, contamination_;
  std::string anomaly_class_;
  std::vector<IsolationTree> trees_;
  double normaliser_ = 1, threshold_ = 0.5;
  int anomaly_column_ = 1;
  Eigen::Index n_features_ = 0;
};

ParamSchema isolation_forest_schema() {
  ParamSchema schema;
  schema.integer("n_trees", 100, 1, std::nullopt, "number of isolation trees (scikit-learn's n_estimators)")
      .integer("max_samples", 256, 2, std::nullopt, "rows each tree isolates, drawn without replacement; at most n")
      .real("max_features", 1.0, 0.0, 1.0, "share of the features each tree may split on", true, false)
      .real("contamination", 0.0, 0.0, 0.5,
            "expected share of anomalies: the training-score quantile mapped to probability 0.5; 0: score 0.5 "
            "(scikit-learn's 'auto')")
      .choice("anomaly_class", "minority", {"minority", "0", "1"},
              "class whose probability is the anomaly score: the smaller training class, or a fixed index");
  return schema;
}

}  // namespace

IMBENCH_REGISTER_PLUGIN({Kind::Model, "isolation_forest",
                         "Isolation forest anomaly score as the anomaly class's probability; a one-class baseline "
                         "whose trees never see the labels.",
                         "Liu, Ting & Zhou, Isolation Forest, ICDM 2008; scikit-learn IsolationForest",
                         isolation_forest_schema(),
                         Capabilities{.binary = true, .multiclass = false, .one_class = true},
                         [](const Params& p) { return std::make_unique<IsolationForest>(p); }})

}  // namespace imbench
