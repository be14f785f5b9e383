#include "algorithms/resample/svm_smote/support_vectors.hpp"

#include <libsvm/svm.h>

#include <algorithm>
#include <memory>
#include <vector>

#include "core/error.hpp"

namespace imbench {
namespace {

void silent(const char*) {}

}  // namespace

Indices support_vector_rows(const Matrix& X, const Labels& y, const SvmSettings& settings, const std::string& owner) {
  if (!X.allFinite()) throw Error(owner + ": the SVM input holds NaN or infinite values");
  const auto n = static_cast<std::size_t>(X.rows());
  const auto d = static_cast<std::size_t>(X.cols());
  // Dense rows in libsvm's sparse format: every feature (1-based), then the -1 terminator.
  std::vector<svm_node> nodes(n * (d + 1));
  std::vector<svm_node*> rows(n);
  std::vector<double> labels(n);
  for (std::size_t i = 0; i < n; ++i) {
    svm_node* row = &nodes[i * (d + 1)];
    for (std::size_t j = 0; j < d; ++j) row[j] = {static_cast<int>(j + 1), X(static_cast<Eigen::Index>(i), static_cast<Eigen::Index>(j))};
    row[d] = {-1, 0.0};
    rows[i] = row;
    labels[i] = y[i];
  }
  svm_problem problem{static_cast<int>(n), labels.data(), rows.data()};

  const double mean = X.mean();
  const double variance = (X.array() - mean).square().mean();
  svm_parameter param{};
  param.svm_type = C_SVC;
  param.kernel_type = RBF;
  param.gamma = variance > 0.0 ? 1.0 / (static_cast<double>(d) * variance) : 1.0;  // scikit-learn's 'scale'
  param.C = settings.c;
  param.eps = settings.tol;
  param.cache_size = 200;
  param.shrinking = 1;
  param.probability = 0;
  if (const char* why = svm_check_parameter(&problem, &param)) throw Error(owner + ": libsvm rejects the problem: " + why);

  svm_set_print_string_function(&silent);
  std::unique_ptr<svm_model, void (*)(svm_model*)> model(svm_train(&problem, &param), [](svm_model* m) {
    svm_free_and_destroy_model(&m);
  });
  std::vector<int> one_based(static_cast<std::size_t>(svm_get_nr_sv(model.get())));
  svm_get_sv_indices(model.get(), one_based.data());
  Indices out;
  for (int i : one_based) out.push_back(static_cast<std::size_t>(i - 1));
  std::sort(out.begin(), out.end());
  return out;
}

}  // namespace imbench
