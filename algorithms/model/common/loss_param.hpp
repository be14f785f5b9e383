// The `loss` parameter of models that train on any loss plugin (logistic_regression,
// xgboost): a loss spec, braced when it has parameters, e.g. loss={focal:gamma=2,alpha=0.25}.
#pragma once

#include "core/params.hpp"
#include "core/spec.hpp"

namespace imbench {

// Adds `loss` (default cross_entropy), canonicalised through the registry.
ParamSchema& add_loss_param(ParamSchema& schema);

// The loss spec the parameter holds, braces removed.
Spec loss_spec(const Params& params);

}  // namespace imbench
