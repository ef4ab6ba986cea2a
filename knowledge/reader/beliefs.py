"""What a leading question already believes and asks to have confirmed.

"这种应该不归质量监督办法管吧", "the implementation rules don't apply to us, right?": the belief is that the text does not
cover the project, so its yes or no is said of that belief (the project is covered: no, that is not right), as the
sets' other leading questions are answered of what they state (应该不用请监理吧: no, one is needed)."""
from __future__ import annotations

import re

from knowledge.lazy_regex import lazy_regex

# the text said not to cover the case (not the A-not-A 归不归, 适不适用, which asks it plainly)
_ZH_SCOPE_DENIED = lazy_regex(r"(?<!归)(?<!受)不(?:归|受)[^，,。？?]{0,24}?(?:管|约束|管辖)|(?<!适)不适用|用不上[^，,。？?]{0,12}(?:办法|细则|规定)"
                              r"|不(?:在|属于)[^，,。？?]{0,24}?(?:适用|管理|调整)?范围|管不(?:着|到)")
_EN_SCOPE_DENIED = lazy_regex(r"\b(?:do|does|did)(?:n't| not)\s+(?:really\s+|even\s+)?(?:apply|cover)\b|\b(?:is|are)(?:n't| not)\s+(?:really\s+)?covered\b"
                              r"|\b(?:falls?|is|are|sits?)\s+outside\b|\bnot\s+(?:subject to|within the scope|in the scope|under)\b"
                              # ("we're out of scope, right?", "so we're exempt")
                              r"|\b(?:we're|we are|it's|it is|this is|that's|that is|they're|they are|we'd be|it'd be|is|are)\s+(?:therefore\s+|so\s+|then\s+)?(?:out of scope|outside (?:the )?scope|exempt(?:ed)?)\b", re.I)
# the belief asked to be confirmed: a tag (吧, 对吧, "right?"), not a plain question (不适用这个办法吗 asks it)
_ZH_TAG = lazy_regex(r"(?:吧|对吧|是吧|对不对|没错吧|对么|对吗|对嘛|是吗|没错吗|是不是|是这样吗)\s*[？?。!！~～]*\s*$"
                     # (云浮办法是不是说软件开发费30万以上就得做第三方测试: what the text is believed to say, asked before it)
                     r"|(?:是不是|是否)(?:说|规定|写(?:的|着)?(?:是)?|要求)(?=[^，,。？?]{4,})"
                     # (钟楼是不是80万以上才要监理: a figure believed to be where the duty begins, put to 是不是)
                     r"|是不是(?=[^，,。？?]{0,10}?(?:以上|以下|及以上|起|多)[^，,。？?]{0,6}?才)")
_EN_TAG = lazy_regex(r"(?:,|—|-)?\s*(?:right|correct|yes|no|isn't it|aren't they|don't they|doesn't it|is that (?:right|correct)|am i right)\s*\??\s*$"
                     r"|^\s*(?:just to confirm|to confirm|confirm(?:ing)?|am i right (?:that|in thinking)|i (?:assume|believe|think|guess))\b", re.I)


def scope_denied(text: str) -> bool:
    """Does the question state that the text does not cover its case, and ask to have that confirmed?"""
    text = text.strip()
    if re.search(r"[\u4e00-\u9fff]", re.sub(r"[（(][^）)]*[）)]", "", text)) and not text.isascii() and len(re.findall(r"[A-Za-z]", text)) < len(text) / 2:
        return bool(_ZH_SCOPE_DENIED.search(text) and _ZH_TAG.search(text))
    return bool(_EN_SCOPE_DENIED.search(text) and _EN_TAG.search(text))


# the sentences of a message (a tag alone, "Is that right?", 对吧？, stands for the one before it)
_SENTENCE = lazy_regex(r"(?<=[。？?！!；;\n])|(?<=\.)\s+(?=[A-Z])")
_BARE_TAG = lazy_regex(r"^\s*(?:对吧|是吧|对不对|没错吧|是不是|对吗|是这样吗|是这样吧|right|correct|is that (?:right|correct|so)|am i right)\s*[？?。.!！]*\s*$", re.I)


def believed_clause(text: str) -> str | None:
    """The sentence whose belief the question asks to have confirmed (钟楼是50万以上才要请监理吧; "…, right?"), or None
    when no sentence ends in such a tag."""
    sentences = [s for s in _SENTENCE.split(text) if s and s.strip()]
    for i, sentence in enumerate(sentences):
        if _BARE_TAG.match(sentence) and i:
            return sentences[i - 1]
        if _ZH_TAG.search(sentence.rstrip("。.!！ ")) or _EN_TAG.search(sentence) and re.search(r"\?\s*$", sentence):
            return sentence
    return None
