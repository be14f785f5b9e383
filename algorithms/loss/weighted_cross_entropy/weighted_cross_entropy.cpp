// Cross-entropy with a weight per class: inverse class frequency from the
// training targets ("balanced", as scikit-learn's class_weight) or fixed
// weights given per class index ("1;10" weighs class 1 ten times class 0).
#include <cmath>
#include <sstream>

#include "algorithms/loss/shared/weighted_form_loss.hpp"
#include "algorithms/weight/shared/class_weights.hpp"
#include "core/error.hpp"
#include "core/registry.hpp"

namespace imbench {
namespace {

// "balanced", or ';'-separated finite non-negative numbers, at least one positive.
std::vector<double> fixed_weights(const std::string& text, const std::string& owner) {
  std::vector<double> weights;
  std::istringstream items(text);
  bool positive = false;
  for (std::string item; std::getline(items, item, ';');) {
    std::size_t used = 0;
    double w = -1;
    try {
      w = std::stod(item, &used);
    } catch (const std::exception&) {
      used = 0;
    }
    if (used != item.size() || !std::isfinite(w) || w < 0)
      throw Error(owner + ": class_weight '" + text + "' must be 'balanced' or ';'-separated non-negative numbers "
                  "(one per class index), e.g. 1;10");
    positive = positive || w > 0;
    weights.push_back(w);
  }
  if (!positive) throw Error(owner + ": class_weight '" + text + "' needs at least one positive weight");
  return weights;
}

std::string canonical_class_weight(const std::string& text, const std::string& owner) {
  if (text == "balanced") return text;
  std::string canonical;
  for (double w : fixed_weights(text, owner)) canonical += (canonical.empty() ? "" : ";") + canonical_number(w);
  return canonical;
}

std::unique_ptr<Plugin> make(const Params& p) {
  const std::string text = p.text("class_weight");
  loss::WeightedFormLoss::ClassWeightRule rule;
  if (text == "balanced") {
    rule = [](const Labels& target, int n_classes) { return balanced_class_weights(class_sizes_of(target, n_classes)); };
  } else {
    rule = [fixed = fixed_weights(text, "weighted_cross_entropy")](const Labels&, int n_classes) {
      if (fixed.size() != static_cast<std::size_t>(n_classes))
        throw Error("weighted_cross_entropy: class_weight gives " + std::to_string(fixed.size()) +
                    " weights but the training data has " + std::to_string(n_classes) + " classes");
      return fixed;
    };
  }
  return std::make_unique<loss::WeightedFormLoss>(loss::FocalForm{}, rule);
}

ParamSchema weighted_cross_entropy_schema() {
  ParamSchema schema;
  schema.text("class_weight", "balanced",
              "balanced (n / (n_classes * n_c) from the training targets) or one weight per class index, "
              "';'-separated, e.g. 1;10",
              canonical_class_weight);
  return schema;
}

}  // namespace

IMBENCH_REGISTER_PLUGIN({Kind::Loss, "weighted_cross_entropy",
                         "Cross-entropy with a weight per class: inverse frequency or given per class.",
                         "King & Zeng, Logistic Regression in Rare Events Data, Political Analysis 9(2), 2001",
                         weighted_cross_entropy_schema(), Capabilities{}, make})

}  // namespace imbench
