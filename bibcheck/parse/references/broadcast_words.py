"""A broadcast's or a film's bracketed description, in the languages of the lists.

APA describes a broadcast, a film or a video in brackets after its title, and the Vancouver
and author-date lists of other languages write the same description in theirs::

    Title of the programme [Radio broadcast]. London: BBC; 1952.
    Tittel på sendingen [radiooverføring]. Oslo: NRK; 1952.
    Titel der Sendung [Fernsehsendung]. Mainz: ZDF; 1978.
    Titre de l'émission [émission de radio]. Paris : France Culture ; 1965.
    Título del programa [programa de televisión]. Madrid: RTVE; 1981.
    Ohjelman nimi [radio-ohjelma]. Helsinki: Yleisradio; 1960.

Films, videos and broadcasts are ``web`` by the corpus conventions (tests/corpus/README.md);
:data:`BROADCAST` is the description's words, for :mod:`.described` to set in its brackets
(``[Video]``, ``[Film]`` and the other media it knows already).
"""

from __future__ import annotations

__all__ = ["BROADCAST"]

BROADCAST = (
    # English: "[Radio broadcast]", "[Television programme]", "[TV program]", "[Radio
    # series]", "[Documentary]", "[Motion picture]", "[Feature film]", "[Videorecording]"
    r"(?:radio|television|tv)\s(?:broadcast|programme|program|series|show|documentary"
    r"|transmission|feature|play)"
    r"|documentary(?:\sfilm)?|feature\sfilm|video\s?recording"
    # Norwegian, Danish, Swedish: "[radiooverføring]", "[radioprogram]", "[radiosending]",
    # "[fjernsynsprogram]", "[fjernsynssending]", "[TV-program]", "[tv-sending]",
    # "[radioudsendelse]", "[tv-udsendelse]", "[dokumentarfilm]", "[spillefilm]",
    # "[spelfilm]", "[videoopptak]", "[videoupptagning]"
    r"|radiooverføring|radioprogram|radiosending|radioudsendelse|radiosändning"
    r"|fjernsyns(?:program|sending|overføring)|tv-(?:program|programme|sending|overføring"
    r"|udsendelse|sändning|serie)|dokumentarfilm|dokumentärfilm|spillefilm|spelfilm"
    r"|videoopptak|videoupptagning|videooptagelse"
    # German: "[Radiosendung]", "[Hörfunksendung]", "[Rundfunksendung]", "[Fernsehsendung]",
    # "[Fernsehbeitrag]", "[Spielfilm]", "[Dokumentarfilm]", "[Videoaufzeichnung]"
    r"|radiosendung|hörfunksendung|rundfunksendung|fernsehsendung|fernsehbeitrag|spielfilm"
    r"|videoaufzeichnung"
    # French: "[émission de radio]", "[émission de télévision]", "[émission radiophonique]",
    # "[émission télévisée]", "[documentaire]", "[enregistrement vidéo]"
    r"|émission\s(?:de\s(?:radio|télévision)|radiophonique|télévisée)|documentaire"
    r"|enregistrement\svidéo"
    # Catalan: "[enregistrament videogràfic]", "[enregistrament vídeo]", "[enregistrament
    # sonor]", "[programa de ràdio]", "[programa de televisió]", "[pel·lícula]"; the Spanish
    # catalogue's "[grabación de vídeo]", "[videograbación]"
    r"|enregistrament\s(?:videogràfic|vídeo|video|sonor|audiovisual)"
    r"|programa\sde\s(?:ràdio|televisió)|pel·lícula"
    r"|grabación\s(?:de\s)?(?:vídeo|video)|videograbación"
    # Spanish, Portuguese, Italian: "[programa de radio]", "[programa de televisión]",
    # "[programa de rádio]", "[documental]", "[documentário]", "[trasmissione radiofonica]",
    # "[programma televisivo]", "[documentario]"
    r"|programa\sde\s(?:radio|rádio|televisión|televisão)|documental|documentário"
    r"|trasmissione\s(?:radiofonica|televisiva)|programma\s(?:radiofonico|televisivo)"
    r"|documentario"
    # Dutch, Finnish, Polish, Czech: "[radio-uitzending]", "[televisie-uitzending]",
    # "[radio-ohjelma]", "[televisio-ohjelma]", "[tv-ohjelma]", "[elokuva]",
    # "[audycja radiowa]", "[film dokumentalny]", "[rozhlasový pořad]", "[televizní pořad]"
    r"|radio-uitzending|televisie-uitzending|radioprogramma|televisieprogramma"
    r"|radio-ohjelma|televisio-ohjelma|tv-ohjelma|elokuva|dokumenttielokuva"
    r"|audycja\s(?:radiowa|telewizyjna)|film\sdokumentalny|rozhlasový\spořad|televizní\spořad"
)
