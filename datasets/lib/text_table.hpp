// The shared back half of the text importers (CSV, ARFF, KEEL): a table of
// cells with source line numbers, turned into a Dataset.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "datasets/lib/dataset.hpp"
#include "datasets/lib/importers.hpp"

namespace imbench {

struct TextColumn {
  std::string name;
  // Declared by the file (ARFF/KEEL); CSV columns are inferred from their cells.
  enum class Type { Inferred, Numeric, Nominal } type = Type::Inferred;
  std::vector<std::string> declared_levels;  // Nominal: the declared values
};

struct TextTable {
  std::string file;
  std::vector<TextColumn> columns;
  std::vector<std::vector<std::string>> rows;  // trimmed, unquoted cells
  std::vector<std::size_t> lines;              // 1-based source line of each row
  std::optional<std::string> default_target;   // column name; else the last column
  std::optional<std::vector<std::string>> inputs;  // feature columns (KEEL @inputs); else all but the target
  std::string format;                          // recorded in the attributes

  // Appends a row after checking its width; `line` is 1-based.
  void add_row(std::vector<std::string> cells, std::size_t line);
};

// "file 'f', line 12" or "file 'f', line 12, column 'age' (3)".
std::string location(const std::string& file, std::size_t line);
std::string location(const std::string& file, std::size_t line, const std::string& column, std::size_t index);

Dataset table_to_dataset(const TextTable& table, const ImportOptions& options);

// Splits one line on `delimiter`. A field may be wrapped in one of `quotes`
// (a doubled quote or a backslash-escaped one inside is literal); blanks
// around fields are trimmed.
std::vector<std::string> split_fields(const std::string& line, char delimiter, const std::string& quotes,
                                      const std::string& file, std::size_t line_number);

// The data set name for a file: options.name or the file stem.
std::string import_name(const std::string& path, const ImportOptions& options);

}  // namespace imbench
