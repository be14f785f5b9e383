#!/usr/bin/python3
"""Times imbalanced-learn 0.10 SMOTE and imbench's SMOTE on the same data in one run.

Writes each data set (rows x 20 features, 1% minority) to smote_<rows>.bin in a
temporary directory, times imblearn's SMOTE(k_neighbors=5).fit_resample on it
(best of --repeats, BLAS/OpenMP limited to 1 thread and unlimited), then runs
imbench_micro's BM_Smote with IMBENCH_SMOTE_DATA pointing at the same files,
and prints both with the speed-up ratio.

  /usr/bin/python3 scripts/compare_smote_imblearn.py --micro build-resamplers/imbench_micro
"""
import argparse
import json
import os
import subprocess
import tempfile
import time

import numpy as np
from imblearn.over_sampling import SMOTE
from threadpoolctl import threadpool_limits

from allocator_policy import keep_freed_memory

FEATURES = 20


def make_data(rows, seed):
    """Standard normal features; every 100th row is the minority, shifted by 1."""
    rng = np.random.default_rng(seed)
    y = (np.arange(rows) % 100 == 0).astype(np.int32)
    X = rng.standard_normal((rows, FEATURES)) + y[:, None]
    return X, y


def write_data(path, X, y):
    with open(path, "wb") as f:
        np.array(X.shape, dtype=np.uint64).tofile(f)
        np.ascontiguousarray(X, dtype=np.float64).tofile(f)
        y.astype(np.int32).tofile(f)


def time_imblearn(X, y, repeats, threads):
    best = float("inf")
    with threadpool_limits(limits=threads):
        for _ in range(repeats):
            start = time.perf_counter()
            SMOTE(k_neighbors=5, random_state=0).fit_resample(X, y)
            best = min(best, time.perf_counter() - start)
    return best


def time_imbench(micro, data_dir, repeats):
    env = dict(os.environ, IMBENCH_SMOTE_DATA=data_dir)
    out = subprocess.run(
        [micro, "--benchmark_filter=BM_Smote", "--benchmark_format=json",
         f"--benchmark_repetitions={repeats}", "--benchmark_report_aggregates_only=false"],
        env=env, check=True, capture_output=True, text=True).stdout
    best = {}
    for b in json.loads(out)["benchmarks"]:
        if b.get("run_type") != "iteration":
            continue
        rows, threads = (int(part.split(":")[1]) for part in b["run_name"].split("/")[1:3])
        seconds = b["real_time"] / 1000.0  # reported in ms
        best[(rows, threads)] = min(best.get((rows, threads), float("inf")), seconds)
    return best


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--micro", default="build/imbench_micro", help="path of the imbench_micro executable")
    parser.add_argument("--repeats", type=int, default=3)
    args = parser.parse_args()
    sizes = [10_000, 100_000, 1_000_000]
    keep_freed_memory()

    with tempfile.TemporaryDirectory() as data_dir:
        imblearn = {}
        for rows in sizes:
            X, y = make_data(rows, seed=rows)
            write_data(os.path.join(data_dir, f"smote_{rows}.bin"), X, y)
            for threads in (1, None):
                imblearn[(rows, threads)] = time_imblearn(X, y, args.repeats, threads)
        imbench = time_imbench(args.micro, data_dir, args.repeats)

    print(f"SMOTE, {FEATURES} features, 1% minority, k_neighbors=5, best of {args.repeats} (seconds)")
    print(f"{'rows':>9} {'imblearn 1t':>12} {'imblearn all':>13} {'imbench 1t':>11} {'imbench 2t':>11}"
          f" {'ratio 1t':>9} {'ratio best':>11}")
    for rows in sizes:
        i1, iall = imblearn[(rows, 1)], imblearn[(rows, None)]
        b1, b2 = imbench[(rows, 1)], imbench[(rows, 2)]
        print(f"{rows:>9} {i1:>12.4f} {iall:>13.4f} {b1:>11.4f} {b2:>11.4f} {i1 / b1:>8.1f}x"
              f" {min(i1, iall) / min(b1, b2):>10.1f}x")
    print("ratio = imblearn time / imbench time (higher means imbench is faster)")


if __name__ == "__main__":
    main()
