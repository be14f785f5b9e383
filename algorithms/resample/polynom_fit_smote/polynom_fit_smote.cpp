// Polynomial-fitting over-sampling (Gazzah & Essoukri Ben Amara 2008): new
// rows of a class lie on a fixed "topology" drawn through its rows (in data
// order):
//   star    segments from each row to the class mean
//   bus     segments between consecutive rows
//   mesh    segments between every pair of rows
//   poly_N  a degree-N polynomial curve x(t), fitted per feature by least
//           squares to the rows at t = 0, 1, ..., n-1
// On star, bus and mesh the new rows of a segment are spaced evenly along it
// (m rows at 1/(m+1), ..., m/(m+1)); on the curve t ~ U[0, n-1].
#include <Eigen/QR>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <string>
#include <unordered_set>

#include "algorithms/resample/shared/over_sampling.hpp"
#include "algorithms/resample/shared/sampling_strategy.hpp"
#include "core/registry.hpp"

namespace imbench {
namespace {

const char* const kOwner = "polynom_fit_smote";

struct Topology {
  enum class Shape { Star, Bus, Mesh, Poly } shape = Shape::Star;
  int degree = 0;  // Poly only
};

Topology parse_topology(const std::string& text) {
  if (text == "star") return {Topology::Shape::Star};
  if (text == "bus") return {Topology::Shape::Bus};
  if (text == "mesh") return {Topology::Shape::Mesh};
  if (text.rfind("poly_", 0) == 0) {
    int degree = 0;
    const char* first = text.data() + 5;
    const char* last = text.data() + text.size();
    auto [end, ec] = std::from_chars(first, last, degree);
    if (ec == std::errc() && end == last && first != last && degree >= 1 && degree <= 20)
      return {Topology::Shape::Poly, degree};
  }
  throw Error("parameter 'topology' of '" + std::string(kOwner) + "': value '" + text +
              "' is not star, bus, mesh or poly_N with N in [1, 20]");
}

// Unordered pair number l of a mesh over rows 0..n-1, pairs listed as
// (0,1), (0,2), (1,2), (0,3), ...: l = j(j-1)/2 + i with i < j.
std::pair<std::size_t, std::size_t> mesh_pair(std::uint64_t l) {
  auto j = static_cast<std::uint64_t>((1.0 + std::sqrt(1.0 + 8.0 * static_cast<double>(l))) / 2.0);
  while (j * (j - 1) / 2 > l) --j;
  while ((j + 1) * j / 2 <= l) ++j;
  return {static_cast<std::size_t>(l - j * (j - 1) / 2), static_cast<std::size_t>(j)};
}

// `count` distinct numbers below n, ascending (Floyd's sampling, so a mesh
// of billions of pairs needs no array of them).
std::vector<std::uint64_t> distinct_below(std::uint64_t n, std::uint64_t count, RandomStream& rng) {
  std::unordered_set<std::uint64_t> chosen;
  std::vector<std::uint64_t> out;
  out.reserve(static_cast<std::size_t>(count));
  for (std::uint64_t j = n - count; j < n; ++j) {
    const std::uint64_t t = rng.below(j + 1);
    const std::uint64_t pick = chosen.insert(t).second ? t : j;
    if (pick == j) chosen.insert(j);
    out.push_back(pick);
  }
  std::sort(out.begin(), out.end());
  return out;
}

class PolynomFitSmote final : public Resampler {
 public:
  explicit PolynomFitSmote(const Params& p)
      : topology_(parse_topology(p.text("topology"))), strategy_(p.text("sampling_strategy"), kOwner) {}

  Resampled resample(const LabelledData& data, RandomStream& rng) const override {
    const ClassTargets targets = strategy_.targets(data.y, data.n_classes, SamplingType::Over);
    const std::vector<Indices> rows = rows_of_growing_classes(data.y, data.n_classes, targets);
    return over_sample(data, targets, rng, [&](const NewRows& made, Matrix& out) {
      const Matrix X_c = take_rows(data.X, rows[static_cast<std::size_t>(made.cls)]);
      if (!X_c.allFinite())
        throw Error(std::string(kOwner) + ": class " + std::to_string(made.cls) + " holds NaN or infinite values");
      RandomStream class_stream = made.stream;
      if (topology_.shape == Topology::Shape::Poly)
        on_curve(X_c, class_stream, made.count, made.first_row, out);
      else
        on_segments(X_c, made.cls, class_stream, made.count, made.first_row, out);
    });
  }

 private:
  // Star, bus and mesh: every segment gets n_new / n_segments rows, and the
  // remainder goes one each to segments drawn without replacement.
  void on_segments(const Matrix& X_c, int cls, RandomStream& rng, std::size_t n_new, std::size_t first,
                   Matrix& out) const {
    const auto n = static_cast<std::uint64_t>(X_c.rows());
    std::uint64_t n_segments = n;
    if (topology_.shape != Topology::Shape::Star) {
      if (n < 2)
        throw Error(std::string(kOwner) + ": class " + std::to_string(cls) +
                    " has 1 sample; the bus and mesh topologies need at least 2");
      n_segments = topology_.shape == Topology::Shape::Bus ? n - 1 : n * (n - 1) / 2;
    }
    const Eigen::RowVectorXd mean = X_c.colwise().mean();
    // Segment s runs from `from` towards `to`.
    auto segment = [&](std::uint64_t s) -> std::pair<Eigen::RowVectorXd, Eigen::RowVectorXd> {
      const auto row = [&](std::uint64_t i) { return Eigen::RowVectorXd(X_c.row(static_cast<Eigen::Index>(i))); };
      switch (topology_.shape) {
        case Topology::Shape::Star: return {row(s), mean};
        case Topology::Shape::Bus: return {row(s + 1), row(s)};
        default: {
          const auto [i, j] = mesh_pair(s);
          return {row(j), row(i)};
        }
      }
    };
    const std::uint64_t per_segment = n_new / n_segments;
    const std::vector<std::uint64_t> extra = distinct_below(n_segments, n_new % n_segments, rng);
    std::size_t next = first;
    auto fill = [&](std::uint64_t s, std::uint64_t m) {
      const auto [from, to] = segment(s);
      for (std::uint64_t j = 1; j <= m; ++j)
        out.row(static_cast<Eigen::Index>(next++)) =
            from + (static_cast<double>(j) / static_cast<double>(m + 1)) * (to - from);
    };
    if (per_segment == 0) {
      for (std::uint64_t s : extra) fill(s, 1);
      return;
    }
    auto more = extra.begin();
    for (std::uint64_t s = 0; s < n_segments; ++s) {
      const bool gets_extra = more != extra.end() && *more == s;
      more += gets_extra;
      fill(s, per_segment + gets_extra);
    }
  }

  // poly_N: least squares in s = 2t/(n-1) - 1 in [-1, 1] (better conditioned
  // than t itself, same curve), the minimum-norm solution when n <= N.
  void on_curve(const Matrix& X_c, RandomStream& rng, std::size_t n_new, std::size_t first, Matrix& out) const {
    const Eigen::Index n = X_c.rows(), terms = topology_.degree + 1;
    auto powers = [&](double s) {
      Eigen::RowVectorXd p(terms);
      p(0) = 1.0;
      for (Eigen::Index e = 1; e < terms; ++e) p(e) = p(e - 1) * s;
      return p;
    };
    Eigen::MatrixXd V(n, terms);
    for (Eigen::Index t = 0; t < n; ++t)
      V.row(t) = powers(n > 1 ? 2.0 * static_cast<double>(t) / static_cast<double>(n - 1) - 1.0 : 0.0);
    const Eigen::MatrixXd coefficients = V.completeOrthogonalDecomposition().solve(Eigen::MatrixXd(X_c));
    for (std::size_t i = 0; i < n_new; ++i)
      out.row(static_cast<Eigen::Index>(first + i)) = powers(2.0 * rng.uniform() - 1.0) * coefficients;
  }

  Topology topology_;
  SamplingStrategy strategy_;
};

ParamSchema polynom_fit_smote_schema() {
  ParamSchema schema;
  schema.text("topology", "star",
              "Where new rows go: star (towards the class mean), bus (between consecutive rows), mesh (between "
              "every pair) or poly_N (on a degree-N polynomial curve through the rows, N in [1, 20])",
              [](const std::string& value, const std::string&) {
                parse_topology(value);
                return value;
              });
  add_sampling_strategy(schema, SamplingType::Over);
  return schema;
}

}  // namespace

IMBENCH_REGISTER_PLUGIN({Kind::Resample, "polynom_fit_smote",
                         "Over-sampling on a topology through the class rows: star, bus, mesh or a polynomial curve.",
                         "Gazzah, Essoukri Ben Amara. New Oversampling Approaches Based on Polynomial Fitting for "
                         "Imbalanced Data Sets. IAPR Workshop on Document Analysis Systems (DAS) 2008, 677-684",
                         polynom_fit_smote_schema(), Capabilities{},
                         [](const Params& p) { return std::make_unique<PolynomFitSmote>(p); }})

}  // namespace imbench
