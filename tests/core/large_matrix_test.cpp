#include <doctest/doctest.h>

#include "core/large_matrix.hpp"

#if defined(__GLIBC__)
#include <malloc.h>
#endif

using namespace imbench;

TEST_CASE("large_matrix gives the requested shape") {
  const Matrix m = large_matrix(5000, 1000);  // 40 MB: huge pages advised
  CHECK(m.rows() == 5000);
  CHECK(m.cols() == 1000);
}

#if defined(__GLIBC__) && __GLIBC_PREREQ(2, 33)  // mallinfo2
// Runs the policy on for the rest of its process (ctest gives each case its own); the checks hold whatever
// earlier cases left in the heap.
TEST_CASE("keep_freed_memory keeps a freed 64 MiB matrix in the process for the next allocation") {
  if (!keep_freed_memory()) {
    MESSAGE("GLIBC_TUNABLES sets malloc options, which keep_freed_memory leaves alone");
    return;
  }
  constexpr std::size_t kBytes = std::size_t{64} << 20;
  const struct mallinfo2 before = mallinfo2();
  struct mallinfo2 during {};
  {
    Matrix m = large_matrix(8192, 1024);
    m.setZero();
    during = mallinfo2();
    // Without the policy glibc maps a block this size on its own and unmaps it on free.
    CHECK(during.hblkhd == before.hblkhd);
  }
  const struct mallinfo2 after = mallinfo2();
  CHECK(after.arena == during.arena);  // nothing went back to the kernel
  CHECK(after.fordblks >= kBytes);     // the block is free heap now
  Matrix again = large_matrix(8192, 1024);
  CHECK(mallinfo2().arena == after.arena);  // and the next one is carved from it
}
#endif
