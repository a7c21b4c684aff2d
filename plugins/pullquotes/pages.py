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
from pathlib import Path

from pelican.generators import Generator

from . import cards
from .quote import SLOGAN, STATEMENT

JSON_VERSION = 1


def absolute(siteurl: str, url: str) -> str:
    """A site URL: absolute when SITEURL is set, root-relative otherwise."""
    return f"{siteurl.rstrip('/')}/{url}" if siteurl else f"/{url}"


def article_refs(articles) -> dict[int, dict]:
    """What the site-wide pages show of each article, computed once per article
    (Pelican's Article.url is recomputed on every access)."""
    return {id(a): {"url": a.url, "title": a.title, "date": a.date, "date_iso": a.date.isoformat(),
                    "date_text": a.locale_date} for a in articles}


def group_by_speaker(articles, refs: dict | None = None) -> list[dict]:
    """Statements grouped by speaker: most-quoted first, then the most recent;
    within a group, newest first. Unnamed sources come last, together."""
    refs = refs or article_refs(articles)
    groups: dict = defaultdict(list)
    for article in articles:
        for quote in getattr(article, "statements", []):
            groups[quote.speaker].append((article, quote))
    out = []
    for speaker, items in groups.items():
        items.sort(key=lambda aq: (aq[0].date, aq[0].slug), reverse=True)
        orgs = Counter(q.org for _, q in items if q.org)
        out.append({
            "speaker": speaker,
            "org": orgs.most_common(1)[0][0] if orgs else None,
            "items": [_item(refs[id(a)], q) for a, q in items],
            "latest": items[0][0].date,
        })
    named = sorted((g for g in out if g["speaker"]),
                   key=lambda g: (-len(g["items"]), -g["latest"].timestamp(), g["speaker"].casefold()))
    return named + [g for g in out if not g["speaker"]]


def all_slogans(articles, refs: dict | None = None) -> list[dict]:
    refs = refs or article_refs(articles)
    items = []
    for article in sorted(articles, key=lambda a: (a.date, a.slug), reverse=True):
        items += [_item(refs[id(article)], q) for q in getattr(article, "slogans", [])]
    return items


def _item(ref: dict, quote) -> dict:
    """One quotation as a long list shows it; the strings are made here, once,
    because a Jinja macro call per quotation is the slow part of a big page."""
    return {"article": ref, "quote": quote, "shown": " \u2026 ".join(quote.parts),
            "link": f"{ref['url']}#{quote.paragraph_id}"}


def quotes_json(articles, siteurl: str, sitename: str) -> dict:
    records = []
    refs = article_refs(articles)
    for article in sorted(articles, key=lambda a: (a.date, a.slug)):
        article_url = absolute(siteurl, refs[id(article)]["url"])
        for quote in getattr(article, "quotes", []):
            records.append({
                "text": quote.text,
                "parts": list(quote.parts),
                "kind": quote.kind,
                "speaker": quote.speaker,
                "org": quote.org,
                "source_description": quote.attribution,
                "article": {
                    "title": article.title,
                    "url": article_url,
                    "date": refs[id(article)]["date_iso"],
                },
                "anchor": quote.paragraph_id,
                "url": f"{article_url}#{quote.paragraph_id}",
            })
    return {"version": JSON_VERSION, "site": sitename, "site_url": siteurl or None, "quotations": records}


class QuotePagesGenerator(Generator):
    """Writes /quotes/, /signs/, /quotes.json and the share cards."""

    def generate_context(self):
        pass  # everything it needs is in the context once articles are read

    def _published(self):
        return list(self.context.get("articles", []))

    def generate_output(self, writer):
        articles = self._published()
        settings = self.settings
        relative = settings.get("RELATIVE_URLS", False)
        common = {"relative_urls": relative}
        refs = article_refs(articles)
        writer.write_file("quotes/index.html", self.get_template("quotes"), self.context,
                          quote_groups=group_by_speaker(articles, refs), page_name="quotes", url="quotes/", **common)
        writer.write_file("signs/index.html", self.get_template("signs"), self.context,
                          slogans=all_slogans(articles, refs), page_name="signs", url="signs/", **common)
        data = quotes_json(articles, settings.get("SITEURL", ""), settings.get("SITENAME", ""))
        # Compact: json's C encoder only runs without indent (10x faster here).
        self._write_bytes("quotes.json", (json.dumps(data, ensure_ascii=False, separators=(",", ":")) + "\n").encode("utf-8"))
        if settings["PULLQUOTES_RESOLVED"]["share_cards"]:
            self._write_cards(writer, articles)

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
                self._write_png(card["image"], " \u2026 ".join(quote.parts), credit, sitename, quotation=True)
                writer.write_file(card["page"] + "index.html", template, self.context,
                                  relative_urls=self.settings.get("RELATIVE_URLS", False),
                                  # not "article": pelican-sitemap would list the article's URL again
                                  source_article=article, quote=quote, card=card, number=n,
                                  page_name="quote", url=card["page"])

    def _write_png(self, rel: str, text: str, credit: str | None, sitename: str, *, quotation: bool) -> None:
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
