"""What readers see of the extractor: widgets, /quotes/, /signs/, quotes.json,
JSON-LD and share cards, checked in a real build of the seed and fixtures."""

import json
import re
import shutil
import subprocess
import sys
from collections import Counter

import jsonschema
import pytest
from bs4 import BeautifulSoup
from conftest import FIXTURES, ROOT, build_site
from PIL import Image

SEED = "2019/08/jews-against-ice-occupy-amazon-bookstore/index.html"
SCHEMA = json.loads((ROOT / "plugins/pullquotes/quotes.schema.json").read_text(encoding="utf-8"))

HOSTILE = """Title: Hostile quote test
Date: 2025-02-02 10:00
Category: Protests
Tags: Test
Location: Testville
Summary: An article whose quotations hold markup and template syntax.

Jane Roe, an organizer with Never Again Action, said: “We will not be silenced by anyone who writes &lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt; or {{ 7*7 }} on our doors.”

Protesters carried signs reading 'Say "no" to {{ cages }} &lt;/script&gt;'.
"""


@pytest.fixture(scope="module")
def big_site(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("quotes")
    content = tmp / "content"
    shutil.copytree(ROOT / "content", content)
    for article in (FIXTURES / "articles").glob("*.md"):
        shutil.copy(article, content / "articles" / article.name)
    (content / "articles" / "hostile.md").write_text(HOSTILE, encoding="utf-8")
    return build_site(tmp / "output", content=content, PULLQUOTES={"share_cards": True})


def quotes_data(site):
    data = json.loads((site.output / "quotes.json").read_text(encoding="utf-8"))
    jsonschema.validate(data, SCHEMA)
    return data


def test_build_is_clean(big_site):
    assert big_site.problems == []


def test_quotes_json_validates_and_holds_every_quotation(big_site):
    data = quotes_data(big_site)
    assert data["version"] == 1
    # Only the fixtures with front matter are built as pages (*.txt are plain-text
    # stories): the site holds what the extractor finds in each, no more, no less.
    found = json.loads(subprocess.run(
        [sys.executable, "-m", "pullquotes", "--json", *map(str, sorted((FIXTURES / "articles").glob("*.md")))],
        cwd=ROOT, capture_output=True, text=True, check=True, env={"PYTHONPATH": "plugins", "PATH": "/usr/bin"}).stdout)
    assert len(data["quotations"]) == 11 + sum(map(len, found.values())) + 2  # seed, fixtures, hostile.md
    seed = [q for q in data["quotations"] if q["article"]["url"].endswith("jews-against-ice-occupy-amazon-bookstore/")]
    assert len(seed) == 11
    assert all(q["url"].endswith("#" + q["anchor"]) for q in data["quotations"])


def test_absolute_urls_in_quotes_json_when_siteurl_is_set(published_site):
    data = quotes_data(published_site)
    assert data["site_url"] == "https://example.github.io/placard"
    assert all(q["url"].startswith("https://example.github.io/placard/") for q in data["quotations"])


def test_widget_links_resolve_to_ids_on_the_article_page(big_site):
    for page in big_site.output.glob("20*/**/index.html"):
        soup = BeautifulSoup(page.read_text(encoding="utf-8"), "lxml")
        ids = {el["id"] for el in soup.find_all(id=True)}
        for a in soup.select("aside a[href^='#']"):
            assert a["href"][1:] in ids, (page, a["href"])


def test_widgets_render_nothing_when_empty(tmp_path):
    from conftest import make_content

    content = make_content(tmp_path, {"plain.md": "Title: Plain\nDate: 2025-01-01\nCategory: X\nTags: Y\nLocation: Z\nSummary: S.\n\nNo quotations here at all.\n"})
    soup = build_site(tmp_path / "out", content=content).html("2025/01/plain/index.html")
    assert soup.find("aside") is None
    assert soup.select(".widget") == []


def test_widgets_have_headings_and_accessible_names(big_site):
    soup = big_site.html(SEED)
    for widget in soup.select("aside .widget"):
        heading = widget.find("h2")
        assert heading and widget["aria-labelledby"] == heading["id"]
    said = soup.select(".widget--pullquotes figure")
    assert said and all(fig.blockquote["aria-hidden"] == "true" for fig in said)
    assert not soup.select("aside a[aria-hidden]")
    signs = [li.contents[0].strip() for li in soup.select(".widget--slogans li")]
    assert signs == ["Learn from history,", "Never again is now,"]


def test_unnamed_speaker_is_credited_as_the_article_describes_them(tmp_path):
    from conftest import make_content

    text = ("Title: Unnamed\nDate: 2025-01-01\nCategory: X\nTags: Y\nLocation: Z\nSummary: S.\n\n"
            '"We were here before the police arrived and we will be here after they leave," a protester\'s livestream shows one woman saying.\n\n'
            '"Nobody told us the bridge would be closed to people walking home from work," the person filming the video states.\n')
    soup = build_site(tmp_path / "out", content=make_content(tmp_path, {"u.md": text})).html("2025/01/unnamed/index.html")
    credits = [s.get_text(strip=True) for s in soup.select(".widget--pullquotes .speaker")]
    assert "The person filming the video" in credits


def test_quotes_page_lists_every_statement_once_grouped_by_speaker(big_site):
    data = quotes_data(big_site)
    statements = [q for q in data["quotations"] if q["kind"] == "statement"]
    soup = big_site.html("quotes/index.html")
    shown = [" ".join(bq.get_text().strip("“”").split(" … ")) for bq in soup.select("main blockquote")]
    assert sorted(shown) == sorted(q["text"] for q in statements)
    counts = [int(re.search(r"\((\d+)\)", h.get_text()).group(1)) for h in soup.select(".speaker-group h2")]
    named = counts[:-1]  # the last group holds the unnamed sources
    assert named == sorted(named, reverse=True)
    # the most quoted named source comes first (whoever that is in the fixtures of the day)
    per_speaker = Counter(q["speaker"] for q in statements if q["speaker"])
    most = max(per_speaker.values())
    first = soup.select(".speaker-group h2")[0].get_text()
    assert any(first.startswith(f"{name} ({most})") for name, n in per_speaker.items() if n == most)


def test_signs_page_lists_every_slogan_once(big_site):
    data = quotes_data(big_site)
    slogans = sorted(q["text"] for q in data["quotations"] if q["kind"] == "slogan")
    soup = big_site.html("signs/index.html")
    shown = sorted(li.contents[0].strip() for li in soup.select(".sign-wall li"))
    assert shown == slogans
    for li in soup.select(".sign-wall li"):
        assert li.find("a") and li.find("time")


def test_quotes_and_signs_are_in_the_navigation(big_site):
    nav = [a["href"] for a in big_site.html(SEED).select("nav a")]
    assert "../../../quotes/" in nav and "../../../signs/" in nav


def test_json_ld_parses_and_describes_the_article(big_site):
    html = (big_site.output / SEED).read_text(encoding="utf-8")
    blocks = re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    assert len(blocks) == 1
    data = json.loads(blocks[0])
    assert data["@type"] == "NewsArticle" and data["headline"].startswith("#JewsAgainstICE")
    assert data["datePublished"].startswith("2019-08-11") and data["publisher"]["name"] == "Placard"
    assert "Amazon" in data["keywords"]
    quotations = data["hasPart"]
    assert quotations and all(q["@type"] == "Quotation" and q["isPartOf"]["@id"] == data["@id"] for q in quotations)
    assert {q["creator"]["@type"] for q in quotations if "creator" in q} <= {"Person", "Organization"}


def test_hostile_quotation_is_text_everywhere(big_site):
    page = (big_site.output / "2025/02/hostile-quote-test/index.html").read_text(encoding="utf-8")
    soup = BeautifulSoup(page, "lxml")
    scripts = soup.find_all("script")
    assert [s.get("type") for s in scripts] == ["application/ld+json"]
    data = json.loads(scripts[0].string)
    assert any("</script><script>alert(1)</script>" in q["text"] for q in data["hasPart"])
    assert "alert(1)</script>" not in scripts[0].string
    said = soup.select_one(".widget--pullquotes blockquote").get_text()
    assert "<script>alert(1)</script>" in said and "{{ 7*7 }}" in said and "49" not in said
    sign = soup.select_one(".widget--slogans li").contents[0]
    assert 'Say "no" to {{ cages }} </script>' in sign
    for rel in ("quotes/index.html", "signs/index.html", "quotes/hostile-quote-test/1/index.html"):
        other = BeautifulSoup((big_site.output / rel).read_text(encoding="utf-8"), "lxml")
        assert [s.get("type") for s in other.find_all("script")] in ([], ["application/ld+json"])
    data = quotes_data(big_site)
    assert any("{{ 7*7 }}" in q["text"] for q in data["quotations"])


def test_share_card_pages_and_images(big_site):
    soup = big_site.html(SEED)
    pngs = sorted((big_site.output / "quotes").rglob("card.png")) + sorted((big_site.output / "cards").glob("*.png"))
    assert len(pngs) > 40
    for png in pngs:
        with Image.open(png) as im:
            assert im.size == (1200, 630)
            colours = im.convert("L").getcolors(maxcolors=256 * 256)
            assert colours is None or len(colours) > 8, png  # text was drawn
    share = [a["href"] for a in soup.select(".widget--pullquotes a") if a.get_text().startswith("Share")]
    assert len(share) == len(soup.select(".widget--pullquotes figure"))
    card = big_site.html("quotes/jews-against-ice-occupy-amazon-bookstore/1/index.html")
    assert card.find("meta", property="og:title") and card.find("meta", attrs={"name": "twitter:card"})


def test_published_pages_carry_absolute_og_images(published_site):
    soup = published_site.html(SEED)
    image = soup.find("meta", property="og:image")["content"]
    assert image == "https://example.github.io/placard/cards/jews-against-ice-occupy-amazon-bookstore.png"
    assert (published_site.output / "cards/jews-against-ice-occupy-amazon-bookstore.png").is_file()
    card = published_site.html("quotes/jews-against-ice-occupy-amazon-bookstore/1/index.html")
    assert card.find("meta", property="og:image")["content"].endswith("/quotes/jews-against-ice-occupy-amazon-bookstore/1/card.png")


def test_long_text_is_shortened_at_a_word_with_an_ellipsis():
    from pullquotes.cards import HEIGHT, MARGIN, WIDTH, fit, font

    text = "We will keep coming back here every single week " * 30
    size, lines = fit(text, WIDTH - 2 * MARGIN, HEIGHT - 2 * MARGIN - 110)
    assert lines[-1].endswith("\u2026")
    words = set(text.split())
    for line in lines:
        assert font(size).getlength(line) <= WIDTH - 2 * MARGIN
        for word in line.rstrip("\u2026").split():
            assert word in words  # whole words only
