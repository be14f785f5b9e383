#include "algorithms/model/xgboost/xgb_handles.hpp"

#include <limits>

#include "core/error.hpp"

namespace imbench::xgb {
namespace {

void check(int status, const std::string& owner, const char* call) {
  if (status != 0) throw Error(owner + ": XGBoost " + call + " failed: " + XGBGetLastError());
}

}  // namespace

DataMatrix::DataMatrix(const Matrix& X, const std::string& owner) : owner_(owner) {
  // Matrix is row-major, as XGBoost's dense input is.
  const std::vector<float> values(X.data(), X.data() + X.size());
  check(XGDMatrixCreateFromMat_omp(values.data(), static_cast<bst_ulong>(X.rows()), static_cast<bst_ulong>(X.cols()),
                                   std::numeric_limits<float>::quiet_NaN(), &handle_, 1),
        owner_, "XGDMatrixCreateFromMat");
}

DataMatrix::~DataMatrix() {
  if (handle_) XGDMatrixFree(handle_);
}

void DataMatrix::set_field(const char* field, const std::vector<float>& values) {
  check(XGDMatrixSetFloatInfo(handle_, field, values.data(), static_cast<bst_ulong>(values.size())), owner_,
        "XGDMatrixSetFloatInfo");
}

Booster::Booster(const DataMatrix& train, const std::string& owner) : owner_(owner) {
  DMatrixHandle cached[] = {train.get()};
  check(XGBoosterCreate(cached, 1, &handle_), owner_, "XGBoosterCreate");
}

Booster::~Booster() {
  if (handle_) XGBoosterFree(handle_);
}

void Booster::set_param(const std::string& name, const std::string& value) {
  check(XGBoosterSetParam(handle_, name.c_str(), value.c_str()), owner_, "XGBoosterSetParam");
}

void Booster::update(int round, const DataMatrix& train) {
  check(XGBoosterUpdateOneIter(handle_, round, train.get()), owner_, "XGBoosterUpdateOneIter");
}

void Booster::boost(const DataMatrix& train, std::vector<float>& gradient, std::vector<float>& hessian) {
  check(XGBoosterBoostOneIter(handle_, train.get(), gradient.data(), hessian.data(),
                              static_cast<bst_ulong>(gradient.size())),
        owner_, "XGBoosterBoostOneIter");
}

std::vector<float> Booster::margins(const DataMatrix& data, bool training) const {
  bst_ulong length = 0;
  const float* result = nullptr;
  constexpr int kOutputMargin = 1;
  check(XGBoosterPredict(handle_, data.get(), kOutputMargin, 0, training ? 1 : 0, &length, &result), owner_,
        "XGBoosterPredict");
  return std::vector<float>(result, result + length);
}

}  // namespace imbench::xgb
