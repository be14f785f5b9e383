#!/usr/bin/env python3
"""imbench's random forest against scikit-learn's on the seed course's setting.

Synthetic data (scikit-learn's make_classification, 10 000 samples, 2/10/20
features, 1/2/5/10/20 % minority) is written once and used by both sides:
imbench imports it and runs 5-fold stratified CV; scikit-learn runs its own
5-fold stratified CV on the same rows. The fold assignments differ, so the
test is "within noise": the difference of the mean test balanced accuracies
in units of its standard error.

Usage: /usr/bin/python3 scripts/compare_forest_accuracy.py [--imbench build/imbench] [--trees 100]
"""
import argparse
import os
import sqlite3
import subprocess
import sys
import tempfile
import time

import numpy as np
from sklearn.datasets import make_classification
from sklearn.ensemble import RandomForestClassifier
from sklearn.model_selection import StratifiedKFold, cross_val_score


def make_data(n_features, minority, seed):
    informative = 2 if n_features == 2 else n_features // 2
    return make_classification(n_samples=10_000, n_features=n_features, n_informative=informative,
                               n_redundant=0, n_clusters_per_class=1, weights=[1 - minority],
                               flip_y=0, random_state=seed)


def write_csv(path, X, y):
    header = ",".join(f"f{j}" for j in range(X.shape[1])) + ",label"
    np.savetxt(path, np.column_stack([X, y]), delimiter=",", header=header, comments="", fmt="%.17g")


def imbench_scores(binary, h5_files, trees, store):
    command = [binary, "run", "--datasets", ",".join(h5_files), "--pipeline",
               f"model=random_forest:n_trees={trees}", "--folds", "5", "--repeats", "1",
               "--metrics", "balanced_accuracy", "--seed", "1", "--threads", "2", "--store", store, "--quiet"]
    start = time.perf_counter()
    subprocess.run(command, check=True)
    seconds = time.perf_counter() - start
    rows = sqlite3.connect(store).execute(
        "SELECT r.dataset, m.value FROM results r JOIN metrics m USING (task_key) "
        "WHERE m.split = 'test' AND m.metric LIKE 'balanced_accuracy%' AND r.status = 'ok'").fetchall()
    scores = {}
    for dataset, value in rows:
        scores.setdefault(dataset, []).append(value)
    return scores, seconds


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--imbench", default=os.path.join(os.path.dirname(__file__), "..", "build", "imbench"))
    parser.add_argument("--trees", type=int, default=100)
    args = parser.parse_args()

    settings = [(d, m) for d in (2, 10, 20) for m in (0.01, 0.02, 0.05, 0.10, 0.20)]
    work = tempfile.mkdtemp(prefix="imbench-forest-")
    h5_files, sk_scores, sk_seconds = [], {}, 0.0
    for n_features, minority in settings:
        name = f"seed_{n_features}d_{int(minority * 100)}pct"
        X, y = make_data(n_features, minority, seed=n_features * 100 + int(minority * 100))
        csv, h5 = os.path.join(work, name + ".csv"), os.path.join(work, name + ".h5")
        write_csv(csv, X, y)
        subprocess.run([args.imbench, "datasets", "import", csv, "--format", "csv", "--target", "label",
                        "--positive", "1", "--name", name, "-o", h5], check=True, stdout=subprocess.DEVNULL)
        h5_files.append(h5)
        forest = RandomForestClassifier(n_estimators=args.trees, n_jobs=2, random_state=0)
        start = time.perf_counter()
        sk_scores[name] = cross_val_score(forest, X, y, scoring="balanced_accuracy",
                                          cv=StratifiedKFold(5, shuffle=True, random_state=0))
        sk_seconds += time.perf_counter() - start

    ours, our_seconds = imbench_scores(args.imbench, h5_files, args.trees, os.path.join(work, "forest.db"))
    print(f"{'data set':<18} {'imbench':>15} {'scikit-learn':>15} {'diff/se':>8}")
    worst = 0.0
    for name, theirs in sk_scores.items():
        mine = np.array(ours[name])
        se = np.sqrt(mine.var(ddof=1) / len(mine) + theirs.var(ddof=1) / len(theirs))
        z = (mine.mean() - theirs.mean()) / se if se > 0 else 0.0
        worst = max(worst, abs(z))
        print(f"{name:<18} {mine.mean():.4f}±{mine.std(ddof=1):.4f} {theirs.mean():.4f}±{theirs.std(ddof=1):.4f}"
              f" {z:>8.2f}")
    print(f"wall time for the 15 x 5-fold grid: imbench {our_seconds:.1f} s (2 threads, incl. start-up), "
          f"scikit-learn {sk_seconds:.1f} s (n_jobs=2); ratio {sk_seconds / our_seconds:.2f}x")
    print(f"largest |diff/se| = {worst:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
