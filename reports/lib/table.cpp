#include "reports/lib/table.hpp"

#include <cmath>
#include <cstdio>

#include "core/error.hpp"

namespace imbench::reports {

void Table::add_row(std::vector<Cell> row) {
  if (row.size() != columns.size())
    throw Error("table '" + caption + "': row " + std::to_string(rows.size() + 1) + " has " +
                std::to_string(row.size()) + " cells but the header has " + std::to_string(columns.size()));
  rows.push_back(std::move(row));
}

void Table::emphasize(std::size_t row, std::size_t column, Emphasis mark) {
  if (row >= rows.size() || column >= columns.size())
    throw Error("table '" + caption + "': no cell at row " + std::to_string(row + 1) + ", column " +
                std::to_string(column + 1) + " to mark");
  if (emphasis.size() <= row) emphasis.resize(row + 1);
  if (emphasis[row].size() <= column) emphasis[row].resize(column + 1, Emphasis::None);
  emphasis[row][column] = mark;
}

Emphasis Table::emphasis_of(std::size_t row, std::size_t column) const {
  if (row >= emphasis.size() || column >= emphasis[row].size()) return Emphasis::None;
  return emphasis[row][column];
}

Table printed_part(const Table& table) {
  Table out = table;
  out.columns.clear();
  out.emphasis.clear();
  for (auto& row : out.rows) row.clear();
  for (std::size_t c = 0; c < table.columns.size(); ++c) {
    if (table.columns[c].csv_only) continue;
    out.columns.push_back(table.columns[c]);
    for (std::size_t r = 0; r < table.rows.size(); ++r) {
      out.rows[r].push_back(table.rows[r][c]);
      if (Emphasis mark = table.emphasis_of(r, c); mark != Emphasis::None) out.emphasize(r, out.columns.size() - 1, mark);
    }
  }
  return out;
}

std::string format_number(double value, int decimals, bool integral) {
  if (std::isnan(value)) return "nan";
  if (std::isinf(value)) return value > 0 ? "inf" : "-inf";
  if (integral && value == std::floor(value) && std::fabs(value) < 1e15) decimals = 0;
  char buffer[64];
  std::snprintf(buffer, sizeof buffer, "%.*f", decimals, value);
  std::string text = buffer;
  // Rounding a tiny negative gives "-0.000", which reads as a sign that is not there.
  if (text[0] == '-' && text.find_first_not_of("-0.") == std::string::npos) text.erase(0, 1);
  return text;
}

std::string printed_cell(const Cell& cell, const Column& column, const PrintStyle& style) {
  auto number = [&](double v) { return style.number(format_number(v, column.decimals, column.integral)); };
  if (const auto* text = std::get_if<std::string>(&cell)) return style.escape(*text);
  if (const auto* value = std::get_if<double>(&cell)) return number(*value);
  if (const auto* summary = std::get_if<MeanSd>(&cell)) {
    if (std::isnan(summary->sd)) return number(summary->mean);
    return number(summary->mean) + style.plus_minus + number(summary->sd);
  }
  return style.missing;
}

}  // namespace imbench::reports
