# Configuration file for the Sphinx documentation builder.
project = "deprem-veri"
author = "Boğaziçi Üniversitesi Kandilli Rasathanesi veri ekibi"
release = "0.4"
language = "tr"

extensions = [
    "sphinx.ext.autodoc",
    "sphinx.ext.mathjax",
    "sphinxcontrib.bibtex",
]
bibtex_bibfiles = ["kaynaklar.bib"]
bibtex_default_style = "plain"
bibtex_reference_style = "author_year"
html_theme = "furo"
