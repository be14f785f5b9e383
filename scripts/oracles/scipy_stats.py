#!/usr/bin/python3
"""Reference values from scipy.stats for the statistics tests (reports/lib/stats).

usage: scipy_stats.py CASES_FILE
Each line of CASES_FILE is one case; lists are comma-separated numbers:
  rank VALUES                          -> scipy.stats.rankdata(VALUES) (ties averaged)
  friedman ROWS COLS VALUES            -> chi-square p of friedmanchisquare (tie-corrected), VALUES row-major,
                                          one row per data set, one column per method
  wilcoxon ZERO_METHOD METHOD X Y      -> statistic p of wilcoxon(X, Y, zero_method, method), two-sided
  holm PVALUES                         -> Holm step-down adjusted p-values (by hand: no statsmodels)
  srange K ALPHA                       -> studentized_range.ppf(1 - ALPHA, K, inf)
  normq Q                              -> norm.ppf(Q)
  bayes ROPE SAMPLES DIFFERENCES       -> P(left) P(rope) P(right) of the Bayesian signed-rank test (Benavoli
                                          et al. 2017, s = 0.5, z0 = 0), numpy Monte Carlo with its own seed:
                                          agrees with the C++ draws only up to Monte Carlo error
Prints one line per case, numbers space-separated with 17 significant digits.
"""
import sys
import warnings

import numpy as np
from scipy import stats

warnings.simplefilter("ignore")  # scipy warns when it switches to the normal approximation


def numbers(text):
    return np.array([float(v) for v in text.split(",")])


def holm(p):
    order = np.argsort(p, kind="stable")
    m = len(p)
    adjusted = np.empty(m)
    running = 0.0
    for j, i in enumerate(order):
        running = max(running, min(1.0, (m - j) * p[i]))
        adjusted[i] = running
    return adjusted


def bayes(rope, samples, diffs):
    z = np.concatenate(([0.0], diffs))
    means = (z[:, None] + z[None, :]) / 2
    regions = [means < -rope, (means >= -rope) & (means <= rope), means > rope]
    w = np.random.default_rng(0).dirichlet(np.concatenate(([0.5], np.ones(len(diffs)))), samples)
    mass = np.stack([np.einsum("si,ij,sj->s", w, r.astype(float), w) for r in regions], axis=1)
    best = mass == mass.max(axis=1, keepdims=True)
    return (best / best.sum(axis=1, keepdims=True)).mean(axis=0)


def case(parts):
    kind = parts[0]
    if kind == "rank":
        return stats.rankdata(numbers(parts[1]))
    if kind == "friedman":
        data = numbers(parts[3]).reshape(int(parts[1]), int(parts[2]))
        res = stats.friedmanchisquare(*data.T)
        return [res.statistic, res.pvalue]
    if kind == "wilcoxon":
        res = stats.wilcoxon(numbers(parts[3]), numbers(parts[4]), zero_method=parts[1], method=parts[2],
                             correction=False, alternative="two-sided")
        return [res.statistic, res.pvalue]
    if kind == "holm":
        return holm(numbers(parts[1]))
    if kind == "srange":
        return [stats.studentized_range.ppf(1 - float(parts[2]), int(parts[1]), np.inf)]
    if kind == "normq":
        return [stats.norm.ppf(float(parts[1]))]
    if kind == "bayes":
        return bayes(float(parts[1]), int(parts[2]), numbers(parts[3]))
    raise SystemExit("unknown case kind: " + kind)


for line in open(sys.argv[1]):
    parts = line.split()
    if parts:
        print(" ".join("%.17g" % v for v in case(parts)))
