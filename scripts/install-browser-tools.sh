#!/usr/bin/env bash
# Install what the browser quality gates need, only from Debian and npm:
#   Debian: chromium (driven by Playwright) and default-jre-headless (for vnu.jar)
#   npm:    axe-core, vnu-jar and lighthouse, pinned in package-lock.json
# Idempotent: installs only what is missing. Needs root (or sudo) for apt-get.
# npm runs with --ignore-scripts, or vnu-jar would try to download a Java.
set -euo pipefail
cd "$(dirname "$0")/.."

chrome="${CHROME_PATH:-/usr/bin/chromium}"
missing=()
[ -x "$chrome" ] || missing+=(chromium)
command -v java >/dev/null 2>&1 || missing+=(default-jre-headless)

if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" -eq 0 ]; then sudo=""; elif command -v sudo >/dev/null 2>&1; then sudo="sudo"; else sudo="none"; fi
  if [ "$sudo" = "none" ] || ! command -v apt-get >/dev/null 2>&1; then
    echo "install-browser-tools: missing ${missing[*]}; install them with your package manager (Debian: apt-get install ${missing[*]})" >&2
    exit 1
  fi
  echo "install-browser-tools: apt-get install ${missing[*]}"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

if ! command -v npm >/dev/null 2>&1; then
  echo "install-browser-tools: npm is missing (Debian: apt-get install npm)" >&2
  exit 1
fi
stamp=node_modules/.placard-lock
if [ ! -f "$stamp" ] || ! cmp -s package-lock.json "$stamp"; then
  echo "install-browser-tools: npm ci --ignore-scripts"
  npm ci --ignore-scripts --no-audit --no-fund --loglevel=error
  cp package-lock.json "$stamp"
fi
echo "install-browser-tools: ready ($chrome, $(java -version 2>&1 | head -1), axe-core, vnu-jar, lighthouse)"
