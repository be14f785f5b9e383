// Checks shared by the neighbour searches' tests (header only, tests only).
#pragma once

#include <doctest/doctest.h>
#include <tbb/global_control.h>

#include "algorithms/shared/neighbours/neighbours.hpp"

namespace imbench::test_data {

// Same queries, k, indices and distances, bit for bit.
inline void check_same(const NeighbourLists& got, const NeighbourLists& want) {
  REQUIRE(got.n_queries == want.n_queries);
  REQUIRE(got.k == want.k);
  CHECK(got.index == want.index);
  CHECK(got.distance == want.distance);
}

// A fitted search's self-query with TBB limited to 1 and to 2 threads gives identical lists.
template <class Search>
void check_self_query_thread_invariant(const Search& search, std::size_t k) {
  auto on_threads = [&](std::size_t threads) {
    tbb::global_control limit(tbb::global_control::max_allowed_parallelism, threads);
    return search.query_self(k);
  };
  check_same(on_threads(1), on_threads(2));
}

}  // namespace imbench::test_data
