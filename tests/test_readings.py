"""The worker's reading of an article is used only while the article is what
the worker read; otherwise, and for an article that comes back from Pelican's
cache with ids in it, the ids a reading added come out and the article is read
again, as a first reading would read it."""

from types import SimpleNamespace

from pullquotes.extract import read_article
from pullquotes.overrides import Overrides
from pullquotes.site import _Read, _read, _Run

HTML = """<p id="mine">"We will stay until they listen," said Jane Roe, an organizer.</p>
<p>The march went on for hours.</p>
<p>"Nobody wants to be arrested," Roe said.</p>"""


def _run(tmp_path, cache: bool = False) -> _Run:
    return _Run({"PULLQUOTES": {"workers": 0}, "CACHE_PATH": str(tmp_path),
                 "CACHE_CONTENT": cache, "LOAD_CONTENT_CACHE": cache})


def _reading(html: str) -> _Read:
    reading = read_article(html, Overrides(), id_prefix="quote-p")
    return _Read(reading.quotes, reading.html, reading.added_ids)


def _given(run: _Run, reading: _Read) -> SimpleNamespace:
    """An article that was given a reading's HTML, as take_finished does."""
    article = SimpleNamespace(_content=reading.html, _pullquotes_ids=reading.added_ids, metadata={})
    run.readings[id(article)] = (Overrides(), reading)
    return article


def test_the_workers_reading_is_used_while_the_article_is_what_it_read(tmp_path):
    run = _run(tmp_path)
    fresh = _reading(HTML)
    assert fresh.added_ids == ["quote-p3"]  # the first paragraph's id is the author's
    assert _read(_given(run, fresh), Overrides(), run) is fresh


def test_an_article_changed_after_the_worker_read_it_is_read_again(tmp_path):
    run = _run(tmp_path)
    article = _given(run, _reading(HTML))
    article._content = article._content.replace("Roe", "Doe")
    read = _read(article, Overrides(), run)
    assert [q.speaker for q in read.quotes] == ["Jane Doe", "Jane Doe"]
    assert read.html == read_article(HTML.replace("Roe", "Doe"), Overrides(), id_prefix="quote-p").html


def test_other_overrides_mean_another_reading(tmp_path):
    run = _run(tmp_path)
    article = _given(run, _reading(HTML))
    read = _read(article, Overrides(exclude=("Nobody wants",)), run)
    assert [q.text for q in read.quotes] == ["We will stay until they listen,"]
    assert 'id="quote-p3"' not in read.html and 'id="mine"' in read.html


def test_a_cached_article_with_ids_an_older_reading_added_reads_as_new(tmp_path):
    """Pelican's cache keeps the HTML with ids; if the code that added them has
    changed, the article must not keep ids today's reading would not add."""
    run = _run(tmp_path)
    older = _reading(HTML)
    stale_html = older.html.replace("<p>The march", '<p id="quote-p2">The march')
    article = SimpleNamespace(_content=stale_html, _pullquotes_ids=[*older.added_ids, "quote-p2"], metadata={})
    read = _read(article, Overrides(), run)
    fresh = read_article(HTML, Overrides(), id_prefix="quote-p")
    assert read.html == fresh.html
    assert 'id="mine"' in read.html and 'id="quote-p2"' not in read.html
    assert [q.as_record() for q in read.quotes] == [q.as_record() for q in fresh.quotes]


def test_the_result_cache_finds_an_article_by_the_html_it_comes_back_with(tmp_path):
    first = _run(tmp_path, cache=True)
    fresh = _reading(HTML)
    _read(_given(first, fresh), Overrides(), first)
    assert (first.cache.folder / first.key(fresh.html, Overrides())).is_file()
    # The next run: the article comes back from Pelican's cache with ids in it.
    again = _run(tmp_path, cache=True)
    article = SimpleNamespace(_content=fresh.html, _pullquotes_ids=fresh.added_ids, metadata={})
    read = _read(article, Overrides(), again)
    assert read.html == fresh.html and read.added_ids == ["quote-p3"]
    assert [q.as_record() for q in read.quotes] == [q.as_record() for q in fresh.quotes]
