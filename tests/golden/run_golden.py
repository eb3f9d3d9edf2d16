#!/usr/bin/env python3
"""Golden tests in md4c's style: spec files of examples, each a Markdown record in and what the
jobname tool reads from it out, reviewed as text. An example is

    ```````````````````````````````` example
    (a record, as a file holds it)
    .
    (the model as JSON: `jobname convert --to json` without the copy of the Markdown, the format
    and the version; with "flowchart": `jobname flowchart --json` without its layout, when the
    record has a chart; then each line `jobname check` prints)
    ````````````````````````````````

Everything outside the fences is prose. Usage: run_golden.py JOBNAME SPEC.txt... [--update]
(--update writes what the tool gives now in place of each expected output: review the diff)."""
import difflib
import json
import os
import subprocess
import sys
import tempfile

FENCE = "`" * 32
OPEN = FENCE + " example"


def read_examples(path):
    """(start line, input, expected, line range of expected) for each example of a spec file."""
    lines = open(path, encoding="utf-8").read().split("\n")
    examples, i = [], 0
    while i < len(lines):
        if lines[i] != OPEN:
            i += 1
            continue
        start, i, part, parts = i + 1, i + 1, [], []
        while i < len(lines) and lines[i] != FENCE:
            if lines[i] == "." and not parts:
                parts.append(part)
                part = []
            else:
                part.append(lines[i])
            i += 1
        if i == len(lines) or len(parts) != 1:
            sys.exit(f"{path}:{start}:1: error: an example needs one '.' line and a closing fence")
        parts.append(part)
        examples.append((start, "\n".join(parts[0]) + "\n", "\n".join(parts[1]), (start + len(parts[0]) + 1, i)))
        i += 1
    return lines, examples


def dump(value, indent=0):
    """JSON as a reviewer reads it: a value on one line when it fits in 100 columns, else one
    member a line."""
    one_line = json.dumps(value, ensure_ascii=False, separators=(", ", ": "))
    if len(one_line) + indent <= 100 or not isinstance(value, (dict, list)) or not value:
        return one_line
    pad = " " * (indent + 2)
    if isinstance(value, dict):
        members = [f"{pad}{json.dumps(k, ensure_ascii=False)}: {dump(v, indent + 2)}" for k, v in value.items()]
        return "{\n" + ",\n".join(members) + "\n" + " " * indent + "}"
    return "[\n" + ",\n".join(pad + dump(v, indent + 2) for v in value) + "\n" + " " * indent + "]"


def without_layout(flowchart):
    keep_node = ("id", "label", "shape")
    keep_edge = ("from", "to", "label", "line", "head")
    return {
        "direction": flowchart["direction"],
        "nodes": [{k: n[k] for k in keep_node if k in n} for n in flowchart["nodes"]],
        "edges": [{k: e[k] for k in keep_edge if k in e} for e in flowchart["edges"]],
    }


def actual_output(jobname, markdown):
    with tempfile.TemporaryDirectory() as tmp:
        with open(os.path.join(tmp, "example.md"), "w", encoding="utf-8", newline="") as f:
            f.write(markdown)
        run = lambda *args: subprocess.run([jobname, *args], cwd=tmp, capture_output=True, text=True, encoding="utf-8")
        out = []
        converted = run("convert", "example.md", "-o", "-", "--to", "json")
        if converted.returncode == 0:
            model = json.loads(converted.stdout)
            for key in ("format", "version", "markdown"):
                model.pop(key, None)
            if model.get("process", {}).get("source"):
                chart = run("flowchart", "example.md", "--json")
                model["flowchart"] = without_layout(json.loads(chart.stdout)) if chart.returncode == 0 else chart.stderr.strip()
            out.append(dump(model))
        else:
            out.append("(no record)")
        checked = run("check", "example.md")
        said = checked.stdout if checked.stdout.strip() else converted.stderr  # check repeats convert's errors
        out += [line for line in said.split("\n") if line.strip()]
        return "\n".join(out)


def main():
    args = [a for a in sys.argv[1:] if a != "--update"]
    update = "--update" in sys.argv
    jobname, specs = args[0], args[1:]
    failed = total = 0
    for spec in specs:
        lines, examples = read_examples(spec)
        for number, (start, markdown, expected, (first, last)) in reversed(list(enumerate(examples, 1))):
            total += 1
            actual = actual_output(jobname, markdown)
            if actual == expected:
                continue
            if update:
                lines[first:last] = actual.split("\n")
                continue
            failed += 1
            diff = difflib.unified_diff(expected.split("\n"), actual.split("\n"), "expected", "jobname", lineterm="")
            print(f"{spec}:{start}: example {number} differs\n" + "\n".join(diff) + "\n")
        if update:
            open(spec, "w", encoding="utf-8").write("\n".join(lines))
    print(f"{total} examples, {failed} differ" + (" (expected outputs updated)" if update else ""))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
