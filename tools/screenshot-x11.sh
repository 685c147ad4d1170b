#!/usr/bin/env bash
# Runs a program in a virtual X display (Xvfb), waits, saves the screen as a PNG.
#   tools/screenshot-x11.sh OUT.png COMMAND [ARGS...]
# SCREENSHOT_WAIT (seconds, default 5) and SCREENSHOT_SIZE (default 1600x1000).
set -u
out=$1
shift
need=()
command -v xvfb-run > /dev/null || need+=(xvfb xauth)
command -v import > /dev/null || need+=(imagemagick)
if [ ${#need[@]} -gt 0 ]; then
    sudo_=
    [ "$(id -u)" -eq 0 ] || sudo_=sudo
    $sudo_ apt-get install -y -q "${need[@]}" > /dev/null
fi
QT_QPA_PLATFORM=xcb xvfb-run -a -s "-screen 0 ${SCREENSHOT_SIZE:-1600x1000}x24" bash -c '
  out=$1; wait_s=$2; shift 2
  "$@" & pid=$!
  sleep "$wait_s"
  if ! kill -0 $pid 2> /dev/null; then wait $pid; echo "the command exited (status $?) before the screenshot" >&2; exit 3; fi
  import -window root "$out"; kill $pid 2> /dev/null; wait $pid 2> /dev/null; exit 0' _ "$(realpath -m "$out")" "${SCREENSHOT_WAIT:-5}" "$@"
