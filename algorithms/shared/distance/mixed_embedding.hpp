// A mixed continuous / nominal distance (HEOM-style, as SMOTE-NC uses it)
// turned into plain Euclidean geometry, so the exact Euclidean neighbour
// search serves it: the continuous columns as they are, then one indicator
// column per category of each nominal feature, holding `indicator` for the
// row's category and 0 elsewhere. Two rows that differ on a nominal feature
// are then 2 * indicator^2 further apart in squared distance; equal
// categories add nothing.
#pragma once

#include <cstddef>
#include <span>

#include "algorithms/shared/distance/nominal_codes.hpp"

namespace imbench {

Matrix mixed_embedding(const Matrix& X, std::span<const std::size_t> continuous, const NominalCodes& nominal,
                       double indicator);

}  // namespace imbench
