#!/usr/bin/env python3
"""Checks that every documentation page the sources and the documentation
point to exists: the pages under docs/ cited in code, scripts and pages, and
the relative Markdown links between pages.

Usage: check_doc_references.py SOURCE_DIR
"""
import pathlib
import re
import sys

source = pathlib.Path(sys.argv[1])
folders = ["app", "core", "ui", "highlighter", "bench", "tests", "tools", "docs", "packaging", "translations", ".ci"]
suffixes = {".cpp", ".h", ".md", ".py", ".sh", ".txt", ".cmake", ".json", ".xml", ".in"}

files = [source / name for name in ("README.md", "CONTRIBUTING.md", "CMakeLists.txt", "build.sh")]
for folder in folders:
    files += [p for p in sorted((source / folder).rglob("*"))
              if p.is_file() and (p.suffix in suffixes or p.parent.name == ".ci")]

cited = re.compile(r"\bdocs/([\w.-]+\.md)\b")
linked = re.compile(r"\]\(([^)#\s:]+\.md)(?:#[^)]*)?\)")

failed = False
checked = 0
for path in files:
    if not path.exists() or "data" in path.relative_to(source).parts:
        continue
    text = path.read_text(encoding="utf-8", errors="replace")
    for number, line in enumerate(text.splitlines(), 1):
        targets = [source / "docs" / name for name in cited.findall(line)]
        if path.suffix == ".md":
            targets += [path.parent / name for name in linked.findall(line)]
        for target in targets:
            checked += 1
            if not target.resolve().is_file():
                failed = True
                print(f"{path.relative_to(source)}:{number}: {target} does not exist")
print(f"{checked} references checked")
sys.exit(1 if failed else 0)
