# Configuration file for the Sphinx documentation builder (draft of the course reader).
project = "Keyboard Tuning and Temperament, 1600-1800"
author = "Dr. Ingrid Solheim"
release = "0.4-draft"

extensions = [
    "sphinx.ext.todo",
    "sphinx.ext.intersphinx",
]
todo_include_todos = True  # switch off for the printed reader
html_theme = "alabaster"
