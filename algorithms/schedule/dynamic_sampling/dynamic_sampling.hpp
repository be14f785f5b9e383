// Dynamic sampling (Pouyanfar et al., IEEE MIPR 2018): after every epoch the
// per-class F1 on the validation split sets the next epoch's class counts,
//   N_c = (1 - F1_c) / sum_j (1 - F1_j) * N,
// N = budget * (training rows); each class is then randomly over- or
// under-sampled to N_c. Classes without training rows take no share.
#pragma once

#include <cstddef>
#include <vector>

#include "core/params.hpp"
#include "core/schedule.hpp"

namespace imbench {

class DynamicSampling final : public Schedule {
 public:
  explicit DynamicSampling(const Params& params);

  void start(const Labels& y, int n_classes, int max_epochs) override;
  EpochRows epoch_rows(int epoch, RandomStream& rng) override;
  bool needs_validation() const override { return true; }
  void end_epoch(const EpochReport& report) override;

  // The class counts the next epoch will use (empty before the first report: the rows as they are).
  const std::vector<std::size_t>& next_counts() const { return counts_; }

 private:
  double budget_;
  std::vector<Indices> by_class_;
  std::size_t n_rows_ = 0;
  std::vector<std::size_t> counts_;
};

}  // namespace imbench
