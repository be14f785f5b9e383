// Writers for reports::Table. Each takes the whole table and a stream, so a
// new format (HTML, ...) is one more function beside these.
#pragma once

#include <ostream>

#include "reports/lib/table.hpp"

namespace imbench::reports {

// GitHub-flavoured pipe table, columns padded to equal width, "mean ± sd".
// Grouped columns get "Group header" as their heading. The caption is a bold
// line above, the notes plain lines below.
void write_markdown(const Table& table, std::ostream& out);

struct LatexOptions {
  bool standalone = false;  // a whole compilable document rather than a table environment
};

// booktabs tabular inside a table environment: \toprule, a \multicolumn row
// with \cmidrule for column groups, \midrule, \bottomrule. Text is escaped;
// "mean ± sd" is written as "mean $\pm$ sd".
void write_latex(const Table& table, std::ostream& out, const LatexOptions& options = {});

// RFC 4180: CRLF line ends, fields quoted when they hold a comma, quote, CR or
// LF, quotes doubled. A MeanSd column becomes two columns, "<key> mean" and
// "<key> sd"; numbers are written in full (shortest round-trip), empty for
// missing values. Caption and notes are not written.
void write_csv(const Table& table, std::ostream& out);

// The pieces the writers share, exposed for tests.
std::string escape_latex(const std::string& text);
std::string quote_csv(const std::string& field);

}  // namespace imbench::reports
