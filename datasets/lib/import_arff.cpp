// ARFF (Weka) and KEEL .dat, which is ARFF with '@inputs'/'@outputs' lines
// naming the features and the target, and types like 'real [0.0, 1.0]'.
#include <algorithm>
#include <cctype>
#include <fstream>

#include "core/error.hpp"
#include "datasets/lib/importers.hpp"
#include "datasets/lib/text_table.hpp"

namespace imbench {
namespace {

std::string lower(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

std::string trim(const std::string& s) {
  auto b = s.find_first_not_of(" \t\r");
  if (b == std::string::npos) return "";
  return s.substr(b, s.find_last_not_of(" \t\r") - b + 1);
}

// Splits "@keyword rest" into the lower-case keyword and the trimmed rest.
std::pair<std::string, std::string> keyword(const std::string& line) {
  std::size_t end = 1;
  while (end < line.size() && !std::isspace(static_cast<unsigned char>(line[end]))) ++end;
  return {lower(line.substr(0, end)), trim(line.substr(end))};
}

// "@attribute NAME TYPE": NAME may be quoted; TYPE is numeric/real/integer
// (KEEL adds a [min, max] range), string, date or a {nominal, list}.
TextColumn parse_attribute(const std::string& rest, const std::string& file, std::size_t line) {
  TextColumn column;
  std::size_t i = 0;
  if (!rest.empty() && (rest[0] == '\'' || rest[0] == '"')) {
    std::size_t close = rest.find(rest[0], 1);
    if (close == std::string::npos) throw Error(location(file, line) + ": attribute name quote is not closed");
    column.name = rest.substr(1, close - 1);
    i = close + 1;
  } else {
    while (i < rest.size() && !std::isspace(static_cast<unsigned char>(rest[i])) && rest[i] != '{') ++i;
    column.name = rest.substr(0, i);
  }
  std::string type = trim(rest.substr(i));
  if (column.name.empty() || type.empty())
    throw Error(location(file, line) + ": expected '@attribute NAME TYPE'");
  if (type[0] == '{') {
    std::size_t close = type.rfind('}');
    if (close == std::string::npos) throw Error(location(file, line) + ": nominal value list is not closed");
    column.type = TextColumn::Type::Nominal;
    column.declared_levels = split_fields(type.substr(1, close - 1), ',', "'\"", file, line);
    return column;
  }
  std::string word = lower(type.substr(0, type.find_first_of(" \t[")));
  if (word == "numeric" || word == "real" || word == "integer") column.type = TextColumn::Type::Numeric;
  else if (word == "string" || word == "date") column.type = TextColumn::Type::Inferred;
  else throw Error(location(file, line) + ": attribute '" + column.name + "' has unknown type '" + word + "'");
  return column;
}

std::vector<std::string> name_list(const std::string& rest, const std::string& file, std::size_t line) {
  return split_fields(rest, ',', "'\"", file, line);
}

Dataset import_arff_like(const std::string& path, const ImportOptions& options, bool keel) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw Error("file '" + path + "': cannot open");
  TextTable table;
  table.file = path;
  table.format = keel ? "keel" : "arff";
  std::string line;
  std::size_t line_number = 0;
  bool in_data = false;
  while (std::getline(in, line)) {
    ++line_number;
    line = trim(line);
    if (line.empty() || line[0] == '%') continue;
    if (in_data) {
      if (line[0] == '{') throw Error(location(path, line_number) + ": sparse ARFF rows are not supported");
      table.add_row(split_fields(line, ',', "'\"", path, line_number), line_number);
      continue;
    }
    if (line[0] != '@') throw Error(location(path, line_number) + ": expected a '@' header line before @data");
    auto [word, rest] = keyword(line);
    if (word == "@relation") continue;
    if (word == "@attribute") {
      table.columns.push_back(parse_attribute(rest, path, line_number));
    } else if (word == "@data") {
      in_data = true;
    } else if (keel && word == "@inputs") {
      table.inputs = name_list(rest, path, line_number);
    } else if (keel && (word == "@outputs" || word == "@output")) {
      auto outputs = name_list(rest, path, line_number);
      if (outputs.size() != 1)
        throw Error(location(path, line_number) + ": " + std::to_string(outputs.size()) +
                    " outputs; imbench imports one target");
      table.default_target = outputs[0];
    } else {
      throw Error(location(path, line_number) + ": unknown header line '" + word + "'");
    }
  }
  if (!in_data) throw Error("file '" + path + "': no @data section");
  return table_to_dataset(table, options);
}

}  // namespace

Dataset import_arff(const std::string& path, const ImportOptions& options) {
  return import_arff_like(path, options, false);
}

Dataset import_keel(const std::string& path, const ImportOptions& options) {
  return import_arff_like(path, options, true);
}

}  // namespace imbench
