#!/usr/bin/env python3
"""Checks that every translations/verdict_*.ts is complete and up to date.

  check_translations.py SOURCE_DIR [--lupdate PATH]            check (exit 1 on a problem)
  check_translations.py SOURCE_DIR [--lupdate PATH] --update   bring the .ts files up to date

Up to date: lupdate run on the sources into a copy of the file adds, changes
or drops nothing. Complete: every message has a finished translation (no
unfinished, vanished or obsolete entries), plural messages have every plural
form, and a translation keeps the source's placeholders (%1, %n…) and its
keyboard accelerator (&). Every problem is listed with its context and text.
"""
import argparse
import pathlib
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

SOURCE_DIRS = ("core", "ui", "app")
LUPDATE_OPTIONS = ["-locations", "none", "-no-obsolete", "-silent"]
PLURAL_FORMS = {"de": 2, "es": 2}


def sources(root):
    files = []
    for d in SOURCE_DIRS:
        for pattern in ("*.cpp", "*.h"):
            files.extend((root / d).rglob(pattern))
    return sorted(str(f) for f in files)


def run_lupdate(lupdate, root, ts):
    with tempfile.NamedTemporaryFile("w", suffix=".lst", delete=False) as lst:
        lst.write("\n".join(sources(root)) + "\n")
    try:
        # lupdate warns about every class without Q_OBJECT that uses a tr() helper: noise here.
        # Includes name their folder ("store/project.h"): lupdate needs the roots to
        # see the namespaces the classes are declared in.
        includes = [arg for d in SOURCE_DIRS for arg in ("-I", str(root / d))]
        done = subprocess.run([lupdate, *LUPDATE_OPTIONS, *includes, "@" + lst.name, "-ts", str(ts)],
                              stderr=subprocess.PIPE, text=True)
        if done.returncode != 0:
            sys.stderr.write(done.stderr)
            raise SystemExit(f"lupdate failed on {ts}")
    finally:
        pathlib.Path(lst.name).unlink()


def messages(ts):
    """(context, source, comment) -> (type, [translations], numerus) for every message."""
    result = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            key = (name, message.findtext("source"), message.findtext("comment") or "")
            translation = message.find("translation")
            numerus = message.get("numerus") == "yes"
            if numerus:
                forms = [f.text or "" for f in translation.iter("numerusform")]
            else:
                forms = [translation.text or ""]
            result[key] = (translation.get("type", "finished"), forms, numerus)
    return result


def runtime_contexts(root):
    """The contexts the program asks translations for: Q_OBJECT classes (with
    their namespace), Q_DECLARE_TR_FUNCTIONS(…) and translate("…") / QT_TRANSLATE_NOOP("…")."""
    contexts = set()
    for name in sources(root):
        text = pathlib.Path(name).read_text(encoding="utf-8")
        contexts.update(re.findall(r"Q_DECLARE_TR_FUNCTIONS\(([\w:]+)\)", text))
        contexts.update(re.findall(r"(?:translate|QT_TRANSLATE_NOOP)\(\s*\"([^\"]+)\"", text))
        for match in re.finditer(r"\bclass\s+(\w+)[^;{]*\{\s*Q_OBJECT", text):
            namespaces = re.findall(r"^namespace ([\w:]+) \{", text[: match.start()], re.M)
            contexts.add("::".join(namespaces[-1:] + [match.group(1)]))
    return contexts


def placeholders(text):
    return sorted(set(re.findall(r"%(?:\d+|n)", text)))


def accelerator(text):
    """The accelerator letter of a text ("&File" -> "f"), None when it has none."""
    match = re.search(r"&([^&\s])", text.replace("&&", ""))
    return match.group(1).lower() if match else None


def describe(key):
    context, source, comment = key
    text = source.replace("\n", "\\n")
    return f'{context}: "{text}"' + (f" ({comment})" if comment else "")


def check(ts, fresh, contexts):
    language = re.search(r"_([a-z]{2})\.ts$", ts.name).group(1)
    problems = []
    # lupdate names a context after the enclosing namespace for tr() in a free
    # function; the program never asks for it, so such messages never show.
    for context in sorted({key[0] for key in messages(fresh)} - contexts):
        problems.append(f"context {context} is not one the program translates with (a tr() outside a class? "
                        f"use QCoreApplication::translate(\"…\", …) there)")
    current = messages(ts)
    updated = messages(fresh)
    for key in sorted(updated.keys() - current.keys(), key=str):
        problems.append(f"new in the sources, not in the file (run the update): {describe(key)}")
    for key in sorted(current.keys() - updated.keys(), key=str):
        problems.append(f"no longer in the sources (run the update): {describe(key)}")
    for key, (kind, forms, numerus) in sorted(current.items(), key=lambda item: str(item[0])):
        if kind != "finished":
            problems.append(f"{kind}: {describe(key)}")
            continue
        if numerus and len(forms) != PLURAL_FORMS.get(language, len(forms)):
            problems.append(f"{len(forms)} plural forms instead of {PLURAL_FORMS[language]}: {describe(key)}")
        source = key[1]
        for form in forms:
            if not form.strip():
                problems.append(f"empty translation: {describe(key)}")
                continue
            wanted = placeholders(source)
            got = placeholders(form)
            if numerus and "%n" not in wanted:
                wanted = sorted(set(wanted) | {"%n"})
            # A plural form may leave out %n where the language says "one" in words.
            if numerus and "%n" not in got:
                got = sorted(set(got) | {"%n"})
            if wanted != got:
                problems.append(f"placeholders {got} instead of {wanted} in \"{form}\": {describe(key)}")
            if (accelerator(source) is None) != (accelerator(form) is None):
                problems.append(f"keyboard accelerator (&) lost or added in \"{form}\": {describe(key)}")
    return problems


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("source_dir", type=pathlib.Path)
    qt6 = pathlib.Path("/usr/lib/qt6/bin/lupdate")  # Debian's /usr/bin/lupdate may be Qt 5's
    parser.add_argument("--lupdate", default=str(qt6) if qt6.exists() else shutil.which("lupdate"))
    parser.add_argument("--update", action="store_true", help="update the .ts files in place")
    args = parser.parse_args()
    root = args.source_dir.resolve()
    files = sorted((root / "translations").glob("verdict_*.ts"))
    if not files:
        print(f"no translations/verdict_*.ts under {root}", file=sys.stderr)
        return 1
    if args.update:
        for ts in files:
            run_lupdate(args.lupdate, root, ts)
        return 0
    failed = False
    contexts = runtime_contexts(root)
    with tempfile.TemporaryDirectory() as tmp:
        for ts in files:
            fresh = pathlib.Path(tmp) / ts.name
            shutil.copy(ts, fresh)
            run_lupdate(args.lupdate, root, fresh)
            problems = check(ts, fresh, contexts)
            total = len(messages(ts))
            if problems:
                failed = True
                print(f"{ts.relative_to(root)}: {len(problems)} problem(s) in {total} messages")
                for p in problems:
                    print(f"  {p}")
            else:
                print(f"{ts.relative_to(root)}: {total} messages, all translated and up to date")
    if failed:
        print("Update with: tests/check_translations.py . --update, translate (Qt Linguist), "
              "check again. See translations/README.md.")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
