"""pullquotes: find what people said and what their signs said.

register() connects the Pelican side (site.py) to Pelican's signals. The
extraction itself (extract.py and the modules it uses) knows nothing of
Pelican, so importing this package does not import Pelican either.
"""


def register():
    from pelican import signals

    from . import site

    signals.initialized.connect(site.initialize)
    signals.get_generators.connect(site.get_generators)
    signals.content_object_init.connect(site.article_made)
    signals.all_generators_finalized.connect(site.attach_quotes)
    signals.article_generator_write_article.connect(site.article_about_to_be_written)
    signals.article_writer_finalized.connect(site.articles_written)
