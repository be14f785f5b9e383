// LaTeX booktabs tables.
#include <string_view>

#include "reports/lib/table_writers.hpp"

namespace imbench::reports {
namespace {

// A typeset minus rather than a hyphen for negative numbers.
std::string latex_number(const std::string& number) {
  return !number.empty() && number[0] == '-' ? "$-$" + number.substr(1) : number;
}

std::string emphasized(const std::string& text, Emphasis mark) {
  if (mark == Emphasis::Bold) return "\\textbf{" + text + "}";
  if (mark == Emphasis::Underline) return "\\underline{" + text + "}";
  return text;
}

char column_letter(Align align) { return align == Align::Right ? 'r' : align == Align::Center ? 'c' : 'l'; }

// The row above the headings: one \multicolumn per run of neighbours sharing a
// group, and the \cmidrule lines under them. Empty when no column has a group.
void write_group_row(const Table& table, std::ostream& out) {
  bool any = false;
  for (const auto& column : table.columns) any = any || !column.group.empty();
  if (!any) return;
  std::string cells, rules;
  const std::size_t n = table.columns.size();
  for (std::size_t start = 0; start < n;) {
    std::size_t end = start + 1;
    const std::string& group = table.columns[start].group;
    while (!group.empty() && end < n && table.columns[end].group == group) ++end;
    if (start) cells += " & ";
    if (!group.empty()) {
      cells.append("\\multicolumn{").append(std::to_string(end - start)).append("}{c}{");
      cells.append(escape_latex(group)).append("}");
      if (!rules.empty()) rules += ' ';
      rules.append("\\cmidrule(lr){").append(std::to_string(start + 1)).append("-");
      rules.append(std::to_string(end)).append("}");
    }
    start = end;
  }
  out << cells << " \\\\\n" << rules << "\n";
}

void write_row(std::ostream& out, const std::vector<std::string>& cells) {
  for (std::size_t c = 0; c < cells.size(); ++c) out << (c ? " & " : "") << cells[c];
  out << " \\\\\n";
}

}  // namespace

std::string escape_latex(const std::string& text) {
  std::string out;
  for (char c : text) {
    switch (c) {
      case '\\': out += "\\textbackslash{}"; break;
      case '~': out += "\\textasciitilde{}"; break;
      case '^': out += "\\textasciicircum{}"; break;
      case '&': case '%': case '$': case '#': case '_': case '{': case '}':
        out += '\\';
        out += c;
        break;
      case '\n': case '\r': out += ' '; break;
      default: out += c;
    }
  }
  // UTF-8 symbols that plain pdflatex would reject.
  using Swap = std::pair<std::string_view, std::string_view>;
  for (auto [from, to] : {Swap{"±", "$\\pm$"}, Swap{"–", "--"}, Swap{"—", "---"}}) {
    for (auto at = out.find(from); at != std::string::npos; at = out.find(from, at + to.size()))
      out.replace(at, from.size(), to);
  }
  return out;
}

void write_latex(const Table& full, std::ostream& out, bool fit_width) {
  const Table table = printed_part(full);
  const PrintStyle style{" $\\pm$ ", "--", escape_latex, latex_number};
  out << "\\begin{table}[htbp]\n\\centering\n";
  if (!table.caption.empty()) out << "\\caption{" << escape_latex(table.caption) << "}\n";
  if (!table.label.empty()) out << "\\label{" << table.label << "}\n";
  if (fit_width) out << "\\resizebox{\\linewidth}{!}{%\n";
  out << "\\begin{tabular}{";
  for (const auto& column : table.columns) out << column_letter(column.align);
  out << "}\n\\toprule\n";
  write_group_row(table, out);
  std::vector<std::string> cells;
  for (const auto& column : table.columns) cells.push_back(escape_latex(column.header));
  write_row(out, cells);
  out << "\\midrule\n";
  for (std::size_t r = 0; r < table.rows.size(); ++r) {
    cells.clear();
    for (std::size_t c = 0; c < table.rows[r].size(); ++c)
      cells.push_back(emphasized(printed_cell(table.rows[r][c], table.columns[c], style), table.emphasis_of(r, c)));
    write_row(out, cells);
  }
  out << "\\bottomrule\n\\end{tabular}" << (fit_width ? "}" : "") << "\n";
  for (const auto& note : table.notes) out << "\\par\\smallskip{\\footnotesize " << escape_latex(note) << "\\par}\n";
  out << "\\end{table}\n";
}

void write_latex_document(const std::vector<Table>& tables, std::ostream& out, bool standalone) {
  if (standalone) {
    out << "\\documentclass{article}\n"
        << "\\usepackage[T1]{fontenc}\n\\usepackage[utf8]{inputenc}\n"
        << "\\usepackage{booktabs}\n\\usepackage{graphicx}\n"
        << "\\usepackage[landscape,margin=1.5cm]{geometry}\n"
        << "\\begin{document}\n";
  } else {
    out << "% Needs \\usepackage{booktabs} in the preamble.\n";
  }
  for (std::size_t i = 0; i < tables.size(); ++i) {
    if (i) out << "\n";
    write_latex(tables[i], out, standalone);
  }
  if (standalone) out << "\\end{document}\n";
}

}  // namespace imbench::reports
