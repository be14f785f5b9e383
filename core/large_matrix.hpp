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

// Keeps the memory the process frees for its own later allocations instead
// of returning it to the kernel. By default glibc maps every block over
// 32 MiB fresh and unmaps it on free, so each task's over-sampled set pays
// for first-touch page faults again: 315 MB (SMOTE at 1M x 20) costs 20-40
// ms of faults on 2 threads, and up to 0.5 s on virtual machines that hand
// freed guest memory back to the host. Here all threads share one glibc
// arena (their per-thread caches still serve small blocks without locking),
// large blocks come from it instead of their own mappings, and freed space
// is never trimmed; the footprint stays at its peak until exit. Executables
// call it first thing in main, before any thread starts. No effect outside
// glibc.
void retain_freed_memory();

}  // namespace imbench
