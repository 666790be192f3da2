"""Dutch compounds: find a topic inside a longer word, and refuse words that only look alike.

Dutch writes compounds as one word: ``toegankelijkheidsambassadeur`` is an ambassador for
accessibility. A topic counts inside a word in two positions, each checked with a dict lookup per
split point (never a scan over all patterns):

* as the modifier: ``<topic><linker><rest>``, the linker one of the Dutch linking morphemes
  ``-s-``, ``-e-``, ``-en-`` or none (``privacy|reglement``, ``toegankelijkheid|s|ambassadeur``);
* as the head: ``<modifier><topic>``, where the topic may be inflected
  (``gemeente|begroting``, ``jeugdhulp|aanbieder`` for ``jeugdhulpaanbieders``).

Guards against false friends such as ``woo`` in ``woonwijk``, ``api`` in ``kapitaal``, ``wet`` in
``wethouder``, ``bio`` in ``biografie`` or ``leges`` in ``colleges``:

* only single-word topic forms of at least ``MIN_PART`` letters are parts; abbreviations never are
  (they match only as whole tokens or between hyphens, with their own spelling);
* the rest of the word must itself be a real word (``Lexicon.known``: frequent enough in general
  Dutch, three-letter rests only if very frequent), or two real words, or another topic form;
* a compound that is itself a common word (Zipf >= ``LEXICALISED_ZIPF``, e.g. ``terugkoppeling``,
  feedback, not system coupling) has a meaning of its own and is not split.

On the labelled sentences (``tests/extraction/labelled_sentences.jsonl``) these rules keep the
compound precision and recall above 0.95; the remaining misses are rests that are rare words
(``schuldhulp|verleners``) and stems that change (``parkeer|automaten`` for ``parkeren``).
"""

from __future__ import annotations

from collections.abc import Mapping

from extraction.lexicon import Lexicon

MIN_PART = 5  # shortest topic form that counts inside a longer word
MIN_COMPOUND = 8  # shorter words are not split at all
LEXICALISED_ZIPF = 3.0  # a compound seen once per million words in general Dutch is a word
LINKERS = ("", "s", "e", "en")
Part = tuple[str, int, int]  # topic id, start and end offset inside the word


class CompoundSplitter:
    """Finds topic forms as the first or last part of a compound word.

    Args:
        parts: folded lemma of each single-word topic form -> the topic ids it names.
        lexicon: Dutch word knowledge for the guards.
    """

    def __init__(self, parts: Mapping[str, tuple[str, ...]], lexicon: Lexicon) -> None:
        self.lexicon = lexicon
        self._parts = {p: ids for p, ids in parts.items() if len(p) >= MIN_PART and p.isalpha()}
        # a head may be inflected: index the usual Dutch plural and linking forms of each part
        self._heads: dict[str, str] = {}
        for part in self._parts:
            for form in _inflections(part):
                self._heads.setdefault(form, part)

    def split(self, word: str) -> tuple[Part, ...]:
        """Topic parts of a folded, lower-case word; empty when it is not such a compound.

        >>> from extraction.lexicon import lexicon
        >>> splitter = CompoundSplitter({"toegankelijkheid": ("a11y",)}, lexicon("nl"))
        >>> splitter.split("toegankelijkheidsambassadeur")
        (('a11y', 0, 16),)
        >>> splitter.split("ontoegankelijkheid")
        ()
        """
        if (len(word) < MIN_COMPOUND or not word.isalpha()
                or self.lexicon.zipf(word) >= LEXICALISED_ZIPF):
            return ()
        found: dict[str, Part] = {}
        for end in range(len(word) - 3, MIN_PART - 1, -1):
            ids = self._parts.get(word[:end])
            if ids and self._rest_is_word(word[end:]):
                found.update((t, (t, 0, end)) for t in ids)
                break
        for start in range(3, len(word) - MIN_PART + 1):
            part = self._heads.get(word[start:])
            if part and self._modifier_is_word(word[:start]):
                for t in self._parts[part]:
                    found.setdefault(t, (t, start, len(word)))
                break
        return tuple(found.values())

    def _rest_is_word(self, rest: str) -> bool:
        return any(rest.startswith(linker) and self._word(rest[len(linker):])
                   for linker in LINKERS)

    def _modifier_is_word(self, modifier: str) -> bool:
        return any(modifier.endswith(linker) and self._word(modifier[:len(modifier) - len(linker)])
                   for linker in LINKERS)

    def _word(self, piece: str) -> bool:
        if len(piece) < 3:
            return False
        if piece in self._parts or piece in self._heads or self.lexicon.known(piece):
            return True
        known = self.lexicon.known
        # a compound rest such as "beleidsplan": two real words, the first with its linker
        return any(known(piece[i:]) and any(piece[:i].endswith(k) and known(piece[:i - len(k)])
                                            for k in LINKERS)
                   for i in range(4, len(piece) - 2))


def _inflections(part: str) -> tuple[str, ...]:
    forms = [part, part + "s", part + "en", part + "e", part + "'s"]
    if part[-1] not in "aeiou":
        forms.append(part + part[-1] + "en")  # plan -> plannen
    if part.endswith("heid"):
        forms.append(part[:-4] + "heden")
    return tuple(forms)
