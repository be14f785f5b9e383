// The LVQ1 codebook LVQ-SMOTE interpolates between (Kohonen's learning vector
// quantization, one class against the rest).
#pragma once

#include <cstddef>
#include <vector>

#include "core/rng.hpp"
#include "core/types.hpp"

namespace imbench {

struct LvqOptions {
  std::size_t class_vectors = 10;  // codebook vectors of the class (at most its row count)
  std::size_t rest_vectors = 10;   // codebook vectors of the other classes (at most their row count)
  std::size_t epochs = 10;
  double learning_rate = 0.1;      // decays linearly to 0 over all presentations
};

// The trained codebook vectors of the class (rows of the result). `in_class[i]` says whether row i of X
// belongs to it. Codebook vectors start at distinct random rows of their side; each epoch presents every
// row once in a random order: its nearest vector (ties to the lower index, class vectors first) moves
// towards it when they share a side and away from it otherwise.
Matrix lvq_class_codebook(const Matrix& X, const std::vector<bool>& in_class, const LvqOptions& options,
                          RandomStream rng);

}  // namespace imbench
