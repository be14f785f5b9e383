#!/usr/bin/python3
"""Reference MAE, RMSE and R2 from scikit-learn 1.2 for
algorithms/regression/regression_metrics_test.cpp.

Usage: sklearn_regression_metrics.py CASE.csv [CASE.csv ...]

Each CASE.csv holds two columns, y_true and y_pred, one case per row (no
header). Prints one line per file: PATH <TAB> mae <TAB> rmse <TAB> r2, each %.17g.
"""
import sys

import numpy as np
from sklearn import metrics as skm

for path in sys.argv[1:]:
    data = np.loadtxt(path, delimiter=",", ndmin=2)
    y_true, y_pred = data[:, 0], data[:, 1]
    mae = skm.mean_absolute_error(y_true, y_pred)
    rmse = np.sqrt(skm.mean_squared_error(y_true, y_pred))
    r2 = skm.r2_score(y_true, y_pred)
    print(f"{path}\t{mae:.17g}\t{rmse:.17g}\t{r2:.17g}")
