"""English words of a question turned into the words the regulations use (``en_glossary.yaml``), so
that search, which indexes the Chinese texts, finds the article an English question speaks of."""
from __future__ import annotations

import itertools
import re
from functools import lru_cache
from pathlib import Path

import yaml

from knowledge.lazy_regex import lazy_regex

_FILE = Path(__file__).with_name("en_glossary.yaml")
_GAP = lazy_regex(r"[\s-]+")   # "third party", "third-party" and "third  party" are one key


def _key(words: str) -> str:
    return _GAP.sub(" ", words.lower())


@lru_cache(maxsize=1)
def _table() -> tuple[re.Pattern, dict[str, tuple[str, ...]]]:
    entries = yaml.safe_load(_FILE.read_text(encoding="utf-8"))
    words = {_key(k): tuple(zh) for k, zh in entries.items()}
    # the longest key at a place wins ("acceptance test" before "accept")
    keys = sorted(words, key=len, reverse=True)
    pattern = re.compile(r"\b(" + "|".join(re.escape(k).replace(r"\ ", r"[\s-]+") for k in keys) + ")", re.I)
    return pattern, words


def chinese_words(text: str) -> list[str]:
    """The regulation words for the English words of ``text``, in the order they occur."""
    if not re.search(r"[A-Za-z]{3}", text):
        return []
    pattern, words = _table()
    return [w for m in pattern.finditer(text) for w in words[_key(m.group(1))]]


_FILLER = lazy_regex(r"\b(?:a|an|the|of|and|or|for|in|on|to|s)\b|[^\w]+", re.I)


def translated(text: str) -> str | None:
    """An English term in the texts' words when the glossary has a word for each of its words ("information
    engineering quality" -> 信息工程质量), the first of each word's alternatives; None when a word is left over."""
    said = renderings(text)
    return said[0] if said else None


def renderings(text: str, most: int = 8) -> list[str]:
    """Every way the texts may say an English term ("major change" -> 重大变化, 较大变化, …), each of its words in each
    of its alternatives, the first alternatives first; none when a word is left over or the term is one word."""
    pattern, words = _table()
    if _FILLER.sub("", re.sub(pattern.pattern + r"[A-Za-z]*", "", text, flags=re.I)).strip():   # (upgrad…es: a key starts a word)
        return []
    found = [words[_key(m.group(1))] for m in pattern.finditer(text)]
    if len(found) < 2:
        return []
    return ["".join(c) for c in itertools.islice(itertools.product(*found), most)]


# the English words of a Chinese sentence said in the words a question asks with, where the texts' word would not read as
# asked (deadline 哪天: 最晚哪天, not 限期哪天)
_ASKED_IN_CHINESE = {"deadline": "最晚", "due date": "最晚", "due": "最晚", "latest": "最晚", "earliest": "最早",
                     "last day": "最后一天", "final day": "最后一天", "first day": "第一天",
                     # (总包也要 joint liability 吗: the liability asked, in the text's words)
                     "joint liability": "连带责任", "jointly liable": "承担连带责任",
                     # (现在补报还算 on time 吗: whether it is still in time, asked in English)
                     "on time": "按时", "in time": "及时", "still on time": "还算按时", "still in time": "还来得及",
                     # (密码保障系统 how often 要评估, 试运行 how long: the measure asked, in the words that ask it)
                     "how often": "多久一次", "how long": "多长时间", "how many days": "多少天", "how many working days": "几个工作日",
                     "how much": "多少", "how many": "多少", "which day": "哪天", "what date": "哪天", "when": "什么时候",
                     # (能不能 later 再补: when a step is put)
                     "later": "以后", "afterwards": "之后", "first": "先", "beforehand": "事先",
                     # (质保期 at least 多久: the bound asked, in the words that ask it)
                     "at least": "至少", "at most": "最多", "minimum": "最少", "maximum": "最多",
                     # (submit 项目建议书 or 建设方案: a choice between two of the texts' words)
                     "or": "还是",
                     # (合同初验 yesterday 过了: a day said in English between Chinese words, in the word the reader counts from)
                     "yesterday": "昨天", "today": "今天", "tomorrow": "明天", "last week": "上周", "this week": "本周",
                     "next week": "下周", "last month": "上个月", "next month": "下个月",
                     # (文登初验 last Thursday 过了: a weekday said with last, this or next)
                     **{f"{w} {day}": f"{zh}周{n}" for w, zh in (("last", "上"), ("this", "本"), ("next", "下"))
                        for day, n in zip(("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"), "一二三四五六日", strict=True)}}
# a word of the final figure before 是 (哦不对 final 是整1000万): "in the end", not the final acceptance
_IN_THE_END = {"final": "最终", "finally": "最终", "actually": "其实", "in the end": "最终"}
_FIGURE_SAID = lazy_regex(r"\s*(?:是|为)")
# (between Chinese words on both sides: 质监登记 deadline 哪天, not "should come from which budget?")
# (云浮专业类项目 delayed delivery, 几天内要报备案: a comma between the run and the Chinese after it keeps it in the sentence)
_EN_RUN = lazy_regex(r"(?<=[\u4e00-\u9fff])\s*[A-Za-z][A-Za-z'’-]*(?:\s+[A-Za-z][A-Za-z'’-]*){0,3}\s*(?=[\u4e00-\u9fff]|[，,]\s*[\u4e00-\u9fff])")


def in_chinese(text: str) -> str:
    """A Chinese sentence with a few English words in it (文登 acceptance 申请函前天递交了, 深圳 contract 昨天签的, 质监登记
    deadline 哪天), each run of English words the glossary has a word of the texts for, every one of them, said in that
    word, so that what is read of Chinese (an event, a day asked) reads it. A run not between Chinese words on both sides,
    and a sentence mostly in English, are left as they are."""
    han = len(re.findall(r"[\u4e00-\u9fff]", text))
    if not han or han * 3 < len(re.findall(r"[A-Za-z]", text)):
        return text
    pattern, words = _table()

    def said(m: re.Match) -> str:
        run = m.group(0).strip()
        if _key(run) in _ASKED_IN_CHINESE:
            return _ASKED_IN_CHINESE[_key(run)]
        if _key(run) in _IN_THE_END and _FIGURE_SAID.match(m.string, m.end()):
            return _IN_THE_END[_key(run)]   # (哦不对 final 是整1000万: the figure in the end, not 终验)
        if _FILLER.sub("", re.sub(pattern.pattern + r"[A-Za-z]*", "", run, flags=re.I)).strip():   # (accept…ance: a key starts a word)
            return m.group(0)   # (a word the glossary has no word for: UAT, Zhonglou)
        # (each word in the texts' word, a word that asks in the word it asks with: "review deadline" is 评审最晚, not 评审限期)
        return "".join(_ASKED_IN_CHINESE.get(_key(w.group(1)), words[_key(w.group(1))][0]) for w in pattern.finditer(run))

    return _EN_RUN.sub(said, text)   # (the spaces that set the English words apart go with them)
