#include "reports/lib/figures/plot.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>

namespace imbench::reports::figures {

const std::string& palette_colour(std::size_t i) {
  static const std::array<std::string, 8> colours = {"#0072B2", "#D55E00", "#009E73", "#CC79A7",
                                                     "#E69F00", "#56B4E9", "#000000", "#F0E442"};
  return colours[i % colours.size()];
}

Marker palette_marker(std::size_t i) {
  static const std::array<Marker, 6> markers = {Marker::circle, Marker::square, Marker::triangle,
                                                Marker::diamond, Marker::cross, Marker::plus};
  return markers[i % markers.size()];
}

void draw_marker(Svg& svg, Marker marker, Point at, double size, const Style& style) {
  const double h = size / 2;
  switch (marker) {
    case Marker::circle: svg.circle(at, h, style); break;
    case Marker::square: svg.rect(at.x - h * 0.9, at.y - h * 0.9, h * 1.8, h * 1.8, style); break;
    case Marker::triangle:
      svg.polygon({{at.x, at.y - h * 1.1}, {at.x + h, at.y + h * 0.7}, {at.x - h, at.y + h * 0.7}}, style);
      break;
    case Marker::diamond:
      svg.polygon({{at.x, at.y - h * 1.2}, {at.x + h, at.y}, {at.x, at.y + h * 1.2}, {at.x - h, at.y}}, style);
      break;
    case Marker::cross:
    case Marker::plus: {
      // Strokes only: paint them with the fill colour when no stroke is given.
      Style s = style;
      if (s.stroke.empty()) s.stroke = style.fill;
      s.fill.clear();
      s.stroke_width = std::max(style.stroke_width, size / 5);
      svg.begin_group(style.css_class);
      s.css_class.clear();
      if (marker == Marker::cross) {
        svg.line({at.x - h, at.y - h}, {at.x + h, at.y + h}, s);
        svg.line({at.x - h, at.y + h}, {at.x + h, at.y - h}, s);
      } else {
        svg.line({at.x - h, at.y}, {at.x + h, at.y}, s);
        svg.line({at.x, at.y - h}, {at.x, at.y + h}, s);
      }
      svg.end_group();
      break;
    }
  }
}

double LinearScale::operator()(double value) const {
  if (domain_max == domain_min) return (range_min + range_max) / 2;
  return range_min + (value - domain_min) / (domain_max - domain_min) * (range_max - range_min);
}

namespace {

double nice_step(double lo, double hi, int target) {
  double raw = (hi - lo) / std::max(1, target);
  if (!(raw > 0)) raw = std::max(std::fabs(lo), 1.0) / 10;
  double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
  for (double m : {1.0, 2.0, 5.0, 10.0})
    if (m * magnitude >= raw * 0.999) return m * magnitude;
  return 10 * magnitude;
}

}  // namespace

Ticks nice_ticks(double lo, double hi, int target) {
  Ticks t;
  t.step = nice_step(lo, hi, target);
  // Integer multiples keep tick values free of accumulated rounding.
  const auto first = static_cast<long long>(std::ceil(lo / t.step - 1e-9));
  const auto last = static_cast<long long>(std::floor(hi / t.step + 1e-9));
  for (long long i = first; i <= last; ++i) t.values.push_back(static_cast<double>(i) * t.step);
  return t;
}

std::string tick_text(double value, double step) {
  int decimals = std::max(0, static_cast<int>(-std::floor(std::log10(step) + 1e-9)));
  char buffer[48];
  std::snprintf(buffer, sizeof buffer, "%.*f", decimals, value);
  std::string text = buffer;
  if (text[0] == '-' && text.find_first_not_of("-0.") == std::string::npos) text.erase(0, 1);
  return text;
}

void widen_to_ticks(double& lo, double& hi, int target) {
  if (lo == hi) {
    double pad = std::max(std::fabs(lo) * 0.1, 0.5);
    lo -= pad, hi += pad;
  }
  double step = nice_step(lo, hi, target);
  lo = std::floor(lo / step + 1e-9) * step;
  hi = std::ceil(hi / step - 1e-9) * step;
}

Axes make_axes(double left, double top, double width, double height, double x_min, double x_max, double y_min,
               double y_max) {
  Axes a;
  a.left = left, a.top = top, a.width = width, a.height = height;
  a.x = {x_min, x_max, left, left + width};
  a.y = {y_min, y_max, top + height, top};
  return a;
}

void draw_axes(Svg& svg, const Axes& axes, const AxisLabels& labels) {
  const Style grid{"#dddddd", "", 0.8};
  const Style tick{"#333333", "", 1};
  const TextStyle tick_font{10, Anchor::middle, "#333333"};
  const double bottom = axes.top + axes.height, right = axes.left + axes.width;
  svg.begin_group("axes");
  Ticks xt = nice_ticks(axes.x.domain_min, axes.x.domain_max, labels.x_ticks);
  if (labels.x_ticks <= 0) xt.values.clear();
  for (double v : xt.values) {
    double x = axes.x(v);
    if (labels.grid) svg.line({x, axes.top}, {x, bottom}, grid);
    svg.line({x, bottom}, {x, bottom + 4}, tick);
    svg.text({x, bottom + 16}, tick_text(v, xt.step), tick_font);
  }
  Ticks yt = nice_ticks(axes.y.domain_min, axes.y.domain_max, labels.y_ticks);
  if (labels.y_ticks <= 0) yt.values.clear();
  TextStyle y_font = tick_font;
  y_font.anchor = Anchor::end;
  y_font.baseline = "middle";
  for (double v : yt.values) {
    double y = axes.y(v);
    if (labels.grid) svg.line({axes.left, y}, {right, y}, grid);
    svg.line({axes.left - 4, y}, {axes.left, y}, tick);
    svg.text({axes.left - 7, y}, tick_text(v, yt.step), y_font);
  }
  svg.rect(axes.left, axes.top, axes.width, axes.height, Style{"#333333", "", 1});
  if (!labels.x.empty()) svg.text({axes.left + axes.width / 2, bottom + 34}, labels.x, TextStyle{12, Anchor::middle});
  if (!labels.y.empty()) {
    TextStyle t{12, Anchor::middle};
    t.rotate = -90;
    svg.text({axes.left - 42, axes.top + axes.height / 2}, labels.y, t);
  }
  if (!labels.title.empty()) {
    // Centred over the axes; a long title is shortened in the middle rather than clipped by the frame.
    const double centre = axes.left + axes.width / 2;
    const double room = 2 * std::min(centre, svg.width() - centre) - 8;
    const double bold = 1.1;  // text_width measures regular glyphs
    svg.text({centre, axes.top - 10}, fit_text(labels.title, 13 * bold, room),
             TextStyle{13, Anchor::middle, "#000000", true});
  }
  svg.end_group();
}

namespace {
constexpr double kSymbolWidth = 22, kPad = 6;
}  // namespace

LegendSize legend_size(const std::vector<LegendEntry>& entries, double font_size) {
  double widest = 0;
  for (const auto& e : entries) widest = std::max(widest, text_width(e.label, font_size));
  return {kPad * 4 + kSymbolWidth + widest, kPad * 2 + font_size * 1.5 * static_cast<double>(entries.size())};
}

void draw_legend(Svg& svg, Point corner, const std::vector<LegendEntry>& entries, double font_size) {
  LegendSize size = legend_size(entries, font_size);
  svg.begin_group("legend");
  svg.rect(corner.x, corner.y, size.width, size.height, Style{"#999999", "#ffffff", 0.8, 0.9});
  const double row = font_size * 1.5;
  for (std::size_t i = 0; i < entries.size(); ++i) {
    const LegendEntry& e = entries[i];
    double y = corner.y + kPad + row * (static_cast<double>(i) + 0.5);
    double x = corner.x + kPad;
    Style s{e.colour, "", 2, e.opacity};
    switch (e.symbol) {
      case LegendSymbol::line: svg.line({x, y}, {x + kSymbolWidth, y}, s); break;
      case LegendSymbol::box: svg.rect(x + 3, y - font_size * 0.4, kSymbolWidth - 6, font_size * 0.8, Style{"", e.colour, 1, e.opacity}); break;
      case LegendSymbol::marker:
        s.stroke_width = 1.2;
        s.fill = e.hollow ? "" : e.colour;
        if (!e.hollow && e.marker != Marker::cross && e.marker != Marker::plus) s.stroke.clear();
        draw_marker(svg, e.marker, {x + kSymbolWidth / 2, y}, 8, s);
        break;
    }
    TextStyle t{font_size};
    t.baseline = "middle";
    svg.text({x + kSymbolWidth + kPad, y}, e.label, t);
  }
  svg.end_group();
}

}  // namespace imbench::reports::figures
