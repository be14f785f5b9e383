#!/usr/bin/python3
"""Reference DenseWeight and LDS weights for algorithms/regression/target_weights_test.cpp.

Usage: target_weights.py Y.txt CONFIG [CONFIG ...]
  CONFIG = dense:ALPHA | lds:BIN_WIDTH:REWEIGHT:SMOOTH(0|1):KERNEL:KS:SIGMA

Y.txt holds one target per line. Prints one line per CONFIG: the weights, space-separated (%.17g).
dense: scipy's gaussian_kde with bandwidth 1.06 * sd * n^(-1/5) at the targets,
min-max scaled, w = max(1 - alpha p, 1e-6) / mean (Steininger et al. 2021).
lds: Yang et al.'s _prepare_weights and get_lds_kernel_window (ICML 2021 code),
with bin j = floor((y - min y) / BIN_WIDTH) in place of int(label).
"""
import sys

import numpy as np
from scipy.ndimage import convolve1d, gaussian_filter1d
from scipy.signal.windows import triang
from scipy.stats import gaussian_kde


def dense(y, alpha):
    n = len(y)
    p = gaussian_kde(y, bw_method=1.06 * n ** -0.2).evaluate(y)
    p = (p - p.min()) / (p.max() - p.min())
    w = np.maximum(1 - alpha * p, 1e-6)
    return w / w.mean()


def kernel_window(kernel, ks, sigma):
    half_ks = (ks - 1) // 2
    if kernel == "gaussian":
        base = [0.0] * half_ks + [1.0] + [0.0] * half_ks
        w = gaussian_filter1d(base, sigma=sigma)
        return w / max(w)
    if kernel == "triang":
        return triang(ks) / max(triang(ks))
    w = np.array([np.exp(-abs(x) / sigma) / (2.0 * sigma) for x in np.arange(-half_ks, half_ks + 1)])
    return w / max(w)


def lds(y, bin_width, reweight, smooth, kernel, ks, sigma):
    bins = np.floor((y - y.min()) / bin_width).astype(int)
    counts = np.bincount(bins).astype(float)
    counts = np.sqrt(counts) if reweight == "sqrt_inv" else np.clip(counts, 5, 1000)
    if smooth:
        counts = convolve1d(counts, weights=kernel_window(kernel, ks, sigma), mode="constant")
    w = 1.0 / counts[bins]
    return w * len(w) / w.sum()


y = np.loadtxt(sys.argv[1], ndmin=1)
for config in sys.argv[2:]:
    kind, *a = config.split(":")
    if kind == "dense":
        out = dense(y, float(a[0]))
    else:
        out = lds(y, float(a[0]), a[1], a[2] == "1", a[3], int(a[4]), float(a[5]))
    print(" ".join(f"{v:.17g}" for v in out))
