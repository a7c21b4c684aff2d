"""Site-wide pages of quotations: /quotes/, /signs/, /quotes.json, share cards.

A Pelican generator: by the time it writes, every published article carries
its quotes (site.attach_quotes ran at all_generators_finalized), so it reads
them from the shared context and holds no state of its own.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path

from pelican.generators import Generator

from .quote import STATEMENT

JSON_VERSION = 1


class QuotePagesError(Exception):
    """A site-wide quote page could not be written."""


def absolute(siteurl: str, url: str) -> str:
    """A site URL: absolute when SITEURL is set, root-relative otherwise."""
    return f"{siteurl.rstrip('/')}/{url}" if siteurl else f"/{url}"


@dataclass(slots=True)
class ArticleRef:
    """What the site-wide pages show of an article, computed once per article
    (Pelican's Article.url is recomputed on every access)."""

    url: str
    title: str
    date: object
    date_iso: str
    date_text: str


@dataclass(slots=True)
class ListedQuote:
    """One quotation as a long list shows it. Plain attributes, not a dict:
    Jinja looks `item.link` up as an attribute first, and a dict would make
    that a caught exception, ~50,000 times on /quotes/ of a 1,000-article site."""

    article: ArticleRef
    quote: object
    shown: str
    link: str


def article_refs(articles) -> dict[int, ArticleRef]:
    return {id(a): ArticleRef(a.url, a.title, a.date, a.date.isoformat(), a.locale_date) for a in articles}


@dataclass(slots=True)
class SpeakerGroup:
    speaker: str | None
    org: str | None
    count: int
    items: object  # ListedQuote, made while the page streams out, not all at once
    latest: object


def group_by_speaker(articles, refs: dict | None = None) -> list[SpeakerGroup]:
    """Statements grouped by speaker: most-quoted first, then the most recent;
    within a group, newest first. Unnamed sources come last, together."""
    refs = refs or article_refs(articles)
    groups: dict = defaultdict(list)
    for article in articles:
        for quote in getattr(article, "quotes", []):
            if quote.kind != STATEMENT:
                continue
            groups[quote.speaker].append((article, quote))
    out = []
    for speaker, items in groups.items():
        items.sort(key=lambda aq: (aq[0].date, aq[0].slug), reverse=True)
        orgs = Counter(q.org for _, q in items if q.org)
        out.append(SpeakerGroup(
            speaker=speaker,
            org=orgs.most_common(1)[0][0] if orgs else None,
            count=len(items),
            items=(_item(refs[id(a)], q) for a, q in items),
            latest=items[0][0].date,
        ))
    named = sorted((g for g in out if g.speaker),
                   key=lambda g: (-g.count, -g.latest.timestamp(), g.speaker.casefold()))
    return named + [g for g in out if not g.speaker]


def all_slogans(articles, refs: dict | None = None):
    """Every slogan, newest article first, made as the page streams out."""
    refs = refs or article_refs(articles)
    for article in sorted(articles, key=lambda a: (a.date, a.slug), reverse=True):
        for q in getattr(article, "slogans", []):
            yield _item(refs[id(article)], q)


def _item(ref: ArticleRef, quote) -> ListedQuote:
    """The strings are made here, once: a Jinja macro call per quotation is
    the slow part of a big page."""
    return ListedQuote(ref, quote, quote.shown, f"{ref.url}#{quote.paragraph_id}")


def quotes_json_records(articles, siteurl: str, refs: dict | None = None):
    """Each quotation of the site as its quotes.json record, one at a time."""
    refs = refs or article_refs(articles)
    for article in sorted(articles, key=lambda a: (a.date, a.slug)):
        ref = refs[id(article)]
        article_url = absolute(siteurl, ref.url)
        for quote in getattr(article, "quotes", []):
            yield {
                "text": quote.text,
                "parts": list(quote.parts),
                "kind": quote.kind,
                "speaker": quote.speaker,
                "org": quote.org,
                "source_description": quote.attribution,
                "article": {"title": article.title, "url": article_url, "date": ref.date_iso},
                "anchor": quote.paragraph_id,
                "url": f"{article_url}#{quote.paragraph_id}",
            }


def write_quotes_json(path: Path, articles, siteurl: str, sitename: str, refs: dict | None = None) -> None:
    """quotes.json, written record by record: a 5,000-article site has 50,000
    quotations, and a list of them all would cost ~100 MB."""
    dumps = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode
    head = {"version": JSON_VERSION, "site": sitename, "site_url": siteurl or None}
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8") as out:
        out.write(dumps(head)[:-1] + ',"quotations":[')
        for n, record in enumerate(quotes_json_records(articles, siteurl, refs)):
            out.write(("," if n else "") + dumps(record))
        out.write("]}\n")


# The long pages: (file, template). Rendered by render_long_pages, perhaps in
# a child process (forked.py), and announced by generate_output.
LONG_PAGES = (("quotes/index.html", "quotes"), ("signs/index.html", "signs"))


class QuotePagesGenerator(Generator):
    """Writes /quotes/, /signs/, /quotes.json and the share cards.

    The first three need only the articles' quotes, so site.attach_quotes may
    start render_long_pages in a child process as soon as quotes are attached;
    generate_output then only waits for it (Pelican has meanwhile written the
    articles), or renders them itself when no child was started."""

    job = None  # a forked.ForkedJob rendering the long pages, set by site.attach_quotes

    def generate_context(self):
        pass  # everything it needs is in the context once articles are read

    def _published(self):
        return list(self.context.get("articles", []))

    def render_long_pages(self) -> None:
        """/quotes/, /signs/ and /quotes.json, written; no signal sent."""
        articles = self._published()
        settings = self.settings
        refs = article_refs(articles)
        values = {
            "quotes": {"quote_groups": group_by_speaker(articles, refs)},
            "signs": {"slogans": all_slogans(articles, refs),
                      "slogan_count": sum(len(getattr(a, "slogans", [])) for a in articles)},
        }
        for name, template in LONG_PAGES:
            self._stream(name, template, **values[template])
        write_quotes_json(Path(self.output_path) / "quotes.json", articles,
                          settings.get("SITEURL", ""), settings.get("SITENAME", ""), refs)

    def generate_output(self, writer):
        from pelican import signals

        from .forked import ForkedJobError

        job, self.job = self.job, None
        if job is None:
            self.render_long_pages()
        else:
            try:
                job.wait()
            except ForkedJobError as exc:
                raise QuotePagesError(f"{self.output_path}: the quote pages could not be written:\n{exc}") from None
        for name, template in LONG_PAGES:
            # For the sitemap and any other listener, as Pelican's writer does.
            signals.content_written.send(str(Path(self.output_path) / name), context=self._page_context(name, template))
        if self.settings["PULLQUOTES_RESOLVED"]["share_cards"]:
            self._write_cards(writer, self._published())

    def _page_context(self, name: str, template: str) -> dict:
        from pelican.utils import get_relative_path, path_to_url

        context = self.context.copy()
        context.update(output_file=name, page_name=template, url=name[: -len("index.html")])
        if self.settings.get("RELATIVE_URLS", False):
            context["SITEURL"] = context["localsiteurl"] = path_to_url(get_relative_path(name))
        return context

    def _stream(self, name: str, template: str, **values) -> None:
        """Render a long page straight into its file, as Pelican's writer would
        (relative SITEURL), without holding the whole page in memory: /quotes/
        of a 5,000-article site is tens of MB."""
        context = self._page_context(name, template)
        context.update(values)
        path = Path(self.output_path) / name
        path.parent.mkdir(parents=True, exist_ok=True)
        stream = self.get_template(template).stream(context)
        stream.enable_buffering(64)  # fewer, larger writes: a long page is ~200,000 small pieces
        stream.dump(str(path), encoding="utf-8")

    # -- share cards ------------------------------------------------------------
    def _write_cards(self, writer, articles) -> None:
        sitename = self.settings.get("SITENAME", "")
        template = self.get_template("quote_card")
        for article in articles:
            self._write_png(article.card_image, article.title, None, sitename, quotation=False)
            for n, card in enumerate(article.share_cards, start=1):
                quote = card["quote"]
                credit = quote.credit + (f", {quote.org}" if quote.org and quote.speaker else "")
                # The halves of a split quote are joined by an ellipsis, as on the page.
                self._write_png(card["image"], quote.shown, credit, sitename, quotation=True)
                writer.write_file(card["page"] + "index.html", template, self.context,
                                  relative_urls=self.settings.get("RELATIVE_URLS", False),
                                  # not "article": pelican-sitemap would list the article's URL again
                                  source_article=article, quote=quote, card=card, number=n,
                                  page_name="quote", url=card["page"])

    def _write_png(self, rel: str, text: str, credit: str | None, sitename: str, *, quotation: bool) -> None:
        from . import cards  # Pillow and the font: publish builds only

        key = hashlib.sha256(json.dumps([cards.VERSION, text, credit, sitename, quotation]).encode()).hexdigest()
        cache_dir = Path(self.settings.get("CACHE_PATH", "cache")) / "cards"
        cached = cache_dir / f"{key}.png"
        if cached.exists():
            data = cached.read_bytes()
        else:
            data = cards.render_card(text, credit, sitename, quotation=quotation)
            cache_dir.mkdir(parents=True, exist_ok=True)
            tmp = cached.with_suffix(f".{os.getpid()}.tmp")
            tmp.write_bytes(data)
            os.replace(tmp, cached)
        self._write_bytes(rel, data)

    def _write_bytes(self, rel: str, data: bytes) -> None:
        path = Path(self.output_path) / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
