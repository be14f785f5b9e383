#!/usr/bin/python3
"""Balanced accuracy of imbench's mlp against scikit-learn's MLPClassifier with the same hyper-parameters.

imbench side: `imbench run` (5-fold stratified CV, default seed) on bundled data sets, then `imbench report`
and its results_long.csv. scikit-learn side: the same .h5 files read with h5py (Debian python3-h5py),
StratifiedKFold(5, shuffle) over three seeds, MLPClassifier fitted on the raw features (imbench does not
scale either). The folds and random streams differ, so agreement means "within the fold-to-fold spread".

  /usr/bin/python3 scripts/compare_mlp_sklearn.py --build build-mlp [--datasets ecoli,keel_pima,keel_yeast3]
"""
import argparse
import csv
import os
import statistics
import subprocess
import tempfile
import warnings

import h5py
import numpy as np
from sklearn.metrics import balanced_accuracy_score
from sklearn.model_selection import StratifiedKFold
from sklearn.neural_network import MLPClassifier

# name -> (imbench model spec, MLPClassifier keyword arguments): the same configuration spelled twice; every
# other parameter keeps its default, which both sides share (200 epochs, batch min(200, n), alpha 1e-4, tol 1e-4).
# Each spec names solver, activation and early_stopping so a stored canonical spec matches one entry only.
CONFIGS = {
    "adam-relu": ("mlp:hidden_layer_sizes=32,activation=relu,solver=adam,learning_rate=0.01,early_stopping=false",
                  dict(hidden_layer_sizes=(32,), activation="relu", solver="adam", learning_rate_init=0.01)),
    "adam-early": ("mlp:hidden_layer_sizes=32,activation=relu,solver=adam,learning_rate=0.01,early_stopping=true",
                   dict(hidden_layer_sizes=(32,), activation="relu", solver="adam", learning_rate_init=0.01,
                        early_stopping=True)),
    "sgd-tanh": ("mlp:hidden_layer_sizes={16,16},activation=tanh,solver=sgd,learning_rate=0.01,early_stopping=false",
                 dict(hidden_layer_sizes=(16, 16), activation="tanh", solver="sgd", learning_rate_init=0.01)),
}


def imbench_scores(build, datasets, folds, workdir):
    """{(dataset, config): [balanced accuracy per fold]} from one imbench run and report."""
    store = os.path.join(workdir, "mlp.db")
    specs = {f"model={spec}": name for name, (spec, _) in CONFIGS.items()}
    cmd = [os.path.join(build, "imbench"), "run", "--datasets", ",".join(datasets), "--folds", str(folds),
           "--metrics", "balanced_accuracy", "--store", store, "--quiet"]
    for pipeline in specs:
        cmd += ["--pipeline", pipeline]
    subprocess.run(cmd, check=True)
    report = os.path.join(workdir, "report")
    subprocess.run([os.path.join(build, "imbench"), "report", store, "--format", "csv", "--output", report],
                   check=True, capture_output=True)
    scores = {}
    with open(os.path.join(report, "results_long.csv"), newline="") as f:
        for row in csv.DictReader(f):
            if row["split"] != "test" or row["metric"] != "balanced_accuracy":
                continue
            config = next(name for pipeline, name in specs.items() if same_config(row["pipeline"], pipeline))
            scores.setdefault((row["dataset"], config), []).append(float(row["value"]))
    return scores


def same_config(stored, given):
    """The store holds canonical specs (every default explicit); match on the parameters we set."""
    params = dict(p.split("=", 1) for p in split_top(given.split(":", 1)[1]))
    stored_params = dict(p.split("=", 1) for p in split_top(stored.split(":", 1)[1]))
    return all(stored_params.get(k) == v or canonical_equal(stored_params.get(k), v) for k, v in params.items())


def canonical_equal(a, b):
    try:
        return a is not None and float(a) == float(b)
    except ValueError:
        return False


def split_top(text):
    """Comma-separated parts outside braces."""
    parts, depth, current = [], 0, ""
    for c in text:
        depth += c == "{"
        depth -= c == "}"
        if c == "," and depth == 0:
            parts.append(current)
            current = ""
        else:
            current += c
    return parts + [current]


def sklearn_scores(path, folds, seeds):
    with h5py.File(path, "r") as f:
        X = np.asarray(f["X"], dtype=float)
        y = np.asarray(f["y"])
    scores = {}
    for name, (_, kwargs) in CONFIGS.items():
        for seed in seeds:
            for train, test in StratifiedKFold(folds, shuffle=True, random_state=seed).split(X, y):
                model = MLPClassifier(random_state=seed, **kwargs).fit(X[train], y[train])
                scores.setdefault(name, []).append(balanced_accuracy_score(y[test], model.predict(X[test])))
    return scores


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--build", default="build")
    parser.add_argument("--datasets", default="ecoli,keel_pima,keel_yeast3")
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--seeds", type=int, default=3, help="scikit-learn CV repetitions")
    args = parser.parse_args()
    datasets = args.datasets.split(",")
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    with tempfile.TemporaryDirectory() as workdir:
        ours = imbench_scores(args.build, datasets, args.folds, workdir)
    print(f"balanced accuracy, {args.folds}-fold CV: mean ± sd over folds (sklearn: {args.seeds} seeds)")
    print("| data set | configuration | imbench mlp | sklearn MLPClassifier | difference |")
    print("|---|---|---|---|---|")
    warnings.filterwarnings("ignore")  # sklearn's ConvergenceWarning at max_iter
    for dataset in datasets:
        theirs = sklearn_scores(os.path.join(root, "datasets", "bundled", dataset + ".h5"), args.folds,
                                range(args.seeds))
        for name in CONFIGS:
            a, b = ours[(dataset, name)], theirs[name]
            print(f"| {dataset} | {name} | {statistics.mean(a):.3f} ± {statistics.stdev(a):.3f} | "
                  f"{statistics.mean(b):.3f} ± {statistics.stdev(b):.3f} | {statistics.mean(a) - statistics.mean(b):+.3f} |")


if __name__ == "__main__":
    main()
