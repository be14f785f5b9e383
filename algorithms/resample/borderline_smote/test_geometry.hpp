// Independent checks for the SMOTE variants' tests (header only, tests only):
// neighbours by a full sort, and the segment a synthetic row lies on.
#pragma once

#include <algorithm>
#include <fstream>
#include <optional>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

#include "algorithms/resample/shared/test_data.hpp"
#include "tests/support/oracle.hpp"

namespace imbench::variants_test {

// The k nearest rows of X (other than `self`) to `query`, by a full sort.
inline std::vector<Eigen::Index> nearest(const Matrix& X, const Eigen::RowVectorXd& query, Eigen::Index self,
                                         std::size_t k) {
  std::vector<std::pair<double, Eigen::Index>> d;
  for (Eigen::Index j = 0; j < X.rows(); ++j)
    if (j != self) d.push_back({(X.row(j) - query).squaredNorm(), j});
  std::sort(d.begin(), d.end());
  std::vector<Eigen::Index> out;
  for (std::size_t m = 0; m < k; ++m) out.push_back(d[m].second);
  return out;
}

// The step u with s = a + u (b - a), if s lies on the line through a and b.
inline std::optional<double> step_on_segment(const Eigen::RowVectorXd& a, const Eigen::RowVectorXd& b,
                                             const Eigen::RowVectorXd& s) {
  const Eigen::RowVectorXd dir = b - a;
  const double u = (s - a).dot(dir) / dir.squaredNorm();
  if ((a + u * dir - s).norm() < 1e-9) return u;
  return std::nullopt;
}

// Runs an oracle mode of scripts/oracles/imblearn_smote_variants.py on (X, y)
// with one case per line; returns its output lines.
inline std::vector<std::string> oracle_lines(const std::string& mode, const test_data::Labelled& d,
                                             const std::vector<std::string>& cases) {
  const std::string dir = testing::temp_dir();
  testing::write_csv(dir + "/X.csv", d.X);
  testing::write_labels(dir + "/y.txt", d.y);
  {
    std::ofstream file(dir + "/cases.txt");
    for (const std::string& c : cases) file << c << '\n';
  }
  std::istringstream out(testing::run_python("scripts/oracles/imblearn_smote_variants.py",
                                             {mode, dir + "/X.csv", dir + "/y.txt", dir + "/cases.txt"}));
  std::vector<std::string> lines;
  for (std::string line; std::getline(out, line);) lines.push_back(line);
  return lines;
}

// Blobs moved `gap` apart along feature 0 per class: with a large gap no
// row has a neighbour of another class.
inline test_data::Labelled separated(const std::vector<std::size_t>& sizes, double gap, const char* key) {
  test_data::Labelled d = test_data::blobs(sizes, 2, RandomStream::keyed(key));
  for (Eigen::Index i = 0; i < d.X.rows(); ++i) d.X(i, 0) += gap * d.y[static_cast<std::size_t>(i)];
  return d;
}

}  // namespace imbench::variants_test
