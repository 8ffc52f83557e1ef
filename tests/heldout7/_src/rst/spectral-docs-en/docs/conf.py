# Configuration file for the Sphinx documentation builder.
project = "wavespec"
author = "The wavespec developers"
release = "0.9.2"

extensions = [
    "sphinx.ext.autodoc",
    "sphinx.ext.mathjax",
    "sphinx.ext.intersphinx",
    "sphinxcontrib.bibtex",
    "numpydoc",
]
bibtex_bibfiles = ["refs.bib"]
bibtex_default_style = "plain"
bibtex_reference_style = "author_year"
html_theme = "pydata_sphinx_theme"
intersphinx_mapping = {"numpy": ("https://numpy.org/doc/stable/", None)}
