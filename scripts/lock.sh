#!/usr/bin/env bash
# Re-pins requirements.lock (with hashes) after a dependency in pyproject.toml changed. Versions already
# pinned are kept where they still fit; `bash scripts/lock.sh --upgrade` moves everything to the newest.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -x .venv/bin/pip-compile ] || .venv/bin/python -m pip install --quiet pip-tools
exec .venv/bin/pip-compile --quiet --generate-hashes --extra dev --strip-extras --allow-unsafe \
  --no-emit-index-url --no-emit-find-links -o requirements.lock "$@" pyproject.toml
