// Matrices of hundreds of megabytes (over-sampled training sets) spend more
// time in first-touch page faults than in being filled: 4 KiB pages cost
// about 0.4 ms per MiB to fault in on the test machines, 2 MiB pages about a
// third of that. large_matrix asks the kernel for transparent huge pages on
// such buffers before anything touches them.
#pragma once

#include "core/types.hpp"

namespace imbench {

// An uninitialised rows x cols matrix, with transparent huge pages advised
// when it is 32 MiB or more (smaller ones come from malloc's heap, where the
// advice would also cover neighbouring allocations). The advice only changes
// speed, never contents; where the kernel lacks the feature it is ignored.
Matrix large_matrix(Eigen::Index rows, Eigen::Index cols);

}  // namespace imbench
