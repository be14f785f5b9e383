#!/usr/bin/python3
"""Reference ROC and precision-recall curves from scikit-learn 1.2 for
tests/reports/figures/curves_test.cpp.

Usage: sklearn_curves.py SCORES.txt
SCORES.txt: one "score label" pair per line, label 1 = positive, 0 = negative.

Prints four lines of space-separated %.17g numbers:
  roc x y x y ...        roc_curve (default drop_intermediate=True): fpr, tpr pairs
  pr x y x y ...         precision_recall_curve: recall, precision pairs
  auc VALUE              roc_auc_score
  ap VALUE               average_precision_score
"""
import sys

import numpy as np
from sklearn import metrics

data = np.loadtxt(sys.argv[1], ndmin=2)
scores, labels = data[:, 0], data[:, 1].astype(int)
fpr, tpr, _ = metrics.roc_curve(labels, scores)
precision, recall, _ = metrics.precision_recall_curve(labels, scores)


def pairs(xs, ys):
    return " ".join(f"{x:.17g} {y:.17g}" for x, y in zip(xs, ys))


print("roc", pairs(fpr, tpr))
print("pr", pairs(recall, precision))
print("auc", f"{metrics.roc_auc_score(labels, scores):.17g}")
print("ap", f"{metrics.average_precision_score(labels, scores):.17g}")
