#!/usr/bin/env bash
# Rewrites the golden outputs from the program in BUILD (default: build). Run it only after a
# change that a commit explains as a fix.
set -euo pipefail
cd "$(dirname "$0")/../.."
kban="${1:-build}/kban"
out=tests/golden
for cmd in timeline claims conflicts; do
  "$kban" "$cmd" --format json >"$out/builtin.$cmd.json"
  "$kban" --corpus tests/data/story2/corpus.json --lexicon tests/data/story2/lexicon.json "$cmd" --format json >"$out/story2.$cmd.json"
  "$kban" --corpus "$out/generated_100.json" "$cmd" --format json >"$out/generated.$cmd.json"
done
for doc in leave-us-market circleid epoch-times cyber-firm-shuts two-step-ban; do
  "$kban" tag --doc "$doc" --format json >"$out/builtin.tag.$doc.json"
done
