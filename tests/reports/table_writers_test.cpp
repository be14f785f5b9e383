#include <doctest/doctest.h>

#include <cmath>
#include <limits>
#include <sstream>

#include "core/error.hpp"
#include "reports/lib/table_writers.hpp"

using namespace imbench;
using namespace imbench::reports;

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

// Two text columns, a size, and a grouped pair of metrics; one row with a
// missing value, a single-value summary (sd NaN) and a negative mean.
Table small_table() {
  Table t;
  t.caption = "Toy results";
  t.label = "tab:toy";
  t.columns = {{"Data set", "", "dataset"},
               {"Size", "", "size", Align::Right, 1, true},
               {"F1", "Test", "test f1", Align::Right, 3, false, true},
               {"MCC", "Test", "test mcc", Align::Right, 2, false, true}};
  t.add_row({std::string("ecoli_1"), 336.0, MeanSd{0.91234, 0.0125}, MeanSd{-0.5, 0.25}});
  t.add_row({std::string("a|b"), 12.5, Cell{}, MeanSd{0.75, kNaN}});
  t.notes = {"Means over 5 folds."};
  return t;
}

}  // namespace

TEST_CASE("numbers are rounded for print, whole sizes lose their decimals, no negative zero") {
  CHECK(format_number(0.91256, 3) == "0.913");
  CHECK(format_number(336.0, 1, true) == "336");
  CHECK(format_number(12.5, 1, true) == "12.5");
  CHECK(format_number(-0.0001, 3) == "0.000");
  CHECK(format_number(-0.25, 2) == "-0.25");
  CHECK(format_number(kNaN, 3) == "nan");
}

TEST_CASE("a row whose width differs from the header is an error naming the row") {
  Table t = small_table();
  CHECK_THROWS_WITH_AS(t.add_row({std::string("x")}), doctest::Contains("row 3 has 1 cells but the header has 4"),
                       Error);
}

TEST_CASE("markdown: padded pipe table, grouped headings, mean ± sd, escaped pipes") {
  std::ostringstream out;
  write_markdown(small_table(), out);
  CHECK(out.str() ==
        "**Toy results**\n\n"
        "| Data set | Size |       Test F1 |     Test MCC |\n"
        "| :------- | ---: | ------------: | -----------: |\n"
        "| ecoli_1  |  336 | 0.912 ± 0.013 | -0.50 ± 0.25 |\n"
        "| a\\|b     | 12.5 |             – |         0.75 |\n"
        "\nMeans over 5 folds.\n");
}

TEST_CASE("latex: booktabs rules, a cmidrule under each column group, escaping and $\\pm$") {
  std::ostringstream out;
  write_latex(small_table(), out);
  CHECK(out.str() ==
        "\\begin{table}[htbp]\n\\centering\n\\caption{Toy results}\n\\label{tab:toy}\n"
        "\\begin{tabular}{lrrr}\n\\toprule\n"
        " &  & \\multicolumn{2}{c}{Test} \\\\\n\\cmidrule(lr){3-4}\n"
        "Data set & Size & F1 & MCC \\\\\n\\midrule\n"
        "ecoli\\_1 & 336 & 0.912 $\\pm$ 0.013 & $-$0.50 $\\pm$ 0.25 \\\\\n"
        "a|b & 12.5 & -- & 0.75 \\\\\n"
        "\\bottomrule\n\\end{tabular}\n"
        "\\par\\smallskip{\\footnotesize Means over 5 folds.\\par}\n"
        "\\end{table}\n");
}

TEST_CASE("latex documents: fragments name their package, standalone ones compile on their own") {
  std::ostringstream fragment, standalone;
  write_latex_document({small_table(), small_table()}, fragment, false);
  write_latex_document({small_table()}, standalone, true);
  CHECK(fragment.str().rfind("% Needs \\usepackage{booktabs}", 0) == 0);
  CHECK(fragment.str().find("\\documentclass") == std::string::npos);
  std::string text = standalone.str();
  CHECK(text.rfind("\\documentclass{article}\n", 0) == 0);
  CHECK(text.find("\\usepackage{booktabs}") != std::string::npos);
  CHECK(text.find("\\usepackage{graphicx}") != std::string::npos);
  CHECK(text.find("\\resizebox{\\linewidth}{!}{%\n\\begin{tabular}") != std::string::npos);
  CHECK(text.find("\\end{tabular}}\n") != std::string::npos);
  CHECK(fragment.str().find("resizebox") == std::string::npos);
  CHECK(text.find("\\begin{document}") < text.find("\\toprule"));
  CHECK(text.find("\\toprule") < text.find("\\midrule"));
  CHECK(text.find("\\midrule") < text.find("\\bottomrule"));
  CHECK(text.size() - text.rfind("\\end{document}\n") == std::string("\\end{document}\n").size());
}

TEST_CASE("latex escaping covers every special character") {
  CHECK(escape_latex("a_b 50% & $x$ #1 {y} ~ ^ \\") ==
        "a\\_b 50\\% \\& \\$x\\$ \\#1 \\{y\\} \\textasciitilde{} \\textasciicircum{} \\textbackslash{}");
  CHECK(escape_latex("0.5 ± 0.1 – x") == "0.5 $\\pm$ 0.1 -- x");
  CHECK(escape_latex("line\nbreak") == "line break");
}

TEST_CASE("csv: RFC 4180 quoting") {
  CHECK(quote_csv("plain") == "plain");
  CHECK(quote_csv("") == "");
  CHECK(quote_csv("a,b") == "\"a,b\"");
  CHECK(quote_csv("say \"hi\"") == "\"say \"\"hi\"\"\"");
  CHECK(quote_csv("two\nlines") == "\"two\nlines\"");
  CHECK(quote_csv("cr\r") == "\"cr\r\"");
}

TEST_CASE("csv: a mean ± sd column becomes two full-precision columns, missing values are empty") {
  Table t = small_table();
  t.add_row({std::string("smote:k=5,ratio=1"), 7.0, MeanSd{0.1, 0.2}, MeanSd{1.0 / 3.0, 0.0}});
  std::ostringstream out;
  write_csv(t, out);
  CHECK(out.str() ==
        "dataset,size,test f1 mean,test f1 sd,test mcc mean,test mcc sd\r\n"
        "ecoli_1,336,0.91234,0.0125,-0.5,0.25\r\n"
        "a|b,12.5,,,0.75,\r\n"
        "\"smote:k=5,ratio=1\",7,0.1,0.2,0.3333333333333333,0\r\n");
}

TEST_CASE("csv refuses a mean ± sd value in a column not declared for it") {
  Table t;
  t.columns.resize(1);
  t.columns[0].header = "x";
  t.add_row({MeanSd{1, 2}});
  std::ostringstream out;
  CHECK_THROWS_WITH_AS(write_csv(t, out), doctest::Contains("column 'x' is not declared mean_sd but row 1"), Error);
}

TEST_CASE("csv-only columns are in the CSV and nowhere else") {
  Table t;
  t.columns = {{"Name", "", "name"}, {"Spec", "", "spec"}};
  t.columns[1].csv_only = true;
  t.add_row({std::string("smote"), std::string("smote:k_neighbors=5,sampling_strategy=auto")});
  std::ostringstream md, tex, csv;
  write_markdown(t, md);
  write_latex(t, tex);
  write_csv(t, csv);
  CHECK(md.str() == "| Name  |\n| :---- |\n| smote |\n");
  CHECK(tex.str().find("\\begin{tabular}{l}\n\\toprule\nName \\\\\n\\midrule\nsmote \\\\\n") != std::string::npos);
  CHECK(csv.str() == "name,spec\r\nsmote,\"smote:k_neighbors=5,sampling_strategy=auto\"\r\n");
}
