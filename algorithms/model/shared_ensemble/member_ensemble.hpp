// Bagging-style ensembles (balanced_bagging, easy_ensemble): members fitted
// independently in parallel, class probabilities averaged.
#pragma once

#include <cstddef>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "core/plugin.hpp"

namespace imbench {

class MemberEnsemble {
 public:
  // Fits and returns member `member`, drawing everything from `member_rng`.
  using FitMember = std::function<std::unique_ptr<Classifier>(std::size_t member, RandomStream& member_rng)>;

  explicit MemberEnsemble(std::string owner) : owner_(std::move(owner)) {}

  // Fits n_members with tbb::parallel_for; member i draws from
  // rng.substream(i), so the ensemble does not depend on the thread count.
  // A member's Error is rethrown naming the owner and the member.
  void fit(const LabelledData& data, std::size_t n_members, const FitMember& fit_member, const RandomStream& rng);

  // Mean of the members' probabilities, summed in member order.
  Matrix predict_proba(const Matrix& X) const;

 private:
  std::string owner_;
  std::vector<std::unique_ptr<Classifier>> members_;
  Eigen::Index n_features_ = 0;
  int n_classes_ = 0;
};

}  // namespace imbench
