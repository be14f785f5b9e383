"""Times scikit-learn on the data bench/micro/forest_bench.cpp uses (20 standard normal
features, 1% minority shifted by 1.5 along the first five) for a speed ratio with
imbench_micro, and reports its tree sizes for comparison.

Usage: /usr/bin/python3 scripts/compare_forest_sklearn.py [N ...]   (default 2000 10000)
Compare with:  imbench_micro --benchmark_filter='Forest|Tree'
"""
import sys
import time

import numpy as np
from sklearn.ensemble import RandomForestClassifier
from sklearn.tree import DecisionTreeClassifier


def problem(n, seed=0):
    rng = np.random.default_rng(seed)
    y = (rng.uniform(size=n) < 0.01).astype(int)
    X = rng.standard_normal((n, 20))
    X[:, :5] += 1.5 * y[:, None]
    return X, y


def best_of(repeats, fn):
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times)


for n in [int(a) for a in sys.argv[1:]] or [2000, 10000]:
    X, y = problem(n)
    forest = RandomForestClassifier(n_estimators=100, n_jobs=2, random_state=0)
    t_forest = best_of(3, lambda: forest.fit(X, y).predict_proba(X))
    tree = DecisionTreeClassifier(random_state=0)
    t_tree = best_of(5, lambda: tree.fit(X, y))
    nodes = np.mean([e.tree_.node_count for e in forest.estimators_])
    print(f"n={n}: forest fit+predict (100 trees, n_jobs=2) {1000 * t_forest:.0f} ms, mean nodes/tree {nodes:.0f}; "
          f"single tree fit {1000 * t_tree:.1f} ms, {tree.tree_.node_count} nodes, depth {tree.get_depth()}")
