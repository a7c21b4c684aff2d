"""Author control over the extractor, from an article's metadata lines.

    Pullquote: It's time to hold Amazon accountable
    Quote_exclude: powering ICE
    Quote_speaker: Instead of listening to our demands -> the person filming
    Quote_speaker: We can force Amazon -> Jane Roe (Mijente)

Each value names a passage by a few of its words, exactly as they stand in the
article (case, spacing and quote-mark style do not matter). A key may repeat.
Pure: plain data in, plain data out.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from .quote import STATEMENT, Quote

FEATURE_KEYS = ("pullquote", "pullquotes")
EXCLUDE_KEYS = ("quote_exclude", "quotes_exclude")
SPEAKER_KEYS = ("quote_speaker", "quotes_speaker")
NOBODY = {"none", "nobody", "unnamed", "-"}

_MARKS = str.maketrans({c: "'" for c in "\u2018\u2019\u201a\u201b`\u00b4"} | {c: '"' for c in "\u201c\u201d\u201e\u201f\u00ab\u00bb"})


class OverrideError(ValueError):
    """An override that is malformed or matches nothing. The message names it."""


def normalize(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).translate(_MARKS)
    text = re.sub(r"\s+", " ", text).strip().strip("\"' ")
    return text.casefold()


def _values(metadata: dict, keys: tuple[str, ...]) -> list[str]:
    out: list[str] = []
    for key in keys:
        value = metadata.get(key)
        if value is None:
            continue
        if isinstance(value, (list, tuple)):
            out.extend(str(v) for v in value)
        else:
            out.extend(line for line in str(value).splitlines())
    return [v.strip() for v in out if v and v.strip()]


@dataclass(frozen=True)
class Overrides:
    featured: tuple[str, ...] = ()
    exclude: tuple[str, ...] = ()
    speakers: tuple[tuple[str, str | None, str | None, str], ...] = ()

    @classmethod
    def from_metadata(cls, metadata: dict) -> "Overrides":
        speakers = []
        for raw in _values(metadata, SPEAKER_KEYS):
            passage, arrow, who = raw.partition("->")
            if not arrow or not passage.strip() or not who.strip():
                raise OverrideError(
                    f"Quote_speaker: {raw!r} must read 'words from the quote -> Speaker Name (Org)'")
            who = who.strip()
            org = None
            m = re.fullmatch(r"(.+?)\s*\(([^()]+)\)", who)
            if m:
                who, org = m.group(1).strip(), m.group(2).strip()
            speaker = None if who.casefold() in NOBODY else who
            speakers.append((passage.strip(), speaker, org, raw))
        featured, exclude = tuple(_values(metadata, FEATURE_KEYS)), tuple(_values(metadata, EXCLUDE_KEYS))
        if not (featured or exclude or speakers):
            return NO_OVERRIDES  # most articles: one shared instance
        return cls(featured, exclude, tuple(speakers))

    def __bool__(self) -> bool:
        return bool(self.featured or self.exclude or self.speakers)


NO_OVERRIDES = Overrides()


def _find(quotes: list[Quote], passage: str) -> list[Quote]:
    key = normalize(passage)
    return [q for q in quotes if key and key in normalize(q.text)]


def apply(quotes: list[Quote], overrides: Overrides, paragraphs: list[tuple[str, str]] | None = None) -> list[Quote]:
    """Apply overrides to extracted quotes.

    `paragraphs` are (paragraph_id, text) pairs in which a featured passage that
    the extractor did not find may be looked up; it then becomes a quotation
    of its own, word for word. Raises OverrideError naming every override
    that matched nothing.
    """
    problems: list[str] = []
    quotes = list(quotes)
    for passage in overrides.exclude:
        hits = _find(quotes, passage)
        if not hits:
            problems.append(f"Quote_exclude: {passage!r} matches no quotation")
        quotes = [q for q in quotes if not any(q is h for h in hits)]
    for passage in overrides.featured:
        hits = _find(quotes, passage)
        if not hits and paragraphs:
            found = _passage_in(paragraphs, passage)
            if found:
                pid, exact = found
                new = Quote(text=exact, kind=STATEMENT, paragraph_id=pid, parts=(exact,))
                quotes.append(new)
                hits = [new]
        if not hits:
            problems.append(f"Pullquote: {passage!r} matches no quotation or passage in the article")
        for q in hits[:1]:
            q.featured = True
    for passage, speaker, org, raw in overrides.speakers:
        hits = _find(quotes, passage)
        if not hits:
            problems.append(f"Quote_speaker: {raw!r} matches no quotation")
        for q in hits:
            q.speaker, q.org = speaker, org
            from .attribution import looks_like_org  # applying overrides is the extractor's work: see site._read_here

            q.speaker_type = None if speaker is None else ("organization" if looks_like_org(speaker) else "person")
    if problems:
        raise OverrideError("; ".join(problems))
    order = {id(q): i for i, q in enumerate(quotes)}
    return sorted(quotes, key=lambda q: (_para_number(q.paragraph_id), order[id(q)]))


def _para_number(pid: str | None) -> int:
    m = re.search(r"(\d+)$", pid or "")
    return int(m.group(1)) if m else 0


def _passage_in(paragraphs: list[tuple[str, str]], passage: str) -> tuple[str, str] | None:
    want = re.sub(r"\s+", " ", passage).strip().strip("\"'\u201c\u201d\u2018\u2019")
    for pid, text in paragraphs:
        i = text.casefold().find(want.casefold())
        if i >= 0:
            return pid, text[i : i + len(want)]
    return None
