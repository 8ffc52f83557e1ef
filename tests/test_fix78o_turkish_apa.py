"""fix78o: APA 7 lists in Turkish (a Kaynakça), as pdftotext gives them.

* APA's version in parentheses after the title is no part of it, in Turkish too:
  ``(R paketi sürüm 1.4.2) [Yazılım]``, a preprint's ``(Sürüm 3) [Ön baskı]``, a
  guideline's ``(Sürüm 1.0)`` (:data:`bibcheck.parse.references.apa._VERSION`); a
  journal's article keeps its own (``Solar cell efficiency tables (version 58)``).
* A body's guideline whose title closes with the genre's noun (``… tanı ve tedavi
  rehberi``, ``… klinik uygulama kılavuzu``) is its ``report``
  (:mod:`bibcheck.parse.references.guideline_kind`).
* An act titled to its designation (``… yönetmeliği``, ``… Tebliği``, ``… Kanunu``) in the
  Resmî Gazete, cited as an article, is a ``report``
  (:mod:`bibcheck.parse.references.closing_acts`); an article titled for a law is not.
* The Turkish citation forms of the text are citations of their entries: ``Yılmaz ve`` ⏎
  ``arkadaşlarının (2015)``, ``Öztürk-Şahin'in (2019)``, a body wrapped over a line with its
  abbreviation (``(Enerji ve Tabii Kaynaklar`` ⏎ ``Bakanlığı [ETKB], 2014)``) and the
  abbreviation used later (``ETKB (2014)``) -- guards: read so already.
"""

from __future__ import annotations

import pytest

from bibcheck.model import Reference, RefKind
from bibcheck.parse.references import parse_reference
from bibcheck.readers import pdftext


def _read(text: str) -> Reference:
    return parse_reference(text, (1,), detect_styles=True)


@pytest.mark.parametrize(
    ("text", "title", "kind"),
    [
        (
            "Kaya, A. ve Demir, B. (2023). rtools: Tools for regression tables (R paketi sürüm "
            "1.4.2) [Yazılım]. https://cran.example.org/package=rtools",
            "rtools: Tools for regression tables",
            RefKind.WEB,
        ),
        (
            "Arslan, C. ve Polat, D. (2024). Dust exposure in marble quarry workers: A cohort "
            "study (Sürüm 3) [Ön baskı]. medRxiv. https://doi.org/10.99999/2024.01.02.0001",
            "Dust exposure in marble quarry workers: A cohort study",
            RefKind.ARTICLE,
        ),
        (
            "Türk Nefroloji Derneği. (2020). Glomerülonefrit tanı ve tedavi rehberi (Sürüm "
            "1.0). Türk Nefroloji Derneği.",
            "Glomerülonefrit tanı ve tedavi rehberi",
            RefKind.REPORT,
        ),
        (
            "Türk Kardiyoloji Derneği. (2022). Kalp yetersizliği klinik uygulama kılavuzu. "
            "Türk Kardiyoloji Derneği.",
            "Kalp yetersizliği klinik uygulama kılavuzu",
            RefKind.REPORT,
        ),
        # a journal's article keeps the version its title holds (guard)
        (
            "Green, M. A. ve Dunlop, E. D. (2021). Solar cell efficiency tables (version 58). "
            "Progress in Photovoltaics, 29(1), 3–15.",
            "Solar cell efficiency tables (version 58)",
            RefKind.ARTICLE,
        ),
    ],
)
def test_versions_and_guidelines(text: str, title: str, kind: RefKind) -> None:
    ref = _read(text)
    assert ref.title == title
    assert ref.kind is kind


@pytest.mark.parametrize(
    ("text", "title", "kind"),
    [
        (
            "Sağlık Bakanlığı. (2019). Atık yönetimi yönetmeliği. Resmî Gazete, 30728.",
            "Atık yönetimi yönetmeliği",
            RefKind.REPORT,
        ),
        (
            "Tarım ve Orman Bakanlığı. (2017). Türk gıda kodeksi etiketleme tebliği. Resmi "
            "Gazete, 30028.",
            "Türk gıda kodeksi etiketleme tebliği",
            RefKind.REPORT,
        ),
        (
            "Çevre ve Şehircilik Bakanlığı. (2015). Sıfır atık yönergesi. Resmî Gazete, 29311.",
            "Sıfır atık yönergesi",
            RefKind.REPORT,
        ),
        # an article titled for a law, in a journal: an article
        (
            "Yılmaz, A. (2015). Yeni iş kanunu. Çalışma ve Toplum, 12(3), 45–67.",
            "Yeni iş kanunu",
            RefKind.ARTICLE,
        ),
        # an article on the gazette: no act's designation closes its title
        (
            "Kaya, B. (2010). Resmî Gazete'nin ilk yılları. Tarih Dergisi, 8(2), 11–30.",
            "Resmî Gazete'nin ilk yılları",
            RefKind.ARTICLE,
        ),
    ],
)
def test_acts_titled_to_their_designation(text: str, title: str, kind: RefKind) -> None:
    ref = _read(text)
    assert ref.title == title
    assert ref.kind is kind


TURKISH = """\
Maden işçilerinde pnömokonyoz
AYŞE DEMİR

1. Giriş
Kömür madenlerinde pnömokonyoz sık görülür (Aydın vd., 2010). Yılmaz ve
arkadaşlarının (2015) serisinde hastaların çoğu gençti. Ölçüm yükümlülüğü
ayrı bir yönetmelikle düzenlenmiştir (Enerji ve Tabii Kaynaklar
Bakanlığı [ETKB], 2014). Daha sonra ETKB (2014) sınırları yeniden ele almıştır.
Öztürk-Şahin'in (2019) tezinde de benzer sonuçlar bildirilmiştir.

Kaynakça
Aydın, M., Kara, S. ve Uçar, T. (2010). Kömür tozu ve akciğer. Maden Dergisi,
   5(2), 10–20.
Enerji ve Tabii Kaynaklar Bakanlığı. (2014). Maden işyerlerinde toz yönetmeliği.
   Resmî Gazete, 29001.
Öztürk-Şahin, E. (2019). Kömür madencilerinde solunum fonksiyonları [Doktora
   tezi, Ege Üniversitesi]. Ulusal Tez Merkezi.
Yılmaz, K., Polat, D. ve Er, C. (2015). Genç madencilerde pnömokonyoz. Toraks
   Dergisi, 3(1), 1–9.
"""


def test_turkish_citation_forms() -> None:
    doc = pdftext.read(TURKISH)
    assert [e.text.split(",")[0].split(".")[0] for e in doc.literature] == [
        "Aydın",
        "Enerji ve Tabii Kaynaklar Bakanlığı",
        "Öztürk-Şahin",
        "Yılmaz",
    ]
    marks = sorted((m.line, m.label) for m in doc.markers)
    assert marks == [(5, "1"), (5, "4"), (7, "2"), (8, "2"), (9, "3")]
