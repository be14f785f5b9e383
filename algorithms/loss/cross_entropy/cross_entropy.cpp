// Cross-entropy (log loss) on raw scores: softplus(z) - y z for the binary
// sigmoid form, log-sum-exp(z) - z_y for the softmax form.
#include "algorithms/loss/shared/weighted_form_loss.hpp"
#include "core/registry.hpp"

namespace imbench {

IMBENCH_REGISTER_PLUGIN({Kind::Loss, "cross_entropy",
                         "Cross-entropy (log loss) of the sigmoid (two classes) or softmax (more) of the scores.",
                         "Bishop 2006, Pattern Recognition and Machine Learning, sections 4.3.2 and 4.3.4",
                         ParamSchema{}, Capabilities{},
                         [](const Params&) { return std::make_unique<loss::WeightedFormLoss>(loss::FocalForm{}); }})

}  // namespace imbench
