// CCR, Combined Cleaning and Resampling (Koziarski & Wozniak 2017). Every
// row of a grown class spends a fixed energy on a sphere around itself:
// growing the radius by dr costs dr * (1 + opposing rows already inside), so
// the sphere stays small where other classes are dense. Opposing rows inside
// a sphere are pushed out to its surface (cleaning), and the new rows are
// drawn uniformly inside the spheres, more of them in smaller spheres
// (share proportional to 1 / radius).
#include <algorithm>
#include <cmath>
#include <string>

#include "algorithms/resample/kmeans_smote/cluster_allocation.hpp"
#include "algorithms/resample/shared/over_sampling.hpp"
#include "algorithms/resample/shared/sampling_strategy.hpp"
#include "algorithms/shared/neighbours/exact.hpp"
#include "core/registry.hpp"

namespace imbench {
namespace {

// One class row's sphere: its radius and how many of its nearest opposing rows lie inside.
struct Sphere {
  double radius = 0.0;
  std::size_t inside = 0;
  bool complete = false;  // false: the energy outlasted the neighbours looked at, look at more
};

// Spends `energy` on the sphere around a row whose opposing rows lie at
// `distances` (ascending). `all_seen`: the list holds every opposing row.
Sphere grow_sphere(const double* distances, std::size_t n, double energy, bool all_seen) {
  Sphere s;
  double remaining = energy;
  for (std::size_t j = 0; j < n; ++j) {
    const double step = remaining / static_cast<double>(j + 1);  // radius the rest buys with j rows inside
    if (distances[j] >= s.radius + step) {
      s.radius += step;
      s.complete = true;
      return s;
    }
    remaining -= (distances[j] - s.radius) * static_cast<double>(j + 1);
    s.radius = distances[j];
    s.inside = j + 1;
  }
  s.complete = all_seen;
  if (all_seen) s.radius += remaining / static_cast<double>(n + 1);
  return s;
}

// A uniform direction (normalised Gaussian); a fixed axis in the measure-zero case of an all-zero draw.
Eigen::RowVectorXd random_direction(Eigen::Index dims, RandomStream& stream) {
  Eigen::RowVectorXd v(dims);
  for (Eigen::Index j = 0; j < dims; ++j) v[j] = stream.normal();
  const double norm = v.norm();
  if (norm == 0.0) return Eigen::RowVectorXd::Unit(dims, 0);
  return v / norm;
}

class Ccr final : public Resampler {
 public:
  explicit Ccr(const Params& p)
      : energy_(p.real("energy")), scaling_(p.real("scaling")), strategy_(p.text("sampling_strategy"), "ccr") {}

  Resampled resample(const LabelledData& data, RandomStream& rng) const override {
    const ClassTargets targets = strategy_.targets(data.y, data.n_classes, SamplingType::Over);
    const std::vector<Indices> rows = rows_by_class(data.y, data.n_classes);
    const double energy = energy_ * std::pow(static_cast<double>(data.X.cols()), scaling_);
    // Every class's spheres see the input positions; the pushes add up and are applied at the end.
    Matrix pushes = Matrix::Zero(data.X.rows(), data.X.cols());
    Resampled out = over_sample(data, targets, rng, [&](const NewRows& made, Matrix& X_out) {
      const Indices& class_rows = rows[static_cast<std::size_t>(made.cls)];
      const Matrix centres = take_rows(data.X, class_rows);
      require_finite(centres, ("ccr: rows of class " + std::to_string(made.cls)).c_str());
      const Indices opposing = larger_class_rows(rows, made.cls);
      const std::vector<double> radii =
          clean(data.X, centres, opposing, energy, made.stream.substream("clean"), pushes);
      std::vector<double> log_weights;
      for (double r : radii) log_weights.push_back(-std::log(r));
      fill_spheres(centres, radii, largest_remainder(made.count, log_weights), made.stream.substream("fill"),
                   made.first_row, X_out);
    });
    for (Eigen::Index i = 0; i < pushes.rows(); ++i)
      if (!pushes.row(i).isZero(0.0)) {
        out.X.row(i) += pushes.row(i);
        ++out.n_synthetic;  // a moved row is no longer a copy of an input row
      }
    return out;
  }

 private:
  // The rows a class's spheres push away: those of every class with more rows (MC-CCR's rule; in binary
  // data, the majority).
  static Indices larger_class_rows(const std::vector<Indices>& rows, int cls) {
    Indices out;
    const std::size_t size = rows[static_cast<std::size_t>(cls)].size();
    for (const Indices& r : rows)
      if (r.size() > size) out.insert(out.end(), r.begin(), r.end());
    std::sort(out.begin(), out.end());
    return out;
  }

  // The sphere of every centre; adds to `pushes` the moves that take each opposing row inside a sphere to
  // its surface, along the ray from the centre (a random ray when the two coincide).
  std::vector<double> clean(const Matrix& X, const Matrix& centres, const Indices& opposing, double energy,
                            const RandomStream& stream, Matrix& pushes) const {
    const auto n = static_cast<std::size_t>(centres.rows());
    std::vector<double> radii(n, energy);  // no opposing rows: the whole energy buys radius
    if (opposing.empty()) return radii;
    ExactNeighbours knn;
    knn.fit(take_rows(X, opposing));
    // Look at the nearest few opposing rows first and at twice as many for the spheres that absorb them all.
    Indices pending(n);
    for (std::size_t i = 0; i < n; ++i) pending[i] = i;
    std::size_t k = std::min<std::size_t>(16, opposing.size());
    while (!pending.empty()) {
      const bool all_seen = k == opposing.size();
      const NeighbourLists lists = knn.query(take_rows(centres, pending), k);
      Indices unfinished;
      for (std::size_t q = 0; q < pending.size(); ++q) {
        const Sphere s = grow_sphere(&lists.distance[q * k], k, energy, all_seen);
        if (!s.complete) {
          unfinished.push_back(pending[q]);
          continue;
        }
        const std::size_t c = pending[q];
        radii[c] = s.radius;
        RandomStream ties = stream.substream(c);
        for (std::size_t j = 0; j < s.inside; ++j) {
          const std::size_t o = opposing[lists.index_at(q, j)];
          const double d = lists.distance_at(q, j);
          const Eigen::RowVectorXd ray = d > 0.0 ? Eigen::RowVectorXd((X.row(static_cast<Eigen::Index>(o)) -
                                                                       centres.row(static_cast<Eigen::Index>(c))) / d)
                                                 : random_direction(X.cols(), ties);
          pushes.row(static_cast<Eigen::Index>(o)) += (s.radius - d) * ray;
        }
      }
      pending = std::move(unfinished);
      k = std::min(2 * k, opposing.size());
    }
    return radii;
  }

  // counts[i] new rows uniform in centre i's sphere (rows drawn by draw_rows).
  static void fill_spheres(const Matrix& centres, const std::vector<double>& radii,
                           const std::vector<std::size_t>& counts, const RandomStream& stream, std::size_t first_row,
                           Matrix& out) {
    std::vector<std::size_t> ends(counts.size());
    std::size_t total = 0;
    for (std::size_t i = 0; i < counts.size(); ++i) ends[i] = total += counts[i];
    const Eigen::Index dims = centres.cols();
    draw_rows(stream, total, [&](std::size_t t, RandomStream& s) {
      const auto c = static_cast<std::size_t>(std::upper_bound(ends.begin(), ends.end(), t) - ends.begin());
      const Eigen::RowVectorXd direction = random_direction(dims, s);
      const double depth = radii[c] * std::pow(s.uniform(), 1.0 / static_cast<double>(dims));
      out.row(static_cast<Eigen::Index>(first_row + t)) = centres.row(static_cast<Eigen::Index>(c)) + depth * direction;
    });
  }

  double energy_, scaling_;
  SamplingStrategy strategy_;
};

ParamSchema ccr_schema() {
  ParamSchema schema;
  schema.real("energy", 0.25, 0.0, std::nullopt,
              "Budget of each sphere: growing its radius by dr costs dr * (1 + opposing rows inside)", true);
  schema.real("scaling", 0.0, 0.0, std::nullopt, "The energy is multiplied by (number of features)^scaling");
  add_sampling_strategy(schema, SamplingType::Over);
  return schema;
}

}  // namespace

IMBENCH_REGISTER_PLUGIN({Kind::Resample, "ccr",
                         "Combined cleaning and resampling: energy-limited spheres around class rows push other "
                         "classes out and receive the new rows.",
                         "Koziarski, Wozniak. CCR: A combined cleaning and resampling algorithm for imbalanced data "
                         "classification. International Journal of Applied Mathematics and Computer Science "
                         "27(4):727-736, 2017",
                         ccr_schema(), Capabilities{},
                         [](const Params& p) { return std::make_unique<Ccr>(p); }})

}  // namespace imbench
