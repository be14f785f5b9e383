#!/usr/bin/python3
"""imbalanced-learn 0.10's KMeansSMOTE as the oracle for imbench's kmeans_smote.

  imblearn_kmeans_smote.py X.csv y.txt N_CLUSTERS K_NEIGHBORS
      Runs KMeansSMOTE (sampling_strategy auto, KMeans(n_clusters, n_init=10) as the clustering,
      random_state=0) and prints the new rows it made per class, "class:n ...", followed by the
      requested counts on a second line in the same form.
"""
import sys
import warnings
from collections import Counter

import numpy as np
from sklearn.cluster import KMeans

warnings.filterwarnings("ignore")

from imblearn.over_sampling import KMeansSMOTE  # noqa: E402

if __name__ == "__main__":
    x_path, y_path, n_clusters, k = sys.argv[1:]
    X = np.loadtxt(x_path, delimiter=",", ndmin=2)
    y = np.loadtxt(y_path, dtype=int)
    sampler = KMeansSMOTE(kmeans_estimator=KMeans(n_clusters=int(n_clusters), n_init=10, random_state=0),
                          k_neighbors=int(k), random_state=0)
    _, y_res = sampler.fit_resample(X, y)
    made = Counter(int(v) for v in y_res[len(y):])
    print(" ".join(f"{c}:{made[c]}" for c in sorted(sampler.sampling_strategy_)))
    print(" ".join(f"{c}:{n}" for c, n in sorted(sampler.sampling_strategy_.items())))
