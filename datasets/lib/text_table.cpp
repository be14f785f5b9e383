#include "datasets/lib/text_table.hpp"

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <map>

#include "core/error.hpp"
#include "datasets/lib/encoding.hpp"

namespace imbench {
namespace {

std::string trim(const std::string& s) {
  std::size_t b = 0, e = s.size();
  while (b < e && std::isspace(static_cast<unsigned char>(s[b]))) ++b;
  while (e > b && std::isspace(static_cast<unsigned char>(s[e - 1]))) --e;
  return s.substr(b, e - b);
}

std::size_t resolve_column(const TextTable& t, const std::string& wanted, const std::string& what) {
  for (std::size_t j = 0; j < t.columns.size(); ++j)
    if (t.columns[j].name == wanted) return j;
  bool all_digits = !wanted.empty() && std::all_of(wanted.begin(), wanted.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); });
  if (all_digits) {
    std::size_t index = wanted.size() > 9 ? t.columns.size() : std::stoul(wanted);
    if (index < t.columns.size()) return index;
    throw Error("file '" + t.file + "': " + what + " column index " + wanted + " is out of range (the file has " +
                std::to_string(t.columns.size()) + " columns, 0.." + std::to_string(t.columns.size() - 1) + ")");
  }
  std::vector<std::string> names;
  for (const auto& c : t.columns) names.push_back(c.name);
  throw Error("file '" + t.file + "': " + unknown_name_message(what + " column", wanted, names));
}

// Numeric when declared so or when every non-missing cell is a number.
bool column_is_numeric(const TextTable& t, std::size_t j, const std::vector<std::size_t>& rows) {
  const TextColumn& c = t.columns[j];
  if (c.type == TextColumn::Type::Nominal) return false;
  for (std::size_t r : rows) {
    if (parse_finite(t.rows[r][j])) continue;
    if (c.type == TextColumn::Type::Numeric)
      throw Error(location(t.file, t.lines[r], c.name, j) + ": '" + t.rows[r][j] +
                  "' is not a finite number (the header declares the column numeric)");
    return false;
  }
  return true;
}

}  // namespace

void TextTable::add_row(std::vector<std::string> cells, std::size_t line) {
  if (cells.size() != columns.size())
    throw Error(location(file, line) + ": " + std::to_string(cells.size()) + " fields, expected " +
                std::to_string(columns.size()));
  rows.push_back(std::move(cells));
  lines.push_back(line);
}

std::string location(const std::string& file, std::size_t line) {
  return "file '" + file + "', line " + std::to_string(line);
}

std::string location(const std::string& file, std::size_t line, const std::string& column, std::size_t index) {
  return location(file, line) + ", column '" + column + "' (" + std::to_string(index) + ")";
}

std::vector<std::string> split_fields(const std::string& line, char delimiter, const std::string& quotes,
                                      const std::string& file, std::size_t line_number) {
  std::vector<std::string> fields;
  std::size_t i = 0;
  auto skip_blanks = [&] {
    while (i < line.size() && line[i] != delimiter && std::isspace(static_cast<unsigned char>(line[i]))) ++i;
  };
  while (true) {
    std::string field;
    skip_blanks();
    if (i < line.size() && quotes.find(line[i]) != std::string::npos) {
      const char quote = line[i++];
      while (true) {
        if (i >= line.size())
          throw Error(location(file, line_number) + ": a quoted field is not closed (" + std::string(1, quote) + ")");
        if (line[i] == quote && i + 1 < line.size() && line[i + 1] == quote) {
          field += quote;  // a doubled quote is a literal quote
          i += 2;
        } else if (line[i] == quote) {
          ++i;
          break;
        } else {
          // ARFF (which quotes with ' too) escapes with a backslash; CSV keeps backslashes.
          if (line[i] == '\\' && quotes.find('\'') != std::string::npos && i + 1 < line.size()) ++i;
          field += line[i++];
        }
      }
      skip_blanks();
      if (i < line.size() && line[i] != delimiter)
        throw Error(location(file, line_number) + ": unexpected text after the closing quote of field " +
                    std::to_string(fields.size()));
    } else {
      while (i < line.size() && line[i] != delimiter) field += line[i++];
      field = trim(field);
    }
    fields.push_back(std::move(field));
    if (i >= line.size()) break;
    ++i;  // the delimiter
  }
  return fields;
}

std::string import_name(const std::string& path, const ImportOptions& options) {
  return options.name.empty() ? std::filesystem::path(path).stem().string() : options.name;
}

Dataset table_to_dataset(const TextTable& t, const ImportOptions& options) {
  if (t.columns.size() < 2)
    throw Error("file '" + t.file + "': " + std::to_string(t.columns.size()) +
                " column(s); need at least one feature and a target");
  std::size_t target = options.target.empty()
                           ? (t.default_target ? resolve_column(t, *t.default_target, "target") : t.columns.size() - 1)
                           : resolve_column(t, options.target, "target");
  std::vector<std::size_t> features;
  if (t.inputs) {
    for (const auto& name : *t.inputs) {
      std::size_t j = resolve_column(t, name, "input");
      if (j != target) features.push_back(j);
    }
  } else {
    for (std::size_t j = 0; j < t.columns.size(); ++j)
      if (j != target) features.push_back(j);
  }

  // Rows kept after the missing-value check.
  std::vector<std::size_t> kept;
  for (std::size_t r = 0; r < t.rows.size(); ++r) {
    bool complete = true;
    for (std::size_t j = 0; j < t.columns.size() && complete; ++j) {
      if (j != target && std::find(features.begin(), features.end(), j) == features.end()) continue;
      if (!is_missing_value(t.rows[r][j])) continue;
      if (!options.drop_missing)
        throw Error(location(t.file, t.lines[r], t.columns[j].name, j) + ": missing value '" + t.rows[r][j] +
                    "' (use --drop-missing to drop such rows)");
      complete = false;
    }
    if (complete) kept.push_back(r);
  }
  if (kept.empty()) throw Error("file '" + t.file + "': no complete data rows");

  Dataset d;
  d.name = import_name(t.file, options);
  d.X.resize(static_cast<Eigen::Index>(kept.size()), static_cast<Eigen::Index>(features.size()));
  for (std::size_t f = 0; f < features.size(); ++f) {
    const std::size_t j = features[f];
    const TextColumn& c = t.columns[j];
    d.feature_names.push_back(c.name);
    const auto col = static_cast<Eigen::Index>(f);
    if (column_is_numeric(t, j, kept)) {
      d.categorical.push_back(0);
      for (std::size_t i = 0; i < kept.size(); ++i)
        d.X(static_cast<Eigen::Index>(i), col) = *parse_finite(t.rows[kept[i]][j]);
      continue;
    }
    d.categorical.push_back(1);
    std::vector<std::string> levels = c.declared_levels;
    if (levels.empty())
      for (std::size_t r : kept) levels.push_back(t.rows[r][j]);
    levels = sorted_levels(levels);
    std::map<std::string, int> code_of;
    for (std::size_t l = 0; l < levels.size(); ++l) code_of[levels[l]] = static_cast<int>(l);
    for (std::size_t i = 0; i < kept.size(); ++i) {
      auto it = code_of.find(t.rows[kept[i]][j]);
      if (it == code_of.end())
        throw Error(location(t.file, t.lines[kept[i]], c.name, j) + ": '" + t.rows[kept[i]][j] +
                    "' is not one of the declared values");
      d.X(static_cast<Eigen::Index>(i), col) = it->second;
    }
  }

  std::vector<std::string> labels;
  for (std::size_t r : kept) labels.push_back(t.rows[r][target]);
  EncodedValues encoded = encode_values(labels);
  d.y = std::move(encoded.codes);
  d.class_names = std::move(encoded.levels);
  assign_task(d, options.positive, "file '" + t.file + "'");
  d.attributes["imported_from"] = std::filesystem::path(t.file).filename().string();
  d.attributes["import_format"] = t.format;
  d.attributes["target_column"] = t.columns[target].name;
  if (t.rows.size() != kept.size())
    d.attributes["dropped_rows"] = std::to_string(t.rows.size() - kept.size());
  return d;
}

}  // namespace imbench
