// A format-neutral table: columns (with an optional group heading spanning
// neighbours, e.g. "Train" over the training-fold metrics), rows of typed
// cells, notes. Writers (table_writers.hpp) turn it into Markdown, LaTeX or
// CSV; the cell keeps numbers as numbers so CSV can carry full precision while
// the printed formats round.
#pragma once

#include <cstddef>
#include <string>
#include <variant>
#include <vector>

namespace imbench::reports {

enum class Align { Left, Right, Center };

// A summary over repeats x folds. sd is NaN when it is undefined (one value).
struct MeanSd {
  double mean = 0;
  double sd = 0;
};

// Empty (monostate) means "no value", e.g. no successful task in the group.
using Cell = std::variant<std::monostate, std::string, double, MeanSd>;

// How a printed format marks a cell: the best of a row in bold, the second
// best underlined. CSV carries numbers only and ignores it.
enum class Emphasis { None, Bold, Underline };

struct Column {
  std::string header;    // what readers see: "F1"
  std::string group;     // spanning heading over neighbours with the same group: "Test"; may be empty
  std::string key;       // machine name for CSV headers: "test f1:average=binary"; header when empty
  Align align = Align::Left;
  int decimals = 3;       // digits after the point for double and MeanSd cells
  bool integral = false;  // a double cell that holds a whole number prints without decimals
  bool mean_sd = false;   // cells are MeanSd; CSV gives the mean and the sd a column each
  bool csv_only = false;  // machine data (e.g. a full canonical spec) the printed formats leave out
};

struct Table {
  std::string caption;
  std::string label;  // LaTeX \label; may be empty
  std::vector<Column> columns;
  std::vector<std::vector<Cell>> rows;  // each row has columns.size() cells
  std::vector<std::string> notes;       // printed under the table (not in CSV)
  // Per-cell marks, parallel to rows; a row may be shorter (or missing) when its tail is unmarked.
  std::vector<std::vector<Emphasis>> emphasis;

  // Throws imbench::Error naming the row when its width differs from the header's.
  void add_row(std::vector<Cell> row);
  void emphasize(std::size_t row, std::size_t column, Emphasis mark);
  Emphasis emphasis_of(std::size_t row, std::size_t column) const;
};

// The table without its csv_only columns: what Markdown and LaTeX show.
Table printed_part(const Table& table);

// "0.912" with `decimals` digits; whole numbers without decimals when `integral`
// and the value is whole. NaN prints as "nan".
std::string format_number(double value, int decimals, bool integral = false);

// How a printed format (Markdown, LaTeX) spells what differs between them.
struct PrintStyle {
  std::string plus_minus;                        // " ± ", " $\\pm$ "
  std::string missing;                           // text for an empty cell
  std::string (*escape)(const std::string&);     // applied to text cells
  std::string (*number)(const std::string&);     // applied to each formatted number
};

// The cell as a printed format shows it: rounded numbers, "mean ± sd" (just
// the mean when sd is NaN), escaped text.
std::string printed_cell(const Cell& cell, const Column& column, const PrintStyle& style);

}  // namespace imbench::reports
