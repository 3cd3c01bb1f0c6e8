#!/usr/bin/env bash
# Sets up .venv with rutinbot and its test tools from requirements.lock (pinned, with hashes). Safe to run
# again; quick when nothing changed.
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON=${PYTHON:-python3.11}
command -v "$PYTHON" >/dev/null 2>&1 || PYTHON=python3
if [ ! -x .venv/bin/python ]; then
  "$PYTHON" -m venv .venv
  .venv/bin/python -m pip install --quiet --upgrade pip
fi
# torch first, pinned: a bare requirement would pull a multi-GB CUDA build; 2.13.0 is the CPU build.
.venv/bin/python -c "import torch, sys; sys.exit(torch.__version__.split('+')[0] != '2.13.0')" 2>/dev/null \
  || .venv/bin/python -m pip install --quiet "torch==2.13.0"
# Every package at the version the tests ran with, checked against its hash (the lock pins torch's
# local CPU build, so nothing here can swap it for a CUDA one); then rutinbot itself, without resolving.
.venv/bin/python -m pip install --quiet --require-hashes -r requirements.lock
.venv/bin/python -m pip install --quiet --no-deps -e .
.venv/bin/python -m pip check >/dev/null || { .venv/bin/python -m pip check; echo "requirements.lock is out of date: run bash scripts/lock.sh" >&2; exit 1; }
