"""The foundation: the seed story as a built site, checked in its real HTML."""

import re

from conftest import ROOT, build_site, shared_file
from sitecheck import broken_internal_references, is_external, references

ARTICLE = "2019/08/jews-against-ice-occupy-amazon-bookstore/index.html"


def fold(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def seed_paragraphs():
    text = shared_file("seed", "000_3ef628bc7d8abaa3.txt").read_text(encoding="utf-8")
    return [fold(p) for p in re.split(r"\n\s*\n", text) if p.strip()]


def test_build_logs_no_warnings_or_errors(site):
    assert site.problems == []


def test_article_holds_every_paragraph_of_the_seed_word_for_word(site):
    soup = site.html(ARTICLE)
    body = fold(soup.select_one(".report-body").get_text(" "))
    title, *paragraphs, photo = seed_paragraphs()
    assert fold(soup.h1.get_text()) == title
    for paragraph in paragraphs:
        assert paragraph in body, paragraph[:60]
    # The last paragraph is the photo caption: a title line, the caption, a credit.
    note = fold(soup.select_one(".photo-note").get_text(" "))
    photo_title = "ICE Protest outside Amazon"
    credit = "Kevin Hagen/Getty"
    assert photo.startswith(photo_title + " ") and photo.endswith(" " + credit)
    caption = photo[len(photo_title) + 1 : -len(credit) - 1]
    for piece in (photo_title, caption, credit):
        assert piece in note


def test_photo_note_is_apart_from_the_body_and_has_no_image(site):
    soup = site.html(ARTICLE)
    assert "Kevin Hagen/Getty" not in soup.select_one(".report-body").get_text()
    assert soup.select_one(".photo-note img") is None


def test_embedded_post_is_a_blockquote_with_its_source_named(site):
    figure = site.html(ARTICLE).select_one(".report-body figure.embedded-post")
    assert figure.blockquote.get_text().strip().startswith("HAPPENING NOW: #JewsAgainstICE")
    assert "organizers" in figure.figcaption.get_text()
    assert figure.find(["iframe", "script"]) is None


def test_every_quotation_of_the_seed_is_in_the_article(site):
    import json

    labels = json.loads(shared_file("seed", "seed_labels.json").read_text(encoding="utf-8"))
    body = fold(site.html(ARTICLE).select_one(".report-body").get_text(" "))
    for quote in labels["seed"]:
        for part in quote.get("parts") or [quote["text"]]:
            assert fold(part) in body


def test_article_metadata_is_on_the_page(site):
    soup = site.html(ARTICLE)
    time = soup.select_one(".report-meta time")
    assert time["datetime"].startswith("2019-08-11")
    meta = soup.select_one(".report-meta").get_text(" ")
    assert "Manhattan, New York" in meta and "Newsweek" in meta
    tags = [a.get_text() for a in soup.select(".report-footer a[rel=tag]")]
    assert "#JewsAgainstICE" in tags and "Tisha B'Av" in tags


def test_semantic_landmarks(site):
    soup = site.html(ARTICLE)
    assert soup.html["lang"] == "en"
    skip = soup.body.find("a")
    assert skip["href"] == "#main" and soup.find(id="main").name == "main"
    for tag in ("header", "nav", "main", "article", "footer"):
        assert soup.find(tag) is not None, tag
    assert [s.get("type") for s in soup.find_all("script")] == ["application/ld+json"]


def test_index_links_to_the_article(site):
    links = [a["href"] for a in site.html("index.html").select("main a[href]")]
    assert any(h.rstrip("/").endswith("2019/08/jews-against-ice-occupy-amazon-bookstore") for h in links)


def test_listing_pages_exist(site):
    for rel in ("archives/index.html", "tags/index.html", "categories/index.html",
                "tag/jewsagainstice/index.html", "category/protests/index.html",
                "about/index.html", "404.html"):
        assert (site.output / rel).is_file(), rel


def test_a_preview_has_no_sitemap_and_a_publish_build_has_one(tmp_path):
    # A sitemap's URLs must be absolute; a preview's are relative. The publish
    # build goes first: pelican-sitemap, once loaded, stays connected.
    published = build_site(tmp_path / "published", "publishconf.py", SITEURL="https://news.example.org")
    preview = build_site(tmp_path / "preview")
    assert (published.output / "sitemap.xml").is_file()
    assert not (preview.output / "sitemap.xml").exists()


def test_every_internal_reference_resolves(site):
    assert broken_internal_references(site.output) == []


def test_nothing_is_loaded_from_another_host(site):
    """Only plain <a href> links may point elsewhere (sources named in text)."""
    offenders = [
        str(ref) for ref in references(site.output)
        if is_external(ref, "") and not (ref.tag == "a" and ref.attr == "href")
    ]
    assert offenders == []


def test_no_published_page_has_javascript(site):
    for page in site.pages():
        html = page.read_text(encoding="utf-8")
        assert "<script" not in html.replace('<script type="application/ld+json"', ""), page
        assert not re.search(r"\son[a-z]+=", html), page


def test_theme_has_no_web_fonts_or_remote_imports():
    css = (ROOT / "theme/static/css/placard.css").read_text(encoding="utf-8")
    assert "@font-face" not in css and "@import" not in css
    assert not re.search(r"url\(\s*['\"]?(https?:)?//", css)


def test_publish_build_succeeds(published_site):
    assert published_site.problems == []
    assert (published_site.output / ARTICLE).is_file()
    assert broken_internal_references(published_site.output, "https://example.github.io/placard") == []
