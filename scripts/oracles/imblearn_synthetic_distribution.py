#!/usr/bin/python3
"""imbalanced-learn 0.10 as the distribution oracle for imbench's SMOTE-family over-samplers.

  imblearn_synthetic_distribution.py METHOD X.csv y.txt OURS.csv
      METHOD: smote | borderline_smote | adasyn (imblearn defaults: k 5, m 10, kind borderline-1,
      sampling_strategy auto, binary y). OURS.csv holds the synthetic rows imbench made with the same
      settings. Runs imblearn (random_state=0) and prints, one line each:
        "column <j> <ks p-value>" for every feature (two-sample KS between the synthetic rows), then
        "nearest <ks p-value>" for the distance from each synthetic row to its nearest minority row,
        which tells where along the segments the points lie, then "count <ours> <imblearn>".
"""
import sys
import warnings

import numpy as np
from scipy.stats import ks_2samp
from sklearn.neighbors import NearestNeighbors

warnings.filterwarnings("ignore")

from imblearn.over_sampling import ADASYN, SMOTE, BorderlineSMOTE  # noqa: E402

SAMPLERS = {
    "smote": lambda: SMOTE(random_state=0),
    "borderline_smote": lambda: BorderlineSMOTE(random_state=0),
    "adasyn": lambda: ADASYN(random_state=0),
}


def main():
    method, x_path, y_path, ours_path = sys.argv[1:5]
    X = np.loadtxt(x_path, delimiter=",", ndmin=2)
    y = np.loadtxt(y_path, dtype=int)
    ours = np.loadtxt(ours_path, delimiter=",", ndmin=2)
    resampled, _ = SAMPLERS[method]().fit_resample(X, y)
    theirs = resampled[len(X):]
    for j in range(X.shape[1]):
        print("column", j, repr(ks_2samp(ours[:, j], theirs[:, j]).pvalue))
    minority = X[y == np.argmin(np.bincount(y))]
    nearest = NearestNeighbors(n_neighbors=1).fit(minority)
    print("nearest", repr(ks_2samp(nearest.kneighbors(ours)[0][:, 0], nearest.kneighbors(theirs)[0][:, 0]).pvalue))
    print("count", len(ours), len(theirs))


if __name__ == "__main__":
    main()
