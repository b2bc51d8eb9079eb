#!/usr/bin/env bash
# Run a command where no Python is visible, to show that the standalone bundle needs none:
# in a private mount namespace (unshare, as root), every Python interpreter, standard library,
# libpython and virtual environment of this machine is covered by an empty folder or /dev/null.
#   resources/bundle/without_python.sh build/bundle/wocdesk-*/wocdesk --version
set -euo pipefail
[ $# -gt 0 ] || { echo "usage: $0 COMMAND [ARG...]" >&2; exit 2; }
WOCDESK_VENVS=$(find / -xdev -maxdepth 6 -name pyvenv.cfg -printf '%h\n' 2>/dev/null || true)
export WOCDESK_VENVS
exec unshare --mount --propagation private bash -c '
set -euo pipefail
shopt -s nullglob
hide() {
  for path in "$@"; do
    if [ -d "$path" ] && [ ! -L "$path" ]; then
      mount -t tmpfs -o ro,size=4k none "$path"
    elif [ -e "$path" ]; then
      mount --bind /dev/null "$path"
    fi
  done
}
hide /usr/bin/python* /usr/local/bin/python* /usr/bin/pip* /usr/local/bin/pip* \
     /usr/lib/python3* /usr/local/lib/python3* /usr/lib/*-linux-gnu/libpython3* \
     /usr/local/lib/libpython3* /root/.pyenv /opt/python* $WOCDESK_VENVS
for probe in python3 python python3.11; do
  if "$probe" -c "pass" 2>/dev/null; then
    echo "without_python.sh: $probe still runs" >&2
    exit 1
  fi
done
[ ! -e /usr/lib/python3.11/os.py ] || { echo "without_python.sh: the stdlib is visible" >&2; exit 1; }
exec "$@"
' without_python "$@"
