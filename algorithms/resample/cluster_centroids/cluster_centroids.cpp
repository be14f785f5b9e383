// ClusterCentroids (imbalanced-learn; Yen & Lee 2009 cluster-based
// under-sampling): each class to shrink is replaced by the centres of a
// k-means clustering of its rows with as many clusters as rows to keep
// (voting=soft), or by the class row nearest each centre (voting=hard).
#include <string>

#include "algorithms/resample/shared/sampling_strategy.hpp"
#include "algorithms/shared/cluster/kmeans.hpp"
#include "algorithms/shared/neighbours/exact.hpp"
#include "core/registry.hpp"

namespace imbench {
namespace {

class ClusterCentroids final : public Resampler {
 public:
  explicit ClusterCentroids(const Params& p)
      : strategy_(p.text("sampling_strategy"), "cluster_centroids"), hard_(p.text("voting") == "hard") {
    options_.n_init = static_cast<std::size_t>(p.integer("n_init"));
  }

  Resampled resample(const LabelledData& data, RandomStream& rng) const override {
    const ClassTargets targets = strategy_.targets(data.y, data.n_classes, SamplingType::Under);
    const std::vector<Indices> rows = rows_by_class(data.y, data.n_classes);
    const RandomStream base = rng.substream(rng.next_u64());
    // Output grouped by class in class order, as imblearn returns it.
    std::vector<Matrix> parts;
    Resampled out;
    for (int cls = 0; cls < data.n_classes; ++cls) {
      const Indices& class_rows = rows[static_cast<std::size_t>(cls)];
      Matrix X_c = take_rows(data.X, class_rows);
      const auto target = targets.find(cls);
      if (target != targets.end()) {
        KMeansOptions options = options_;
        options.n_clusters = target->second;
        Matrix centres = kmeans(X_c, options, base.substream(static_cast<std::uint64_t>(cls)), "cluster_centroids").centres;
        X_c = hard_ ? nearest_rows(std::move(X_c), centres) : std::move(centres);
        if (!hard_) out.n_synthetic += static_cast<std::size_t>(X_c.rows());
      }
      out.y.insert(out.y.end(), static_cast<std::size_t>(X_c.rows()), cls);
      parts.push_back(std::move(X_c));
    }
    out.X.resize(static_cast<Eigen::Index>(out.y.size()), data.X.cols());
    Eigen::Index row = 0;
    for (const Matrix& part : parts) {
      out.X.middleRows(row, part.rows()) = part;
      row += part.rows();
    }
    return out;
  }

 private:
  // The class row nearest each centre (lower row on ties); two centres may share one.
  static Matrix nearest_rows(Matrix X_c, const Matrix& centres) {
    ExactNeighbours search;
    search.fit(std::move(X_c));
    const NeighbourLists nearest = search.query(centres, 1);
    return take_rows(search.reference(), nearest.index);
  }

  SamplingStrategy strategy_;
  bool hard_;
  KMeansOptions options_;
};

ParamSchema cluster_centroids_schema() {
  ParamSchema schema;
  schema.choice("voting", "soft", {"soft", "hard"},
                "soft: keep the k-means centres; hard: keep the class row nearest each centre");
  schema.integer("n_init", 3, 1, std::nullopt, "k-means++ starts per class; the lowest-inertia clustering is used");
  add_sampling_strategy(schema, SamplingType::Under);
  return schema;
}

}  // namespace

IMBENCH_REGISTER_PLUGIN({Kind::Resample, "cluster_centroids",
                         "Under-sample a class to the centres of a k-means clustering of its rows (or the rows "
                         "nearest them).",
                         "Lemaitre, Nogueira, Aridas. Imbalanced-learn: ClusterCentroids. JMLR 18(17):1-5, 2017; "
                         "Yen, Lee. Cluster-based under-sampling approaches for imbalanced data distributions. "
                         "Expert Systems with Applications 36(3):5718-5727, 2009",
                         cluster_centroids_schema(), Capabilities{},
                         [](const Params& p) { return std::make_unique<ClusterCentroids>(p); }})

}  // namespace imbench
