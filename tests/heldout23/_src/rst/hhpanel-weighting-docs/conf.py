# Configuration file for the Sphinx documentation builder.
project = "Regional Household Panel — Methods"
author = "Survey Methods Unit"
release = "wave 6"

extensions = [
    "sphinx.ext.mathjax",
    "sphinxcontrib.bibtex",
]
bibtex_bibfiles = ["methods.bib"]
bibtex_default_style = "plain"
bibtex_reference_style = "author_year"

html_theme = "furo"
