# Shared by the scripts in this directory: option parsing for --llvm, the
# project root, and installing Debian packages only when they are missing.
# shellcheck shell=bash

ESCAPE_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
ESCAPE_LLVM=${ESCAPE_LLVM:-22}

escape_build_dir() { echo "$ESCAPE_ROOT/build/llvm$ESCAPE_LLVM"; }
escape_plugin() { echo "$(escape_build_dir)/lib/libEscape.so"; }
escape_bindir() { echo "/usr/lib/llvm-$ESCAPE_LLVM/bin"; }

escape_die() { echo "$(basename "$0"): $*" >&2; exit 1; }

# escape_check_llvm_version: only the versions the build supports.
escape_check_llvm_version() {
  case "$ESCAPE_LLVM" in
    19|22) ;;
    *) escape_die "unsupported LLVM version '$ESCAPE_LLVM' (use 22 or 19)" ;;
  esac
}

# escape_install PKG...: apt-get install the packages that are not installed.
escape_install() {
  local missing=() p
  for p in "$@"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  local sudo=
  if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null || escape_die "need root or sudo to install: ${missing[*]}"
    sudo=sudo
  fi
  echo "installing: ${missing[*]}" >&2
  export DEBIAN_FRONTEND=noninteractive
  # Try with the current package lists first; refresh them only if needed.
  if ! $sudo apt-get install -y -q --no-install-recommends "${missing[@]}" >/tmp/escape-apt.log 2>&1; then
    $sudo apt-get update -q >>/tmp/escape-apt.log 2>&1 || true
    $sudo apt-get install -y -q --no-install-recommends "${missing[@]}" >>/tmp/escape-apt.log 2>&1 ||
      { tail -20 /tmp/escape-apt.log >&2; escape_die "could not install ${missing[*]} (log: /tmp/escape-apt.log)"; }
  fi
}

# The packages the build and the test suite need for one LLVM version.
escape_packages() {
  echo cmake make g++ python3 valgrind \
    "llvm-$ESCAPE_LLVM-dev" "clang-$ESCAPE_LLVM" "libclang-$ESCAPE_LLVM-dev" \
    "llvm-$ESCAPE_LLVM-tools" "lld-$ESCAPE_LLVM"
}
