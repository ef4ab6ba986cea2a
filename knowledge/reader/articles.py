"""The articles a question names by their number (钟楼细则第二十六条讲的是啥, 第26条, 第二十六條, "Article 21 of the
Shenzhen measures", "art. 35"), as the texts label them (第二十六条)."""
from __future__ import annotations

import re

from knowledge.lazy_regex import lazy_regex

# (not 第二十六条 of another law the question names: 民法典第一千二百五十九条 is one of its own, read with its law below)
_ZH = lazy_regex(r"第\s*(?P<n>[0-9０-９]{1,3}|[一二三四五六七八九十百零〇两]{1,6})\s*[条條]")
_EN = lazy_regex(r"\b(?:article|art\.|clause)\s*(?:no\.?\s*)?(?P<n>\d{1,3})\b", re.I)
# a law other than the five texts, named just before the article (民法典第…条, 《政府采购法》第…条)
_OTHER_LAW = lazy_regex(r"(?:民法典|[^》]{2,12}(?<![办方做])法》?|条例》?)\s*$")


def articles_named(text: str) -> list[str]:
    """The labels of the articles the question names (第二十六条), in the order named, without repeats."""
    labels = []
    zh = [m for m in _ZH.finditer(text) if not _OTHER_LAW.search(text[max(0, m.start() - 14):m.start()])]
    for m in [*zh, *_EN.finditer(text)]:
        n = m.group("n").translate(str.maketrans("０１２３４５６７８９", "0123456789"))
        if n.isdigit():
            if not 0 < int(n) < 200:
                continue
            import cn2an  # (imported here only: an article named by its digits, 第26条, "Article 21", needs it)

            n = cn2an.an2cn(int(n))
        labels.append(f"第{n.replace('两', '二')}条")
    return list(dict.fromkeys(labels))
