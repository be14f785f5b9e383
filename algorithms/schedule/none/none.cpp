// The default training schedule: every epoch sees the training rows as they are.
#include "algorithms/schedule/shared/class_rows.hpp"
#include "core/registry.hpp"
#include "core/schedule.hpp"

namespace imbench {
namespace {

class NoSchedule final : public Schedule {
 public:
  void start(const Labels& y, int, int) override { n_rows_ = y.size(); }
  EpochRows epoch_rows(int, RandomStream&) override { return {schedule::all_rows(n_rows_), false}; }

 private:
  std::size_t n_rows_ = 0;
};

}  // namespace

IMBENCH_REGISTER_PLUGIN({Kind::Schedule, "none", "Train every epoch on the training rows as they are.", "",
                         ParamSchema{}, Capabilities{}, [](const Params&) { return std::make_unique<NoSchedule>(); }})

}  // namespace imbench
