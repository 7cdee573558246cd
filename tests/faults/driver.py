"""A real Jiangxin Reader process that keeps adding notes, for the fault tests.

`python -m tests.faults.driver DATA_DIR INTERVAL_MS [MAX [quit]]` runs the app exactly as
`python -m app` does (run_gui), and every INTERVAL_MS adds an annotation through the notes
service, printing "added N ID" once the note exists in the window (and, before the first,
whether the store is "read-only" or "writable"); with MAX, it stops after MAX notes and adds one
more for each SIGUSR1 (an idle window that is then used again); with "quit" after MAX, it then
chooses File → Quit (printing "quit"). SIGUSR2 chooses File → Merge My Changes In (printing
"merge: done" or "merge: refused"). Message boxes are printed as "message box: TEXT" instead
of shown, standing status messages as "status: TEXT".
The tests then kill or signal it.
"""

from __future__ import annotations

import argparse
import signal
import sys

from PySide6.QtCore import QTimer

from app.core.notes import new_annotation
from app.ui.common.dialogs import Dialogs
from app.ui.common.status import StatusMessages
from app.ui.shell import application
from app.ui.shell.application import create_application, run_gui
from app.ui.shell.main_window import MainWindow


def main() -> int:
    folder, interval = sys.argv[1], int(sys.argv[2])
    allowed = [int(sys.argv[3]) if len(sys.argv) > 3 else sys.maxsize]
    quit_after = allowed[0] if sys.argv[4:5] == ["quit"] else 0
    app = create_application([sys.argv[0]])
    added = 0
    merge_asked = [False]

    def add_note() -> None:
        nonlocal added
        window = next((w for w in app.topLevelWidgets() if isinstance(w, MainWindow)), None)
        if window is None or window.reading.current is None or not window.isVisible():
            return
        if merge_asked[0]:  # asked by a signal, done here: Qt is not called from a signal handler
            merge_asked[0] = False
            merging = window.commands["merge_changes"]
            merging.trigger()
            print("merge: refused" if merging.isVisible() else "merge: done", flush=True)
        if added >= allowed[0]:
            return
        if added == 0:
            print("store: read-only" if window.reading.keeper.read_only else "store: writable", flush=True)
        essay = window.reading.current
        note = new_annotation(essay.id, essay.text, 0, 4, color="yellow", author="driver",
                              note=f"note {added + 1}")
        window.notes_ui.notes.add_annotation(note, "add")
        added += 1
        print(f"added {added} {note.id}", flush=True)
        if added == quit_after:
            print("quit", flush=True)
            window.commands["quit"].trigger()

    application.startup_box = lambda text: print(f"message box: {text}", flush=True)
    # the window's own messages (a read-only window says why) are printed, not waited on
    Dialogs.warn = lambda _self, _title, text: print(f"message box: {text}", flush=True)  # type: ignore[method-assign]
    signal.signal(signal.SIGUSR1, lambda _number, _frame: allowed.__setitem__(0, allowed[0] + 1))
    signal.signal(signal.SIGUSR2, lambda _number, _frame: merge_asked.__setitem__(0, True))
    stand = StatusMessages.stand

    def print_standing(self: StatusMessages, text: str) -> None:
        print(f"status: {text}", flush=True)
        stand(self, text)

    StatusMessages.stand = print_standing  # type: ignore[method-assign]
    timer = QTimer()
    timer.timeout.connect(add_note)
    timer.start(interval)
    print("started", flush=True)
    return run_gui(argparse.Namespace(data_dir=folder, smoke=False, open=None), 0.0)


if __name__ == "__main__":
    sys.exit(main())
