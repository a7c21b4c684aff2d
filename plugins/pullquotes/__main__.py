"""python -m pullquotes [--json] [--settings pelicanconf.py] FILE.md ...

Renders each Markdown file as the site does (Pelican's Markdown reader with
the project's settings), applies the file's quote overrides, and prints the
quotations found. With --json: one object mapping each path, exactly as given,
to its list of {"text", "kind", "speaker", "org"}.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
from html import unescape
from pathlib import Path

from .extract import read_article
from .overrides import OverrideError, Overrides
from .select import select_pullquotes

DEFAULT_SETTINGS = Path(__file__).resolve().parents[2] / "pelicanconf.py"


def _reader(settings_path: Path | None):
    from pelican.readers import MarkdownReader
    from pelican.settings import DEFAULT_CONFIG, read_settings

    if settings_path is not None and settings_path.exists():
        settings = read_settings(str(settings_path))
    else:
        settings = dict(DEFAULT_CONFIG)
    return MarkdownReader(settings), settings


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m pullquotes", description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="+", metavar="FILE.md")
    parser.add_argument("--json", action="store_true", help="print JSON for scoring")
    parser.add_argument("--settings", type=Path, default=DEFAULT_SETTINGS,
                        help="Pelican settings whose MARKDOWN config to use (default: the project's)")
    args = parser.parse_args(argv)
    reader, settings = _reader(args.settings)
    results: dict[str, list[dict]] = {}
    failed = False
    for name in args.files:
        path = Path(name)
        try:
            html, metadata = render(reader, path)
        except FileNotFoundError:
            print(f"{name}: no such file", file=sys.stderr)
            failed = True
            continue
        except Exception as exc:  # a reader error: say which file
            print(f"{name}: cannot read: {exc}", file=sys.stderr)
            failed = True
            continue
        try:
            quotes = read_article(html, Overrides.from_metadata(metadata)).quotes
        except OverrideError as exc:
            print(f"{name}: {exc}", file=sys.stderr)
            failed = True
            quotes = read_article(html).quotes
        results[name] = quotes
    if args.json:
        json.dump({k: [q.as_record() for q in v] for k, v in results.items()}, sys.stdout,
                  ensure_ascii=False, indent=1)
        print()
    else:
        limit = settings.get("PULLQUOTES", {}).get("max_pullquotes", 3) if isinstance(settings.get("PULLQUOTES"), dict) else 3
        for name, quotes in results.items():
            _print_human(name, quotes, select_pullquotes(quotes, limit))
    return 1 if failed else 0


def render(reader, path: Path) -> tuple[str, dict]:
    """A file's HTML and metadata as the site's reader gives them; a story
    without front matter has its headline made a heading and its closing
    photo caption left out; a plain-text one (.txt) is read as plain text
    (see plain_text_as_markdown)."""
    plain = path.suffix.lower() == ".txt"
    try:
        html, metadata = reader.read(str(path))
    except UnicodeDecodeError as exc:
        if not plain:
            raise
        # Text saved on Windows: read it as Windows-1252 rather than not at all.
        print(f"{path}: not UTF-8 (byte {exc.start}); read as Windows-1252", file=sys.stderr)
        html, metadata = "", {}
    if not metadata.get("title"):
        if plain:
            raw = path.read_bytes()
            try:
                text = raw.decode("utf-8-sig")
            except UnicodeDecodeError:
                text = raw.decode("cp1252", errors="replace")
            spaced = plain_text_as_markdown(text)
            if spaced is not None or not html:
                with tempfile.TemporaryDirectory() as folder:
                    copy = Path(folder) / path.name
                    copy.write_text(spaced if spaced is not None else text, encoding="utf-8")
                    html, metadata = reader.read(str(copy))
        html = without_photo_caption(headline_as_heading(html))
    return html, metadata


def plain_text_as_markdown(text: str) -> str | None:
    """A plain-text story as the Markdown that renders it as written, or None
    when it renders as written already. A "#hashtag" that starts a line is
    not a heading. A story saved one paragraph per line, without blank lines
    between them, has blank lines put in (Markdown would run its lines into
    one paragraph), unless it is wrapped at a fixed width, where a line break
    falls inside a sentence and is only a space."""
    lines = text.splitlines()
    # A backtick is text here, not code (AP wire copy opens quotations with ``),
    # and an indented paragraph is indented, not a code block
    escaped = [re.sub(r"^#", r"\\#", line.lstrip()).replace("`", "\\`") for line in lines]
    starts = [k for k, line in enumerate(lines) if k and line[:1] in (" ", "\t") and line.strip()]
    if starts and all(line.strip() for line in lines) and any(line[:1] not in (" ", "\t") for line in lines[1:]):
        # No blank lines, some lines indented and some not: an indented line
        # starts a paragraph and the others continue one (wrapped text)
        for k in reversed(starts):
            escaped.insert(k, "")
        return "\n".join(escaped) + "\n"
    filled = [len(line) for line in lines if line.strip()]
    wrapped = bool(filled) and max(filled) <= 100 and sum(n >= 50 for n in filled) >= 0.6 * len(filled)
    if not wrapped and any(a.strip() and b.strip() for a, b in zip(lines, lines[1:])):
        return "\n\n".join(line for line in escaped if line.strip()) + "\n"
    return "\n".join(escaped) + "\n" if escaped != lines else None


_FIRST_PARAGRAPH = re.compile(r"\A\s*<p>(?P<inner>(?:(?!</?p\b).)*)</p>", re.S)
_TRAILING_MARKS = "\"'\u201d\u2019\u00bb) \t\n"


# "... outside ICE detention center in N.J.": an abbreviation's period, not a sentence's
# "UAW President Shawn Fain: 'This isn't just our fight, it's everybody's fight.'": who, then
# what they said, is a headline's form; the period is the quotation's
_QUOTED_AFTER_COLON = re.compile(r"[A-Za-z]:\s+[\"'\u2018\u201c][^\"\u201c\u201d]{3,}[.!?][\"'\u2019\u201d]\s*\Z")
_ENDS_WITH_INITIALS = re.compile(r"(?:\b[A-Z]\.){2,}\Z")


def headline_as_heading(html: str) -> str:
    """A file without front matter (a story saved as plain text) starts with
    its headline: one line (two when wrapped) of up to 30 words that does not
    end a sentence with a period, followed by the story. It becomes a heading,
    so that its words ("... Bookstore: 'Learn From History'") are not read as
    a quotation."""
    m = _FIRST_PARAGRAPH.match(html)
    if not m or not html[m.end() :].strip() or "<br" in m.group("inner"):
        return html
    text = _plain(m.group("inner"))
    # (a headline wrapped onto two lines at a fixed width is still one headline)
    end = text.rstrip(_TRAILING_MARKS)
    if not text or text.count("\n") > 1 or len(text.split()) > 30 or (
            end.endswith(".") and not _ENDS_WITH_INITIALS.search(end) and not _QUOTED_AFTER_COLON.search(text)):
        return html
    return html[: m.start("inner") - 3] + "<h1>" + m.group("inner") + "</h1>" + html[m.end() :]


_LAST_PARAGRAPH = re.compile(r"<p>(?P<inner>(?:(?!</?p\b).)*)</p>\s*\Z", re.S)
# A photo credit ends a caption: "Kevin Hagen/Getty", "Eric Gay/AP", "Remko de Waal/ANP/AFP via
# Getty Images", "Courtesy of Destiny Ramirez", "(AP Photo/Jane Doe)".
_PHOTO_CREDIT = re.compile(
    r"(?:\b[A-Z][\w.'\u2019-]*(?:\s+[a-zA-Z][\w.'\u2019-]*){0,3}/[A-Z][\w&.' /-]{1,40}|\bvia Getty Images|"
    r"\bCourtesy(?:\s+of)?\s+[A-Z][\w .'\u2019-]{1,60}|\((?:AP|Reuters|AFP) Photo[^)]*\))\s*\.?\s*\Z")


_CAPTION_WORDS = 120  # a longer last paragraph is the story's, whatever its end


def without_photo_caption(html: str) -> str:
    """A story saved as plain text may end with its photo's caption and
    credit ("... Kevin Hagen/Getty"), which is not the story's text: it is
    left out, so that its words are not read as the story's quotations."""
    m = _LAST_PARAGRAPH.search(html)
    if not m or not html[: m.start()].strip() or len(m.group("inner").split()) > _CAPTION_WORDS:
        return html
    return html[: m.start()] if _PHOTO_CREDIT.search(_plain(m.group("inner"))) else html


def _plain(inner_html: str) -> str:
    """A paragraph's text: tags dropped, entities decoded."""
    return unescape(re.sub(r"<[^>]+>", "", inner_html)).strip()


def _print_human(name: str, quotes, selected) -> None:
    statements = [q for q in quotes if q.kind == "statement"]
    slogans = [q for q in quotes if q.kind == "slogan"]
    print(f"{name}: {len(statements)} statement(s), {len(slogans)} slogan(s)")
    for q in quotes:
        star = "*" if any(q is s for s in selected) else " "
        who = q.speaker or f"(unnamed: {q.attribution or 'no source given'})"
        if q.org:
            who += f", {q.org}"
        print(f" {star} [{q.kind}] {who}  #{q.paragraph_id}")
        print(f"     \u201c{q.text}\u201d")
    if quotes:
        print("   * = shown in the sidebar")
    print()


if __name__ == "__main__":
    sys.exit(main())
