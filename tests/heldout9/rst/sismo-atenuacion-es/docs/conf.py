# Configuración de Sphinx para la documentación de "quakeatten"
import os
import sys

sys.path.insert(0, os.path.abspath(".."))

project = "quakeatten"
copyright = "2022-2025, Grupo de Sismología, Universidad de Granada"
author = "L. Ortega, P. Sáez"
release = "0.9.2"
language = "es"

extensions = [
    "sphinx.ext.autodoc",
    "sphinx.ext.napoleon",
    "sphinx.ext.mathjax",
    "sphinxcontrib.bibtex",
]

bibtex_bibfiles = ["referencias/sismologia.bib"]
bibtex_default_style = "unsrt"
bibtex_reference_style = "author_year"

html_theme = "furo"
