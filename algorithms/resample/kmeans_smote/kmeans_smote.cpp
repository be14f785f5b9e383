// KMeans-SMOTE (Last, Douzas & Bacao 2018): cluster the whole training set
// with k-means, keep the clusters where the class to grow is well
// represented, give each kept cluster a share of the new rows that grows with
// its sparsity, and run SMOTE inside each kept cluster. Unlike
// imbalanced-learn 0.10 the shares add up to the requested count exactly.
#include <cmath>
#include <string>

#include "algorithms/resample/kmeans_smote/cluster_allocation.hpp"
#include "algorithms/resample/shared/over_sampling.hpp"
#include "algorithms/resample/shared/sampling_strategy.hpp"
#include "algorithms/shared/cluster/kmeans.hpp"
#include "algorithms/shared/neighbours/exact.hpp"
#include "core/registry.hpp"

namespace imbench {
namespace {

// A text parameter holding `auto` or a number in [min, inf).
std::function<std::string(const std::string&, const std::string&)> auto_or_number(std::string name, double min) {
  return [name, min](const std::string& value, const std::string& owner) {
    if (value == "auto") return value;
    std::size_t used = 0;
    double v = 0.0;
    try {
      v = std::stod(value, &used);
    } catch (const std::exception&) {
      used = 0;
    }
    if (used != value.size() || !std::isfinite(v) || v < min)
      throw Error("parameter '" + name + "' of '" + owner + "': value '" + value + "' is neither auto nor a number >= " +
                  canonical_number(min));
    return canonical_number(v);
  };
}

class KMeansSmote final : public Resampler {
 public:
  explicit KMeansSmote(const Params& p)
      : k_(static_cast<std::size_t>(p.integer("k_neighbors"))),
        strategy_(p.text("sampling_strategy"), "kmeans_smote"),
        balance_(p.text("cluster_balance_threshold")),
        exponent_(p.text("density_exponent")) {
    options_.n_clusters = static_cast<std::size_t>(p.integer("n_clusters"));
    options_.n_init = static_cast<std::size_t>(p.integer("n_init"));
  }

  Resampled resample(const LabelledData& data, RandomStream& rng) const override {
    const ClassTargets targets = strategy_.targets(data.y, data.n_classes, SamplingType::Over);
    const std::size_t total_new = new_row_count(targets);
    if (total_new == 0) return {data.X, data.y, 0};

    const RandomStream base = rng.substream(rng.next_u64());
    // One clustering serves every class (imblearn refits the same seeded k-means per class).
    const KMeansResult clusters = kmeans(data.X, options_, base.substream("kmeans"), "kmeans_smote");
    return fill_new_rows(data, targets, base, [&](const NewRows& made, Matrix& out) {
      std::size_t row = made.first_row;
      for (const ClusterShare& share : allocate(data, clusters.labels, made.cls, made.count, total_new)) {
        smote_in_cluster(data.X, share, made.stream.substream(static_cast<std::uint64_t>(share.cluster)), row, out);
        row += share.n_new;
      }
    });
  }

 private:
  // The kept clusters of class `cls` and their row counts (paper: filter, then sparsity weights).
  std::vector<ClusterShare> allocate(const LabelledData& data, const std::vector<int>& labels, int cls, std::size_t n_new,
                                     std::size_t total_new) const {
    const std::size_t n_clusters = options_.n_clusters;
    std::vector<Indices> class_rows(n_clusters);
    std::vector<std::size_t> sizes(n_clusters, 0);
    for (std::size_t i = 0; i < labels.size(); ++i) {
      const auto c = static_cast<std::size_t>(labels[i]);
      ++sizes[c];
      if (data.y[i] == cls) class_rows[c].push_back(i);
    }
    const double threshold = balance_ == "auto" ? static_cast<double>(n_new) / static_cast<double>(total_new) / 2.0
                                                : std::stod(balance_);
    const double exponent = exponent_ == "auto" ? static_cast<double>(data.X.cols()) : std::stod(exponent_);
    std::vector<ClusterShare> kept;
    std::vector<double> log_weights;
    for (std::size_t c = 0; c < n_clusters; ++c) {
      const double share = sizes[c] ? static_cast<double>(class_rows[c].size()) / static_cast<double>(sizes[c]) : 0.0;
      if (sizes[c] == 0 || share < threshold || class_rows[c].size() < k_ + 1) continue;
      log_weights.push_back(log_sparsity(data.X, class_rows[c], exponent));
      kept.push_back({static_cast<int>(c), std::move(class_rows[c]), 0});
    }
    if (kept.empty())
      throw Error("kmeans_smote: no cluster holds at least " + std::to_string(k_ + 1) + " rows of class " +
                  std::to_string(cls) + " and a class share of at least " + canonical_number(threshold) +
                  "; lower cluster_balance_threshold, k_neighbors or n_clusters");
    const std::vector<std::size_t> counts = largest_remainder(n_new, log_weights);
    for (std::size_t j = 0; j < kept.size(); ++j) kept[j].n_new = counts[j];
    return kept;
  }

  // SMOTE within one cluster's class rows (rows drawn by interpolate_pairs from `stream`).
  void smote_in_cluster(const Matrix& X, const ClusterShare& share, const RandomStream& stream, std::size_t first_row,
                        Matrix& out) const {
    if (share.n_new == 0) return;
    ExactNeighbours knn;
    knn.fit(take_rows(X, share.class_rows));
    const NeighbourLists neighbours = knn.query_self(k_);
    interpolate_pairs(knn.reference(), neighbours, k_, stream, share.n_new, first_row, out);
  }

  std::size_t k_;
  SamplingStrategy strategy_;
  std::string balance_, exponent_;
  KMeansOptions options_;
};

ParamSchema kmeans_smote_schema() {
  ParamSchema schema;
  schema.integer("k_neighbors", 2, 1, std::nullopt, "Nearest class rows within a cluster a seed can be paired with");
  schema.integer("n_clusters", 8, 1, std::nullopt, "k-means clusters over the whole training set");
  schema.integer("n_init", 3, 1, std::nullopt, "k-means++ starts; the clustering with the lowest inertia is used");
  schema.text("cluster_balance_threshold", "auto",
              "Least share of the grown class for a cluster to be used; auto = its share of all new rows / 2",
              auto_or_number("cluster_balance_threshold", 0.0));
  schema.text("density_exponent", "auto",
              "Exponent of the mean distance in a cluster's sparsity; auto = the number of features (the paper)",
              auto_or_number("density_exponent", 0.0));
  add_sampling_strategy(schema, SamplingType::Over);
  return schema;
}

}  // namespace

IMBENCH_REGISTER_PLUGIN({Kind::Resample, "kmeans_smote",
                         "SMOTE inside the k-means clusters where the class is well represented, more rows in "
                         "sparser clusters.",
                         "Last, Douzas, Bacao. Oversampling for imbalanced learning based on k-means and SMOTE. "
                         "Information Sciences 465:1-20, 2018",
                         kmeans_smote_schema(), Capabilities{},
                         [](const Params& p) { return std::make_unique<KMeansSmote>(p); }})

}  // namespace imbench
