"""The Pelican side of pullquotes: settings, and quotes attached to articles.

At all_generators_finalized (every article read, nothing written yet) each
article's HTML is read once by the pure extractor; the paragraph ids it adds
go back into `_content`, and the article gets `quotes`, `pullquotes` and
`slogans` for the templates. Module state is reset at every run, because
`make serve` rebuilds in a fresh process but other hosts may not.
"""

from __future__ import annotations

import logging
import os

from .extract import read_article
from .overrides import OverrideError, Overrides
from .quote import SLOGAN, STATEMENT, Quote
from .select import DEFAULT_LIMIT, select_pullquotes

logger = logging.getLogger(__name__)

DEFAULTS = {
    "max_pullquotes": DEFAULT_LIMIT,  # statements shown in the "What they said" widget
    "id_prefix": "quote-p",           # paragraph ids: quote-p7 is the 7th paragraph
}

# Every article read in this run, with its quotes: the site-wide pages use it.
ARTICLES: list = []


class PullquotesError(Exception):
    """Raised with one line per problem, each naming its file."""


def settings_of(settings: dict) -> dict:
    """PULLQUOTES merged over the defaults, checked."""
    given = settings.get("PULLQUOTES", {}) or {}
    unknown = set(given) - set(DEFAULTS)
    if unknown:
        raise PullquotesError(f"PULLQUOTES: unknown key(s) {', '.join(sorted(unknown))}; known: {', '.join(DEFAULTS)}")
    merged = {**DEFAULTS, **given}
    if not isinstance(merged["max_pullquotes"], int) or merged["max_pullquotes"] < 0:
        raise PullquotesError("PULLQUOTES['max_pullquotes'] must be a whole number, 0 or more")
    return merged


def reset(_pelican=None) -> None:
    ARTICLES.clear()


def _articles_of(generators):
    for generator in generators:
        for attr in ("articles", "translations", "drafts", "drafts_translations", "hidden_articles", "hidden_translations"):
            yield from getattr(generator, attr, []) or []


def attach_quotes(generators) -> None:
    reset()
    settings = None
    problems: list[str] = []
    seen = set()
    for article in _articles_of(generators):
        if id(article) in seen:
            continue
        seen.add(id(article))
        if settings is None:
            settings = settings_of(article.settings)
        try:
            overrides = Overrides.from_metadata(article.metadata)
            reading = read_article(article._content, overrides, id_prefix=settings["id_prefix"])
        except OverrideError as exc:
            problems.append(f"{_shown_path(article.source_path)}: {exc}")
            continue
        article._content = reading.html
        quotes: list[Quote] = reading.quotes
        article.quotes = quotes
        article.statements = [q for q in quotes if q.kind == STATEMENT]
        article.slogans = [q for q in quotes if q.kind == SLOGAN]
        article.pullquotes = select_pullquotes(quotes, settings["max_pullquotes"])
        ARTICLES.append(article)
    if problems:
        raise PullquotesError(
            "quote overrides that match nothing (compare them with `make quotes FILES=...`):\n  "
            + "\n  ".join(problems))


def _shown_path(path: str) -> str:
    """The path relative to where the build runs, when it is inside it."""
    rel = os.path.relpath(path)
    return path if rel.startswith("..") else rel
