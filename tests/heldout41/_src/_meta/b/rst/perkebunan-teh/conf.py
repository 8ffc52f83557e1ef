# Konfigurasi Sphinx untuk buku ajar "Perkebunan Teh di Priangan"
project = "Perkebunan Teh di Priangan, 1870–1942"
author = "Dewi Anggraini Siregar"
copyright = "2025, Dewi Anggraini Siregar"
release = "0.3"

extensions = []
language = "id"
html_theme = "alabaster"
exclude_patterns = ["_build"]
