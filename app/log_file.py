"""The windowed app's log file (no console to warn on), rotated at 1 MB."""

from __future__ import annotations

import logging
from pathlib import Path

MAX_BYTES = 1_000_000
KEPT = 2  # older files: jiangxin-reader.log.1 and .2


class LogFile(logging.Handler):
    """Opened at its first record: logging.handlers (with socket and pickle) would cost every
    start of the windowed app 7 ms, and most sessions log nothing."""

    def __init__(self, path: Path) -> None:
        super().__init__()
        self.path = path
        self._file: logging.Handler | None = None

    def emit(self, record: logging.LogRecord) -> None:
        try:
            if self._file is None:
                self._file = _open(self.path)
            self._file.setFormatter(self.formatter)
            self._file.emit(record)
        except Exception:  # a handler never raises into the code that logged
            self.handleError(record)

    def close(self) -> None:
        if self._file is not None:
            self._file.close()
        super().close()


def _open(path: Path) -> logging.Handler:
    from logging.handlers import RotatingFileHandler  # noqa: PLC0415  (see LogFile)

    try:
        return RotatingFileHandler(path, maxBytes=MAX_BYTES, backupCount=KEPT, encoding="utf-8")
    except OSError:
        return logging.NullHandler()  # no writable log file: the app still runs
