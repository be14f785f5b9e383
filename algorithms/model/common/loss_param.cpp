#include "algorithms/model/common/loss_param.hpp"

#include "algorithms/resample/shared/nested_spec.hpp"

namespace imbench {

ParamSchema& add_loss_param(ParamSchema& schema) {
  return schema.text(
      "loss", "cross_entropy",
      "training loss, a loss plugin spec (imbench list --kind loss); braces around one with parameters: "
      "loss={focal:gamma=2,alpha=0.25}",
      [](const std::string& value, const std::string& owner) {
        // Braces only where the inner spec has parameters (commas), so the default reads loss=cross_entropy.
        const std::string inner = canonical_inner_spec(Kind::Loss, value, owner, "loss").text();
        return inner.find(':') == std::string::npos ? inner : braced(inner);
      });
}

Spec loss_spec(const Params& params) { return parse_spec(strip_braces(params.text("loss"))); }

}  // namespace imbench
