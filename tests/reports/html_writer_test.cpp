#include <doctest/doctest.h>

#include <cmath>
#include <sstream>

#include "reports/lib/table_writers.hpp"

using namespace imbench::reports;

TEST_CASE("html: caption, a colspan row for groups, marks, escaping of & < > \" and csv_only columns left out") {
  Table t;
  t.caption = "A & B <results>";
  t.columns = {{"Data set", "", "dataset"},
               {"F1", "Test", "test f1", Align::Right, 2, false, true},
               {"MCC", "Test", "test mcc", Align::Right, 2, false, true},
               {"Spec", "", "spec"}};
  t.columns[3].csv_only = true;
  t.add_row({std::string("\"quoted\" <set>"), MeanSd{0.5, 0.25}, MeanSd{-0.125, std::nan("")}, std::string("x")});
  t.add_row({std::string("b&c"), Cell{}, MeanSd{0.75, 0.0}, std::string("y")});
  t.emphasize(0, 1, Emphasis::Bold);
  t.emphasize(1, 2, Emphasis::Underline);
  t.notes = {"p < 0.05"};
  CHECK(html_table(t) ==
        "<table>\n<caption>A &amp; B &lt;results&gt;</caption>\n<thead>\n"
        "<tr><th></th><th colspan=\"2\">Test</th></tr>\n"
        "<tr><th>Data set</th><th style=\"text-align:right\">F1</th><th style=\"text-align:right\">MCC</th></tr>\n"
        "</thead>\n<tbody>\n"
        "<tr><td>&quot;quoted&quot; &lt;set&gt;</td><td style=\"text-align:right\"><strong>0.50 ± 0.25</strong></td>"
        "<td style=\"text-align:right\">&minus;0.12</td></tr>\n"
        "<tr><td>b&amp;c</td><td style=\"text-align:right\">–</td>"
        "<td style=\"text-align:right\"><u>0.75 ± 0.00</u></td></tr>\n"
        "</tbody>\n<tfoot>\n<tr><td colspan=\"3\">p &lt; 0.05</td></tr>\n</tfoot>\n</table>\n");
  CHECK(escape_html("a<b>&\"c\"'") == "a&lt;b&gt;&amp;&quot;c&quot;'");
}

TEST_CASE("marks survive dropping csv_only columns and reach Markdown and LaTeX, not CSV") {
  Table t;
  t.columns = {{"Hidden", "", "hidden"}, {"Value", "", "value", Align::Right, 1}};
  t.columns[0].csv_only = true;
  t.add_row({std::string("h"), 0.25});
  t.add_row({std::string("i"), 0.5});
  t.emphasize(0, 1, Emphasis::Underline);
  t.emphasize(1, 1, Emphasis::Bold);
  Table printed = printed_part(t);
  CHECK(printed.emphasis_of(0, 0) == Emphasis::Underline);
  CHECK(printed.emphasis_of(1, 0) == Emphasis::Bold);
  std::ostringstream md, tex, csv;
  write_markdown(t, md);
  write_latex(t, tex);
  write_csv(t, csv);
  CHECK(md.str() == "|      Value |\n| ---------: |\n| <u>0.2</u> |\n|    **0.5** |\n");
  CHECK(tex.str().find("\\underline{0.2} \\\\\n\\textbf{0.5} \\\\\n") != std::string::npos);
  CHECK(csv.str() == "hidden,value\r\nh,0.25\r\ni,0.5\r\n");
  CHECK_THROWS(t.emphasize(2, 0, Emphasis::Bold));
}
