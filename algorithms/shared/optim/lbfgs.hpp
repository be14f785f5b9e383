// Limited-memory BFGS (Nocedal & Wright, Numerical Optimization, 2nd ed.,
// Algorithms 7.4 and 7.5) with a strong-Wolfe line search (Algorithms 3.5-3.6).
// Its stopping rules follow scipy's L-BFGS-B, which scikit-learn's lbfgs solver
// calls: the largest gradient component falls to gtol, or one step lowers the
// objective by less than ftol relative to its size.
#pragma once

#include <functional>

#include "core/types.hpp"

namespace imbench::optim {

// Returns f(x) and writes its gradient into `gradient` (already sized like x).
using Objective = std::function<double(const Vector& x, Vector& gradient)>;

struct LbfgsOptions {
  int max_iter = 100;
  double gtol = 1e-5;
  double ftol = 2.220446049250313e-09;  // scipy's default factr (1e7) times machine epsilon
  int memory = 10;                      // correction pairs kept (scipy's maxcor)
  int max_line_search = 50;             // evaluations per line search
};

struct LbfgsResult {
  Vector x;
  double value = 0;
  int iterations = 0;
  bool converged = false;  // a stopping rule held before max_iter
};

LbfgsResult minimize_lbfgs(const Objective& objective, Vector x0, const LbfgsOptions& options);

}  // namespace imbench::optim
