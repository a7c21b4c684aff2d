"""Share cards: 1200x630 PNG images of a quotation or a headline.

Pure: text in, PNG bytes out. The font is Source Sans Pro (SIL OFL), shipped
by the pinned `font-source-sans-pro` package, so nothing is fetched; it covers
curly quotes, dashes and accented Latin letters. Long text is wrapped at word
boundaries and, past the space available, shortened with an ellipsis at a word
boundary, never cut mid-word or drawn outside the card.
"""

from __future__ import annotations

import io
from functools import lru_cache

import font_source_sans_pro
from PIL import Image, ImageDraw, ImageFont

WIDTH, HEIGHT = 1200, 630
MARGIN = 80
BACKGROUND = (253, 252, 249)
INK = (27, 27, 27)
MUTED = (84, 84, 84)
ACCENT = (164, 22, 26)
ELLIPSIS = "\u2026"
VERSION = "2"  # bump when the drawing changes, so cached cards are redrawn
FACES = {
    "regular": font_source_sans_pro.font_files_ttf["SourceSansPro"],
    "semibold": font_source_sans_pro.font_files_ttf["SourceSansProSemibold"],
}


@lru_cache(maxsize=32)
def font(size: int, weight: str = "semibold") -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(FACES[weight], size)


def wrap(text: str, face, width: int) -> list[str]:
    """Greedy word wrap by measured width. A word wider than a line stands alone."""
    lines: list[str] = []
    line = ""
    for word in text.split():
        trial = f"{line} {word}" if line else word
        if face.getlength(trial) <= width or not line:
            line = trial
        else:
            lines.append(line)
            line = word
    if line:
        lines.append(line)
    return lines


def fit(text: str, width: int, height: int, sizes=(68, 60, 54, 48, 42, 36)) -> tuple[int, list[str]]:
    """The largest size at which `text` fits the box; else the smallest size
    with the text shortened at a word boundary and an ellipsis added."""
    for size in sizes:
        face = font(size)
        lines = wrap(text, face, width)
        line_height = int(size * 1.25)
        if len(lines) * line_height <= height and all(face.getlength(line) <= width for line in lines):
            return size, lines
    size = sizes[-1]
    face = font(size)
    max_lines = max(1, height // int(size * 1.25))
    words = text.split()
    while words:
        shortened = " ".join(words).rstrip(",;:.\u2014- ") + ELLIPSIS
        lines = wrap(shortened, face, width)
        if len(lines) <= max_lines and all(face.getlength(line) <= width for line in lines):
            return size, lines
        words.pop()
    return size, [ELLIPSIS]


def _shorten_line(line: str, face, width: int) -> str:
    """One line of byline or site name that must fit: drop whole words."""
    words = line.split()
    while len(words) > 1 and face.getlength(" ".join(words)) > width:
        words.pop()
        words[-1] = words[-1].rstrip(",;:") + ELLIPSIS if not words[-1].endswith(ELLIPSIS) else words[-1]
    return " ".join(words)


def render_card(text: str, credit: str | None, site_name: str, *, quotation: bool = True) -> bytes:
    """A PNG card: the text (in quotation marks when `quotation`), a credit
    line ("— Jane Roe, Never Again Action") and the site's name."""
    image = Image.new("RGB", (WIDTH, HEIGHT), BACKGROUND)
    draw = ImageDraw.Draw(image)
    draw.rectangle((0, 0, 16, HEIGHT), fill=ACCENT)
    inner = WIDTH - 2 * MARGIN
    body = f"\u201c{text.strip()}\u201d" if quotation else text.strip()
    size, lines = fit(body, inner, HEIGHT - 2 * MARGIN - 110)
    if quotation and lines and not lines[-1].endswith("\u201d"):
        lines[-1] = lines[-1] + "\u201d"  # the closing mark survives shortening
        if font(size).getlength(lines[-1]) > inner:
            lines[-1] = lines[-1][:-2].rstrip() + "\u201d"
    y = MARGIN
    face = font(size)
    for line in lines:
        draw.text((MARGIN, y), line, font=face, fill=INK)
        y += int(size * 1.25)
    small = font(32, "regular")
    if credit:
        draw.text((MARGIN, HEIGHT - MARGIN - 70), _shorten_line(f"\u2014 {credit}", small, inner), font=small, fill=MUTED)
    name = _shorten_line(site_name.upper(), font(28), inner)
    draw.text((MARGIN, HEIGHT - MARGIN - 20), name, font=font(28), fill=ACCENT)
    out = io.BytesIO()
    image.save(out, format="PNG", compress_level=6)
    return out.getvalue()
