"""Publishing to GitHub Pages: subpath-safe URLs, feeds, sitemap, 404, CNAME,
drafts left out, byte-identical rebuilds, and the Actions workflow."""

import filecmp
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET

import pytest
import yaml
from conftest import FIXTURES, ROOT, build_site, project_copy, run_build
from sitecheck import Ref, broken_internal_references, references, resolve

BASE = "https://example.github.io/placard"
ATOM = "{http://www.w3.org/2005/Atom}"
SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
DRAFT = """Title: Unfinished draft report
Date: 2025-05-05 10:00
Status: draft
Category: Protests
Tags: Drafts
Location: Nowhere
Summary: Not ready.

"This should never be published anywhere at all," said Jane Roe.
"""


@pytest.fixture(scope="module")
def content(tmp_path_factory):
    content = tmp_path_factory.mktemp("content") / "content"
    shutil.copytree(ROOT / "content", content)
    for article in sorted((FIXTURES / "articles").glob("*.md"))[:6]:
        shutil.copy(article, content / "articles" / article.name)
    (content / "articles" / "draft.md").write_text(DRAFT, encoding="utf-8")
    return content


@pytest.fixture(scope="module")
def subpath_site(content, tmp_path_factory):
    return build_site(tmp_path_factory.mktemp("sub") / "output", "publishconf.py", content=content, SITEURL=BASE)


@pytest.fixture(scope="module")
def domain_site(content, tmp_path_factory):
    return build_site(tmp_path_factory.mktemp("dom") / "output", "publishconf.py", content=content,
                      SITEURL="https://news.example.org", GHPAGES_CNAME="news.example.org")


def published_articles(site):
    return sorted(p.parent.relative_to(site.output).as_posix() + "/" for p in site.output.glob("20*/*/*/index.html"))


def test_every_internal_reference_resolves_under_the_subpath(subpath_site):
    assert subpath_site.problems == []
    assert broken_internal_references(subpath_site.output, BASE) == []
    stylesheets = [r for r in references(subpath_site.output) if r.tag == "link" and r.url.endswith(".css")]
    assert stylesheets and all(r.url == f"{BASE}/theme/css/placard.css" for r in stylesheets)


def test_feed_and_sitemap_urls_resolve(subpath_site):
    out = subpath_site.output
    urls = [loc.text for loc in ET.parse(out / "sitemap.xml").getroot().iter(f"{SITEMAP}loc")]
    for feed in out.rglob("*.atom.xml"):
        root = ET.parse(feed).getroot()
        urls += [link.get("href") for link in root.iter(f"{ATOM}link")]
    assert urls
    for url in urls:
        assert url.startswith(BASE + "/"), url
        ref = Ref(out / "sitemap.xml", "xml", "href", url)
        target = resolve(out, ref, BASE)
        assert target is not None, url


def test_404_works_from_any_depth(subpath_site):
    out = subpath_site.output
    page = out / "404.html"
    refs = [r for r in references(out) if r.file == page and r.attr in ("href", "src")]
    assert any(r.url.endswith(".css") for r in refs)
    for depth in ("missing", "a/b/c/missing/", "2019/08/nope/index.html"):
        for ref in refs:
            if ref.url.startswith("#"):
                continue
            assert resolve(out, ref, BASE, served_from=f"{BASE}/{depth}") is not None, (depth, ref.url)


def test_custom_domain_at_the_root(domain_site):
    out = domain_site.output
    assert (out / "CNAME").read_text() == "news.example.org\n"
    assert broken_internal_references(out, "https://news.example.org") == []
    assert "Sitemap: https://news.example.org/sitemap.xml" in (out / "robots.txt").read_text()


def test_pages_files(subpath_site):
    out = subpath_site.output
    assert (out / ".nojekyll").is_file()
    assert not (out / "CNAME").exists()
    assert (out / "robots.txt").read_text() == f"User-agent: *\nAllow: /\nSitemap: {BASE}/sitemap.xml\n"


def test_feeds_are_atom_and_list_every_published_article(subpath_site):
    out = subpath_site.output
    articles = published_articles(subpath_site)
    root = ET.parse(out / "feeds/all.atom.xml").getroot()
    assert root.tag == f"{ATOM}feed"
    linked = sorted(link.get("href")[len(BASE) + 1:] for entry in root.iter(f"{ATOM}entry")
                    for link in entry.iter(f"{ATOM}link") if link.get("rel") == "alternate")
    assert linked == articles
    for feed in [*(out / "feeds/tag").glob("*.xml"), *(out / "feeds/category").glob("*.xml")]:
        assert ET.parse(feed).getroot().tag == f"{ATOM}feed"


def test_drafts_are_nowhere_in_a_publish_build(subpath_site):
    out = subpath_site.output
    assert not (out / "drafts").exists()
    for path in out.rglob("*"):
        if path.is_file() and path.suffix in (".html", ".xml", ".json", ".txt"):
            text = path.read_text(encoding="utf-8")
            assert "Unfinished draft report" not in text and "never be published" not in text, path


def test_sitemap_lists_every_published_page_and_no_draft(subpath_site):
    out = subpath_site.output
    locs = {loc.text[len(BASE) + 1:] for loc in ET.parse(out / "sitemap.xml").getroot().iter(f"{SITEMAP}loc")}
    assert set(published_articles(subpath_site)) <= locs
    assert "about/" in locs and "quotes/" in locs and "signs/" in locs
    assert not any("draft" in loc for loc in locs)
    assert "404.html" not in locs


def test_two_publish_builds_are_byte_identical(tmp_path):
    project = project_copy(tmp_path / "project")
    env = {"SITEURL": BASE}
    first = run_build(project, "--settings", "publishconf.py", "--output", "output", env=env)
    assert first.returncode == 0, first.stderr
    shutil.move(project / "output", project / "first")
    shutil.rmtree(project / ".cache", ignore_errors=True)  # nothing carried over
    second = run_build(project, "--settings", "publishconf.py", "--output", "output", env=env)
    assert second.returncode == 0, second.stderr
    a, b = project / "first", project / "output"
    files_a = sorted(p.relative_to(a) for p in a.rglob("*") if p.is_file())
    files_b = sorted(p.relative_to(b) for p in b.rglob("*") if p.is_file())
    assert files_a == files_b
    _, mismatch, errors = filecmp.cmpfiles(a, b, [str(f) for f in files_a], shallow=False)
    assert mismatch == [] and errors == []


@pytest.mark.parametrize("output", [".", "content", "content/articles", "..", "/tmp/elsewhere", "theme"])
def test_publish_refuses_dangerous_output_paths(tmp_path, output):
    project = project_copy(tmp_path / "project")
    result = run_build(project, "--settings", "publishconf.py", "--output", output, env={"SITEURL": BASE})
    assert result.returncode != 0 and "refusing" in result.stderr
    assert (project / "content/articles").is_dir() and (project / "theme").is_dir()


def test_make_publish_requires_siteurl():
    result = subprocess.run(["make", "-s", "publish", "SITEURL="], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode != 0 and "set SITEURL" in result.stderr


def test_pages_url_from_git_remote():
    sys.path.insert(0, str(ROOT / "scripts"))
    from pages_url import pages_url

    assert pages_url("git@github.com:someone/placard.git") == "https://someone.github.io/placard"
    assert pages_url("https://github.com/Someone/someone.github.io") == "https://someone.github.io"
    assert pages_url("https://gitlab.com/a/b") is None


def test_workflow_builds_tests_and_deploys_with_least_permissions():
    workflow = yaml.safe_load((ROOT / ".github/workflows/pages.yml").read_text(encoding="utf-8"))
    on = workflow[True] if True in workflow else workflow["on"]  # YAML 1.1 reads "on" as True
    assert on["push"]["branches"] == ["main"] and "pull_request" in on
    assert workflow["permissions"] == {"contents": "read"}
    build, deploy = workflow["jobs"]["build"], workflow["jobs"]["deploy"]
    steps = build["steps"]
    uses = [s.get("uses", "") for s in steps]
    runs = [s.get("run", "") for s in steps]
    assert "actions/checkout@v4" in uses and "actions/configure-pages@v5" in uses
    assert "actions/upload-pages-artifact@v3" in uses
    setup = next(s for s in steps if s.get("uses", "").startswith("actions/setup-python"))
    assert setup["with"]["cache"] == "pip" and setup["with"]["python-version"] == "3.11"
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "make test" in runs and "make test" in readme  # the README's test command
    publish = next(s for s in steps if s.get("run") == "make publish")
    assert "steps.pages.outputs.base_url" in publish["env"]["SITEURL"]
    assert next(s for s in steps if "upload-pages-artifact" in s.get("uses", ""))["if"] == "github.event_name != 'pull_request'"
    assert deploy["needs"] == "build" and deploy["permissions"] == {"pages": "write", "id-token": "write"}
    assert "pull_request" in deploy["if"] and deploy["steps"][0]["uses"] == "actions/deploy-pages@v4"
    for job in workflow["jobs"].values():
        for step in job["steps"]:
            if "uses" in step:
                assert step["uses"].rsplit("@", 1)[1].startswith("v"), step["uses"]
