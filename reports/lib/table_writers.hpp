// Writers for reports::Table. Each takes the whole table and a stream, so a
// new format (HTML, ...) is one more function beside these.
#pragma once

#include <ostream>
#include <vector>

#include "reports/lib/table.hpp"

namespace imbench::reports {

// Markdown and LaTeX leave out csv_only columns.
//
// GitHub-flavoured pipe table, columns padded to equal width, "mean ± sd".
// Grouped columns get "Group header" as their heading. The caption is a bold
// line above, the notes plain lines below.
void write_markdown(const Table& table, std::ostream& out);

// A booktabs tabular inside a table environment: \toprule, a \multicolumn row
// with \cmidrule for column groups, \midrule, \bottomrule. Text is escaped;
// "mean ± sd" is written as "mean $\pm$ sd", negative numbers with a real minus.
// `fit_width` scales the tabular to the line width (\resizebox, graphicx).
void write_latex(const Table& table, std::ostream& out, bool fit_width = false);

// Several tables in one file: either fragments to \input (a comment names the
// packages they need) or, when `standalone`, a whole article that compiles
// with pdflatex as is, each table scaled to the landscape page's width.
void write_latex_document(const std::vector<Table>& tables, std::ostream& out, bool standalone);

// RFC 4180: CRLF line ends, fields quoted when they hold a comma, quote, CR or
// LF, quotes doubled. A MeanSd column becomes two columns, "<key> mean" and
// "<key> sd"; numbers are written in full (shortest round-trip), empty for
// missing values. Caption and notes are not written.
void write_csv(const Table& table, std::ostream& out);

// An HTML <table> fragment for a page that supplies its own styling: <caption>,
// a <thead> with a colspan row for column groups, <tbody>, and the notes in a
// <tfoot>. Bold and underlined cells become <strong> and <u>; & < > " are
// escaped. Numbers are rounded as in Markdown; csv_only columns are left out.
std::string html_table(const Table& table);
void write_html(const std::vector<Table>& tables, std::ostream& out);  // the fragments, one after the other

// The pieces the writers share, exposed for tests.
std::string escape_latex(const std::string& text);
std::string quote_csv(const std::string& field);
std::string escape_html(const std::string& text);

}  // namespace imbench::reports
