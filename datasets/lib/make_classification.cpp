// scikit-learn's make_classification (sklearn/datasets/_samples_generator.py),
// step for step, drawing from imbench streams. Per-row draws use substream(i)
// so the rows can be filled in parallel and stay bit-identical.
#include <tbb/parallel_for.h>

#include <cmath>
#include <numeric>
#include <set>

#include "core/error.hpp"
#include "datasets/lib/encoding.hpp"
#include "datasets/lib/generator_lists.hpp"
#include "datasets/lib/generators.hpp"

namespace imbench {
namespace {

using Index = Eigen::Index;

// Integer parameters read through real(): canonical text may be "1e+06", which Params::integer misreads.
Index whole(const Params& p, const std::string& name) { return static_cast<Index>(p.real(name)); }

// Fills rows of X[:, first .. first+count) with standard normals, row i from substream i.
void fill_normal(Matrix& X, Index first, Index count, const RandomStream& stream) {
  tbb::parallel_for(Index{0}, X.rows(), [&](Index i) {
    RandomStream row = stream.substream(static_cast<std::uint64_t>(i));
    for (Index j = 0; j < count; ++j) X(i, first + j) = row.normal();
  });
}

// n x m matrix of uniforms in [-1, 1).
Matrix symmetric_uniform(Index n, Index m, RandomStream& rng) {
  Matrix A(n, m);
  for (Index i = 0; i < n; ++i)
    for (Index j = 0; j < m; ++j) A(i, j) = 2 * rng.uniform() - 1;
  return A;
}

// `count` distinct vertices of the {0,1}^dims hypercube (as sklearn's _generate_hypercube:
// distinct on the last 30 bits, the bits beyond 30 drawn freely).
Matrix hypercube_vertices(Index count, Index dims, RandomStream& rng) {
  const Index distinct_bits = std::min<Index>(dims, 30);
  std::set<std::uint64_t> chosen;
  // Floyd's algorithm: `count` distinct integers in [0, 2^distinct_bits) with count draws.
  const std::uint64_t universe = std::uint64_t{1} << distinct_bits;
  std::vector<std::uint64_t> order;
  for (std::uint64_t j = universe - static_cast<std::uint64_t>(count); j < universe; ++j) {
    std::uint64_t t = rng.below(j + 1);
    std::uint64_t pick = chosen.count(t) ? j : t;
    chosen.insert(pick);
    order.push_back(pick);
  }
  Matrix V(count, dims);
  for (Index k = 0; k < count; ++k) {
    for (Index j = 0; j < dims - distinct_bits; ++j) V(k, j) = static_cast<double>(rng.below(2));
    for (Index b = 0; b < distinct_bits; ++b)
      V(k, dims - distinct_bits + b) = static_cast<double>((order[static_cast<std::size_t>(k)] >> (distinct_bits - 1 - b)) & 1);
  }
  return V;
}

}  // namespace

const ParamSchema& make_classification_schema() {
  static const ParamSchema schema = [] {
    ParamSchema s;
    s.integer("n_samples", 100, 1, std::nullopt, "number of samples")
        .integer("n_features", 20, 1, std::nullopt, "total number of features")
        .integer("n_informative", 2, 1, std::nullopt, "informative features")
        .integer("n_redundant", 2, 0, std::nullopt, "random linear combinations of the informative features")
        .integer("n_repeated", 0, 0, std::nullopt, "copies of informative or redundant features")
        .integer("n_classes", 2, 2, std::nullopt, "number of classes")
        .integer("n_clusters_per_class", 2, 1, std::nullopt, "Gaussian clusters per class")
        .text("weights", "none",
              "class proportions, n_classes or n_classes-1 values (the last is 1 - sum): 0.99 or 0.9;0.05; none = equal")
        .real("flip_y", 0.01, 0, 1, "fraction of labels reassigned at random")
        .real("class_sep", 1.0, 0, std::nullopt, "half the hypercube side")
        .boolean("hypercube", true, "clusters on hypercube vertices (else on a random polytope)")
        .real("shift", 0.0, std::nullopt, std::nullopt, "added to every feature")
        .real("scale", 1.0, 0, std::nullopt, "multiplies every feature", true)
        .boolean("shuffle", true, "shuffle samples and features")
        .integer("seed", 0, 0, std::nullopt, "random seed (part of the stream key)");
    return s;
  }();
  return schema;
}

Dataset make_classification(const Params& p, const RandomStream& rng) {
  const auto n = whole(p, "n_samples");
  const auto n_features = whole(p, "n_features");
  const auto n_informative = whole(p, "n_informative");
  const auto n_redundant = whole(p, "n_redundant");
  const auto n_repeated = whole(p, "n_repeated");
  const auto n_classes = whole(p, "n_classes");
  const auto per_class = whole(p, "n_clusters_per_class");
  const double class_sep = p.real("class_sep");
  const std::string owner = "make_classification";

  if (n_informative + n_redundant + n_repeated > n_features)
    throw Error(owner + ": n_informative + n_redundant + n_repeated (" +
                std::to_string(n_informative + n_redundant + n_repeated) + ") must be <= n_features (" +
                std::to_string(n_features) + ")");
  if (std::log2(static_cast<double>(n_classes * per_class)) > static_cast<double>(n_informative))
    throw Error(owner + ": n_classes * n_clusters_per_class (" + std::to_string(n_classes * per_class) +
                ") must be <= 2^n_informative (n_informative = " + std::to_string(n_informative) + ")");
  std::vector<double> weights = class_weights(p.text("weights"), static_cast<int>(n_classes), owner);

  // Samples per cluster exactly as scikit-learn computes them.
  const Index n_clusters = n_classes * per_class;
  std::vector<Index> cluster_size(static_cast<std::size_t>(n_clusters));
  Index assigned = 0;
  for (Index k = 0; k < n_clusters; ++k) {
    double share = static_cast<double>(n) * weights[static_cast<std::size_t>(k % n_classes)] / static_cast<double>(per_class);
    cluster_size[static_cast<std::size_t>(k)] = static_cast<Index>(share);  // int() truncates like Python
    assigned += cluster_size[static_cast<std::size_t>(k)];
  }
  if (assigned > n)
    throw Error(owner + ": weights '" + p.text("weights") + "' give more samples than n_samples (their sum exceeds 1)");
  for (Index i = 0; i < n - assigned; ++i) ++cluster_size[static_cast<std::size_t>(i % n_clusters)];

  RandomStream draws = rng.substream("parameters");
  Matrix centroids = hypercube_vertices(n_clusters, n_informative, draws) * (2 * class_sep);
  centroids.array() -= class_sep;
  if (!p.boolean("hypercube")) {
    for (Index k = 0; k < n_clusters; ++k) centroids.row(k) *= draws.uniform();
    for (Index j = 0; j < n_informative; ++j) centroids.col(j) *= draws.uniform();
  }

  Matrix X = Matrix::Zero(n, n_features);
  Labels y(static_cast<std::size_t>(n));
  fill_normal(X, 0, n_informative, rng.substream("informative"));
  Index start = 0;
  for (Index k = 0; k < n_clusters; ++k) {
    const Index size = cluster_size[static_cast<std::size_t>(k)];
    for (Index i = start; i < start + size; ++i) y[static_cast<std::size_t>(i)] = static_cast<int>(k % n_classes);
    Matrix A = symmetric_uniform(n_informative, n_informative, draws);  // random covariance
    auto block = X.block(start, 0, size, n_informative);
    Matrix moved = block * A;
    moved.rowwise() += centroids.row(k);
    block = moved;
    start += size;
  }
  if (n_redundant > 0) {
    Matrix B = symmetric_uniform(n_informative, n_redundant, draws);
    X.middleCols(n_informative, n_redundant) = X.leftCols(n_informative) * B;
  }
  for (Index r = 0; r < n_repeated; ++r) {
    const Index pool = n_informative + n_redundant;
    auto source = static_cast<Index>(static_cast<double>(pool - 1) * draws.uniform() + 0.5);
    X.col(pool + r) = X.col(source);
  }
  const Index n_useless = n_features - n_informative - n_redundant - n_repeated;
  if (n_useless > 0) fill_normal(X, n_features - n_useless, n_useless, rng.substream("useless"));

  const double flip_y = p.real("flip_y");
  const RandomStream flips = rng.substream("flip");
  tbb::parallel_for(Index{0}, n, [&](Index i) {
    RandomStream row = flips.substream(static_cast<std::uint64_t>(i));
    if (row.uniform() < flip_y) y[static_cast<std::size_t>(i)] = static_cast<int>(row.below(static_cast<std::uint64_t>(n_classes)));
  });

  X.array() += p.real("shift");
  X.array() *= p.real("scale");

  if (p.boolean("shuffle")) {
    RandomStream shuffler = rng.substream("shuffle");
    Indices rows(static_cast<std::size_t>(n)), cols(static_cast<std::size_t>(n_features));
    std::iota(rows.begin(), rows.end(), 0);
    std::iota(cols.begin(), cols.end(), 0);
    for (std::size_t i = rows.size(); i > 1; --i) std::swap(rows[i - 1], rows[shuffler.below(i)]);
    for (std::size_t j = cols.size(); j > 1; --j) std::swap(cols[j - 1], cols[shuffler.below(j)]);
    Matrix shuffled = take_rows(X, rows);
    for (std::size_t j = 0; j < cols.size(); ++j) X.col(static_cast<Index>(j)) = shuffled.col(static_cast<Index>(cols[j]));
    y = take(y, rows);
  }

  Dataset d;
  d.X = std::move(X);
  d.y = std::move(y);
  for (Index c = 0; c < n_classes; ++c) d.class_names.push_back(std::to_string(c));
  for (Index j = 0; j < n_features; ++j) d.feature_names.push_back("x" + std::to_string(j));
  d.categorical.assign(static_cast<std::size_t>(n_features), 0);
  d.attributes["source"] = "synthetic: imbench make_classification (scikit-learn's algorithm)";
  d.attributes["citation"] =
      "Guyon, I. (2003) Design of experiments for the NIPS 2003 variable selection benchmark; "
      "Pedregosa et al. (2011) Scikit-learn: Machine Learning in Python, JMLR 12:2825-2830";
  d.attributes["licence"] = "generated data, no restrictions";
  return d;
}

}  // namespace imbench
