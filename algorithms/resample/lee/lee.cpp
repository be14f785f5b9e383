// SMOTE with rejection (Lee, Kim & Lee 2015): a candidate row is made as in
// SMOTE (a class row, one of its k nearest class rows, a uniform step along
// the segment) and kept only when fewer than rejection_level of its k nearest
// rows in the whole training set belong to another class (one-vs-rest).
// Candidates are drawn until the class has its new rows.
#include <tbb/blocked_range.h>
#include <tbb/parallel_for.h>

#include <algorithm>
#include <string>

#include "algorithms/resample/shared/over_sampling.hpp"
#include "algorithms/resample/shared/sampling_strategy.hpp"
#include "algorithms/shared/neighbours/exact.hpp"
#include "core/registry.hpp"

namespace imbench {
namespace {

const char* const kOwner = "lee";

// Candidates are checked in batches of at least this many. A batch of this
// size that keeps nothing raises the rejection level by kLevelStep for the
// rest of the class (as smote_variants does after 1000 straight rejections),
// so a class surrounded by other classes still ends; the level passes 1
// after a few such batches and then every candidate is kept.
constexpr std::size_t kMinBatch = 1000;
constexpr double kLevelStep = 0.1;

class Lee final : public Resampler {
 public:
  explicit Lee(const Params& p)
      : k_(static_cast<std::size_t>(p.integer("k_neighbors"))),
        rejection_level_(p.real("rejection_level")),
        strategy_(p.text("sampling_strategy"), kOwner) {}

  Resampled resample(const LabelledData& data, RandomStream& rng) const override {
    const ClassTargets targets = strategy_.targets(data.y, data.n_classes, SamplingType::Over);
    const std::vector<Indices> rows = rows_of_growing_classes(data.y, data.n_classes, targets);
    require_class_neighbours(targets, rows, k_, kOwner);
    if (new_row_count(targets) == 0) return {data.X, data.y, 0};
    ExactNeighbours whole;
    whole.fit_borrowed(data.X);
    return over_sample(data, targets, rng, [&](const NewRows& made, Matrix& out) {
      ExactNeighbours knn;
      knn.fit(take_rows(data.X, rows[static_cast<std::size_t>(made.cls)]));
      generate(data.y, made.cls, whole, knn.reference(), knn.query_self(k_), made.stream, made.count,
               made.first_row, out);
    });
  }

 private:
  // Candidate j is drawn from substream j; batches are checked in candidate
  // order and their sizes depend only on how many rows are still missing,
  // so the kept rows do not depend on the thread count.
  void generate(const Labels& y, int cls, const ExactNeighbours& whole, const Matrix& X_c,
                const NeighbourLists& neighbours, const RandomStream& class_stream, std::size_t n_new,
                std::size_t first_row, Matrix& out) const {
    const std::uint64_t n_pairs = static_cast<std::uint64_t>(X_c.rows()) * k_;
    double level = rejection_level_;
    std::size_t made = 0;
    std::uint64_t next_candidate = 0;
    while (made < n_new) {
      const std::size_t batch = std::max(kMinBatch, n_new - made);
      Matrix candidates(static_cast<Eigen::Index>(batch), X_c.cols());
      tbb::parallel_for(tbb::blocked_range<std::size_t>(0, batch, 1024), [&](const tbb::blocked_range<std::size_t>& r) {
        for (std::size_t j = r.begin(); j != r.end(); ++j) {
          RandomStream s = class_stream.substream(next_candidate + j);
          const std::uint64_t pair = s.below(n_pairs);
          const double u = s.uniform();
          const auto seed = X_c.row(static_cast<Eigen::Index>(pair / k_));
          candidates.row(static_cast<Eigen::Index>(j)) =
              seed + u * (X_c.row(static_cast<Eigen::Index>(neighbours.index_at(pair / k_, pair % k_))) - seed);
        }
      });
      next_candidate += batch;
      const NeighbourLists around = whole.query(candidates, k_);
      std::size_t kept_in_batch = 0;
      for (std::size_t j = 0; j < batch && made < n_new; ++j) {
        std::size_t foreign = 0;
        for (std::size_t m = 0; m < k_; ++m) foreign += y[around.index_at(j, m)] != cls;
        if (static_cast<double>(foreign) / static_cast<double>(k_) >= level) continue;
        out.row(static_cast<Eigen::Index>(first_row + made++)) = candidates.row(static_cast<Eigen::Index>(j));
        ++kept_in_batch;
      }
      if (kept_in_batch == 0) level += kLevelStep;
    }
  }

  std::size_t k_;
  double rejection_level_;
  SamplingStrategy strategy_;
};

ParamSchema lee_schema() {
  ParamSchema schema;
  schema.integer("k_neighbors", 5, 1, std::nullopt,
                 "Nearest class rows a seed is paired with, and nearest rows (whole data) that judge a candidate");
  schema.real("rejection_level", 0.5, 0.0, 1.0,
              "A candidate is rejected when at least this fraction of its k nearest rows is of another class", true);
  add_sampling_strategy(schema, SamplingType::Over);
  return schema;
}

}  // namespace

IMBENCH_REGISTER_PLUGIN({Kind::Resample, "lee",
                         "SMOTE that rejects new rows whose neighbourhood is mostly of other classes.",
                         "Lee, Kim, Lee. An Over-sampling Technique with Rejection for Imbalanced Class Learning. "
                         "IMCOM 2015, ACM, article 102",
                         lee_schema(), Capabilities{},
                         [](const Params& p) { return std::make_unique<Lee>(p); }})

}  // namespace imbench
