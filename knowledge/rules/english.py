"""English words compared between a question and a rule's English summary: the words that say nothing (stop
words) and a word without its ending (applies, applied -> appl)."""
from __future__ import annotations

import re

EN_STOP = frozenset("the a an and or of to in on at by for with from is are was were be been it its this that does do did "
                     "can could will would should must may have has had get gets got there what which who how project "
                     "projects".split())


_AGAIN = re.compile(r"^re-(?=[a-z]{3})|^re(?=(?:apply|appli|submit|file|test|inspect|check|examin|review)\w*$)")


def stem(word: str) -> str:
    """applies, applied, applying -> appl; fixes -> fix: an English word without its ending, to compare two;
    re-apply, reapply -> appl: the act done again is the act ("applies for acceptance again")."""
    word = _AGAIN.sub("", word)
    kept_y = re.match(r"(.*[aeiou]y)(?:ing|ed|s)?$", word)
    if len(word) > 4 and kept_y:
        return kept_y.group(1)   # buying, buys -> buy; deploy, deploying -> deploy (not applying -> appl)
    return re.sub(r"(ies|ied|ying|es|ed|ing|s|y)$", "", word) if len(word) > 4 else word


def content_stems(text: str, min_len: int = 4, stop: frozenset = frozenset()) -> set[str]:
    """The stems of a text's English words of ``min_len`` letters or more that are not stop words (nor in ``stop``)."""
    return {stem(w) for w in re.findall(r"[a-z][a-z-]+", text.lower()) if w not in EN_STOP and w not in stop and len(w) >= min_len}
