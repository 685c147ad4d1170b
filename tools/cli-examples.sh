#!/usr/bin/env bash
# Runs the command line on the demo project and writes what it prints to
# docs/cli-examples.md, so the examples in the docs are the program's own
# output. With --check, compares instead of writing (ctest runs that).
#   tools/cli-examples.sh [--check] [VERDICT_BINARY]
set -euo pipefail
cd "$(dirname "$0")/.."
check=false
if [ "${1:-}" = --check ]; then check=true; shift; fi
app=$(realpath "${1:-build/dev/app/verdict}")
docs=$PWD/docs
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
export VERDICT_PERSON=lead-ana LC_ALL=C.UTF-8 LANGUAGE=en XDG_CONFIG_HOME=$work/config

example() { # TITLE COMMAND...: a section with the command and what it printed
    local title=$1
    shift
    printf '## %s\n\n```console\n$ verdict %s\n' "$title" "$*"
    "$app" "$@" 2>&1 || true
    printf '```\n\n'
}

{
    printf '# Command line examples\n\n'
    printf 'What `verdict` prints on the demo project with its sample work\n'
    printf '(`verdict demo demo.verdict --sample-work`). Written by\n'
    printf '`tools/cli-examples.sh`, and checked against the program by ctest\n'
    printf '(`cli_examples`); the commands and options are in [cli.md](cli.md).\n\n'
    "$app" demo demo.verdict --sample-work > /dev/null
    example "Agreement on one criterion" agreement demo.verdict --criterion helpfulness
    example "Gold accuracy" gold-accuracy demo.verdict
    example "Comparing models" compare-models demo.verdict --replicates 200
    example "Handing out work" assign demo.verdict --annotators kim,lee,noor --overlap 2 --gold-rate 0.1 --seed 7 --out-dir out
    example "Checking a batch" verify out/assignment-noor.jsonl
    example "The final dataset" export demo.verdict --format dataset --final -o final.jsonl
    example "A bad file" import demo.verdict "$docs/../tests/data/batch/schema-error.jsonl"
} > "$work/cli-examples.md"
# The fixture's path differs between machines; keep it relative to the source.
sed -i "s|$docs/../||g" "$work/cli-examples.md"

if $check; then
    diff -u "$docs/cli-examples.md" "$work/cli-examples.md" && echo "docs/cli-examples.md is up to date"
else
    cp "$work/cli-examples.md" "$docs/cli-examples.md"
    echo "wrote docs/cli-examples.md"
fi
