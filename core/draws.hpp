// Index draws on a RandomStream shared by the plugins that pick rows at random
// (random under-sampling, balanced forests), so they draw the same way.
#pragma once

#include <cstddef>
#include <vector>

#include "core/rng.hpp"

namespace imbench {

// `count` distinct positions out of n: the first `count` entries of a partial
// Fisher-Yates shuffle of 0..n-1 (as numpy's choice without replacement).
std::vector<std::size_t> draw_without_replacement(std::size_t n, std::size_t count, RandomStream& rng);

// `count` independent uniform positions in [0, n).
std::vector<std::size_t> draw_with_replacement(std::size_t n, std::size_t count, RandomStream& rng);

}  // namespace imbench
