"""Shared helpers: build real sites with the project's own settings."""

from __future__ import annotations

import logging
import os
import shutil
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from pelican import Pelican
from pelican.settings import read_settings

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
FIXTURES = Path(__file__).resolve().parent / "fixtures"


def shared_file(*parts: str) -> Path:
    """A file from ../shared/ (read-only course material). Required in CI."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        if os.environ.get("CI") == "true":
            pytest.fail(f"{path} is missing; CI must have ../shared/ beside the clone")
        pytest.skip(f"{path} not found (../shared/ is not beside this checkout)")
    return path


@dataclass
class Site:
    output: Path
    problems: list[str] = field(default_factory=list)

    def html(self, rel: str) -> BeautifulSoup:
        path = self.output / rel
        if path.is_dir():
            path = path / "index.html"
        return BeautifulSoup(path.read_text(encoding="utf-8"), "lxml")

    def pages(self):
        return sorted(self.output.rglob("*.html"))


class _Collect(logging.Handler):
    def __init__(self):
        super().__init__(logging.WARNING)
        self.records: list[str] = []

    def emit(self, record):
        self.records.append(f"{record.levelname}: {record.getMessage()}")


def build_site(
    output: Path,
    settings_file: str = "pelicanconf.py",
    content: Path | None = None,
    **overrides,
) -> Site:
    """Build with the project's settings into `output`, in this process.

    `content` replaces content/ (a copy of a test's own articles). Warnings and
    errors Pelican logs are returned in Site.problems.
    """
    settings_override = {
        "OUTPUT_PATH": str(output),
        "CACHE_PATH": str(output.parent / (output.name + "-cache")),
        "LOAD_CONTENT_CACHE": False,
        **overrides,
    }
    if content is not None:
        settings_override["PATH"] = str(content)
    settings = read_settings(str(ROOT / settings_file), override=settings_override)
    handler = _Collect()
    logging.getLogger().addHandler(handler)
    try:
        Pelican(settings).run()
    finally:
        logging.getLogger().removeHandler(handler)
    return Site(output, handler.records)


def make_content(tmp: Path, articles: dict[str, str], pages: dict[str, str] | None = None) -> Path:
    """A content/ folder holding the given Markdown articles (and pages)."""
    content = tmp / "content"
    (content / "articles").mkdir(parents=True)
    (content / "pages").mkdir(parents=True)
    for name, text in articles.items():
        (content / "articles" / name).write_text(text, encoding="utf-8")
    for name, text in (pages or {}).items():
        (content / "pages" / name).write_text(text, encoding="utf-8")
    return content


@pytest.fixture(scope="session")
def site(tmp_path_factory) -> Site:
    """The project's own site, built once with pelicanconf.py."""
    return build_site(tmp_path_factory.mktemp("site") / "output")


@pytest.fixture(scope="session")
def published_site(tmp_path_factory) -> Site:
    """The project's own site, built once with publishconf.py under a subpath."""
    return build_site(
        tmp_path_factory.mktemp("published") / "output",
        "publishconf.py",
        SITEURL="https://example.github.io/placard",
        FEED_DOMAIN="https://example.github.io/placard",
    )



PROJECT_FILES = ["pelicanconf.py", "publishconf.py", "Makefile", "requirements.txt"]
PROJECT_DIRS = ["content", "theme", "plugins", "scripts"]


def project_copy(dest: Path) -> Path:
    """A copy of the project as a clean clone has it (no .venv, no output)."""
    dest.mkdir(parents=True, exist_ok=True)
    for name in PROJECT_FILES:
        shutil.copy2(ROOT / name, dest / name)
    for name in PROJECT_DIRS:
        shutil.copytree(ROOT / name, dest / name, ignore=shutil.ignore_patterns("__pycache__"))
    return dest


def run_build(project: Path, *args: str, env: dict | None = None):
    """scripts/build.py in a project copy, as `make html`/`make publish` run it."""
    import subprocess
    import sys

    return subprocess.run(
        [sys.executable, "scripts/build.py", *args],
        cwd=project, capture_output=True, text=True, env={**os.environ, **(env or {})},
    )
