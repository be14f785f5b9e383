#include "core/types.hpp"

#include <tbb/blocked_range.h>
#include <tbb/parallel_for.h>
#include <tbb/parallel_reduce.h>

#include "core/large_matrix.hpp"

namespace imbench {

Matrix take_rows(const Matrix& X, const Indices& rows) {
  // In parallel blocks: a cleaner's output at 1M rows is a copy of over 100 MB, most of it first-touch page
  // faults, which would otherwise be the serial tail of its run.
  constexpr std::size_t kRowsPerBlock = 4096;
  Matrix out = large_matrix(static_cast<Eigen::Index>(rows.size()), X.cols());
  tbb::parallel_for(tbb::blocked_range<std::size_t>(0, rows.size(), kRowsPerBlock),
                    [&](const tbb::blocked_range<std::size_t>& r) {
                      for (std::size_t i = r.begin(); i != r.end(); ++i)
                        out.row(static_cast<Eigen::Index>(i)) = X.row(static_cast<Eigen::Index>(rows[i]));
                    });
  return out;
}

namespace {

// Adds the class tallies of y[begin, end) to `counts`. Four tallies, one per
// label position mod 4: with a single tally each increment of the majority
// class waits for the previous one's store (1.1 ms at 1M labels against 0.6).
void add_class_counts(const Labels& y, std::size_t begin, std::size_t end, std::vector<std::size_t>& counts) {
  constexpr std::size_t kTallies = 4;
  const std::size_t n = counts.size();
  std::vector<std::size_t> tally(kTallies * n, 0);
  for (std::size_t i = begin; i < end; ++i) ++tally[(i % kTallies) * n + static_cast<std::size_t>(y[i])];
  for (std::size_t t = 0; t < kTallies; ++t)
    for (std::size_t c = 0; c < n; ++c) counts[c] += tally[t * n + c];
}

}  // namespace

std::vector<std::size_t> class_counts(const Labels& y, int n_classes) {
  // Blocks of labels counted in parallel (integer sums: the same whatever the split).
  constexpr std::size_t kBlock = std::size_t{1} << 16;
  const std::vector<std::size_t> none(static_cast<std::size_t>(n_classes), 0);
  return tbb::parallel_reduce(
      tbb::blocked_range<std::size_t>(0, y.size(), kBlock), none,
      [&](const tbb::blocked_range<std::size_t>& r, std::vector<std::size_t> counts) {
        add_class_counts(y, r.begin(), r.end(), counts);
        return counts;
      },
      [](std::vector<std::size_t> a, const std::vector<std::size_t>& b) {
        for (std::size_t c = 0; c < a.size(); ++c) a[c] += b[c];
        return a;
      });
}

std::vector<Indices> rows_by_class(const Labels& y, int n_classes) {
  // Sized from a counting pass: growing a majority list of a million rows by
  // doubling copies it a dozen times (11 ms at 1M rows against 3 ms).
  const std::vector<std::size_t> counts = class_counts(y, n_classes);
  std::vector<Indices> rows(static_cast<std::size_t>(n_classes));
  for (std::size_t c = 0; c < rows.size(); ++c) rows[c].reserve(counts[c]);
  for (std::size_t i = 0; i < y.size(); ++i) rows[static_cast<std::size_t>(y[i])].push_back(i);
  return rows;
}

std::vector<Indices> rows_of_classes(const Labels& y, const std::vector<bool>& wanted) {
  const std::vector<unsigned char> take(wanted.begin(), wanted.end());  // bytes: no bit extraction in the loop
  std::vector<Indices> rows(wanted.size());
  for (std::size_t i = 0; i < y.size(); ++i) {
    const auto c = static_cast<std::size_t>(y[i]);
    if (take[c]) rows[c].push_back(i);
  }
  return rows;
}

}  // namespace imbench
