#!/usr/bin/env bash
# Side-by-side throughput of kban's temporal tagger and chrono-node.
#
#   bash bench/run_tagger_bench.sh [BUILD_DIR]       (default: build)
#
# Environment: MB (text size, default 20), SEED (default 1), RUNS (default 3),
# SINGLE_LINE=1 to generate the text as one line, CPUS=0 to run both tools on that one core
# (taskset): node uses a second core for its compiler and collector when one is free, kban
# runs on one thread.
#
# Steps: generate $BUILD/bench/news_${MB}mb_s${SEED}.txt with bench/gen_news.py
# (kept and reused when present), install chrono-node with `npm ci` when
# bench/chrono/node_modules is missing, run $BUILD/bench/kban_tag_bench FILE
# if that binary exists, run bench/chrono/bench.js FILE, and print a table with
# MB/s, matches and the kban/chrono speed ratio (target: at least 10x).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

BUILD="${1:-build}"
MB="${MB:-20}"
SEED="${SEED:-1}"
RUNS="${RUNS:-3}"
pin=()
if [[ -n "${CPUS:-}" ]]; then
  pin=(taskset -c "$CPUS")
fi

mkdir -p "$BUILD/bench"
suffix=""
gen_flags=()
if [[ "${SINGLE_LINE:-0}" == 1 ]]; then
  suffix="_1line"
  gen_flags+=(--single-line)
fi
TEXT="$BUILD/bench/news_${MB}mb_s${SEED}${suffix}.txt"

if [[ ! -s "$TEXT" ]]; then
  echo "generating $TEXT (${MB} MB, seed $SEED)" >&2
  python3 bench/gen_news.py --mb "$MB" --seed "$SEED" "${gen_flags[@]}" --out "$TEXT.tmp"
  mv "$TEXT.tmp" "$TEXT"
fi

if [[ ! -d bench/chrono/node_modules/chrono-node ]]; then
  echo "installing chrono-node (npm ci)" >&2
  npm ci --prefix bench/chrono --silent --no-audit --no-fund >&2
fi

KBAN_BIN="$BUILD/bench/kban_tag_bench"
kban_json=""
if [[ -x "$KBAN_BIN" ]]; then
  echo "running $KBAN_BIN" >&2
  kban_json="$("${pin[@]}" "$KBAN_BIN" "$TEXT" | tail -n 1)"
  echo "$kban_json"
else
  echo "note: $KBAN_BIN not found (build the kban_tag_bench target); running chrono-node only" >&2
fi

echo "running chrono-node (runs=$RUNS)" >&2
chrono_json="$("${pin[@]}" node bench/chrono/bench.js "$TEXT" --runs "$RUNS" | tail -n 1)"
echo "$chrono_json"

KBAN_JSON="$kban_json" CHRONO_JSON="$chrono_json" python3 - <<'EOF'
import json, os

rows = []
for key in ("KBAN_JSON", "CHRONO_JSON"):
    raw = os.environ.get(key, "").strip()
    if raw:
        rows.append(json.loads(raw))

print()
print("%-12s %-10s %10s %10s %10s" % ("tool", "version", "MB/s", "seconds", "matches"))
for r in rows:
    print("%-12s %-10s %10.2f %10.3f %10d" % (
        r.get("tool", "?"), str(r.get("version", "?"))[:10], r["mb_per_s"],
        r.get("seconds_best", float("nan")), r.get("matches", -1)))

by = {r.get("tool"): r for r in rows}
if "kban" in by and "chrono-node" in by and by["chrono-node"]["mb_per_s"] > 0:
    ratio = by["kban"]["mb_per_s"] / by["chrono-node"]["mb_per_s"]
    print("\nkban/chrono throughput ratio: %.1fx (target >= 10x): %s" % (
        ratio, "met" if ratio >= 10 else "NOT met"))
else:
    print("\nkban/chrono throughput ratio: n/a (no kban result)")
EOF
