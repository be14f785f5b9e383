"""The allocator policy imbench's executables set for themselves (keep_freed_memory in core/large_matrix.hpp),
for the Python side of a timing comparison: glibc keeps freed memory in the process (no mmap for large blocks,
the heap trimmed only beyond 2 GiB free), so neither side's later runs skip page faults the other side pays."""
import ctypes
import os

M_TRIM_THRESHOLD = -1  # glibc's malloc.h
M_MMAP_MAX = -4


def keep_freed_memory():
    """Does nothing where GLIBC_TUNABLES sets malloc options (imbench then leaves them alone too) or without glibc."""
    if "glibc.malloc." in os.environ.get("GLIBC_TUNABLES", ""):
        return
    try:
        libc = ctypes.CDLL("libc.so.6")
    except OSError:
        return
    libc.mallopt(M_MMAP_MAX, 0)
    libc.mallopt(M_TRIM_THRESHOLD, 2**31 - 1)
