"""An installed wheel carries resources/ and paths.py finds every file in it.

resources/ is top-level in the repository; pyproject maps it into the package
(hatchling ``force-include``).  Build the wheel offline, install it into a private
folder and ask ``paths`` from there — not from this checkout.
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PROBE = """
import json, sys
sys.path.insert(0, sys.argv[1])
import lawgov_desktop
from lawgov_desktop import paths
print(json.dumps({"package": lawgov_desktop.__file__, "resources": str(paths.resources_dir()),
                  "sample": str(paths.sample_report())}))
"""


@pytest.fixture(scope="module")
def installed(tmp_path_factory) -> Path:
    work = tmp_path_factory.mktemp("wheel")
    env = dict(os.environ, PIP_NO_INDEX="1", PIP_DISABLE_PIP_VERSION_CHECK="1")
    env.pop("HATCH_BUILD_HOOK_ENABLE_MYPYC", None)  # the default build, as the quick start makes it
    pip = [sys.executable, "-m", "pip"]
    subprocess.run([*pip, "wheel", str(ROOT), "--no-deps", "--no-build-isolation", "-w", str(work / "dist"), "-q"],
                   check=True, env=env, capture_output=True, timeout=300)
    [wheel] = (work / "dist").glob("lawgov_desktop-*.whl")
    subprocess.run([*pip, "install", str(wheel), "--no-deps", "--target", str(work / "site"), "-q"],
                   check=True, env=env, capture_output=True, timeout=300)
    return work / "site"


def test_paths_resolve_inside_the_installed_package(installed, tmp_path):
    result = subprocess.run([sys.executable, "-c", PROBE, str(installed)], capture_output=True, text=True,
                            cwd=tmp_path, check=True, timeout=60)
    found = json.loads(result.stdout)
    assert Path(found["package"]).is_relative_to(installed)
    assert Path(found["resources"]) == installed / "lawgov_desktop" / "resources"
    assert Path(found["sample"]).is_file()


def test_every_resource_file_is_in_the_wheel(installed):
    bundled = installed / "lawgov_desktop" / "resources"
    expected = sorted(p.relative_to(ROOT / "resources") for p in (ROOT / "resources").rglob("*") if p.is_file())
    assert expected
    for relative in expected:
        assert (bundled / relative).read_bytes() == (ROOT / "resources" / relative).read_bytes(), relative


def test_the_default_wheel_is_pure_python(installed):
    """Installing from source needs no C compiler: the mypyc hook of pyproject.toml runs only when
    asked for (packaging/compile_extractor.py), and the package then runs from its source."""
    extensions = [p.name for p in installed.rglob("*") if p.suffix in (".so", ".pyd")]
    assert extensions == []
    assert any(installed.glob("lawgov_desktop-*.dist-info"))
    assert (installed / "lawgov_desktop" / "core" / "extract" / "grammar.py").is_file()
