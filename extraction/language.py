"""Language identification for the two languages wieweet analyses: Dutch and English.

A stop-word vote is enough to tell nl from en on anything longer than a few words, needs no
model download and costs microseconds. Short or undecided text falls back to the default.
"""

from __future__ import annotations

import re

_WORD = re.compile(r"[a-zà-ÿ]+")
_NL = frozenset("""de het een en van in is dat op te zijn voor met die niet aan er om ook als
bij of door naar dit worden wordt we wij hebben heeft uit kan nog maar over zo deze dan al
onze ons meer geen zich hun wat wel moet tot na waar hoe""".split())
_EN = frozenset("""the and of to in is that for on with are be this as by it from or at an
not we our have has was were will can which their they these been more into its about
should would how there what when also""".split())


def detect_language(text: str, default: str = "nl") -> str:
    """Return ``"nl"`` or ``"en"`` for ``text``.

    >>> detect_language("De gemeente werkt aan de Omgevingswet en het omgevingsplan.")
    'nl'
    >>> detect_language("The team is working on the accessibility of our website.")
    'en'
    """
    nl = en = 0
    for word in _WORD.findall(text[:1500].lower()):
        nl += word in _NL
        en += word in _EN
    if nl + en < 2 or nl == en:
        return default
    return "nl" if nl > en else "en"
