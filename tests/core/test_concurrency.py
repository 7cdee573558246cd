"""Two processes writing the same store never leave a broken file."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from app.store import Store
from app.store.store import SCHEMA

ROOT = Path(__file__).resolve().parents[2]
WRITER = """
import sys
from pathlib import Path
from app.store import Store
from app.store.store import SCHEMA
store = Store(Path(sys.argv[1]))
store.load()
for n in range(60):
    store.prefs["writer"] = sys.argv[2]
    store.prefs["n"] = n
    store.reading.update({f"{sys.argv[2]}#{i}": {"offset": i} for i in range(50)})
    store.save()
"""


def test_two_processes_saving_at_once_leave_a_valid_file(data_dir: Path) -> None:
    Store(data_dir).save()
    writers = [subprocess.Popen([sys.executable, "-c", WRITER, str(data_dir), name], cwd=ROOT)
               for name in ("a", "b")]
    seen = 0
    while any(w.poll() is None for w in writers):
        document = json.loads((data_dir / "store.json").read_text(encoding="utf-8"))
        seen += 1
        assert document["schema"] == SCHEMA
    assert [w.wait(timeout=60) for w in writers] == [0, 0]
    final = json.loads((data_dir / "store.json").read_text(encoding="utf-8"))
    assert final["prefs"]["n"] == 59 and len(final["reading"]) >= 50
    assert seen > 0
    assert sorted(p.name for p in data_dir.iterdir()) == ["store.json", "store.json.bak"]
