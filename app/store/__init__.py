"""The JSON store: load, validate, migrate, atomic save, backup."""

from app.store.atomic import atomic_write_bytes, atomic_write_json
from app.store.encoding import Encoded, encode_document
from app.store.store import SCHEMA, Store, StoreError, snapshot

__all__ = ["SCHEMA", "Encoded", "Store", "StoreError", "atomic_write_bytes", "atomic_write_json",
           "encode_document", "snapshot"]
