#!/usr/bin/env bash
# Sets everything up, indexes the bundled documents and asks a sample question (or: --chat).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
.venv/bin/rutinbot index documents
if [ "${1:-}" = "--chat" ]; then
  exec .venv/bin/rutinbot chat
fi
.venv/bin/rutinbot ask "${1:-Hur fungerar larmet vid hembesök?}"
