#!/bin/bash
# The Debian package as a user gets it: builds the release configuration of this source in a
# folder of its own, makes the package with cpack, checks it with lintian (no error allowed;
# the warnings are printed and kept), installs it with dpkg, then runs what was installed:
# `searchc --version` and a compile from PATH, `searchc serve`, the manual page and the bash and
# zsh completions; and removes the package again.
#
# usage: package_check.sh SOURCE_DIR WORK_DIR BUILT_SEARCHC
# Exits 77 (ctest: skipped) when it cannot install a package: not root, or searchc already
# installed on this machine, which it would replace and then remove.
set -euo pipefail
source_dir=$1 work=$2 built=$3
started=$SECONDS
step() { echo "== $1 ($((SECONDS - started)) s)"; }

if [ "$(id -u)" -ne 0 ]; then
  echo "skipped: installing the package needs root (CI runs as root)"
  exit 77
fi
if dpkg-query -W -f='${Status}' searchc 2>/dev/null | grep -q "install ok installed"; then
  echo "skipped: a searchc package is already installed on this machine; this test would replace it"
  exit 77
fi

mkdir -p "$work"
# Runs a command with its output in $work/NAME.log, shown only when it fails.
logged() {
  local name=$1
  shift
  "$@" >"$work/$name.log" 2>&1 || { tail -40 "$work/$name.log"; echo "FAILED: $*"; exit 1; }
}

step "configure and build the release in $work/build"
logged configure cmake -S "$source_dir" -B "$work/build" --preset release
logged build cmake --build "$work/build" -j2

step "cpack -G DEB"
logged cpack cpack -G DEB -B "$work/build" --config "$work/build/CPackConfig.cmake"
version=$("$work/build/searchc" --version | sed -n '1s/^searchc //p')
deb="$work/build/searchc_${version}-1_amd64.deb"
[ -f "$deb" ] || { echo "no $deb:"; ls "$work/build"; exit 1; }
dpkg-deb --info "$deb" | sed -n '/Package:/,$p'

step "lintian"
# --fail-on error: warnings are reported, not failed on (docs/package.md lists the ones left).
lintian --fail-on error "$deb" | tee "$work/lintian.txt"

step "dpkg -i"
dpkg -i "$deb"
trap 'dpkg -r searchc >/dev/null' EXIT

fail() { echo "FAILED: $*"; exit 1; }
[ "$(command -v searchc)" = /usr/bin/searchc ] || fail "searchc on PATH is $(command -v searchc), not /usr/bin/searchc"
[ "$(searchc --version)" = "$("$built" --version)" ] || fail "the installed searchc --version differs from the built one"
searchc --version | head -3

# A compile from PATH, of the installed example, as the test suite's golden has it.
(cd /usr/share/doc/searchc && searchc compile examples/ms-stem-cell.search --to central 2>/dev/null) |
  cmp - "$source_dir/tests/golden/central/ms-stem-cell.txt" || fail "the installed example compiles otherwise"

# searchc serve runs searchc-serve from beside itself: /usr/bin.
serve_out="$work/serve.out"
searchc serve --port 0 >"$serve_out" 2>&1 &
serve_pid=$!
for _ in $(seq 50); do
  grep -q "the page is at" "$serve_out" && break
  sleep 0.1
done
kill "$serve_pid"
wait "$serve_pid" 2>/dev/null || true
grep -q "the page is at http://127.0.0.1:" "$serve_out" || fail "searchc serve: $(cat "$serve_out")"

[ "$(man -w searchc)" = /usr/share/man/man1/searchc.1.gz ] || fail "man -w searchc: $(man -w searchc)"
[ "$(man -w searchc-serve)" = /usr/share/man/man1/searchc-serve.1.gz ] || fail "man -w searchc-serve"
MANWIDTH=80 MANPAGER=cat man searchc 2>&1 | grep -q "searchc compile FILE --to DB" || fail "man searchc does not render"

# bash-completion finds the completion by the command's name, and it completes a database id.
completed=$(bash -c '
  . /usr/share/bash-completion/bash_completion
  _completion_loader searchc
  complete -p searchc
  COMP_LINE="searchc compile x.search --to central,psy"; COMP_POINT=${#COMP_LINE}
  COMP_WORDS=(searchc compile x.search --to central,psy); COMP_CWORD=4
  _searchc searchc central,psy --to 2>/dev/null  # compopt: no completion is running
  echo "${COMPREPLY[*]}"')
echo "$completed"
[ "$completed" = "complete -F _searchc searchc
central,psycinfo-ebsco central,psycinfo-ovid" ] || fail "bash completion"

# zsh finds _searchc on its own fpath (Debian's vendor-completions).
if command -v zsh >/dev/null; then
  [ "$(zsh -fc 'autoload -Uz compinit && compinit -u -D && print -r -- $_comps[searchc]')" = _searchc ] ||
    fail "zsh does not find _searchc"
else
  echo "zsh not installed: its completion is not loaded (tools/install-deps --test-tools installs it)"
fi

step "dpkg -r"
trap - EXIT
dpkg -r searchc
[ ! -e /usr/bin/searchc ] || fail "/usr/bin/searchc is left after dpkg -r"
step "done"
echo "processor time (user, system) of this script, then of the programs it ran:"
times
