// Grows an ensemble's members with tbb::parallel_for. Member t draws everything
// from rng.substream(t), so the ensemble does not depend on the thread count.
#pragma once

#include <tbb/parallel_for.h>

#include <cstddef>
#include <functional>
#include <vector>

#include "core/rng.hpp"
#include "core/types.hpp"

namespace imbench::tree {

// The sample weights tree t is grown on; zero leaves a row out of that tree.
using TreeWeights = std::function<Weights(std::size_t tree, RandomStream& tree_rng)>;

// Calls grow_one(t, tree_rng) for t = 0..n-1 in parallel; it returns member t.
template <class Member, class GrowOne>
std::vector<Member> grow_in_parallel(std::size_t n, const RandomStream& rng, const GrowOne& grow_one) {
  std::vector<Member> members(n);
  tbb::parallel_for(std::size_t{0}, n, [&](std::size_t t) {
    RandomStream member_rng = rng.substream(t);
    members[t] = grow_one(t, member_rng);
  });
  return members;
}

}  // namespace imbench::tree
