#!/usr/bin/env python3
"""Every imbench classifier against its scikit-learn / imbalanced-learn / xgboost counterpart.

For each bundled data set named (default: ecoli, yeast_me2, abalone_19, mammography) imbench runs 5-fold
stratified CV, repeated twice, with each model at its defaults through `imbench run`; the reference runs its own
5-fold stratified CV, repeated twice, on the same rows (read from the bundled HDF5 file) with matching
hyper-parameters. Fold assignments differ, so the check is "within noise": the difference of the mean test scores
in units of its standard error (|diff/se| < 2 for about 95 % of comparisons when both sides are equivalent).
isolation_forest never sees labels: only its ROC AUC is compared.

Usage: /usr/bin/python3 scripts/compare_models_sklearn.py [--imbench build/imbench] [--datasets a,b] [--models m1,m2]
"""
import argparse
import os
import sqlite3
import subprocess
import sys
import tempfile
import time
import warnings

import h5py
import numpy as np
from sklearn.ensemble import IsolationForest, RandomForestClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import balanced_accuracy_score, roc_auc_score
from sklearn.model_selection import RepeatedStratifiedKFold
from sklearn.neighbors import KNeighborsClassifier
from sklearn.neural_network import MLPClassifier
from sklearn.svm import SVC
from sklearn.tree import DecisionTreeClassifier

warnings.filterwarnings("ignore")

from imblearn.ensemble import (BalancedBaggingClassifier, BalancedRandomForestClassifier,  # noqa: E402
                               EasyEnsembleClassifier, RUSBoostClassifier)

HERE = os.path.dirname(os.path.abspath(__file__))
METRICS = ("balanced_accuracy", "roc_auc")


def xgboost_classifier():
    import xgboost as xgb  # python3-xgboost (Debian); optional
    return xgb.XGBClassifier(n_estimators=100, max_depth=6, learning_rate=0.3, tree_method="hist", max_bin=256,
                             n_jobs=1, random_state=0)


# imbench spec -> reference estimator with the same hyper-parameters (imbench defaults).
MODELS = {
    "logistic_regression": lambda: LogisticRegression(C=1.0, max_iter=100),
    "decision_tree": lambda: DecisionTreeClassifier(random_state=0),
    "random_forest": lambda: RandomForestClassifier(n_estimators=100, n_jobs=1, random_state=0),
    "knn": lambda: KNeighborsClassifier(n_neighbors=5),
    "svm": lambda: SVC(probability=True, random_state=0),
    "mlp": lambda: MLPClassifier(random_state=0),
    "xgboost": xgboost_classifier,
    "isolation_forest": lambda: IsolationForest(n_estimators=100, random_state=0),
    "balanced_random_forest": lambda: BalancedRandomForestClassifier(n_estimators=100, random_state=0, n_jobs=1),
    "easy_ensemble": lambda: EasyEnsembleClassifier(n_estimators=10, random_state=0),
    "rus_boost": lambda: RUSBoostClassifier(n_estimators=50, random_state=0),
    "balanced_bagging": lambda: BalancedBaggingClassifier(n_estimators=10, random_state=0),
}


def load_bundled(name):
    """X and y (1 = the data set's positive label, else the smallest class) of a bundled binary set."""
    with h5py.File(os.path.join(HERE, "..", "datasets", "bundled", f"{name}.h5"), "r") as f:
        X, y = f["X"][()], f["y"][()].astype(int)
        names = [n.decode() if isinstance(n, bytes) else str(n) for n in f["class_names"][()]]
        label = f.attrs.get("positive_label", "")
        label = label.decode() if isinstance(label, bytes) else str(label)
    positive = names.index(label) if label in names else int(np.argmin(np.bincount(y)))
    return X, (y == positive).astype(int)


def reference_scores(make, X, y):
    scores = {metric: [] for metric in METRICS}
    for train, test in RepeatedStratifiedKFold(n_splits=5, n_repeats=2, random_state=1).split(X, y):
        model = make()
        if isinstance(model, IsolationForest):
            score = -model.fit(X[train]).score_samples(X[test])  # higher = more anomalous = positive
            scores["roc_auc"].append(roc_auc_score(y[test], score))
            continue
        proba = model.fit(X[train], y[train]).predict_proba(X[test])
        scores["balanced_accuracy"].append(balanced_accuracy_score(y[test], proba.argmax(axis=1)))
        scores["roc_auc"].append(roc_auc_score(y[test], proba[:, 1]))
    return {metric: np.array(values) for metric, values in scores.items() if values}


def imbench_scores(binary, datasets, models, store):
    command = [binary, "run", "--datasets", ",".join(datasets), "--folds", "5", "--repeats", "2", "--metrics",
               ",".join(METRICS), "--seed", "1", "--threads", "2", "--store", store, "--quiet"]
    for model in models:
        command += ["--pipeline", f"model={model}"]
    start = time.perf_counter()
    subprocess.run(command, check=True)
    seconds = time.perf_counter() - start
    rows = sqlite3.connect(store).execute(
        "SELECT r.dataset, r.pipeline, m.metric, m.value FROM results r JOIN metrics m USING (task_key) "
        "WHERE m.split = 'test' AND r.status = 'ok'").fetchall()
    scores = {}
    for dataset, pipeline, metric, value in rows:
        model = pipeline.split("model=")[1].split(":")[0].split(" ")[0]
        scores.setdefault((dataset, model, metric.split(":")[0]), []).append(value)
    return scores, seconds


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--imbench", default=os.path.join(HERE, "..", "build", "imbench"))
    parser.add_argument("--datasets", default="ecoli,yeast_me2,abalone_19,mammography")
    parser.add_argument("--models", default=",".join(MODELS))
    args = parser.parse_args()

    names, models = args.datasets.split(","), args.models.split(",")
    ours, our_seconds = imbench_scores(args.imbench, names, models, os.path.join(tempfile.mkdtemp(), "models.db"))
    print(f"imbench: {len(names)} data sets x {len(models)} models x 10 folds in {our_seconds:.1f} s (2 threads)")
    print(f"{'data set':<12} {'model':<23} {'metric':<18} {'imbench':>15} {'reference':>15} {'diff/se':>8} {'ref s':>7}")
    for name in names:
        X, y = load_bundled(name)
        for model in models:
            start = time.perf_counter()
            theirs = reference_scores(MODELS[model], X, y)
            seconds = time.perf_counter() - start
            for metric, ref in theirs.items():
                mine = np.array(ours.get((name, model, metric), []))
                if len(mine) < 2:
                    print(f"{name:<12} {model:<23} {metric:<18} {'missing':>15}")
                    continue
                se = np.sqrt(mine.var(ddof=1) / len(mine) + ref.var(ddof=1) / len(ref))
                z = (mine.mean() - ref.mean()) / se if se > 0 else 0.0
                print(f"{name:<12} {model:<23} {metric:<18} {mine.mean():.4f}±{mine.std(ddof=1):.4f} "
                      f"{ref.mean():.4f}±{ref.std(ddof=1):.4f} {z:>8.2f} {seconds:>7.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
