// Class-balanced loss (Cui et al. 2019): the cross-entropy or focal loss of a
// row weighted by 1 / E_{n_y}, the inverse effective number of samples of its
// class, (1 - beta) / (1 - beta^n_y), normalised so the classes sum to C.
#include "algorithms/loss/shared/weighted_form_loss.hpp"
#include "algorithms/weight/shared/class_weights.hpp"
#include "core/registry.hpp"

namespace imbench {
namespace {

std::unique_ptr<Plugin> make(const Params& p) {
  const double beta = p.real("beta");
  const loss::FocalForm form = p.text("base") == "focal" ? loss::FocalForm{p.real("gamma"), -1.0} : loss::FocalForm{};
  return std::make_unique<loss::WeightedFormLoss>(form, [beta](const Labels& target, int n_classes) {
    return effective_number_class_weights(class_sizes_of(target, n_classes), beta);
  });
}

ParamSchema class_balanced_schema() {
  ParamSchema schema;
  schema.real("beta", 0.999, 0.0, 1.0, "effective-number hyper-parameter: 0 = no re-weighting, towards 1 = inverse frequency",
              false, true)
      .choice("base", "focal", {"cross_entropy", "focal"}, "the loss that the class weights multiply")
      .real("gamma", 2.0, 0.0, std::nullopt, "focusing exponent of the focal base (unused with cross_entropy)");
  return schema;
}

}  // namespace

IMBENCH_REGISTER_PLUGIN({Kind::Loss, "class_balanced",
                         "Cross-entropy or focal loss weighted by the inverse effective number of samples per class.",
                         "Cui, Jia, Lin, Song, Belongie. Class-Balanced Loss Based on Effective Number of Samples. "
                         "CVPR 2019",
                         class_balanced_schema(), Capabilities{}, make})

}  // namespace imbench
