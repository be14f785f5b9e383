// CSV: a header row naming the columns, then one sample per line.
#include <fstream>

#include "core/error.hpp"
#include "datasets/lib/importers.hpp"
#include "datasets/lib/text_table.hpp"

namespace imbench {
namespace {

// The candidate that occurs most often outside double quotes in the header; ',' wins ties.
char detect_delimiter(const std::string& header) {
  const std::string candidates = ",;\t";
  std::size_t best_count = 0;
  char best = ',';
  for (char c : candidates) {
    std::size_t count = 0;
    bool quoted = false;
    for (char h : header) {
      if (h == '"') quoted = !quoted;
      if (h == c && !quoted) ++count;
    }
    if (count > best_count) best_count = count, best = c;
  }
  return best;
}

}  // namespace

Dataset import_csv(const std::string& path, const ImportOptions& options) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw Error("file '" + path + "': cannot open");
  TextTable table;
  table.file = path;
  table.format = "csv";
  std::string line;
  std::size_t line_number = 0;
  char delimiter = 0;
  while (std::getline(in, line)) {
    ++line_number;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line_number == 1 && line.rfind("\xEF\xBB\xBF", 0) == 0) line.erase(0, 3);  // UTF-8 byte order mark
    if (line.find_first_not_of(" \t") == std::string::npos) continue;
    if (delimiter == 0) {
      delimiter = detect_delimiter(line);
      for (auto& name : split_fields(line, delimiter, "\"", path, line_number)) {
        if (name.empty()) throw Error(location(path, line_number) + ": header column " +
                                      std::to_string(table.columns.size()) + " has no name");
        table.columns.push_back(TextColumn{name, TextColumn::Type::Inferred, {}});
      }
      continue;
    }
    table.add_row(split_fields(line, delimiter, "\"", path, line_number), line_number);
  }
  if (delimiter == 0) throw Error("file '" + path + "': empty (expected a header row)");
  return table_to_dataset(table, options);
}

}  // namespace imbench
