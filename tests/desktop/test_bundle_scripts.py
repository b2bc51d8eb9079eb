from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
BUNDLE = ROOT / "resources" / "bundle"


def test_the_bundle_carries_every_data_folder_the_wheel_carries():
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    wheel = pyproject["tool"]["hatch"]["build"]["targets"]["wheel"]["force-include"]
    spec = (BUNDLE / "wocdesk.spec").read_text(encoding="utf-8")
    bundled = set(re.findall(r'"(articles|fonts|locale|icons|templates)"', spec))
    for source, target in wheel.items():
        assert target.startswith("wocdesk/_data/")
        if source.startswith("resources/"):
            assert source.removeprefix("resources/") in bundled, source
        else:
            assert f'"{source}"' in spec and target in spec, source


@pytest.mark.skipif(
    not sys.platform.startswith("linux") or os.geteuid() != 0 or not shutil.which("unshare"),
    reason="needs Linux, root and unshare (a private mount namespace)",
)
def test_without_python_really_hides_python(tmp_path):
    script = BUNDLE / "without_python.sh"
    probe = (
        f"{sys.executable} -c pass 2>/dev/null && echo SEEN-VENV; "
        "python3 -c pass 2>/dev/null && echo SEEN-PATH; "
        "ls /usr/lib/python3*/os.py 2>/dev/null && echo SEEN-STDLIB; "
        "echo checked"
    )
    result = subprocess.run(
        [str(script), "bash", "-c", probe], capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines() == ["checked"]
