#include "reports/lib/figures/svg.hpp"

#include <cmath>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>

#include "core/error.hpp"
#include "reports/lib/markup_escape.hpp"

namespace imbench::reports::figures {

std::string escape_xml(const std::string& text) { return escape_markup(text, true); }

std::string svg_number(double value) {
  if (!std::isfinite(value)) throw Error("SVG coordinate is not finite (" + std::to_string(value) + ")");
  char buffer[48];
  std::snprintf(buffer, sizeof buffer, "%.2f", value);
  std::string text = buffer;
  while (text.back() == '0') text.pop_back();
  if (text.back() == '.') text.pop_back();
  if (text == "-0") text = "0";
  return text;
}

double text_width(const std::string& text, double size) {
  // Advance widths of DejaVu Sans (what rsvg-convert and most Linux browsers
  // pick for the font list below), in em; other fonts are narrower.
  static const double lower[26] = {0.613, 0.635, 0.55,  0.635, 0.615, 0.352, 0.635, 0.634, 0.278,
                                   0.278, 0.579, 0.278, 0.974, 0.634, 0.612, 0.635, 0.635, 0.411,
                                   0.521, 0.392, 0.634, 0.592, 0.818, 0.592, 0.592, 0.525};
  double em = 0;
  for (unsigned char c : text) {
    if (c >= 0x80 && (c & 0xC0) == 0x80) continue;  // UTF-8 continuation byte: same glyph
    if (c >= 'a' && c <= 'z') em += lower[c - 'a'];
    else if (c >= '0' && c <= '9') em += 0.636;
    else if (std::strchr("MW@%", c)) em += 0.92;
    else if (c >= 'A' && c <= 'Z') em += c == 'I' || c == 'J' ? 0.3 : 0.7;
    else if (std::strchr(" .,:;'!|", c)) em += 0.32;
    else if (std::strchr("()[]{}-", c)) em += 0.39;
    else if (std::strchr("=+<>~^", c)) em += 0.838;
    else em += 0.62;
  }
  return em * size;
}

std::string fit_text(const std::string& text, double size, double max_width) {
  if (text_width(text, size) <= max_width) return text;
  // Drop characters from the middle; UTF-8 continuation bytes go with their lead byte.
  std::string head = text.substr(0, text.size() / 2), tail = text.substr(text.size() / 2);
  auto pop_back_char = [](std::string& s) {
    while (!s.empty() && (static_cast<unsigned char>(s.back()) & 0xC0) == 0x80) s.pop_back();
    if (!s.empty()) s.pop_back();
  };
  auto pop_front_char = [](std::string& s) {
    if (s.empty()) return;
    std::size_t n = 1;
    while (n < s.size() && (static_cast<unsigned char>(s[n]) & 0xC0) == 0x80) ++n;
    s.erase(0, n);
  };
  while (!(head.empty() && tail.empty()) && text_width(head + "..." + tail, size) > max_width) {
    if (head.size() >= tail.size()) pop_back_char(head);
    else pop_front_char(tail);
  }
  return head + "..." + tail;
}

Svg::Svg(double width, double height) : width_(width), height_(height) {}

void Svg::open_element(const char* name, const Style& style) {
  body_ += std::string(static_cast<std::size_t>(depth_ + 1) * 2, ' ') + "<" + name;
  if (!style.css_class.empty()) body_ += " class=\"" + escape_xml(style.css_class) + "\"";
  body_ += " stroke=\"" + (style.stroke.empty() ? std::string("none") : style.stroke) + "\"";
  if (!style.stroke.empty()) body_ += " stroke-width=\"" + svg_number(style.stroke_width) + "\"";
  body_ += " fill=\"" + (style.fill.empty() ? std::string("none") : style.fill) + "\"";
  if (style.opacity < 1) body_ += " opacity=\"" + svg_number(style.opacity) + "\"";
  if (!style.dasharray.empty()) body_ += " stroke-dasharray=\"" + style.dasharray + "\"";
}

void Svg::line(Point a, Point b, const Style& style) {
  open_element("line", style);
  body_ += " x1=\"" + svg_number(a.x) + "\" y1=\"" + svg_number(a.y) + "\" x2=\"" + svg_number(b.x) + "\" y2=\"" +
           svg_number(b.y) + "\"/>\n";
}

namespace {
std::string points_text(const std::vector<Point>& points) {
  std::string text;
  for (const Point& p : points) text += (text.empty() ? "" : " ") + svg_number(p.x) + "," + svg_number(p.y);
  return text;
}
}  // namespace

void Svg::polyline(const std::vector<Point>& points, const Style& style) {
  open_element("polyline", style);
  body_ += " stroke-linejoin=\"round\" points=\"" + points_text(points) + "\"/>\n";
}

void Svg::polygon(const std::vector<Point>& points, const Style& style) {
  open_element("polygon", style);
  body_ += " points=\"" + points_text(points) + "\"/>\n";
}

void Svg::rect(double x, double y, double width, double height, const Style& style) {
  open_element("rect", style);
  body_ += " x=\"" + svg_number(x) + "\" y=\"" + svg_number(y) + "\" width=\"" + svg_number(width) + "\" height=\"" +
           svg_number(height) + "\"/>\n";
}

void Svg::circle(Point centre, double radius, const Style& style) {
  open_element("circle", style);
  body_ += " cx=\"" + svg_number(centre.x) + "\" cy=\"" + svg_number(centre.y) + "\" r=\"" + svg_number(radius) +
           "\"/>\n";
}

void Svg::text(Point at, const std::string& text, const TextStyle& style) {
  static const char* anchors[] = {"start", "middle", "end"};
  body_ += std::string(static_cast<std::size_t>(depth_ + 1) * 2, ' ') + "<text x=\"" + svg_number(at.x) + "\" y=\"" +
           svg_number(at.y) + "\" font-size=\"" + svg_number(style.size) + "\" text-anchor=\"" +
           anchors[static_cast<int>(style.anchor)] + "\" fill=\"" + style.fill + "\"";
  if (style.bold) body_ += " font-weight=\"bold\"";
  if (!style.baseline.empty()) body_ += " dominant-baseline=\"" + style.baseline + "\"";
  if (style.rotate != 0)
    body_ += " transform=\"rotate(" + svg_number(style.rotate) + " " + svg_number(at.x) + " " + svg_number(at.y) + ")\"";
  body_ += ">" + escape_xml(text) + "</text>\n";
}

void Svg::title(const std::string& text) {
  body_ += std::string(static_cast<std::size_t>(depth_ + 1) * 2, ' ') + "<title>" + escape_xml(text) + "</title>\n";
}

void Svg::begin_group(const std::string& css_class) {
  body_ += std::string(static_cast<std::size_t>(depth_ + 1) * 2, ' ') + "<g";
  if (!css_class.empty()) body_ += " class=\"" + escape_xml(css_class) + "\"";
  body_ += ">\n";
  ++depth_;
}

void Svg::end_group() {
  if (depth_ == 0) throw Error("SVG: end_group without begin_group");
  --depth_;
  body_ += std::string(static_cast<std::size_t>(depth_ + 1) * 2, ' ') + "</g>\n";
}

std::string Svg::str() const { return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + element(); }

std::string Svg::element() const {
  if (depth_ != 0) throw Error("SVG: " + std::to_string(depth_) + " group(s) left open");
  const std::string w = svg_number(width_), h = svg_number(height_);
  return "<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"" +
         w + "\" height=\"" + h + "\" viewBox=\"0 0 " + w + " " + h +
         "\" font-family=\"DejaVu Sans, Helvetica, Arial, sans-serif\">\n  <rect x=\"0\" y=\"0\" width=\"" + w +
         "\" height=\"" + h + "\" fill=\"#ffffff\"/>\n" + body_ + "</svg>\n";
}

void Svg::save(const std::string& path) const {
  std::filesystem::path parent = std::filesystem::path(path).parent_path();
  std::error_code ec;
  if (!parent.empty()) std::filesystem::create_directories(parent, ec);
  std::ofstream out(path, std::ios::binary);
  out << str();
  if (!out) throw Error("cannot write figure '" + path + "'");
}

}  // namespace imbench::reports::figures
