#!/usr/bin/env python3
"""The Dask recipe of docs/scale.md: the map on a local Dask cluster, the reduce by kban, and
the output byte for byte the single run's. Skips (exit 77, said on stderr) without Dask."""
import subprocess
import sys
from pathlib import Path

source, kban = Path(sys.argv[1]), sys.argv[2]
try:
    import distributed  # noqa: F401
except ImportError:
    print("skipped: python3-distributed (Dask) is not installed", file=sys.stderr)
    sys.exit(77)

corpus = source / "tests/golden/generated_100.json"
for command in ("timeline", "conflicts"):
    done = subprocess.run([sys.executable, str(source / "tools/kban_dask.py"), "--kban", kban, "--corpus", str(corpus),
                           "--shards", "3", "--workers", "2", "--", command, "--format", "json"],
                          capture_output=True, check=False)
    expected = (source / f"tests/golden/generated.{command}.json").read_bytes()
    if done.returncode != 0 or done.stdout != expected:
        print(f"{command}: the Dask run differs from the single run (exit {done.returncode})", file=sys.stderr)
        print(done.stderr.decode(errors="replace")[-2000:], file=sys.stderr)
        sys.exit(1)
print("timeline and conflicts through Dask equal the single run")
