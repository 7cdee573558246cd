"""Sentences of an essay's canonical text, for reading aloud one at a time."""

from __future__ import annotations

from bisect import bisect_right

# A sentence ends after one of these (a run of them counts once: ！？ or ……) ...
ENDINGS = frozenset("。！？；…!?;")
# ... and after the closing quotes and brackets that follow it: 「學而時習之。」 is one sentence.
CLOSERS = frozenset("」』”’）)》〉】]\"'")

Span = tuple[int, int]


def sentence_spans(text: str) -> list[Span]:
    """(start, end) of each sentence in `text`, in code points; blank lines and the spaces
    between sentences belong to none, so a highlight covers only what is read."""
    spans: list[Span] = []
    start = 0
    position = 0
    length = len(text)
    while position < length:
        char = text[position]
        if char == "\n":
            _add(spans, text, start, position)
            start = position + 1
        elif char in ENDINGS:
            end = position + 1
            while end < length and text[end] in ENDINGS:
                end += 1
            while end < length and text[end] in CLOSERS:
                end += 1
            _add(spans, text, start, end)
            start = position = end
            continue
        position += 1
    _add(spans, text, start, length)
    return spans


def _add(spans: list[Span], text: str, start: int, end: int) -> None:
    """Keep the span without the spaces around it, if anything is left to read."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        spans.append((start, end))


def sentence_at(spans: list[Span], offset: int) -> int:
    """The number of the sentence holding `offset`, or of the next one after a gap; the last
    sentence past the end. -1 only when there are no sentences."""
    if not spans:
        return -1
    number = bisect_right(spans, (offset, float("inf"))) - 1
    if number >= 0 and offset < spans[number][1]:
        return number
    return min(number + 1, len(spans) - 1)


def sentences_within(spans: list[Span], start: int, end: int) -> list[Span]:
    """The sentences overlapping [start, end), cut to it: reading a selection reads just it."""
    first = sentence_at(spans, start)
    if first < 0:
        return []
    picked = []
    for span_start, span_end in spans[first:]:
        if span_start >= end:
            break
        low, high = max(span_start, start), min(span_end, end)
        if high > low:
            picked.append((low, high))
    return picked
