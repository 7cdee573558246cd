"""Checks and packs the app PyInstaller built from build.spec, the same way here and in the release workflow.

    python resources/packaging/release.py check [--dist dist]   # start the built app as a user would
    python resources/packaging/release.py pack [--dist dist] [--out release]

`pack` makes what a release offers for this system: a .tar.gz of the folder on Linux (with its
desktop entry), a .zip of the folder on Windows, and on macOS a .dmg holding the ad-hoc signed
.app beside a link to /Applications. It prints the sizes, and adds them to the workflow's summary.
"""

from __future__ import annotations

import argparse
import os
import platform
import re
import subprocess
import sys
import tarfile
import tempfile
import time
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
NAME = "jiangxin-reader"
APP_BUNDLE = "Jiangxin Reader.app"
# A user name with a space and Chinese characters: every path the app builds must survive it.
USER_FOLDER = "用户 张三"
SAMPLE = ("我的软件和U盘", "我的軟體和隨身碟")


def system(name: str = sys.platform) -> str:
    """linux, windows or macos: the release's name for this system."""
    if name == "win32":
        return "windows"
    return "macos" if name == "darwin" else "linux"


def app_version() -> str:
    """app.__version__, read without importing the app (this runs outside its environment too)."""
    source = (ROOT / "app" / "__init__.py").read_text(encoding="utf-8")
    found = re.search(r'^__version__ = "([^"]+)"', source, re.MULTILINE)
    if not found:
        raise SystemExit("no __version__ in app/__init__.py")
    return found[1]


def artifact_name(version: str, system_name: str, machine: str) -> str:
    arch = {"amd64": "x86_64", "aarch64": "arm64"}.get(machine.lower(), machine.lower())
    extension = {"linux": "tar.gz", "windows": "zip", "macos": "dmg"}[system_name]
    return f"{NAME}-{version}-{system_name}-{arch}.{extension}"


def executable(dist: Path, system_name: str) -> Path:
    """The program inside the build that a double-click starts."""
    if system_name == "macos":
        return dist / APP_BUNDLE / "Contents" / "MacOS" / NAME
    return dist / NAME / (f"{NAME}.exe" if system_name == "windows" else NAME)


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


# --- check ------------------------------------------------------------------------------------

def run_app(program: Path, data: Path, *args: str, stdin: str = "") -> subprocess.CompletedProcess[bytes]:
    env = dict(os.environ)
    if sys.platform.startswith("linux") and not (env.get("DISPLAY") or env.get("WAYLAND_DISPLAY")):
        env.setdefault("QT_QPA_PLATFORM", "offscreen")
    return subprocess.run([str(program), "--data-dir", str(data), *args], input=stdin.encode("utf-8"),
                          capture_output=True, env=env, timeout=180, check=False)


def check(program: Path) -> list[str]:
    """Start the built app with --smoke, then convert, list and search; returns what went wrong."""
    problems: list[str] = []
    with tempfile.TemporaryDirectory() as temp:
        data = Path(temp) / USER_FOLDER / "匠心阅读 数据"
        smoke = run_app(program, data, "--smoke")
        out = smoke.stdout.decode("utf-8", "replace")
        print(out.strip() or smoke.stderr.decode("utf-8", "replace").strip())
        if smoke.returncode != 0 or not out.startswith("smoke: ok"):
            errors = smoke.stderr.decode("utf-8", "replace")
            problems.append(f"--smoke exited {smoke.returncode}: {out}{errors}")
        converted = run_app(program, data, "convert", "--to", "taiwan", stdin=SAMPLE[0])
        if converted.stdout.decode("utf-8", "replace") != SAMPLE[1]:
            problems.append(f"convert gave {converted.stdout!r} {converted.stderr!r}")
        listed = run_app(program, data, "list").stdout.decode("utf-8", "replace").splitlines()
        if not listed:
            problems.append("list printed no essays")
        found = run_app(program, data, "search", "黨員幹部")
        if found.returncode != 0 or "党员干部" not in found.stdout.decode("utf-8", "replace"):
            problems.append(f"search exited {found.returncode}: {found.stderr!r}")
        if not (data / "cache" / "jieba.cache").is_file():
            problems.append(f"no word cache under {data}")
    return problems


# --- pack -------------------------------------------------------------------------------------

def make_tarball(folder: Path, out: Path) -> Path:
    """The folder as NAME/… in a .tar.gz, executable bits kept, owner names left out."""
    def anonymous(info: tarfile.TarInfo) -> tarfile.TarInfo:
        info.uid = info.gid = 0
        info.uname = info.gname = ""
        return info

    with tarfile.open(out, "w:gz") as archive:  # level 9 saves 0.5% and takes 2.5 times as long
        archive.add(folder, arcname=folder.name, filter=anonymous)
    return out


def make_zip(folder: Path, out: Path) -> Path:
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for path in sorted(folder.rglob("*")):
            archive.write(path, Path(folder.name) / path.relative_to(folder))
    return out


def dmg_commands(app: Path, staging: Path, out: Path) -> list[list[str]]:
    """Sign the .app ad hoc (so it opens after right-click → Open), verify, then image it with a
    link to /Applications beside it for the usual drag-to-install."""
    return [
        ["codesign", "--force", "--deep", "-s", "-", str(app)],
        ["codesign", "--verify", "--deep", "--strict", str(app)],
        ["ditto", str(app), str(staging / app.name)],
        ["ln", "-s", "/Applications", str(staging / "Applications")],
        ["hdiutil", "create", "-volname", app.stem, "-srcfolder", str(staging), "-fs", "HFS+",
         "-format", "UDZO", "-ov", str(out)],
    ]


def make_dmg(app: Path, out: Path) -> Path:
    with tempfile.TemporaryDirectory() as staging:
        for command in dmg_commands(app, Path(staging), out):
            attempts = 3 if command[0] == "hdiutil" else 1  # hdiutil now and then finds its device busy
            for attempt in range(1, attempts + 1):
                if subprocess.run(command, check=attempt == attempts).returncode == 0:
                    break
                time.sleep(5 * attempt)
    return out


def pack(dist: Path, out_dir: Path, system_name: str) -> Path:
    out_dir.mkdir(parents=True, exist_ok=True)
    out = out_dir / artifact_name(app_version(), system_name, platform.machine())
    if system_name == "macos":
        built = dist / APP_BUNDLE
        make_dmg(built, out)
    else:
        built = dist / NAME
        (make_zip if system_name == "windows" else make_tarball)(built, out)
    report_sizes(built, out)
    return out


def report_sizes(built: Path, archive: Path) -> None:
    line = (f"| {archive.name} | {folder_size(built) / 1e6:.0f} MB unpacked | "
            f"{archive.stat().st_size / 1e6:.0f} MB download |")
    print(line)
    summary = os.environ.get("GITHUB_STEP_SUMMARY")
    if summary:
        with open(summary, "a", encoding="utf-8") as handle:
            handle.write(line + "\n")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("command", choices=["check", "pack"])
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="PyInstaller's output folder")
    parser.add_argument("--out", type=Path, default=ROOT / "release", help="where pack writes the archive")
    options = parser.parse_args(argv)
    for stream in (sys.stdout, sys.stderr):
        stream.reconfigure(encoding="utf-8")  # type: ignore[union-attr]  # Chinese paths on a cp1252 console
    if options.command == "pack":
        print(pack(options.dist, options.out, system()))
        return 0
    problems = check(executable(options.dist, system()))
    for problem in problems:
        print(f"FAILED: {problem}", file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
