# Sourced by scripts/run and scripts/test: the Debian packages certificate
# rendering needs. WeasyPrint needs Pango; libharfbuzz-subset0 keeps fonts
# small and fast to embed (without it WeasyPrint falls back to a subsetter
# about ten times slower); the Noto fonts print names in Latin, Arabic,
# Chinese, Cyrillic and Devanagari scripts.

RENDERING_LIBRARIES="libpango-1.0-0 libpangoft2-1.0-0 libharfbuzz-subset0"
RENDERING_FONTS="fonts-noto-core fonts-noto-cjk"

missing_packages() {
  local package
  for package in "$@"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" ||
      echo "$package"
  done
}

ensure_rendering_packages() {
  command -v dpkg-query >/dev/null 2>&1 || return 0 # not Debian: see the README
  local missing
  # shellcheck disable=SC2086
  missing=$(missing_packages $RENDERING_LIBRARIES $RENDERING_FONTS | tr '\n' ' ')
  [ -n "${missing// /}" ] || return 0
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "==> Installing what certificate rendering needs: $missing"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $missing >/dev/null
    return 0
  fi
  echo "Certificate rendering needs these Debian packages, which are not installed:" >&2
  echo "    sudo apt-get install $missing" >&2
  # Without Pango WeasyPrint cannot start at all; fonts and the fast subsetter can wait.
  # shellcheck disable=SC2086
  if [ -n "$(missing_packages libpango-1.0-0 libpangoft2-1.0-0)" ]; then
    exit 1
  fi
  echo "Continuing: certificates will render, but slower or with missing letters." >&2
}
