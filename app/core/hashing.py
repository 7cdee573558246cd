"""SHA-256 and SHA-1 hex digests that leave OpenSSL unloaded for short inputs.

`hashlib` loads OpenSSL's libcrypto when imported: some 4 MB of the window's memory and a few
milliseconds of its start, only to hash short strings (ids, cache keys, anchors). Python's own
built-in implementations hash those. An input above LARGE (an imported file, a member's notes
file) goes to hashlib, loaded then: OpenSSL's code is three times faster and lets the window's
thread run while a worker hashes.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import Any

LARGE = 1 << 20  # bytes; the built-in code hashes this in about 5 ms


def _builtin(name: str) -> Callable[[bytes], Any] | None:
    """Python's own constructor for `name` (3.12 keeps sha256 in _sha2; 3.11 in _sha256)."""
    for module in ("_sha2", f"_{name}"):
        try:
            constructor: Callable[[bytes], Any] = getattr(importlib.import_module(module), name)
        except (ImportError, AttributeError):
            continue
        return constructor
    return None


_SHA256 = _builtin("sha256")
_SHA1 = _builtin("sha1")


def sha256_hex(data: bytes) -> str:
    if _SHA256 is not None and len(data) <= LARGE:
        return str(_SHA256(data).hexdigest())
    import hashlib  # noqa: PLC0415  (see the module's docstring)

    return hashlib.sha256(data).hexdigest()


def sha1_hex(data: bytes) -> str:
    """Not for security: short stable ids and colours from a name."""
    if _SHA1 is not None and len(data) <= LARGE:
        return str(_SHA1(data).hexdigest())
    import hashlib  # noqa: PLC0415  (see the module's docstring)

    return hashlib.sha1(data).hexdigest()  # noqa: S324
