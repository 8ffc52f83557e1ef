# Configuration file for the Sphinx documentation builder.
project = "specest"
copyright = "2023, The specest developers"
author = "The specest developers"
release = "0.9.2"

extensions = [
    "sphinx.ext.autodoc",
    "sphinx.ext.mathjax",
    "sphinx.ext.napoleon",
    "sphinxcontrib.bibtex",
]

bibtex_bibfiles = ["references.bib"]
bibtex_default_style = "plain"
bibtex_reference_style = "author_year"

html_theme = "furo"
