"""ghpages: the files GitHub Pages wants next to the site, and reproducible dates.

- `.nojekyll`, so Pages serves the output as it is;
- `CNAME`, only when the GHPAGES_CNAME setting names a custom domain;
- `robots.txt`, pointing to the sitemap when SITEURL is absolute;
- the sitemap's dates for index pages come from the newest content, not from
  the clock, so two builds of one commit are byte-identical;
- pelican-sitemap's module state is reset at the start of every run: after a
  failed run it would otherwise skip the sitemap of every later run in the
  same process (`pelican --autoreload`, tests), and once loaded it would also
  write one in later runs that do not list it.
"""

from __future__ import annotations

from pathlib import Path


def _newest_content_date(generators):
    dates = []
    for generator in generators:
        for item in getattr(generator, "articles", []) + getattr(generator, "pages", []):
            dates.append(getattr(item, "modified", None) or getattr(item, "date", None))
    return max((d for d in dates if d is not None), default=None)


_SITEMAP = "pelican.plugins.sitemap"
_NOT_THIS_RUN = object()  # pelican-sitemap writes only when this is the run's Pelican


def _sitemap_listed(settings) -> bool:
    plugins = settings.get("PLUGINS")
    if plugins is None:
        return True  # auto-discovery: every installed plugin runs
    return any((p if isinstance(p, str) else getattr(p, "__name__", "")) in (_SITEMAP, "sitemap") for p in plugins)


def reset_sitemap(pelican) -> None:
    """pelican-sitemap connects its signals once per process. A run whose
    PLUGINS do not list it (a preview after a publish build, in one process)
    must not get a sitemap from it."""
    try:
        from pelican.plugins.sitemap import sitemap
    except ImportError:
        return
    sitemap.generator._main_pelican = None if _sitemap_listed(pelican.settings) else _NOT_THIS_RUN
    sitemap.generator.page_queue = []


def pin_sitemap_clock(generators) -> None:
    """pelican-sitemap dates index pages (and undated pages) with datetime.now()
    taken at import; use the newest content date instead."""
    try:
        from pelican.plugins.sitemap import sitemap
    except ImportError:
        return
    newest = _newest_content_date(generators)
    if newest is not None:
        sitemap.generator.now = newest


def write_files(pelican) -> None:
    settings = pelican.settings
    out = Path(pelican.output_path)
    (out / ".nojekyll").write_text("", encoding="utf-8")
    cname = (settings.get("GHPAGES_CNAME") or "").strip()
    if cname:
        if "/" in cname or ":" in cname or " " in cname:
            raise ValueError(f"GHPAGES_CNAME must be a bare domain such as news.example.org, not {cname!r}")
        (out / "CNAME").write_text(cname + "\n", encoding="utf-8")
    siteurl = settings.get("SITEURL", "")
    lines = ["User-agent: *", "Allow: /"]
    if siteurl.startswith(("http://", "https://")) and settings.get("SITEMAP") is not None:
        lines.append(f"Sitemap: {siteurl}/sitemap.xml")
    (out / "robots.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")


def register():
    from pelican import signals

    signals.initialized.connect(reset_sitemap)
    signals.all_generators_finalized.connect(pin_sitemap_clock)
    signals.finalized.connect(write_files)
