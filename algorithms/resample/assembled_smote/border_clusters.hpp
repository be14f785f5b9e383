// Assembled-SMOTE's clustering of a class's border rows (Zhou, Yang, Guo & Hu
// 2013): a minimum spanning tree links the rows; its edges, shortest first,
// merge the two clusters they join when one of them is still small or both
// stretch along similar principal directions, and are cut otherwise.
#pragma once

#include <cstddef>
#include <vector>

#include "core/types.hpp"

namespace imbench {

// Clusters of the rows of `points`: each a list of row positions (ascending),
// the clusters ordered by their first row. Two clusters meeting at an edge
// merge when either has fewer than `pop` rows or the absolute cosine between
// their first principal components exceeds `thres`. Equal edge lengths are
// taken in order of their (lower, higher) row positions.
std::vector<Indices> border_clusters(const Matrix& points, std::size_t pop, double thres);

}  // namespace imbench
