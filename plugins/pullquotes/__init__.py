"""pullquotes: find what people said and what their signs said.

register() connects the Pelican side (site.py) to Pelican's signals; the
extraction itself (extract.py and friends) knows nothing of Pelican.
"""

from pelican import signals

from . import site


def register():
    signals.initialized.connect(site.reset)
    signals.all_generators_finalized.connect(site.attach_quotes)
