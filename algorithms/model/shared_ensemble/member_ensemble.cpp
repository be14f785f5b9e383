#include "algorithms/model/shared_ensemble/member_ensemble.hpp"

#include <tbb/parallel_for.h>

#include "algorithms/model/common/training_input.hpp"
#include "core/error.hpp"

namespace imbench {

void MemberEnsemble::fit(const LabelledData& data, std::size_t n_members, const FitMember& fit_member,
                         const RandomStream& rng) {
  std::vector<std::unique_ptr<Classifier>> members(n_members);
  tbb::parallel_for(std::size_t{0}, n_members, [&](std::size_t i) {
    RandomStream member_rng = rng.substream(i);
    try {
      members[i] = fit_member(i, member_rng);
    } catch (const Error& e) {
      throw Error(owner_ + ": member " + std::to_string(i) + " failed: " + e.what());
    }
  });
  members_ = std::move(members);
  n_features_ = data.X.cols();
  n_classes_ = data.n_classes;
}

Matrix MemberEnsemble::predict_proba(const Matrix& X) const {
  check_predict_input(X, n_features_, !members_.empty(), owner_);
  std::vector<Matrix> each(members_.size());
  tbb::parallel_for(std::size_t{0}, members_.size(), [&](std::size_t i) { each[i] = members_[i]->predict_proba(X); });
  Matrix proba = Matrix::Zero(X.rows(), n_classes_);
  for (const Matrix& p : each) proba += p;
  return proba / static_cast<double>(members_.size());
}

}  // namespace imbench
