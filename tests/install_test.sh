#!/usr/bin/env bash
# `cmake --install` puts the program, its manual page and its completions where Debian looks
# for them; the page reads with man, and the bash completion completes. Usage: BUILD_DIR
set -euo pipefail
build="$1"
prefix="$(mktemp -d)"
trap 'rm -rf "$prefix"' EXIT
cmake --install "$build" --prefix "$prefix" >/dev/null
for f in bin/kban share/man/man1/kban.1 share/bash-completion/completions/kban share/zsh/vendor-completions/_kban \
         share/fish/vendor_completions.d/kban.fish; do
  [ -s "$prefix/$f" ] || { echo "install: $f is missing" >&2; exit 1; }
done
"$prefix/bin/kban" --version | grep -qx 'kban 0.1.0'
if command -v man >/dev/null; then
  page="$(MANWIDTH=100 man -l "$prefix/share/man/man1/kban.1" 2>&1)"
  for want in 'a sourced timeline' 'kban timeline' 'kban add' 'EXIT STATUS' '--fail-on-conflict'; do
    grep -qF -- "$want" <<<"$page" || { echo "man page: no \"$want\"" >&2; exit 1; }
  done
else
  echo "man is not installed: the page was not rendered"
fi
# The bash completion completes commands, options and their values.
out="$(bash -c "source '$prefix/share/bash-completion/completions/kban'
  COMP_WORDS=(kban tim); COMP_CWORD=1; _kban; echo \"\${COMPREPLY[*]}\"
  COMP_WORDS=(kban tag --format ''); COMP_CWORD=3; _kban; echo \"\${COMPREPLY[*]}\"
  COMP_WORDS=(kban conflicts --k); COMP_CWORD=2; _kban; echo \"\${COMPREPLY[*]}\"")"
[ "$out" = "$(printf 'timeline\njson jsonl timeml table\n--kind')" ] || { echo "bash completion gave: $out" >&2; exit 1; }
if command -v zsh >/dev/null; then zsh -n "$prefix/share/zsh/vendor-completions/_kban"; fi
if command -v fish >/dev/null; then fish -n "$prefix/share/fish/vendor_completions.d/kban.fish"; fi
echo "install: ok"
