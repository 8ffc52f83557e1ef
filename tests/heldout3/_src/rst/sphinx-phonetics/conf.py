# Configuration file for the Sphinx documentation builder.
project = "Vowel Formant Toolkit"
author = "Phonetics Lab"
release = "0.9"

extensions = [
    "sphinx.ext.autodoc",
    "sphinx.ext.mathjax",
    "sphinxcontrib.bibtex",
]
bibtex_bibfiles = ["refs.bib"]
bibtex_default_style = "unsrt"
bibtex_reference_style = "author_year"
html_theme = "furo"
