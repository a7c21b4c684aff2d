"""frontmatter: check every article's header before Pelican reads anything.

All problems of a build are reported together, one line each, naming the file
and the line; then the build stops, so no half-built site is written. Also
turns `Updated:` into Pelican's `modified` date and `Corrections:` lines into
dated notes for the template.
"""

from __future__ import annotations

import json
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
            # os.walk tells files from folders without a stat() per file
            for folder, _dirs, names in os.walk(base):
                found += [Path(folder, n) for n in names if os.path.splitext(n)[1].lower() in extensions]
    return sorted(found)


def _shown(path: Path) -> str:
    rel = os.path.relpath(path)
    return str(path) if rel.startswith("..") else rel


class _CheckCache:
    """Clean results by file (path, size, mtime, day), when Pelican's content
    cache is read back (make serve): a rebuild re-checks only edited files.
    Only files without problems are remembered, so a problem is never hidden."""

    def __init__(self, settings):
        self.enabled = bool(settings.get("CACHE_CONTENT") and settings.get("LOAD_CONTENT_CACHE"))
        self.path = Path(settings.get("CACHE_PATH", "cache")) / "frontmatter.json"
        self.old: dict = {}
        self.new: dict = {}
        if self.enabled:
            try:
                self.old = json.loads(self.path.read_text(encoding="utf-8"))
            except (OSError, ValueError):
                self.old = {}

    @staticmethod
    def key(path: Path, today: str) -> str:
        st = path.stat()
        return f"{path}|{st.st_size}|{st.st_mtime_ns}|{today}"

    def save(self) -> None:
        if self.enabled and self.new != self.old:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            tmp = self.path.with_suffix(f".{os.getpid()}.tmp")
            tmp.write_text(json.dumps(self.new), encoding="utf-8")
            os.replace(tmp, self.path)


def validate(pelican) -> None:
    from pelican.utils import slugify

    settings = pelican.settings
    root = Path(settings["PATH"])
    markdown = {".md", ".markdown", ".mkd", ".mdown"}
    problems = []
    slugs: dict[str, str] = {}
    now = now_utc()
    today = now.strftime("%Y-%m-%d")
    cache = _CheckCache(settings)
    page_dirs = tuple(str(root / p) for p in settings.get("PAGE_PATHS", []))
    for path in _files(root, settings.get("ARTICLE_PATHS", [""]), markdown):
        if page_dirs and str(path).startswith(page_dirs):
            continue
        key = cache.key(path, today) if cache.enabled else None
        slug = cache.old.get(key) if key else None
        if slug is None:
            shown = _shown(path)
            try:
                text = path.read_text(encoding="utf-8")
            except UnicodeDecodeError as exc:
                problems.append(f"{shown}: is not UTF-8 text ({exc.reason} at byte {exc.start})")
                continue
            except OSError as exc:  # a broken link, a file without read permission
                problems.append(f"{shown}: cannot be read ({exc.strerror})")
                continue
            found = [str(p) for p in check_article(shown, text, content_root=root, now=now)]
            problems += found
            fields = {k: v for k, v, _ in parse_header(text)[0]}
            slug = fields.get("slug") or slugify(fields.get("title", ""), regex_subs=settings.get("SLUG_REGEX_SUBSTITUTIONS", []))
            if found or fields.get("image"):
                key = None  # a photo can vanish without the article changing: always check
        if key:
            cache.new[key] = slug
        if slug:
            if slug in slugs:
                problems.append(f"{_shown(path)}: duplicate slug '{slug}', also used by {_shown(slugs[slug])}; "
                                "give one of them a different 'Slug:' or title")
            else:
                slugs[slug] = path
    for path in _files(root, settings.get("PAGE_PATHS", []), markdown):
        problems += [str(p) for p in check_page(_shown(path), path.read_text(encoding="utf-8", errors="replace"))]
    if not problems:
        cache.save()
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
    if notes:  # templates read a missing attribute as none
        content.correction_notes = sorted(notes, key=lambda n: n["date"])


def register():
    from pelican import signals

    signals.initialized.connect(validate)
    signals.content_object_init.connect(apply_updates_and_corrections)
