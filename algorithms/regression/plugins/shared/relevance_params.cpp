#include "algorithms/regression/plugins/shared/relevance_params.hpp"

#include <charconv>
#include <cmath>
#include <utility>

#include "algorithms/regression/plugins/shared/regression_plugin.hpp"
#include "core/error.hpp"

namespace imbench::regression {
namespace {

const char* const kNoPoints = "none";

std::vector<std::string> split(const std::string& text, char sep) {
  std::vector<std::string> parts;
  std::size_t start = 0;
  for (;;) {
    const std::size_t at = text.find(sep, start);
    parts.push_back(text.substr(start, at == std::string::npos ? std::string::npos : at - start));
    if (at == std::string::npos) return parts;
    start = at + 1;
  }
}

double parse_real(const std::string& text, const std::string& whole, const std::string& owner) {
  double v = 0.0;
  const char* begin = text.data() + (!text.empty() && text[0] == '+' ? 1 : 0);
  const auto [end, ec] = std::from_chars(begin, text.data() + text.size(), v);
  if (text.empty() || ec != std::errc() || end != text.data() + text.size() || !std::isfinite(v))
    throw Error("parameter 'control_pts' of '" + owner + "': '" + text + "' in '" + whole + "' is not a finite number");
  return v;
}

// "{y:phi,...}" or "{y:phi:slope,...}" -> control points in the given order; every entry has the same arity.
std::vector<ControlPoint> parse_points(const std::string& text, const std::string& owner) {
  const auto fail = [&](const std::string& why) {
    return Error("parameter 'control_pts' of '" + owner + "': '" + text + "' " + why +
                 "; expected {y:phi,...} or {y:phi:slope,...} with increasing y and phi in [0, 1]");
  };
  if (text.size() < 2 || text.front() != '{' || text.back() != '}') throw fail("is not in braces");
  std::vector<ControlPoint> points;
  std::size_t arity = 0;
  for (const std::string& entry : split(text.substr(1, text.size() - 2), ',')) {
    const std::vector<std::string> fields = split(entry, ':');
    if (fields.size() != 2 && fields.size() != 3) throw fail("has the entry '" + entry + "'");
    if (arity != 0 && fields.size() != arity) throw fail("mixes entries with and without a slope");
    arity = fields.size();
    ControlPoint p{parse_real(fields[0], text, owner), parse_real(fields[1], text, owner),
                   arity == 3 ? parse_real(fields[2], text, owner) : 0.0};
    if (!(p.phi >= 0.0 && p.phi <= 1.0)) throw fail("has a relevance outside [0, 1]");
    if (!points.empty() && !(p.y > points.back().y)) throw fail("has y values that do not increase");
    points.push_back(p);
  }
  if (points.size() < 2) throw fail("has fewer than two points");
  if (arity == 2) {  // UBL's default slopes
    std::vector<std::pair<double, double>> pairs;
    for (const ControlPoint& p : points) pairs.emplace_back(p.y, p.phi);
    return range_control_points(pairs);
  }
  return points;
}

std::string canonical_points(const std::string& text, const std::string& owner) {
  if (text == kNoPoints) return text;
  parse_points(text, owner);  // validates
  std::string out = "{";
  for (const std::string& entry : split(text.substr(1, text.size() - 2), ',')) {
    std::string fields;
    for (const std::string& field : split(entry, ':'))
      fields += (fields.empty() ? "" : ":") + canonical_number(parse_real(field, text, owner));
    out += (out.size() > 1 ? "," : "") + fields;
  }
  return out + "}";
}

}  // namespace

void add_relevance_params(ParamSchema& schema, Threshold threshold) {
  schema.choice("method", "extremes", {"extremes", "range"},
                "Relevance phi: 'extremes' from the training targets' box plot, 'range' from control_pts (UBL "
                "phi.control)");
  schema.choice("extr_type", "both", {"both", "high", "low"}, "Tails of the box plot that are rare (extremes)");
  schema.real("coef", 1.5, 0.0, std::nullopt, "Box-plot whisker coefficient (extremes)");
  schema.text("control_pts", kNoPoints,
              "Control points {y:phi,...} or {y:phi:slope,...} for method=range; 'none' otherwise",
              canonical_points);
  if (threshold == Threshold::With)
    schema.real("thr_rel", 0.5, 0.0, 1.0, "Relevance at which a target value counts as rare", true, false);
}

RelevanceParams::RelevanceParams(const Params& params, std::string plugin) : plugin_(std::move(plugin)) {
  extremes_ = params.text("method") == "extremes";
  tails_ = parse_tails(params.text("extr_type"));
  coef_ = params.real("coef");
  const std::string& points = params.text("control_pts");
  if (extremes_ && points != kNoPoints)
    throw Error("parameter 'control_pts' of '" + plugin_ + "' is used only with method=range");
  if (!extremes_) {
    if (points == kNoPoints) throw Error("parameter 'control_pts' of '" + plugin_ + "' is required by method=range");
    points_ = parse_points(points, plugin_);
  }
  if (params.values().count("thr_rel")) threshold_ = params.real("thr_rel");
}

Relevance RelevanceParams::fit(std::span<const double> y_train) const {
  return named_errors(plugin_,
                      [&] { return extremes_ ? Relevance::extremes(y_train, coef_, tails_) : Relevance(points_); });
}

std::vector<double> RelevanceParams::of_training(std::span<const double> y_train) const {
  const Relevance phi = fit(y_train);
  return named_errors(plugin_, [&] { return phi(y_train); });
}

}  // namespace imbench::regression
