// SMOBD, SMOTE based on data density (Cao & Wang 2011), with order-free
// stand-ins for OPTICS' distances (see README.md). For each class row p,
// with m = min_samples and distances within the class:
//   core(p)   distance to p's (m-1)-th nearest other row (OPTICS counts p itself)
//   reach(p)  min over p's m nearest rows o of max(core(o), d(o, p))
//   count(p)  rows within max_eps of p, p included
// density(p) = eta1 core(p) / max core + (1 - eta1) count(p) / max count, and
// 0 for noise (core > t mean core and reach > t mean reach). A new row picks
// its seed in proportion to density, a partner among the seed's m nearest
// class rows, and a uniform step along the segment.

#include <algorithm>
#include <numeric>
#include <string>

#include "algorithms/resample/shared/over_sampling.hpp"
#include "algorithms/resample/shared/sampling_strategy.hpp"
#include "algorithms/shared/neighbours/exact.hpp"
#include "core/registry.hpp"

namespace imbench {
namespace {

const char* const kOwner = "smobd";

// Rows of the fitted class within `radius` of each of its rows (the row itself included). Neighbour lists are
// widened by doubling only for the rows whose farthest neighbour so far is still inside the radius.
std::vector<std::size_t> counts_within(const ExactNeighbours& knn, double radius) {
  const Matrix& X_c = knn.reference();
  const std::size_t n = static_cast<std::size_t>(X_c.rows());
  std::vector<std::size_t> count(n, 1);
  Indices pending(n);
  std::iota(pending.begin(), pending.end(), 0);
  constexpr std::size_t kMaxEntries = std::size_t{1} << 22;  // bounds one query's lists
  for (std::size_t k = std::min<std::size_t>(16, n - 1); !pending.empty() && k > 0; k = std::min(2 * k, n - 1)) {
    Indices still;
    const std::size_t chunk = std::max<std::size_t>(1, kMaxEntries / k);
    for (std::size_t begin = 0; begin < pending.size(); begin += chunk) {
      const Indices part(pending.begin() + static_cast<std::ptrdiff_t>(begin),
                         pending.begin() + static_cast<std::ptrdiff_t>(std::min(pending.size(), begin + chunk)));
      const NeighbourLists near = knn.query(take_rows(X_c, part), k, part);
      for (std::size_t q = 0; q < part.size(); ++q) {
        std::size_t inside = 0;
        while (inside < k && near.distance_at(q, inside) <= radius) ++inside;
        if (inside == k && k < n - 1)
          still.push_back(part[q]);
        else
          count[part[q]] = 1 + inside;
      }
    }
    pending = std::move(still);
  }
  return count;
}

class Smobd final : public Resampler {
 public:
  explicit Smobd(const Params& p)
      : m_(static_cast<std::size_t>(p.integer("min_samples"))),
        eta1_(p.real("eta1")),
        t_(p.real("t")),
        max_eps_(p.real("max_eps")),
        strategy_(p.text("sampling_strategy"), kOwner) {}

  Resampled resample(const LabelledData& data, RandomStream& rng) const override {
    const ClassTargets targets = strategy_.targets(data.y, data.n_classes, SamplingType::Over);
    const std::vector<Indices> rows = rows_of_growing_classes(data.y, data.n_classes, targets);
    for (const auto& [cls, n_new] : targets)
      if (n_new > 0 && rows[static_cast<std::size_t>(cls)].size() < m_ + 1)
        throw Error(std::string(kOwner) + ": class " + std::to_string(cls) + " has " +
                    std::to_string(rows[static_cast<std::size_t>(cls)].size()) + " samples, but min_samples=" +
                    std::to_string(m_) + " needs at least " + std::to_string(m_ + 1) + "; lower min_samples");
    return over_sample(data, targets, rng, [&](const NewRows& made, Matrix& out) {
      ExactNeighbours knn;
      knn.fit(take_rows(data.X, rows[static_cast<std::size_t>(made.cls)]));
      const NeighbourLists neighbours = knn.query_self(m_);
      const std::vector<double> weight = seed_weights(knn, neighbours, made.cls);
      std::vector<double> cumulative(weight.size());
      std::partial_sum(weight.begin(), weight.end(), cumulative.begin());
      generate(knn.reference(), neighbours, cumulative, made.stream, made.count, made.first_row, out);
    });
  }

 private:
  // The density factor of every class row (noise set to 0), unnormalised.
  std::vector<double> seed_weights(const ExactNeighbours& knn, const NeighbourLists& neighbours, int cls) const {
    const std::size_t n = neighbours.n_queries;
    std::vector<double> core(n), reach(n, 0.0);
    for (std::size_t p = 0; p < n; ++p) core[p] = m_ >= 2 ? neighbours.distance_at(p, m_ - 2) : 0.0;
    for (std::size_t p = 0; p < n; ++p) {
      reach[p] = std::max(core[neighbours.index_at(p, 0)], neighbours.distance_at(p, 0));
      for (std::size_t j = 1; j < m_; ++j)
        reach[p] = std::min(reach[p], std::max(core[neighbours.index_at(p, j)], neighbours.distance_at(p, j)));
    }
    const std::vector<std::size_t> count = counts_within(knn, max_eps_);
    const double max_core = *std::max_element(core.begin(), core.end());
    const double max_count = static_cast<double>(*std::max_element(count.begin(), count.end()));
    const double mean_core = std::accumulate(core.begin(), core.end(), 0.0) / static_cast<double>(n);
    const double mean_reach = std::accumulate(reach.begin(), reach.end(), 0.0) / static_cast<double>(n);
    std::vector<double> weight(n);
    double total = 0.0;
    for (std::size_t p = 0; p < n; ++p) {
      const bool noise = core[p] > t_ * mean_core && reach[p] > t_ * mean_reach;
      const double sparse = max_core > 0.0 ? core[p] / max_core : 0.0;
      weight[p] = noise ? 0.0 : eta1_ * sparse + (1.0 - eta1_) * static_cast<double>(count[p]) / max_count;
      total += weight[p];
    }
    if (!(total > 0.0))
      throw Error(std::string(kOwner) + ": every row of class " + std::to_string(cls) +
                  " has density 0 (all noise, or eta1=1 with all rows at one point)");
    return weight;
  }

  // New row i draws its seed (by weight), the partner and the step (rows drawn by draw_rows).
  void generate(const Matrix& X_c, const NeighbourLists& neighbours, const std::vector<double>& cumulative,
                const RandomStream& class_stream, std::size_t n_new, std::size_t first_row, Matrix& out) const {
    draw_rows(class_stream, n_new, [&](std::size_t i, RandomStream& s) {
      const double pick = s.uniform() * cumulative.back();
      // The first row whose cumulative weight exceeds the pick, so zero-weight rows are never chosen (a pick
      // rounded up to the total falls back to the last row of positive weight).
      auto found = std::upper_bound(cumulative.begin(), cumulative.end(), pick);
      if (found == cumulative.end())
        found = std::lower_bound(cumulative.begin(), cumulative.end(), cumulative.back());
      const auto seed = static_cast<std::size_t>(found - cumulative.begin());
      const std::size_t partner = neighbours.index_at(seed, s.below(m_));
      const double u = s.uniform();
      const auto from = X_c.row(static_cast<Eigen::Index>(seed));
      out.row(static_cast<Eigen::Index>(first_row + i)) =
          from + u * (X_c.row(static_cast<Eigen::Index>(partner)) - from);
    });
  }

  std::size_t m_;
  double eta1_, t_, max_eps_;
  SamplingStrategy strategy_;
};

ParamSchema smobd_schema() {
  ParamSchema schema;
  schema.integer("min_samples", 5, 2, std::nullopt,
                 "OPTICS-style neighbourhood size: the core distance reaches the (min_samples-1)-th other class "
                 "row, and a seed's partner is one of its min_samples nearest class rows");
  schema.real("eta1", 0.5, 0.0, 1.0,
              "Weight of the core-distance factor in the density; 1 - eta1 weighs the neighbour count");
  schema.real("t", 1.8, 0.0, std::nullopt,
              "Noise filter: a row whose core and reachability distances both exceed t times their class means "
              "gets no new rows");
  schema.real("max_eps", 1.0, 0.0, std::nullopt, "Radius within which class rows are counted for the density",
              true);
  add_sampling_strategy(schema, SamplingType::Over);
  return schema;
}

}  // namespace

IMBENCH_REGISTER_PLUGIN({Kind::Resample, "smobd",
                         "SMOTE with seeds drawn by a density factor (core distance and neighbour count), "
                         "skipping outliers.",
                         "Cao, Wang. Applying Over-sampling Technique Based on Data Density and Cost-sensitive SVM to "
                         "Imbalanced Learning. International Conference on Information Management, Innovation "
                         "Management and Industrial Engineering (ICIII) 2011, vol. 2, 543-548",
                         smobd_schema(), Capabilities{},
                         [](const Params& p) { return std::make_unique<Smobd>(p); }})

}  // namespace imbench
