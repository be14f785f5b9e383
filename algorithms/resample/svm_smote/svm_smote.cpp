// SVM-SMOTE (Nguyen, Cooper & Kamei 2011) with imbalanced-learn's steps: the
// seeds of a class are its support vectors (C-SVC, RBF) minus the noisy ones;
// a seed with at least half of its m nearest rows of other classes (DANGER)
// interpolates towards a class neighbour, a safer one extrapolates away from
// it by up to out_step. Unlike imbalanced-learn 0.10, every requested row is
// made.

#include <string>

#include "algorithms/resample/shared/danger.hpp"
#include "algorithms/resample/shared/over_sampling.hpp"
#include "algorithms/resample/shared/sampling_strategy.hpp"
#include "algorithms/resample/svm_smote/support_vectors.hpp"
#include "algorithms/shared/neighbours/exact.hpp"
#include "core/registry.hpp"

namespace imbench {
namespace {

struct Seeds {
  Indices positions;        // positions within the class of the non-noise support vectors
  std::vector<bool> danger;  // per seed: interpolate (true) or extrapolate
};

class SvmSmote final : public Resampler {
 public:
  explicit SvmSmote(const Params& p)
      : k_(static_cast<std::size_t>(p.integer("k_neighbors"))),
        m_(static_cast<std::size_t>(p.integer("m_neighbors"))),
        out_step_(p.real("out_step")),
        strategy_(p.text("sampling_strategy"), "svm_smote") {
    svm_.c = p.real("svm_c");
  }

  Resampled resample(const LabelledData& data, RandomStream& rng) const override {
    const ClassTargets targets = strategy_.targets(data.y, data.n_classes, SamplingType::Over);
    const std::vector<Indices> rows = rows_of_growing_classes(data.y, data.n_classes, targets);
    if (new_row_count(targets) == 0) return {data.X, data.y, 0};

    // One SVM on all rows serves every class (imblearn refits the same deterministic SVM per class).
    const Indices support = support_vector_rows(data.X, data.y, svm_, "svm_smote");
    const RandomStream base = rng.substream(rng.next_u64());
    return fill_new_rows(data, targets, base, [&](const NewRows& made, Matrix& out) {
      const Indices& class_rows = rows[static_cast<std::size_t>(made.cls)];
      require_class_neighbours(made.cls, class_rows.size(), k_, "svm_smote");
      const Seeds seeds = find_seeds(data, made.cls, class_rows, support);
      ExactNeighbours knn;
      knn.fit(take_rows(data.X, class_rows));
      const NeighbourLists neighbours =
          knn.query(take_rows(data.X, take(class_rows, seeds.positions)), k_, seeds.positions);
      generate(knn.reference(), seeds, neighbours, made.stream, made.count, made.first_row, out);
    });
  }

 private:
  // The class's support vectors without NOISE (all m neighbours foreign), each marked DANGER or not.
  Seeds find_seeds(const LabelledData& data, int cls, const Indices& class_rows, const Indices& support) const {
    Indices sv_rows, sv_positions;
    for (std::size_t p = 0; p < class_rows.size(); ++p)
      if (std::binary_search(support.begin(), support.end(), class_rows[p])) {
        sv_rows.push_back(class_rows[p]);
        sv_positions.push_back(p);
      }
    Seeds seeds;
    if (!sv_rows.empty()) {
      const std::vector<std::size_t> foreign = foreign_neighbour_counts(data.X, data.y, cls, sv_rows, m_, "svm_smote");
      for (std::size_t i = 0; i < sv_rows.size(); ++i) {
        if (foreign[i] == m_) continue;  // NOISE
        seeds.positions.push_back(sv_positions[i]);
        seeds.danger.push_back(2 * foreign[i] >= m_);
      }
    }
    if (seeds.positions.empty())
      throw Error("svm_smote: class " + std::to_string(cls) + " has " + std::to_string(sv_rows.size()) +
                  " support vectors and all of them are noise (every one of their m_neighbors=" + std::to_string(m_) +
                  " nearest rows is of another class)");
    return seeds;
  }

  // New row i draws (seed, neighbour) uniformly and its step (rows drawn by draw_rows).
  void generate(const Matrix& X_c, const Seeds& seeds, const NeighbourLists& neighbours,
                const RandomStream& class_stream, std::size_t n_new, std::size_t first_row, Matrix& out) const {
    const std::uint64_t n_pairs = static_cast<std::uint64_t>(seeds.positions.size()) * k_;
    draw_rows(class_stream, n_new, [&](std::size_t i, RandomStream& s) {
      const std::uint64_t pair = s.below(n_pairs);
      const std::size_t seed = pair / k_;
      const double u = s.uniform();
      const double step = seeds.danger[seed] ? u : -out_step_ * u;
      const auto x = X_c.row(static_cast<Eigen::Index>(seeds.positions[seed]));
      const auto nb = X_c.row(static_cast<Eigen::Index>(neighbours.index_at(seed, pair % k_)));
      out.row(static_cast<Eigen::Index>(first_row + i)) = x + step * (nb - x);
    });
  }

  std::size_t k_, m_;
  double out_step_;
  SamplingStrategy strategy_;
  SvmSettings svm_;
};

ParamSchema svm_smote_schema() {
  ParamSchema schema;
  schema.integer("k_neighbors", 5, 1, std::nullopt, "Nearest class rows a support vector pairs with");
  schema.integer("m_neighbors", 10, 1, std::nullopt,
                 "Nearest rows of the whole data that mark a support vector as noise, danger or safe");
  schema.real("out_step", 0.5, 0.0, std::nullopt, "Largest extrapolation step away from the neighbour for safe seeds");
  schema.real("svm_c", 1.0, 0.0, std::nullopt, "SVM regularisation C (RBF kernel, gamma = 1 / (d var(X)))", true);
  add_sampling_strategy(schema, SamplingType::Over);
  return schema;
}

}  // namespace

IMBENCH_REGISTER_PLUGIN({Kind::Resample, "svm_smote",
                         "SMOTE seeded by the class's SVM support vectors: interpolate near the border, extrapolate "
                         "where safe.",
                         "Nguyen, Cooper, Kamei. Borderline over-sampling for imbalanced data classification. "
                         "International Journal of Knowledge Engineering and Soft Data Paradigms 3(1):4-21, 2011",
                         svm_smote_schema(), Capabilities{},
                         [](const Params& p) { return std::make_unique<SvmSmote>(p); }})

}  // namespace imbench
