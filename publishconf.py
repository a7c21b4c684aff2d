"""Pelican settings for the published site (`make publish`, `make github`, CI).

SITEURL comes from the environment (the Pages workflow passes the base URL that
actions/configure-pages reports) or from `--extra-settings SITEURL=...`.
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from pelicanconf import *  # noqa: E402,F403

SITEURL = os.environ.get("SITEURL", "").rstrip("/")
RELATIVE_URLS = False
# A custom domain for `make github` (gh-pages branch): written to output/CNAME.
# With the Actions workflow, set the domain in the repository's Pages settings.
GHPAGES_CNAME = os.environ.get("GHPAGES_CNAME", "")

# FEED_DOMAIN is left unset: Pelican then uses SITEURL, including one given
# with --extra-settings.
FEED_ALL_ATOM = "feeds/all.atom.xml"
CATEGORY_FEED_ATOM = "feeds/category/{slug}.atom.xml"
TAG_FEED_ATOM = "feeds/tag/{slug}.atom.xml"

# sitemap.xml: only the published site has the absolute URLs it needs.
PLUGINS = [*PLUGINS, "pelican.plugins.sitemap"]  # noqa: F405

# Share pages and PNG cards for each pull-quote (link previews need SITEURL).
PULLQUOTES = {**PULLQUOTES, "share_cards": True}

# A publish build never shows drafts, and never reuses a preview cache.
SHOW_DRAFTS = False
DRAFT_URL = ""
DRAFT_SAVE_AS = ""  # Pelican skips writing a file whose save_as is empty
LOAD_CONTENT_CACHE = False
