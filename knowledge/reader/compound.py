"""A message that asks two or three things at once, split where one ask ends and the next begins.

Busy users join their questions without question marks: a numbered list (1. 要做可研吗 2. 可研找谁编), a joining word
(还有/另外/顺便问下/以及, "also", ", and who …"), a space or a comma between two asks (初验谁来组织 终验又是谁). The reader
splits a question into parts only at its sentence ends (？。；!), so each of these would be one part with one form. Here
each such joint becomes a question mark, but only where the words before it (since the last joint taken) and the words
after it both ask something of their own: a joint before background (预算1.2个亿，1. 要做可研吗) or inside one ask
(能不能先上线，边用边改) is left alone."""
from __future__ import annotations

import re
from collections.abc import Callable

from knowledge.lazy_regex import lazy_regex

# an English auxiliary before its subject: "is the", "can we", "do we", "does the district" (not "do the acceptance", a
# verb after "and")
_AUX_SUBJECT = (r"(?:(?:is|are|was|were|can|could|may|must|should|will|would)\s+(?:we|they|it|i|you|the|our|this|that|these|those|there)"
                r"|(?:does|did|has|have)\s+(?:we|they|it|i|you|there|the|our|this|that|these|those)|do\s+(?:we|they|it|i|you|there)"
                r"|do\s+(?:the|our|these|those)\s+(?:[\w'-]+\s+){1,4}?(?:have to|need to|need|get to|require|count|apply))\b")
# where a next ask may begin: a list's number, a joining word, a space between Chinese words, a comma, an English
# sentence's end, ", and" before a question word
_JOINTS = lazy_regex(
    r"(?:^|(?<=[\s，,：:。;；?？]))\s*(?:[(（]?[1-9１-９][)）.、．](?!\d)|[①②③④⑤⑥⑦⑧⑨])\s*"   # 1. 2、 (3) ①
    r"|\s*[，,]?\s*(?:另外|还有(?!没有|没|什么)|以及|此外|同时|顺便(?:再)?问(?:一?下)?|再问(?:一?下)?|还想问(?:一?下)?|对了)[，,：:]?\s*"
    rf"|\s*,?\s+(?:and|also|plus)\s+(?=(?:what|who|whom|when|where|which|how|if so)\b|{_AUX_SUBJECT})"
    r"|\s*[,;]\s*(?=(?:also|and also|what|who|when|where|which|how)\b)"
    r"|(?<=[a-z0-9)])[.;]\s+(?=[A-Z])"
    r"|\s*[—–]+\s*|\s+--?\s+"   # ("Who pays for the testing — can it go into the total investment?": a dash between two asks)
    r"|(?<=[\u4e00-\u9fff])\s+(?=[\u4e00-\u9fff])"
    r"|\s*[，,]\s*(?!还是|或者|或是|或|\s*or\b)", re.I)
# words that ask by their own form, in Chinese (要不要监理; 初验谁组织; …吗): the words on both sides of a joint must (not
# a statement with a count in it, 提了几条问题要负责人签字, 最后多少还得看询价结果, nor a plan told, 未招先建 罚多少钱)
_ZH_ASKS = lazy_regex(r"(?:吗|么|嘛|呢|吧|没有?|不)\s*[？?]?\s*$|要不要|需不需要|需要不|用不用|能不能|可不可以|是不是|有没有|是否|算不算|行不行|得不得"
                      r"|谁|哪|什么|啥|咋|多久|多长时间|怎么|怎样|如何")
# an English sentence that asks opens with its question word or auxiliary ("who organises …", "do we need …"; not
# "…, which means", a relative word, nor "When registering the project, …", a time said before the question)
_EN_ASKS = lazy_regex(rf"^\W*(?:(?:and|also|so|but|then|plus|ok|okay|and also)\s+)?(?:(?:what|who|whom|when|where|which|how|why)\b|{_AUX_SUBJECT}"
                      # (a sentence that opens with its auxiliary asks, whatever its subject: "are system upgrades … free")
                      r"|(?:is|are|was|were|can|could|must|should|will|would|does|did|has|have|may)\s+(?!to\b)[\w'-]+)", re.I)
# a fact said with a hedge and a closing 吧 (大概是7月底吧, 估计八十万左右吧): not a belief put forward for the
# assistant to confirm, which names a duty, a leave or a count (应该不用请监理吧, 大概够了吧)
_HEDGED_FACT = lazy_regex(r"(?:大概|大约|估计|差不多|好像是|应该是|可能是)(?![^，,。？?]*?(?:要|需|能|可以|得|必须|算|行|够|对|没错|用|请|做|交|报|办))"
                          r"[^，,。？?]*吧\s*[？?]?\s*$")
_EN_AUX_AFTER = lazy_regex(r"^\W*(?:when|where)\s+(?:is|are|was|were|do|does|did|can|could|should|must|will|would|has|have)\b", re.I)
_EN_WH_LATER = lazy_regex(r"\b(?:how (?:many|much|long|often|soon)|what|who|which)\b", re.I)
_EN_LEAD_IN = lazy_regex(r"^\W*(?:when|where|while|if|once|after|before|as soon as|since|whenever)\b", re.I)


def _chinese(words: str) -> bool:
    """Chinese words, with at most an English term or two in them (not "the MLPS (等保) assessment report …")."""
    return bool(re.search(r"[\u4e00-\u9fff]", words)) and not re.search(r"[A-Za-z]{3,}\s+[A-Za-z]{3,}\s+[A-Za-z]{3,}", words)


def asks_itself(words: str, before_comma: bool = False) -> bool:
    """Do these words ask something by their own form: in Chinese an asking word or a closing particle, in English a
    sentence that opens with its question word or auxiliary (its last sentence, for the words before a joint;
    ``before_comma``: "when …, " before a comma is a time said, not a question)."""
    if _chinese(words):
        if _HEDGED_FACT.search(words) and not _ZH_ASKS.search(re.sub(r"吧\s*[？?]?\s*$", "", words)):
            return False   # (初验结束大概在8月底到9月中旬之间吧: a fact hedged, not asked)
        return bool(_ZH_ASKS.search(words))
    sentence = re.split(r"(?<=[.;:?!])\s+", words.strip())[-1]
    if _EN_LEAD_IN.match(sentence) and not _EN_AUX_AFTER.match(sentence):
        # ("when the project is finished, we'd rather …": the clause after the time asks, or not; "when the inspectors come
        # how many have to be there": a what-word further on)
        if "," in sentence:
            sentence = sentence.split(",", 1)[1]
        else:
            return not before_comma and bool(_EN_WH_LATER.search(sentence, 8))
    return bool(_EN_ASKS.match(sentence)) and len(sentence.split()) >= 3 or "?" in sentence


def asks_marked(text: str, form: Callable[[str], str | None]) -> str:
    """``text`` with a question mark at each joint between two asks (``form`` tells how some words ask, yesno or info,
    or None when they ask nothing of their own); ``text`` itself when it has no such joint. A bare comma or space does
    not cut between two what-asks (最早哪天能验收，最晚哪天前要验收; 是什么频率，多久来抽一回): they are more often one
    question said twice, or one answer's two ends."""
    cuts, start = [], 0
    spans = []
    for m in _JOINTS.finditer(text):
        # (an empty joint right where one just ended is the same joint: ，另外)
        if m.end() > m.start() or m.start() > 0 and not (spans and spans[-1][1] == m.start()):
            spans.append(m.span())
    for i, (a, b) in enumerate(spans):
        nxt = spans[i + 1][0] if i + 1 < len(spans) else len(text)
        before, after = text[start:a], text[b:nxt]
        # (the ask before the joint ends at it: its last clause asks)
        comma = text[a:b].strip() in (",", "，")
        if not (asks_itself(re.split(r"[，,]|\s(?=[\u4e00-\u9fff])", before.strip())[-1] if _chinese(before) else before, comma)
                and asks_itself(after)):
            continue
        said = (form(before), form(after)) if before.strip() and after.strip() else (None, None)
        bare = not text[a:b].strip(" ，,")
        # (English joins its asks with "and", "also" or a full stop: a bare comma is inside one, "How long, in years, …")
        english = not re.search(r"[\u4e00-\u9fff]", text[max(0, a - 2):b + 2])
        # (…, how long are they valid for: a what-ask after a whole yes/no one, its own)
        whole = english and said[0] == "yesno" and len(before.split()) >= 4 and bool(re.match(r"\s*(?:what|who|how|when|where|which)\b", after, re.I))
        if None not in said and not (bare and (said == ("info", "info") or english and "," in text[a:b] and not whole)):
            cuts.append((a, b))
            start = b
    if not cuts:
        return text
    out, at = [], 0
    for a, b in cuts:
        piece = text[at:a].rstrip(" ，,.;")
        out.append(piece if piece.endswith(("？", "?")) else piece + "？")
        at = b
    out.append(text[at:])
    return "".join(out)
