#!/usr/bin/env bash
# Installs what kg needs beyond the Rust toolchain: Graphviz (`dot`), for
# rendering images and for the tests that check the DOT output; and, for the
# tests, Python's networkx.
set -euo pipefail

# networkx, for the test that loads graph.json the way Python users will.
if command -v python3 >/dev/null 2>&1 && ! python3 -c "import networkx" 2>/dev/null; then
  python3 -m pip install --quiet --disable-pip-version-check networkx >/dev/null 2>&1 ||
    echo "kg: could not install networkx (pip); the networkx test will fail" >&2
fi

if command -v dot >/dev/null 2>&1; then
  exit 0
fi
echo "kg: installing Graphviz…" >&2
if command -v apt-get >/dev/null 2>&1; then
  sudo=""
  [ "$(id -u)" -ne 0 ] && sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq graphviz >/dev/null
elif command -v brew >/dev/null 2>&1; then
  brew install graphviz
elif command -v dnf >/dev/null 2>&1; then
  sudo dnf install -y graphviz
else
  echo "kg: cannot install Graphviz here: install the 'graphviz' package by hand" >&2
  exit 1
fi
command -v dot >/dev/null 2>&1
