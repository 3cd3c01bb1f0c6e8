#!/usr/bin/env bash
# Sets everything up and runs the test suite (the real model is converted on first use).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
bash scripts/setup_browser.sh  # chromium for the report's browser test (installed as root via apt, else skipped)
exec .venv/bin/python -m pytest "$@"
