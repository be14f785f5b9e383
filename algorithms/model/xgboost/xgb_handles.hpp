// Owning wrappers around XGBoost's C-API handles (DMatrixHandle, BoosterHandle):
// every call's status is checked and a failure becomes an imbench::Error with
// XGBoost's own message; handles are freed exactly once.
#pragma once

#include <xgboost/c_api.h>

#include <string>
#include <vector>

#include "core/types.hpp"

namespace imbench::xgb {

// A float32 copy of a dense matrix (XGBoost's storage type), built single-threaded.
class DataMatrix {
 public:
  DataMatrix(const Matrix& X, const std::string& owner);
  ~DataMatrix();
  DataMatrix(const DataMatrix&) = delete;
  DataMatrix& operator=(const DataMatrix&) = delete;

  // field is "label" or "weight"; one value per row.
  void set_field(const char* field, const std::vector<float>& values);
  DMatrixHandle get() const { return handle_; }

 private:
  DMatrixHandle handle_ = nullptr;
  std::string owner_;
};

class Booster {
 public:
  // A booster whose prediction cache tracks `train`.
  Booster(const DataMatrix& train, const std::string& owner);
  ~Booster();
  Booster(const Booster&) = delete;
  Booster& operator=(const Booster&) = delete;

  void set_param(const std::string& name, const std::string& value);
  // One round of XGBoost's configured objective.
  void update(int round, const DataMatrix& train);
  // One round from caller-supplied gradient and Hessian (row-major: row i, output k at i * k_outputs + k).
  void boost(const DataMatrix& train, std::vector<float>& gradient, std::vector<float>& hessian);
  // Raw scores before any link function, row-major; `training` uses the cached training predictions.
  std::vector<float> margins(const DataMatrix& data, bool training) const;

 private:
  BoosterHandle handle_ = nullptr;
  std::string owner_;
};

}  // namespace imbench::xgb
