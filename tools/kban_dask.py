#!/usr/bin/env python3
"""Runs kban's map on a Dask cluster and its reduce here.

The corpus is cut into shards of consecutive documents; each shard is a Dask task that runs
`kban extract` on it (the map, which keeps no state between documents). The records come
back in corpus order and `kban COMMAND --extracts -` reduces them. The output is the same as
`kban --corpus CORPUS COMMAND`. See docs/scale.md.

  tools/kban_dask.py --kban build/kban --corpus corpus.json --shards 8 -- timeline --format json

Without --scheduler a local cluster of --workers processes is started; with it, every
worker must have the kban program at the path given by --kban.
"""
import argparse
import json
import subprocess
import sys


def extract(kban, lexicons, shard_json):
    """The map on one shard: its extract records, as text."""
    command = [kban, "--corpus", "-"]
    for lexicon in lexicons:
        command += ["--lexicon", lexicon]
    done = subprocess.run(command + ["extract"], input=shard_json.encode(), capture_output=True, check=False)
    if done.returncode != 0:
        raise RuntimeError(done.stderr.decode(errors="replace"))
    return done.stdout.decode()


def shards(corpus, count):
    """Runs of consecutive documents, as corpus JSON texts."""
    documents = corpus["documents"]
    for k in range(count):
        part = documents[len(documents) * k // count:len(documents) * (k + 1) // count]
        if part:
            yield json.dumps({"schema_version": corpus["schema_version"], "documents": part}, ensure_ascii=False)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--kban", required=True, help="path of the kban program")
    parser.add_argument("--corpus", required=True, help="corpus JSON file")
    parser.add_argument("--lexicon", action="append", default=[], help="extra lexicon file (repeatable)")
    parser.add_argument("--shards", type=int, default=4, help="number of map tasks")
    parser.add_argument("--scheduler", help="address of a running Dask scheduler")
    parser.add_argument("--workers", type=int, default=2, help="workers of the local cluster")
    parser.add_argument("command", nargs=argparse.REMAINDER, help="-- COMMAND [OPTIONS] for the reduce")
    args = parser.parse_args()
    command = [c for c in args.command if c != "--"] or ["timeline"]

    from dask.distributed import Client, LocalCluster  # imported here: --help works without Dask

    with open(args.corpus, encoding="utf-8") as f:
        corpus = json.load(f)
    cluster = None if args.scheduler else LocalCluster(n_workers=args.workers, threads_per_worker=1,
                                                       processes=True, dashboard_address=None)
    with Client(args.scheduler or cluster) as client:
        futures = [client.submit(extract, args.kban, args.lexicon, shard, pure=False)
                   for shard in shards(corpus, args.shards)]
        records = "".join(client.gather(futures))
    if cluster:
        cluster.close()
    reduce = [args.kban]
    for lexicon in args.lexicon:
        reduce += ["--lexicon", lexicon]
    done = subprocess.run(reduce + command + ["--extracts", "-"], input=records.encode(), check=False)
    sys.exit(done.returncode)


if __name__ == "__main__":
    main()
