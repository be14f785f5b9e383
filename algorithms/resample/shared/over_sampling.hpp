// Output layout shared by over-samplers, as imbalanced-learn builds it: the
// input rows unchanged, then each targeted class's new rows, in class order.
#pragma once

#include <tbb/blocked_range.h>
#include <tbb/parallel_for.h>

#include <algorithm>
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

// Calls make_row(i, stream_of_i) for every new row i < n_new, in parallel. Rows are drawn in fixed runs of
// kRowsPerStream, run c from substream c of `stream` and row after row within it: consecutive draws use each
// Philox block fully, and the rows do not depend on how the work is split over threads.
inline constexpr std::size_t kRowsPerStream = 1024;
template <class MakeRow>
void draw_rows(const RandomStream& stream, std::size_t n_new, const MakeRow& make_row) {
  const std::size_t n_runs = (n_new + kRowsPerStream - 1) / kRowsPerStream;
  tbb::parallel_for(tbb::blocked_range<std::size_t>(0, n_runs, 1), [&](const tbb::blocked_range<std::size_t>& r) {
    for (std::size_t run = r.begin(); run != r.end(); ++run) {
      RandomStream s = stream.substream(run);
      const std::size_t end = std::min(n_new, (run + 1) * kRowsPerStream);
      for (std::size_t i = run * kRowsPerStream; i != end; ++i) make_row(i, s);
    }
  });
}

// SMOTE's draw: each new row takes a (row, neighbour) pair uniformly among X's rows times their k nearest
// (`neighbours`, lists over X's rows) and a point uniformly on that segment, written from out.row(first_row) on
// (rows drawn by draw_rows).
void interpolate_pairs(const Matrix& X, const NeighbourLists& neighbours, std::size_t k, const RandomStream& stream,
                       std::size_t n_new, std::size_t first_row, Matrix& out);

}  // namespace imbench
