"""Library search results as a reader sees them: one pipeline for the window's panel and `search`.

The index ranks essays (BM25 over words); a result adds the essay's label and title and a
snippet around its first match, all in the chosen script form, from the same view cache the
reader draws with, so the command line prints what the panel shows.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.core.library import Essay
from app.core.script import Form
from app.core.search import LibraryIndex, SearchHit, Snippet, make_snippet
from app.core.view import ViewCache


@dataclass(frozen=True)
class SearchResult:
    """One essay that matches, ready to show."""

    essay_id: str
    label: str  # the collection and the essay, short
    title: str
    score: float
    matches: int  # exact matches of the whole query
    offset: int  # canonical offset of the match the snippet shows (0 without one)
    snippet: Snippet | None


def search_results(index: LibraryIndex, views: ViewCache, query: str, form: Form) -> list[SearchResult]:
    """Best first; essays the index knows but the library no longer holds are left out."""
    results = []
    for hit in index.search(query):
        essay = views.library.essay(hit.essay_id)
        if essay is None:
            continue
        span = hit.spans[0] if hit.spans else _first_term(index, hit)
        snippet = _snippet(views, essay, span, form) if span else None
        label = views.essay_label(essay, form) + views.distinction(views.library.collection_of(essay))
        results.append(SearchResult(essay.id, label, views.essay_title(essay, form),
                                    hit.score, len(hit.spans), span[0] if span else 0, snippet))
    return results


def _first_term(index: LibraryIndex, hit: SearchHit) -> tuple[int, int] | None:
    """Without a match of the whole query: the earliest of its words."""
    spans = [s for term in hit.terms for s in index.find(hit.essay_id, term)[:1]]
    return min(spans) if spans else None


def _snippet(views: ViewCache, essay: Essay, span: tuple[int, int], form: Form) -> Snippet:
    source = views.source_script(essay)
    return make_snippet(essay.text, source, form.target(source), span, localize_quotes=views.localizes(form))
