#include "algorithms/resample/svm_smote/support_vectors.hpp"

#include <algorithm>
#include <vector>

#include "algorithms/shared/libsvm/libsvm_model.hpp"

namespace imbench {

Indices support_vector_rows(const Matrix& X, const Labels& y, const SvmSettings& settings, const std::string& owner) {
  svm_parameter param{};
  param.svm_type = C_SVC;
  param.kernel_type = RBF;
  param.gamma = scale_gamma(X);
  param.C = settings.c;
  param.eps = settings.tol;
  param.cache_size = 200;
  param.shrinking = 1;
  param.probability = 0;
  const TrainedSvm svm = train_svm(X, std::vector<double>(y.begin(), y.end()), param, 0, owner);
  std::vector<int> one_based(static_cast<std::size_t>(svm_get_nr_sv(svm.model.get())));
  svm_get_sv_indices(svm.model.get(), one_based.data());
  Indices out;
  for (int i : one_based) out.push_back(static_cast<std::size_t>(i - 1));
  std::sort(out.begin(), out.end());
  return out;
}

}  // namespace imbench
