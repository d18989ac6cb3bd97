# Sourced by scripts/run and scripts/test: ensures the Debian packages listed
# in scripts/system-packages.txt, the one list of what the academy needs from
# the system. As root on Debian it installs what is missing; otherwise it
# names the exact apt-get line and what each missing package is for.

SYSTEM_PACKAGES_FILE=scripts/system-packages.txt

# Rows of the list whose "when" column is one of the arguments.
system_package_rows() {
  local wanted=" $* "
  grep -vE '^\s*(#|$)' "$SYSTEM_PACKAGES_FILE" | while read -r package when programs why; do
    if [[ "$wanted" == *" $when "* ]]; then
      printf '%s\t%s\t%s\n' "$package" "$programs" "$why"
    fi
  done
}

package_installed() {
  dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q "install ok installed"
}

# A package is missing when dpkg does not have it or, off Debian, when a
# program it should provide is not on PATH.
package_missing() {
  local package=$1 programs=$2 program
  if command -v dpkg-query >/dev/null 2>&1; then
    package_installed "$package" || return 0
  fi
  [ "$programs" = "-" ] && return 1
  for program in ${programs//,/ }; do
    command -v "$program" >/dev/null 2>&1 || return 0
  done
  return 1
}

# Prints the missing rows (package, programs, why) for the given "when" values.
missing_system_packages() {
  local package programs why
  while IFS=$'\t' read -r package programs why; do
    if package_missing "$package" "$programs"; then
      printf '%s\t%s\t%s\n' "$package" "$programs" "$why"
    fi
  done < <(system_package_rows "$@")
}

# Usage: ensure_system_packages WHEN... ; returns 1 (after explaining) when
# something is still missing, so each caller decides whether that is fatal.
ensure_system_packages() {
  local missing names
  missing=$(missing_system_packages "$@")
  [ -n "$missing" ] || return 0
  names=$(cut -f1 <<<"$missing" | tr '\n' ' ')
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "==> Installing system packages: $names"
    # shellcheck disable=SC2086
    apt-get update -qq &&
      DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $names >/dev/null
    missing=$(missing_system_packages "$@")
    [ -n "$missing" ] || return 0
    names=$(cut -f1 <<<"$missing" | tr '\n' ' ')
  fi
  {
    echo "These system packages are missing:"
    while IFS=$'\t' read -r package programs why; do
      printf '    %-20s %s\n' "$package" "$why"
    done <<<"$missing"
    echo "Install them with:"
    echo "    sudo apt-get install $names"
  } >&2
  return 1
}
