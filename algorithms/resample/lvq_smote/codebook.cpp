#include "algorithms/resample/lvq_smote/codebook.hpp"

#include <algorithm>

#include "algorithms/shared/neighbours/neighbours.hpp"
#include "core/draws.hpp"

namespace imbench {

Matrix lvq_class_codebook(const Matrix& X, const std::vector<bool>& in_class, const LvqOptions& options,
                          RandomStream rng) {
  Indices class_rows, rest_rows;
  for (std::size_t i = 0; i < in_class.size(); ++i) (in_class[i] ? class_rows : rest_rows).push_back(i);
  const std::size_t n_class = std::min(options.class_vectors, class_rows.size());
  const std::size_t n_rest = std::min(options.rest_vectors, rest_rows.size());
  RandomStream init = rng.substream("init");
  Indices start;
  for (std::size_t pos : draw_without_replacement(class_rows.size(), n_class, init)) start.push_back(class_rows[pos]);
  for (std::size_t pos : draw_without_replacement(rest_rows.size(), n_rest, init)) start.push_back(rest_rows[pos]);
  Matrix codebook = take_rows(X, start);  // the class's vectors first, then the rest's

  const std::size_t n = in_class.size(), dims = static_cast<std::size_t>(X.cols());
  const double total = static_cast<double>(options.epochs * n);
  std::size_t presented = 0;
  // Sequential on purpose: each update changes the codebook the next row is compared with. The codebook is
  // a few vectors, so a scan finds the nearest one faster than any search structure.
  for (std::size_t epoch = 0; epoch < options.epochs; ++epoch) {
    RandomStream order_stream = rng.substream(epoch);
    for (std::size_t i : draw_without_replacement(n, n, order_stream)) {
      const double* x = X.row(static_cast<Eigen::Index>(i)).data();
      std::size_t best = 0;
      double best_distance = squared_distance(x, codebook.row(0).data(), dims);
      for (Eigen::Index v = 1; v < codebook.rows(); ++v) {
        const double d = squared_distance(x, codebook.row(v).data(), dims);
        if (d < best_distance) best_distance = d, best = static_cast<std::size_t>(v);
      }
      const double rate = options.learning_rate * (1.0 - static_cast<double>(presented++) / total);
      const bool same_side = (best < n_class) == in_class[i];
      auto w = codebook.row(static_cast<Eigen::Index>(best));
      w += (same_side ? rate : -rate) * (X.row(static_cast<Eigen::Index>(i)) - w);
    }
  }
  return codebook.topRows(static_cast<Eigen::Index>(n_class));
}

}  // namespace imbench
