// NearMiss-1/2/3 (Mani & Zhang 2003) as imbalanced-learn 0.10's NearMiss:
// each targeted class keeps the rows whose distances to the minority class
// score best. The minority (the comparison set) is picked as
// collections.Counter does; see ../shared/editing.hpp.
#include <algorithm>
#include <numeric>
#include <string>

#include "algorithms/resample/shared/editing.hpp"
#include "algorithms/shared/neighbours/exact.hpp"
#include "core/registry.hpp"

namespace imbench {
namespace {

// numpy's sum of a contiguous run (pairwise summation, 8 accumulators), so
// scores and therefore their ties round exactly as imblearn's do.
double numpy_sum(const double* a, std::size_t n) {
  if (n < 8) {
    double s = 0.0;
    for (std::size_t i = 0; i < n; ++i) s += a[i];
    return s;
  }
  if (n <= 128) {
    double r[8];
    std::copy(a, a + 8, r);
    std::size_t i = 8;
    for (; i + 8 <= n; i += 8)
      for (std::size_t j = 0; j < 8; ++j) r[j] += a[i + j];
    double s = ((r[0] + r[1]) + (r[2] + r[3])) + ((r[4] + r[5]) + (r[6] + r[7]));
    for (; i < n; ++i) s += a[i];
    return s;
  }
  const std::size_t half = n / 2 - (n / 2) % 8;
  return numpy_sum(a, half) + numpy_sum(a + half, n - half);
}

class NearMiss final : public Resampler {
 public:
  explicit NearMiss(const Params& p)
      : version_(static_cast<int>(p.integer("version"))),
        k_(static_cast<std::size_t>(p.integer("n_neighbors"))),
        k3_(static_cast<std::size_t>(p.integer("n_neighbors_ver3"))),
        strategy_(p.text("sampling_strategy"), "near_miss") {}

  Resampled resample(const LabelledData& data, RandomStream&) const override {
    const ClassTargets targets = strategy_.targets(data.y, data.n_classes, SamplingType::Under);
    const std::vector<Indices> rows = rows_by_class(data.y, data.n_classes);
    const Indices& minority_rows = rows[static_cast<std::size_t>(first_seen_minority(data.y, data.n_classes))];
    if (k_ > minority_rows.size())
      throw Error("near_miss: n_neighbors=" + std::to_string(k_) + " exceeds the " +
                  std::to_string(minority_rows.size()) + " rows of the minority class");
    ExactNeighbours minority;
    minority.fit(take_rows(data.X, minority_rows));

    Indices kept;
    for (int cls = 0; cls < data.n_classes; ++cls) {
      const Indices& class_rows = rows[static_cast<std::size_t>(cls)];
      auto target = targets.find(cls);
      if (target == targets.end()) {
        kept.insert(kept.end(), class_rows.begin(), class_rows.end());
        continue;
      }
      for (std::size_t position : select(data.X, class_rows, minority, target->second)) kept.push_back(class_rows[position]);
    }
    return {take_rows(data.X, kept), take(data.y, kept), 0};
  }

 private:
  // Positions within the class that are kept, in imblearn's output order
  // (best score first, ties by lower position).
  Indices select(const Matrix& X, const Indices& class_rows, const ExactNeighbours& minority,
                 std::size_t n_keep) const {
    const Matrix X_c = take_rows(X, class_rows);
    const std::size_t n_minority = static_cast<std::size_t>(minority.reference().rows());
    if (version_ == 1) return best(score(minority.query(X_c, k_), 0), n_keep, false);
    if (version_ == 2) return best(score(minority.query(X_c, n_minority), n_minority - k_), n_keep, false);

    // Version 3: the candidates are every minority row's k3 nearest class rows.
    if (k3_ > class_rows.size())
      throw Error("near_miss: n_neighbors_ver3=" + std::to_string(k3_) + " exceeds the " +
                  std::to_string(class_rows.size()) + " rows of a targeted class");
    ExactNeighbours within;
    within.fit(X_c);
    const NeighbourLists near_minority = within.query(minority.reference(), k3_);
    Indices candidates = near_minority.index;
    std::sort(candidates.begin(), candidates.end());
    candidates.erase(std::unique(candidates.begin(), candidates.end()), candidates.end());
    // Fewer candidates than n_keep: all are kept, as imblearn does (with a warning there).
    Indices chosen = best(score(minority.query(take_rows(X_c, candidates), k_), 0), n_keep, true);
    for (std::size_t& c : chosen) c = candidates[c];
    return chosen;
  }

  // Each query's sum of distances from neighbour `skip` onwards (imblearn's
  // dist_vec[:, -k:]).
  static std::vector<double> score(const NeighbourLists& nn, std::size_t skip) {
    std::vector<double> s(nn.n_queries);
    for (std::size_t q = 0; q < nn.n_queries; ++q) s[q] = numpy_sum(&nn.distance[q * nn.k + skip], nn.k - skip);
    return s;
  }

  // The n_keep best positions, as Python's stable sorted(..., reverse=largest)[:n_keep]. With ties to the
  // lower position the order is total, so selecting the n_keep best and sorting only those gives the same
  // rows as sorting all scores, which was serial work on the majority (985k scores at 1M).
  static Indices best(const std::vector<double>& scores, std::size_t n_keep, bool largest) {
    Indices order(scores.size());
    std::iota(order.begin(), order.end(), 0);
    const auto before = [&](std::size_t a, std::size_t b) {
      if (scores[a] != scores[b]) return largest ? scores[a] > scores[b] : scores[a] < scores[b];
      return a < b;
    };
    const auto keep = static_cast<std::ptrdiff_t>(std::min(n_keep, order.size()));
    std::nth_element(order.begin(), order.begin() + keep, order.end(), before);
    std::sort(order.begin(), order.begin() + keep, before);
    order.resize(static_cast<std::size_t>(keep));
    return order;
  }

  int version_;
  std::size_t k_;
  std::size_t k3_;
  SamplingStrategy strategy_;
};

ParamSchema near_miss_schema() {
  ParamSchema schema;
  schema.integer("version", 1, 1, 3, "1: nearest to the minority on average; 2: farthest minority rows near; "
                                      "3: the neighbours of each minority row, keeping the farthest");
  schema.integer("n_neighbors", 3, 1, std::nullopt, "Minority rows whose distances make up a row's score");
  schema.integer("n_neighbors_ver3", 3, 1, std::nullopt,
                 "Version 3: nearest rows of the class taken around each minority row");
  add_sampling_strategy(schema, SamplingType::Under);
  return schema;
}

}  // namespace

IMBENCH_REGISTER_PLUGIN({Kind::Resample, "near_miss",
                         "NearMiss 1/2/3: keep the targeted rows whose distances to the minority class score best.",
                         "Mani, Zhang. kNN Approach to Unbalanced Data Distributions: A Case Study Involving "
                         "Information Extraction. ICML 2003 Workshop on Learning from Imbalanced Datasets",
                         near_miss_schema(), Capabilities{},
                         [](const Params& p) { return std::make_unique<NearMiss>(p); }})

}  // namespace imbench
