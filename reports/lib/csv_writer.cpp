// CSV for spreadsheets and pandas: one value per field, full precision.
#include <cmath>

#include "core/error.hpp"
#include "core/params.hpp"
#include "reports/lib/table_writers.hpp"

namespace imbench::reports {
namespace {

std::string full_number(double value) { return canonical_number(value); }

void write_record(std::ostream& out, const std::vector<std::string>& fields) {
  for (std::size_t i = 0; i < fields.size(); ++i) out << (i ? "," : "") << quote_csv(fields[i]);
  out << "\r\n";
}

}  // namespace

std::string quote_csv(const std::string& field) {
  if (field.find_first_of(",\"\r\n") == std::string::npos) return field;
  std::string out = "\"";
  for (char c : field) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

void write_csv(const Table& table, std::ostream& out) {
  std::vector<std::string> fields;
  for (const auto& column : table.columns) {
    const std::string& key = column.key.empty() ? column.header : column.key;
    if (column.mean_sd) {
      fields.push_back(key + " mean");
      fields.push_back(key + " sd");
    } else {
      fields.push_back(key);
    }
  }
  write_record(out, fields);
  for (std::size_t r = 0; r < table.rows.size(); ++r) {
    const auto& row = table.rows[r];
    fields.clear();
    for (std::size_t c = 0; c < row.size(); ++c) {
      const Column& column = table.columns[c];
      const Cell& cell = row[c];
      if (column.mean_sd) {
        const auto* summary = std::get_if<MeanSd>(&cell);
        if (!summary && !std::holds_alternative<std::monostate>(cell))
          throw Error("table '" + table.caption + "': column '" + column.header + "' holds mean ± sd pairs, but row " +
                      std::to_string(r + 1) + " has another kind of value");
        fields.push_back(summary ? full_number(summary->mean) : "");
        fields.push_back(summary && !std::isnan(summary->sd) ? full_number(summary->sd) : "");
      } else if (const auto* text = std::get_if<std::string>(&cell)) {
        fields.push_back(*text);
      } else if (const auto* value = std::get_if<double>(&cell)) {
        fields.push_back(full_number(*value));
      } else if (std::holds_alternative<MeanSd>(cell)) {
        throw Error("table '" + table.caption + "': column '" + column.header +
                    "' is not declared mean_sd but row " +
                    std::to_string(r + 1) + " holds a mean ± sd value");
      } else {
        fields.push_back("");
      }
    }
    write_record(out, fields);
  }
}

}  // namespace imbench::reports
