#!/bin/sh
# Installs ripgrep from Debian's packages when missing (the performance benchmark's baseline).
set -e
command -v rg >/dev/null 2>&1 && exit 0
SUDO=""
if [ "$(id -u)" != "0" ]; then
  if command -v sudo >/dev/null 2>&1; then SUDO="sudo"; else
    echo "ripgrep is missing: install it (apt-get install ripgrep) or run as root" >&2; exit 1
  fi
fi
DEBIAN_FRONTEND=noninteractive $SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends ripgrep >/dev/null
