#!/bin/sh
# Installs Debian's chromium for the browser test of the HTML report (test/html-report.e2e.test.ts).
# Idempotent: exits 0 at once when /usr/bin/chromium is already there.
set -eu

CHROMIUM=/usr/bin/chromium

if [ -x "$CHROMIUM" ]; then
  exit 0
fi

if ! command -v apt-get >/dev/null 2>&1; then
  echo "ensure-chromium: $CHROMIUM is missing and apt-get is not available; install Chromium and make it reachable at $CHROMIUM." >&2
  exit 1
fi

if [ "$(id -u)" -eq 0 ]; then
  AS_ROOT=""
elif command -v sudo >/dev/null 2>&1; then
  AS_ROOT="sudo"
else
  echo "ensure-chromium: $CHROMIUM is missing; installing it needs root and sudo is not available. Run as root: apt-get update && apt-get install -y --no-install-recommends chromium" >&2
  exit 1
fi

echo "ensure-chromium: installing Debian's chromium (apt-get)…" >&2
$AS_ROOT env DEBIAN_FRONTEND=noninteractive apt-get update -qq >/dev/null
$AS_ROOT env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium >/dev/null

if [ ! -x "$CHROMIUM" ]; then
  echo "ensure-chromium: apt-get finished but $CHROMIUM is still missing." >&2
  exit 1
fi
echo "ensure-chromium: $("$CHROMIUM" --version 2>/dev/null || echo chromium) installed." >&2
