"""`make article TITLE="..."`: start a new article as a draft.

Writes content/articles/YYYY-MM-DD-slug.md with every front-matter field:
the required ones filled with placeholders that build, the optional ones
listed below the header as Markdown comments (`[//]: # "..."`), which never
reach the page. Refuses to overwrite an existing file.
"""

from __future__ import annotations

import argparse
import sys
from datetime import datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "plugins"))

from frontmatter.contract import OPTIONAL, REQUIRED  # noqa: E402

TEMPLATE = """Title: {title}
Date: {date}
Status: draft
Category: Protests
Tags: protest
Location: City, State or Country
Summary: One or two sentences saying what happened, for the index and for link previews.

[//]: # "Required fields, above. Replace each placeholder:"
{required}
[//]: # "Optional fields: to use one, copy its line into the block above, without the [//]: # and the quotes."
{optional}
[//]: # "Remove 'Status: draft' when the report is ready to publish. Check the quotes with: make quotes FILES={path}"

Write the report here, in Markdown. Keep every quotation exactly as it was said
or written, in quotation marks, with who said it.
"""

EXAMPLES = {
    "author": "Author: Jane Roe",
    "byline": "Byline: By Jane Roe and Sam Poe",
    "source": "Source: The Daily Example",
    "source_url": "Source_url: https://example.org/report",
    "updated": "Updated: YYYY-MM-DD",
    "corrections": "Corrections: YYYY-MM-DD: What was corrected.",
    "image": "Image: images/YYYY-MM-DD-photo.jpg",
    "image_alt": "Image_alt: What the photo shows.",
    "image_credit": "Image_credit: Photographer Name",
    "image_caption": "Image_caption: What is happening in the photo.",
    "image_title": "Image_title: A short title",
    "pullquote": "Pullquote: words of the passage to feature",
    "quote_exclude": "Quote_exclude: words of a quotation to leave out",
    "quote_speaker": "Quote_speaker: words from a quotation -> Speaker Name (Organization)",
    "slug": "Slug: a-short-url-name",
    "lang": "Lang: es",
}


def slugify(title: str) -> str:
    """The slug Pelican itself makes from the title (its default rules)."""
    from pelican.settings import DEFAULT_CONFIG
    from pelican.utils import slugify as pelican_slugify

    return pelican_slugify(title, regex_subs=DEFAULT_CONFIG["SLUG_REGEX_SUBSTITUTIONS"]) or "article"


def comment(text: str) -> str:
    return '[//]: # "' + text.replace('"', "'") + '"'


def render(title: str, when: datetime, path: str) -> str:
    required = "\n".join(comment(f"{k.capitalize()}: {v}") for k, v in REQUIRED.items())
    optional = "\n".join(comment(f"{EXAMPLES[k]}  ({v})") for k, v in OPTIONAL.items() if k in EXAMPLES)
    return TEMPLATE.format(title=title, date=when.strftime("%Y-%m-%d %H:%M"), required=required,
                           optional=optional, path=path)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description="Start a new article as a draft.")
    parser.add_argument("title", help="the headline")
    parser.add_argument("--date", help="YYYY-MM-DD (default: today)")
    parser.add_argument("--content", default=str(ROOT / "content"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    title = " ".join(args.title.split())
    if not title:
        print('make article: give a title, e.g. make article TITLE="Hundreds rally at City Hall"', file=sys.stderr)
        return 2
    when = datetime.strptime(args.date, "%Y-%m-%d") if args.date else datetime.now().replace(second=0, microsecond=0)
    folder = Path(args.content) / "articles"
    path = folder / f"{when:%Y-%m-%d}-{slugify(title)}.md"
    shown = path.relative_to(ROOT) if ROOT in path.parents else path
    if path.exists():
        print(f"make article: {shown} already exists; not overwriting it. Choose another title or edit that file.", file=sys.stderr)
        return 1
    folder.mkdir(parents=True, exist_ok=True)
    path.write_text(render(title, when, str(shown)), encoding="utf-8")
    print(f"make article: wrote {shown} (a draft). Preview it with: make serve")
    return 0


if __name__ == "__main__":
    sys.exit(main())
