"""The extractor's worker process: same results as the main process, and a
safe fall-back whenever the worker's result cannot be trusted."""

import os
import shutil
import signal
import time

import pytest
from conftest import FIXTURES, ROOT, build_site

from pullquotes import background
from pullquotes.background import BATCH, BackgroundExtraction
from pullquotes.extract import paragraph_texts, read_article
from pullquotes.overrides import Overrides
from pullquotes.site import PullquotesError, settings_of

pytestmark = pytest.mark.skipif(not background.available(), reason="the worker runs on Linux only")

ARTICLE = """<p>"We will stay until they listen to us," said Jane Roe, an organizer with Never Again Action.</p>
<p>Protesters chanted "No more camps" outside the gate, number {n}.</p>
<p>"Nobody here wants to be arrested," Roe said. "But we will be."</p>"""


def _htmls(count: int) -> list[str]:
    return [ARTICLE.format(n=n) for n in range(count)]


def test_worker_results_equal_the_main_process_results():
    htmls = _htmls(BATCH * 2 + 3)
    work = BackgroundExtraction(workers=1)
    try:
        for n, html in enumerate(htmls):
            work.send(n, html, Overrides(), "quote-p")
        taken = [work.take(n, html, Overrides()) for n, html in enumerate(htmls)]
    finally:
        work.close()
    # Two full batches went to the worker; the last partial one never left.
    assert all(result is not None for result in taken[: BATCH * 2])
    assert taken[BATCH * 2 :] == [None] * 3
    for html, (quotes, html_with_ids, added) in zip(htmls, taken[: BATCH * 2]):
        here = read_article(html, Overrides(), id_prefix="quote-p")
        assert [q.as_record() for q in quotes] == [q.as_record() for q in here.quotes]
        assert html_with_ids == here.html
        assert added == here.added_ids == ["quote-p1", "quote-p2", "quote-p3"]
        assert 'id="quote-p1"' in html_with_ids


def test_changed_html_or_overrides_are_never_taken_from_the_worker():
    htmls = _htmls(BATCH)
    work = BackgroundExtraction(workers=1)
    try:
        for n, html in enumerate(htmls):
            work.send(n, html, Overrides(), "quote-p")
        assert work.take(0, htmls[0].replace("Jane Roe", "Jane Doe"), Overrides()) is None
        assert work.take(1, htmls[1], Overrides(exclude=("No more camps",))) is None
        assert work.take(2, htmls[2], Overrides()) is not None
        assert work.take(2, htmls[2], Overrides()) is None  # each result is taken once
    finally:
        work.close()


def test_an_error_in_the_worker_leaves_the_article_to_the_main_process():
    bad = Overrides(featured=("words that are not in the article",))
    work = BackgroundExtraction(workers=1)
    try:
        for n, html in enumerate(_htmls(BATCH)):
            work.send(n, html, bad if n == 3 else Overrides(), "quote-p")
        assert work.take(3, _htmls(BATCH)[3], bad) is None
        assert work.take(4, _htmls(BATCH)[4], Overrides()) is not None
    finally:
        work.close()


def _held_worker(tmp_path, monkeypatch, read_log=None):
    """The forked worker's extractor held until the caller has read one
    article itself; returns the real read_article and the caller's reader
    (which notes each article's index in `read_log`, when given)."""
    from pullquotes import extract

    real = extract.read_article
    gate = tmp_path / "go"

    def gated(*args, **kwargs):
        while not gate.exists():
            time.sleep(0.005)
        return real(*args, **kwargs)

    monkeypatch.setattr(extract, "read_article", gated)

    def read_here(html, overrides, id_prefix):
        if read_log is not None:
            read_log.append(html)
        reading = real(html, overrides, id_prefix=id_prefix)
        gate.touch()
        return reading.quotes, reading.html, reading.added_ids

    return real, gate, read_here


def _assert_read_as_here(real, html, result):
    """`result` is what one process reading `html` makes."""
    quotes, html_with_ids, added = result
    here = real(html, Overrides(), id_prefix="quote-p")
    assert [q.as_record() for q in quotes] == [q.as_record() for q in here.quotes]
    assert (html_with_ids, added) == (here.html, here.added_ids)


def test_rather_than_wait_the_caller_reads_what_the_worker_would_reach_last(tmp_path, monkeypatch):
    """A caller that would wait for the worker reads, itself, the batches the
    worker has not started, from the last one back; every result is the
    same as a reading in the main process, whoever made it."""
    htmls = _htmls(BATCH * 4)
    read_log = []
    real, gate, read_here = _held_worker(tmp_path, monkeypatch, read_log)
    work = BackgroundExtraction(workers=1)
    try:
        for n, html in enumerate(htmls):
            work.send(n, html, Overrides(), "quote-p")
        first = work.take(0, htmls[0], Overrides(), read_here=read_here)
        read_by_caller = [htmls.index(html) for html in read_log]
        # The worker was held, so the caller read at least the last batch, and
        # only whole batches from the end, never the one it waited for.
        assert len(read_by_caller) >= BATCH and len(read_by_caller) % BATCH == 0
        assert sorted(read_by_caller) == list(range(len(htmls) - len(read_by_caller), len(htmls)))
        changed = htmls[-1].replace("Jane Roe", "Jane Doe")
        assert work.take(len(htmls) - 1, changed, Overrides()) is None  # read from other words: not taken
        taken = [first] + [work.take(n, htmls[n], Overrides()) for n in range(1, len(htmls) - 1)]
    finally:
        gate.touch()  # (a failed assertion must not leave the worker held)
        work.close()
    assert all(result is not None for result in taken)
    for html, result in zip(htmls, taken):
        _assert_read_as_here(real, html, result)


def test_what_the_caller_read_ahead_is_handed_on_at_once_and_let_go(tmp_path, monkeypatch):
    """Readings the caller made ahead of their turn come out of `stolen()`,
    once; after that nothing here holds those articles' HTML (a cancelled
    task's arguments would otherwise keep it alive until the worker reached
    its place: on a large site, half the backlog's HTML twice over)."""
    import gc

    htmls = _htmls(BATCH * 12)  # a queue longer than the executor's look-ahead
    real, gate, read_here = _held_worker(tmp_path, monkeypatch)
    work = BackgroundExtraction(workers=1)
    try:
        for n, html in enumerate(htmls):
            work.send(n, html, Overrides(), "quote-p")
        assert work.take(0, htmls[0], Overrides(), read_here=read_here) is not None
        handed = {key: (html, result) for key, html, _, result in work.stolen()}
        assert len(handed) >= BATCH and list(work.stolen()) == []
        for key, (html, result) in handed.items():
            assert html is htmls[key]
            _assert_read_as_here(real, html, result)
            assert work.take(key, htmls[key], Overrides()) is None  # given once
        del html, result, handed
        gc.collect()
        holders = [r for key in range(BATCH * 11, BATCH * 12) for r in gc.get_referrers(htmls[key]) if r is not htmls]
        assert holders == []
    finally:
        gate.touch()
        work.close()


def test_a_dead_worker_is_noticed_and_nothing_is_taken_from_it(caplog):
    work = BackgroundExtraction(workers=1)
    try:
        for n, html in enumerate(_htmls(BATCH)):
            work.send(n, html, Overrides(), "quote-p")
        for pid in list(work._executor._processes):
            os.kill(pid, signal.SIGKILL)
        results = [work.take(n, html, Overrides()) for n, html in enumerate(_htmls(BATCH))]
        # Killed before or after it finished: either every result is whole, or
        # none is taken and the failure is said once.
        if any(r is None for r in results):
            assert all(r is None for r in results)
            assert "background worker stopped" in caplog.text
    finally:
        work.close()


def test_workers_setting_is_checked():
    assert settings_of({"PULLQUOTES": {"workers": 0}})["workers"] == 0
    assert settings_of({})["workers"] in (0, 1)
    for bad in ("2", -1, True, 1.5):
        with pytest.raises(PullquotesError, match="workers"):
            settings_of({"PULLQUOTES": {"workers": bad}})


def _content_with_fixtures(tmp_path):
    content = tmp_path / "content"
    shutil.copytree(ROOT / "content", content)
    for path in sorted((FIXTURES / "articles").glob("*.md")):
        shutil.copy(path, content / "articles" / path.name)
    return content


def test_a_site_built_with_the_worker_equals_one_built_without(tmp_path):
    """Every file of the site, byte for byte, whichever process read the quotes."""
    content = _content_with_fixtures(tmp_path)
    assert len(list((content / "articles").glob("*.md"))) > 2 * BATCH
    options = {"share_cards": False}
    with_worker = build_site(tmp_path / "with", content=content, PULLQUOTES={**options, "workers": 1})
    without = build_site(tmp_path / "without", content=content, PULLQUOTES={**options, "workers": 0})
    assert with_worker.problems == [] and without.problems == []
    files = sorted(p.relative_to(without.output) for p in without.output.rglob("*") if p.is_file())
    assert files == sorted(p.relative_to(with_worker.output) for p in with_worker.output.rglob("*") if p.is_file())
    for rel in files:
        assert (with_worker.output / rel).read_bytes() == (without.output / rel).read_bytes(), rel
    seed = (with_worker.output / "2019/08/jews-against-ice-occupy-amazon-bookstore/index.html").read_text()
    assert 'id="quote-p' in seed
    assert paragraph_texts(seed)  # the page parses and has paragraphs


def _slow_worker(monkeypatch):
    """The extractor made slower than Pelican's reading (as it is on a large
    site), so that reading ends with a backlog; the forked worker inherits it.
    Returns the keys BackgroundExtraction.reorder was given, one list per call."""
    from pullquotes import extract

    real = extract.read_article

    def slow(*args, **kwargs):
        time.sleep(0.01)
        return real(*args, **kwargs)

    monkeypatch.setattr(extract, "read_article", slow)
    reordered = []
    real_reorder = BackgroundExtraction.reorder

    def spy(self, keys, *args, **kwargs):
        reordered.append(list(keys))
        return real_reorder(self, keys, *args, **kwargs)

    monkeypatch.setattr(BackgroundExtraction, "reorder", spy)
    return reordered


def test_articles_the_worker_has_not_read_wait_until_they_are_written(tmp_path, monkeypatch):
    """Reading ends with a backlog: those articles get their quotes as Pelican
    writes each one, in the order it writes them, and the site is the same
    byte for byte as one built without the worker."""
    content = _content_with_fixtures(tmp_path)
    options = {"share_cards": False}
    without = build_site(tmp_path / "without", content=content, PULLQUOTES={**options, "workers": 0})
    reordered = _slow_worker(monkeypatch)
    deferred = build_site(tmp_path / "with", content=content, PULLQUOTES={**options, "workers": 1})
    assert deferred.problems == [] and without.problems == []
    assert reordered and len(reordered[0]) > 2 * BATCH  # the backlog was deferred
    files = sorted(p.relative_to(without.output) for p in without.output.rglob("*") if p.is_file())
    assert files == sorted(p.relative_to(deferred.output) for p in deferred.output.rglob("*") if p.is_file())
    for rel in files:
        assert (deferred.output / rel).read_bytes() == (without.output / rel).read_bytes(), rel


def test_a_site_with_feeds_reads_every_article_before_writing(tmp_path, monkeypatch):
    """Feeds are written before the articles, from their HTML: nothing waits."""
    content = _content_with_fixtures(tmp_path)
    reordered = _slow_worker(monkeypatch)
    site = build_site(tmp_path / "output", content=content, FEED_ALL_ATOM="feeds/all.atom.xml",
                      PULLQUOTES={"share_cards": False, "workers": 1})
    assert site.problems == [] and reordered == []
    assert 'id="quote-p' in (site.output / "feeds/all.atom.xml").read_text(encoding="utf-8")


def test_a_bad_override_fails_the_build_with_the_worker_too(tmp_path):
    content = _content_with_fixtures(tmp_path)
    target = content / "articles" / "05-html-entities.md"
    text = target.read_text(encoding="utf-8")
    head, body = text.split("\n\n", 1)
    target.write_text(head + "\nQuote_exclude: words nobody wrote\n\n" + body, encoding="utf-8")
    with pytest.raises(PullquotesError) as raised:
        build_site(tmp_path / "output", content=content, PULLQUOTES={"share_cards": False, "workers": 1})
    assert "05-html-entities.md" in str(raised.value)
    assert "words nobody wrote" in str(raised.value)


def test_a_cached_rebuild_with_the_worker_equals_a_clean_build(tmp_path):
    """Readings the worker made travel in Pelican's content cache: a rebuild
    after an edit reuses them and still matches a clean build byte for byte."""
    content = _content_with_fixtures(tmp_path)
    options = {"PULLQUOTES": {"share_cards": False, "workers": 1}}
    warm = dict(CACHE_PATH=str(tmp_path / "cache"), CACHE_CONTENT=True, LOAD_CONTENT_CACHE=True, **options)
    build_site(tmp_path / "first", content=content, **warm)
    # Every article's reading is kept for the next run, the worker's included.
    kept = [p for p in (tmp_path / "cache" / "pullquotes").rglob("*") if p.is_file()]
    assert len(kept) == len(list((content / "articles").glob("*.md")))
    edited = content / "articles" / "13-short-names-titles.md"
    edited.write_text(edited.read_text().replace('"Kids over profits"', '"Kids before profits"'), encoding="utf-8")
    rebuilt = build_site(tmp_path / "second", content=content, **warm)
    clean = build_site(tmp_path / "clean", content=content, **options)
    assert rebuilt.problems == [] and clean.problems == []
    for page in sorted(clean.output.rglob("*.html")):
        rel = page.relative_to(clean.output)
        assert (rebuilt.output / rel).read_bytes() == page.read_bytes(), rel
    assert "Kids before profits" in (rebuilt.output / "signs/index.html").read_text()
