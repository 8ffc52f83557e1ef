"""PDF-to-text: a ``[n]`` reference list that a two-column conversion scattered.

* entries of the other column set above the ``References`` heading (after the text of the
  first column) belong to the list; a citation that starts a line of text (``[2] showed
  that …``) is no entry;
* after a page break an entry may come out one word to a line (``[6] ACME`` /
  ``Corporation,`` / …): it is an entry, not text of another column.
"""

from __future__ import annotations

from bibcheck.readers.pdftext import read

FF = "\f"

PAPER = (
    "Batching on Small Boards\n\n"
    "Batching raises throughput [1]. Frequency scaling saves energy [2], [3].\n"
    "Both were studied apart [4], [5]. We use the vendor runtime [6].\n"
    "[2] showed that memory clocks matter as much\n"
    "as core clocks on such boards.\n\n"
    "1\n"
    f"{FF}Both knobs interact on every board we measured.\n"
    "[4] P. Lund and K. Moe, “Adaptive batching for edge\n"
    "inference,” in Proc. EdgeSys, 2021, pp. 1–6.\n"
    "[5] J. Ito, “Frequency governors revisited,” IEEE\n"
    "Micro, vol. 40, no. 2, pp. 10–18, 2020.\n\n"
    "Conclusion\n\n"
    "Joint control saves energy on all boards.\n\n"
    "References\n"
    "[1] A. Berg, “Serving models at the edge,” in Proc. MLSys, 2019, pp. 1–12.\n"
    "[2] C. Dale and E. Fox, “Memory clocks and inference,” in Proc. IISWC,\n"
    "2020, pp. 40–51.\n"
    "[3] G. Hart, Energy-Aware Computing. New York, NY, USA: Wiley, 2018.\n\n"
    "2\n"
    f"{FF}[6] ACME\n"
    "Corporation,\n"
    "“Runtime\n"
    "guide,”\n"
    "2023.\n"
    "[Online].\n"
    "Available:\n"
    "https://docs.acme.example/runtime/guide/\n"
    "[7] H. Ives, “Quantised inference,” in Proc. CVPR, 2022, pp. 7–9.\n\n"
    "3\n"
)


def test_whole_list_in_number_order() -> None:
    doc = read(PAPER)
    assert [e.label for e in doc.literature] == ["1", "2", "3", "4", "5", "6", "7"]
    entries = {e.label: e.text.replace("\n", " ") for e in doc.literature}
    assert entries["4"].startswith("P. Lund and K. Moe")
    assert entries["5"].endswith("pp. 10–18, 2020.")
    assert entries["6"].startswith("ACME Corporation")
    assert entries["6"].endswith("https://docs.acme.example/runtime/guide/")


def test_scattered_entries_are_no_text() -> None:
    text = " ".join(b.text for b in read(PAPER).blocks)
    assert "Lund" not in text and "ACME" not in text
    assert "showed that memory clocks" in text
