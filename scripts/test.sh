#!/usr/bin/env bash
# Sets everything up from the lock file, then runs the checks: ruff, mypy (index/ and bot/) and the test
# suite (the real model is converted on first use). Arguments go to pytest.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
bash scripts/setup_browser.sh  # chromium for the report's browser test (installed as root via apt, else skipped)
echo "ruff:" && .venv/bin/ruff check .
echo "mypy:" && .venv/bin/mypy
exec .venv/bin/python -m pytest "$@"
