"""The release workflow and the script it shares with these tests (resources/packaging/release.py)."""

from __future__ import annotations

import shutil
import subprocess
import sys
import tarfile
import zipfile
from pathlib import Path

import pytest

from app import __version__
from tests.packaging import release_script

ROOT = Path(__file__).resolve().parents[2]
WORKFLOW = ROOT / ".github" / "workflows" / "release.yml"


release = release_script.load()


def fake_build(tmp_path: Path) -> Path:
    """A folder shaped like PyInstaller's Linux output, with an executable and the desktop entry."""
    folder = tmp_path / "dist" / "jiangxin-reader"
    (folder / "_internal" / "seeds").mkdir(parents=True)
    (folder / "_internal" / "seeds" / "文章.txt").write_text("篇1\n正文", encoding="utf-8")
    program = folder / "jiangxin-reader"
    program.write_bytes(b"\x7fELF")
    program.chmod(0o755)
    (folder / "jiangxin-reader.desktop").write_text("[Desktop Entry]\nName[zh_CN]=匠心阅读\n",
                                                    encoding="utf-8")
    return folder


def test_the_linux_archive_keeps_the_folder_the_desktop_entry_and_the_executable_bit(tmp_path: Path) -> None:
    folder = fake_build(tmp_path)
    archive = release.make_tarball(folder, tmp_path / "out.tar.gz")
    with tarfile.open(archive) as opened:
        members = {member.name: member for member in opened.getmembers()}
        opened.extractall(tmp_path / "unpacked", filter="tar")
    assert members["jiangxin-reader/jiangxin-reader"].mode & 0o111
    assert members["jiangxin-reader/jiangxin-reader.desktop"].uname == ""  # no builder's name inside
    assert (tmp_path / "unpacked" / "jiangxin-reader" / "_internal" / "seeds" / "文章.txt").read_text(
        encoding="utf-8") == "篇1\n正文"


def test_the_windows_archive_unzips_to_one_folder(tmp_path: Path) -> None:
    folder = fake_build(tmp_path)
    archive = release.make_zip(folder, tmp_path / "out.zip")
    with zipfile.ZipFile(archive) as opened:
        names = opened.namelist()
        assert opened.testzip() is None
    assert {name.split("/")[0] for name in names} == {"jiangxin-reader"}
    assert "jiangxin-reader/_internal/seeds/文章.txt" in names


def test_the_mac_image_holds_the_ad_hoc_signed_app_and_a_link_to_applications(tmp_path: Path) -> None:
    app_bundle = tmp_path / "Jiangxin Reader.app"
    commands = release.dmg_commands(app_bundle, tmp_path / "stage", tmp_path / "out.dmg")
    assert commands[0] == ["codesign", "--force", "--deep", "-s", "-", str(app_bundle)]
    assert commands[1][:2] == ["codesign", "--verify"]
    assert ["ln", "-s", "/Applications", str(tmp_path / "stage" / "Applications")] in commands
    create = commands[-1]
    assert create[:2] == ["hdiutil", "create"] and create[-1] == str(tmp_path / "out.dmg")
    assert create[create.index("-srcfolder") + 1] == str(tmp_path / "stage")
    assert create[create.index("-volname") + 1] == "Jiangxin Reader"


def test_each_system_gets_its_artifact_and_its_program() -> None:
    assert release.app_version() == __version__
    assert release.artifact_name("1.2.0", "windows", "AMD64") == "jiangxin-reader-1.2.0-windows-x86_64.zip"
    assert release.artifact_name("1.2.0", "macos", "arm64") == "jiangxin-reader-1.2.0-macos-arm64.dmg"
    assert release.artifact_name("1.2.0", "linux", "x86_64") == "jiangxin-reader-1.2.0-linux-x86_64.tar.gz"
    assert [release.system(name) for name in ("win32", "darwin", "linux")] == ["windows", "macos", "linux"]
    dist = Path("dist")
    mac = release.executable(dist, "macos")
    assert mac == dist / "Jiangxin Reader.app" / "Contents" / "MacOS" / "jiangxin-reader"
    assert release.executable(dist, "windows") == dist / "jiangxin-reader" / "jiangxin-reader.exe"


def test_the_workflow_builds_checks_and_publishes_on_all_three_systems() -> None:
    workflow = WORKFLOW.read_text(encoding="utf-8")
    assert 'tags: ["v*"]' in workflow
    for runner in ("runner: ubuntu-", "runner: windows-", "runner: macos-"):
        assert runner in workflow
    for step in ("pip install -e \".[test]\"", "python -m pytest", "pyinstaller --noconfirm build.spec",
                 "release.py pack", "release.py check", "actions/upload-artifact@", "gh release create",
                 "poppler-utils"):  # else the handout PDF tests skip themselves on Linux
        assert step in workflow
    publish = workflow[workflow.index("  publish:"):]
    assert "needs: build" in publish and "contents: write" in publish
    assert "startsWith(github.ref, 'refs/tags/v')" in publish


def test_actionlint_finds_nothing_in_the_workflows() -> None:
    beside_python = shutil.which("actionlint", path=str(Path(sys.executable).parent))
    actionlint = beside_python or shutil.which("actionlint")
    if actionlint is None:
        pytest.skip("actionlint has no wheel for this machine (the test extra installs it elsewhere)")
    result = subprocess.run([actionlint, "-no-color"], cwd=ROOT, capture_output=True, text=True, timeout=120,
                            check=False)
    assert result.returncode == 0, result.stdout + result.stderr
