#!/usr/bin/python3
"""Reference values of imbench's metric plugins from scikit-learn 1.2 and
imbalanced-learn 0.10 (the oracle of algorithms/metric/sklearn_oracle_test.cpp).

Usage: sklearn_metrics.py CASE_DIR [CASE_DIR ...]

Each CASE_DIR holds y_true.txt and y_pred.txt (one class index per line),
proba.csv (n x K) and task.txt ("n_classes positive_class"). For every case,
prints one line per metric configuration:

    CASE_DIR <TAB> canonical metric spec <TAB> value (%.17g, or nan)

The specs are written in imbench's canonical form (keys sorted, every
default explicit), so the test can check its own canonicalisation as well.
Where imbench defines a value that scikit-learn 1.2 refuses (a class absent
from y_true in multi-class ROC AUC, multi-class average precision, an
undefined AUC), the value is computed from scikit-learn's binary functions
as algorithms/metric/README.md defines it, or is nan.
"""
import os
import sys
import warnings

import numpy as np
from imblearn.metrics import geometric_mean_score, specificity_score
from sklearn import metrics as skm

warnings.filterwarnings("ignore")  # zero_division and ill-defined warnings are expected here
AVERAGES = ["auto", "binary", "macro", "weighted", "micro"]


def read_case(case_dir):
    y_true = np.loadtxt(os.path.join(case_dir, "y_true.txt"), dtype=int, ndmin=1)
    y_pred = np.loadtxt(os.path.join(case_dir, "y_pred.txt"), dtype=int, ndmin=1)
    proba = np.loadtxt(os.path.join(case_dir, "proba.csv"), delimiter=",", ndmin=2)
    n_classes, positive = (int(v) for v in open(os.path.join(case_dir, "task.txt")).read().split())
    return y_true, y_pred, proba, n_classes, positive


def spec(name, **params):
    if not params:
        return name
    return name + ":" + ",".join(f"{k}={params[k]}" for k in sorted(params))


def averages_for(n_classes):
    """(spelling in the spec, scikit-learn average) for the task."""
    out = []
    for a in AVERAGES:
        if a == "binary" and n_classes != 2:
            continue
        resolved = a if a != "auto" else ("binary" if n_classes == 2 else "macro")
        out.append((a, resolved))
    return out


def label_metrics(y_true, y_pred, n_classes, positive):
    """Metrics of the predicted labels: name, extra params, per-average and per-class functions."""
    rows = []
    families = {
        "precision": lambda avg, **kw: skm.precision_score(y_true, y_pred, average=avg, zero_division=0, **kw),
        "recall": lambda avg, **kw: skm.recall_score(y_true, y_pred, average=avg, zero_division=0, **kw),
        "f1": lambda avg, **kw: skm.f1_score(y_true, y_pred, average=avg, zero_division=0, **kw),
        "specificity": lambda avg, **kw: specificity_score(y_true, y_pred, average=avg, **kw),
    }
    for beta in (0.5, 2.0):
        families[("f_beta", beta)] = lambda avg, beta=beta, **kw: skm.fbeta_score(
            y_true, y_pred, beta=beta, average=avg, zero_division=0, **kw)
    for key, fn in families.items():
        name, extra = (key, {}) if isinstance(key, str) else (key[0], {"beta": f"{key[1]:g}"})
        for spelled, avg in averages_for(n_classes):
            kw = {"pos_label": positive} if avg == "binary" else {}
            rows.append((spec(name, average=spelled, **{"class": -1}, **extra), fn(avg, **kw)))
        for k in range(n_classes):
            rows.append((spec(name, average="auto", **{"class": k}, **extra), fn(None, labels=[k])[0]))

    # G-mean: imbalanced-learn's 'multiclass' (per-class recalls) and sqrt(sens * spec) averages.
    for spelled in ["multiclass", "binary", "macro", "weighted", "micro"]:
        if spelled == "binary" and n_classes != 2:
            continue
        kw = {"pos_label": positive} if spelled == "binary" else {}
        rows.append((spec("g_mean", average=spelled, **{"class": -1}),
                     geometric_mean_score(y_true, y_pred, average=spelled, **kw)))
    for k in range(n_classes):
        rows.append((spec("g_mean", average="multiclass", **{"class": k}),
                     geometric_mean_score(y_true, y_pred, labels=[k], average=None)[0]))

    rows.append(("accuracy", skm.accuracy_score(y_true, y_pred)))
    rows.append(("balanced_accuracy", skm.balanced_accuracy_score(y_true, y_pred)))
    rows.append(("mcc", skm.matthews_corrcoef(y_true, y_pred)))

    # Per class [[tn, fp], [fn, tp]].
    matrices = skm.multilabel_confusion_matrix(y_true, y_pred, labels=list(range(n_classes)))
    cells = {"tn": (0, 0), "fp": (0, 1), "fn": (1, 0), "tp": (1, 1)}
    for cell, (i, j) in cells.items():
        rows.append((spec("confusion", cell=cell, **{"class": -1}), matrices[positive][i, j]))
        for k in range(n_classes):
            rows.append((spec("confusion", cell=cell, **{"class": k}), matrices[k][i, j]))
    return rows


def one_class_score(fn, is_positive, scores, needs_both):
    if needs_both and (is_positive.all() or not is_positive.any()):
        return float("nan")  # scikit-learn raises: AUC undefined with one class
    return fn(is_positive.astype(int), scores)


def score_metrics(y_true, proba, n_classes, positive):
    rows = []
    present = np.unique(y_true)
    indicator = (y_true[:, None] == present[None, :]).astype(int)
    for name, fn, needs_both in (("roc_auc", skm.roc_auc_score, True),
                                 ("average_precision", skm.average_precision_score, False)):
        for spelled, avg in averages_for(n_classes):
            if avg == "binary":
                value = one_class_score(fn, y_true == positive, proba[:, positive], needs_both)
            elif needs_both and len(present) < 2:
                value = float("nan")
            elif name == "roc_auc" and len(present) == n_classes > 2 and avg != "micro":
                # scikit-learn's own multi-class path, where it is defined.
                value = skm.roc_auc_score(y_true, proba, multi_class="ovr", average=avg,
                                          labels=list(range(n_classes)))
            elif len(present) == 1:
                value = fn(indicator[:, 0], proba[:, present[0]])
            else:
                value = fn(indicator, proba[:, present], average=avg)
            rows.append((spec(name, average=spelled, **{"class": -1}), value))
        for k in range(n_classes):
            rows.append((spec(name, average="auto", **{"class": k}),
                         one_class_score(fn, y_true == k, proba[:, k], needs_both)))

    if n_classes == 2:
        brier = skm.brier_score_loss(y_true == positive, proba[:, positive])
    else:  # no multi-class Brier in scikit-learn 1.2: Brier's (1950) sum over classes
        onehot = np.eye(n_classes)[y_true]
        brier = np.mean(np.sum((proba - onehot) ** 2, axis=1))
    rows.append(("brier", brier))
    rows.append(("log_loss", skm.log_loss(y_true, proba, labels=list(range(n_classes)))))
    return rows


def main(case_dirs):
    for case_dir in case_dirs:
        y_true, y_pred, proba, n_classes, positive = read_case(case_dir)
        rows = label_metrics(y_true, y_pred, n_classes, positive) + score_metrics(y_true, proba, n_classes, positive)
        for name, value in rows:
            print(f"{case_dir}\t{name}\t{float(value):.17g}")


if __name__ == "__main__":
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    main(sys.argv[1:])
