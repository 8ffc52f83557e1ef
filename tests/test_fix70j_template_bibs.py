"""University thesis templates (Brazilian, Spanish, Italian, French classes) print the
reference list with a command of their own that calls ``\\bibliography{#2}``: the file
is the argument the manuscript writes (:mod:`bibcheck.readers.latex.bibwrappers`).  The
class often holds an error macro ending in ``\\endinput`` before that command: an
``\\endinput`` in a macro's body ends nothing where the macro is defined
(:mod:`bibcheck.readers.latex.blank`).  And ``\\cite{{key}}`` cites ``key`` (LaTeX
strips the braces around a list item)."""

from __future__ import annotations

from pathlib import Path

import pytest

from bibcheck.manuscript import parse_file
from bibcheck.model import AnomalyCode as C
from bibcheck.readers.latex.bibwrappers import bib_wrappers, wrapped_names
from bibcheck.readers.latex.blank import Definitions, blank

BIB = (
    "@Book{ribeiro2015, author={Ana Ribeiro}, title={Manutencao de sistemas}, year=2015,\n"
    "  publisher={Editora}}\n@Article{ferrante2019, author={Luca Ferrante}, title={Reti},\n"
    "  journal={Rivista}, year=2019}\n"
)
_MISSING = (C.CITATION_KEY_MISSING, C.BIBLIOGRAPHY_UNREADABLE, C.NO_LITERATURE_LIST)


@pytest.mark.parametrize(
    ("definition", "use", "names"),
    [
        # a class's command: an optional argument of options, the file second
        (
            "\\newcommand{\\univbibliography}[2][]{\\cleardoublepage\n"
            "  \\bibliographystyle{univ}\\begingroup\\bibliography{#2}\\endgroup}\n",
            "\\univbibliography{../bib/referencias}",
            ["../bib/referencias"],
        ),
        # the options given; several files
        (
            "\\newcommand{\\univbibliography}[2][]{\\bibliography{#2}}\n",
            "\\univbibliography[nobreakitems]{capitolo1,capitolo2}",
            ["capitolo1", "capitolo2"],
        ),
        # a \def with one parameter, a heading before the list (Spanish template)
        (
            "\\def\\bibliografia#1{\\chapter*{Bibliograf\\'ia}\\bibliography{#1}}\n",
            "\\bibliografia{fuentes}",
            ["fuentes"],
        ),
        # biblatex: the command adds the resource (French template), name without braces
        (
            "\\newcommand\\ajouterbiblio[1]{\\addbibresource{#1}}\n",
            "\\ajouterbiblio{these.bib}",
            ["these.bib"],
        ),
        # xparse, optional then mandatory
        (
            "\\NewDocumentCommand{\\referencias}{o m}{\\bibliography{#2}}\n",
            "\\referencias[x]{refs}",
            ["refs"],
        ),
        # a use inside another definition names nothing (its value is a parameter);
        # a command naming a fixed file is no wrapper (bib_names reads that file)
        (
            "\\newcommand{\\univbibliography}[1]{\\bibliography{#1}}\n"
            "\\newcommand{\\fixa}{\\bibliography{fixed}}\n",
            "\\newcommand{\\fim}[1]{\\univbibliography{#1}}\\fixa\\univbibliography{own}",
            ["own"],
        ),
    ],
)
def test_a_wrapper_names_the_file_its_argument_holds(
    definition: str, use: str, names: list[str]
) -> None:
    text = definition + "\\begin{document}\n" + use + "\n\\end{document}\n"
    found = wrapped_names(text, bib_wrappers([text]))
    assert [name for name, _ in found] == names


@pytest.mark.parametrize(
    ("cls", "kept"),
    [
        # an error macro of the class: \endinput runs only when the macro is used
        ("\\newcommand\\univcheck{%\n  \\ClassError{univ}{x}{y}%\n  \\endinput\n}\n", True),
        # a \def with delimited parameters (a command among the delimiters)
        ("\\def\\univ@split#1,#2\\@{%\n  \\ifx#2\\empty\\expandafter\\endinput\\fi}\n", True),
    ],
)
def test_endinput_in_a_macro_body_keeps_the_rest_read(cls: str, kept: bool) -> None:
    text = cls + "\\newcommand{\\after}{\\bibliography{#1}}\n"
    assert ("\\newcommand{\\after}" in blank(text, Definitions()).text) is kept
    # an \endinput at the top of the file still ends it
    assert "\\after" not in blank(text + "\\endinput\n\\after\n", Definitions()).text[len(text) :]


@pytest.mark.parametrize(
    ("cls", "tex"),
    [
        # a Brazilian programme's class: error macro with \endinput, then the wrapper
        (
            "\\NeedsTeXFormat{LaTeX2e}\n\\ProvidesClass{univ}\n\\LoadClass{book}\n"
            "\\newcommand\\univkeywords{\\@ifundefined{univ@kw}{%\n"
            "  \\ClassError{univ}{Faltam palavras-chave}{}\\endinput}{}}\n"
            "\\newcommand{\\univbibliography}[2][]{%\n  \\cleardoublepage\n"
            "  \\bibliographystyle{plain}\n  \\bibliography{#2}\n  \\clearpage}\n",
            "\\documentclass{univ}\n\\begin{document}\nSegundo~\\cite{ribeiro2015} e "
            "\\cite{ferrante2019}.\n\\univbibliography{bib/refs}\n\\end{document}\n",
        ),
        # the wrapper defined in the manuscript's preamble; keys written in braces
        (
            "\\ProvidesClass{univ}\n\\LoadClass{report}\n",
            "\\documentclass{univ}\n\\newcommand{\\bibliografia}[1]{\\chapter*{Bibliografia}"
            "\\bibliography{#1}}\n\\begin{document}\nCome in~\\cite{{ribeiro2015}} e "
            "\\cite{{ferrante2019}}.\n\\bibliografia{bib/refs}\n\\end{document}\n",
        ),
    ],
)
def test_a_template_wrapper_reads_the_bibliography(tmp_path: Path, cls: str, tex: str) -> None:
    (tmp_path / "univ.cls").write_text(cls)
    (tmp_path / "bib").mkdir()
    (tmp_path / "bib" / "refs.bib").write_text(BIB)
    (tmp_path / "tese.tex").write_text(tex)
    doc = parse_file(tmp_path / "tese.tex")
    assert not [a for a in doc.all_anomalies() if a.code in _MISSING]
    linked = {f.label: f.literature for f in doc.footnotes}
    assert set(linked) == {"ribeiro2015", "ferrante2019"}
    assert all(match is not None for match in linked.values())
    assert [b.name for b in doc.bibliographies] == ["bib/refs.bib"]


@pytest.mark.parametrize(
    ("item", "authors", "title", "year"),
    [
        # Spanish hand-typed list: names, a comma, the title in bold, place, publisher
        (
            "Marta Ruiz Gómez, Pablo Serrano, Lucía Ortega,\n  \\textbf{Recuperación de "
            "conjuntos complementarios}.\n  Madrid,\n  Editorial Norte,\n  2016.",
            ("Marta Ruiz Gómez", "Pablo Serrano", "Lucía Ortega"),
            "Recuperación de conjuntos complementarios",
            2016,
        ),
        # Portuguese, no comma before the bold title, "e" before the last name
        (
            "Carla M. Duarte, Rui Fonseca e Tiago Lima\n  \\textbf{Uma medida de semelhança "
            "entre textos}\n  2011.",
            ("Carla M. Duarte", "Rui Fonseca", "Tiago Lima"),
            "Uma medida de semelhança entre textos",
            2011,
        ),
        # French, "et" before the last name, the place and publisher after the title
        (
            "Claire Martin, Hugo Lefèvre et Inès Moreau\n  \\textbf{Analyse des réseaux "
            "de transport urbain}. Lyon, Presses du Rhône, 2018.",
            ("Claire Martin", "Hugo Lefèvre", "Inès Moreau"),
            "Analyse des réseaux de transport urbain",
            2018,
        ),
    ],
)
def test_a_bold_title_after_given_first_names(
    tmp_path: Path, item: str, authors: tuple[str, ...], title: str, year: int
) -> None:
    (tmp_path / "t.tex").write_text(
        "\\documentclass{report}\n\\begin{document}\nTexto \\cite{obra}.\n"
        "\\begin{thebibliography}{9}\n\\bibitem{obra}\n  " + item + "\n"
        "\\end{thebibliography}\n\\end{document}\n"
    )
    doc = parse_file(tmp_path / "t.tex")
    [entry] = doc.literature
    ref = entry.reference
    assert (tuple(ref.authors), ref.title, ref.year) == (authors, title, year)
