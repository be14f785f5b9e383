#include "core/large_matrix.hpp"

#include <doctest/doctest.h>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace imbench {

#if defined(__GLIBC__)
// Each test case runs in a process of its own (doctest_discover_tests), so the policy stays here.
TEST_CASE("retain_freed_memory: a large matrix comes from the arena and its memory serves the next one") {
  retain_freed_memory();
  constexpr std::size_t kBytes = std::size_t{64} << 20;
  const std::size_t mapped_before = mallinfo2().hblkhd;
  std::size_t arena_in_use = 0;
  {
    Matrix m = large_matrix(static_cast<Eigen::Index>(kBytes / sizeof(double) / 8), 8);
    m.setZero();
    CHECK(mallinfo2().hblkhd == mapped_before);  // glibc's default gives it a mapping of its own
    arena_in_use = mallinfo2().arena;
  }
  const struct mallinfo2 freed = mallinfo2();
  CHECK(freed.fordblks >= kBytes);  // kept, free, in the arena
  CHECK(freed.arena == arena_in_use);
  Matrix again = large_matrix(static_cast<Eigen::Index>(kBytes / sizeof(double) / 8), 8);
  CHECK(mallinfo2().arena == arena_in_use);  // the freed block served it: the arena did not grow
}
#endif

}  // namespace imbench
