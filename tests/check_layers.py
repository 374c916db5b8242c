#!/usr/bin/env python3
"""Checks that includes follow the chain of docs/architecture.md: every source includes only
its own layer or layers below it, no stage includes another stage, and public headers include
no private ones."""
import re
import sys
from pathlib import Path

root = Path(sys.argv[1])
# Layers from the bottom; a file may include its own layer and those below.
LAYERS = ["base", "model", "input", "text", "analysis", "stages", "pipeline", "output", "cli", "main"]


def layer_of(path):
    """The layer and, for a stage, the stage of a path relative to src/."""
    parts = path.parts
    if parts[0] in ("map", "reduce"):
        return "stages", "/".join(parts[:2]) if parts[0] == "map" else parts[0] + "/" + path.stem
    if parts[0] == "main.cpp":
        return "main", None
    return parts[0], None


problems = []
for source in sorted((root / "src").rglob("*.[ch]pp")):
    relative = source.relative_to(root / "src")
    layer, stage = layer_of(relative)
    for include in re.findall(r'#include "([^"]+)"', source.read_text(encoding="utf-8")):
        if include.startswith("kban/"):
            continue  # the public headers: the model and the entry points
        target = (source.parent / include) if (source.parent / include).exists() else root / "src" / include
        if not target.exists():
            continue
        other_layer, other_stage = layer_of(target.relative_to(root / "src"))
        if LAYERS.index(other_layer) > LAYERS.index(layer):
            problems.append(f"{relative} ({layer}) includes {include} ({other_layer}), a layer above it")
        if stage and other_stage and stage != other_stage and not (stage.startswith("reduce") and other_stage == "reduce/slug"):
            problems.append(f"{relative} (stage {stage}) includes {include} (stage {other_stage})")
for header in sorted((root / "include").rglob("*.hpp")):
    for include in re.findall(r'#include "([^"]+)"', header.read_text(encoding="utf-8")):
        if not include.startswith("kban/"):
            problems.append(f"public header {header.relative_to(root)} includes private {include}")
for p in problems:
    print(p, file=sys.stderr)
sys.exit(1 if problems else 0)
