// Two-phase learning (Lee et al. 2016): pre-train on a class-balanced random
// resample of the training rows, then fine-tune on the rows as they are. The
// balanced set is drawn once, at the first epoch, and kept for the whole
// pre-training phase (the paper's fixed thresholded subset).
#include <algorithm>

#include "algorithms/schedule/shared/class_rows.hpp"
#include "core/registry.hpp"
#include "core/schedule.hpp"

namespace imbench {
namespace {

class TwoPhase final : public Schedule {
 public:
  explicit TwoPhase(const Params& params)
      : pretrain_epochs_(static_cast<int>(params.integer("pretrain_epochs"))),
        over_(params.text("sampling") == "over") {}

  void start(const Labels& y, int n_classes, int) override {
    by_class_ = rows_by_class(y, n_classes);
    n_rows_ = y.size();
    balanced_.clear();
  }

  EpochRows epoch_rows(int epoch, RandomStream& rng) override {
    if (epoch >= pretrain_epochs_) return {schedule::all_rows(n_rows_), epoch == pretrain_epochs_};
    if (balanced_.empty()) balanced_ = schedule::rows_for_counts(by_class_, balanced_counts(), rng);
    return {balanced_, false};
  }

 private:
  // Every class with rows at the size of the smallest (under) or largest (over) such class.
  std::vector<std::size_t> balanced_counts() const {
    std::size_t target = over_ ? 0 : n_rows_;
    for (const Indices& rows : by_class_)
      if (!rows.empty()) target = over_ ? std::max(target, rows.size()) : std::min(target, rows.size());
    std::vector<std::size_t> counts(by_class_.size(), 0);
    for (std::size_t c = 0; c < by_class_.size(); ++c)
      if (!by_class_[c].empty()) counts[c] = target;
    return counts;
  }

  int pretrain_epochs_;
  bool over_;
  std::vector<Indices> by_class_;
  std::size_t n_rows_ = 0;
  Indices balanced_;
};

ParamSchema two_phase_schema() {
  ParamSchema schema;
  schema.integer("pretrain_epochs", 10, 0, std::nullopt, "epochs on the balanced resample before fine-tuning")
      .choice("sampling", "under", {"under", "over"},
              "how the pre-training set is balanced: random under-sampling to the smallest class or random "
              "over-sampling to the largest");
  return schema;
}

}  // namespace

IMBENCH_REGISTER_PLUGIN({Kind::Schedule, "two_phase",
                         "Pre-train on a class-balanced random resample, then fine-tune on the original rows.",
                         "Lee, Park & Kim 2016, Plankton classification on imbalanced large scale database via "
                         "convolutional neural networks with transfer learning, IEEE ICIP",
                         two_phase_schema(), Capabilities{},
                         [](const Params& p) { return std::make_unique<TwoPhase>(p); }})

}  // namespace imbench
