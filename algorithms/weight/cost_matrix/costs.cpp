#include "algorithms/weight/cost_matrix/costs.hpp"

#include <charconv>
#include <cmath>
#include <vector>

#include "algorithms/resample/shared/nested_spec.hpp"
#include "core/error.hpp"
#include "core/params.hpp"

namespace imbench {
namespace {

std::vector<std::string> split(const std::string& text, char sep) {
  std::vector<std::string> parts;
  std::size_t start = 0;
  for (std::size_t i = 0; i <= text.size(); ++i)
    if (i == text.size() || text[i] == sep) {
      parts.push_back(text.substr(start, i - start));
      start = i + 1;
    }
  return parts;
}

std::string trimmed(const std::string& s) {
  const auto b = s.find_first_not_of(" \t");
  return b == std::string::npos ? "" : s.substr(b, s.find_last_not_of(" \t") - b + 1);
}

}  // namespace

CostMatrix CostMatrix::parse(const std::string& text, const std::string& owner) {
  auto fail = [&](const std::string& why) {
    return Error("parameter 'costs' of '" + owner + "': value '" + text + "' " + why +
                 "; expected zero_one or a square matrix row by row, e.g. {0,1;5,0}");
  };
  CostMatrix m;
  if (trimmed(text) == "zero_one") {
    m.zero_one_ = true;
    return m;
  }
  const std::vector<std::string> rows = split(strip_braces(trimmed(text)), ';');
  const auto k = static_cast<Eigen::Index>(rows.size());
  m.values_.resize(k, k);
  for (Eigen::Index i = 0; i < k; ++i) {
    const std::vector<std::string> entries = split(rows[static_cast<std::size_t>(i)], ',');
    if (static_cast<Eigen::Index>(entries.size()) != k)
      throw fail("is not square: row " + std::to_string(i) + " has " + std::to_string(entries.size()) +
                 " entries for " + std::to_string(k) + " rows");
    for (Eigen::Index j = 0; j < k; ++j) {
      const std::string entry = trimmed(entries[static_cast<std::size_t>(j)]);
      double v = 0;
      const auto [end, ec] = std::from_chars(entry.data(), entry.data() + entry.size(), v);
      if (entry.empty() || ec != std::errc() || end != entry.data() + entry.size())
        throw fail("has entry '" + entry + "' (row " + std::to_string(i) + ", column " + std::to_string(j) +
                   ") that is not a number");
      if (!std::isfinite(v) || v < 0)
        throw fail("has entry " + entry + " (row " + std::to_string(i) + ", column " + std::to_string(j) +
                   "); costs must be finite and non-negative");
      m.values_(i, j) = v;
    }
  }
  return m;
}

std::string CostMatrix::text() const {
  if (zero_one_) return "zero_one";
  std::string out = "{";
  for (Eigen::Index i = 0; i < values_.rows(); ++i)
    for (Eigen::Index j = 0; j < values_.cols(); ++j)
      out += (j > 0 ? "," : i > 0 ? ";" : "") + canonical_number(values_(i, j));
  return out + "}";
}

Matrix CostMatrix::for_classes(int n_classes, const std::string& owner) const {
  if (zero_one_) return Matrix::Ones(n_classes, n_classes) - Matrix::Identity(n_classes, n_classes);
  if (values_.rows() != n_classes)
    throw Error("parameter 'costs' of '" + owner + "': the matrix is " + std::to_string(values_.rows()) + " x " +
                std::to_string(values_.cols()) + " but the data have " + std::to_string(n_classes) +
                " classes (row = true class, column = predicted class)");
  return values_;
}

std::vector<double> misclassification_costs(const Matrix& costs, const std::string& owner) {
  std::vector<double> per_class(static_cast<std::size_t>(costs.rows()), 0.0);
  for (Eigen::Index i = 0; i < costs.rows(); ++i)
    for (Eigen::Index j = 0; j < costs.cols(); ++j) {
      const double regret = costs(i, j) - costs(i, i);
      if (regret < 0)
        throw Error("parameter 'costs' of '" + owner + "': predicting class " + std::to_string(j) +
                    " for class " + std::to_string(i) + " costs less than predicting it right (" +
                    canonical_number(costs(i, j)) + " < " + canonical_number(costs(i, i)) +
                    "), so the costs give no sample weights; use decision=threshold");
      per_class[static_cast<std::size_t>(i)] += regret;
    }
  return per_class;
}

Labels minimum_expected_cost(const Matrix& proba, const Matrix& costs) {
  Labels out(static_cast<std::size_t>(proba.rows()));
  for (Eigen::Index r = 0; r < proba.rows(); ++r) {
    Eigen::Index best = 0;
    double best_cost = 0;
    for (Eigen::Index j = 0; j < costs.cols(); ++j) {
      double expected = 0;
      for (Eigen::Index i = 0; i < costs.rows(); ++i) expected += proba(r, i) * costs(i, j);
      if (j == 0 || expected <= best_cost) {  // '<=': ties go to the higher index
        best = j;
        best_cost = expected;
      }
    }
    out[static_cast<std::size_t>(r)] = static_cast<int>(best);
  }
  return out;
}

}  // namespace imbench
