"""The quote pages' child process: its work lands, its failures come back."""

import os

import pytest
from conftest import build_site

from pullquotes.forked import ForkedJob, ForkedJobError, can_fork
from pullquotes.pages import QuotePagesError, QuotePagesGenerator

pytestmark = pytest.mark.skipif(not can_fork(), reason="the child is forked: Linux only")


def test_the_child_does_its_work_and_is_reaped(tmp_path):
    target = tmp_path / "written.txt"
    job = ForkedJob(lambda: target.write_text("from the child"))
    job.wait()
    assert target.read_text() == "from the child"
    with pytest.raises(ChildProcessError):
        os.waitpid(job.pid, os.WNOHANG)  # already reaped: no zombie left
    job.wait()  # a second wait is harmless


def test_a_failure_in_the_child_is_raised_with_its_traceback():
    def fail():
        raise ValueError("the template broke")

    job = ForkedJob(fail)
    with pytest.raises(ForkedJobError, match=r"ValueError: the template broke"):
        job.wait()


def test_a_child_that_dies_without_a_traceback_is_reported():
    job = ForkedJob(lambda: os._exit(3))
    with pytest.raises(ForkedJobError, match="status 3"):
        job.wait()


def test_a_site_whose_quote_pages_fail_in_the_child_fails_the_build(tmp_path, monkeypatch):
    def broken(self):
        raise RuntimeError("quotes.html could not be rendered")

    monkeypatch.setattr(QuotePagesGenerator, "render_long_pages", broken)
    output = tmp_path / "out"
    with pytest.raises(QuotePagesError) as caught:
        build_site(output, PULLQUOTES={"workers": 1, "share_cards": False})
    message = str(caught.value)
    assert str(output) in message and "RuntimeError: quotes.html could not be rendered" in message


def test_the_pages_are_the_same_whether_a_child_renders_them_or_not(tmp_path):
    options = {"share_cards": False}
    forked = build_site(tmp_path / "forked", PULLQUOTES={**options, "workers": 1}).output
    here = build_site(tmp_path / "here", PULLQUOTES={**options, "workers": 0}).output
    for name in ("quotes/index.html", "signs/index.html", "quotes.json"):
        assert (forked / name).read_bytes() == (here / name).read_bytes(), name


def test_a_site_with_more_quotations_than_the_limit_renders_its_pages_in_process(tmp_path, monkeypatch):
    """The child's copy-on-write memory grows with the quotations; past the
    limit the build process renders the pages itself, with the same result."""
    from pullquotes import site

    started = []
    monkeypatch.setattr(site, "FORK_PAGES_MAX_QUOTES", 0)
    monkeypatch.setattr(QuotePagesGenerator, "render_long_pages",
                        lambda self, _orig=QuotePagesGenerator.render_long_pages: (started.append(os.getpid()), _orig(self)))
    output = build_site(tmp_path / "out", PULLQUOTES={"workers": 1, "share_cards": False}).output
    assert started == [os.getpid()]  # rendered here, not in a child
    assert "What they said" in (output / "quotes" / "index.html").read_text(encoding="utf-8")
