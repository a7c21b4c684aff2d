"""A Markdown extension, not a Pelican plugin: asterisks inside a word stay asterisks.

News copy stars out sworn words ("f***ed", "s*it"). Python-Markdown reads two
such runs in one paragraph as the ends of an emphasis and drops them: 'a sign
read "Elect a rapist expect to be f***ed" and "Donny the quicker f***er upper"'
came out as "...to be f<strong><em>ed" and "...quicker f</em></strong>er...",
and the site would show a sign's words that the sign never said. A run of
asterisks with a letter or digit on both sides is kept as text; emphasis
written the usual way (`*a*`, `**a**`) and "F*** Trudeau" (which Markdown
already leaves alone) are untouched.

pelicanconf.py lists it in MARKDOWN, so the site and `python -m pullquotes`
render alike.
"""

from __future__ import annotations

from markdown.extensions import Extension
from markdown.inlinepatterns import InlineProcessor
from markdown.util import AtomicString

INTRAWORD_ASTERISKS = r"(?<=\w)\*+(?=\w)"
# Before Python-Markdown's emphasis (priorities 60 and 50) and its own literal
# asterisks between spaces (70)
PRIORITY = 75


class _IntrawordAsterisks(InlineProcessor):
    def handleMatch(self, m, data):  # noqa: N802 (Python-Markdown's name)
        return AtomicString(m.group(0)), m.start(0), m.end(0)


class LiteralAsterisksExtension(Extension):
    def extendMarkdown(self, md):  # noqa: N802 (Python-Markdown's name)
        md.inlinePatterns.register(_IntrawordAsterisks(INTRAWORD_ASTERISKS, md), "intraword_asterisks", PRIORITY)


def makeExtension(**kwargs):  # noqa: N802 (Python-Markdown's entry point)
    return LiteralAsterisksExtension(**kwargs)
