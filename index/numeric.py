"""numpy's mean and standard deviation, to the last bit, at a fraction of the cost on small arrays; and
numpy's BLAS kept to one thread.

A question standardises a few dozen numbers several times (its sentences' similarities, its candidates'
signals). ``ndarray.mean()`` and ``ndarray.std()`` spend more on checking their arguments than on summing;
these sum the same way, in the same order, so every score and every tie comes out as before.
"""
from __future__ import annotations

import numpy as np
from threadpoolctl import threadpool_limits


def single_threaded_blas() -> None:
    """Keep numpy's BLAS to one thread in this process. A question's products are small (its vector against a
    few thousand passages, a few dozen sentences); OpenBLAS wakes a second thread for them, which then spins
    and takes the core the model needs for the next question (every-unit library: embedding 10.7 -> 12.8 ms
    a question with the passages scored in one product, 0.2 ms a question without). The model and FAISS
    have their own threads. Applies to the BLAS libraries loaded so far (0.4 ms): called for each served
    generation, it also reaches one a later import brought in (torch's, where that runtime is used)."""
    threadpool_limits(limits=1, user_api="blas")


def mean_and_std(values: np.ndarray, axis: int | None = None) -> tuple[np.ndarray, np.ndarray]:
    """``(values.mean(axis), values.std(axis))`` of a float64 array."""
    count = values.size if axis is None else values.shape[axis]
    mean = np.add.reduce(values, axis=axis) / count
    deviations = values - mean
    return mean, np.sqrt(np.add.reduce(deviations * deviations, axis=axis) / count)


def weighted_mean_and_std(values: np.ndarray, weights: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Mean and standard deviation of each column of ``values``, row ``i`` counting ``weights[i]`` times."""
    total = float(weights.sum())
    column = weights.reshape(-1, 1)
    mean = np.add.reduce(values * column, axis=0) / total
    deviations = values - mean
    return mean, np.sqrt(np.add.reduce(deviations * deviations * column, axis=0) / total)
