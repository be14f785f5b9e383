#include <doctest/doctest.h>

#include "core/error.hpp"
#include "reports/lib/figures/plot.hpp"
#include "tests/reports/figures/svg_check.hpp"

using namespace imbench;
using namespace imbench::reports::figures;

TEST_CASE("SVG numbers have at most two decimals, no trailing zeros and no negative zero") {
  CHECK(svg_number(12.5) == "12.5");
  CHECK(svg_number(3) == "3");
  CHECK(svg_number(-0.25) == "-0.25");
  CHECK(svg_number(-0.001) == "0");
  CHECK(svg_number(1.0 / 3) == "0.33");
  CHECK(svg_number(199.999) == "200");
  CHECK_THROWS_AS(svg_number(std::nan("")), Error);
}

TEST_CASE("text is escaped and the document is well-formed with a viewBox") {
  CHECK(escape_xml("a<b & \"c\" 'd'>") == "a&lt;b &amp; &quot;c&quot; &apos;d&apos;&gt;");
  Svg svg(200, 100);
  svg.begin_group("marks");
  svg.line({0, 0}, {10, 10}, Style{"#000000", "", 1, 1, "", "mark"});
  svg.polyline({{0, 0}, {5, 5}, {10, 0}}, Style{"#0072B2", "", 2, 0.5, "4 2", "mark"});
  svg.rect(1, 2, 3, 4, Style{"", "#D55E00"});
  svg.circle({50, 50}, 3, Style{"", "#009E73", 1, 1, "", "dot"});
  svg.text({10, 90}, "<smote> & \"friends\"", TextStyle{12, Anchor::end, "#000000", true, -90, "middle"});
  svg.end_group();
  std::map<std::string, int> classes = testing::svg_classes(svg);
  CHECK(classes["marks"] == 1);
  CHECK(classes["mark"] == 2);
  CHECK(classes["dot"] == 1);
  CHECK(svg.str().find("viewBox=\"0 0 200 100\"") != std::string::npos);
  CHECK(svg.str() == svg.str());
}

TEST_CASE("an open group is an error, not a broken file") {
  Svg svg(10, 10);
  svg.begin_group();
  CHECK_THROWS_AS(svg.str(), Error);
  svg.end_group();
  CHECK_THROWS_AS(svg.end_group(), Error);
}

TEST_CASE("nice ticks step by 1, 2 or 5 times a power of ten and stay inside the range") {
  Ticks t = nice_ticks(0, 1, 6);
  CHECK(t.step == doctest::Approx(0.2));
  REQUIRE(t.values.size() == 6);
  CHECK(t.values.front() == 0);
  CHECK(t.values.back() == doctest::Approx(1));
  CHECK(tick_text(t.values[3], t.step) == "0.6");
  Ticks u = nice_ticks(-3.7, 18.2, 5);
  CHECK(u.step == 5);
  CHECK(u.values == std::vector<double>{0, 5, 10, 15});
  CHECK(tick_text(-0.0, 1) == "0");
  double lo = 0.13, hi = 0.87;  // step 0.2
  widen_to_ticks(lo, hi, 6);
  CHECK(lo == 0);
  CHECK(hi == doctest::Approx(1));
  lo = -3.7, hi = 18.2;  // step 5
  widen_to_ticks(lo, hi, 5);
  CHECK(lo == -5);
  CHECK(hi == 20);
}

TEST_CASE("linear scales map the domain onto the range; y axes grow upward") {
  Axes a = make_axes(50, 20, 300, 200, 0, 10, -1, 1);
  CHECK(a.x(0) == 50);
  CHECK(a.x(10) == 350);
  CHECK(a.y(-1) == 220);
  CHECK(a.y(1) == 20);
  CHECK(LinearScale{2, 2, 0, 10}(2) == 5);
}

TEST_CASE("the palette starts with distinct Okabe-Ito colours and cycles") {
  CHECK(palette_colour(0) == "#0072B2");
  CHECK(palette_colour(0) != palette_colour(1));
  CHECK(palette_colour(8) == palette_colour(0));
  CHECK(palette_marker(6) == palette_marker(0));
  Svg svg(100, 40);
  for (std::size_t i = 0; i < 6; ++i) draw_marker(svg, palette_marker(i), {10.0 + 15 * i, 20}, 8, Style{"", palette_colour(i), 1, 1, "", "m"});
  draw_legend(svg, {0, 0}, {{"a line", "#000000"}, {"a marker", "#D55E00", LegendSymbol::marker, Marker::cross}});
  CHECK(testing::svg_classes(svg)["m"] == 6);
}

TEST_CASE("fit_text shortens a long text in the middle until it fits") {
  const std::string name = "make_classification:n_features=10,n_informative=5,n_samples=10000,weights=0.99";
  CHECK(fit_text("ROC curves: ecoli", 13, 400) == "ROC curves: ecoli");
  const std::string fitted = fit_text(name, 13, 200);
  CHECK(text_width(fitted, 13) <= 200);
  CHECK(fitted.find("...") != std::string::npos);
  CHECK(fitted.rfind("make_", 0) == 0);                                      // the start stays
  CHECK(fitted.substr(fitted.size() - 4) == name.substr(name.size() - 4));  // and so does the end
  CHECK(fit_text("±±±±±±±±±±", 13, 30).find("...") != std::string::npos);   // multi-byte characters stay whole
}
