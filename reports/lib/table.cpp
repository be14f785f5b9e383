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

}  // namespace imbench::reports
