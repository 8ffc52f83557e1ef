"""The language of a title in Latin script, from its function words and its letters.

A script names few languages (Cyrillic, Han, Greek: :func:`~bibcheck.parse.references.
fields.detect_language`); Latin script names none.  A title in Latin script tells its
language by its function words (``de``, ``do``, ``em``; ``w``, ``dla``; ``der``, ``und``),
by letters only some languages write (``ã``, ``ł``, ``ř``, ``ß``, ``ñ``) and by word
endings (``-ção``, ``-ción``, ``-zione``, ``-ung``, ``-ości``).  Each such *feature*
found in a title (each counted once) is one point, shared equally by the languages that
have it (``de`` is Portuguese, Spanish, French, Italian and Dutch: a fifth of a point
each; ``ã`` is Portuguese alone: a whole point).

The rule is conservative, because a wrong language is worse than none (it is exported
as biblatex ``langid`` and CSL ``language``): a title of fewer than three words, a title
with no feature, or one whose best language leads the next by less than a point has no
language.  Letters of languages this table does not tell apart (Romanian ``ș``,
Hungarian ``ő``, Danish ``ø``, Vietnamese ``ư``, the macrons of Māori and of
romanised Japanese …) and Catalan, Danish and Norwegian
words count for an "other" language, which is never answered: a Catalan title is not
taken for Italian, nor a Norwegian one for Swedish.
Deterministic, offline and linear in the length of the title.
"""

from __future__ import annotations

from collections import defaultdict

from bibcheck.lazyre import lazy_compile

__all__ = ["latin_language"]

MIN_WORDS = 3  # a shorter title says too little to name a language
LEAD = 1.0  # points the best language must lead the next by

OTHER = "other"  # a language this table does not tell apart: never answered

# function words -> the languages that write them (only words frequent in titles)
_WORDS: dict[str, tuple[str, ...]] = {}
# letters and marks -> the languages that write them
_LETTERS: dict[str, tuple[str, ...]] = {}

_FUNCTION_WORDS = {
    "en": "the of and for with from to by an is are its into on at as or how what why "
    "this that their towards between through versus",
    "pt": "de do da dos das em no na nas nos ao aos à e o os um uma para por com como sobre "
    "entre não são pelo pela pelos pelas seu sua seus suas que",
    "es": "de el los las del y en con para por una un al como sobre entre su sus es desde "
    "hasta según lo la que",
    "fr": "de le les des du et pour dans sur une un au aux en la est par avec l d qui que "
    "ses son sa ce cette leur leurs",
    "it": "di il della delle degli dei dello nel nella nelle negli per con e da gli lo la "
    "le alla alle sul sulla tra fra che una un del dal dalla ed ai agli l d",
    "de": "der die das und des den dem im vom von zu zur zum für mit ein eine einer eines "
    "auf über bei aus als ist nach durch gegen unter zwischen sowie",
    "nl": "de het een van en op voor met naar bij over uit aan te tot door ten ter",
    "sv": "och för av på med till som att i en ett om från vid",
    "pl": "w i z na do dla oraz się od po przez jako o nie ze przy pod jest we",
    "cs": "v ve s se z k ke o na pro při jako je do od po u za ze mezi",
    "sk": "v vo s so z k na pre pri ako je do od po u za zo medzi sa",
    "tr": "ve bir ile için bu olarak üzerine",
    # Catalan's own words (and its "i"), Danish and Norwegian ones
    OTHER: "amb els dels pel pels als una i per og til af fra etter ved ikke er av den med om",
}
_WRITTEN_LETTERS = {
    "pt": "ãõçâêôáíóúéà",
    "es": "ñ¿¡áíóúé",
    "fr": "œîûïëêôâèùçàé",
    "it": "ìòàèùé",
    "de": "ßäöü",
    "nl": "ïë",
    "sv": "åäö",
    "pl": "ąęłńśźżćó",
    "cs": "ěřůčšžýťďňáíéúó",
    "sk": "ľĺŕäôčšžýťďňáíéúó",
    "tr": "şğıçöü",
    OTHER: "āēīōūåășțőűøæđðþơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ·",
}
# word endings -> the languages that write them ("avaliação", "evaluación", "valutazione")
_ENDINGS = {
    "en": "ness ity ities ship ing",
    "pt": "ção ções idade idades",
    "es": "ción ciones idad idades",
    "it": "zione zioni ità",
    "fr": "ique iques eux eaux ité",
    "de": "ung ungen keit heit schaft lich liche",
    "nl": "heid lijk lijke ing",
    "sv": "ning ningar",
    "pl": "ych ego ów ość ości anie enie ami",
    "cs": "ání ení ých ého ost",
    "sk": "ých ého ost",
}
_SUFFIXES: dict[str, tuple[str, ...]] = {}
for _language, _endings in _ENDINGS.items():
    for _ending in _endings.split():
        _SUFFIXES[_ending] = (*_SUFFIXES.get(_ending, ()), _language)
STEM = 3  # letters a word has before an ending that counts

for _language, _words in _FUNCTION_WORDS.items():
    for _word in _words.split():
        _WORDS[_word] = (*_WORDS.get(_word, ()), _language)
for _language, _letters in _WRITTEN_LETTERS.items():
    for _letter in _letters:
        _LETTERS[_letter] = (*_LETTERS.get(_letter, ()), _language)

_WORD = lazy_compile(r"[^\W\d_]+")


def latin_language(title: str) -> str | None:
    """The ISO 639-1 code of the language a Latin-script title is written in, or None
    when the title does not say clearly (see the module docstring)."""
    words = _WORD.findall(title.lower())
    if len(words) < MIN_WORDS:
        return None
    distinct = set(words)
    features = [_WORDS[w] for w in distinct if w in _WORDS]
    endings = {e for w in distinct for e in _SUFFIXES if len(w) >= len(e) + STEM and w.endswith(e)}
    features += [_SUFFIXES[e] for e in endings]
    features += [_LETTERS[c] for c in set(title.lower()) if c in _LETTERS]
    points: dict[str, float] = defaultdict(float)
    for languages in features:
        for language in languages:
            points[language] += 1 / len(languages)
    ranked = sorted(points.items(), key=lambda kv: (-kv[1], kv[0]))
    if not ranked:
        return None
    best, score = ranked[0]
    runner_up = ranked[1][1] if len(ranked) > 1 else 0.0
    if best == OTHER or score < LEAD or score - runner_up < LEAD - 1e-9:
        return None
    return best
