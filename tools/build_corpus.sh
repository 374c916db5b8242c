#!/usr/bin/env bash
# Builds data/corpus.json, the built-in corpus, from the five captured pages with `kban add`,
# as a user would add them. The ids are chosen here, and two outlets that the captures do not
# state are given (docs/corpus.md); everything else is read from the pages.
# Usage: tools/build_corpus.sh [KBAN] [SEEDS] [OUT]
set -euo pipefail
kban="${1:-build/kban}"
seeds="${2:-tests/data/seeds}"
out="${3:-data/corpus.json}"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
add() {
  local page="$1" id="$2"
  shift 2
  "$kban" --corpus "$tmp/corpus.json" add "$seeds/$page" --id "$id" "$@" >/dev/null 2>&1
}
add 000_19d1e3183124f795.txt leave-us-market
add 001_4d93d85d6caabf1d.txt circleid --outlet CircleID
add 002_61a8d150ed88c8f3.txt epoch-times --outlet "The Epoch Times"
add 003_acedbda0dd48e0e4.txt cyber-firm-shuts
add 004_c3b6ffaca85bb9c4.txt two-step-ban
cp "$tmp/corpus.json" "$out"
