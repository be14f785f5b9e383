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

// Makes memory freed by the process stay in it for the next allocation instead of going back to the
// kernel (glibc: no mmap for large blocks, the heap trimmed only beyond 2 GiB free). A run allocates and
// frees training sets of a few sizes over and over; each fresh page costs a fault and the kernel's zeroing,
// a reused one nothing (SMOTE, 1M rows, called from the main thread, second call on: 128 against 97 ms on 1
// thread). glibc still maps, and unmaps on free, blocks over 64 MiB asked for by other threads (their arenas'
// heaps are at most 64 MiB), so in a parallel run only smaller blocks are kept. The process's size does not
// fall below its peak until it exits. Called first thing by the executables that run studies; does nothing
// where GLIBC_TUNABLES sets malloc options (the user's choice) or without glibc. True when the policy was set.
bool keep_freed_memory();

}  // namespace imbench
