#!/usr/bin/env bash
# Installs what kg needs beyond the Rust toolchain: Graphviz (`dot`), for
# rendering images and for the tests that check the DOT output; and, for the
# tests, Python's networkx (graph.json as Python users load it) and PySpark
# with a Java runtime (the Spark example's test, examples/spark).
set -euo pipefail

sudo=""
[ "$(id -u)" -ne 0 ] && sudo="sudo"

pip_install() { # pip_install MODULE SPEC: installs SPEC unless MODULE imports
  command -v python3 >/dev/null 2>&1 || return 0
  python3 -c "import $1" 2>/dev/null && return 0
  echo "kg: installing $2 (pip)…" >&2
  python3 -m pip install --quiet --disable-pip-version-check "$2" >/dev/null 2>&1 ||
    echo "kg: could not install $2 (pip); the tests that need it will fail" >&2
}

pip_install networkx networkx
pip_install pyspark "pyspark>=3.5,<5"

# Spark runs on the JVM (Java 17 or 21).
if ! command -v java >/dev/null 2>&1 && command -v apt-get >/dev/null 2>&1; then
  echo "kg: installing a Java runtime for Spark…" >&2
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq openjdk-17-jre-headless >/dev/null
fi

if command -v dot >/dev/null 2>&1; then
  exit 0
fi
echo "kg: installing Graphviz…" >&2
if command -v apt-get >/dev/null 2>&1; then
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
