"""schema.org JSON-LD for an article page: a NewsArticle and its pull-quotes.

Pure: plain values in, a dict out. Templates serialise it with Jinja's
`tojson`, which escapes <, > and & so no quotation can close the script tag.
"""

from __future__ import annotations

from .quote import Quote


def _agent(quote: Quote) -> dict | None:
    if not quote.speaker:
        return None
    kind = "Organization" if quote.speaker_type == "organization" else "Person"
    agent = {"@type": kind, "name": quote.speaker}
    if quote.org and kind == "Person":
        agent["affiliation"] = {"@type": "Organization", "name": quote.org}
    return agent


def article_jsonld(*, url: str, headline: str, description: str | None, date_published: str,
                   date_modified: str | None, publisher: str, keywords: list[str],
                   location: str | None, image: str | None, quotes: list[Quote],
                   source: str | None = None) -> dict:
    data: dict = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "@id": url,
        "url": url,
        "headline": headline,
        "datePublished": date_published,
        "dateModified": date_modified or date_published,
        "publisher": {"@type": "Organization", "name": publisher},
        "keywords": keywords,
    }
    if description:
        data["description"] = description
    if location:
        data["contentLocation"] = {"@type": "Place", "name": location}
    if image:
        data["image"] = image
    if source:
        data["isBasedOn"] = {"@type": "CreativeWork", "publisher": {"@type": "Organization", "name": source}}
    parts = []
    for quote in quotes:
        item = {"@type": "Quotation", "text": quote.text, "isPartOf": {"@id": url}}
        agent = _agent(quote)
        if agent:
            item["creator"] = agent
        parts.append(item)
    if parts:
        data["hasPart"] = parts
    return data
