"""A reading kept on an article is reused only while it still holds; when the
article or the code changed, the article is read again without the ids that
reading added, and comes out as a first reading would."""

from types import SimpleNamespace

from pullquotes.extract import read_article
from pullquotes.overrides import Overrides
from pullquotes.site import _Read, _read, _Run

HTML = """<p id="mine">"We will stay until they listen," said Jane Roe, an organizer.</p>
<p>The march went on for hours.</p>
<p>"Nobody wants to be arrested," Roe said.</p>"""


def _run(tmp_path) -> _Run:
    return _Run({"PULLQUOTES": {"workers": 0}, "CACHE_PATH": str(tmp_path), "CACHE_CONTENT": False})


def _article(html: str, kept: _Read | None = None) -> SimpleNamespace:
    article = SimpleNamespace(_content=html, metadata={})
    if kept is not None:
        article._pullquotes_read = kept
    return article


def _kept(run: _Run, html: str, stamp=None) -> _Read:
    reading = read_article(html, Overrides(), id_prefix="quote-p")
    return _Read(stamp or run.stamp(Overrides()), reading.quotes, reading.html, reading.added_ids)


def test_a_reading_that_holds_is_reused_as_it_is(tmp_path):
    run = _run(tmp_path)
    kept = _kept(run, HTML)
    assert kept.added_ids == ["quote-p3"]  # the first paragraph's id is the author's
    assert _read(_article(kept.html, kept), Overrides(), run) is kept


def test_a_reading_by_other_code_is_redone_from_the_original_html(tmp_path):
    run = _run(tmp_path)
    stale = _kept(run, HTML, stamp=("older code", "quote-p", Overrides()))
    # The older reading had put an id where today's would not.
    stale.html = stale.html.replace("<p>The march", '<p id="quote-p2">The march')
    stale.added_ids = [*stale.added_ids, "quote-p2"]
    read = _read(_article(stale.html, stale), Overrides(), run)
    fresh = read_article(HTML, Overrides(), id_prefix="quote-p")
    assert read.html == fresh.html
    assert 'id="mine"' in read.html and 'id="quote-p2"' not in read.html
    assert [q.as_record() for q in read.quotes] == [q.as_record() for q in fresh.quotes]


def test_an_article_changed_after_its_reading_is_read_again(tmp_path):
    run = _run(tmp_path)
    kept = _kept(run, HTML)
    changed = kept.html.replace("Jane Roe", "Jane Doe").replace("Roe said", "Doe said")
    read = _read(_article(changed, kept), Overrides(), run)
    assert [q.speaker for q in read.quotes] == ["Jane Doe", "Jane Doe"]
    assert read.html == read_article(HTML.replace("Roe", "Doe"), Overrides(), id_prefix="quote-p").html


def test_other_overrides_mean_another_reading(tmp_path):
    run = _run(tmp_path)
    kept = _kept(run, HTML)
    read = _read(_article(kept.html, kept), Overrides(exclude=("Nobody wants",)), run)
    assert [q.text for q in read.quotes] == ["We will stay until they listen,"]
