#!/usr/bin/python3
"""Per-split class counts of scikit-learn's stratified splitters (the oracle
for imbench's cross-validation).

usage: stratified_split_counts.py CASE [CASE ...]
  CASE = LABELS_FILE,kfold,FOLDS  or  LABELS_FILE,holdout,TEST_FRACTION

LABELS_FILE holds one integer label per line. For each case, prints one line
per split, "train|test" with a comma-separated count per class 0..K-1, and
then "end". These counts do not depend on the random state.
"""
import sys

import numpy as np
from sklearn.model_selection import StratifiedKFold, StratifiedShuffleSplit


def counts(y, rows, n_classes):
    return ",".join(str(c) for c in np.bincount(y[rows], minlength=n_classes))


for case in sys.argv[1:]:
    labels_file, method, value = case.split(",")
    y = np.loadtxt(labels_file, dtype=int, ndmin=1)
    n_classes = int(y.max()) + 1
    if method == "kfold":
        splitter = StratifiedKFold(n_splits=int(value), shuffle=True, random_state=0)
    else:
        splitter = StratifiedShuffleSplit(n_splits=1, test_size=float(value), random_state=0)
    for train, test in splitter.split(np.zeros((len(y), 1)), y):
        print(counts(y, train, n_classes) + "|" + counts(y, test, n_classes))
    print("end")
