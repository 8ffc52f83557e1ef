"""Round 87 (fix87s): APA entries in the Indic scripts -- two or more inverted names with
their one-syllable initials joined by "&" ("ਬਰਾੜ, ਗ., & ਮਾਨ, ਰ."), a thesis named in
Punjabi or Sinhala, an archival file by its "File No." and APA's "[Archival file]"."""

from __future__ import annotations

import pytest

from bibcheck.model import RefKind
from bibcheck.parse.references import parse_reference


def _parse(text: str):  # noqa: ANN202
    return parse_reference(text, [0], detect_styles=True)


_JOURNAL = " (2021). ਸਿਰਲੇਖ ਦਾ ਅਧਿਐਨ. *ਖੋਜ ਪਤ੍ਰਿਕਾ*, *77*(2), 58–74."

AUTHORS = [
    # Gurmukhi, two names (the heldout74 entry's shape), three, a name with two initials
    ("ਬਰਾੜ, ਗ., & ਮਾਨ, ਰ." + _JOURNAL, ["ਬਰਾੜ", "ਮਾਨ"]),
    ("ਬਰਾੜ, ਗ., ਸਿੱਧੂ, ਜ., & ਮਾਨ, ਰ." + _JOURNAL, ["ਬਰਾੜ", "ਸਿੱਧੂ", "ਮਾਨ"]),
    ("ਸੰਧੂ, ਹ. ਕ., & ਗਿੱਲ, ਜ." + _JOURNAL, ["ਸੰਧੂ", "ਗਿੱਲ"]),
    # the other scripts' initials the same way
    ("शर्मा, र., & वर्मा, स. (2021). शीर्षक का अध्ययन. *शोध पत्रिका*, *7*(2), 5–8.", ["शर्मा", "वर्मा"]),
    ("শর্মা, র., & বর্মা, স. (2021). শিরোনাম. *পত্রিকা*, *7*(2), 5–8.", ["শর্মা", "বর্মা"]),
    ("પટેલ, ર., & શાહ, મ. (2021). શીર્ષક. *પત્રિકા*, *7*(2), 5–8.", ["પટેલ", "શાહ"]),
    ("ராவ், க., & பை, சு. (2021). தலைப்பு. *இதழ்*, *7*(2), 5–8.", ["ராவ்", "பை"]),
    ("పాటిల్, కె., & రావు, ఎం. (2021). శీర్షిక. *పత్రిక*, *7*(2), 5–8.", ["పాటిల్", "రావు"]),
    ("ರಾವ್, ಗ., & ಪೈ, ಸ. (2021). ಶೀರ್ಷಿಕೆ. *ಪತ್ರಿಕೆ*, *7*(2), 5–8.", ["ರಾವ್", "ಪೈ"]),
    ("റാവു, ജി., & പൈ, എസ്. (2021). തലക്കെട്ട്. *മാസിക*, *7*(2), 5–8.", ["റാവു", "പൈ"]),
    ("ରାଓ, ଗ., & ପାଇ, ସ. (2021). ଶୀର୍ଷକ. *ପତ୍ରିକା*, *7*(2), 5–8.", ["ରାଓ", "ପାଇ"]),
    # (Malayalam's old chillu, the virama and the joiner: "എല്\u200d." for "എൽ.")
    ("നായര്\u200d, എല്\u200d., & പൈ, എസ്. (2021). തലക്കെട്ട്. *മാസിക*, *7*(2), 5–8.", ["നായര്\u200d", "പൈ"]),
    # near-misses that stay one name: a single author, a body
    ("ਕੌਰ, ਹ. (2019). *ਸਿਰਲੇਖ*. ਲੋਕਗੀਤ ਪ੍ਰਕਾਸ਼ਨ.", ["ਕੌਰ"]),
]


@pytest.mark.parametrize(("text", "families"), AUTHORS)
def test_apa_authors_with_brahmic_initials(text: str, families: list[str]) -> None:
    ref = _parse(text)
    assert [a.split(",")[0].strip() for a in ref.authors] == families


KINDS = [
    # Punjabi theses: a doctorate's "ਪੀਐਚ.ਡੀ. ਥੀਸਿਸ", an M.Phil.'s "ਐਮ.ਫ਼ਿਲ. ਖੋਜ-ਨਿਬੰਧ", "ਖੋਜ-ਪ੍ਰਬੰਧ"
    (
        "ਕੌਰ, ਹ. (2019). *ਪੰਜਾਬ ਦੀਆਂ ਲਿੰਕ ਸੜਕਾਂ: ਮਾਲਵਾ ਖੇਤਰ ਦਾ ਅਧਿਐਨ* [ਪੀਐਚ.ਡੀ. ਥੀਸਿਸ, ਪੰਜਾਬੀ"
        " ਯੂਨੀਵਰਸਿਟੀ, ਪਟਿਆਲਾ]. ਸ਼ੋਧਗੰਗਾ. <https://shodhganga.example.org/handle/10603/1>",
        RefKind.THESIS,
    ),
    ("ਸਿੱਧੂ, ਜ. (2011). *ਮਾਲਵੇ ਦੇ ਮੇਲੇ* [ਐਮ.ਫ਼ਿਲ. ਖੋਜ-ਨਿਬੰਧ, ਗੁਰੂ ਨਾਨਕ ਦੇਵ ਯੂਨੀਵਰਸਿਟੀ].", RefKind.THESIS),
    ("ਗਿੱਲ, ਮ. (2008). *ਦੁਆਬੇ ਦੀ ਖੇਤੀ* [ਖੋਜ-ਪ੍ਰਬੰਧ, ਪੰਜਾਬ ਯੂਨੀਵਰਸਿਟੀ, ਚੰਡੀਗੜ੍ਹ].", RefKind.THESIS),
    # ... never a book whose title holds the word
    ("ਸਿੱਧੂ, ਜ. (2011). *ਖੋਜ-ਪ੍ਰਬੰਧ ਕਿਵੇਂ ਲਿਖੀਏ*. ਲੋਕਗੀਤ ਪ੍ਰਕਾਸ਼ਨ.", RefKind.BOOK),
    # Sinhala: an M.Phil.'s, a doctorate's, an M.A.'s thesis
    (
        "චමින්ද හේරත්, “පාසල් ක්‍රිකට් සහ සමාජ සංචලනය” (දර්ශනපති නිබන්ධනය, කොළඹ විශ්වවිද්‍යාලය, 2018), පි. 64.",
        RefKind.THESIS,
    ),
    (
        "නිමල් සිල්වා, “ග්‍රාමීය ක්‍රීඩා” (ආචාර්ය උපාධි නිබන්ධනය, පේරාදෙණිය විශ්වවිද්‍යාලය, 2015).",
        RefKind.THESIS,
    ),
    ("කුමාරි දිසානායක, “වොලිබෝල් ඉතිහාසය” (ශාස්ත්‍රපති නිබන්ධනය, කැලණිය විශ්වවිද්‍යාලය, 2012).", RefKind.THESIS),
    # an archival file: a repository, "File No." and APA's description
    (
        "Punjab State Archives. (1936). *Metalling of the Grand Trunk Road, Ludhiana–Phillaur"
        " section* (PWD Buildings and Roads Branch, File No. 112/1936) [Archival file]."
        " <https://punjabarchives.example.org/catalogue/pwd-br-112-1936>",
        RefKind.UNKNOWN,
    ),
    (
        "National Archives of India. (1947). *Partition proceedings* (Home Political, File No."
        " 12/3/47-Poll) [Archival file].",
        RefKind.UNKNOWN,
    ),
    # ... a body's printed report keeps its kind
    (
        "Ministry of Health. (2019). *Annual report 2018* (Report No. 12) [Fact sheet].",
        RefKind.REPORT,
    ),
]


@pytest.mark.parametrize(("text", "kind"), KINDS)
def test_kinds(text: str, kind: RefKind) -> None:
    assert _parse(text).kind is kind
