"""The Quote record: one quotation found in an article."""

from __future__ import annotations

import sys
from dataclasses import dataclass

STATEMENT = "statement"
SLOGAN = "slogan"


@dataclass(slots=True)
class Quote:
    """A quotation, word for word, with who said it (or what sign bore it).

    `parts` are the pieces exactly as they stand in the article (a split quote
    has several, a tuple); `text` is the parts joined with one space. `attribution` is
    how the article itself describes the source ("one sign shared on social
    media", "the person capturing the video"), kept for crediting unnamed
    speakers. `paragraph_id` is the id of the paragraph it starts in.
    `featured` marks an author's Pullquote override.

    Slotted: a 5,000-article site holds some 53,000 of them.
    """

    text: str
    kind: str = STATEMENT
    speaker: str | None = None
    org: str | None = None
    paragraph_id: str | None = None
    parts: tuple[str, ...] = ()
    attribution: str | None = None
    featured: bool = False
    speaker_type: str | None = None  # "person" or "organization", when named

    @property
    def credit(self) -> str:
        """Who to name under the quote: the speaker, else the article's words."""
        if self.speaker:
            return self.speaker
        if self.attribution:
            words = self.attribution.strip()
            return words[:1].upper() + words[1:]
        return "A sign" if self.kind == SLOGAN else "Unnamed source"

    @property
    def shown(self) -> str:
        """The words as a page shows them: the parts of a split quote joined
        by an ellipsis, which stands for the attribution left out."""
        parts = self.parts
        if len(parts) == 1:
            return parts[0]
        return " \u2026 ".join(parts) if parts else self.text

    @property
    def word_count(self) -> int:
        return len(self.text.split())

    def as_record(self) -> dict:
        """The four fields of the scoring contract (QUOTES.md)."""
        return {"text": self.text, "kind": self.kind, "speaker": self.speaker, "org": self.org}


def share_strings(quotes: list[Quote], ids: list[str] | None = None) -> list[Quote]:
    """Intern the short strings quotations repeat (ids, speakers, kinds), so a
    site's 53,000 quotations hold one copy of each: quotes that arrive
    unpickled from the worker would otherwise each have their own."""
    for q in quotes:
        q.kind = sys.intern(q.kind)
        if q.speaker:
            q.speaker = sys.intern(q.speaker)
        if q.org:
            q.org = sys.intern(q.org)
        if q.paragraph_id:
            q.paragraph_id = sys.intern(q.paragraph_id)
        if q.speaker_type:
            q.speaker_type = sys.intern(q.speaker_type)
    if ids:
        ids[:] = [sys.intern(i) for i in ids]  # the same strings as the quotes' paragraph ids
    return quotes
