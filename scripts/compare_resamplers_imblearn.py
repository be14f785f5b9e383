#!/usr/bin/python3
"""Times imbalanced-learn 0.10 and imbench resamplers side by side on identical data.

Makes scikit-learn make_classification data (20 features, 1 % minority), saves it
as .npz and imports it once with `imbench datasets import` into an .h5 file. Then
times imblearn's fit_resample for each resampler (default parameters, default
BLAS threads, best of --repeats) on the numpy arrays, and imbench's
resamplers_bench (bench/micro/resamplers_bench.cpp: the same resamplers through
the plugin registry, one process, default TBB threads) with
IMBENCH_RESAMPLE_DATA pointing at the .h5. Prints seconds, output row counts
and the ratio imblearn / imbench. Heavy (minutes): run by hand, not in CI.

  /usr/bin/python3 scripts/compare_resamplers_imblearn.py --build build-kd [--smote-1m]

--repeats N runs both sides N times and reports medians (the machine is
shared: the load average is printed before and after). --imbench-only skips
imblearn (for 1M-row runs, where imblearn's cleaners take many minutes).
--rates compares brute-force neighbour throughput with OpenBLAS GEMM of the
same reference shape (256 x 20 times 20 x 102400; 2 * 20 flops per pair) on 1 and 2 threads.
"""
import argparse
import json
import os
import statistics
import subprocess
import tempfile
import time

import numpy as np
from imblearn.combine import SMOTETomek
from imblearn.over_sampling import ADASYN, SMOTE, BorderlineSMOTE
from imblearn.combine import SMOTEENN
from imblearn.under_sampling import (AllKNN, EditedNearestNeighbours, NearMiss, RepeatedEditedNearestNeighbours,
                                     TomekLinks)
from sklearn.datasets import make_classification

from allocator_policy import keep_freed_memory

FEATURES = 20
# imbench plugin name -> imblearn object with the matching defaults.
RESAMPLERS = {
    "smote": lambda: SMOTE(random_state=0),
    "borderline_smote": lambda: BorderlineSMOTE(random_state=0),
    "adasyn": lambda: ADASYN(random_state=0),
    "tomek_links": lambda: TomekLinks(),
    "enn": lambda: EditedNearestNeighbours(),
    "smote_tomek": lambda: SMOTETomek(random_state=0),
    "smote_enn": lambda: SMOTEENN(random_state=0),
    "renn": lambda: RepeatedEditedNearestNeighbours(),
    "all_knn": lambda: AllKNN(),
    "near_miss": lambda: NearMiss(version=1),
}
DEFAULT = "smote,borderline_smote,adasyn,tomek_links,enn,smote_tomek"


def write_dataset(build, directory, rows):
    """Returns (X, y, path of the imported .h5)."""
    X, y = make_classification(n_samples=rows, n_features=FEATURES, weights=[0.99], random_state=1)
    npz = os.path.join(directory, f"classification_{rows}.npz")
    h5 = os.path.join(directory, f"classification_{rows}.h5")
    np.savez(npz, X=X, y=y)
    subprocess.run([os.path.join(build, "imbench"), "datasets", "import", npz, "--format", "npz",
                    "--positive", "1", "-o", h5], check=True, capture_output=True, text=True)
    return X, y, h5


def time_imblearn(name, X, y, repeats):
    """(median wall seconds, median CPU seconds of the whole process, output rows)."""
    times, cpu, rows_out = [], [], 0
    for _ in range(repeats):
        start, start_cpu = time.perf_counter(), time.process_time()
        X_out, _ = RESAMPLERS[name]().fit_resample(X, y)
        times.append(time.perf_counter() - start)
        cpu.append(time.process_time() - start_cpu)
        rows_out = len(X_out)
    return statistics.median(times), statistics.median(cpu), rows_out


def time_imbench(build, h5, names, repeats):
    """{name: (median wall seconds, median process CPU seconds, output rows)} from one imbench_micro process."""
    pattern = "BM_Resample/(" + "|".join(names) + ")/"
    out = subprocess.run(
        [os.path.join(build, "imbench_micro"), f"--benchmark_filter={pattern}", "--benchmark_format=json",
         f"--benchmark_repetitions={repeats}"],
        env=dict(os.environ, IMBENCH_RESAMPLE_DATA=h5), check=True, capture_output=True, text=True).stdout
    times, cpu, rows_out = {}, {}, {}
    for b in json.loads(out)["benchmarks"]:
        if b.get("run_type") != "iteration":
            continue
        name = b["run_name"].split("/")[1]
        times.setdefault(name, []).append(b["real_time"] / 1000.0)  # reported in ms
        cpu.setdefault(name, []).append(b["cpu_time"] / 1000.0)
        rows_out[name] = int(b["rows_out"])
    return {name: (statistics.median(t), statistics.median(cpu[name]), rows_out[name]) for name, t in times.items()}


def gemm_rates(build):
    """GFLOP/s of OpenBLAS GEMM and of imbench's brute-force query on the same shape, 1 and 2 threads."""
    from threadpoolctl import threadpool_limits
    rng = np.random.default_rng(0)
    # 256 queries keep the product (256 x 102400) small; the rate per pair is what is compared.
    queries, refs = rng.standard_normal((256, FEATURES)), rng.standard_normal((102_400, FEATURES))
    flops = 2.0 * FEATURES * len(queries) * len(refs)
    blas = {}
    for threads in (1, 2):
        with threadpool_limits(limits=threads):
            for dtype in (np.float64, np.float32):
                a, b = queries.astype(dtype), refs.T.astype(dtype).copy()
                times = []
                for _ in range(5):
                    start = time.perf_counter()
                    a @ b
                    times.append(time.perf_counter() - start)
                blas[(threads, np.dtype(dtype).name)] = flops / statistics.median(times) / 1e9
    out = subprocess.run([os.path.join(build, "imbench_micro"), "--benchmark_filter=BM_Rate",
                          "--benchmark_format=json", "--benchmark_repetitions=3"],
                         check=True, capture_output=True, text=True).stdout
    ours = {}
    for b in json.loads(out)["benchmarks"]:
        if b.get("run_type") == "iteration":
            ours.setdefault(b["run_name"], []).append(b["GFLOPS"])
    ours = {name: statistics.median(v) for name, v in ours.items()}
    print("\nGFLOP/s (2 * 20 flops per query-reference pair), medians")
    for (threads, dtype), rate in blas.items():
        print(f"  OpenBLAS GEMM {dtype:<8} {threads} thread(s): {rate:8.1f}")
    for name, rate in sorted(ours.items()):
        print(f"  {name:<38} {rate:8.1f}")
    for threads in (1, 2):
        brute = ours.get(f"BM_RateBruteQuery/threads:{threads}")
        if brute:
            print(f"  brute-force query / OpenBLAS float64 GEMM, {threads} thread(s): "
                  f"{brute / blas[(threads, 'float64')]:.2f}; / float32 GEMM: {brute / blas[(threads, 'float32')]:.2f}")


def print_table(rows, names, imblearn, imbench):
    print(f"\n{rows} rows x {FEATURES} features, 1 % minority (medians; wall and whole-process CPU seconds)")
    print(f"{'resampler':<18} {'imblearn':>9} {'imbench':>9} {'ratio':>7} {'cpu imbl':>9} {'cpu imbe':>9}"
          f" {'ratio':>7} {'rows imblearn':>14} {'rows imbench':>13}")
    for name in names:
        (tb, cb, rb) = imbench[name]
        if name not in imblearn:
            print(f"{name:<18} {'-':>9} {tb:>9.3f} {'-':>7} {'-':>9} {cb:>9.3f} {'-':>7} {'-':>14} {rb:>13}")
            continue
        (ti, ci, ri) = imblearn[name]
        print(f"{name:<18} {ti:>9.3f} {tb:>9.3f} {ti / tb:>6.1f}x {ci:>9.3f} {cb:>9.3f} {ci / cb:>6.1f}x"
              f" {ri:>14} {rb:>13}")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--build", default="build", help="build directory holding imbench and imbench_micro")
    parser.add_argument("--repeats", type=int, default=1)
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--only", default=DEFAULT, help=f"comma-separated subset of {','.join(RESAMPLERS)}")
    parser.add_argument("--smote-1m", action="store_true", help="also time smote on 1M rows")
    parser.add_argument("--imbench-only", action="store_true", help="time imbench alone (no imblearn)")
    parser.add_argument("--rates", action="store_true", help="also compare neighbour-search GFLOP/s with OpenBLAS")
    args = parser.parse_args()
    names = [n for n in args.only.split(",") if n]
    unknown = [n for n in names if n not in RESAMPLERS]
    if unknown:
        parser.error(f"--only: unknown resamplers {unknown}; choose from {list(RESAMPLERS)}")

    keep_freed_memory()
    runs = [(args.rows, names)] + ([(1_000_000, ["smote"])] if args.smote_1m else [])
    print(f"load average before: {os.getloadavg()}")
    with tempfile.TemporaryDirectory() as directory:
        for rows, subset in runs if names else []:
            X, y, h5 = write_dataset(args.build, directory, rows)
            imblearn = {} if args.imbench_only else {name: time_imblearn(name, X, y, args.repeats) for name in subset}
            imbench = time_imbench(args.build, h5, subset, args.repeats)
            print_table(rows, subset, imblearn, imbench)
    if args.rates:
        gemm_rates(args.build)
    print(f"load average after: {os.getloadavg()}")
    print("\nratio = imblearn time / imbench time (higher means imbench is faster)")


if __name__ == "__main__":
    main()
