"""Choose the sidebar pull-quotes among an article's statements.

Favours complete, self-contained statements of about 8 to 40 words from named
speakers, one per speaker before any second, and keeps article order.
"""

from __future__ import annotations

import re

from .quote import STATEMENT, Quote

DEFAULT_LIMIT = 3
IDEAL_WORDS = (8, 40)
_ENDS_CLAUSE = re.compile(r"[.!?,\u2026]['\"\u2019\u201d]?$")


def score(quote: Quote) -> float:
    words = quote.word_count
    s = 0.0
    if quote.speaker:
        s += 4
    low, high = IDEAL_WORDS
    if low <= words <= high:
        s += 3
    else:
        s -= min(abs(words - low), abs(words - high)) / 8
    if quote.text[:1].isupper():
        s += 1.5  # starts a sentence rather than mid-phrase
    if _ENDS_CLAUSE.search(quote.text):
        s += 1
    return s


def select_pullquotes(quotes: list[Quote], limit: int = DEFAULT_LIMIT) -> list[Quote]:
    """The featured quotes first, then the best statements, in article order."""
    if limit <= 0:
        return []
    statements = [q for q in quotes if q.kind == STATEMENT]
    chosen = [q for q in statements if q.featured][:limit]
    taken = {id(q) for q in chosen}
    # Best first; equal scores keep article order (sorted is stable).
    scored = sorted((-score(q), n, q) for n, q in enumerate(statements) if not q.featured)
    ranked = [q for negative, _, q in scored if negative <= -3]
    speakers = {q.speaker for q in chosen}
    # Pass 1: one quote per named speaker. Pass 2: more from the same speakers.
    # Pass 3: unnamed sources, only if named ones did not fill the widget.
    for pass_no in (1, 2, 3):
        for q in ranked:
            if len(chosen) >= limit:
                break
            if id(q) in taken:
                continue
            if q.speaker is None and pass_no < 3:
                continue
            if pass_no == 1 and q.speaker in speakers:
                continue
            chosen.append(q)
            taken.add(id(q))
            speakers.add(q.speaker)
    featured = [q for q in chosen if q.featured]
    rest = [q for q in statements if id(q) in taken and not q.featured]
    return featured + rest
