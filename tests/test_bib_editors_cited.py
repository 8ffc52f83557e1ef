"""A .bib work with editors and no author is cited by its editors (citeproc, biblatex)."""

from __future__ import annotations

import pytest

from bibcheck.bibfile import inherit, read_bib
from bibcheck.parse.references.bibtex import to_reference

EDITED_BOOK = """\
@book{lee2011,
  editor    = {Lee, Mina and Okafor, Daniel},
  title     = {Classroom Discourse in Second Language Teaching},
  publisher = {Routledge},
  year      = {2011}
}
"""

AUTHORED_AND_EDITED = """\
@book{ortiz1998,
  author    = {Ortiz, Carmen},
  editor    = {Baum, Frieda},
  title     = {Collected Letters},
  year      = {1998}
}
"""

CORPORATE_EDITOR = """\
@collection{unesco2019,
  editor = {{Institute for Research and Training in Education}},
  title  = {Literacy Reports},
  year   = {2019}
}
"""

OTHERS = """\
@proceedings{icl2015,
  editor = {Nakamura, Aiko and others},
  title  = {Proceedings of the Fifth Conference on Language Input},
  year   = {2015}
}
"""

NO_NAMES = """\
@misc{page2020,
  title = {Course page},
  url   = {https://example.org/course},
  year  = {2020}
}
"""


@pytest.mark.parametrize(
    ("bib", "authors"),
    [
        (EDITED_BOOK, ("Lee, Mina", "Okafor, Daniel")),
        (AUTHORED_AND_EDITED, ("Ortiz, Carmen",)),
        (CORPORATE_EDITOR, ("Institute for Research and Training in Education",)),
        (OTHERS, ("Nakamura, Aiko",)),
        (NO_NAMES, ()),
    ],
    ids=["editors-only", "author-first", "corporate-editor", "and-others", "no-names"],
)
def test_work_is_cited_by_its_editors_when_it_has_no_author(
    bib: str, authors: tuple[str, ...]
) -> None:
    records, errors = read_bib(bib)
    assert not errors
    (record,) = records
    assert record.authors == authors
    assert to_reference(record).authors == authors
    assert "author" not in record.fields or authors[0] in record.fields["author"]


CROSSREF = """\
@incollection{chen2012,
  author   = {Chen, Wei},
  title    = {Negotiated Input},
  crossref = {lee2011},
  pages    = {10--30}
}
@incollection{intro2011,
  title    = {Introduction},
  crossref = {lee2011},
  pages    = {1--9}
}
@book{lee2011,
  editor    = {Lee, Mina and Okafor, Daniel},
  title     = {Classroom Discourse in Second Language Teaching},
  publisher = {Routledge},
  year      = {2011}
}
@incollection{pref1999,
  title    = {Preface},
  crossref = {ortiz1998}
}
@book{ortiz1998,
  author = {Ortiz, Carmen},
  editor = {Baum, Frieda},
  title  = {Collected Letters},
  year   = {1998}
}
"""


@pytest.mark.parametrize(
    ("key", "authors"),
    [
        ("chen2012", ("Chen, Wei",)),
        ("intro2011", ("Lee, Mina", "Okafor, Daniel")),  # the volume's editors, inherited
        ("pref1999", ("Ortiz, Carmen",)),  # biblatex inherits author: it goes before editor
    ],
    ids=["own-author", "inherited-editors", "inherited-author-before-editor"],
)
def test_crossref_child_names(key: str, authors: tuple[str, ...]) -> None:
    records, errors = read_bib(CROSSREF)
    merged, missing = inherit(records)
    assert not errors and not missing
    record = next(r for r in merged if r.key == key)
    assert record.authors == authors
