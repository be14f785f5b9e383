#include "core/draws.hpp"

#include <numeric>
#include <utility>

#include "core/error.hpp"

namespace imbench {

std::vector<std::size_t> draw_without_replacement(std::size_t n, std::size_t count, RandomStream& rng) {
  if (count > n)
    throw Error("cannot draw " + std::to_string(count) + " distinct rows out of " + std::to_string(n));
  std::vector<std::size_t> order(n);
  std::iota(order.begin(), order.end(), 0);
  for (std::size_t i = 0; i < count; ++i) std::swap(order[i], order[i + rng.below(n - i)]);
  order.resize(count);
  return order;
}

std::vector<std::size_t> draw_with_replacement(std::size_t n, std::size_t count, RandomStream& rng) {
  std::vector<std::size_t> drawn(count);
  for (std::size_t& d : drawn) d = rng.below(n);
  return drawn;
}

}  // namespace imbench
