#!/usr/bin/python3
"""Class counts from scikit-learn / imbalanced-learn, for the generator tests.

usage: datasets_class_counts.py CASES_FILE
Each line of CASES_FILE is one case:
  classification N_SAMPLES N_CLASSES N_CLUSTERS_PER_CLASS N_INFORMATIVE WEIGHTS   (WEIGHTS: none or a;b;c)
  imbalance COUNTS_IN KEEP                                                        (label:count;label:count)
Prints one line per case: the class counts in label order, space-separated.
"""
import sys

import numpy as np
from imblearn.datasets import make_imbalance
from sklearn.datasets import make_classification


def classification(n_samples, n_classes, per_class, n_informative, weights):
    w = None if weights == "none" else [float(v) for v in weights.split(";")]
    _, y = make_classification(n_samples=int(n_samples), n_features=int(n_informative) + 2,
                               n_informative=int(n_informative), n_redundant=0, n_classes=int(n_classes),
                               n_clusters_per_class=int(per_class), weights=w, flip_y=0.0, random_state=0)
    return np.bincount(y, minlength=int(n_classes))


def pairs(text):
    return {int(k): int(v) for k, v in (item.split(":") for item in text.split(";"))}


def imbalance(counts_in, keep):
    have = pairs(counts_in)
    y = np.concatenate([np.full(n, label) for label, n in sorted(have.items())])
    X = np.arange(len(y), dtype=float).reshape(-1, 1)
    _, y_out = make_imbalance(X, y, sampling_strategy=pairs(keep), random_state=0)
    return [int((y_out == label).sum()) for label in sorted(have)]


for line in open(sys.argv[1]):
    parts = line.split()
    if not parts:
        continue
    counts = classification(*parts[1:]) if parts[0] == "classification" else imbalance(*parts[1:])
    print(" ".join(str(int(c)) for c in counts))
