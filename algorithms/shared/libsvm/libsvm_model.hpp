// Training and querying libsvm (Chang & Lin 2011, the solver inside scikit-learn's
// SVC) on dense rows. libsvm's model points into the training rows' storage, so
// both live together in TrainedSvm.
#pragma once

#include <libsvm/svm.h>

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "core/types.hpp"

namespace imbench {

// Dense rows in libsvm's sparse format: every feature (1-based index), then the -1 terminator.
struct SvmRows {
  std::vector<svm_node> nodes;
  std::vector<svm_node*> rows;
};
SvmRows svm_rows(const Matrix& X);

// One row of X in libsvm's format, written into `buffer` (resized to X.cols() + 1).
const svm_node* svm_row(const Matrix& X, Eigen::Index row, std::vector<svm_node>& buffer);

// scikit-learn's gamma='scale': 1 / (n_features * variance of all entries of X), 1 when X is constant.
double scale_gamma(const Matrix& X);

struct TrainedSvm {
  SvmRows rows;
  std::vector<double> labels;
  std::unique_ptr<svm_model, void (*)(svm_model*)> model{nullptr, nullptr};
};

// Trains libsvm on X with class labels y (as doubles). Throws Error naming `owner` when X holds
// NaN/inf or libsvm rejects the parameters. With param.probability set, libsvm's Platt scaling
// draws its cross-validation folds from rand(): training then holds a process-wide lock and
// seeds srand from `seed`, so the result depends on the seed alone.
TrainedSvm train_svm(const Matrix& X, const std::vector<double>& y, const svm_parameter& param, std::uint32_t seed,
                     const std::string& owner);

}  // namespace imbench
