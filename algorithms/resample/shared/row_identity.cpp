#include "algorithms/resample/shared/row_identity.hpp"

#include <string>
#include <unordered_set>

namespace imbench {
namespace {

// The row's bytes followed by its label: equal keys are bit-identical rows.
std::string row_key(const Matrix& X, const Labels& y, Eigen::Index i) {
  std::string key(reinterpret_cast<const char*>(X.row(i).data()), sizeof(double) * static_cast<std::size_t>(X.cols()));
  const int label = y[static_cast<std::size_t>(i)];
  key.append(reinterpret_cast<const char*>(&label), sizeof label);
  return key;
}

}  // namespace

std::size_t count_unseen_rows(const LabelledData& in, const Resampled& out) {
  std::unordered_set<std::string> seen;
  for (Eigen::Index i = 0; i < in.X.rows(); ++i) seen.insert(row_key(in.X, in.y, i));
  std::size_t unseen = 0;
  for (Eigen::Index i = 0; i < out.X.rows(); ++i) unseen += seen.contains(row_key(out.X, out.y, i)) ? 0 : 1;
  return unseen;
}

}  // namespace imbench
