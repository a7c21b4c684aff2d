"""A small crawler over a built site's files: every reference, resolved.

Used by the site and publishing tests. `base_url` is the site's SITEURL for
publish builds (absolute URLs under it map to files), or "" for preview builds.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote, urljoin, urlsplit

from bs4 import BeautifulSoup

CSS_URL = re.compile(r"""url\(\s*['"]?([^'")]+)['"]?\s*\)|@import\s+['"]([^'"]+)['"]""")


@dataclass(frozen=True)
class Ref:
    file: Path        # the file that holds the reference
    tag: str          # a, link, img, script, css ...
    attr: str
    url: str

    def __str__(self):
        return f"{self.file}: <{self.tag} {self.attr}={self.url!r}>"


def references(output: Path):
    """Every URL that any HTML or CSS file in `output` refers to."""
    for path in sorted(output.rglob("*")):
        if path.suffix == ".html":
            soup = BeautifulSoup(path.read_text(encoding="utf-8"), "lxml")
            for el in soup.find_all(True):
                for attr in ("href", "src", "poster", "action", "data"):
                    if el.has_attr(attr):
                        yield Ref(path, el.name, attr, el[attr])
                if el.has_attr("srcset"):
                    for part in el["srcset"].split(","):
                        if part.strip():
                            yield Ref(path, el.name, "srcset", part.split()[0])
                if el.name == "meta" and el.get("property", "").startswith("og:") and el.get("content", "").startswith(("http", "/")) and el["property"] in ("og:image", "og:url"):
                    yield Ref(path, "meta", el["property"], el["content"])
                if el.name == "style" or el.has_attr("style"):
                    text = el.string if el.name == "style" else el["style"]
                    for m in CSS_URL.finditer(text or ""):
                        yield Ref(path, "css", "url", m.group(1) or m.group(2))
        elif path.suffix == ".css":
            for m in CSS_URL.finditer(path.read_text(encoding="utf-8")):
                yield Ref(path, "css", "url", m.group(1) or m.group(2))


def page_url(output: Path, path: Path, base_url: str) -> str:
    rel = path.relative_to(output).as_posix()
    return f"{base_url or 'http://preview.invalid'}/{rel}"


def is_external(ref: Ref, base_url: str) -> bool:
    parts = urlsplit(ref.url)
    if parts.scheme in ("mailto", "tel", "data"):
        return parts.scheme != "data"
    if not parts.scheme and not parts.netloc:
        return False
    return not (base_url and ref.url.startswith(base_url.rstrip("/") + "/")) and ref.url != base_url


def resolve(output: Path, ref: Ref, base_url: str, served_from: str | None = None) -> Path | None:
    """The file a reference points to, or None if it points to nothing.

    `served_from` is the URL the page is served at, when that is not its own
    location (404.html is served at any missing URL).
    """
    root = base_url or "http://preview.invalid"
    here = served_from or page_url(output, ref.file, base_url)
    target = urljoin(here, ref.url)
    parts = urlsplit(target)
    root_parts = urlsplit(root)
    if (parts.scheme, parts.netloc) != (root_parts.scheme, root_parts.netloc):
        return None
    root_path = root_parts.path.rstrip("/") + "/"
    if not (parts.path + "/").startswith(root_path):
        return None
    rel = unquote(parts.path[len(root_path):])
    candidate = output / rel
    if rel == "" or rel.endswith("/") or candidate.is_dir():
        candidate = candidate / "index.html"
    return candidate if candidate.is_file() else None


def fragment_ok(target: Path, fragment: str, _cache={}) -> bool:
    if not fragment:
        return True
    if target.suffix != ".html":
        return True
    ids = _cache.get(target)
    if ids is None:
        soup = BeautifulSoup(target.read_text(encoding="utf-8"), "lxml")
        ids = _cache[target] = {el["id"] for el in soup.find_all(id=True)}
    return unquote(fragment) in ids


def broken_internal_references(output: Path, base_url: str = ""):
    """References inside the site that resolve to no file (or no #id)."""
    broken = []
    for ref in references(output):
        if is_external(ref, base_url) or ref.url.startswith(("mailto:", "data:")):
            continue
        target = resolve(output, ref, base_url)
        if target is None:
            broken.append(str(ref))
        elif not fragment_ok(target, urlsplit(ref.url).fragment):
            broken.append(f"{ref} (no such id)")
    return broken
