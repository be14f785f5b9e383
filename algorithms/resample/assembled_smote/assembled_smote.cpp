// Assembled-SMOTE (Zhou, Yang, Guo & Hu 2013): a class's border rows (those
// with a row of another class among their k nearest) are clustered along a
// minimum spanning tree so that each cluster follows one stretch of the class
// border; the remaining (inner) rows form one more cluster. SMOTE then runs
// inside each cluster, so no new row bridges two separate stretches of the
// border. Clusters get new rows in proportion to their size.
#include <cmath>
#include <string>

#include "algorithms/resample/assembled_smote/border_clusters.hpp"
#include "algorithms/resample/kmeans_smote/cluster_allocation.hpp"
#include "algorithms/resample/shared/danger.hpp"
#include "algorithms/resample/shared/over_sampling.hpp"
#include "algorithms/resample/shared/sampling_strategy.hpp"
#include "algorithms/shared/neighbours/exact.hpp"
#include "core/registry.hpp"

namespace imbench {
namespace {

class AssembledSmote final : public Resampler {
 public:
  explicit AssembledSmote(const Params& p)
      : k_(static_cast<std::size_t>(p.integer("k_neighbors"))),
        pop_(static_cast<std::size_t>(p.integer("pop"))),
        thres_(p.real("thres")),
        strategy_(p.text("sampling_strategy"), "assembled_smote") {}

  Resampled resample(const LabelledData& data, RandomStream& rng) const override {
    const ClassTargets targets = strategy_.targets(data.y, data.n_classes, SamplingType::Over);
    const std::vector<Indices> rows = rows_of_growing_classes(data.y, data.n_classes, targets);
    std::map<int, std::vector<Indices>> clusters;  // found first, so errors come before any output is allocated
    for (const auto& [cls, n_new] : targets)
      if (n_new > 0) clusters.emplace(cls, class_clusters(data, cls, rows[static_cast<std::size_t>(cls)]));

    return over_sample(data, targets, rng, [&](const NewRows& made, Matrix& out) {
      const std::vector<Indices>& groups = clusters.at(made.cls);
      std::vector<double> log_sizes;
      for (const Indices& c : groups) log_sizes.push_back(std::log(static_cast<double>(c.size())));
      const std::vector<std::size_t> shares = largest_remainder(made.count, log_sizes);
      std::size_t row = made.first_row;
      for (std::size_t c = 0; c < groups.size(); ++c) {
        smote_in_cluster(take_rows(data.X, groups[c]), shares[c], made.stream.substream(c), row, out);
        row += shares[c];
      }
    });
  }

 private:
  // The rows of X (of class `cls`) in each cluster that can make rows: border clusters, then the inner
  // rows, each with at least two rows (a lone row has no partner).
  std::vector<Indices> class_clusters(const LabelledData& data, int cls, const Indices& class_rows) const {
    const std::vector<std::size_t> foreign =
        foreign_neighbour_counts(data.X, data.y, cls, class_rows, k_, "assembled_smote");
    Indices border, inner;
    for (std::size_t i = 0; i < class_rows.size(); ++i) (foreign[i] > 0 ? border : inner).push_back(class_rows[i]);
    std::vector<Indices> out;
    for (const Indices& cluster : border_clusters(take_rows(data.X, border), pop_, thres_)) {
      if (cluster.size() < 2) continue;
      Indices cluster_rows;
      for (std::size_t pos : cluster) cluster_rows.push_back(border[pos]);
      out.push_back(std::move(cluster_rows));
    }
    if (inner.size() >= 2) out.push_back(std::move(inner));
    if (out.empty())
      throw Error("assembled_smote: class " + std::to_string(cls) + " has no cluster of two or more rows to " +
                  "interpolate in (" + std::to_string(border.size()) + " border rows, " +
                  std::to_string(class_rows.size() - border.size()) + " inner rows); lower pop or raise thres");
    return out;
  }

  // SMOTE among a cluster's rows with min(k, size - 1) neighbours; rows drawn by interpolate_pairs.
  void smote_in_cluster(Matrix rows, std::size_t n_new, const RandomStream& stream, std::size_t first_row,
                        Matrix& out) const {
    if (n_new == 0) return;
    const std::size_t k = std::min<std::size_t>(k_, static_cast<std::size_t>(rows.rows()) - 1);
    ExactNeighbours knn;
    knn.fit(std::move(rows));
    const NeighbourLists neighbours = knn.query_self(k);
    interpolate_pairs(knn.reference(), neighbours, k, stream, n_new, first_row, out);
  }

  std::size_t k_;
  std::size_t pop_;
  double thres_;
  SamplingStrategy strategy_;
};

ParamSchema assembled_smote_schema() {
  ParamSchema schema;
  schema.integer("k_neighbors", 5, 1, std::nullopt,
                 "Nearest rows that make a row border (any of another class) and, within a cluster, its partners");
  schema.integer("pop", 2, 1, std::nullopt, "Clusters with fewer rows always merge along a spanning-tree edge");
  schema.real("thres", 0.3, 0.0, 1.0,
              "Two larger clusters merge when the |cosine| between their principal directions exceeds this");
  add_sampling_strategy(schema, SamplingType::Over);
  return schema;
}

}  // namespace

IMBENCH_REGISTER_PLUGIN({Kind::Resample, "assembled_smote",
                         "SMOTE inside clusters of border rows that follow one stretch of the class border, and "
                         "among the inner rows.",
                         "Zhou, Yang, Guo, Hu. A quasi-linear SVM combined with assembled SMOTE for imbalanced data "
                         "classification. IJCNN 2013, pp. 1-7",
                         assembled_smote_schema(), Capabilities{},
                         [](const Params& p) { return std::make_unique<AssembledSmote>(p); }})

}  // namespace imbench
