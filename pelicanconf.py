"""Pelican settings for local preview (`make serve`, `make html`).

publishconf.py imports everything here and overrides what production needs.
"""

import sys
from pathlib import Path

_ROOT = Path(__file__).resolve().parent

# The Markdown extension MARKDOWN lists below lives beside the plugins.
if str(_ROOT / "plugins") not in sys.path:
    sys.path.insert(0, str(_ROOT / "plugins"))
from literal_asterisks import LiteralAsterisksExtension  # noqa: E402

AUTHOR = "Placard"
SITENAME = "Placard"
SITE_DESCRIPTION = "What protesters said, and what their signs said: protest reporting, quoted exactly."
SITEURL = ""
RELATIVE_URLS = True  # preview works from any host and port

PATH = "content"
ARTICLE_PATHS = ["articles"]
PAGE_PATHS = ["pages"]
STATIC_PATHS = ["images"]
OUTPUT_PATH = "output"
THEME = str(_ROOT / "theme")

TIMEZONE = "America/New_York"
DEFAULT_LANG = "en"
DEFAULT_DATE_FORMAT = "%-d %B %Y"
DEFAULT_PAGINATION = 10

# Clean, stable URLs: /2019/08/slug/ rather than /slug.html.
ARTICLE_URL = "{date:%Y}/{date:%m}/{slug}/"
ARTICLE_SAVE_AS = "{date:%Y}/{date:%m}/{slug}/index.html"
DRAFT_URL = "drafts/{slug}/"
DRAFT_SAVE_AS = "drafts/{slug}/index.html"
PAGE_URL = "{slug}/"
PAGE_SAVE_AS = "{slug}/index.html"
CATEGORY_URL = "category/{slug}/"
CATEGORY_SAVE_AS = "category/{slug}/index.html"
TAG_URL = "tag/{slug}/"
TAG_SAVE_AS = "tag/{slug}/index.html"
TAGS_URL = "tags/"
TAGS_SAVE_AS = "tags/index.html"
CATEGORIES_URL = "categories/"
CATEGORIES_SAVE_AS = "categories/index.html"
ARCHIVES_URL = "archives/"
ARCHIVES_SAVE_AS = "archives/index.html"
AUTHOR_SAVE_AS = ""
AUTHORS_SAVE_AS = ""
DIRECT_TEMPLATES = ["index", "tags", "categories", "archives", "404"]
PAGINATED_TEMPLATES = {"index": None, "tag": None, "category": None}
PAGINATION_PATTERNS = (
    (1, "{url}", "{save_as}"),
    (2, "{base_name}/page/{number}/", "{base_name}/page/{number}/index.html"),
)
YEAR_ARCHIVE_SAVE_AS = ""
MONTH_ARCHIVE_SAVE_AS = ""

# Markdown: "extra" brings attribute lists, footnotes, tables and md_in_html.
# No "smarty": the journalism is kept byte for byte, straight marks included;
# and asterisks inside a word ("f***ed") stay asterisks, not emphasis.
MARKDOWN = {
    "extensions": ["markdown.extensions.extra", "markdown.extensions.sane_lists", LiteralAsterisksExtension()],
    "extension_configs": {},
    "output_format": "html",
}

# Feeds are a production concern (they need an absolute SITEURL): publishconf.py.
FEED_ALL_ATOM = None
CATEGORY_FEED_ATOM = None
TAG_FEED_ATOM = None
TRANSLATION_FEED_ATOM = None
AUTHOR_FEED_ATOM = None
AUTHOR_FEED_RSS = None

# Pelican re-reads only changed files; `make serve` rebuilds feel instant.
CACHE_CONTENT = True
LOAD_CONTENT_CACHE = True
CACHE_PATH = str(_ROOT / ".cache" / "pelican")
# Cache whole articles, not reader output: the reader layer would keep every
# article's original HTML alive beside the copy pullquotes adds ids to.
CONTENT_CACHING_LAYER = "generator"
# An uncompressed cache: gzip cost 0.4 s of every 1,000-article build and 0.5 s
# of every rebuild (make bench), for a few MB of disk in .cache/.
GZIP_CACHE = False
# The build script swaps a fresh folder into place, so Pelican never deletes.
DELETE_OUTPUT_DIRECTORY = False

PLUGIN_PATHS = [str(_ROOT / "plugins")]
# Setting PLUGINS turns off auto-discovery, so every plugin is listed here.
# pelican-sitemap is added by publishconf.py: a sitemap needs absolute URLs,
# which a preview does not have, and writing it cost 54 ms of every
# `make serve` rebuild of a 1,000-article site.
PLUGINS = ["frontmatter", "photos", "pullquotes", "ghpages"]
SITEMAP = {
    "format": "xml",
    "exclude": [r"^404\.html$", r"^drafts/"],
}
# The pullquotes plugin; every key is optional (defaults in plugins/pullquotes/site.py).
PULLQUOTES = {
    "max_pullquotes": 3,  # statements in the "What they said" widget
    # Share pages and 1200x630 PNGs per pull-quote are for link previews on
    # the published site; drawing them costs ~14 ms each, so previews skip them.
    "share_cards": False,
}

# Sidebar widgets, in order. Each is one partial in theme/templates/partials/;
# adding a widget means adding a partial and naming it here.
SIDEBAR_WIDGETS = [
    "partials/widget_pullquotes.html",
    "partials/widget_slogans.html",
]

MENUITEMS = [
    ("Quotes", "quotes/"),
    ("Signs", "signs/"),
    ("Archive", "archives/"),
]
DISPLAY_PAGES_ON_MENU = True
DISPLAY_CATEGORIES_ON_MENU = False

# A preview build shows drafts (with a banner); publishconf.py hides them.
SHOW_DRAFTS = True

# Autoescape everything; only Pelican's rendered HTML (content, summary) is
# marked |safe in templates. Quote text is never |safe.
JINJA_ENVIRONMENT = {"trim_blocks": True, "lstrip_blocks": True, "autoescape": True}
