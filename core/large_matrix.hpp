// Matrices of hundreds of megabytes (over-sampled training sets) spend more
// time in first-touch page faults than in being filled: 4 KiB pages cost
// about 0.4 ms per MiB to fault in on the test machines, 2 MiB pages about a
// third of that. These helpers ask the kernel for transparent huge pages on
// such buffers before anything touches them.
#pragma once

#include <cstddef>

#include "core/types.hpp"

namespace imbench {

// Buffers below this size keep ordinary pages: they come from malloc's heap,
// where advice would also cover neighbouring allocations.
constexpr std::size_t kHugePageWorthBytes = std::size_t{32} << 20;

// Advises transparent huge pages for the whole pages inside [data, data + bytes)
// when the buffer is at least kHugePageWorthBytes; a no-op elsewhere or where
// the kernel lacks the feature (the advice only changes speed, never contents).
void prefer_huge_pages(void* data, std::size_t bytes);

// An uninitialised rows x cols matrix, with huge pages when it is large.
Matrix large_matrix(Eigen::Index rows, Eigen::Index cols);

}  // namespace imbench
