// ADASYN (He, Bai, Garcia & Li 2008) as imbalanced-learn runs it: each row of
// a targeted class seeds new samples in proportion to the share of its
// nearest rows (whole data) that are of another class, so harder regions
// get more; a new sample lies between the seed and one of its k nearest
// same-class rows.

#include <algorithm>
#include <numeric>
#include <string>

#include "algorithms/resample/adasyn/seed_counts.hpp"
#include "algorithms/resample/shared/danger.hpp"
#include "algorithms/resample/shared/over_sampling.hpp"
#include "algorithms/resample/shared/sampling_strategy.hpp"
#include "algorithms/shared/neighbours/exact.hpp"
#include "core/registry.hpp"

namespace imbench {
namespace {

class Adasyn final : public Resampler {
 public:
  explicit Adasyn(const Params& p)
      : k_(static_cast<std::size_t>(p.integer("n_neighbors"))),
        exact_total_(p.boolean("exact_total")),
        strategy_(p.text("sampling_strategy"), "adasyn") {}

  Resampled resample(const LabelledData& data, RandomStream& rng) const override {
    const ClassTargets requested = strategy_.targets(data.y, data.n_classes, SamplingType::Over);
    const std::vector<Indices> rows = rows_of_growing_classes(data.y, data.n_classes, requested);
    ClassTargets counts_made;                               // the new rows per class actually made
    std::map<int, std::vector<std::size_t>> first_sample;   // class -> cumulative g: seed i makes [first[i], first[i+1])
    for (const auto& [cls, n_new] : requested) {
      if (n_new == 0) {
        counts_made[cls] = 0;
        continue;
      }
      const Indices& class_rows = rows[static_cast<std::size_t>(cls)];
      const std::string where = "adasyn: class " + std::to_string(cls);
      if (class_rows.size() < k_ + 1)
        throw Error(where + " has " + std::to_string(class_rows.size()) + " samples, but n_neighbors=" +
                    std::to_string(k_) + " needs at least " + std::to_string(k_ + 1) +
                    " (each sample plus k neighbours); lower n_neighbors");
      const std::vector<std::size_t> g = adasyn_seed_counts(
          foreign_neighbour_counts(data.X, data.y, cls, class_rows, k_, "adasyn"), k_, n_new, exact_total_, where);
      std::vector<std::size_t>& first = first_sample[cls];
      first.assign(1, 0);
      std::partial_sum(g.begin(), g.end(), std::back_inserter(first));
      counts_made[cls] = first.back();
    }

    return over_sample(data, counts_made, rng, [&](const NewRows& made, Matrix& out) {
      ExactNeighbours knn;
      knn.fit(take_rows(data.X, rows[static_cast<std::size_t>(made.cls)]));
      generate(knn.reference(), knn.query_self(k_), first_sample.at(made.cls), made.stream, made.first_row, out);
    });
  }

 private:
  // New row i belongs to the seed whose range of `first` holds i (rows drawn
  // by draw_rows, so any thread split writes the same rows).
  void generate(const Matrix& X_c, const NeighbourLists& neighbours, const std::vector<std::size_t>& first,
                const RandomStream& class_stream, std::size_t first_row, Matrix& out) const {
    draw_rows(class_stream, first.back(), [&](std::size_t i, RandomStream& s) {
      const std::size_t seed = static_cast<std::size_t>(std::upper_bound(first.begin(), first.end(), i) - first.begin()) - 1;
      const std::size_t partner = neighbours.index_at(seed, s.below(k_));
      const double step = s.uniform();
      const auto seed_row = X_c.row(static_cast<Eigen::Index>(seed));
      out.row(static_cast<Eigen::Index>(first_row + i)) =
          seed_row + step * (X_c.row(static_cast<Eigen::Index>(partner)) - seed_row);
    });
  }

  std::size_t k_;
  bool exact_total_;
  SamplingStrategy strategy_;
};

ParamSchema adasyn_schema() {
  ParamSchema schema;
  schema.integer("n_neighbors", 5, 1, std::nullopt,
                 "Nearest neighbours that weight a seed (whole data) and from which its partner is drawn (its class)");
  schema.boolean("exact_total", false,
                 "false: round each seed's share as imblearn does (the total may miss the request); "
                 "true: largest remainders, so the total is exactly the request");
  add_sampling_strategy(schema, SamplingType::Over);
  return schema;
}

}  // namespace

IMBENCH_REGISTER_PLUGIN({Kind::Resample, "adasyn",
                         "Adaptive synthetic sampling: more new samples near rows surrounded by other classes.",
                         "He, Bai, Garcia, Li. ADASYN: Adaptive Synthetic Sampling Approach for Imbalanced Learning. "
                         "IJCNN 2008, 1322-1328",
                         adasyn_schema(), Capabilities{},
                         [](const Params& p) { return std::make_unique<Adasyn>(p); }})

}  // namespace imbench
