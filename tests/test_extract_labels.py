"""The extractor against labelled articles, scored by QUOTES.md's rules."""

import json
from pathlib import Path

import pytest
from conftest import FIXTURES, ROOT, shared_file
from pelican.readers import MarkdownReader
from pelican.settings import read_settings
from scoring import score

from pullquotes.__main__ import render
from pullquotes.extract import extract_quotes, read_article

# Reports with front matter (*.md, also built as a site by other tests) and
# stories saved as plain text (*.txt: headline first, caption last, like the seed).
ARTICLES = sorted([*(FIXTURES / "articles").glob("*.md"), *(FIXTURES / "articles").glob("*.txt")])
SEED = ROOT / "content/articles/2019-08-11-jews-against-ice-occupy-amazon-bookstore.md"


@pytest.fixture(scope="module")
def reader():
    return MarkdownReader(read_settings(str(ROOT / "pelicanconf.py")))


def predictions(reader, paths):
    """What `python -m pullquotes --json` prints for these files."""
    out = {}
    for path in paths:
        html, _ = render(reader, path)
        out[Path(path).stem] = [q.as_record() for q in read_article(html).quotes]
    return out


def test_fixture_set_is_big_enough_and_covers_every_shape():
    labels = json.loads((FIXTURES / "labels.json").read_text(encoding="utf-8"))
    assert len(ARTICLES) >= 12
    assert {p.stem for p in ARTICLES} == set(labels)
    kinds = {q["kind"] for qs in labels.values() for q in qs}
    assert kinds == {"statement", "slogan"}


def test_seed_story_reproduces_its_labels_exactly(reader):
    labels = json.loads(shared_file("seed", "seed_labels.json").read_text(encoding="utf-8"))
    html, _ = reader.read(str(SEED))
    report: list[str] = []
    result = score({"seed": labels["seed"]}, {"seed": [q.as_record() for q in extract_quotes(html)]}, report)
    assert (result.f1, result.speaker_accuracy, result.slogan_recall) == (1.0, 1.0, 1.0), report


def test_own_labelled_articles_score_above_the_bar(reader):
    labels = json.loads((FIXTURES / "labels.json").read_text(encoding="utf-8"))
    report: list[str] = []
    result = score(labels, predictions(reader, ARTICLES), report)
    assert result.f1 >= 0.95, report
    assert result.speaker_accuracy >= 0.95, report
    assert result.slogan_recall >= 0.95, report
    # Known misses stay labelled as they should be (README: "How well").
    assert result.kind_ok >= 0.99 * result.matched, report


def test_every_quotation_is_word_for_word_in_its_article(reader):
    from bs4 import BeautifulSoup

    for path in [SEED, *ARTICLES]:
        html, _ = render(reader, path)
        # The reader's view of the article, taken by another parser than the plugin's.
        text = " ".join(BeautifulSoup(html, "lxml").get_text(" ").split())
        for quote in read_article(html).quotes:
            assert quote.text == " ".join(quote.parts)
            for part in quote.parts:
                assert " ".join(part.split()) in text, (path.name, part)
