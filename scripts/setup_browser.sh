#!/usr/bin/env bash
# Installs Debian's chromium for the browser test of the administrator report, when it is missing and apt
# can be used (as root). Anywhere else it says why and succeeds: that test then skips with the same reason.
set -uo pipefail
if command -v chromium >/dev/null 2>&1 || command -v chromium-browser >/dev/null 2>&1; then
  exit 0
fi
if [ "$(id -u)" != "0" ] || ! command -v apt-get >/dev/null 2>&1; then
  echo "setup_browser: chromium is missing and apt-get cannot be used here (needs root on Debian);" \
       "the report's browser test will skip" >&2
  exit 0
fi
export DEBIAN_FRONTEND=noninteractive
if ! apt-get install -y -q --no-install-recommends chromium >/dev/null 2>&1; then
  apt-get update -q >/dev/null 2>&1 || true
  apt-get install -y -q --no-install-recommends chromium >/dev/null 2>&1 \
    || echo "setup_browser: apt-get could not install chromium; the report's browser test will skip" >&2
fi
exit 0
