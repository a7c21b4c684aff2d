"""The Pelican side of pullquotes: settings, and quotes attached to articles.

At all_generators_finalized (every article read, nothing written yet) each
article's HTML is read once by the pure extractor; the paragraph ids it adds
go back into `_content`, and the article gets `quotes`, `pullquotes`,
`slogans` (and, on the published site, `share_cards`) for the templates, which also get a
`quotes_jsonld` filter. Most of the reading has by then been done by a worker
process (background.py), sent each article as Pelican made it; what it has
not finished waits, on a site without feeds, until Pelican is about to write
that article (article_generator_write_article); rather than wait idle for it,
this process reads the articles the worker would reach last, and gives each
article its reading at once.

The one piece of module state, `_run`, is made afresh at `initialized`, so
`make serve` rebuilds in one process never see the last run's.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import shutil
from dataclasses import dataclass
from itertools import chain
from pathlib import Path

from .background import BATCH, BackgroundExtraction, default_workers
from .jsonld import article_jsonld
from .pages import absolute
from .overrides import NO_OVERRIDES, OverrideError, Overrides
from .quote import SLOGAN
from .select import DEFAULT_LIMIT, select_pullquotes

DEFAULTS = {
    "max_pullquotes": DEFAULT_LIMIT,  # statements shown in the "What they said" widget
    "id_prefix": "quote-p",           # paragraph ids: quote-p7 is the 7th paragraph
    "share_cards": True,              # a page and a 1200x630 PNG for each pull-quote
    "card_url": "quotes/{slug}/{n}/",  # where a pull-quote's share page lives
    "headline_card": "cards/{slug}.png",  # an article's own og:image
    "workers": None,                  # processes beside Pelican (quote reading, quote pages): None = 1 if 2+ CPUs, 0 = none
}


class PullquotesError(Exception):
    """Raised with one line per problem, each naming its file."""


def settings_of(settings: dict) -> dict:
    """PULLQUOTES merged over the defaults, checked."""
    given = settings.get("PULLQUOTES", {}) or {}
    unknown = set(given) - set(DEFAULTS)
    if unknown:
        raise PullquotesError(f"PULLQUOTES: unknown key(s) {', '.join(sorted(unknown))}; known: {', '.join(DEFAULTS)}")
    merged = {**DEFAULTS, **given}
    if not isinstance(merged["max_pullquotes"], int) or merged["max_pullquotes"] < 0:
        raise PullquotesError("PULLQUOTES['max_pullquotes'] must be a whole number, 0 or more")
    if merged["workers"] is None:
        merged["workers"] = default_workers()
    elif not isinstance(merged["workers"], int) or isinstance(merged["workers"], bool) or merged["workers"] < 0:
        raise PullquotesError("PULLQUOTES['workers'] must be a whole number, 0 or more (0: read quotes in Pelican's own process)")
    for key in ("card_url",):
        if not merged[key].endswith("/") or "{slug}" not in merged[key] or "{n}" not in merged[key]:
            raise PullquotesError(f"PULLQUOTES['{key}'] must contain {{slug}} and {{n}} and end with '/'")
    return merged


@dataclass(slots=True)
class _Read:
    """One reading of an article: its quotes, its HTML with paragraph ids, and
    which of those ids the reading added."""

    quotes: list
    html: str
    added_ids: list


class _Run:
    """What one build's signal handlers share."""

    def __init__(self, settings: dict):
        self.options = settings_of(settings)
        self.cache = _ResultCache(settings)
        self.background = BackgroundExtraction(self.options["workers"])
        self.sent: dict[int, object] = {}  # id(article) -> article, while the worker has it
        # id(article) -> (the overrides sent, the worker's reading), until attach_quotes
        self.readings: dict[int, tuple[Overrides, _Read]] = {}
        self.pages_job = None  # the child rendering the long quote pages, once started
        self.settings = settings
        self.generators: list = []
        self.published: set[int] = set()  # id() of each published article (drafts get no share cards)
        self.deferred: dict[int, object] = {}  # id(article) -> article whose reading waits until it is written

    def close(self) -> None:
        """Stop the worker and reap a page-rendering child that a failed build
        left behind (a long-running `make serve` would collect zombies)."""
        self.background.close()
        if self.pages_job is not None:
            try:
                self.pages_job.wait()
            except Exception:  # noqa: BLE001 - that build has already failed
                pass

    def take_finished(self) -> None:
        """Give articles the worker's finished readings now, so each article's
        original HTML is freed as the build goes (not 5,000 of them held twice
        until all_generators_finalized). The quotes wait in `readings`: kept
        on the articles, Pelican's content cache would pickle them all.
        Readings this process made ahead of their turn are given the same way."""
        for key, html, overrides, result in chain(self.background.finished(), self.background.stolen()):
            article = self.sent.pop(key, None)
            if article is None or result is None or getattr(article, "_content", None) is not html:
                continue  # changed since it was sent, or failed: attach_quotes reads it
            quotes, new_html, added = result
            _give_html(article, new_html, added)
            self.readings[key] = (overrides, _Read(quotes, new_html, added))

    def key(self, html: str, overrides: Overrides) -> str:
        """Names one extraction input: the article's HTML, its overrides, the id
        prefix. (The HTML is hashed as it is, not through repr(): 4x faster.)"""
        digest = hashlib.sha1(f"{len(html)}:".encode())
        digest.update(html.encode("utf-8", "surrogatepass"))
        digest.update(repr((overrides, self.options["id_prefix"])).encode("utf-8", "surrogatepass"))
        return digest.hexdigest()


_run: _Run | None = None


def initialize(pelican) -> None:
    """Check PULLQUOTES once, before anything is read, and start this run's
    state afresh; give the theme its JSON-LD filter."""
    global _run
    if _run is not None:
        _run.close()  # what a run that failed part-way left running
    _run = _Run(pelican.settings)
    pelican.settings["PULLQUOTES_RESOLVED"] = _run.options
    filters = dict(pelican.settings.get("JINJA_FILTERS") or {})
    filters["quotes_jsonld"] = jsonld_filter
    pelican.settings["JINJA_FILTERS"] = filters
    _run.background.start()


def article_made(content) -> None:
    """content_object_init: send a newly read article to the worker, unless
    the result cache already has it."""
    from pelican.contents import Article

    run = _run
    if run is None or not run.background.enabled or not isinstance(content, Article):
        return
    html = getattr(content, "_content", None)
    if not html:
        return
    try:
        overrides = Overrides.from_metadata(content.metadata)
    except OverrideError:
        return  # reported, with its file, by attach_quotes
    if run.cache.enabled and run.cache.has(run.key(html, overrides)):
        return
    run.sent[id(content)] = content
    run.background.send(id(content), html, overrides, run.options["id_prefix"])
    run.take_finished()


def get_generators(_pelican):
    from .pages import QuotePagesGenerator

    return QuotePagesGenerator


def _articles_of(generators):
    for generator in generators:
        for attr in ("articles", "translations", "drafts", "drafts_translations", "hidden_articles", "hidden_translations"):
            yield from getattr(generator, attr, []) or []


def _code_version() -> str:
    """A hash of the extractor's own code: a cached result is reused only by
    the code that made it."""
    digest = hashlib.sha256()
    for path in sorted(Path(__file__).parent.glob("*.py")):
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


CODE_VERSION = _code_version()
CACHE_DIR = "pullquotes"


class _ResultCache:
    """Extraction results by content hash, one small file each, under
    CACHE_PATH/pullquotes/<code version>/, used when Pelican's content cache is
    on (make serve). A rebuild reads each file once and writes only what
    changed; a publish build (LOAD_CONTENT_CACHE off) always extracts afresh."""

    def __init__(self, settings):
        # Only a build that will read the cache back (make serve, make html)
        # writes it: a publish build neither reads nor writes.
        self.enabled = bool(settings.get("CACHE_CONTENT") and settings.get("LOAD_CONTENT_CACHE"))
        self.root = Path(settings.get("CACHE_PATH", "cache")) / CACHE_DIR
        self.folder = self.root / CODE_VERSION
        self.used: set[str] = set()
        self._made = False

    def has(self, key: str) -> bool:
        return self.enabled and (self.folder / key).is_file()

    def get(self, key: str):
        self.used.add(key)
        if not self.enabled:
            return None
        try:
            with (self.folder / key).open("rb") as fh:
                return pickle.load(fh)
        except (OSError, pickle.PickleError, EOFError, AttributeError, ImportError):
            return None

    def put(self, key: str, value) -> None:
        if not self.enabled:
            return
        self.used.add(key)
        if not self._made:
            self.folder.mkdir(parents=True, exist_ok=True)
            self._made = True
        tmp = self.folder / f".{key}.{os.getpid()}"
        with tmp.open("wb") as fh:
            pickle.dump(value, fh, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, self.folder / key)

    def prune(self) -> None:
        """Drop results no article of this run asked for, and old code versions."""
        if not self.enabled or not self.root.is_dir():
            return
        for old in self.root.iterdir():
            if old.name != CODE_VERSION and old.is_dir():
                shutil.rmtree(old, ignore_errors=True)
        if self.folder.is_dir():
            for entry in self.folder.iterdir():
                if entry.name not in self.used:
                    entry.unlink(missing_ok=True)


# The extractor and lxml load only when this process reads an article itself:
# while the worker does the reading they stay out of the build process (8 MiB).

def _read_here(html: str, overrides: Overrides, id_prefix: str) -> tuple:
    from .extract import read_article

    reading = read_article(html, overrides, id_prefix=id_prefix)
    return reading.quotes, reading.html, reading.added_ids


def _without_ids(html: str, ids: list) -> str:
    from .document import without_ids

    return without_ids(html, ids)


def _give_html(article, html: str, added_ids: list) -> None:
    """The article's HTML becomes a reading's; `_pullquotes_ids` remembers the
    ids that reading added (it travels in Pelican's cache with the HTML)."""
    article._content = html
    article._pullquotes_ids = added_ids


def _read(article, overrides: Overrides, run: _Run, wait: bool = False) -> _Read:
    """The article's reading: the worker's from this run, the result cache's,
    or made here."""
    html = article._content
    key = run.key(html, overrides) if run.cache.enabled else None
    sent_overrides, fresh = run.readings.pop(id(article), (None, None))
    if fresh is not None and sent_overrides == overrides and html is fresh.html:
        if key:
            run.cache.put(key, _stored(fresh, html))  # a rebuild finds the article, from Pelican's cache, with this HTML
        return fresh
    stored = run.cache.get(key) if key else None
    read = None
    if stored is not None:
        quotes, added_ids, new_html = stored
        read = _Read(quotes, html if new_html is None else new_html, added_ids)
    if read is None:
        # Ids an earlier reading put in (this run, or a cached article's) come
        # out first, so the article is read as it was written.
        source = _without_ids(html, article._pullquotes_ids) if getattr(article, "_pullquotes_ids", None) else html
        result = run.background.take(id(article), source, overrides, wait=wait, read_here=_read_here)
        if result is None:
            result = _read_here(source, overrides, run.options["id_prefix"])
        read = _Read(*result)
        if key:
            run.cache.put(key, _stored(read, html))
    return read


def _stored(read: _Read, html: str) -> tuple:
    """A reading as the result cache keeps it: without the HTML when that is
    the very HTML it is keyed by (the article will come back with it from
    Pelican's cache), which makes each file a quarter of the size."""
    return read.quotes, read.added_ids, None if read.html == html else read.html


def attach_quotes(generators) -> None:
    """all_generators_finalized: every article gets its reading and quotes.

    Most readings are back from the worker by now. The ones it has not
    finished are, when nothing written before the articles needs them (no
    feeds), attached only as Pelican is about to write each article
    (`article_about_to_be_written`): the worker reads them in the order
    Pelican writes, while Pelican writes the others, instead of Pelican
    waiting here for the last ~200. Otherwise they are read now, by the
    worker and this process from either end."""
    run = _run
    articles = _unique(_articles_of(generators))
    if run is None:  # initialized was not sent (a caller driving generators by hand)
        if not articles:
            return
        run = _Run(articles[0].settings)
    run.generators = generators
    for generator in generators:
        run.published.update(id(a) for a in getattr(generator, "articles", []) + getattr(generator, "translations", []))
    run.background.flush()
    pending = run.background.pending()
    not_done = {k for k in pending if not run.background.ready(k)}
    # Deferred only for a run started at `initialized`: the write signal finds it in `_run`
    deferred = _deferrable(generators, not_done, run) if run is _run and len(not_done) > 2 * BATCH else []
    deferred_ids = {id(a) for a in deferred}
    # With a backlog of a batch or two, waiting costs less than loading the
    # extractor here; with more, the articles the worker has not finished are
    # read here, newest-sent first, while it goes on from the oldest.
    wait = run.background.backlog() <= 2
    by_id = {id(a): a for a in articles}
    ready = [a for a in articles if id(a) not in not_done]
    later = [by_id[k] for k in reversed(pending) if k in not_done and k in by_id and k not in deferred_ids]
    problems: list[str] = []
    try:
        for article in ready + later:
            try:
                _attach(article, Overrides.from_metadata(article.metadata), run, wait)
            except OverrideError as exc:
                problems.append(f"{_shown_path(article.source_path)}: {exc}")
    except BaseException:
        _finish(run, start_pages=False)
        raise
    if problems:
        _finish(run, start_pages=False)
        raise PullquotesError(
            "quote overrides that match nothing (compare them with `make quotes FILES=...`):\n  "
            + "\n  ".join(problems))
    if deferred:
        run.deferred = {id(a): a for a in deferred}
        run.background.reorder([id(a) for a in deferred])
    else:
        _finish(run)


def _deferrable(generators, not_done: set, run: _Run) -> list:
    """The unfinished articles that can wait until Pelican writes them, in the
    order it will: those written by ArticlesGenerator.generate_articles (which
    sends article_generator_write_article first), without overrides (an
    override error is reported with all the others, now), on a site with no
    feeds (written before the articles, from their HTML)."""
    from pelican.generators import ArticlesGenerator

    if any(value for key, value in run.settings.items() if "FEED" in key and key.endswith(("_ATOM", "_RSS"))):
        return []
    out = []
    for generator in generators:
        if isinstance(generator, ArticlesGenerator):
            for article in chain(generator.translations, generator.articles, generator.hidden_translations,
                                 generator.hidden_articles):
                if id(article) in not_done and not _has_overrides(article):
                    out.append(article)
    return out


def _has_overrides(article) -> bool:
    try:
        return bool(Overrides.from_metadata(article.metadata))
    except OverrideError:
        return True  # reported by attach_quotes, with the others


def article_about_to_be_written(generator, content) -> None:
    """article_generator_write_article: a deferred article gets its reading now."""
    run = _run
    if run is None or not run.deferred:
        return
    article = run.deferred.pop(id(content), None)
    if article is not None:
        try:
            _attach(article, NO_OVERRIDES, run, wait=run.background.near(id(article)))
            run.take_finished()
        except BaseException:
            _finish(run, start_pages=False)
            raise
    if not run.deferred:
        _finish(run)


def articles_written(generator, writer=None) -> None:
    """article_writer_finalized: any deferred article Pelican did not write
    (none, unless another plugin changed the lists) is attached all the same."""
    run = _run
    if run is None or not run.deferred:
        return
    for article in list(run.deferred.values()):
        article_about_to_be_written(generator, article)


def _attach(article, overrides: Overrides, run: _Run, wait: bool) -> None:
    """One article's reading, quotes, pull-quotes and share cards."""
    read = _read(article, overrides, run, wait)
    _give_html(article, read.html, read.added_ids)
    quotes = read.quotes
    article.quotes = quotes
    article.slogans = [q for q in quotes if q.kind == SLOGAN]
    article.pullquotes = select_pullquotes(quotes, run.options["max_pullquotes"])
    _attach_cards(article, run.options, id(article) in run.published)


def _finish(run: _Run, start_pages: bool = True) -> None:
    """Every article has its quotes: stop the worker, prune the result cache,
    start the long pages."""
    run.deferred = {}
    run.background.close()
    run.sent.clear()
    if start_pages:
        run.cache.prune()
        _start_long_pages(run.generators, run)


# The child that renders the long pages touches every quotation, and each
# touch copies a page it shared with the build process: measured, 21 MiB of
# its own at 10,700 quotations, 66 MiB at 53,000 (1.3-2 KB each). Above this
# many, the pages are rendered in the build process instead (+3 MiB there),
# so a large site's peak memory stays the build process's own.
FORK_PAGES_MAX_QUOTES = 20_000


def _start_long_pages(generators, run: _Run) -> None:
    """Every quote is attached: /quotes/, /signs/ and /quotes.json can be
    rendered now, in a child process, while Pelican writes the articles."""
    from .forked import ForkedJob, can_fork
    from .pages import QuotePagesGenerator

    if run.options["workers"] == 0 or not can_fork():
        return
    for generator in generators:
        if isinstance(generator, QuotePagesGenerator):
            quotations = sum(len(getattr(a, "quotes", ())) for a in generator.context.get("articles", ()))
            if quotations <= FORK_PAGES_MAX_QUOTES:
                generator.job = run.pages_job = ForkedJob(generator.render_long_pages)


def _unique(articles) -> list:
    seen: set[int] = set()
    out = []
    for article in articles:
        if id(article) not in seen:
            seen.add(id(article))
            out.append(article)
    return out


def _attach_cards(article, settings: dict, published: bool) -> None:
    """Where the share cards of a published article live (drafts get none).
    Set only when there are cards; templates read a missing one as none."""
    if not (settings["share_cards"] and published):
        for name in ("share_cards", "card_image"):
            if hasattr(article, name):
                delattr(article, name)
        return
    article.share_cards = []
    article.card_image = settings["headline_card"].format(slug=article.slug)
    for n, quote in enumerate(article.pullquotes, start=1):
        page = settings["card_url"].format(slug=article.slug, n=n)
        article.share_cards.append({"quote": quote, "page": page, "image": page + "card.png"})


def jsonld_filter(article) -> dict:
    """Jinja filter `article|quotes_jsonld`: the page's JSON-LD, made when the
    page is rendered rather than kept on 5,000 articles at once."""
    return _jsonld(article)


def _jsonld(article) -> dict:
    siteurl = article.settings.get("SITEURL", "")
    url = absolute(siteurl, article.url)
    modified = getattr(article, "modified", None)
    return article_jsonld(
        url=url,
        headline=article.title,
        description=_plain(getattr(article, "summary", "")),
        date_published=article.date.isoformat(),
        date_modified=modified.isoformat() if modified else None,
        publisher=article.settings.get("SITENAME", ""),
        keywords=[str(t) for t in getattr(article, "tags", [])],
        location=article.metadata.get("location"),
        image=absolute(siteurl, article.card_image) if getattr(article, "card_image", None) else None,
        quotes=getattr(article, "pullquotes", []),
        source=article.metadata.get("source"),
    )


def _plain(html: str) -> str:
    """A summary's text (a short HTML fragment): tags dropped, entities decoded."""
    from markupsafe import Markup

    return Markup(html or "").striptags()


def _shown_path(path: str) -> str:
    """The path relative to where the build runs, when it is inside it."""
    rel = os.path.relpath(path)
    return path if rel.startswith("..") else rel
