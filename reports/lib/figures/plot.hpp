// The plotting layer every figure shares: linear scales, "nice" ticks, a
// framed axes box, a colour-blind-safe palette with markers, and legends.
#pragma once

#include <cstddef>
#include <string>
#include <utility>
#include <vector>

#include "reports/lib/figures/svg.hpp"

namespace imbench::reports::figures {

// Okabe & Ito (2008) colours, safe for the common colour-vision
// deficiencies; cycles after 8. Yellow comes last: it is faint on white.
const std::string& palette_colour(std::size_t i);

enum class Marker { circle, square, triangle, diamond, cross, plus };
Marker palette_marker(std::size_t i);  // cycles through the six

// A marker of `size` (its width) centred on `at`; crosses and pluses use the
// stroke, the others are filled with style.fill.
void draw_marker(Svg& svg, Marker marker, Point at, double size, const Style& style);

// Maps [domain_min, domain_max] linearly onto [range_min, range_max]; a
// degenerate domain maps to the range's midpoint.
struct LinearScale {
  double domain_min = 0, domain_max = 1, range_min = 0, range_max = 1;
  double operator()(double value) const;
};

// Tick positions at a multiple of 1, 2 or 5 x 10^k inside [lo, hi], about
// `target` of them; `step` is that multiple.
struct Ticks {
  std::vector<double> values;
  double step = 1;
};
Ticks nice_ticks(double lo, double hi, int target);
// A tick's text with as many decimals as the step needs ("0.25", "10").
std::string tick_text(double value, double step);
// [lo, hi] widened outward to the nice ticks around it, for axis limits.
void widen_to_ticks(double& lo, double& hi, int target);

// The plotting box of a figure in SVG units, and the scales into it (y grows
// upward on screen: y_scale maps domain_min to the box's bottom).
struct Axes {
  double left = 0, top = 0, width = 0, height = 0;
  LinearScale x, y;
  Point at(double x_value, double y_value) const { return {x(x_value), y(y_value)}; }
};
Axes make_axes(double left, double top, double width, double height, double x_min, double x_max, double y_min,
               double y_max);

struct AxisLabels {
  std::string x, y, title;
  bool grid = true;
  int x_ticks = 6, y_ticks = 6;  // about this many; 0 for none

  AxisLabels(std::string x_ = "", std::string y_ = "", std::string title_ = "")
      : x(std::move(x_)), y(std::move(y_)), title(std::move(title_)) {}
};
// Frame, ticks, tick labels, light grid lines, axis titles and the title.
// Needs about 50 units left of the box, 40 below and 24 above.
void draw_axes(Svg& svg, const Axes& axes, const AxisLabels& labels);

enum class LegendSymbol { line, marker, box };
struct LegendEntry {
  std::string label;
  std::string colour;
  LegendSymbol symbol = LegendSymbol::line;
  Marker marker = Marker::circle;
  bool hollow = false;  // markers: outline only
  double opacity = 1;

  LegendEntry(std::string label_, std::string colour_, LegendSymbol symbol_ = LegendSymbol::line,
              Marker marker_ = Marker::circle, bool hollow_ = false, double opacity_ = 1)
      : label(std::move(label_)), colour(std::move(colour_)), symbol(symbol_), marker(marker_), hollow(hollow_),
        opacity(opacity_) {}
};

struct LegendSize {
  double width = 0, height = 0;
};
LegendSize legend_size(const std::vector<LegendEntry>& entries, double font_size = 11);
// A framed legend with its top-left corner at `corner`.
void draw_legend(Svg& svg, Point corner, const std::vector<LegendEntry>& entries, double font_size = 11);

}  // namespace imbench::reports::figures
