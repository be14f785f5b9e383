// Output layout shared by over-samplers, as imbalanced-learn builds it: the
// input rows unchanged, then each targeted class's new rows, in class order.
#pragma once

#include <cstddef>
#include <map>
#include <string>
#include <vector>

#include "algorithms/resample/shared/sampling_strategy.hpp"
#include "algorithms/shared/neighbours/neighbours.hpp"
#include "core/plugin.hpp"
#include "core/rng.hpp"

namespace imbench {

struct OverSamplingLayout {
  Resampled out;                          // input rows copied, new rows allocated and labelled
  std::map<int, std::size_t> first_new;   // class -> row of out.X where its new rows start
};

// `targets` gives the number of new rows per class (SamplingType::Over).
OverSamplingLayout start_over_sampling(const LabelledData& data, const ClassTargets& targets);

// Interpolating between a sample and its k same-class neighbours needs k + 1 samples in the class;
// throws, naming `owner` and k_neighbors, when class `cls` has fewer.
void require_class_neighbours(int cls, std::size_t n_class_rows, std::size_t k, const std::string& owner);

// The same check for every class that gets new rows (`rows`: rows_by_class).
void require_class_neighbours(const ClassTargets& targets, const std::vector<Indices>& rows, std::size_t k,
                              const std::string& owner);

// SMOTE's draw: new row i takes substream i of `stream`, a (row, neighbour) pair uniformly among X's rows times
// their k nearest (`neighbours`, lists over X's rows) and a point uniformly on that segment, written to
// out.row(first_row + i). Rows depend on i only, so any split of the work over threads writes the same rows.
void interpolate_pairs(const Matrix& X, const NeighbourLists& neighbours, std::size_t k, const RandomStream& stream,
                       std::size_t n_new, std::size_t first_row, Matrix& out);

}  // namespace imbench
