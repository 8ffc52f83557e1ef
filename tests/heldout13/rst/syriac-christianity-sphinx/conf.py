# -*- coding: utf-8 -*-
#
# Configuration file for the Sphinx documentation builder (sphinx-quickstart, Sphinx 3.5).

project = u'Eastern Christianities: Course Notes'
copyright = u'2021, Department of Theology and Religion'
author = u'M. Haddad'

version = u'2021'
release = u'2021.1'

extensions = [
    'sphinx.ext.intersphinx',
    'sphinxcontrib.bibtex',
]

templates_path = ['_templates']
source_suffix = '.rst'
master_doc = 'index'
language = None
exclude_patterns = ['_build']
pygments_style = 'sphinx'
html_theme = 'alabaster'
