#include <doctest/doctest.h>

#include <string>

#include "reports/lib/html_page.hpp"
#include "reports/lib/table_writers.hpp"

using namespace imbench::reports;

namespace {

std::size_t count(const std::string& text, const std::string& what) {
  std::size_t n = 0;
  for (auto at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
  return n;
}

}  // namespace

TEST_CASE("html_page: one self-contained document with contents, sections and escaped text") {
  Table table;
  table.caption = "Scores";
  table.columns = {Column{"pipeline"}, Column{"F1"}};
  table.add_row({std::string("smote & rf"), 0.5});
  const std::string svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\"></svg>";
  const std::string page = html_page("Study <1>", "store a.db", {
      HtmlSection{"Results", "Mean over folds < 5", {html_table(table)}},
      HtmlSection{"Figures", "", {html_figure(svg, "CD diagram & more"), html_preformatted("\\newcommand{\\x}{<y>}")}},
  });
  CHECK(page.rfind("<!DOCTYPE html>", 0) == 0);
  CHECK(page.find("<title>Study &lt;1&gt;</title>") != std::string::npos);
  CHECK(page.find("<a href=\"#s1\">Results</a>") != std::string::npos);
  CHECK(page.find("<section id=\"s2\">") != std::string::npos);
  CHECK(page.find("Mean over folds &lt; 5") != std::string::npos);
  CHECK(page.find("smote &amp; rf") != std::string::npos);
  CHECK(page.find("<div class=\"table-scroll\">\n<table") != std::string::npos);
  CHECK(page.find("<figcaption>CD diagram &amp; more</figcaption>") != std::string::npos);
  CHECK(page.find("{&lt;y&gt;}") != std::string::npos);
  // Self-contained: the stylesheet is inline and nothing is fetched.
  CHECK(page.find("<style>") != std::string::npos);
  CHECK(page.find("<link") == std::string::npos);
  CHECK(page.find("src=") == std::string::npos);
  for (const char* tag : {"section", "figure", "table", "div", "nav", "ol", "pre"})
    CHECK(count(page, std::string("<") + tag) == count(page, std::string("</") + tag + ">"));
}
