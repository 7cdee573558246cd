"""build.spec evaluated for Windows, macOS and Linux here, with PyInstaller's build steps recorded
instead of run: what each system's build is given (icons, Info.plist, version resource, filters)."""

from __future__ import annotations

import importlib
import importlib.util
import plistlib
import re
import struct
import sys
import types
from pathlib import Path
from typing import Any

import pytest

import app
from app import APP_NAME, __version__

ROOT = Path(__file__).resolve().parents[2]
SPEC = ROOT / "build.spec"
# What Analysis finds, as PyInstaller names the destinations on each system.
BINARIES = [
    ("PySide6/Qt/lib/libQt6Widgets.so.6", "x", "BINARY"),
    ("PySide6/Qt/lib/libQt6Qml.so.6", "x", "BINARY"),
    ("PySide6\\Qt6Quick.dll", "x", "BINARY"),
    ("PySide6\\plugins\\platforms\\qwindows.dll", "x", "BINARY"),
    ("PySide6\\plugins\\tls\\qschannelbackend.dll", "x", "BINARY"),
    ("PySide6/Qt/plugins/platforms/libqcocoa.dylib", "x", "BINARY"),
    ("PySide6/Qt/plugins/imageformats/libqjpeg.dylib", "x", "BINARY"),
    ("PySide6/Qt/plugins/platformthemes/libqgtk3.so", "x", "BINARY"),
    ("libgtk-3.so.0", "x", "BINARY"),
    ("libXi.so.6", "x", "BINARY"),
    ("libxcb-cursor.so.0", "x", "BINARY"),
]
DATAS = [
    ("PySide6\\translations\\qtbase_zh_TW.qm", "x", "DATA"),
    ("PySide6\\translations\\qtbase_de.qm", "x", "DATA"),
    ("PySide6/Qt/translations/qtbase_zh_CN.qm", "x", "DATA"),
    ("jieba/dict.txt", "x", "DATA"),
    ("jieba/lac_small/model.pdparams", "x", "DATA"),
]
KEPT = {
    "PySide6/Qt/lib/libQt6Widgets.so.6", "PySide6\\plugins\\platforms\\qwindows.dll",
    "PySide6/Qt/plugins/platformthemes/libqgtk3.so", "libxcb-cursor.so.0",
    "PySide6/Qt/plugins/platforms/libqcocoa.dylib", "PySide6\\translations\\qtbase_zh_TW.qm",
    "PySide6/Qt/translations/qtbase_zh_CN.qm", "jieba/dict.txt",
}


class Step:
    """Records a PyInstaller build step (Analysis, PYZ, EXE, COLLECT, BUNDLE) and its arguments."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        self.args = args
        self.kwargs = kwargs


class Analysis(Step):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.binaries, self.datas = list(BINARIES), list(DATAS)
        self.pure: list[Any] = []
        self.scripts: list[Any] = []


def evaluate(system: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, Any]:
    """Run build.spec as PyInstaller would on `system` (sys.platform), with the steps recorded."""
    import PyInstaller.utils.hooks  # noqa: F401  (imported on the real system: it reads sys.platform once)

    if system == "win32":
        windows_versioninfo(monkeypatch)
    dist = tmp_path / "dist"
    (dist / "jiangxin-reader").mkdir(parents=True)
    namespace: dict[str, Any] = {
        "SPECPATH": str(ROOT), "DISTPATH": str(dist), "__file__": str(SPEC), "__name__": "__main__",
        "Analysis": Analysis, "PYZ": Step, "EXE": Step, "COLLECT": Step, "BUNDLE": Step,
    }
    monkeypatch.setattr(sys, "path", list(sys.path))
    monkeypatch.setattr(sys, "platform", system)
    exec(compile(SPEC.read_text(encoding="utf-8"), str(SPEC), "exec"), namespace)
    return namespace


def windows_versioninfo(monkeypatch: pytest.MonkeyPatch) -> None:
    """PyInstaller's real version-resource classes, loaded off Windows for this test only: the module
    imports pefile and win32api, which only reading and writing .exe files use."""
    import PyInstaller.compat

    name = "PyInstaller.utils.win32.versioninfo"
    if importlib.util.find_spec("pefile") is None:
        monkeypatch.setitem(sys.modules, "pefile", types.ModuleType("pefile"))
    monkeypatch.setattr(PyInstaller.compat, "win32api", types.ModuleType("win32api"), raising=False)
    found = importlib.util.find_spec(name)
    assert found is not None and found.loader is not None
    module = importlib.util.module_from_spec(found)
    found.loader.exec_module(module)
    monkeypatch.setitem(sys.modules, name, module)


def png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", data[16:24])
    return width, height


def ico_sizes(path: Path) -> set[int]:
    """The square sizes in a Windows .ico (PNG-compressed entries), checked against their images."""
    data = path.read_bytes()
    reserved, kind, count = struct.unpack("<HHH", data[:6])
    assert (reserved, kind) == (0, 1) and count > 0
    sizes = set()
    for index in range(count):
        entry = data[6 + 16 * index:22 + 16 * index]
        width, height, _, _, _, _, length, offset = struct.unpack("<BBBBHHII", entry)
        assert offset + length <= len(data)
        side = width or 256  # 0 means 256
        assert png_size(data[offset:offset + length]) == (side, height or 256)
        sizes.add(side)
    return sizes


def icns_sizes(path: Path) -> dict[str, int]:
    """The images in a macOS .icns by type, each checked to be a PNG of the side its type promises."""
    data = path.read_bytes()
    assert data[:4] == b"icns" and struct.unpack(">I", data[4:8])[0] == len(data)
    found, position = {}, 8
    while position < len(data):
        kind = data[position:position + 4].decode("ascii")
        length = struct.unpack(">I", data[position + 4:position + 8])[0]
        assert length > 8 and position + length <= len(data)
        if kind != "TOC ":
            found[kind] = png_size(data[position + 8:position + length])[0]
        position += length
    return found


def test_windows_gets_a_windowed_exe_with_its_icon_and_a_version_resource(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    spec = evaluate("win32", tmp_path, monkeypatch)
    exe = spec["exe"].kwargs
    assert exe["console"] is False and exe["name"] == "jiangxin-reader"
    assert Path(exe["icon"]).suffix == ".ico"
    assert {16, 24, 32, 48, 256} <= ico_sizes(Path(exe["icon"]))  # Explorer, taskbar, Alt+Tab, large icons
    version = exe["version"]
    strings = {s.name: s.val for s in version.kids[0].kids[0].kids}
    assert strings["FileVersion"] == strings["ProductVersion"] == __version__
    assert strings["ProductName"] == APP_NAME and strings["OriginalFilename"] == "jiangxin-reader.exe"
    numbers = [int(n) for n in __version__.split(".")] + [0] * (4 - len(__version__.split(".")))
    assert version.ffi.fileVersionMS == (numbers[0] << 16) | numbers[1]
    assert version.ffi.fileVersionLS == (numbers[2] << 16) | numbers[3]
    assert len(version.toRaw()) > 200  # the resource PyInstaller writes into the .exe
    assert "app" not in spec and not list((tmp_path / "dist" / "jiangxin-reader").iterdir())


def test_macos_gets_an_app_bundle_a_mac_user_recognises(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    spec = evaluate("darwin", tmp_path, monkeypatch)
    exe, bundle = spec["exe"].kwargs, spec["app"]
    assert exe["console"] is False and exe["argv_emulation"] is False
    assert bundle.args == (spec["coll"],)  # the one-folder build inside the .app, not a one-file exe
    assert bundle.kwargs["name"] == f"{APP_NAME}.app"
    assert bundle.kwargs["bundle_identifier"] == "org.jiangxin.reader"
    assert bundle.kwargs["version"] == __version__
    icns = icns_sizes(Path(bundle.kwargs["icon"]))
    assert icns["ic07"] == 128 and icns["ic09"] == 512 and icns["ic10"] == 1024  # Finder, Dock, Retina
    plist = plistlib.loads(plistlib.dumps(bundle.kwargs["info_plist"]))  # what Info.plist will hold
    assert plist["CFBundleShortVersionString"] == __version__ == app.__version__
    assert plist["CFBundleName"] == APP_NAME and plist["NSHighResolutionCapable"] is True
    assert re.fullmatch(r"1[1-9]\.\d+|[2-9]\d\.\d+", plist["LSMinimumSystemVersion"])
    assert set(plist["CFBundleLocalizations"]) == {"zh_CN", "zh_TW", "en"}


def test_the_oldest_macos_comes_from_the_qt_wheel(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    minimum_macos = evaluate("darwin", tmp_path, monkeypatch)["minimum_macos"]
    assert minimum_macos("Wheel-Version: 1.0\nTag: cp39-abi3-macosx_13_0_universal2\n") == "13.0"
    assert minimum_macos("Tag: cp310-abi3-manylinux_2_34_x86_64\n") == "12.0"


def test_linux_gets_a_desktop_entry_and_no_bundle(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    spec = evaluate("linux", tmp_path, monkeypatch)
    assert "app" not in spec and spec["exe"].kwargs["icon"] is None and spec["exe"].kwargs["version"] is None
    folder = tmp_path / "dist" / "jiangxin-reader"
    desktop = (folder / "jiangxin-reader.desktop").read_text(encoding="utf-8")
    assert "Icon=jiangxin-reader" in desktop and "Name[zh_CN]=匠心阅读" in desktop
    assert png_size((folder / "jiangxin-reader.png").read_bytes())[0] >= 256


@pytest.mark.parametrize("system", ["win32", "darwin", "linux"])
def test_every_system_leaves_out_what_the_app_does_not_use(
    system: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    analysis = evaluate(system, tmp_path, monkeypatch)["a"]
    kept = {entry[0] for entry in analysis.binaries + analysis.datas}
    assert kept == KEPT
