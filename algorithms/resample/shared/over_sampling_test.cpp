#include <doctest/doctest.h>

#include "algorithms/resample/shared/over_sampling.hpp"

using namespace imbench;

TEST_CASE("rows_of_growing_classes lists the rows of the classes that get new rows, and only those") {
  const Labels y = {2, 0, 1, 0, 2, 0, 0, 1, 3};
  // Class 3 is targeted with nothing to add, class 0 (the majority) is not targeted at all.
  const std::vector<Indices> rows = rows_of_growing_classes(y, 4, ClassTargets{{1, 2}, {2, 2}, {3, 0}});
  REQUIRE(rows.size() == 4);
  CHECK(rows[0].empty());
  CHECK(rows[1] == Indices{2, 7});
  CHECK(rows[2] == Indices{0, 4});
  CHECK(rows[3].empty());
  // A strategy that grows the majority gets its rows too.
  CHECK(rows_of_growing_classes(y, 4, ClassTargets{{0, 5}})[0] == Indices{1, 3, 5, 6});
}
