# Sphinx configuration for the RIA Scorecard documentation
project = "RIA Scorecard"
author = "RIA Scorecard project team"
release = "2.3"

extensions = [
    "sphinx.ext.mathjax",
    "sphinxcontrib.bibtex",
]

bibtex_bibfiles = ["methods.bib"]
bibtex_default_style = "alpha"
bibtex_reference_style = "author_year"
bibtex_foot_reference_style = "foot"

html_theme = "furo"
