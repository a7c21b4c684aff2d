"""Adding articles: the scaffold, the front-matter contract and its messages,
drafts, and photos stripped of metadata."""

import hashlib
import io
import shutil
import subprocess
import sys

import pytest
from conftest import project_copy, run_build
from PIL import Image

SEED = "output/2019/08/jews-against-ice-occupy-amazon-bookstore/index.html"

GOOD = """Title: A good report
Date: 2025-03-01 10:00
Category: Protests
Tags: Test
Location: Springfield
Summary: A report that passes every check.
{extra}

"We came here to be heard, and we will keep coming back," said Jane Roe, an organizer with Never Again Action.
"""


@pytest.fixture(scope="module")
def built_project(tmp_path_factory):
    """A project copy with one successful build, copied afresh for each test."""
    project = project_copy(tmp_path_factory.mktemp("base") / "project")
    result = run_build(project)
    assert result.returncode == 0, result.stderr
    return project


@pytest.fixture
def project(built_project, tmp_path):
    copy = tmp_path / "project"
    shutil.copytree(built_project, copy, symlinks=True)
    return copy


def fails_cleanly(project, *needles):
    """Build; assert it failed, named every needle, and left output/ as it was."""
    before = (project / SEED).read_bytes()
    listing = sorted(p.relative_to(project / "output") for p in (project / "output").rglob("*"))
    result = run_build(project)
    message = result.stderr + result.stdout
    assert result.returncode != 0, message
    for needle in needles:
        assert needle in message, (needle, message)
    assert (project / SEED).read_bytes() == before
    assert sorted(p.relative_to(project / "output") for p in (project / "output").rglob("*")) == listing
    return message


def write(project, name, text):
    (project / "content/articles" / name).write_text(text, encoding="utf-8")


def test_missing_required_field(project):
    write(project, "bad.md", GOOD.format(extra="").replace("Location: Springfield\n", ""))
    fails_cleanly(project, "content/articles/bad.md", "missing required field 'Location:'")


def test_unparseable_date(project):
    write(project, "bad.md", GOOD.format(extra="").replace("2025-03-01 10:00", "last Tuesday-ish"))
    fails_cleanly(project, "content/articles/bad.md:2:", "cannot read 'last Tuesday-ish' as a date")


def test_future_date(project):
    write(project, "bad.md", GOOD.format(extra="").replace("2025-03-01 10:00", "2099-01-01"))
    fails_cleanly(project, "content/articles/bad.md:2:", "2099-01-01 is in the future")


def test_unknown_field_suggests_the_closest(project):
    write(project, "bad.md", GOOD.format(extra="Loaction: Springfield"))
    fails_cleanly(project, "content/articles/bad.md:7:", "unknown field 'Loaction'; did you mean 'Location'?")


def test_missing_image(project):
    write(project, "bad.md", GOOD.format(extra="Image: images/nope.jpg\nImage_alt: A crowd.\nImage_credit: Sam Poe"))
    fails_cleanly(project, "content/articles/bad.md:7:", "Image: images/nope.jpg does not exist")


def _photo(project, name="images/crowd.jpg"):
    path = project / "content" / name
    path.parent.mkdir(parents=True, exist_ok=True)
    image = Image.new("RGB", (2000, 1200), (180, 40, 40))
    exif = Image.Exif()
    exif[0x010F] = "Google"       # Make
    exif[0x0110] = "Pixel 9 Pro"  # Model
    exif[0x0132] = "2025:03:01 10:03:00"  # DateTime
    gps = exif.get_ifd(0x8825)
    gps[1], gps[2], gps[3], gps[4] = "N", (40.0, 44.0, 55.0), "W", (73.0, 59.0, 11.0)
    xmp = b'<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF><rdf:Description exif:GPSLatitude="40,44N"/></rdf:RDF></x:xmpmeta>'
    image.save(path, exif=exif.tobytes(), xmp=xmp, comment=b"shot by Jane's phone")
    return path


def test_image_without_alt_or_credit(project):
    _photo(project)
    write(project, "bad.md", GOOD.format(extra="Image: images/crowd.jpg"))
    fails_cleanly(project, "content/articles/bad.md:7:", "needs 'Image_alt:'", "needs 'Image_credit:'")


def test_duplicate_slug(project):
    write(project, "one.md", GOOD.format(extra=""))
    write(project, "two.md", GOOD.format(extra=""))
    fails_cleanly(project, "duplicate slug 'a-good-report'", "content/articles/one.md", "content/articles/two.md")


def test_empty_body(project):
    write(project, "bad.md", GOOD.format(extra="").split("\n\n")[0] + "\n")
    fails_cleanly(project, "content/articles/bad.md", "has no body text")


def test_all_problems_are_reported_together(project):
    write(project, "a.md", GOOD.format(extra="Tittle: x").replace("Summary: A report that passes every check.\n", ""))
    write(project, "b.md", GOOD.format(extra="").replace("2025-03-01 10:00", "2099-12-31").replace("A good report", "Another"))
    message = fails_cleanly(project, "content/articles/a.md:6: unknown field 'Tittle'; did you mean 'Title'?",
                            "content/articles/a.md: missing required field 'Summary:'",
                            "content/articles/b.md:2: Date: 2099-12-31 is in the future")
    assert "3 problems" in message


def test_photo_is_published_without_metadata_in_every_size(project):
    source = _photo(project)
    original = hashlib.sha256(source.read_bytes()).hexdigest()
    write(project, "photo.md", GOOD.format(extra="Image: images/crowd.jpg\nImage_alt: A crowd outside City Hall.\n"
                                                  "Image_credit: Sam Poe\nImage_caption: Marchers at the gates."))
    result = run_build(project)
    assert result.returncode == 0, result.stderr
    assert hashlib.sha256(source.read_bytes()).hexdigest() == original  # content/ untouched
    published = sorted((project / "output/images").glob("crowd*.jpg"))
    assert len(published) >= 4  # the static copy and the responsive widths
    for path in published:
        data = path.read_bytes()
        with Image.open(io.BytesIO(data)) as im:
            assert len(im.getexif()) == 0, path
            assert "exif" not in im.info and "xmp" not in im.info and "comment" not in im.info, (path, im.info.keys())
        assert b"Pixel 9 Pro" not in data and b"GPSLatitude" not in data and b"Jane's phone" not in data
    from bs4 import BeautifulSoup

    soup = BeautifulSoup((project / "output/2025/03/a-good-report/index.html").read_text(), "lxml")
    img = soup.select_one("figure.photo img")
    assert img["alt"] == "A crowd outside City Hall." and img["width"] == "2000" and img["height"] == "1200"
    assert img["sizes"] and len(img["srcset"].split(",")) >= 4
    assert "Sam Poe" in soup.select_one("figure.photo figcaption").get_text()


def test_unreadable_photo_fails_the_build_naming_the_article(project):
    path = project / "content/images/broken.jpg"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(b"\xff\xd8\xff\xe0 this is not really a JPEG")
    write(project, "broken.md", GOOD.format(extra="Image: images/broken.jpg\nImage_alt: A crowd.\nImage_credit: Sam Poe"))
    fails_cleanly(project, "content/articles/broken.md", "Image images/broken.jpg could not be resized")


def test_body_images_load_lazily(project):
    _photo(project, "images/inline.jpg")
    write(project, "inline.md", GOOD.format(extra="") + "\n![Marchers on the bridge]({static}/images/inline.jpg)\n")
    assert run_build(project).returncode == 0
    html = (project / "output/2025/03/a-good-report/index.html").read_text()
    assert 'loading="lazy"' in html
    with Image.open(project / "output/images/inline.jpg") as im:
        assert len(im.getexif()) == 0


def test_make_article_builds_as_a_draft_first_time(project):
    made = subprocess.run([sys.executable, "scripts/new_article.py", "Hundreds rally at City Hall"],
                          cwd=project, capture_output=True, text=True)
    assert made.returncode == 0, made.stderr
    files = list((project / "content/articles").glob("*-hundreds-rally-at-city-hall.md"))
    assert len(files) == 1
    text = files[0].read_text()
    assert "Status: draft" in text
    for field in ("Image_alt", "Corrections", "Quote_speaker", "Source_url"):
        assert field in text  # every optional field is there, commented
    result = run_build(project)
    assert result.returncode == 0, result.stderr
    drafts = list((project / "output/drafts").glob("*/index.html"))
    assert len(drafts) == 1 and "Draft." in drafts[0].read_text()
    assert "Optional fields" not in drafts[0].read_text()  # the comments never reach the page
    again = subprocess.run([sys.executable, "scripts/new_article.py", "Hundreds rally at City Hall"],
                           cwd=project, capture_output=True, text=True)
    assert again.returncode != 0 and "already exists" in again.stderr
    published = run_build(project, "--settings", "publishconf.py", "--output", "published",
                          env={"SITEURL": "https://example.github.io/placard"})
    assert published.returncode == 0, published.stderr
    for path in (project / "published").rglob("*"):
        if path.is_file() and path.suffix in (".html", ".xml", ".json"):
            assert "Hundreds rally at City Hall" not in path.read_text(), path


def test_updated_and_corrections_render_a_dated_notice(project):
    write(project, "c.md", GOOD.format(extra="Updated: 2025-03-02\nCorrections: 2025-03-02: Corrected the spelling of Jane Roe's name."))
    assert run_build(project).returncode == 0
    from bs4 import BeautifulSoup

    soup = BeautifulSoup((project / "output/2025/03/a-good-report/index.html").read_text(), "lxml")
    notice = soup.select_one(".notice")
    assert notice is not None and "Corrected the spelling" in notice.get_text()
    assert notice.find("time")["datetime"].startswith("2025-03-02")
    import json
    import re

    data = json.loads(re.search(r'application/ld\+json">(.*?)</script>', str(soup), re.S).group(1))
    assert data["dateModified"].startswith("2025-03-02")
