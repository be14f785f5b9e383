// A small SVG 1.1 writer: shapes, text and groups with deterministic number
// formatting (fixed decimals), so the same figure always gives the same bytes.
#pragma once

#include <string>
#include <utility>
#include <vector>

namespace imbench::reports::figures {

struct Point {
  double x = 0, y = 0;
};

// Paint of a shape. Empty colours mean "none". (A constructor rather than an
// aggregate, so short brace lists leave the rest at their defaults quietly.)
struct Style {
  std::string stroke;
  std::string fill;
  double stroke_width = 1;
  double opacity = 1;      // applies to stroke and fill
  std::string dasharray;   // e.g. "4 2"
  std::string css_class;   // class attribute, lets tests and stylesheets find elements

  Style(std::string stroke_ = "", std::string fill_ = "", double stroke_width_ = 1, double opacity_ = 1,
        std::string dasharray_ = "", std::string css_class_ = "")
      : stroke(std::move(stroke_)), fill(std::move(fill_)), stroke_width(stroke_width_), opacity(opacity_),
        dasharray(std::move(dasharray_)), css_class(std::move(css_class_)) {}
};

enum class Anchor { start, middle, end };

struct TextStyle {
  double size = 12;
  Anchor anchor = Anchor::start;
  std::string fill = "#000000";
  bool bold = false;
  double rotate = 0;      // degrees, about the text's anchor point
  std::string baseline;   // "middle" centres the text vertically on y

  TextStyle(double size_ = 12, Anchor anchor_ = Anchor::start, std::string fill_ = "#000000", bool bold_ = false,
            double rotate_ = 0, std::string baseline_ = "")
      : size(size_), anchor(anchor_), fill(std::move(fill_)), bold(bold_), rotate(rotate_),
        baseline(std::move(baseline_)) {}
};

// XML text with & < > " ' escaped.
std::string escape_xml(const std::string& text);

// Fixed two decimals with trailing zeros dropped ("12.5", "3", "-0.25");
// never "-0".
std::string svg_number(double value);

// Rough width of `text` in a sans-serif font of `size`, for layout (no font
// metrics are available; average glyph widths of DejaVu Sans / Helvetica).
double text_width(const std::string& text, double size);

// The text, shortened in the middle with "..." until text_width(text, size)
// fits max_width, so both its start and its end stay readable.
std::string fit_text(const std::string& text, double size, double max_width);

class Svg {
 public:
  Svg(double width, double height);

  void line(Point a, Point b, const Style& style);
  void polyline(const std::vector<Point>& points, const Style& style);
  void polygon(const std::vector<Point>& points, const Style& style);
  void rect(double x, double y, double width, double height, const Style& style);
  void circle(Point centre, double radius, const Style& style);
  void text(Point at, const std::string& text, const TextStyle& style);
  // A tooltip for the element opened last with begin_group (shown by browsers).
  void title(const std::string& text);

  // Groups nest; css_class may be empty.
  void begin_group(const std::string& css_class = "");
  void end_group();

  double width() const { return width_; }
  double height() const { return height_; }

  // The whole document; throws imbench::Error if a group is still open.
  std::string str() const;
  // The <svg> element alone, without the XML declaration: for inlining in HTML.
  std::string element() const;
  // Writes str() to `path`, creating missing folders; Error names the path.
  void save(const std::string& path) const;

 private:
  void open_element(const char* name, const Style& style);
  double width_, height_;
  std::string body_;
  int depth_ = 0;
};

}  // namespace imbench::reports::figures
