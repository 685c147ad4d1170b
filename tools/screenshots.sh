#!/usr/bin/env bash
# Renders each view of the workbench under Xvfb to docs/screenshots/*.png.
# Each view is reached the way a trainer would: a script of keys played into
# the real application (VERDICT_TEST_SCRIPT, see ui/keyscript.h).
#   tools/screenshots.sh [BUILD_DIR]     (default build/dev)
# Needs xvfb, xauth and imagemagick (Debian packages); installs them if missing.
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build/dev}
app=$build/app/verdict
shot=${VERDICT_SCREENSHOT_TOOL:-tools/screenshot-x11.sh}
out=docs/screenshots
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# Emoji in the demo responses need a font that has them.
fc-list 2> /dev/null | grep -qi emoji || apt-get install -y -q fonts-noto-color-emoji > /dev/null 2>&1 || true
mkdir -p "$work/config/Verdict" "$out"
printf '[person]\nname=kim\n' > "$work/config/Verdict/verdict.conf"
export XDG_CONFIG_HOME=$work/config XDG_DATA_HOME=$work/data

view() { # NAME [SETTINGS]: keys on standard input; SETTINGS are extra lines for verdict.conf
    local name=$1
    printf '[person]\nname=kim\n%b' "${2:-}" > "$work/config/Verdict/verdict.conf"
    rm -f "$work/demo.verdict"*
    "$app" demo "$work/demo.verdict" > /dev/null
    cat > "$work/$name.keys"
    VERDICT_TEST_SCRIPT=$work/$name.keys "$shot" "$out/$name.png" "$app" "$work/demo.verdict"
}

# The task as it opens: transcript, responses A and B, the rubric, the guidelines.
view workbench <<'KEYS'
key Ctrl+1
KEYS

# Mid-task: ranked, scored, a span tagged from the keyboard, a flag with its note.
view annotating <<'KEYS'
key Ctrl+2
key 1
key Ctrl+1
key 2
key Ctrl+1
key Ctrl+Home
key Right 4
key Shift+Right 16
key W
key Ctrl+2
key Ctrl+End
key Shift+Left
key H
key Ctrl+R
key Ctrl+Down
key 4
key Down
key 2
key Ctrl+Down
key 5
key Down
key 3
key Ctrl+2
key Ctrl+Shift+F
key P
key Tab
key L
key Tab
key Tab
key Tab
type Signs off with an emoji, nothing harmful
key Ctrl+Down
key 1
key Tab
key 1
KEYS

# Submit with something missing: what is missing is named.
view missing <<'KEYS'
key Ctrl+2
key 1
key Ctrl+1
key 2
key Ctrl+Return
KEYS

# Four responses side by side, model names shown, raw text.
view four-responses <<'KEYS'
key Ctrl+F
type demo-010
key Ctrl+Shift+M
key Ctrl+1
KEYS
view raw-text <<'KEYS'
key Ctrl+Shift+R
key Ctrl+1
KEYS

# The ideal response, started from B, edited, with its changes shown.
view rewrite <<'KEYS'
key Ctrl+R
key Ctrl+Down 8
key Shift+Tab
key Space
key Tab
key Tab
key Ctrl+End
type  On Python 3.12 use itertools.batched instead.
key Ctrl+D
KEYS

# Edit → Settings…, Help → About Verdict, Help → User Guide.
view settings <<'KEYS'
key Ctrl+,
KEYS
view about <<'KEYS'
action about
KEYS
view guide <<'KEYS'
key Shift+F1
KEYS

# The dark theme mid-task: ranked, scored, two spans tagged, the label named by the current one.
view dark '[appearance]\ntheme=dark\n' <<'KEYS'
key Ctrl+2
key 1
key Ctrl+1
key 2
key Ctrl+1
key Ctrl+Home
key Right 4
key Shift+Right 16
key W
key Ctrl+2
key Ctrl+End
key Shift+Left
key H
key Ctrl+R
key Ctrl+Down
key 4
key Ctrl+1
KEYS

# Help → Keyboard Shortcuts.
view shortcuts <<'KEYS'
key Ctrl+/
KEYS
echo "screenshots in $out"
