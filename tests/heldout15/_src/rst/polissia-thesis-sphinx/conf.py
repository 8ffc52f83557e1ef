# Sphinx configuration for the thesis "Vowel Reduction in the Polissian Dialects"
project = "Polissian Vowels"
author = "Iryna Savchuk"
copyright = "2024, Iryna Savchuk"

extensions = [
    "sphinx.ext.mathjax",
    "sphinxcontrib.bibtex",
]

bibtex_bibfiles = ["refs.bib", "sources.bib"]
bibtex_default_style = "plain"
bibtex_reference_style = "author_year"
bibtex_foot_reference_style = "foot"

html_theme = "sphinx_book_theme"
numfig = True
