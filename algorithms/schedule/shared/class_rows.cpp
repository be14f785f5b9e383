#include "algorithms/schedule/shared/class_rows.hpp"

#include <numeric>

#include "core/draws.hpp"
#include "core/error.hpp"

namespace imbench::schedule {

Indices resize_class(const Indices& class_rows, std::size_t count, RandomStream& rng) {
  const std::size_t n = class_rows.size();
  if (count > 0 && n == 0) throw Error("internal: a schedule asked for rows of a class that has none");
  Indices out;
  out.reserve(count);
  if (count > n) {
    out = class_rows;
    for (std::size_t pick : draw_with_replacement(n, count - n, rng)) out.push_back(class_rows[pick]);
  } else {
    for (std::size_t pick : draw_without_replacement(n, count, rng)) out.push_back(class_rows[pick]);
  }
  return out;
}

Indices rows_for_counts(const std::vector<Indices>& by_class, const std::vector<std::size_t>& counts,
                        RandomStream& rng) {
  Indices out;
  for (std::size_t c = 0; c < by_class.size(); ++c) {
    Indices part = resize_class(by_class[c], counts[c], rng);
    out.insert(out.end(), part.begin(), part.end());
  }
  return out;
}

Indices all_rows(std::size_t n) {
  Indices rows(n);
  std::iota(rows.begin(), rows.end(), std::size_t{0});
  return rows;
}

}  // namespace imbench::schedule
