"""Reading the kind of thing a user wrote, before anything else reads it: the language it is in,
a greeting or thanks, a question."""
from __future__ import annotations

import re
import unicodedata

from knowledge.lazy_regex import lazy_regex
from knowledge.reader.question import question_form

_CJK = lazy_regex(r"[\u3400-\u9fff]")
_LATIN_WORD = lazy_regex(r"[A-Za-z]{2,}")
# words that say nothing about the language (a Chinese user types "ok" too)
_NEUTRAL = {"ok", "okay", "id", "ics", "pdf", "app", "it"}

_HELLO = lazy_regex(r"^(你好|您好|嗨|哈喽|在吗|早上好|下午好|晚上好|hi|hello|hey|good (morning|afternoon|evening))[!！。.~～ ]*$",
                    re.IGNORECASE)
_THANKS = lazy_regex(r"^(谢谢|多谢|感谢|谢了|谢谢你|谢谢您|辛苦了|好的谢谢|thanks?( you)?|thx|ty|cheers|great|"
                     r"👍|🙏|👌|😊|🙂|好的|收到|明白了|知道了|got it|ok thanks)[!！。.~～ ]*$", re.IGNORECASE)
_EMOJI_ONLY = lazy_regex(r"^[\U0001F300-\U0001FAFF\u2600-\u27BF\ufe0f\s]+$")
_QUESTION_ZH = lazy_regex(r"[?？]|吗|什么|多久|怎么|如何|哪|是否|要不要|需不需要|能不能|可不可以|几个|多少")


def written_language(text: str) -> str | None:
    """"zh" or "en" when the text says which; None for numbers, emoji, commands and words like "ok"."""
    if text.startswith("/"):
        return None
    if _CJK.search(text):
        return "zh"
    words = [w.lower() for w in _LATIN_WORD.findall(text)]
    if words and not set(words) <= _NEUTRAL:
        return "en"
    return None


def is_thanks(text: str) -> bool:
    text = unicodedata.normalize("NFKC", text).strip()
    return bool(_THANKS.match(text) or _EMOJI_ONLY.match(text))


def is_small_talk(text: str) -> bool:
    """A greeting or thanks on its own: no question, no event to read in it."""
    text = unicodedata.normalize("NFKC", text).strip()
    return bool(_HELLO.match(text) or is_thanks(text))


def is_question(text: str) -> bool:
    """Whether a typed line asks something (rather than answering the interview)."""
    text = unicodedata.normalize("NFKC", text).strip()
    if _CJK.search(text):
        return bool(_QUESTION_ZH.search(text))
    if "?" in text:
        return True
    return question_form(text, "en") == "yesno" and bool(
        re.match(r"(?i)(do|does|is|are|must|should|can|may|need|what|when|how|which|who)\b", text))
