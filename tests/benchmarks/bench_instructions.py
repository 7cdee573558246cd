"""The work of a start, counted in instructions: the reader against the bare PySide6 window.

    python -m tests.benchmarks.bench_instructions [--runs 1]   (needs valgrind on PATH)

Wall-clock start times on a shared machine move by tens of per cent from minute to minute
(bench_start sets each reader run against a bare run next to it, and still sees its quartiles
span 30 points). The instructions a process executes up to the moment its text is presented
do not: Valgrind's cachegrind counts them the same to a few parts in ten thousand from run to run.
So this figure tells whether a change made the start do less work; it is not the start time:
it leaves out the kernel (page faults, the X server) and how fast each instruction runs.

Each process ends the moment its first text is presented (start_probe's *-first-frame kinds).
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

from tests.benchmarks.bench_start import prepare_bytecode, probe
from tests.benchmarks.common import report

ROOT = Path(__file__).resolve().parents[2]
REFS = re.compile(r"==(\d+)== I\s+refs:\s+([\d,]+)")
TIMEOUT_S = 300  # about 20 s each under valgrind


def instructions(*args: str) -> int:
    """Instructions of the probe's own process up to its first frame. Valgrind runs in the
    process it starts (same pid); a child forked before an exec (Qt trying dbus-launch) prints
    a count of its own, under its own pid."""
    command = ["valgrind", "--tool=cachegrind", "--cache-sim=no", "--cachegrind-out-file=/dev/null",
               sys.executable, "-m", "tests.benchmarks.start_probe", *args]
    process = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                               text=True, env={**os.environ, "PYTHONHASHSEED": "0"})
    try:
        _out, errors = process.communicate(timeout=TIMEOUT_S)
    except subprocess.TimeoutExpired:
        process.kill()
        raise SystemExit(f"{' '.join(args)}: no text on screen within {TIMEOUT_S} s") from None
    counts = {int(pid): int(refs.replace(",", "")) for pid, refs in REFS.findall(errors)}
    if process.pid not in counts:
        raise SystemExit(f"no count from valgrind: {errors[-500:]}")
    return counts[process.pid]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=1)
    options = parser.parse_args()
    if shutil.which("valgrind") is None:
        raise SystemExit("valgrind is not installed (apt install valgrind)")
    prepare_bytecode(compiled=True)
    if not os.environ.get("DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory() as folder:
        probe("app", folder)  # a first start makes the ids and fills the word cache
        bare = [instructions("bare-first-frame") for _ in range(options.runs)]
        app = [instructions("app-first-frame", folder) for _ in range(options.runs)]
    bare_m, app_m = statistics.median(bare) / 1e6, statistics.median(app) / 1e6
    platform = os.environ.get("QT_QPA_PLATFORM") or "display " + os.environ.get("DISPLAY", "")
    report(f"instructions to the first text on screen, median of {options.runs} ({platform})", [
        ("bare window", bare_m, "million", ""),
        ("reader", app_m, "million", ""),
        ("reader, beyond the bare window", app_m - bare_m, "million", ""),
        ("reader ÷ bare", 100 * app_m / bare_m, "%", ""),
    ])


if __name__ == "__main__":
    main()
