"""The names HTML gives a page's parts that several of its readers test for.

One vocabulary, so the readers that look for headings, for a site's furniture or for notes
marked by their role agree on what each is: the six heading elements, the elements and
ARIA landmark roles of page chrome (navigation, banner, footer, sidebar, search: what is
the site's, not the document's) and the DPUB-ARIA roles of a single note.
"""

from __future__ import annotations

__all__ = ["CHROME_ROLES", "CHROME_TAGS", "HEADINGS", "NOTE_ROLES"]

# the heading elements, in rank order
HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")
# the elements a site's furniture is written in (its menus, banner, footer and sidebars)
CHROME_TAGS = frozenset({"nav", "footer", "aside", "header", "menu"})
# the ARIA landmark roles of that furniture (on a <div> as often as on its own element)
CHROME_ROLES = frozenset({"navigation", "banner", "contentinfo", "complementary", "search"})
# the DPUB-ARIA roles of one footnote or endnote
NOTE_ROLES = frozenset({"doc-footnote", "doc-endnote"})
