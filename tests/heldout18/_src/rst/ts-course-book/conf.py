# Configuration file for the Sphinx documentation builder.
# Applied Time Series Analysis -- course textbook for STAT 3410

project = "Applied Time Series Analysis"
author = "R. Lindqvist and A. Mbeki"
copyright = "2024, R. Lindqvist and A. Mbeki"
release = "2024.2"

extensions = [
    "sphinx.ext.mathjax",
    "sphinx.ext.intersphinx",
    "sphinx_copybutton",
]

numfig = True
math_numfig = True
numfig_secnum_depth = 1

templates_path = ["_templates"]
exclude_patterns = ["_build", "Thumbs.db", ".DS_Store", "drafts/*"]

html_theme = "sphinx_book_theme"
html_title = "Applied Time Series Analysis"
html_static_path = ["_static"]

intersphinx_mapping = {
    "python": ("https://docs.python.org/3", None),
    "statsmodels": ("https://www.statsmodels.org/stable/", None),
}
