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
"""
import argparse
import json
import os
import subprocess
import tempfile
import time

import numpy as np
from imblearn.combine import SMOTETomek
from imblearn.over_sampling import ADASYN, SMOTE, BorderlineSMOTE
from imblearn.under_sampling import EditedNearestNeighbours, TomekLinks
from sklearn.datasets import make_classification

FEATURES = 20
# imbench plugin name -> imblearn object with the matching defaults.
RESAMPLERS = {
    "smote": lambda: SMOTE(random_state=0),
    "borderline_smote": lambda: BorderlineSMOTE(random_state=0),
    "adasyn": lambda: ADASYN(random_state=0),
    "tomek_links": lambda: TomekLinks(),
    "enn": lambda: EditedNearestNeighbours(),
    "smote_tomek": lambda: SMOTETomek(random_state=0),
}


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
    best, rows_out = float("inf"), 0
    for _ in range(repeats):
        start = time.perf_counter()
        X_out, _ = RESAMPLERS[name]().fit_resample(X, y)
        best = min(best, time.perf_counter() - start)
        rows_out = len(X_out)
    return best, rows_out


def time_imbench(build, h5, names, repeats):
    """{name: (best seconds, output rows)} from one imbench_micro process."""
    pattern = "BM_Resample/(" + "|".join(names) + ")/"
    out = subprocess.run(
        [os.path.join(build, "imbench_micro"), f"--benchmark_filter={pattern}", "--benchmark_format=json",
         f"--benchmark_repetitions={repeats}"],
        env=dict(os.environ, IMBENCH_RESAMPLE_DATA=h5), check=True, capture_output=True, text=True).stdout
    result = {}
    for b in json.loads(out)["benchmarks"]:
        if b.get("run_type") != "iteration":
            continue
        name = b["run_name"].split("/")[1]
        seconds = b["real_time"] / 1000.0  # reported in ms
        previous = result.get(name, (float("inf"), 0))
        result[name] = (min(previous[0], seconds), int(b["rows_out"]))
    return result


def print_table(rows, names, imblearn, imbench):
    print(f"\n{rows} rows x {FEATURES} features, 1 % minority (seconds; rows = output rows)")
    print(f"{'resampler':<18} {'imblearn':>10} {'imbench':>10} {'ratio':>8} {'rows imblearn':>14} {'rows imbench':>13}")
    for name in names:
        (ti, ri), (tb, rb) = imblearn[name], imbench[name]
        print(f"{name:<18} {ti:>10.3f} {tb:>10.3f} {ti / tb:>7.1f}x {ri:>14} {rb:>13}")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--build", default="build", help="build directory holding imbench and imbench_micro")
    parser.add_argument("--repeats", type=int, default=1)
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--only", default=",".join(RESAMPLERS), help="comma-separated subset of the resamplers")
    parser.add_argument("--smote-1m", action="store_true", help="also time smote on 1M rows")
    args = parser.parse_args()
    names = [n for n in args.only.split(",") if n]
    unknown = [n for n in names if n not in RESAMPLERS]
    if unknown:
        parser.error(f"--only: unknown resamplers {unknown}; choose from {list(RESAMPLERS)}")

    runs = [(args.rows, names)] + ([(1_000_000, ["smote"])] if args.smote_1m else [])
    with tempfile.TemporaryDirectory() as directory:
        for rows, subset in runs:
            X, y, h5 = write_dataset(args.build, directory, rows)
            imblearn = {name: time_imblearn(name, X, y, args.repeats) for name in subset}
            imbench = time_imbench(args.build, h5, subset, args.repeats)
            print_table(rows, subset, imblearn, imbench)
    print("\nratio = imblearn time / imbench time (higher means imbench is faster)")


if __name__ == "__main__":
    main()
