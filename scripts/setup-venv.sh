# Sourced by scripts/run and scripts/test: finds Python 3.11, creates .venv and
# installs the pinned requirements, skipping the install when nothing changed.
# Needs scripts/setup-system.sh sourced first.
# Usage: setup_venv REQUIREMENTS_FILE

find_python() {
  for candidate in "${PYTHON:-}" python3.11 python3; do
    [ -n "$candidate" ] || continue
    if command -v "$candidate" >/dev/null 2>&1 &&
      "$candidate" -c 'import sys; sys.exit(sys.version_info[:2] != (3, 11))' 2>/dev/null; then
      command -v "$candidate"
      return 0
    fi
  done
  return 1
}

ensure_venv_module() {
  local python=$1
  "$python" -c 'import ensurepip, venv' 2>/dev/null && return 0
  # Debian ships venv support apart from the interpreter (scripts/system-packages.txt).
  ensure_system_packages venv || exit 1
}

setup_venv() {
  local requirements=$1
  local python
  if ! python=$(find_python); then
    echo "Python 3.11 is required. On Debian: sudo apt-get install python3.11 python3.11-venv" >&2
    exit 1
  fi
  if [ ! -x .venv/bin/python ]; then
    ensure_venv_module "$python"
    echo "==> Creating the virtual environment in .venv"
    "$python" -m venv .venv
  fi
  local stamp=".venv/.installed-$(basename "$requirements")"
  local wanted
  wanted=$(cat requirements*.txt | sha256sum | cut -d' ' -f1)
  if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$wanted" ]; then
    echo "==> Installing pinned dependencies from $requirements"
    .venv/bin/python -m pip install --quiet --disable-pip-version-check --upgrade pip
    .venv/bin/python -m pip install --quiet --disable-pip-version-check -r "$requirements"
    echo "$wanted" >"$stamp"
  fi
  export PATH="$PWD/.venv/bin:$PATH"
}
