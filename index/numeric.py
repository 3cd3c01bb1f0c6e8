"""numpy's mean and standard deviation, to the last bit, at a fraction of the cost on small arrays.

A question standardises a few dozen numbers several times (its sentences' similarities, its candidates'
signals). ``ndarray.mean()`` and ``ndarray.std()`` spend more on checking their arguments than on summing;
these sum the same way, in the same order, so every score and every tie comes out as before.
"""
from __future__ import annotations

import numpy as np


def mean_and_std(values: np.ndarray, axis: int | None = None) -> tuple[np.ndarray, np.ndarray]:
    """``(values.mean(axis), values.std(axis))`` of a float64 array."""
    count = values.size if axis is None else values.shape[axis]
    mean = np.add.reduce(values, axis=axis) / count
    deviations = values - mean
    return mean, np.sqrt(np.add.reduce(deviations * deviations, axis=axis) / count)
