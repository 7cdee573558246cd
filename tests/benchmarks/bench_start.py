"""Start, memory and exit of the reader, side by side with a bare PySide6 window.

    python -m tests.benchmarks.bench_start [--runs 5] [--source]

Each run starts a bare window (a tree and a text pane showing an essay) and then the reader,
one after the other, in fresh processes (see start_probe); then the CPU time of a whole
`--smoke` run (start, first essay on screen, exit) against the bare window doing the same.
Besides the ratio of the two medians, each reader run is set against the bare run just before
it: the median of those ratios, with its quartiles, shows how far the machine's own drift moves
the figure.
Under a real display set DISPLAY; without one Qt's offscreen platform is used. The first
reader run fills the word cache and is reported apart; the medians come from the runs after it.

The app's modules are compiled to bytecode first, as pip and the bundle install them (and as
PySide6's own modules already are for the bare window). A checkout run with
PYTHONDONTWRITEBYTECODE set would otherwise compile some 10,000 lines of source at every start,
which no user does; `--source` measures that case (it removes the app's bytecode first).
"""

from __future__ import annotations

import argparse
import compileall
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from tests.benchmarks.common import report

ROOT = Path(__file__).resolve().parents[2]


def probe(*args: str) -> dict[str, float]:
    """Run start_probe; its figures, with times made relative to the process start."""
    begun = time.monotonic()
    process = subprocess.Popen([sys.executable, "-m", "tests.benchmarks.start_probe", *args],
                               cwd=ROOT, stdout=subprocess.PIPE, text=True)
    assert process.stdout is not None
    figures: dict[str, float] = {}
    for line in process.stdout:
        if line.startswith("probe: "):
            key, _, value = line[len("probe: "):].strip().partition(" ")
            try:
                figures[key] = float(value)
            except ValueError:
                raise SystemExit(f"{args[0]} failed: {value}") from None
    process.wait()
    ended = time.monotonic()
    for key in ("imported", "built", "presented", "ready", "stall_at"):
        if key in figures:
            figures[key] = (figures[key] - begun) * 1000
    figures["exit_ms"] = (ended - figures["closing"]) * 1000
    return figures


def cpu_ms(*command: str) -> float:
    """User and system CPU time of a whole process run (and of any child it waited for)."""
    process = subprocess.Popen([sys.executable, *command], cwd=ROOT, stdout=subprocess.DEVNULL)
    _pid, status, usage = os.wait4(process.pid, 0)
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode != 0:
        raise SystemExit(f"{' '.join(command)} failed ({process.returncode})")
    return (usage.ru_utime + usage.ru_stime) * 1000


def prepare_bytecode(compiled: bool) -> None:
    """The app's bytecode, written as an install writes it; or none at all (`--source`)."""
    for folder in (ROOT / "app", ROOT / "tests" / "benchmarks"):
        if compiled:
            compileall.compile_dir(folder, quiet=1)
        else:
            for cache in folder.rglob("__pycache__"):
                shutil.rmtree(cache)


def median(runs: list[dict[str, float]], key: str) -> float:
    return statistics.median(run[key] for run in runs)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--source", action="store_true",
                        help="start the app from source, without bytecode (see above)")
    options = parser.parse_args()
    prepare_bytecode(compiled=not options.source)
    if not os.environ.get("DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    bare_runs, app_runs = [], []
    with tempfile.TemporaryDirectory() as folder:
        cold = probe("app", folder)  # fills the word cache
        for _ in range(options.runs):
            bare_runs.append(probe("bare"))
            app_runs.append(probe("app", folder))
            bare_runs[-1]["smoke_cpu_ms"] = cpu_ms("-m", "tests.benchmarks.start_probe", "bare-smoke")
            app_runs[-1]["smoke_cpu_ms"] = cpu_ms("-m", "app", "--smoke", "--data-dir", folder)
    bare_text, app_text = median(bare_runs, "presented"), median(app_runs, "presented")
    bare_peak = median(bare_runs, "rss_peak_kb") / 1024
    app_idle = median(app_runs, "rss_idle_kb") / 1024
    bare_cpu, app_cpu = median(bare_runs, "smoke_cpu_ms"), median(app_runs, "smoke_cpu_ms")
    # each reader run over the bare run just before it: a slow spell of the machine slows both
    pairs = [100 * app["presented"] / bare["presented"]
             for bare, app in zip(bare_runs, app_runs, strict=True)]
    quartiles = statistics.quantiles(pairs, n=4, method="inclusive") if len(pairs) > 1 else pairs * 3
    rows = [
        ("bare window: text on screen", bare_text, "ms", ""),
        ("reader: text on screen", app_text, "ms", f"<= {1.6 * bare_text:.0f} (1.6x bare)"),
        ("reader: of which, the window's modules loaded at", median(app_runs, "imported"), "ms", ""),
        ("reader: of which, the window built (not shown) at", median(app_runs, "built"), "ms", ""),
        ("reader: word index ready (cached)", median(app_runs, "ready"), "ms", ""),
        ("reader: word index ready (first run, cold)", cold["ready"], "ms", ""),
        ("bare window: longest event-loop stall, idle", median(bare_runs, "stall_ms"), "ms", ""),
        ("reader: longest event-loop stall, warm-up", median(app_runs, "stall_ms"), "ms", "<= 50"),
        ("reader: the longest stall ended at", median(app_runs, "stall_at"), "ms", ""),
        ("reader: longest stall, first run (cold)", cold["stall_ms"], "ms", "<= 50"),
        ("bare window: peak memory", bare_peak, "MB", ""),
        ("reader: idle memory, index ready", app_idle, "MB", f"<= {2 * bare_peak:.0f} (2x bare)"),
        ("reader: peak memory", median(app_runs, "rss_peak_kb") / 1024, "MB", ""),
        ("reader: idle PSS, all its processes", median(app_runs, "pss_idle_kb") / 1024, "MB", "<= 100"),
        ("bare window: idle private memory (USS)", median(bare_runs, "uss_idle_kb") / 1024, "MB", ""),
        ("reader: idle private memory (USS), all its processes", median(app_runs, "uss_idle_kb") / 1024,
         "MB", ""),
        ("bare window: CPU, start to text on screen and exit", bare_cpu, "ms", ""),
        ("reader: CPU of a --smoke run", app_cpu, "ms", f"<= {2 * bare_cpu:.0f} (2x bare)"),
        ("reader: text on screen, % of the bare window's", 100 * app_text / bare_text, "%", "<= 160"),
        ("reader: the same, run by run: median", quartiles[1], "%", "<= 160"),
        ("reader: the same, run by run: lower quartile", quartiles[0], "%", ""),
        ("reader: the same, run by run: upper quartile", quartiles[2], "%", ""),
        ("reader: --smoke CPU, % of the bare window's", 100 * app_cpu / bare_cpu, "%", "<= 200"),
        ("bare window: exit after close", median(bare_runs, "exit_ms"), "ms", ""),
        ("reader: exit after close", median(app_runs, "exit_ms"), "ms", "<= 500"),
    ]
    platform = os.environ.get("QT_QPA_PLATFORM") or "display " + os.environ.get("DISPLAY", "")
    code = "from source" if options.source else "bytecode"
    report(f"start and memory, median of {options.runs} ({platform}, {code})", rows)


if __name__ == "__main__":
    main()
