"""Reader choice between plain text and PDF-converted text for documents that cite by
``[n]``, and the ``[n]`` list of a two-column PDF page (fixtures written for these tests)."""

from __future__ import annotations

import pytest

from bibcheck.errors import InputError
from bibcheck.readers import choose
from bibcheck.readers.plaintext import read

# An authored plain-text draft: rules, section numbers "B.1" glued after a letter and a
# dot, a decimal, "[n]" citations and an indented numbered list.  Its section numbers
# and list items must not pass for footnotes of a PDF conversion.
GRANT = """\
RESEARCH PLAN (draft 2)
Soil microbiome restoration in degraded rangeland: a field trial
PI: J. Okafor, PhD

======================================================================
SPECIFIC AIMS
======================================================================

Rangeland degradation affects a fifth of the world's drylands and
cuts forage yield by up to 40% [1, 2]. Inoculation with native soil
biota restored plant cover in greenhouse studies [3-5], but field
evidence is thin [6].

Aim 1. Test whether inoculation raises plant cover after two seasons
in 12 paddocks [7].

======================================================================
APPROACH
======================================================================

B.1 Rationale. Fungal networks move water between plants [8], and
their loss precedes erosion [9, 10].

B.2 Preliminary data. Our pilot found a mean cover gain of 0.12
(p < 0.05) over controls [11]; see also [3].

B.3 Design. Paddocks are randomised in blocks [12], following the
reporting guideline for field trials [13, p. 4].

======================================================================
REFERENCES
======================================================================

1. Reynolds JF, Smith DM, Lambin EF. Global desertification: building
   a science for dryland development. Science. 2007;316:847-51.
2. Bardgett RD, van der Putten WH. Belowground biodiversity and
   ecosystem functioning. Nature. 2014;515:505-11.
3. Wubs ERJ, van der Putten WH, Bosch M, Bezemer TM. Soil inoculation
   steers restoration of terrestrial ecosystems. Nat Plants. 2016;2:16107.
4. Harris J. Soil microbial communities and restoration ecology.
   Science. 2009;325:573-4.
5. Koziol L, Bever JD. The missing link in grassland restoration.
   J Appl Ecol. 2017;54:1301-9.
6. Rowe HI, Brown CS, Claassen VP. Comparisons of mycorrhizal
   responsiveness. Restor Ecol. 2007;15:44-52.
7. Hemming K, Taljaard M. Sample size calculations for cluster
   trials. BMJ. 2016;353:i3047.
8. Simard SW, Perry DA. Net transfer of carbon between tree species.
   Nature. 1997;388:579-82.
9. Rillig MC, Mummey DL. Mycorrhizas and soil structure. New Phytol.
   2006;171:41-53.
10. Leifheit EF, Veresoglou SD, Lehmann A. Multiple factors influence
    soil aggregation. Plant Soil. 2014;374:523-37.
11. Okafor J, Lee K. Pilot inoculation of rangeland paddocks. Rangel
    Ecol Manag. 2023;88:12-20.
12. Bailey RA. Design of Comparative Experiments. Cambridge: CUP; 2008.
13. Gerstner K, Dormann CF. Reporting field experiments. Methods Ecol
    Evol. 2014;5:1-10.
"""

# pdftotext (no -layout) of a two-column paper: form feeds, page numbers, affiliation
# digits, two real footnotes ("9.1", "[12].2"), [n] citations, and the reference list
# interleaved by the converter ([1], [11], [2], [12]...) with two entries set above the
# heading and three on the next page.
TWO_COLUMN = (
    "Adaptive Payload Compression for LoRa Sensor Networks\n"
    "Mei Chen1 , Pablo Ruiz2\n"
    "1\n"
    "\n"
    "Delft University of Technology\n"
    "\n"
    "2\n"
    "\n"
    "University of Valencia\n"
    "\n"
    "Abstract\n"
    "Low-power wide-area networks limit the payload of each frame\n"
    "[1, 2]. We show that compression chosen per frame saves airtime.\n"
    "\n"
    "1\n"
    "\n"
    "Introduction\n"
    "\n"
    "LoRa devices send a few frames per hour on a duty cycle [3].\n"
    "Prior work compresses sensor data offline [4, 5] or with fixed\n"
    "dictionaries [6]. We measured the airtime on 40 nodes at a\n"
    "spreading factor of 9.1\n"
    "Our controller picks a codec per frame [7] and falls back to raw\n"
    "frames when the gain is small [8, 2].\n"
    "\n"
    "2\n"
    "\n"
    "Design\n"
    "\n"
    "The controller keeps a model of each codec [9] and of the radio\n"
    "[10, 11]. A frame is compressed when the expected saving beats\n"
    "the cost of the codec on the node, as in [12].2\n"
    "\n"
    "1 Measured with a Semtech gateway at 868 MHz.\n"
    "\n"
    "2 Scripts are at https://example.org/lora-zip.\n"
    "\n"
    "1\n"
    "\fEvaluation. Over 30 days the controller saved 21% of the\n"
    "airtime compared with raw frames [3] and 9% compared with\n"
    "the fixed dictionary [6, 13]. Battery life grew by a month [14].\n"
    "\n"
    '[9] J. Ziv and A. Lempel, "A universal algorithm for sequential\n'
    'data compression," IEEE Trans. Inf. Theory, vol. 23, no. 3,\n'
    "pp. 337-343, 1977.\n"
    '[10] M. Bor and U. Roedig, "LoRa transmission parameter selection,"\n'
    "in Proc. DCOSS, 2017, pp. 27-34.\n"
    "\n"
    "Conclusion\n"
    "\n"
    "Per-frame codec choice saves airtime on constrained radios [4].\n"
    "\n"
    "References\n"
    '[1] U. Raza, P. Kulkarni, and M. Sooriyabandara, "Low power wide\n'
    'area networks: An overview," IEEE Commun. Surv. Tut., vol. 19,\n'
    "no. 2, pp. 855-873, 2017.\n"
    "\n"
    '[11] F. Adelantado et al., "Understanding the limits of LoRaWAN,"\n'
    "IEEE Commun. Mag., vol. 55, no. 9, pp. 34-40, 2017.\n"
    "\n"
    '[2] J. Haxhibeqiri, E. De Poorter, I. Moerman, and J. Hoebeke, "A\n'
    'survey of LoRaWAN for IoT," Sensors, vol. 18, no. 11, 2018.\n'
    "\n"
    '[12] T. Sheltami, "Data compression techniques in wireless sensor\n'
    'networks," Future Gener. Comput. Syst., vol. 64, pp. 151-162, 2016.\n'
    "\n"
    '[3] LoRa Alliance, "LoRaWAN regional parameters," 2020. [Online].\n'
    "Available: https://lora-alliance.org/resource-hub/\n"
    "\n"
    '[13] C. Sadler and M. Martonosi, "Data compression algorithms for\n'
    'energy-constrained devices," in Proc. SenSys, 2006, pp. 265-278.\n'
    "\n"
    '[4] F. Marcelloni and M. Vecchio, "A simple algorithm for data\n'
    'compression in wireless sensor networks," IEEE Commun. Lett.,\n'
    "vol. 12, no. 6, pp. 411-413, 2008.\n"
    "\n"
    '[14] K. Mikhaylov, J. Petaejaejaervi, and T. Haenninen, "Analysis of\n'
    "capacity and scalability of the LoRa low power wide area\n"
    'network technology," in Proc. European Wireless, 2016.\n'
    "\n"
    "[5] D. Salomon, Data Compression: The Complete Reference. London,\n"
    "UK: Springer, 2007.\n"
    "\n"
    "2\n"
    '\f[6] M. Hooshmand et al., "Dictionary compression for sensor\n'
    'nodes," in Proc. IPSN, 2016, pp. 1-12.\n'
    '[7] R. Liu, "Online codec selection," Ad Hoc Netw., vol. 98, 2020.\n'
    '[8] A. Lavric and V. Popa, "Performance evaluation of LoRaWAN\n'
    'communication scalability," in Proc. ATEE, 2019, pp. 1-6.\n'
    "\n"
    "3\n"
)

# A footnoted law review converted from PDF: UK neutral citations "[2019] UKSC 12" and
# paragraph numbers "[24]" in the notes, two "[1]"/"[2]" in the body: still pdf-text.
LAW_REVIEW = (
    "THE DUTY TO CONSULT AFTER R (HOSKINS)\n"
    "\n"
    "Public bodies must consult before they close a service.1 The\n"
    "Supreme Court restated the rule in 2019,2 and the Court of Appeal\n"
    "applied it to hospital closures in the year after.3 What [1] and\n"
    "[2] of the judgment require is fairness, not agreement.4\n"
    "\n"
    "1 R (Moseley) v Haringey LBC [2014] UKSC 56.\n"
    "2 R (Hoskins) v Lambeth LBC [2019] UKSC 12, [24]-[27].\n"
    "3 R (Eaton) v NHS Trust [2020] EWCA Civ 401.\n"
    "4 Ibid [31].\n"
    "\n"
    "1\n"
    "\fA consultation must be at a formative stage.5 Its paper must\n"
    "give reasons,6 and the answers must be taken into account.7\n"
    "\n"
    "5 R v Brent LBC, ex p Gunning (1985) 84 LGR 168.\n"
    "6 Moseley (n 1) [25].\n"
    "7 Hoskins (n 2) [40]; see also [2018] EWHC 77 (Admin).\n"
    "\n"
    "2\n"
)


@pytest.mark.parametrize(
    ("text", "reader"),
    [
        pytest.param(GRANT, "plain-text", id="authored-draft-section-numbers"),
        pytest.param(TWO_COLUMN, "plain-text", id="pdf-conversion-citing-by-number"),
        pytest.param(LAW_REVIEW, "pdf-text", id="pdf-footnotes-with-bracketed-law-reports"),
    ],
)
def test_reader_choice(text: str, reader: str) -> None:
    assert choose("paper.txt", text).reader.name == reader


def test_authored_draft_reads_every_citation() -> None:
    doc = read(GRANT)
    assert [n.label for n in doc.literature] == [str(n) for n in range(1, 14)]
    assert len(doc.markers) == 14  # [3-5] is three
    assert {(m.label, m.line) for m in doc.markers} >= {("3", 25), ("11", 25), ("13", 28)}


def test_two_column_list_read_whole_in_number_order() -> None:
    doc = read(TWO_COLUMN)
    assert [n.label for n in doc.literature] == [str(n) for n in range(1, 15)]
    starts = {n.label: n.text.split(",")[0] for n in doc.literature}
    assert starts["9"] == "J. Ziv and A. Lempel"  # above the heading
    assert starts["11"] == "F. Adelantado et al."  # the other column, between 1 and 2
    assert starts["6"] == "M. Hooshmand et al."  # the next page
    assert starts["8"] == "A. Lavric and V. Popa"
    # entries are no citations: each number is cited where the body cites it, once
    # (labelled "[n]": the two footnotes keep their numbers)
    got = sorted((m.label.strip("[]"), m.line) for m in doc.markers if m.label.startswith("["))
    want = [
        ("1", 13), ("10", 31), ("11", 31), ("12", 32), ("13", 41), ("14", 41), ("2", 13),
        ("2", 24), ("3", 19), ("3", 40), ("4", 20), ("4", 51), ("5", 20), ("6", 21),
        ("6", 41), ("7", 23), ("8", 24), ("9", 30),
    ]  # fmt: skip
    assert got == want
    # the two page-bottom footnotes ("9.1", "[12].2") are read as notes, apart from the list
    assert {(m.label, m.line) for m in doc.markers if m.label[0] != "["} == {("1", 22), ("2", 32)}
    notes = {n.label: n.text for n in doc.footnotes}
    assert notes["2"] == "Scripts are at https://example.org/lora-zip."
    assert not [a for a in doc.anomalies if a.code.value.startswith("literature")]


@pytest.mark.parametrize(
    ("text", "labels"),
    [
        pytest.param(
            'Body [1] and [2].\n\nReferences\n[1] A. Smith, "T," 2001.\n[2] B. Jones, "U," 2002.\n',
            ["1", "2"],
            id="plain-list-untouched",
        ),
        pytest.param(
            'Body [1], [2], [3].\n\f\n[3] C. Lee, "V," 2003.\n\nReferences\n'
            '[1] A. Smith, "T," 2001.\n\n[2] B. Jones, "U," 2002.\n',
            ["1", "2", "3"],
            id="entry-above-heading-on-its-page",
        ),
        pytest.param(
            "Body [1], [2].\n\n[2] showed that the rest holds.\n\f\nReferences\n"
            '[1] A. Smith, "T," 2001.\n',
            ["1"],
            id="sentence-starting-with-a-citation-on-another-page",
        ),
        pytest.param(
            "Body [1], [2].\n\f\n[1] Smith showed this first.\n\nReferences\n"
            '[1] A. Smith, "T," 2001.\n\n[2] B. Jones, "U," 2002.\n',
            ["1", "2"],
            id="number-already-read-stays-text",
        ),
    ],
)
def test_stray_entries(text: str, labels: list[str]) -> None:
    assert [n.label for n in read(text).literature] == labels


def test_numeric_citations_pdf_text_cannot_read_are_no_silent_choice() -> None:
    # with no list heading plain-text does not fit either: a refusal that says what
    # was found and which reader to try, never pdf-text reading two footnotes
    text = TWO_COLUMN.replace("References\n", "")
    with pytest.raises(InputError) as err:
        choose("paper.txt", text)
    assert "numeric citations [n]" in str(err.value)
    assert "--reader plain-text" in str(err.value)
