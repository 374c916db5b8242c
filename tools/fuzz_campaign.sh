#!/usr/bin/env bash
# Runs every libFuzzer target in turn, each for a million executions or a time limit,
# whichever comes first, with inputs allowed to grow past 1 MB, and prints a line per target:
# executions, coverage, corpus size, findings.
#
#   bash tools/fuzz_campaign.sh [BUILD_DIR] [OUT_DIR]     (defaults: build-fuzz, fuzz-out)
#
# Environment: SECONDS_EACH (default 1800), RUNS (default 1000000), MAX_LEN (default 1100000),
# TARGETS (default "tag render corpus lexicon pipeline").
# Build the targets first (docs/testing.md):
#   CXX=clang++ cmake -S . -B build-fuzz -DKBAN_FUZZ=ON -DKBAN_BUILD_TESTS=OFF -DKBAN_BUILD_BENCH=OFF
#   cmake --build build-fuzz -j2
# Seeds come from the repository: article texts, corpora, lexicons, and the hostile corpus.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BUILD="${1:-build-fuzz}"
OUT="${2:-fuzz-out}"
SECONDS_EACH="${SECONDS_EACH:-1800}"
RUNS="${RUNS:-1000000}"
MAX_LEN="${MAX_LEN:-1100000}"
TARGETS="${TARGETS:-tag render corpus lexicon pipeline}"
mkdir -p "$OUT"

# Seeds: one file per article text, per corpus, per lexicon.
seeds="$OUT/seeds"
if [[ ! -d "$seeds" ]]; then
  mkdir -p "$seeds/text" "$seeds/corpus" "$seeds/lexicon"
  python3 - "$ROOT" "$seeds" <<'EOF'
import json, pathlib, sys
root, seeds = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2])
corpora = [root / "data/corpus.json", *sorted((root / "tests/data").rglob("corpus.json")),
           root / "tests/data/hostile/terminal.json"]
n = 0
for path in corpora:
    (seeds / "corpus" / f"{n:03d}.json").write_bytes(path.read_bytes())
    try:
        docs = json.loads(path.read_text(encoding="utf-8")).get("documents", [])
    except (ValueError, UnicodeDecodeError):
        docs = []
    for doc in docs:
        for field in ("text", "title", "outlet"):
            value = doc.get(field)
            if isinstance(value, str) and value:
                n += 1
                (seeds / "text" / f"{n:05d}.txt").write_text(value, encoding="utf-8")
    n += 1
for k, path in enumerate([root / "data/actors.json", *sorted((root / "tests/data").rglob("lexicon.json"))]):
    (seeds / "lexicon" / f"{k:03d}.json").write_bytes(path.read_bytes())
EOF
fi

for target in $TARGETS; do
  case "$target" in
    corpus) seed_dir="$seeds/corpus" ;;
    lexicon) seed_dir="$seeds/lexicon" ;;
    *) seed_dir="$seeds/text" ;;
  esac
  work="$OUT/$target"
  mkdir -p "$work/corpus" "$work/findings"
  log="$OUT/$target.log"
  set +e
  "$BUILD/fuzz/fuzz_$target" "$work/corpus" "$seed_dir" -runs="$RUNS" -max_total_time="$SECONDS_EACH" \
    -max_len="$MAX_LEN" -rss_limit_mb=4096 -artifact_prefix="$work/findings/" -print_final_stats=1 >"$log" 2>&1
  status=$?
  set -e
  execs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' || echo "?")
  secs=$(grep -o 'Done [0-9]* runs in [0-9]* second' "$log" | grep -o 'in [0-9]*' | grep -o '[0-9]*' || echo "?")
  cov=$(grep -o 'cov: [0-9]*' "$log" | tail -1 | grep -o '[0-9]*' || echo "?")
  findings=$(find "$work/findings" -type f | wc -l)
  echo "fuzz_$target: exit $status, $execs executions in ${secs:-?} s, coverage $cov edges, corpus $(ls "$work/corpus" | wc -l) inputs, findings $findings"
done
