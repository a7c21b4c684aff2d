"""The front-matter contract for articles, and a checker that reports every
problem of a file with its line. Pure: text in, problems out.

A header is the block of `Key: value` lines at the top of a Markdown file
(Pelican's Markdown reader reads the same block). Keys are case-insensitive.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path

from dateutil import parser as dateparser

REQUIRED = {
    "title": "the headline",
    "date": "when it happened, YYYY-MM-DD or YYYY-MM-DD HH:MM",
    "summary": "one or two sentences for the index and link previews",
    "category": "one section, e.g. Protests or Labor",
    "tags": "comma-separated: ICE, Amazon, New York City",
    "location": "where it happened: City, State or Country",
}
OPTIONAL = {
    "slug": "the URL name; made from the title when left out",
    "status": "draft while you work; published (the default) when ready",
    "author": "who wrote it, as it should be credited",
    "byline": "a free-form byline, e.g. 'By Jane Roe and Sam Poe'",
    "source": "the outlet that first published the report",
    "source_url": "the address of the original report (https://...)",
    "updated": "when the report was last changed, YYYY-MM-DD",
    "modified": "Pelican's name for 'updated'",
    "corrections": "YYYY-MM-DD: what was corrected (repeat the line for each)",
    "image": "a photo in content/images/, e.g. images/2025-06-14-march.jpg",
    "image_alt": "what the photo shows, for people who cannot see it",
    "image_credit": "who took the photo",
    "image_caption": "a caption shown under the photo",
    "image_title": "a short title shown with the caption",
    "pullquote": "words of a passage to feature first in 'What they said'",
    "quote_exclude": "words of a quotation to leave out of the widgets",
    "quote_speaker": "words from a quotation -> Speaker Name (Org)",
    "lang": "the language code, when not English",
}
ALIASES = {"pullquotes": "pullquote", "quotes_exclude": "quote_exclude", "quotes_speaker": "quote_speaker",
           "authors": "author"}
PAGE_FIELDS = {"title", "slug", "summary", "status", "template", "save_as", "url", "menulabel", "lang",
               "date", "modified"}
IMAGE_TYPES = {".jpg", ".jpeg", ".png", ".webp"}
_HEADER_LINE = re.compile(r"^[ ]{0,3}(?P<key>[A-Za-z0-9_-]+):\s*(?P<value>.*)$")
_CONTINUATION = re.compile(r"^[ ]{4,}(?P<value>.*)$")


@dataclass(frozen=True)
class Problem:
    path: str
    line: int | None
    message: str

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else self.path
        return f"{where}: {self.message}"


def parse_header(text: str) -> tuple[list[tuple[str, str, int]], str]:
    """[(key, value, line number)], and the body after the header."""
    lines = text.splitlines()
    fields: list[tuple[str, str, int]] = []
    i = 0
    if lines and lines[0].strip() == "---":  # Python-Markdown's YAML-style fences
        i = 1
    while i < len(lines):
        line = lines[i]
        if line.strip() in ("", "---", "..."):
            if line.strip():
                i += 1
            break
        m = _HEADER_LINE.match(line)
        cont = _CONTINUATION.match(line)
        if m:
            fields.append((m.group("key").lower(), m.group("value").strip(), i + 1))
        elif cont and fields:
            key, value, n = fields[-1]
            fields[-1] = (key, f"{value}\n{cont.group('value').strip()}".strip(), n)
        else:
            break
        i += 1
    return fields, "\n".join(lines[i:])


def parse_date(value: str) -> datetime:
    try:  # "2025-01-10 10:00", the form `make article` writes: 30x faster than dateutil
        return datetime.fromisoformat(value.strip())
    except ValueError:
        return dateparser.parse(value, default=datetime(2000, 1, 1))


def parse_correction(value: str) -> tuple[datetime, str]:
    """'2025-06-15: Corrected the spelling of Jane Roe's name.'"""
    m = re.match(r"^\s*(\d{4}-\d{2}-\d{2})\s*[:\u2014-]\s*(.+)$", value)
    if not m:
        raise ValueError("a correction reads 'YYYY-MM-DD: what was corrected'")
    return parse_date(m.group(1)), m.group(2).strip()


def closest(key: str, known) -> str | None:
    match = difflib.get_close_matches(key, sorted(known), n=1, cutoff=0.6)
    return match[0] if match else None


def check_article(path: str, text: str, *, content_root: Path, now: datetime) -> list[Problem]:
    """Every problem of one article, each with its line where known."""
    problems: list[Problem] = []
    fields, body = parse_header(text)
    seen: dict[str, tuple[str, int]] = {}
    known = set(REQUIRED) | set(OPTIONAL) | set(ALIASES)
    for key, value, line in fields:
        if key not in known:
            hint = closest(key, known)
            suggestion = f"; did you mean '{hint.capitalize()}'?" if hint else ""
            problems.append(Problem(path, line, f"unknown field '{key.capitalize()}'{suggestion}"))
            continue
        key = ALIASES.get(key, key)
        if key in seen and key not in ("corrections", "pullquote", "quote_exclude", "quote_speaker"):
            problems.append(Problem(path, line, f"'{key.capitalize()}' is given twice (first on line {seen[key][1]})"))
        seen.setdefault(key, (value, line))
    header_end = (fields[-1][2] + 1) if fields else 1
    for key, meaning in REQUIRED.items():
        if key not in seen or not seen[key][0].strip():
            line = seen[key][1] if key in seen else None
            problems.append(Problem(path, line, f"missing required field '{key.capitalize()}:' ({meaning})"))
    if "date" in seen and seen["date"][0].strip():
        problems += _check_date(path, "date", *seen["date"], now)
    for key in ("updated", "modified"):
        if key in seen and seen[key][0].strip():
            problems += _check_date(path, key, *seen[key], now)
    for key, value, line in fields:
        if key == "corrections" and value.strip():
            for entry in value.splitlines():
                try:
                    parse_correction(entry)
                except (ValueError, OverflowError) as exc:
                    problems.append(Problem(path, line, f"Corrections: {exc} (got {entry!r})"))
    if "image" in seen and seen["image"][0].strip():
        problems += _check_image(path, seen, content_root)
    if not re.sub(r"\[//\]: # .*", "", body).strip():
        problems.append(Problem(path, header_end, "the article has no body text after its header"))
    return problems


def _check_date(path: str, key: str, value: str, line: int, now: datetime) -> list[Problem]:
    try:
        when = parse_date(value)
    except (ValueError, OverflowError):
        return [Problem(path, line, f"{key.capitalize()}: cannot read {value!r} as a date; write YYYY-MM-DD or YYYY-MM-DD HH:MM")]
    aware = when if when.tzinfo else when.replace(tzinfo=now.tzinfo)
    if aware > now + timedelta(days=1):
        return [Problem(path, line, f"{key.capitalize()}: {value} is in the future")]
    return []


def _check_image(path: str, seen: dict, content_root: Path) -> list[Problem]:
    value, line = seen["image"]
    rel = re.sub(r"^\{(?:static|filename)\}/?", "", value.strip()).lstrip("/")
    problems = []
    image = content_root / rel
    if Path(rel).suffix.lower() not in IMAGE_TYPES:
        problems.append(Problem(path, line, f"Image: {value} is not a JPEG, PNG or WebP file"))
    elif not image.is_file():
        problems.append(Problem(path, line, f"Image: {value} does not exist (looked for {image})"))
    for key, why in (("image_alt", "what the photo shows, for screen readers"), ("image_credit", "who took the photo")):
        if key not in seen or not seen[key][0].strip():
            problems.append(Problem(path, line, f"Image: needs '{key.capitalize()}:' ({why})"))
    return problems


def check_page(path: str, text: str) -> list[Problem]:
    fields, body = parse_header(text)
    problems = []
    keys = {k for k, _, _ in fields}
    if "title" not in keys:
        problems.append(Problem(path, None, "missing required field 'Title:'"))
    for key, _, line in fields:
        if key not in PAGE_FIELDS:
            hint = closest(key, PAGE_FIELDS)
            suggestion = f"; did you mean '{hint.capitalize()}'?" if hint else ""
            problems.append(Problem(path, line, f"unknown field '{key.capitalize()}' for a page{suggestion}"))
    return problems


def now_utc() -> datetime:
    return datetime.now(timezone.utc)
