// Focal loss (Lin et al. 2017): cross-entropy scaled by (1 - p_t)^gamma so
// well-classified rows count less; alpha weighs the classes in the binary form.
#include "algorithms/loss/shared/weighted_form_loss.hpp"
#include "core/registry.hpp"

namespace imbench {
namespace {

ParamSchema focal_schema() {
  ParamSchema schema;
  schema.real("gamma", 2.0, 0.0, std::nullopt, "focusing exponent: 0 is cross-entropy, larger ignores easy rows more")
      .real("alpha", 0.25, 0.0, 1.0,
            "binary form: weight of class 1 (class 0 gets 1 - alpha; 0.5 weighs both alike); unused for more classes");
  return schema;
}

}  // namespace

IMBENCH_REGISTER_PLUGIN({Kind::Loss, "focal",
                         "Focal loss -alpha_t (1 - p_t)^gamma log p_t, sigmoid (two classes) or softmax (more).",
                         "Lin, Goyal, Girshick, He, Dollar. Focal Loss for Dense Object Detection. ICCV 2017",
                         focal_schema(), Capabilities{}, [](const Params& p) {
                           return std::make_unique<loss::WeightedFormLoss>(loss::FocalForm{p.real("gamma"), p.real("alpha")});
                         }})

}  // namespace imbench
