"""`python -m app import PATH...`: the window's import, from the command line."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TextIO

from app.core.importers import ImportFailed
from app.core.importers.document import NOT_SAVED
from app.core.messages import say
from app.paths import cache_dir, data_dir, seeds_dir
from app.store.library_folder import Manifest
from app.store.user_library import Outcome, UserLibrary, expand_paths, read_import_file, seed_ids


def import_files(options: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    """One line per new collection (id, title, essays) on `out`; each failure on `err`.

    Exit 1 when any file failed; the others are imported all the same.
    """
    user = UserLibrary(data_dir(options.data_dir), cache_dir(options.data_dir))
    reserved = seed_ids(seeds_dir())
    failed = False
    for path in expand_paths(Path(p) for p in options.paths):
        outcome = _import(user, path, reserved, options.update)
        collection = outcome.collection
        if outcome.status in ("added", "updated") and collection is not None:
            note = "" if outcome.status == "added" else "\t(updated)"
            out.write(f"{collection.id}\t{collection.title}\t{len(collection.essays)}{note}\n")
        elif outcome.status == "failed":
            failed = True
            err.write(f"import: {outcome.message}\n")
        else:
            hint = " (add --update to replace it)" if outcome.status == "skipped" else ""
            err.write(f"import: {outcome.message}{hint}\n")
    return 1 if failed else 0


def _import(user: UserLibrary, path: Path, reserved: set[str], update: bool) -> Outcome:
    def may_update(_manifest: Manifest) -> bool:
        return update

    try:
        return user.import_data(path.name, read_import_file(path), reserved=reserved,
                                may_update=may_update)
    except ImportFailed as error:
        return Outcome(path.name, "failed", str(error))
    except OSError as error:
        return Outcome(path.name, "failed", say("Import", NOT_SAVED, file=path.name,
                                                reason=str(error.strerror or error)))


def main_import(options: argparse.Namespace) -> int:
    return import_files(options, sys.stdout, sys.stderr)
