// HTML table fragments, for a report page that gathers tables and figures.
#include <sstream>

#include "reports/lib/markup_escape.hpp"
#include "reports/lib/table_writers.hpp"

namespace imbench::reports {
namespace {

// A typeset minus, as the LaTeX tables have.
std::string html_number(const std::string& number) {
  return !number.empty() && number[0] == '-' ? "&minus;" + number.substr(1) : number;
}

std::string emphasized(const std::string& text, Emphasis mark) {
  if (mark == Emphasis::Bold) return "<strong>" + text + "</strong>";
  if (mark == Emphasis::Underline) return "<u>" + text + "</u>";
  return text;
}

const char* align_attribute(Align align) {
  return align == Align::Right ? " style=\"text-align:right\"" : align == Align::Center ? " style=\"text-align:center\"" : "";
}

// The row of column groups, when any column has one: a colspan per run of neighbours.
void write_group_row(const Table& table, std::ostream& out) {
  bool any = false;
  for (const auto& column : table.columns) any = any || !column.group.empty();
  if (!any) return;
  out << "<tr>";
  const std::size_t n = table.columns.size();
  for (std::size_t start = 0; start < n;) {
    std::size_t end = start + 1;
    const std::string& group = table.columns[start].group;
    while (!group.empty() && end < n && table.columns[end].group == group) ++end;
    out << "<th";
    if (end - start > 1) out << " colspan=\"" << end - start << "\"";
    out << ">" << escape_html(group) << "</th>";
    start = end;
  }
  out << "</tr>\n";
}

}  // namespace

std::string escape_html(const std::string& text) { return escape_markup(text, false); }

std::string html_table(const Table& full) {
  const Table table = printed_part(full);
  const PrintStyle style{" ± ", "–", escape_html, html_number};
  std::ostringstream out;
  out << "<table>\n";
  if (!table.caption.empty()) out << "<caption>" << escape_html(table.caption) << "</caption>\n";
  out << "<thead>\n";
  write_group_row(table, out);
  out << "<tr>";
  for (const auto& column : table.columns)
    out << "<th" << align_attribute(column.align) << ">" << escape_html(column.header) << "</th>";
  out << "</tr>\n</thead>\n<tbody>\n";
  for (std::size_t r = 0; r < table.rows.size(); ++r) {
    out << "<tr>";
    for (std::size_t c = 0; c < table.columns.size(); ++c)
      out << "<td" << align_attribute(table.columns[c].align) << ">"
          << emphasized(printed_cell(table.rows[r][c], table.columns[c], style), table.emphasis_of(r, c)) << "</td>";
    out << "</tr>\n";
  }
  out << "</tbody>\n";
  if (!table.notes.empty()) {
    out << "<tfoot>\n";
    for (const auto& note : table.notes)
      out << "<tr><td colspan=\"" << table.columns.size() << "\">" << escape_html(note) << "</td></tr>\n";
    out << "</tfoot>\n";
  }
  out << "</table>\n";
  return out.str();
}

void write_html(const std::vector<Table>& tables, std::ostream& out) {
  for (std::size_t i = 0; i < tables.size(); ++i) out << (i ? "\n" : "") << html_table(tables[i]);
}

}  // namespace imbench::reports
