#include "algorithms/shared/libsvm/libsvm_model.hpp"

#include <cstdlib>
#include <mutex>

#include "core/error.hpp"

namespace imbench {
namespace {

void silent(const char*) {}

// rand() has one process-wide state: only one probability-fitting libsvm run may use it at a time.
std::mutex& rand_mutex() {
  static std::mutex m;
  return m;
}

}  // namespace

SvmRows svm_rows(const Matrix& X) {
  const auto n = static_cast<std::size_t>(X.rows());
  const auto d = static_cast<std::size_t>(X.cols());
  SvmRows out{std::vector<svm_node>(n * (d + 1)), std::vector<svm_node*>(n)};
  for (std::size_t i = 0; i < n; ++i) {
    svm_node* row = &out.nodes[i * (d + 1)];
    for (std::size_t j = 0; j < d; ++j)
      row[j] = {static_cast<int>(j + 1), X(static_cast<Eigen::Index>(i), static_cast<Eigen::Index>(j))};
    row[d] = {-1, 0.0};
    out.rows[i] = row;
  }
  return out;
}

const svm_node* svm_row(const Matrix& X, Eigen::Index row, std::vector<svm_node>& buffer) {
  const auto d = static_cast<std::size_t>(X.cols());
  buffer.resize(d + 1);
  for (std::size_t j = 0; j < d; ++j) buffer[j] = {static_cast<int>(j + 1), X(row, static_cast<Eigen::Index>(j))};
  buffer[d] = {-1, 0.0};
  return buffer.data();
}

double scale_gamma(const Matrix& X) {
  const double mean = X.mean();
  const double variance = (X.array() - mean).square().mean();
  return variance > 0.0 ? 1.0 / (static_cast<double>(X.cols()) * variance) : 1.0;
}

TrainedSvm train_svm(const Matrix& X, const std::vector<double>& y, const svm_parameter& param, std::uint32_t seed,
                     const std::string& owner) {
  if (!X.allFinite()) throw Error(owner + ": the SVM input holds NaN or infinite values");
  static std::once_flag quiet;
  std::call_once(quiet, [] { svm_set_print_string_function(&silent); });
  TrainedSvm out{svm_rows(X), y};
  svm_problem problem{static_cast<int>(y.size()), out.labels.data(), out.rows.rows.data()};
  if (const char* why = svm_check_parameter(&problem, &param))
    throw Error(owner + ": libsvm rejects the problem: " + why);
  auto destroy = [](svm_model* m) { svm_free_and_destroy_model(&m); };
  if (param.probability) {
    std::lock_guard<std::mutex> lock(rand_mutex());
    std::srand(seed);
    out.model = {svm_train(&problem, &param), destroy};
  } else {
    out.model = {svm_train(&problem, &param), destroy};
  }
  return out;
}

}  // namespace imbench
