"""Bundle benchmark: start of the built app against `python -m app --smoke`, and its size.

    python -m tests.benchmarks.bench_bundle      # builds dist/ first if it is not there
"""

from __future__ import annotations

import os
import re
import statistics
import subprocess
import sys
import tarfile
import tempfile
import time
from pathlib import Path

from tests.benchmarks.common import report

ROOT = Path(__file__).resolve().parents[2]
BUNDLE = ROOT / "dist" / "jiangxin-reader"
ENV = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}


def smoke(command: list[str]) -> tuple[float, float]:
    """Wall time of one smoke run and the app's own time to the first painted essay, in ms."""
    with tempfile.TemporaryDirectory() as folder:
        start = time.perf_counter()
        out = subprocess.run([*command, "--smoke", "--data-dir", folder], cwd=ROOT, env=ENV,
                             capture_output=True, text=True, check=True).stdout
        wall = (time.perf_counter() - start) * 1000
    match = re.search(r"painted in (\d+) ms", out)
    assert match, out
    return wall, float(match[1])


def drop_caches() -> bool:
    """Empty the page cache for a truly cold start (needs root; else the first run stands in)."""
    try:
        os.sync()
        Path("/proc/sys/vm/drop_caches").write_text("3\n")
        return True
    except OSError:
        return False


def sizes() -> tuple[float, float]:
    files = [p for p in BUNDLE.rglob("*") if p.is_file() and not p.is_symlink()]
    folder_mb = sum(p.stat().st_size for p in files) / 1e6
    with tempfile.TemporaryDirectory() as tmp:
        archive = Path(tmp) / "bundle.tar.gz"
        with tarfile.open(archive, "w:gz") as tar:
            tar.add(BUNDLE, arcname=BUNDLE.name)
        return folder_mb, archive.stat().st_size / 1e6


def main() -> None:
    if not (BUNDLE / "jiangxin-reader").exists():
        subprocess.run([sys.executable, "-m", "PyInstaller", "--noconfirm", "build.spec"],
                       cwd=ROOT, check=True)
    built = [str(BUNDLE / "jiangxin-reader")]
    source = [sys.executable, "-m", "app"]
    cold = drop_caches()
    cold_wall, cold_paint = smoke(built)
    built_runs = [smoke(built) for _ in range(5)]
    source_runs = [smoke(source) for _ in range(5)]
    folder_mb, archive_mb = sizes()
    label = "cold (page cache dropped)" if cold else "first run after build"
    report("bundle", [
        (f"built app, {label}: wall", cold_wall, "ms", "< 1000"),
        (f"built app, {label}: first paint", cold_paint, "ms", ""),
        ("built app, warm: wall (median of 5)", statistics.median(w for w, _ in built_runs), "ms", "< 1000"),
        ("built app, warm: first paint (median of 5)", statistics.median(p for _, p in built_runs), "ms", ""),
        ("python -m app --smoke: wall (median of 5)", statistics.median(w for w, _ in source_runs), "ms", ""),
        ("python -m app --smoke: first paint (median)",
         statistics.median(p for _, p in source_runs), "ms", ""),
        ("bundle folder", folder_mb, "MB", "< 150"),
        ("bundle folder, tar.gz", archive_mb, "MB", "< 60"),
    ])


if __name__ == "__main__":
    main()
