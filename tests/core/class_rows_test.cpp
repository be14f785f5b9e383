#include <doctest/doctest.h>
#include <tbb/global_control.h>

#include <vector>

#include "core/rng.hpp"
#include "core/types.hpp"

using namespace imbench;

namespace {

// Labels over 5 classes with skewed frequencies, long enough for several of class_counts' parallel blocks;
// class 3 never occurs.
Labels skewed_labels(std::size_t n) {
  RandomStream rng = RandomStream::keyed("class_rows_test");
  const int classes[] = {0, 0, 0, 0, 0, 0, 1, 1, 2, 4};
  Labels y(n);
  for (int& label : y) label = classes[rng.below(10)];
  return y;
}

}  // namespace

TEST_CASE("class counts and class rows agree with a plain count on any thread count") {
  const Labels y = skewed_labels(300007);
  std::vector<std::size_t> expected_counts(5, 0);
  std::vector<Indices> expected_rows(5);
  for (std::size_t i = 0; i < y.size(); ++i) {
    ++expected_counts[static_cast<std::size_t>(y[i])];
    expected_rows[static_cast<std::size_t>(y[i])].push_back(i);
  }
  for (std::size_t threads : {1, 2}) {
    tbb::global_control limit(tbb::global_control::max_allowed_parallelism, threads);
    CHECK(class_counts(y, 5) == expected_counts);
    CHECK(rows_by_class(y, 5) == expected_rows);
  }
  CHECK(class_counts(Labels{}, 3) == std::vector<std::size_t>(3, 0));
}

TEST_CASE("rows_of_classes lists only the wanted classes, in row order") {
  const Labels y = skewed_labels(5000);
  const std::vector<Indices> all = rows_by_class(y, 5);
  const std::vector<Indices> some = rows_of_classes(y, {false, true, false, true, true});
  REQUIRE(some.size() == 5);
  CHECK(some[0].empty());
  CHECK(some[1] == all[1]);
  CHECK(some[2].empty());
  CHECK(some[3].empty());  // wanted but absent
  CHECK(some[4] == all[4]);
  CHECK(!all[0].empty());
}
