"""frontmatter: check every article's header before Pelican reads anything.

All problems of a build are reported together, one line each, naming the file
and the line; then the build stops, so no half-built site is written. Also
turns `Updated:` into Pelican's `modified` date and `Corrections:` lines into
dated notes for the template.
"""

from __future__ import annotations

import os
from pathlib import Path

from .contract import check_article, check_page, now_utc, parse_correction, parse_date, parse_header


class FrontMatterError(Exception):
    """Every front-matter problem of a build, one per line."""


def _files(root: Path, subdirs, extensions) -> list[Path]:
    found = []
    for sub in subdirs:
        base = root / sub
        if base.is_file():
            found.append(base)
        elif base.is_dir():
            found += [p for p in base.rglob("*") if p.suffix.lower() in extensions and p.is_file()]
    return sorted(found)


def _shown(path: Path) -> str:
    rel = os.path.relpath(path)
    return str(path) if rel.startswith("..") else rel


def validate(pelican) -> None:
    from pelican.utils import slugify

    settings = pelican.settings
    root = Path(settings["PATH"])
    markdown = {".md", ".markdown", ".mkd", ".mdown"}
    problems = []
    slugs: dict[str, str] = {}
    now = now_utc()
    for path in _files(root, settings.get("ARTICLE_PATHS", [""]), markdown):
        if any(str(path).startswith(str(root / p)) for p in settings.get("PAGE_PATHS", [])):
            continue
        shown = _shown(path)
        try:
            text = path.read_text(encoding="utf-8")
        except UnicodeDecodeError as exc:
            problems.append(f"{shown}: is not UTF-8 text ({exc.reason} at byte {exc.start})")
            continue
        problems += [str(p) for p in check_article(shown, text, content_root=root, now=now)]
        fields = {k: v for k, v, _ in parse_header(text)[0]}
        slug = fields.get("slug") or slugify(fields.get("title", ""), regex_subs=settings.get("SLUG_REGEX_SUBSTITUTIONS", []))
        if slug:
            if slug in slugs:
                problems.append(f"{shown}: duplicate slug '{slug}', also used by {slugs[slug]}; give one of them a different 'Slug:' or title")
            else:
                slugs[slug] = shown
    for path in _files(root, settings.get("PAGE_PATHS", []), markdown):
        problems += [str(p) for p in check_page(_shown(path), path.read_text(encoding="utf-8", errors="replace"))]
    if problems:
        count = len(problems)
        raise FrontMatterError(
            f"{count} problem{'s' if count > 1 else ''} in the front matter; nothing was built:\n  "
            + "\n  ".join(problems))


def apply_updates_and_corrections(content) -> None:
    """`Updated:` -> content.modified; `Corrections:` -> content.correction_notes."""
    meta = content.metadata
    updated = meta.get("updated")
    if updated and not meta.get("modified"):
        from pelican.utils import set_date_tzinfo

        when = set_date_tzinfo(parse_date(str(updated)), content.settings.get("TIMEZONE"))
        content.modified = when
        content.locale_modified = when.strftime(content.date_format)
    raw = meta.get("corrections") or []
    entries = raw if isinstance(raw, list) else str(raw).splitlines()
    notes = []
    for entry in entries:
        if str(entry).strip():
            date, text = parse_correction(str(entry))
            notes.append({"date": date, "text": text})
    content.correction_notes = sorted(notes, key=lambda n: n["date"])


def register():
    from pelican import signals

    signals.initialized.connect(validate)
    signals.content_object_init.connect(apply_updates_and_corrections)
