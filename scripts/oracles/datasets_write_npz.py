#!/usr/bin/python3
"""Writes the .npz files the npz importer tests read.

usage: datasets_write_npz.py OUT_DIR
  stored.npz    data (float64, Fortran order) + label (int64, -1/+1), numpy.savez (stored)
  deflated.npz  X (float32) + y (unicode strings), numpy.savez_compressed (deflate)
  keys.npz      feats (int32, big-endian) + target (bool), custom keys
  nan.npz       data with one NaN in row 2, label
"""
import os
import sys

import numpy as np

out = sys.argv[1]
data = np.asfortranarray(np.array([[0.5, -1.25, 3.0], [1e-300, 2.0, -0.0], [7.0, 8.5, 9.0], [1.0, 2.0, 3.0]]))
np.savez(os.path.join(out, "stored.npz"), data=data, label=np.array([-1, 1, -1, -1], dtype=np.int64))
np.savez_compressed(os.path.join(out, "deflated.npz"), X=np.arange(12, dtype=np.float32).reshape(4, 3) / 4,
                    y=np.array(["cat", "dog", "cat", "émeu"]))
np.savez(os.path.join(out, "keys.npz"), feats=np.array([[1, -2], [3, 4], [-5, 6]], dtype=">i4"),
         target=np.array([True, False, False]))
with_nan = np.array([[1.0, 2.0], [3.0, 4.0], [np.nan, 6.0], [7.0, 8.0]])
np.savez(os.path.join(out, "nan.npz"), data=with_nan, label=np.array([0, 1, 0, 1]))
