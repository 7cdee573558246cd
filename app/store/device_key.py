"""This device's signing key, in its data folder: a private file (0600), never in the group folder.

The file names the device it was made for. A data folder copied to another computer (or restored
from a backup) gets a new device id; the key found then belongs to the device it was copied from,
so a new key is made and vouched for by that one (app.core.signing), and the old secret is dropped:
the members who know the old key accept the new one without asking.
"""

from __future__ import annotations

import base64
import binascii
import json
import logging
import os
from pathlib import Path
from typing import Any

from app.core.signing import DeviceKey, new_device_key
from app.core.textio import NotRegularFile, read_regular_text
from app.store.atomic import atomic_write_bytes

log = logging.getLogger(__name__)

KEY_FILE = "device-key.json"


def load_device_key(data_folder: Path, device_id: str, author_id: str) -> DeviceKey:
    """The key of `device_id`, made (and saved) when there is none yet for this device."""
    path = data_folder / KEY_FILE
    found = _read(path)
    if found is not None and found[0] == device_id:
        return found[1]
    key = new_device_key(found[1] if found is not None else None, author_id)
    _write(path, device_id, key)
    return key


def _read(path: Path) -> tuple[str, DeviceKey] | None:
    """(device id, key) from the key file; None when missing or damaged (a new key is made)."""
    try:
        data = json.loads(read_regular_text(path))  # a pipe in its place must not hang every publish
        seed = base64.b64decode(data["seed"], validate=True)
    except FileNotFoundError:
        return None
    except NotRegularFile:
        log.warning("the device key %s is not a regular file (a pipe or a device); a new one is made", path)
        return None
    except (OSError, ValueError, KeyError, TypeError, binascii.Error) as error:
        log.warning("the device key %s could not be read (%s); a new one is made", path, error)
        return None
    device, voucher = data.get("device"), data.get("voucher")
    if len(seed) != 32 or not isinstance(device, str):
        return None
    valid_voucher = voucher if isinstance(voucher, dict) and all(
        isinstance(v, str) for v in voucher.values()) else None
    return device, DeviceKey(seed, valid_voucher)


def _write(path: Path, device_id: str, key: DeviceKey) -> None:
    document: dict[str, Any] = {"device": device_id, "seed": base64.b64encode(key.seed).decode("ascii")}
    if key.voucher is not None:
        document["voucher"] = key.voucher
    path.parent.mkdir(parents=True, exist_ok=True)
    atomic_write_bytes(path, json.dumps(document).encode("utf-8"), private=True)
    try:
        os.chmod(path, 0o600)  # the owner's alone, even where an older file was not
    except OSError as error:  # a file system without modes: the folder is the user's own
        log.warning("could not make %s private: %s", path, error)
