// Markdown pipe tables, padded so the raw text reads as a table too.
#include <algorithm>

#include "reports/lib/table_writers.hpp"

namespace imbench::reports {
namespace {

// A pipe would end the cell; a line break would end the table.
std::string escape_markdown(const std::string& text) {
  std::string out;
  for (char c : text) {
    if (c == '|') out += "\\|";
    else if (c == '\n' || c == '\r') out += ' ';
    else out += c;
  }
  return out;
}

std::string unchanged(const std::string& text) { return text; }

// Markdown has no underline; GitHub and pandoc render the HTML tag.
std::string emphasized(const std::string& text, Emphasis mark) {
  if (mark == Emphasis::Bold) return "**" + text + "**";
  if (mark == Emphasis::Underline) return "<u>" + text + "</u>";
  return text;
}

// Display width in code points, so "±" counts once.
std::size_t width_of(const std::string& text) {
  return static_cast<std::size_t>(
      std::count_if(text.begin(), text.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}

std::string padded(const std::string& text, std::size_t width, Align align) {
  std::size_t gap = width - std::min(width, width_of(text));
  if (align == Align::Right) return std::string(gap, ' ') + text;
  if (align == Align::Center) return std::string(gap / 2, ' ') + text + std::string(gap - gap / 2, ' ');
  return text + std::string(gap, ' ');
}

std::string rule(std::size_t width, Align align) {
  std::string dashes(width, '-');
  if (align != Align::Right) dashes[0] = ':';
  if (align != Align::Left) dashes.back() = ':';
  return dashes;
}

void write_line(std::ostream& out, const std::vector<std::string>& cells) {
  out << "|";
  for (const auto& cell : cells) out << " " << cell << " |";
  out << "\n";
}

}  // namespace

void write_markdown(const Table& full, std::ostream& out) {
  const Table table = printed_part(full);
  const PrintStyle style{" ± ", "–", escape_markdown, unchanged};
  const std::size_t n = table.columns.size();
  std::vector<std::string> header(n);
  std::vector<std::size_t> widths(n, 3);  // the alignment rule needs at least ":-:"
  for (std::size_t c = 0; c < n; ++c) {
    const Column& column = table.columns[c];
    header[c] = escape_markdown(column.group.empty() ? column.header : column.group + " " + column.header);
    widths[c] = std::max(widths[c], width_of(header[c]));
  }
  std::vector<std::vector<std::string>> body;
  for (std::size_t r = 0; r < table.rows.size(); ++r) {
    std::vector<std::string> cells(n);
    for (std::size_t c = 0; c < n; ++c) {
      cells[c] = emphasized(printed_cell(table.rows[r][c], table.columns[c], style), table.emphasis_of(r, c));
      widths[c] = std::max(widths[c], width_of(cells[c]));
    }
    body.push_back(std::move(cells));
  }

  if (!table.caption.empty()) out << "**" << escape_markdown(table.caption) << "**\n\n";
  std::vector<std::string> line(n);
  for (std::size_t c = 0; c < n; ++c) line[c] = padded(header[c], widths[c], table.columns[c].align);
  write_line(out, line);
  for (std::size_t c = 0; c < n; ++c) line[c] = rule(widths[c], table.columns[c].align);
  write_line(out, line);
  for (const auto& cells : body) {
    for (std::size_t c = 0; c < n; ++c) line[c] = padded(cells[c], widths[c], table.columns[c].align);
    write_line(out, line);
  }
  for (const auto& note : table.notes) out << "\n" << note << "\n";
}

}  // namespace imbench::reports
