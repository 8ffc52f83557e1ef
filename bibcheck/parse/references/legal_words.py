"""The words civil-law and EU legal sources are cited by, shared by the parser that reads
an act's designation and year (:mod:`.acts`) and the test that tells a legal source from
literature (:mod:`.civil_law`): one list, so that what one knows the other knows."""

from __future__ import annotations

__all__ = ["GAZETTES", "SLAVIC_GAZETTE", "STATUTES"]

# statutes, decrees, orders and regulations by their designation: Spanish, French, Italian,
# Portuguese, German, Dutch, Polish, Czech, Catalan
STATUTES = (
    r"Real\sDecreto(?:-ley|\sLegislativo)?|Decreto(?:-[Ll]e[iy]|\s[Ll]egislativo|\slegge)?"
    r"|Ley(?:\sOrgánica)?|Orden|Loi(?:\sorganique)?|Décret|Ordonnance|Arrêté|Legge"
    r"|Lei(?:\sComplementar)?|Gesetz|Verordnung|Bekanntmachung|(?:Koninklijk\s)?Besluit|Wet"
    r"|Ustawa|Rozporządzenie|Obwieszczenie|Zarządzenie|Uchwała|Dekret|Zákon|Vyhláška|Nařízení"
    # Catalan
    r"|Decret(?:\slegislatiu)?|Llei(?:\sorgànica)?|Reial\sdecret"
)
# official gazettes, by their abbreviations: "BGBl.", "GBl. DDR", "Dz. U.", "BOE", "JORF",
# "GURI", "Stb."
GAZETTES = (
    r"BOE|DOGC|BOJA|BOCM|DOUE|DOCE|JORF|JOUE|GURI|GU|BGBl\.|RGBl\.|Stb\.|Staatsblad|Stcrt\."
    # the Gesetzblatt of the GDR and of the German Länder, with its state: "GBl. DDR I",
    # "GBl. BW", "GVBl. Bln", "GVBl."
    r"|G(?:V|VO)?Bl\.(?:\s(?:DDR|BW|Bln|LSA|NRW|[A-Z]{2}))?"
    r"|Dz\.\s?U\.|M\.P\.|Sb\.|DRE?"
)

# the official gazettes of the South Slavic states, by name (their issues numbered by the
# year: "„Службени гласник РС”, бр. 45/2013", "Narodne novine, br. 35/05", "Uradni list RS,
# št. 55/2008", "Službene novine FBiH, br. 7/05", abbreviated "Сл. гласник РС", "Sl. list";
# "Службен весник на РМ", Bulgarian "Държавен вестник")
SLAVIC_GAZETTE = (
    r"(?:Службени|Сл\.)\s(?:гласник|лист)|(?:Službeni|Sl\.)\s(?:glasnik|list)|Službene\snovine|Narodne\snovine"
    r"|Народне\sновине|Uradni\slist|Службен\s(?:весник|лист)|Државен\sвестник|Държавен\sвестник"
)
