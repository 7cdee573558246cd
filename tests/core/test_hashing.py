"""Digests without OpenSSL for short inputs: the same hex digests as hashlib, at every size."""

from __future__ import annotations

import hashlib
import subprocess
import sys

from app.core.hashing import LARGE, sha1_hex, sha256_hex


def test_digests_match_hashlib_below_and_above_the_large_size() -> None:
    for data in (b"", "工匠精神".encode(), bytes(range(256)) * 300, b"x" * (LARGE + 1)):
        assert sha256_hex(data) == hashlib.sha256(data).hexdigest()
        assert sha1_hex(data) == hashlib.sha1(data).hexdigest()


def test_short_inputs_leave_openssl_unloaded() -> None:
    script = ("import sys\n"
              "from app.core.hashing import sha1_hex, sha256_hex\n"
              "sha256_hex(b'an essay id'), sha1_hex(b'a member')\n"
              "print('_hashlib' in sys.modules, 'hashlib' in sys.modules)\n")
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    assert done.stdout.split() == ["False", "False"]
