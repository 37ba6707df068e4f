#!/usr/bin/env bash
# Installs the Debian packages a fresh machine needs for building and testing mlsd-drafter:
# Chromium (webview tests and the workbench of the integration tests) and the toolchain that
# builds the local VS Code server's native modules. Installs only what is missing; quiet; idempotent.
set -euo pipefail

packages=(chromium libkrb5-dev build-essential pkg-config python3)

missing=()
for package in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q '^install ok installed$'; then
    missing+=("$package")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "System packages: all present (${packages[*]})."
  exit 0
fi

if [ "$(id -u)" -ne 0 ]; then
  echo "error: missing system packages: ${missing[*]}" >&2
  echo "Run this script as root (e.g. sudo bash scripts/setup-system.sh), or install them with:" >&2
  echo "  sudo apt-get install -y --no-install-recommends ${missing[*]}" >&2
  exit 1
fi

echo "System packages: installing ${missing[*]}…"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
echo "System packages: installed ${missing[*]}."
