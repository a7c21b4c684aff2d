"""photos: safe, responsive photos for people at a protest.

- An article's `Image:` gets responsive copies (srcset, sizes, width, height)
  in output/images/, made once and cached by content hash.
- Every JPEG, PNG and WebP in the output, whatever put it there, has its
  EXIF, GPS, XMP and IPTC metadata removed before the build is swapped in.
  Files in content/ are never changed.
- Images in an article's body load lazily (they are below the fold).

Copies not yet in the cache are made in a second process (on Linux, forked
as the first such photo is read), so a clean build makes them while Pelican
reads the rest, and Pillow's large buffers never enlarge the build process.
`_run` holds this build's pool and is made afresh at `initialized`.
"""

from __future__ import annotations

import hashlib
import json
import multiprocessing
import os
import re
import sys
from concurrent.futures import Future, ProcessPoolExecutor
from pathlib import Path

from .strip import UnsupportedImage, strip_metadata
from .variants import VERSION, WIDTHS, make_variants

SIZES = "(min-width: 60rem) 38rem, 100vw"
_IMG_WITHOUT_LOADING = re.compile(r"<img(?![^>]*\sloading=)", re.I)


class PhotoError(Exception):
    pass


def _cache_dir(settings) -> Path:
    return Path(settings.get("CACHE_PATH", "cache")) / "photos"


def _variants_key(source: Path) -> str:
    data = source.read_bytes()
    return hashlib.sha256(data + VERSION.encode() + json.dumps(WIDTHS).encode()).hexdigest()[:32]


def _cached_entries(folder: Path) -> tuple[dict, list[dict]] | None:
    try:
        entries = json.loads((folder / "index.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    for e in entries:
        e["path"] = folder / e["file"]
    return entries[0], entries[1:]


def _make_variants_into(source: Path, folder: Path) -> tuple[dict, list[dict]]:
    """Make the copies of `source` into the cache folder (in the photo worker
    when there is one); ({width, height, file, path}, [...])."""
    full, smaller = make_variants(source.read_bytes())
    folder.mkdir(parents=True, exist_ok=True)
    entries = []
    for v in [full, *smaller]:
        name = f"{v.width}.bin"
        (folder / name).write_bytes(v.data)
        entries.append({"width": v.width, "height": v.height, "file": name})
    tmp = folder / f"index.{os.getpid()}.tmp"
    tmp.write_text(json.dumps(entries), encoding="utf-8")
    os.replace(tmp, folder / "index.json")
    return _cached_entries(folder)


def _can_fork() -> bool:
    return sys.platform.startswith("linux") and "fork" in multiprocessing.get_all_start_methods()


class _Run:
    """One build's photo work: the copies of each source file, made or being made."""

    def __init__(self):
        self.pool: ProcessPoolExecutor | None = None
        self.made: dict[Path, Future] = {}

    def variants(self, source: Path, settings, background: bool = True) -> Future:
        if source not in self.made:
            folder = _cache_dir(settings) / _variants_key(source)
            cached = _cached_entries(folder)
            if cached is None and background and _can_fork():
                if self.pool is None:
                    self.pool = ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("fork"))
                self.made[source] = self.pool.submit(_make_variants_into, source, folder)
            else:
                done: Future = Future()
                try:
                    done.set_result(cached or _make_variants_into(source, folder))
                except Exception as exc:  # noqa: BLE001 - raised, with the article's file, by attach_photos
                    done.set_exception(exc)
                self.made[source] = done
        return self.made[source]

    def close(self) -> None:
        if self.pool is not None:
            self.pool.shutdown(wait=True, cancel_futures=True)
            self.pool = None


_run = _Run()


def start_run(_pelican) -> None:
    global _run
    _run.close()
    _run = _Run()


def _photo_source(article) -> tuple[str, Path] | None:
    value = (article.metadata.get("image") or "").strip()
    if not value:
        return None
    rel = re.sub(r"^\{(?:static|filename)\}/?", "", value).lstrip("/")
    return rel, Path(article.settings["PATH"]) / rel


def article_made(content) -> None:
    """content_object_init: lazy body images; start making the photo's copies."""
    from pelican.contents import Article

    lazy_body_images(content)
    found = _photo_source(content) if isinstance(content, Article) else None
    if found and found[1].is_file():
        _run.variants(found[1], content.settings)


def attach_photos(generators) -> None:
    """Make (or reuse) each article's responsive copies and write them out."""
    try:
        _attach_photos(generators)
    finally:
        _run.close()


def _attach_photos(generators) -> None:
    for generator in generators:
        items = []
        for attr in ("articles", "drafts", "translations", "drafts_translations"):
            items += getattr(generator, attr, []) or []
        for article in items:
            # Only articles with a photo get the attribute (templates read a
            # missing one as none).
            if hasattr(article, "photo"):
                del article.photo
            found = _photo_source(article)
            if not found:
                continue
            rel, source = found
            try:
                full, smaller = _run.variants(source, article.settings, background=False).result()
            except Exception as exc:
                raise PhotoError(f"{_shown(article.source_path)}: Image {rel} could not be resized: {exc}") from exc
            stem, ext = os.path.splitext(rel)
            files = []
            for entry in [*smaller, full]:
                out_rel = f"{stem}-{entry['width']}w{ext.lower()}"
                files.append((out_rel, entry))
            output = Path(generator.output_path)
            for out_rel, entry in files:
                target = output / out_rel
                target.parent.mkdir(parents=True, exist_ok=True)
                target.write_bytes(Path(entry["path"]).read_bytes())
            article.photo = {
                "src": files[-1][0],
                "width": full["width"],
                "height": full["height"],
                "srcset": [(f, e["width"]) for f, e in files],
                "sizes": SIZES,
                "alt": article.metadata.get("image_alt", ""),
            }


def lazy_body_images(content) -> None:
    """Body images load lazily. Done as each article or page is made, so the
    HTML that later plugins read (and Pelican caches) already has it."""
    html = getattr(content, "_content", None)
    if html and "<img" in html:
        content._content = _IMG_WITHOUT_LOADING.sub('<img loading="lazy"', html)


def _shown(path: str) -> str:
    rel = os.path.relpath(path)
    return path if rel.startswith("..") else rel


_IMAGE_SUFFIXES = (".jpg", ".jpeg", ".png", ".webp")


def _images_under(folder: Path):
    """Image files below `folder`, found by name: os.walk tells files from
    folders without a stat() per file (the output holds thousands)."""
    for parent, _dirs, names in os.walk(folder):
        for name in names:
            if name.lower().endswith(_IMAGE_SUFFIXES):
                path = Path(parent, name)
                if path.is_file():
                    yield path


def strip_all(pelican) -> None:
    """Strip metadata from every image in the output, whatever put it there."""
    out = Path(pelican.output_path)
    problems = []
    for path in sorted(_images_under(out)):
        data = path.read_bytes()
        try:
            clean = strip_metadata(data)
        except UnsupportedImage as exc:
            problems.append(f"{path.relative_to(out)}: {exc}")
            continue
        if clean != data:
            path.write_bytes(clean)
    if problems:
        raise PhotoError("images that could not be cleaned of metadata (nothing was published):\n  " + "\n  ".join(problems))


def register():
    from pelican import signals

    signals.initialized.connect(start_run)
    signals.content_object_init.connect(article_made)
    signals.all_generators_finalized.connect(attach_photos)
    signals.finalized.connect(strip_all)
