// Output layout shared by over-samplers, as imbalanced-learn builds it: the
// input rows unchanged, then each targeted class's new rows, in class order.
#pragma once

#include <tbb/blocked_range.h>
#include <tbb/parallel_for.h>
#include <tbb/parallel_invoke.h>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "algorithms/resample/shared/sampling_strategy.hpp"
#include "algorithms/shared/neighbours/neighbours.hpp"
#include "core/large_matrix.hpp"
#include "core/plugin.hpp"
#include "core/rng.hpp"

namespace imbench {

// The number of new rows over all classes (`targets`: new rows per class, SamplingType::Over).
std::size_t new_row_count(const ClassTargets& targets);

// Writes the input rows into the first rows of out.X (allocated for them and the new rows) and every label
// (input, then each class's new rows in class order) into out.y.
void copy_input_rows(const LabelledData& data, const ClassTargets& targets, Resampled& out);

// The rows of each class that gets new rows (rows_of_classes); the other classes' lists (usually the
// majority's among them) stay empty.
std::vector<Indices> rows_of_growing_classes(const Labels& y, int n_classes, const ClassTargets& targets);

// One class's share of the new rows: `count` rows of out.X from `first_row` on, drawn from `stream`.
struct NewRows {
  int cls;
  std::size_t count;
  std::size_t first_row;
  RandomStream stream;
};

// The loop of every over-sampler: the input rows unchanged, then fill(rows, out.X) for each class that gets
// new rows, in class order, its stream substream `cls` of `base`; the new rows are counted as synthetic. fill
// reads the input from `data`, never from out.X's copy of it.
template <class Fill>
Resampled fill_new_rows(const LabelledData& data, const ClassTargets& targets, const RandomStream& base,
                        const Fill& fill) {
  Resampled out;
  out.X = large_matrix(data.X.rows() + static_cast<Eigen::Index>(new_row_count(targets)), data.X.cols());
  // The copy is bound by memory bandwidth (2 threads copy only 1.2 times faster than 1), the new rows mostly
  // by arithmetic (neighbour searches): side by side, one thread's copy overlaps the other's search. SMOTE, 1M
  // rows, both threads on the one call, memory reused (keep_freed_memory): 53 against 59 ms; on fresh pages
  // it loses (80 against 67 ms; one thread stalls on faults). Where tasks run side by side, one thread each,
  // it is the plain sequence.
  tbb::parallel_invoke([&] { copy_input_rows(data, targets, out); },
                       [&] {
                         auto first_row = static_cast<std::size_t>(data.X.rows());
                         for (const auto& [cls, n_new] : targets) {
                           if (n_new == 0) continue;
                           fill(NewRows{cls, n_new, first_row, base.substream(static_cast<std::uint64_t>(cls))},
                                out.X);
                           first_row += n_new;
                           out.n_synthetic += n_new;
                         }
                       });
  return out;
}

// fill_new_rows with streams keyed by one draw from the caller's stream, so a second call on the same stream
// gives fresh samples.
template <class Fill>
Resampled over_sample(const LabelledData& data, const ClassTargets& targets, RandomStream& rng, const Fill& fill) {
  return fill_new_rows(data, targets, rng.substream(rng.next_u64()), fill);
}

// Interpolating between a sample and its k same-class neighbours needs k + 1 samples in the class;
// throws, naming `owner` and k_neighbors, when class `cls` has fewer.
void require_class_neighbours(int cls, std::size_t n_class_rows, std::size_t k, const std::string& owner);

// The same check for every class that gets new rows (`rows`: rows_by_class or rows_of_growing_classes;
// only the growing classes' lists are read).
void require_class_neighbours(const ClassTargets& targets, const std::vector<Indices>& rows, std::size_t k,
                              const std::string& owner);

// Calls make_row(i, stream_of_i, scratch) for every new row i < n_new, in parallel. Rows are drawn in fixed
// runs of kRowsPerStream, run c from substream c of `stream` and row after row within it: consecutive draws
// use each Philox block fully, and the rows do not depend on how the work is split over threads. Each run
// gets its own scratch from make_scratch() (working vectors a row reuses instead of allocating).
inline constexpr std::size_t kRowsPerStream = 1024;
template <class MakeScratch, class MakeRow>
void draw_rows(const RandomStream& stream, std::size_t n_new, const MakeScratch& make_scratch,
               const MakeRow& make_row) {
  const std::size_t n_runs = (n_new + kRowsPerStream - 1) / kRowsPerStream;
  tbb::parallel_for(tbb::blocked_range<std::size_t>(0, n_runs, 1), [&](const tbb::blocked_range<std::size_t>& r) {
    for (std::size_t run = r.begin(); run != r.end(); ++run) {
      RandomStream s = stream.substream(run);
      auto scratch = make_scratch();
      const std::size_t end = std::min(n_new, (run + 1) * kRowsPerStream);
      for (std::size_t i = run * kRowsPerStream; i != end; ++i) make_row(i, s, scratch);
    }
  });
}

// draw_rows for rows that need no scratch: make_row(i, stream_of_i).
template <class MakeRow>
void draw_rows(const RandomStream& stream, std::size_t n_new, const MakeRow& make_row) {
  draw_rows(stream, n_new, [] { return 0; }, [&](std::size_t i, RandomStream& s, int) { make_row(i, s); });
}

// SMOTE's draw: each new row takes a (row, neighbour) pair uniformly among X's rows times their k nearest
// (`neighbours`, lists over X's rows) and a point uniformly on that segment, written from out.row(first_row) on
// (rows drawn by draw_rows).
void interpolate_pairs(const Matrix& X, const NeighbourLists& neighbours, std::size_t k, const RandomStream& stream,
                       std::size_t n_new, std::size_t first_row, Matrix& out);

}  // namespace imbench
