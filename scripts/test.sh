#!/usr/bin/env bash
# Sets everything up and runs the test suite (the real model is converted on first use).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
exec .venv/bin/python -m pytest "$@"
