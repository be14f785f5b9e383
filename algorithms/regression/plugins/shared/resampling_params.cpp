#include "algorithms/regression/plugins/shared/resampling_params.hpp"

#include <charconv>
#include <cmath>
#include <cstdint>

#include "algorithms/regression/bumps.hpp"
#include "core/error.hpp"

namespace imbench::regression {
namespace {

Error percentages_error(const std::string& value, const std::string& owner, const std::string& expected) {
  return Error("parameter 'c_perc' of '" + owner + "': value '" + value + "' is not " + expected);
}

// "balance" | "extreme" | "f1;f2;..." with every factor in canonical number form.
std::string canonical_per_bump(const std::string& value, const std::string& owner) {
  BumpPercentages parsed;
  try {
    parsed = parse_bump_percentages(value);
  } catch (const Error&) {
    throw percentages_error(value, owner, "'balance', 'extreme' or positive factors per bump like '0.5;2.5'");
  }
  if (parsed.mode != BumpPercentages::Mode::Explicit) return value;
  std::string out;
  for (double f : parsed.factors) out += (out.empty() ? "" : ";") + canonical_number(f);
  return out;
}

std::string canonical_single(const std::string& value, const std::string& owner, bool over) {
  if (value == "balance" || value == "extreme") return value;
  double f = 0.0;
  const auto [end, ec] = std::from_chars(value.data(), value.data() + value.size(), f);
  const bool ok = ec == std::errc() && end == value.data() + value.size() && std::isfinite(f) &&
                  (over ? f >= 1.0 : (f > 0.0 && f <= 1.0));
  if (!ok) throw percentages_error(value, owner, over ? "'balance', 'extreme' or a factor >= 1"
                                                      : "'balance', 'extreme' or a factor in (0, 1]");
  return canonical_number(f);
}

}  // namespace

void add_percentages_param(ParamSchema& schema, PercentageForm form) {
  switch (form) {
    case PercentageForm::PerBump:
      schema.text("c_perc", "balance",
                  "Re-sampling per bump: 'balance', 'extreme' or one factor per bump in target order, e.g. "
                  "'0.5;3' (< 1 under-samples, > 1 over-samples)",
                  canonical_per_bump);
      return;
    case PercentageForm::Over:
      schema.text("c_perc", "balance",
                  "Growth of the rare bumps: 'balance' (rare total = normal total), 'extreme' (ratio inverted) "
                  "or one factor >= 1",
                  [](const std::string& v, const std::string& owner) { return canonical_single(v, owner, true); });
      return;
    case PercentageForm::Under:
      schema.text("c_perc", "balance",
                  "Share of the normal bumps kept: 'balance' (normal total = rare total), 'extreme' (ratio "
                  "inverted) or one factor in (0, 1]",
                  [](const std::string& v, const std::string& owner) { return canonical_single(v, owner, false); });
      return;
  }
}

void add_distance_param(ParamSchema& schema) {
  schema.choice("dist", "auto", {"auto", "euclidean", "heom"},
                "Distance between cases: euclidean (numeric features only), heom (range-scaled, nominal mismatch = "
                "1), or auto (heom when some feature is nominal)");
}

Distance distance_for(const Params& params, const RegressionData& data) {
  const std::string& dist = params.text("dist");
  if (dist != "auto") return parse_distance(dist);
  for (std::uint8_t nominal : nominal_mask(data))
    if (nominal) return Distance::Heom;
  return Distance::Euclidean;
}

}  // namespace imbench::regression
