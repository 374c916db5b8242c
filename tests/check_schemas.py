#!/usr/bin/env python3
"""The JSON Schemas of data/schemas/ against what kban really writes and reads.

Each schema must be a valid JSON Schema (draft 2020-12) and be what `kban schema NAME` prints.
The real output of every listing command, as JSON and JSON Lines, on the built-in corpus and
on the test corpora must validate against its schema, and also against a strict copy that
refuses any field the schema does not describe. The built-in lexicon files and the test
corpora and lexicons must validate against the input schemas; the inputs in
schema_cases.json must be judged by the schema as kban's loader judges them.

Usage: check_schemas.py SOURCE_DIR KBAN. Needs Debian's python3-jsonschema (README.md).
"""
import copy
import glob
import json
import os
import subprocess
import sys
import tempfile

try:
    import jsonschema
except ImportError:
    sys.exit("check_schemas: python3-jsonschema is missing (apt-get install python3-jsonschema)")

SOURCE, KBAN = sys.argv[1], sys.argv[2]
OUTPUTS = {"sources": "documents", "tag": "timexes", "timeline": "events", "claims": "claims", "conflicts": "conflicts"}
# JSON Lines record types and the array of the JSON output that describes each.
RECORD_ARRAYS = {"document": "documents", "timex": "timexes", "event": "events", "reference": "references",
                 "excluded": "excluded", "claim": "claims", "conflict": "conflicts"}
failures = []
checked = 0


def fail(message):
    failures.append(message)
    print("FAIL:", message, file=sys.stderr)


def kban(args, stdin=None):
    run = subprocess.run([KBAN] + args, input=stdin, capture_output=True, text=True)
    return run.returncode, run.stdout, run.stderr


def strict(schema):
    """A copy that refuses properties the schema does not name, so that a field kban writes
    without describing it fails. Conditions (if) are left as they are."""
    schema = copy.deepcopy(schema)

    def walk(node, condition=False):
        if isinstance(node, dict):
            if "properties" in node and not condition and "additionalProperties" not in node:
                node["additionalProperties"] = False
            for key, value in node.items():
                if key == "properties":
                    for sub in value.values():
                        walk(sub, condition)
                elif key in ("then", "else", "allOf", "anyOf", "oneOf"):
                    # A refinement names only some properties: the main schema names them all.
                    walk(value, True)
                elif key != "if":
                    walk(value, condition)
        elif isinstance(node, list):
            for item in node:
                walk(item, condition)

    walk(schema)
    return schema


def validator(schema):
    return jsonschema.Draft202012Validator(schema, format_checker=jsonschema.FormatChecker())


def errors(schema, instance):
    return ["{}: {}".format("/".join(str(p) for p in e.absolute_path) or "(root)", e.message)
            for e in validator(schema).iter_errors(instance)]


def record_schema(schema, array):
    """The schema of one record of `array`, for JSON Lines."""
    item = copy.deepcopy(schema["properties"][array]["items"])
    item["$schema"] = schema["$schema"]
    return item


def check(label, schema, instance):
    global checked
    checked += 1
    for problem in errors(schema, instance)[:5]:
        fail(f"{label}: {problem}")


def check_output(label, name, args, schemas):
    schema = schemas[name]
    code, out, err = kban(args + ["--format", "json"])
    if code not in (0, 1):
        fail(f"{label}: kban {' '.join(args)} exited {code}: {err.strip()}")
        return
    document = json.loads(out)
    check(f"{label} (json)", strict(schema), document)
    main = OUTPUTS[name]
    if not document[main] and name != "tag":
        fail(f"{label}: no {main} to check")
    code, out, err = kban(args + ["--format", "jsonl"])
    for n, line in enumerate(out.splitlines()):
        # Each line is {"type": T, "data": record}; T names the array that describes the record.
        envelope = json.loads(line)
        if set(envelope) != {"type", "data"} or envelope["type"] not in RECORD_ARRAYS:
            fail(f"{label} (jsonl line {n + 1}): not a typed record: {line[:80]}")
            continue
        check(f"{label} (jsonl line {n + 1})", strict(record_schema(schema, RECORD_ARRAYS[envelope["type"]])),
              envelope["data"])


def corpus_ids(corpus_args):
    code, out, _ = kban(corpus_args + ["sources", "--format", "json"])
    return [d["id"] for d in json.loads(out)["documents"]] if code == 0 else []


def main():
    schemas = {}
    for path in sorted(glob.glob(os.path.join(SOURCE, "data", "schemas", "*.json"))):
        name = os.path.basename(path)[:-5]
        with open(path, encoding="utf-8") as f:
            schemas[name] = json.load(f)
        try:
            jsonschema.Draft202012Validator.check_schema(schemas[name])
        except jsonschema.SchemaError as e:
            fail(f"schema {name} is not a valid JSON Schema: {e.message}")
        code, out, err = kban(["schema", name])
        if code != 0 or json.loads(out) != schemas[name]:
            fail(f"kban schema {name} does not print data/schemas/{name}.json ({code}: {err.strip()})")
    missing = (set(OUTPUTS) | {"corpus", "lexicon"}) - set(schemas)
    if missing:
        fail(f"no schema for {sorted(missing)}")
        return

    # Outputs: the built-in corpus, the second story, every coverage corpus with its aliases.
    corpora = [("built-in", [])]
    corpora.append(("story2", ["--corpus", os.path.join(SOURCE, "tests/data/story2/corpus.json"),
                               "--lexicon", os.path.join(SOURCE, "tests/data/story2/lexicon.json")]))
    for corpus in sorted(glob.glob(os.path.join(SOURCE, "tests/data/coverage/**/corpus.json"), recursive=True)):
        folder = os.path.dirname(corpus)
        args = ["--corpus", corpus]
        if os.path.exists(os.path.join(folder, "aliases.json")):
            args += ["--lexicon", os.path.join(folder, "aliases.json")]
        corpora.append((os.path.relpath(folder, SOURCE), args))
    for label, args in corpora:
        for name in ("sources", "timeline", "claims"):
            check_output(f"{label} {name}", name, args + [name], schemas)
        # Not every story has conflicts; the built-in one has every kind the schema states.
        code, out, _ = kban(args + ["conflicts", "--format", "json"])
        if json.loads(out)["conflicts"] or label == "built-in":
            check_output(f"{label} conflicts", "conflicts", args + ["conflicts"], schemas)
        for doc in corpus_ids(args):
            check_output(f"{label} tag --doc {doc}", "tag", args + ["tag", "--doc", doc], schemas)
    # A text without a reference date (dct null), and one with --dct.
    with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False) as f:
        f.write("The ban takes effect July 20, for about two years, every Friday, 30 days after June 20.\n")
    check_output("tag text", "tag", ["tag", f.name], schemas)
    check_output("tag text --dct", "tag", ["tag", f.name, "--dct", "2024-07-16"], schemas)
    os.unlink(f.name)

    # Inputs: the built-in files and the test data kban reads.
    inputs = [("corpus", os.path.join(SOURCE, "data/corpus.json"))]
    inputs += [("lexicon", os.path.join(SOURCE, "data", n))
               for n in ("actors.json", "event_types.json", "attributes.json", "coreference.json")]
    inputs += [("corpus", p) for p in glob.glob(os.path.join(SOURCE, "tests/data/**/corpus.json"), recursive=True)]
    inputs += [("lexicon", p) for p in glob.glob(os.path.join(SOURCE, "tests/data/**/aliases.json"), recursive=True)]
    inputs += [("lexicon", os.path.join(SOURCE, "tests/data/story2/lexicon.json"))]
    for name, path in inputs:
        with open(path, encoding="utf-8") as f:
            check(os.path.relpath(path, SOURCE), schemas[name], json.load(f))

    # Corpus files that kban writes: `corpus export`, and `add` of every test page.
    for label, args in [("built-in", []), ("story2", corpora[1][1][:2])]:
        code, out, err = kban(args + ["corpus", "export"])
        check(f"{label} corpus export", schemas["corpus"], json.loads(out) if code == 0 else None)
    with tempfile.TemporaryDirectory() as folder:
        made = os.path.join(folder, "corpus.json")
        code, _, err = kban(["--corpus", made, "add", os.path.join(SOURCE, "tests/data/ingest/dev")])
        if code != 0:
            fail(f"kban add exited {code}: {err.strip()}")
        else:
            with open(made, encoding="utf-8") as f:
                check("kban add tests/data/ingest/dev", schemas["corpus"], json.load(f))

    # Hand-made inputs: the schema and kban's loader must agree on each.
    with open(os.path.join(SOURCE, "tests/data/schema_cases.json"), encoding="utf-8") as f:
        cases = json.load(f)["cases"]
    for case in cases:
        global checked
        checked += 1
        name, valid, content = case["schema"], case["valid"], case["input"]
        # An input kban refuses that no JSON Schema can tell from a valid one.
        schema_valid = valid or case.get("beyond_schema", False)
        with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False, encoding="utf-8") as f:
            json.dump(content, f)
        # The lexicon is read for an analysis (its coreference weights by the clustering).
        args = ["--corpus", f.name, "sources"] if name == "corpus" else ["--lexicon", f.name, "timeline"]
        code, _, err = kban(args)
        os.unlink(f.name)
        found = errors(schemas[name], content)
        if schema_valid and found:
            fail(f"case \"{case['what']}\": the {name} schema refuses it: {found[0]}")
        if not schema_valid and not found:
            fail(f"case \"{case['what']}\": invalid, but the {name} schema accepts it")
        if code != (0 if valid else 3):
            fail(f"case \"{case['what']}\": kban exited {code}, expected {0 if valid else 3}: {err.strip()}")


main()
print(f"check_schemas: {checked} checks, {len(failures)} failed")
sys.exit(1 if failures else 0)
