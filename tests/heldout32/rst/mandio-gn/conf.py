project = "Ñemity Ñe'ẽryru"
author = "Tekokatu Kooperativa"
language = "gn"
extensions = ["sphinxcontrib.bibtex", "sphinx.ext.intersphinx"]
bibtex_bibfiles = ["refs.bib"]
bibtex_default_style = "unsrt"
bibtex_reference_style = "author_year"
html_theme = "furo"
