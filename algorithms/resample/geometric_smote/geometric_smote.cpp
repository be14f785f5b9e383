// Geometric SMOTE (Douzas & Bacao 2019): a new row is drawn inside a
// hypersphere around a class row (the centre) whose surface passes through a
// chosen "surface" row, instead of on a segment. The sphere is truncated to
// the side facing the surface row (truncation_factor) and flattened towards
// the centre-surface axis (deformation_factor). The surface row is one of the
// centre's k nearest class rows (minority), its nearest row of another class
// (majority), or whichever of the two is closer (combined).
#include <optional>
#include <string>

#include "algorithms/resample/shared/over_sampling.hpp"
#include "algorithms/resample/shared/sampling_strategy.hpp"
#include "algorithms/shared/neighbours/exact.hpp"
#include "core/registry.hpp"

namespace imbench {
namespace {

// The rows a class's centres and surface points come from.
struct SurfaceCandidates {
  Matrix centres;                              // the class rows
  std::optional<NeighbourLists> same_class;    // k nearest class rows (rows of `centres`)
  Matrix others;                               // rows of the other classes
  std::optional<NeighbourLists> nearest_other; // 1 nearest row of `others`
};

// Maps a point drawn uniformly in the unit ball (`ball`) into the truncated,
// deformed sphere around `centre` through `surface` (the paper's Algorithm 1).
Eigen::RowVectorXd geometric_sample(const RowRef& centre, const RowRef& surface, Eigen::RowVectorXd ball,
                                    double truncation, double deformation) {
  const Eigen::RowVectorXd axis = surface - centre;
  const double radius = axis.norm();
  if (radius == 0.0) return centre;
  const Eigen::RowVectorXd unit_axis = axis / radius;
  double along = ball.dot(unit_axis);
  // Truncation: points on the cut-off side are mirrored through the plane orthogonal to the axis.
  if ((truncation > 0.0 && along < truncation - 1.0) || (truncation < 0.0 && along > truncation + 1.0)) {
    ball -= 2.0 * along * unit_axis;
    along = -along;
  }
  // Deformation: shrink the component orthogonal to the axis.
  const Eigen::RowVectorXd parallel = along * unit_axis;
  ball = parallel + (1.0 - deformation) * (ball - parallel);
  return centre + radius * ball;
}

class GSmote final : public Resampler {
 public:
  explicit GSmote(const Params& p)
      : k_(static_cast<std::size_t>(p.integer("k_neighbors"))),
        truncation_(p.real("truncation_factor")),
        deformation_(p.real("deformation_factor")),
        selection_(p.text("selection_strategy")),
        strategy_(p.text("sampling_strategy"), "geometric_smote") {}

  Resampled resample(const LabelledData& data, RandomStream& rng) const override {
    const ClassTargets targets = strategy_.targets(data.y, data.n_classes, SamplingType::Over);
    std::map<int, SurfaceCandidates> sources;  // built first, so errors come before any output is allocated
    for (const auto& [cls, n_new] : targets)
      if (n_new > 0) sources.emplace(cls, candidates(data, cls));

    return over_sample(data, targets, rng, [&](const NewRows& made, Matrix& out) {
      generate(sources.at(made.cls), made.stream, made.count, made.first_row, out);
    });
  }

 private:
  bool uses_same_class() const { return selection_ != "majority"; }
  bool uses_other_class() const { return selection_ != "minority"; }

  SurfaceCandidates candidates(const LabelledData& data, int cls) const {
    Indices class_rows, other_rows;
    for (std::size_t i = 0; i < data.y.size(); ++i) (data.y[i] == cls ? class_rows : other_rows).push_back(i);
    SurfaceCandidates s;
    s.centres = take_rows(data.X, class_rows);
    if (uses_same_class()) {
      require_class_neighbours(cls, class_rows.size(), k_, "geometric_smote");
      ExactNeighbours knn;
      knn.fit(s.centres);
      s.same_class = knn.query_self(k_);
    }
    if (uses_other_class()) {
      if (other_rows.empty())
        throw Error("geometric_smote: selection_strategy=" + selection_ + " needs rows of a class other than " +
                    std::to_string(cls) + ", but the data holds none");
      ExactNeighbours knn;
      knn.fit(take_rows(data.X, other_rows));
      s.nearest_other = knn.query(s.centres, 1);
      s.others = knn.reference();
    }
    return s;
  }

  // New row i draws its centre, surface point and ball point (rows drawn by draw_rows).
  void generate(const SurfaceCandidates& s, const RandomStream& class_stream, std::size_t n_new,
                std::size_t first_row, Matrix& out) const {
    const auto n_centres = static_cast<std::uint64_t>(s.centres.rows());
    const Eigen::Index dims = s.centres.cols();
    const auto make_row = [&](std::size_t i, RandomStream& stream, Eigen::RowVectorXd& ball) {
      const std::size_t c = stream.below(n_centres);
      const auto centre = s.centres.row(static_cast<Eigen::Index>(c));
      Eigen::RowVectorXd surface;
      if (s.same_class) surface = s.centres.row(static_cast<Eigen::Index>(s.same_class->index_at(c, stream.below(k_))));
      if (s.nearest_other) {
        const auto other = s.others.row(static_cast<Eigen::Index>(s.nearest_other->index_at(c, 0)));
        // combined: the closer candidate, the other-class row on ties (as the authors' package does).
        if (!s.same_class || (surface - centre).squaredNorm() >= (other - centre).squaredNorm()) surface = other;
      }
      // Uniform in the unit ball: a uniform direction (normalised Gaussian) at radius u^(1/d).
      for (Eigen::Index j = 0; j < dims; ++j) ball[j] = stream.normal();
      const double norm = ball.norm();
      const double scale = norm > 0.0 ? std::pow(stream.uniform(), 1.0 / static_cast<double>(dims)) / norm : 0.0;
      out.row(static_cast<Eigen::Index>(first_row + i)) =
          geometric_sample(centre, surface, ball * scale, truncation_, deformation_);
    };
    draw_rows(class_stream, n_new, [&] { return Eigen::RowVectorXd(dims); }, make_row);
  }

  std::size_t k_;
  double truncation_, deformation_;
  std::string selection_;
  SamplingStrategy strategy_;
};

ParamSchema geometric_smote_schema() {
  ParamSchema schema;
  schema.integer("k_neighbors", 5, 1, std::nullopt,
                 "Nearest class rows from which a centre's surface point is drawn (minority, combined)");
  schema.real("truncation_factor", 1.0, -1.0, 1.0,
              "Cut of the sphere along the centre-surface axis: 1 keeps the half facing the surface point, "
              "0 the whole sphere, -1 the half facing away");
  schema.real("deformation_factor", 0.0, 0.0, 1.0,
              "Flattening towards the centre-surface axis: 0 a sphere, 1 the segment itself");
  schema.choice("selection_strategy", "combined", {"combined", "minority", "majority"},
                "Surface point: a random one of the k nearest class rows (minority), the nearest row of another "
                "class (majority), or the closer of the two (combined)");
  add_sampling_strategy(schema, SamplingType::Over);
  return schema;
}

}  // namespace

IMBENCH_REGISTER_PLUGIN({Kind::Resample, "geometric_smote",
                         "Geometric SMOTE: new rows inside a truncated, deformed hypersphere around a class row.",
                         "Douzas, Bacao. Geometric SMOTE a geometrically enhanced drop-in replacement for SMOTE. "
                         "Information Sciences 501:118-135, 2019",
                         geometric_smote_schema(), Capabilities{},
                         [](const Params& p) { return std::make_unique<GSmote>(p); }})

}  // namespace imbench
