"""The pullquotes plugin in real builds: data on articles, ids, overrides."""

import json
import subprocess
import sys

import pytest
from conftest import FIXTURES, ROOT, build_site, make_content, project_copy, run_build

from pullquotes.site import PullquotesError

SEED = "2019/08/jews-against-ice-occupy-amazon-bookstore/index.html"

ARTICLE = """Title: Override test
Date: 2025-01-10 10:00
Category: Protests
Tags: Test
Location: Somewhere
Summary: An article that tests the quote overrides.
{extra}

"We will stay until they listen to us, however long that takes," said Jane Roe, an organizer with Never Again Action.

Protesters chanted "No more camps" outside the gate.

"Nobody here wants to be arrested, but we will be if we have to," the person filming states.

The rally ended peacefully, organizers said, and a second one is planned for next week in the same place.
"""


def test_seed_paragraphs_get_ids_and_widgets_link_to_them(site):
    soup = site.html(SEED)
    ids = {el["id"] for el in soup.select(".report-body [id]")}
    assert len(ids) >= 9
    links = [a["href"] for a in soup.select("aside a[href^='#']")]
    assert links and all(link[1:] in ids for link in links)


def test_body_is_unchanged_apart_from_ids(site, tmp_path):
    plain = build_site(tmp_path / "plain", PLUGINS=[])
    with_plugin = site.html(SEED).select_one(".report-body")
    without = plain.html(SEED).select_one(".report-body")
    for el in with_plugin.find_all(id=True):
        del el["id"]
    assert with_plugin.get_text() == without.get_text()
    assert [t.name for t in with_plugin.find_all(True)] == [t.name for t in without.find_all(True)]


def _build_one(tmp_path, extra=""):
    content = make_content(tmp_path, {"override.md": ARTICLE.format(extra=extra)})
    return build_site(tmp_path / "out", content=content)


def _widget_texts(site):
    soup = site.html("2025/01/override-test/index.html")
    said = [fig.blockquote.get_text(" ", strip=True) for fig in soup.select(".widget--pullquotes figure")]
    credits = [fig.select_one(".speaker").get_text(strip=True) for fig in soup.select(".widget--pullquotes figure")]
    signs = [li.contents[0].strip() for li in soup.select(".widget--slogans li")]
    return said, credits, signs


def test_without_overrides(tmp_path):
    said, credits, signs = _widget_texts(_build_one(tmp_path))
    assert credits[0] == "Jane Roe"
    assert signs == ["No more camps"]


def test_exclude_and_speaker_overrides(tmp_path):
    site = _build_one(tmp_path, "Quote_exclude: No more camps\n"
                                "Quote_speaker: Nobody here wants to be arrested -> Sam Poe (Jewish Voice for Peace)")
    said, credits, signs = _widget_texts(site)
    assert signs == []
    assert "Sam Poe" in credits


def test_pullquote_override_features_a_passage_first(tmp_path):
    site = _build_one(tmp_path, "Pullquote: a second one is planned for next week")
    said, credits, _ = _widget_texts(site)
    assert said[0].strip("“”") == "a second one is planned for next week"


@pytest.mark.parametrize("extra, named", [
    ("Quote_exclude: words that are not there", "Quote_exclude: 'words that are not there'"),
    ("Pullquote: nothing like this exists", "Pullquote: 'nothing like this exists'"),
    ("Quote_speaker: not in the article -> Jane Roe", "Quote_speaker: 'not in the article -> Jane Roe'"),
    ("Quote_speaker: We will stay", "must read 'words from the quote -> Speaker Name (Org)'"),
])
def test_override_matching_nothing_fails_the_build(tmp_path, extra, named):
    with pytest.raises(PullquotesError) as err:
        _build_one(tmp_path, extra)
    assert "override.md" in str(err.value) and named in str(err.value)


def test_failing_override_fails_make_html_and_keeps_previous_output(tmp_path):
    project = project_copy(tmp_path / "project")
    assert run_build(project).returncode == 0
    before = (project / "output" / SEED).read_bytes()
    bad = project / "content/articles/bad.md"
    bad.write_text(ARTICLE.format(extra="Quote_exclude: words that are not there"), encoding="utf-8")
    result = run_build(project)
    assert result.returncode != 0
    assert "bad.md" in result.stderr + result.stdout and "words that are not there" in result.stderr + result.stdout
    assert (project / "output" / SEED).read_bytes() == before
    assert not (project / "output/2025/01/override-test").exists()


def test_cli_json_maps_each_path_as_given(tmp_path):
    outside = tmp_path / "elsewhere.md"
    outside.write_text(ARTICLE.format(extra=""), encoding="utf-8")
    seed = "content/articles/2019-08-11-jews-against-ice-occupy-amazon-bookstore.md"
    result = subprocess.run([sys.executable, "-m", "pullquotes", "--json", seed, str(outside)],
                            cwd=ROOT, capture_output=True, text=True, env={"PYTHONPATH": "plugins", "PATH": "/usr/bin"})
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert list(data) == [seed, str(outside)]
    assert len(data[seed]) == 11
    assert set(data[seed][0]) == {"text", "kind", "speaker", "org"}
    assert data[str(outside)][0]["speaker"] == "Jane Roe"


def _cli_json(*paths):
    result = subprocess.run([sys.executable, "-m", "pullquotes", "--json", *map(str, paths)],
                            cwd=ROOT, capture_output=True, text=True, env={"PYTHONPATH": "plugins", "PATH": "/usr/bin"})
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_cli_keeps_asterisks_inside_words_as_the_article_wrote_them(tmp_path):
    # Two starred-out words in one paragraph were read as the ends of an emphasis and lost.
    story = tmp_path / "starred.md"
    story.write_text("Title: Starred\nDate: 2025-06-14\n\nMara Voss held a sign that read: "
                     "\u201cVote them out or get s***ed\u201d and \u201cThe quicker f***er upper.\u201d "
                     "Others kept it **polite**.\n", encoding="utf-8")
    assert [q["text"] for q in _cli_json(story)[str(story)]] == [
        "Vote them out or get s***ed", "The quicker f***er upper."]


def test_cli_reads_a_plain_text_story_whose_first_line_is_its_headline(tmp_path):
    story = tmp_path / "story.txt"
    story.write_text("Protesters Occupy Amazon Bookstore: 'Learn From History'\n\n"
                     "Dozens of protesters were arrested on Sunday.\n\n"
                     '"Learn from history," one sign read.\n', encoding="utf-8")
    result = subprocess.run([sys.executable, "-m", "pullquotes", "--json", str(story)],
                            cwd=ROOT, capture_output=True, text=True, env={"PYTHONPATH": "plugins", "PATH": "/usr/bin"})
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)[str(story)] == [
        {"text": "Learn from history,", "kind": "slogan", "speaker": None, "org": None}]


def test_cli_leaves_out_a_plain_text_story_s_photo_caption(tmp_path):
    story = tmp_path / "story.txt"
    story.write_text("Protesters Occupy Amazon Bookstore\n\n"
                     '"We will be back," said Jane Roe.\n\n'
                     "ICE Protest outside Amazon\n"
                     'Protesters hold signs reading "Close the camps" outside the store. Kevin Hagen/Getty\n',
                     encoding="utf-8")
    result = subprocess.run([sys.executable, "-m", "pullquotes", "--json", str(story)],
                            cwd=ROOT, capture_output=True, text=True, env={"PYTHONPATH": "plugins", "PATH": "/usr/bin"})
    assert result.returncode == 0, result.stderr
    assert [q["text"] for q in json.loads(result.stdout)[str(story)]] == ["We will be back,"]


@pytest.mark.parametrize("name", ["82-plain-newsweek-style.txt", "87-plain-school-walkout.txt"])
def test_cli_reads_a_plain_text_story_however_its_lines_are_broken(tmp_path, name):
    """Saved text comes with blank lines between paragraphs, with none (one
    paragraph per line), or wrapped at 72 columns: the quotations are the same."""
    import textwrap

    original = (FIXTURES / "articles" / name).read_text(encoding="utf-8")
    paragraphs = [p.strip() for p in original.split("\n\n") if p.strip()]
    variants = {"blank": original,
                "single": "\n".join(p.replace("\n", " ") for p in paragraphs) + "\n",
                "wrapped": "\n\n".join(textwrap.fill(p, 72) for p in paragraphs) + "\n",
                "crlf": original.replace("\n", "\r\n")}
    paths = []
    for label, text in variants.items():
        path = tmp_path / f"{label}.txt"
        path.write_bytes(text.encode("utf-8"))
        paths.append(path)
    found = _cli_json(*paths)
    expected = found[str(paths[0])]
    assert len(expected) >= 5
    for path in paths[1:]:
        assert found[str(path)] == expected, path.name


def test_cli_reads_ap_wire_backtick_quotes_in_plain_text(tmp_path):
    """Old AP wire copy opens a quotation with `` and closes it with '': in a
    .txt story the backticks are characters, not Markdown code."""
    story = tmp_path / "story.txt"
    story.write_text("Teachers strike in Oakland\n\n"
                     "Teachers carried signs that read ``Fund our schools'' and ``Students first.''\n\n"
                     "``We're not asking for the moon,'' said Keith Brown. ``We're asking for a living wage.''\n",
                     encoding="utf-8")
    assert _cli_json(story)[str(story)] == [
        {"text": "Fund our schools", "kind": "slogan", "speaker": None, "org": None},
        {"text": "Students first.", "kind": "slogan", "speaker": None, "org": None},
        {"text": "We're not asking for the moon, We're asking for a living wage.", "kind": "statement",
         "speaker": "Keith Brown", "org": None}]


def test_cli_reads_indented_paragraphs_of_plain_text(tmp_path):
    """Indented paragraphs are not Markdown code blocks; in text wrapped at a
    fixed width without blank lines, an indented line starts a paragraph."""
    import textwrap

    paragraphs = ['"We will win," said Jane Roe, an organizer with Never Again Action, who has marched every week.',
                  'Protesters chanted "No more camps" outside the gate for most of the afternoon, police said.',
                  '"Nobody here wants to be arrested," Roe said that evening. "But we will be if we have to."']
    spaced = tmp_path / "spaced.txt"
    spaced.write_text("Headline\n\n" + "\n\n".join("\t" + p for p in paragraphs) + "\n", encoding="utf-8")
    wrapped = tmp_path / "wrapped.txt"
    wrapped.write_text("Headline of the wrapped story\n" + "".join(
        "    " + "\n".join(textwrap.wrap(p, 70)) + "\n" for p in paragraphs), encoding="utf-8")
    found = _cli_json(spaced, wrapped)
    expected = [("We will win,", "Jane Roe"), ("No more camps", None),
                ("Nobody here wants to be arrested, But we will be if we have to.", "Jane Roe")]
    for path in (spaced, wrapped):
        assert [(q["text"], q["speaker"]) for q in found[str(path)]] == expected, path.name


def test_cli_reads_windows_1252_text_with_a_warning_but_not_markdown(tmp_path):
    story = tmp_path / "story.txt"
    story.write_bytes(b"Headline here\n\n\x93We will win,\x94 said Jane Roe.\n")
    page = tmp_path / "page.md"
    page.write_bytes(b"Title: x\n\n\x93We will win,\x94 said Jane Roe.\n")
    result = subprocess.run([sys.executable, "-m", "pullquotes", "--json", str(story), str(page)],
                            cwd=ROOT, capture_output=True, text=True, env={"PYTHONPATH": "plugins", "PATH": "/usr/bin"})
    assert result.returncode == 1
    assert json.loads(result.stdout) == {str(story): [
        {"text": "We will win,", "kind": "statement", "speaker": "Jane Roe", "org": None}]}
    assert f"{story}: not UTF-8 (byte 15); read as Windows-1252" in result.stderr
    assert f"{page}: cannot read: 'utf-8' codec can't decode byte 0x93" in result.stderr


@pytest.mark.parametrize("html, is_headline", [
    ("<p>Protesters Occupy Bookstore: 'Learn From History'</p>\n<p>Dozens were arrested.</p>", True),
    ("<p>\u201cWe Will Not Be Silent\u201d: Thousands March</p>\n<p>Thousands marched.</p>", True),
    ("<p>'This is a moral issue': Protesters rally outside detention center in N.J.</p>\n<p>About 100 came.</p>", True),
    ("<p>Union President Dana Ruiz: 'This is everybody's fight.'</p>\n<p>Drivers struck.</p>", True),
    ("<p>Dozens of protesters were arrested on Sunday.</p>\n<p>More later.</p>", False),  # a lede
    ("<p>\"We are here,\" she said.</p>\n<p>More later.</p>", False),
    ("<p>Only one paragraph, no headline</p>", False),
    ("<h1>Already a heading</h1>\n<p>Text.</p>", False),
])
def test_a_headline_is_told_from_a_lede(html, is_headline):
    from pullquotes.__main__ import headline_as_heading

    out = headline_as_heading(html)
    assert out.startswith("<h1>") == (is_headline or html.startswith("<h1>"))
    assert (out != html) == is_headline


def test_cli_human_output_and_missing_file(tmp_path):
    result = subprocess.run([sys.executable, "-m", "pullquotes", str(FIXTURES / "articles/01-ap-style-rally.md"), "missing.md"],
                            cwd=ROOT, capture_output=True, text=True, env={"PYTHONPATH": "plugins", "PATH": "/usr/bin"})
    assert result.returncode == 1
    assert "Maria Delgado, Cosecha New Jersey" in result.stdout
    assert "[slogan]" in result.stdout
    assert "missing.md: no such file" in result.stderr


def test_cached_rebuild_matches_a_clean_build(tmp_path):
    """make serve reuses extraction results by content hash: an edited article
    is read again, and every page comes out as a clean build makes it."""
    import shutil

    content = tmp_path / "content"
    shutil.copytree(ROOT / "content", content)
    for name in ("01-ap-style-rally.md", "13-short-names-titles.md"):
        shutil.copy(FIXTURES / "articles" / name, content / "articles" / name)
    cache = tmp_path / "cache"
    warm = dict(CACHE_PATH=str(cache), CACHE_CONTENT=True, LOAD_CONTENT_CACHE=True)
    build_site(tmp_path / "first", content=content, **warm)
    assert any((cache / "pullquotes").rglob("*"))
    edited = content / "articles" / "13-short-names-titles.md"
    edited.write_text(edited.read_text().replace('"Kids over profits"', '"Kids before profits"'), encoding="utf-8")
    rebuilt = build_site(tmp_path / "second", content=content, **warm)
    clean = build_site(tmp_path / "clean", content=content)
    assert rebuilt.problems == [] and clean.problems == []
    for page in sorted(clean.output.rglob("*.html")):
        rel = page.relative_to(clean.output)
        assert (rebuilt.output / rel).read_text() == page.read_text(), rel
    assert "Kids before profits" in (rebuilt.output / "signs/index.html").read_text()
