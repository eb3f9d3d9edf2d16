#!/usr/bin/env python3
"""Checks every #include in src/, tests/ and bench/ against the table "Who may include what" in
docs/architecture.md. Prints file:line:col: error: ... for each include the table does not allow
and exits 1. It reads the table, not a copy of it: change the rules there.
Usage: check_includes.py [SOURCE_DIR]"""
import fnmatch
import os
import re
import sys

SCANNED = ("src", "tests", "bench")
EXTENSIONS = (".cpp", ".h")
INCLUDE = re.compile(r'^\s*#\s*include\s*([<"])([^>"]+)[>"]')
CODE = re.compile(r"`([^`]+)`")


def read_table(doc_path):
    """Rows of the table under '## Who may include what': (folder, project prefixes, outside patterns)."""
    rows, in_section = [], False
    with open(doc_path, encoding="utf-8") as doc:
        for number, line in enumerate(doc, 1):
            if line.startswith("## "):
                in_section = line.strip() == "## Who may include what"
                continue
            if not in_section or not line.startswith("|") or set(line.strip()) <= set("|-: "):
                continue
            cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
            if len(cells) != 4 or cells[0] == "code":
                if len(cells) != 4:
                    sys.exit(f"{doc_path}:{number}:1: error: a row of 'Who may include what' needs 4 cells")
                continue
            folders = CODE.findall(cells[1])
            if len(folders) != 1:
                sys.exit(f"{doc_path}:{number}:1: error: the folder cell needs one `path`")
            rows.append((folders[0], CODE.findall(cells[2]), CODE.findall(cells[3])))
    if not rows:
        sys.exit(f"{doc_path}:1:1: error: no table under '## Who may include what'")
    return rows


def holds(folder, path):
    return path == folder or (folder.endswith("/") and path.startswith(folder))


def check_file(root, path, rows, layer_prefixes):
    mine = [row for row in rows if holds(row[0], path)]
    if not mine:
        return [f"{path}:1:1: error: no row of docs/architecture.md's include table holds this file"]
    top = min((row[0] for row in mine), key=len)  # the row's top folder, for relative includes
    project = {prefix for row in mine for prefix in row[1]}
    outside = [pattern for row in mine for pattern in row[2]]
    problems = []
    with open(os.path.join(root, path), encoding="utf-8") as source:
        for number, line in enumerate(source, 1):
            match = INCLUDE.match(line)
            if not match:
                continue
            quote, name = match.groups()
            col = match.start(2)
            where = f"{path}:{number}:{col}"
            if quote == "<":
                if "." not in name and "/" not in name:
                    continue  # the standard library
                if not any(fnmatch.fnmatchcase(name, pattern) for pattern in outside):
                    problems.append(f"{where}: error: <{name}> is not allowed here (docs/architecture.md)")
                continue
            layer = next((prefix for prefix in layer_prefixes if name.startswith(prefix)), None)
            if layer is not None:
                if layer not in project:
                    problems.append(f"{where}: error: \"{name}\": {layer} is not allowed here (docs/architecture.md)")
                continue
            if any(fnmatch.fnmatchcase(name, pattern) for pattern in outside):
                continue  # an outside header included with quotes, as md4c's own files do
            target = os.path.normpath(os.path.join(os.path.dirname(path), name))
            searched = [folder for folder in project if not os.path.isdir(os.path.join(root, "src", folder))]
            if any(os.path.isfile(os.path.join(root, folder, name)) for folder in searched):
                continue  # found on a folder the row puts on the include path ("tests/unit/support/")
            if not holds(top, target) or not os.path.isfile(os.path.join(root, target)):
                problems.append(f"{where}: error: \"{name}\" is neither a project header from src/ nor a file inside {top}")
    return problems


def main():
    root = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), "..", ".."))
    rows = read_table(os.path.join(root, "docs", "architecture.md"))
    # The project's include roots: every layer a row allows ("core/", "platform/web/", ...).
    layer_prefixes = sorted({p for row in rows for p in row[1] if os.path.isdir(os.path.join(root, "src", p))},
                            key=len, reverse=True)
    problems, count = [], 0
    for top in SCANNED:
        for directory, subdirs, names in os.walk(os.path.join(root, top)):
            subdirs[:] = sorted(d for d in subdirs if d not in ("node_modules",))
            for name in sorted(names):
                if name.endswith(EXTENSIONS):
                    path = os.path.relpath(os.path.join(directory, name), root).replace(os.sep, "/")
                    problems += check_file(root, path, rows, layer_prefixes)
                    count += 1
    for problem in problems:
        print(problem)
    print(f"{count} files, {len(problems)} includes the table does not allow")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
