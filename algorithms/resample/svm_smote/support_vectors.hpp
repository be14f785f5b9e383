// The support vectors of a C-SVC with an RBF kernel, trained by libsvm
// (Chang & Lin 2011; the solver scikit-learn's SVC wraps), with
// scikit-learn's defaults: C = 1, gamma = 'scale' = 1 / (d * var(X)),
// tol = 1e-3, shrinking on. Multi-class data trains one-vs-one, as SVC does.
// libsvm's C-SVC draws no random numbers, so the result is deterministic.
#pragma once

#include <string>

#include "core/types.hpp"

namespace imbench {

struct SvmSettings {
  double c = 1.0;
  double tol = 1e-3;
};

// Rows of X that are support vectors (ascending). Throws Error naming `owner`
// when libsvm rejects the problem or X holds NaN/inf.
Indices support_vector_rows(const Matrix& X, const Labels& y, const SvmSettings& settings, const std::string& owner);

}  // namespace imbench
