#include "reports/lib/figures/scatter.hpp"

#include <algorithm>
#include <map>

#include "core/error.hpp"
#include "core/registry.hpp"
#include "reports/lib/figures/plot.hpp"
#include "reports/lib/spec_display.hpp"

namespace imbench::reports::figures {
namespace {

using RowKey = std::pair<std::vector<double>, int>;

RowKey row_key(const Matrix& X, const Labels& y, Eigen::Index i) {
  const auto row = X.row(i);
  return {std::vector<double>(row.begin(), row.end()), y[static_cast<std::size_t>(i)]};
}

Matrix two_columns(const Matrix& X, std::size_t a, std::size_t b) {
  Matrix out(X.rows(), 2);
  out.col(0) = X.col(static_cast<Eigen::Index>(a));
  out.col(1) = X.col(static_cast<Eigen::Index>(b));
  return out;
}

std::string feature_name(const Dataset& d, std::size_t j) {
  return j < d.feature_names.size() && !d.feature_names[j].empty() ? d.feature_names[j] : "feature " + std::to_string(j);
}

}  // namespace

ScatterData resample_for_scatter(const Dataset& data, const ScatterOptions& options) {
  const std::size_t d = data.n_features();
  for (std::size_t j : {options.feature_x, options.feature_y})
    if (j >= d)
      throw Error("feature index " + std::to_string(j) + " is out of range: data set '" + data.name + "' has " +
                  std::to_string(d) + " features (0.." + std::to_string(d - 1) + ")");
  if (options.feature_x == options.feature_y) throw Error("the two features must differ (both are " + std::to_string(options.feature_x) + ")");
  const Registry& registry = Registry::instance();
  auto built = registry.build<Resampler>(Kind::Resample, parse_spec(options.resampler));
  RandomStream rng = RandomStream::keyed(options.seed, data.content_hash(), built.canonical.text(), "scatter");
  Resampled out = built.plugin->resample({data.X, data.y, data.n_classes(), &data.categorical}, rng);

  ScatterData s;
  s.dataset = data.name;
  s.resampler = built.canonical.text();
  s.class_names = data.class_names;
  s.x_name = feature_name(data, options.feature_x);
  s.y_name = feature_name(data, options.feature_y);
  s.before = two_columns(data.X, options.feature_x, options.feature_y);
  s.y_before = data.y;
  s.after = two_columns(out.X, options.feature_x, options.feature_y);
  s.y_after = out.y;
  s.n_synthetic = out.n_synthetic;

  // Each input row can account for one output row; what is left over was removed.
  std::map<RowKey, std::vector<std::size_t>> unmatched;
  for (Eigen::Index i = data.X.rows(); i-- > 0;) unmatched[row_key(data.X, data.y, i)].push_back(static_cast<std::size_t>(i));
  for (Eigen::Index i = 0; i < out.X.rows(); ++i) {
    RowKey key = row_key(out.X, out.y, i);
    auto found = unmatched.find(key);
    if (found == unmatched.end()) {
      s.origin.push_back(RowOrigin::synthetic);
    } else if (found->second.empty()) {
      s.origin.push_back(RowOrigin::copy);
    } else {
      s.origin.push_back(RowOrigin::kept);
      found->second.pop_back();  // lowest unmatched input row first
    }
  }
  s.removed.assign(data.n_samples(), false);
  for (const auto& [key, rows] : unmatched)
    for (std::size_t r : rows) s.removed[r] = true;
  return s;
}

Svg scatter_figure(const ScatterData& s) {
  const double panel = 340, gap = 70, left = 64, top = 74;
  double x_lo = s.before.col(0).minCoeff(), x_hi = s.before.col(0).maxCoeff();
  double y_lo = s.before.col(1).minCoeff(), y_hi = s.before.col(1).maxCoeff();
  if (s.after.rows() > 0) {
    x_lo = std::min(x_lo, s.after.col(0).minCoeff()), x_hi = std::max(x_hi, s.after.col(0).maxCoeff());
    y_lo = std::min(y_lo, s.after.col(1).minCoeff()), y_hi = std::max(y_hi, s.after.col(1).maxCoeff());
  }
  widen_to_ticks(x_lo, x_hi, 6);
  widen_to_ticks(y_lo, y_hi, 6);

  const int k = static_cast<int>(s.class_names.size());
  std::vector<std::size_t> before_count(static_cast<std::size_t>(k)), kept(static_cast<std::size_t>(k)),
      synthetic(static_cast<std::size_t>(k)), copies(static_cast<std::size_t>(k));
  std::size_t removed = 0;
  for (std::size_t i = 0; i < s.y_before.size(); ++i) {
    ++before_count[static_cast<std::size_t>(s.y_before[i])];
    removed += s.removed[i];
  }
  for (std::size_t i = 0; i < s.y_after.size(); ++i) {
    auto c = static_cast<std::size_t>(s.y_after[i]);
    ++(s.origin[i] == RowOrigin::synthetic ? synthetic[c] : s.origin[i] == RowOrigin::copy ? copies[c] : kept[c]);
  }

  std::vector<LegendEntry> legend;
  for (int c = 0; c < k; ++c) {
    auto cu = static_cast<std::size_t>(c);
    const std::string name = "class " + s.class_names[cu];
    legend.push_back({name + " (" + std::to_string(before_count[cu]) + " before, " + std::to_string(kept[cu] + copies[cu] + synthetic[cu]) + " after)",
                      palette_colour(cu), LegendSymbol::marker, palette_marker(cu), false, 0.8});
    if (synthetic[cu])
      legend.push_back({name + " synthetic (" + std::to_string(synthetic[cu]) + ")", palette_colour(cu),
                        LegendSymbol::marker, palette_marker(cu), true});
    if (copies[cu])
      legend.push_back({name + " extra copies (" + std::to_string(copies[cu]) + "), ringed", palette_colour(cu),
                        LegendSymbol::marker, Marker::circle, true});
  }
  if (removed) legend.push_back({"removed input rows (" + std::to_string(removed) + ")", "#9a9a9a", LegendSymbol::marker, Marker::circle, true, 0.7});

  const LegendSize key = legend_size(legend);
  const double width = std::max(left + 2 * panel + gap + 20, left + key.width + 20);
  Svg svg(width, top + panel + 56 + key.height + 10);
  svg.text({width / 2, 22}, "Before and after " + short_spec(Kind::Resample, s.resampler),
           TextStyle{14, Anchor::middle, "#000000", true});
  // Generator specs make long names: cut them to the figure's width.
  std::string name = s.dataset;
  const double room = width - 20;
  if (text_width(name, 11) > room) {
    while (!name.empty() && text_width(name + "...", 11) > room) {
      name.pop_back();
      while (!name.empty() && (static_cast<unsigned char>(name.back()) & 0xC0) == 0x80) name.pop_back();
    }
    name += "...";
  }
  svg.text({width / 2, 40}, name, TextStyle{11, Anchor::middle, "#555555"});

  const double marker = 6;
  auto draw_points = [&](const Axes& axes, const Matrix& P, const Labels& y, auto&& include, const std::string& css,
                         bool hollow, double opacity) {
    // Classes from the largest index down: the usually smaller minority classes end up on top.
    for (int c = k; c-- > 0;) {
      auto cu = static_cast<std::size_t>(c);
      Style st{hollow ? palette_colour(cu) : "", hollow ? "" : palette_colour(cu), 1.2, opacity, "", css};
      if (!hollow && (palette_marker(cu) == Marker::cross || palette_marker(cu) == Marker::plus)) st.stroke = palette_colour(cu);
      for (Eigen::Index i = 0; i < P.rows(); ++i)
        if (y[static_cast<std::size_t>(i)] == c && include(static_cast<std::size_t>(i)))
          draw_marker(svg, palette_marker(cu), axes.at(P(i, 0), P(i, 1)), marker, st);
    }
  };

  const Axes before = make_axes(left, top, panel, panel, x_lo, x_hi, y_lo, y_hi);
  const Axes after = make_axes(left + panel + gap, top, panel, panel, x_lo, x_hi, y_lo, y_hi);
  draw_axes(svg, before, {s.x_name, s.y_name, "Before (n = " + std::to_string(s.y_before.size()) + ")"});
  draw_axes(svg, after, {s.x_name, s.y_name, "After (n = " + std::to_string(s.y_after.size()) + ")"});
  svg.begin_group("before");
  draw_points(before, s.before, s.y_before, [](std::size_t) { return true; }, "original", false, 0.8);
  svg.end_group();

  svg.begin_group("after");
  Style faded{"#9a9a9a", "", 1, 0.7, "", "removed"};
  for (std::size_t i = 0; i < s.removed.size(); ++i)
    if (s.removed[i]) svg.circle(after.at(s.before(static_cast<Eigen::Index>(i), 0), s.before(static_cast<Eigen::Index>(i), 1)), marker / 2, faded);
  draw_points(after, s.after, s.y_after, [&](std::size_t i) { return s.origin[i] != RowOrigin::synthetic; }, "original", false, 0.8);
  for (std::size_t i = 0; i < s.origin.size(); ++i)
    if (s.origin[i] == RowOrigin::copy)
      svg.circle(after.at(s.after(static_cast<Eigen::Index>(i), 0), s.after(static_cast<Eigen::Index>(i), 1)), marker,
                 Style{palette_colour(static_cast<std::size_t>(s.y_after[i])), "", 1, 0.8, "", "copy"});
  draw_points(after, s.after, s.y_after, [&](std::size_t i) { return s.origin[i] == RowOrigin::synthetic; }, "synthetic", true, 1);
  svg.end_group();

  draw_legend(svg, {left, top + panel + 50}, legend);
  return svg;
}

}  // namespace imbench::reports::figures
