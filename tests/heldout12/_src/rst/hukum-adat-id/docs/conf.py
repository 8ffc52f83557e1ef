# Konfigurasi Sphinx untuk bahan kuliah Hukum Adat
project = "Bahan Kuliah Hukum Adat"
author = "Tim Pengajar Hukum Adat"
language = "id"
extensions = ["sphinx.ext.intersphinx"]
html_theme = "sphinx_rtd_theme"
