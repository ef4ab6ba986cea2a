"""Questions that ask whether one thing is a kind of another ("单位自筹资金算不算区政府资金", "区政府资金
包括单位自筹吗", "向社会购买的运维服务算智慧文登项目吗"), and the sentence of a text that settles it:
a definition (所称…包括/是指…) that names the broader thing before its defining word and the
narrower one after it.
"""
from __future__ import annotations

import re

from knowledge.lazy_regex import lazy_regex

from ..texts.text import pairs
from .glossary import chinese_words, renderings, translated
from .numbers import small_number

_PUNCT = lazy_regex(r"[\s“”\"'‘’《》（）()、:：]")
_A_IS_B = lazy_regex(r"(?P<a>(?<![\u4e00-\u9fff])[这那]|(?<=[，,\s])(?:应该|应当|肯定|估计|大概|可能|也)?不(?=算|属于)|[^，,。？?；;！!]{2,20}?)(?:算不算|算是|算作|属不属于|是否属于|是否算|属于|算)"
                     r"(?P<b>[^，,。？?；;！!]{2,20}?)(?:吗|么|嘛|呢|吧|的范围|范围|不|[？?]|$)")
_B_HAS_A = lazy_regex(r"(?P<b>[^，,。？?；;！!]{2,20}?)(?:包不包括|包括不包括|包不包含|包含不包含|包括|包含)"
                      r"(?P<a>[^，,。？?；;！!]{2,20}?)(?:吗|么|嘛|不|没有|在内|[？?]|$)")
# 验收材料里要不要等保测评报告: a list and an item asked of it
_LIST_HAS_A = lazy_regex(r"(?P<b>[^，,。？?；;！!]{2,20}?)(?:里面|当中|里|中)\s*(?:还)?(?:要不要|需不需要|需要|要|得|有没有|包不包括|包括|含不含|含|有)"
                         r"(?P<a>[^，,。？?；;！!]{2,20}?)(?:吗|么|嘛|呢|[？?]|$)")
_THIS_MONEY = lazy_regex(r"(这|那|该)(笔|部分|些|个)?(钱|资金|经费)|(这|那)(笔|部分|些|个)?")
# 项目资金是单位自筹的，这部分…: the money's source said before
_MONEY_IS = lazy_regex(r"(?:资金|钱|经费)(?:是|来自|来源于|都是|全是|全部是)(?P<src>[\u4e00-\u9fff]{2,8}?)的?(?=[，,。]|$)")
_MONEY = lazy_regex(r"[\u4e00-\u9fff]{2,6}?(资金|经费)|[\u4e00-\u9fff]{2,4}的钱")
_DEFINES = lazy_regex(r"所称|包括|包含|是指|指的是")
BODY_END = lazy_regex(r"(局|办|委|厅|部门|中心|机构|单位|政府)$")
# a verb handing in a list (提交会议纪要、申报材料、网信办审核意见等): its items are what is handed in
_HANDS_IN = lazy_regex(r"(?:提交|报送|提供|上传|附上)(?:相关)?(?=[^。；;，,]{2,20}、[^。；;]{0,60}等)")
_SENTENCE = lazy_regex(r"(?<=[。；;\n])")
_FILLER = set("的了在里中这个那本该")


# an item asked of a list the question names otherwise: 验收时要不要提交监理报告, 验收材料清单包括监理报告吗,
# 验收材料需不需要包含等保测评报告, 数据共享信息表要不要放进验收材料
_DOCUMENT = lazy_regex(r"[《“\"]?(?P<a>[\u4e00-\u9fff]{2,20}?(?:报告|表|书|清单|方案|手册|记录|纪要|说明|证明|通知书|文件))[》”\"]?")
_PUT_IN = lazy_regex(r"提交|提供|包括|包含|附上|附|放进|放入|准备|含|交|必备|必需|必须有|要有|得有|需要有|少不了|缺不了")
_LIST_NAME = lazy_regex(r"(?P<b>(?:初验|终验|竣工验收|验收|申报|立项|备案|登记|评审|审核|结算|决算|归档)(?:材料|资料|清单|文件|时|的时候)?)")
_LIST_PREFIX = lazy_regex(r"^.*(?:里面|当中|里|中)(?:还)?(?:是不是|是否|要不要|需不需要)?(?:得|要|需要|必须|应该)?(?:有|包括|包含|含)?(?=..)")
_VAGUE_VERB = lazy_regex(r"^(要|需要|得|应|应该|是否|要不要|需不需要)")


def membership(text: str) -> tuple[str, str, bool] | None:
    """(narrower, broader, listed) when the question asks whether the first is a kind of the
    second, or (``listed``) an item of a list the second names (验收材料里要不要…)."""
    # 单位自筹资金做的项目，算不算区政府资金: the subject stands before the comma
    # (是不是也算区政府资金: the asking words before 算 are no part of either thing)
    text = re.sub(r"[，,]?\s*(?:是不是|是否|是)?(?:也|还|都|就)(?=算|属于|属不属于)|[，,]\s*(?:是不是|是否)?(?=算|属于|属不属于)", "", text)
    for pattern in (_A_IS_B, _B_HAS_A, _LIST_HAS_A):
        m = pattern.search(text)
        if m:
            a, b = (_PUNCT.sub("", m.group(g)) for g in ("a", "b"))
            a = re.sub(r"(?:应该|应当|肯定|估计|大概|可能|总|也|就)*不$", "", a)   # 政府债券的钱应该不算…吧: the belief, not the thing
            if not a.strip() or re.fullmatch(r"[\u4e00-\u9fff]{0,3}", _PUNCT.sub("", a)) and not _THIS_MONEY.fullmatch(a):
                # (用政府债券的钱，应该不算区政府资金吧: the case said in the clause before)
                before = [c for c in re.split(r"[，,。；;]", text[:m.start("a")]) if c.strip()]
                a = _PUNCT.sub("", re.sub(r"^.*?(使用|利用|动用|用的是|用了|用的|拿的是|用)(?=..)", "", before[-1])) if before else a
                a = re.sub(r"的(钱|资金|经费)$", "", a)
            # 单位自筹的钱做的信息化项目 算不算区政府资金: what is asked about is the money, not the project
            a = re.sub(r"(的钱|的资金)?(做|建|搞|买|投)的.*$", "", a) if re.search(r"资金|钱", b) else a
            # 单位自筹的钱拿来做信息化项目: the money, not what it is put to
            a = re.sub(r"(的钱|的资金)?(拿来|用来|用于|拿去|用去)(做|建|搞|干|买)?.*$", "", a) if re.search(r"资金|钱", b) else a
            a = re.sub(r"的(钱|资金|经费)$", "", a)
            # 项目使用单位自筹的钱 / 用的是单位自筹资金: the money used, not the project using it
            a = re.sub(r"^.*?(使用|利用|动用|用的是|用了|用的|拿的是)(?=..)", "", a) if re.search(r"资金|钱|经费", b) else a
            a = re.sub(r"^.*?(只是|就是|仅仅是|仅是|纯粹是|单纯是|单纯)(?=..)", "", a)   # 只是买运维服务: what is bought
            a = re.sub(r"(?<=[买购建做搞租])(?:一)?(?:项|个|些|批|套|台|份)(?=..)", "", a)   # 买一项运维服务: how many is no part of what
            # 钱是部门自筹的，没用财政拨款，也算区政府资金吗: what the money is not says no more of what it is
            if _THIS_MONEY.fullmatch(a) or re.match(r"(没|没有|不是|未|并非|并没有)", a) and _MONEY_IS.search(text[:m.start("a")]):
                said = list(_MONEY_IS.finditer(text[:m.start("a")]))
                named = list(_MONEY.finditer(text[:m.start("a")]))
                if said:
                    a = said[-1].group("src")
                elif named:
                    a = re.sub(r"的钱$", "资金", re.sub(r"^.*[用以拿靠]", "", named[-1].group(0)))
            if re.search(r"资金|钱|经费", b):   # 项目资金是单位自筹、非财政直接拨款的: the source said, not what it is not
                a = re.sub(r"^.*?(资金|钱|经费)(是|来自|都是|全是|全部是)(?=..)", "", a)
                a = re.split(r"(?:、|和|且)?(?:非|不是|没有|没|并非)", a)[0] or a
                a = re.sub(r"的$", "", a)
            a = re.sub(r"自己(筹|出|掏|凑)(集|措)?", "自筹", a)   # 部门自己筹的: raised by itself
            a = re.sub(r"^(请问|想问一?下|问一?下|咨询一?下)", "", a)   # the asking, not the thing
            if pattern is _LIST_HAS_A:
                a = re.sub(r"^(?:有|包括|包含|含)(?=..)", "", a)   # 清单里要有监理报告吗
            if pattern is _B_HAS_A and _LIST_NAME.search(b) and _DOCUMENT.fullmatch(a):
                return a, _LIST_NAME.search(b).group("b"), True   # 验收材料清单包括监理报告吗
            if _specific(a) and _specific(b):
                return a, b, pattern is _LIST_HAS_A
    return listed_document(text)


def listed_document(text: str) -> tuple[str, str, bool] | None:
    """A document asked to be put in, or submitted with, a step's list (项目验收要不要提交监理报告):
    (the document, the step, True)."""
    name = _LIST_NAME.search(text)
    if not name or not _PUT_IN.search(text):
        return None
    after, before = text[name.end():], text[:name.start()]
    for m in [*_DOCUMENT.finditer(after), *_DOCUMENT.finditer(re.split(r"[，,。；;]", before)[-1])]:
        a = _VAGUE_VERB.sub("", _PUNCT.sub("", m.group("a")))
        a = re.sub(r"^.*?(?:提交|提供|包括|包含|附上|放进|放入|准备|含|交)", "", a) or a
        a = _LIST_PREFIX.sub("", a) or a   # 清单里是不是得有监理报告: the document, after the list's asking words
        if re.match(r"(哪|什么|多少|几)", a):   # 验收要交哪些报告 asks what the list is, not whether an item is in it
            continue
        if _specific(a) and a not in name.group("b"):
            return a, name.group("b"), True
    return None


# "does the supervision report go into the acceptance documents?", "do the acceptance materials include a
# user manual", "is the test report part of the acceptance package", "do we submit the training records for
# acceptance": an English document asked of a step's list
def _en_doc(group: str = "a") -> str:
    """A document named in English (the supervision report) or by the text's own name typed as it stands (the 数据共享清单)."""
    return (rf"(?P<{group}>(?:[a-z\u4e00-\u9fff-]+\s+){{0,3}}?(?:reports?|plans?|manuals?|records?|minutes|forms?|certificates?|notices?|specifications?|contracts?)"
            r"|[\u4e00-\u9fff]{1,16}?(?:报告|清单|表|书|记录|方案|手册|纪要|合同))")


_EN_DOC = _en_doc()
_EN_STEP = r"(?:final |initial |project )?(?:acceptance|declaration|application|filing|approval)"
_EN_LIST = rf"(?:(?-i:[A-Z])[a-z]+(?:'s)?\s+)?(?:required\s+|necessary\s+|mandatory\s+)?(?P<b>{_EN_STEP})\s+(?:docs|documents|materials|package|paperwork|files?|list|checklist|dossier|submission)"   # (the Zhonglou acceptance documents)
_EN_LISTED = [
    lazy_regex(rf"\b{_EN_DOC}\s+(?:go|goes|be put|put|be included|included|belong|belongs|count|counts)\s+(?:in|into|among|with|as part of)\s+(?:the\s+|our\s+)?{_EN_LIST}", re.I),
    lazy_regex(rf"\b(?:is|are|isn't|aren't)\s+(?:the\s+|a\s+|an\s+)?{_EN_DOC}\s+(?:part of|among|included in|in|one of)\s+(?:the\s+|our\s+)?{_EN_LIST}", re.I),
    lazy_regex(rf"{_EN_LIST}\s+(?:have to |need to |must |should )?(?:include|includes|contain|contains|need|needs|require|requires|have|has)\s+(?:a\s+|an\s+|the\s+)?{_EN_DOC}", re.I),
    lazy_regex(rf"\b(?:submit|provide|include|hand in|attach|turn in)\s+(?:a\s+|an\s+|the\s+|our\s+)?{_EN_DOC}\s+(?:for|at|with|in)\s+(?:the\s+)?(?P<b>{_EN_STEP})", re.I),
]
# ("For Zhonglou acceptance, is the 等保 assessment report one of the documents?": the step named elsewhere in the question)
_EN_LISTED_BARE = lazy_regex(rf"\b(?:is|are)\s+(?:the\s+|a\s+|an\s+|our\s+)?{_EN_DOC}\s+(?:one of|among|part of|on)\s+(?:the\s+)?"
                             r"(?:required\s+)?(?:docs|documents|materials|paperwork|list|package)\b"
                             # ("acceptance materials - do we need the 数据共享清单 in the package too")
                             rf"|\b(?:need|include|submit|provide|attach|put|have)\s+(?:the\s+|a\s+|an\s+|our\s+)?{_en_doc('a2')}\s+"
                             r"(?:in|into|with)\s+(?:the\s+)?(?:required\s+)?(?:docs|documents|materials|paperwork|list|package|pack)\b", re.I)
_EN_STEP_RE = lazy_regex(_EN_STEP, re.I)
_EN_ARTICLE = lazy_regex(r"^(?:a|an|the|our|any)\s+", re.I)


def english_listed(text: str) -> list[tuple[str, str, bool]]:
    """The readings, in the texts' words, of an English question that asks whether a document is in a
    step's list ("does the supervision report go into the acceptance documents?" -> 监理报告 of 验收): one
    for each way the glossary gives its words (supervis: 监理 or 监督), the step the same in each."""
    for pattern in [*_EN_LISTED, _EN_LISTED_BARE]:
        m = pattern.search(text)
        if not m:
            continue
        named = m.group("b") if "b" in pattern.groupindex else (s.group(0) if (s := _EN_STEP_RE.search(text)) else "")
        step = chinese_words(named)
        # (a word of the texts typed as it stands, 等保, is its own reading)
        doc = m.group("a") if "a" in pattern.groupindex and m.group("a") else m.group("a2")
        words = [[w] if re.search(r"[\u4e00-\u9fff]", w) else chinese_words(w) for w in _EN_ARTICLE.sub("", doc).split()]
        if not step or sum(1 for zh in words if zh) < 2 and not re.search(r"[\u4e00-\u9fff]{4}", doc):   # "the report": no document named
            return []
        # the glossary's words in order, each English word's alternatives tried (监理报告, 监督报告)
        readings = [""]
        for zh in filter(None, words):
            readings = [r + z for r in readings for z in zh][:8]
        return [(r, step[-1], True) for r in readings]   # final acceptance: 验收, the list's word
    return []


# "yunfu defines 第三方服务 - is 监理 part of that", "does 'third-party service' include supervision?", "does 单位自筹 count
# as district government funds": one thing asked to be a kind of another, in English, each in the texts' words
_EN_THING = r"['\"‘“]?(?P<{g}>[\w\u4e00-\u9fff'’ -]{{2,50}}?)['\"’”]?"
_EN_KIND_OF = [
    lazy_regex(r"\b(?:is|are|does|do|would|will)\s+(?:a\s+|an\s+|the\s+|our\s+)?" + _EN_THING.format(g="a")
               + r"\s+(?:part of|count as|counted as|a kind of|a type of|one of|included in|covered by|fall under|falls under|belong to|belongs to)\s+"
               + r"(?:the\s+|a\s+|an\s+)?" + _EN_THING.format(g="b") + r"\s*(?:\?|$|,|\bor\b|\bin\b|\bunder\b|\bper\b|\baccording to\b)", re.I),
    lazy_regex(r"\bdoes\s+(?:the\s+)?" + _EN_THING.format(g="b") + r"\s+(?:include|cover|contain|take in)\s+(?:a\s+|an\s+|the\s+)?"
               + _EN_THING.format(g="a") + r"\s*(?:\?|$|,)", re.I),
]
_PRONOUN = lazy_regex(r"^(?:that|this|it|them|those|these|that list|this list)$", re.I)


def english_membership(text: str) -> tuple[str, str, bool] | None:
    """(narrower, broader, False) in the texts' words when an English question asks whether one thing is a kind of
    another; a pronoun for the broader one (\"is 监理 part of that\") is the term of the text named before it."""
    for pattern in _EN_KIND_OF:
        m = pattern.search(text)
        if not m:
            continue
        a, b = m.group("a").strip(), m.group("b").strip()
        if _PRONOUN.match(b):   # (yunfu defines 第三方服务 - is 监理 part of that)
            before = _HAN_RUN.findall(text[:m.start()])
            b = before[-1] if before else ""
        if _PRONOUN.match(a):   # ("our project money is 单位自筹. Does that count as 区政府资金?": the term named before)
            before = _HAN_RUN.findall(text[:m.start()])
            a = before[-1] if before else ""
        a, b = (_zh_of(x) for x in (a, b))
        if a and b and a != b:
            return a, b, False
    return None


def _zh_of(words: str) -> str | None:
    han = _HAN_RUN.findall(words)
    return max(han, key=len) if han else translated(words)


# 结论是不是只有合格和不合格两种: a claim that a list holds these items and no more
_ONLY = lazy_regex(r"(?:只有|仅有|只分|只分为|就只有|就分|仅分为|只包括|仅包括|只能是|只能)\s*(?P<items>[^，,。？?；;！!]{2,40}?)"
                   r"(?P<n>两|二|三|四|2|3|4)?(?:种|类|个|项|档|级)"
                   r"|(?:就是|就)\s*(?P<items2>[^，,。？?；;！!]{2,40}?)(?P<n2>两|二|三|四|2|3|4)(?:种|类|档|级)")   # 就“合格”“不合格”两种
_ITEM_SEP = lazy_regex(r"和|与|跟|及|以及|、|或者|或|/")
_LISTS = lazy_regex(r"分为|包括|包含|分成|有|为")


def only_items(text: str) -> tuple[list[str], int | None] | None:
    """The items a question claims a list is made of, and the count it says (只有合格和不合格两种
    -> (['合格', '不合格'], 2)); None when it makes no such claim."""
    m = _ONLY.search(text)
    if not m:
        return None
    raw = m.group("items") or m.group("items2")
    items = [_PUNCT.sub("", i) for i in _ITEM_SEP.split(re.sub(r"”\s*“", "、", raw))]
    items = [i for i in items if i]
    if len(items) < 2:
        return None
    said = m.group("n") or m.group("n2")
    return items, int(small_number(said)) if said else None


# one thing said to be all a step needs (验收是不是开个专家评审会就完事了, 只开个专家评审会就行吗): the thing, said before
# the words that it is enough, after the verb that does it; and the step it is said of, named before
_ENOUGH_SAID = lazy_regex(r"(?:就完事|就行|就够|就可以|就好|就算完)了?(?:吗|么|嘛|吧|\s*[？?]|$)")
_DOES_ONE = lazy_regex(r"^.*?(?:开|做|搞|请|交|报|出|走|弄)(?:个|一个|一次|一份|一下|了)?(?=[\u4e00-\u9fff]{2})")
_STEP_WORD = lazy_regex(r"竣工验收|初步验收|初验|终验|验收|立项|申报|备案|评审|论证")


# "is an expert review meeting all we need for acceptance?", "would a third-party test alone be enough for acceptance?"
_EN_ONE_ENOUGH = lazy_regex(r"\b(?:is|would|will)\s+(?:an?|the|one|just an?|only an?)\s+(?P<item>[a-z][\w -]{3,40}?)\s+(?:alone\s+)?(?:be\s+)?"
                            r"(?:all (?:we|it|you|they) (?:need|needs)|enough|sufficient)\b(?P<rest>[^?]{0,40})\?", re.I)


def one_enough(text: str) -> tuple[str, str, str] | None:
    """(the step, the one thing in the texts' words, the thing as the question says it) when a question says one
    thing is all a step needs; None otherwise."""
    e = _EN_ONE_ENOUGH.search(text) if text.isascii() else None
    if e:   # (in the texts' words: 专家评审审核会议 holds the 专家评审 a list names)
        item = "".join(chinese_words(e.group("item")))
        steps = [w for w in chinese_words(e.group("rest") + " " + text[:e.start()]) if _STEP_WORD.fullmatch(w)]
        return (steps[0], item, e.group("item")) if steps and len(item) >= 2 else None
    m = _ENOUGH_SAID.search(text)
    if not m:
        return None
    clause = re.split(r"[，,。？?！!；;\s]", text[:m.start()])[-1]
    if not _DOES_ONE.search(clause):
        return None
    item = _DOES_ONE.sub("", clause).rstrip("会")
    steps = [x.group(0) for x in _STEP_WORD.finditer(text[:m.start() - len(clause) + _DOES_ONE.search(clause).end()])]
    return (steps[-1], item, item) if steps and len(item) >= 2 and item not in steps else None


def one_listed(text: str, step: str, item: str) -> str | None:
    """The sentence of ``text`` that lists what the step holds (项目验收包括第三方验收测评、信息安全测评和专家评审等) with
    the item among others: then the item alone is not all of it."""
    for sentence in _SENTENCE.split(text):
        s = sentence.strip().rstrip("。；;")
        m = re.search(r"包括|包含|分为|由", s)
        if not m or step[:2] not in s[:m.start()] or "、" not in s[m.end():]:
            continue
        items = re.split(r"[，,]", s[m.end():])[0]   # (the list's own clause: 项目验收包括A、B和C等)
        listed = [_PUNCT.sub("", i) for i in _ITEM_SEP.split(re.sub(r"等.*$", "", items))]
        if len(listed) >= 2 and any(len(i) >= 2 and (i in item or item.rstrip("会") in i) for i in listed):
            return s[:m.end() + len(items)]
    return None


def listing_sentence(text: str, items: list[str], count: int | None) -> tuple[str, bool] | None:
    """The sentence of ``text`` that lists every item claimed (项目竣工验收结论分为“合格”“不合格”两种),
    and whether the claim holds: the text names those items and, where it counts them, no more."""
    for sentence in _SENTENCE.split(text):
        s = sentence.strip().rstrip("。；;")
        held = sum(i in s for i in items)
        said = re.search(r"(两|二|三|四|五|六|[2-6])\s*(?:种|类|个|项|档|级)", s)
        # every item, or (where the text counts its list) all but one: 分为合格、不合格两种 against 合格、基本合格和不合格三种
        if not _LISTS.search(s) or held < len(items) - (1 if said and len(items) > 2 else 0):
            continue
        if said:
            n = int(small_number(said.group(1)))
            return s, held == len(items) == n and (count is None or count == n)
        return s, held == len(items)
    return None


def pieces(words: str) -> set[str]:
    return pairs("".join(ch for ch in words if ch not in _FILLER))


def _share(words: str, text: str, ignore: frozenset[str] = frozenset()) -> float:
    own = pieces(words) - ignore
    return len({p for p in own if p in text}) / len(own) if own else 0.0


def defining_sentence(text: str, narrower: str, broader: str, listed: bool = False,
                      ignore: frozenset[str] = frozenset()) -> str | None:
    """The sentence of ``text`` that defines the broader thing as including the narrower one: most
    of the words of each on their side of its defining word (所称/包括/是指). Pieces in ``ignore``
    (a place's name: 龙岗 says where, not what) do not count. An item of a list (``listed``) is
    named as the text names it, while the list may be named otherwise (验收材料 / 项目验收应包含)."""
    broad_share, narrow_share = (0.01, 0.8) if listed else (0.5, 0.4)   # a list: one word of its name
    for sentence in _SENTENCE.split(text):
        s = sentence.strip().rstrip("。；;")
        # (a list of what is handed in: 提交相关会议纪要、申报材料、网信办审核意见等依据文件)
        defines = [*_DEFINES.finditer(s), *(_HANDS_IN.finditer(s) if listed else ())]
        if not defines:
            continue
        cut = max(x.end() for x in defines)
        head, tail = _PUNCT.sub("", s[:cut]), _PUNCT.sub("", s[cut:])
        # 项目请的监理: the thing asked about is the head noun after its last 的, whatever is said of it
        noun = narrower.rsplit("的", 1)[-1]
        noun = re.sub(r"^(部门|单位|街道|我们|自己|本单位|各单位|各部门)(?=..)", "", noun)   # 部门自筹: who raised it is no part of the kind
        narrow = max(_share(narrower, tail, ignore), _share(noun, tail, ignore) if len(noun) >= 2 else 0.0)
        # (财政局的审核意见 is not the 网信办审核意见 listed: whose it is, when a body, is part of what is asked)
        owner = re.sub(r"^(我们|咱们|本单位|我单位)", "", narrower.rsplit("的", 1)[0]) if "的" in narrower else ""
        if len(owner) >= 2 and BODY_END.search(owner) and _share(owner, tail, ignore) < 0.5:
            continue
        if _share(broader, head, ignore) >= broad_share and narrow >= narrow_share:
            return s
    return None


def _specific(words: str) -> bool:
    """Says more than 项目/资金 alone: two or more pieces besides the words every question has."""
    return len(pieces(words) - {"项目", "资金", "这个", "我们"}) >= 2


# "第三方服务"都包括哪些, 什么是第三方服务, what does "third-party services" cover: the term whose meaning is asked
_TERM_ASKED = [
    lazy_regex(r"[“\"「『]([^”\"」』]{2,12})[”\"」』]\s*(都|具体|一般)?\s*(包括|包含|是指|指的是|指|是)\s*(哪些|什么|啥|哪几|哪|些什么)"),
    lazy_regex(r"([\u4e00-\u9fff]{2,8}?)\s*(都|具体|一般)?\s*(包括|包含|是指|指的是)\s*(哪些|什么|啥|哪几)"),
    lazy_regex(r"([\u4e00-\u9fff]{2,8}?)\s*(都|具体|一般)\s*指\s*(哪些|什么|啥|哪几)"),   # 第三方服务都指什么
    lazy_regex(r"什么(是|叫)[“\"「]?([\u4e00-\u9fff]{2,10})[”\"」]?"),
]


def asked_term(text: str) -> str | None:
    """The term a what-question asks the meaning or the parts of: "第三方服务"都包括哪些 -> 第三方服务."""
    for pattern in _TERM_ASKED:
        m = pattern.search(text)
        if m:
            term = m.group(2) if pattern.pattern.startswith("什么") else m.group(1)
            return re.sub(r"^(办法|细则|规定)?(中|里|里面)?的", "", term)
    return None


# 啥样的项目算新动议项目, 哪些算隐蔽工程, 三重一大是什么意思, "what counts as an important subsystem", "what does
# 'service qualification procurement' (服务资格采购) mean": what a term of the text covers, asked of the term itself
_COUNTS_AS_ZH = [
    lazy_regex(r"(?:啥样|什么样|哪样|哪些|哪种|哪类|什么)的?(?:项目|工程|情况|决策|事项|事|单位|部门|系统|内容|变更|变化|东西)?(?:才|就)?"
               r"(?:算|算是|属于|叫|叫做|称为)(?:是)?[“\"「『]?(?P<t>[\u4e00-\u9fff]{2,12}?)[”\"」』]?(?:呢|啊|呀)?\s*[？?]?\s*$"),
    lazy_regex(r"[“\"「『]?(?P<t>[\u4e00-\u9fff]{2,12}?)[”\"」』]?(?:到底|具体|究竟)?(?:是|指)?(?:什么|啥)意思"),
    # '软件类项目'怎么界定, “较大变化”如何认定: how the text tells a quoted term's cases
    lazy_regex(r"[“\"「『‘'](?P<t>[\u4e00-\u9fff]{2,12})[”\"」』’']\s*(?:到底|具体|究竟)?(?:怎么|如何|怎样|咋)(?:界定|定义|认定|区分|划分|理解|判断|判定|算)"),
]
_COUNTS_AS_EN = [
    # "What do the Yunfu measures mean by 'system business operation services' (系统业务运营服务)?"
    lazy_regex(r"\bwhat (?:do|does) (?:the |these |this |that )?(?:[\w-]+ ){0,3}?(?:measures|rules|text|regulations?|draft|document|细则|办法) "
               r"mean by ['\"‘“]?(?P<t>[^'\"’”?(]{2,60}?)['\"’”]?\s*(?:\(|\?|$)", re.I),
    lazy_regex(r"\bwhat (?:exactly |actually )?(?:does|do|would) ['\"‘“]?(?P<t>[^'\"’”?]{2,60}?)['\"’”]? (?:\([^)]*\) )?(?:actually |really |exactly )?mean", re.I),
    lazy_regex(r"\bwhat (?:kinds? of [\w-]+ |sorts? of [\w-]+ |types? of [\w-]+ |[\w-]+ )?counts? as (?:an? |the )?['\"‘“]?(?P<t>[^'\"’”?,.]{2,60}?)['\"’”]?\s*(?:\?|$|\b(?:in|under|here|for|according)\b)", re.I),
    # "How late does a project have to be to count as seriously overdue?": how far a case must go to be the term
    lazy_regex(r"\bhow\b[^?]{0,60}?\bto (?:count|qualify|be classed|be considered) as (?:an? |the )?['\"‘“]?(?P<t>[^'\"’”?,.]{2,60}?)['\"’”]?\s*(?:\?|$|\b(?:in|under|here|for|according)\b)", re.I),
    lazy_regex(r"\bwhat is (?:meant|understood) by ['\"‘“]?(?P<t>[^'\"’”?]{2,60}?)['\"’”]?\s*(?:\?|$|\b(?:in|under|here)\b)", re.I),
]
_HAN_RUN = lazy_regex(r"[\u4e00-\u9fff]{2,12}")


def meaning_asked(text: str) -> str | None:
    """The term, in the texts' words, whose meaning or reach a question asks of the term itself (what counts as it,
    what it means): 哪些算隐蔽工程 -> 隐蔽工程; "what counts as 三重一大" -> 三重一大; "what does 'important subsystems'
    mean" -> the glossary's words for it. Not "X包括哪些", which may be asked of a list the text names otherwise."""
    # (啥样的算新动议项目？有定义吗: each sentence asked on its own)
    for pattern in _COUNTS_AS_ZH:
        m = next((x for part in re.split(r"(?<=[？?。！!])", text) for x in [pattern.search(part.strip())] if x), None)
        if m:
            return m.group("t").rsplit("的", 1)[-1]   # (深圳的信息工程质量: the term after what it is of)
    for pattern in _COUNTS_AS_EN:
        m = pattern.search(text)
        if m:
            term = m.group("t")
            if _PRONOUN.match(term.strip()):   # ("… organises 'service qualification procurement' (服务资格采购). what does that mean")
                han = _HAN_RUN.findall(text[:m.start()])
                quoted = re.findall(r"['‘“\"]([^'’”\"]{3,60})['’”\"]", text[:m.start()])
                return han[-1] if han else translated(quoted[-1]) if quoted else None
            # the text's own word typed beside the English (服务资格采购), else the glossary's words for it
            han = _HAN_RUN.findall(text[m.start():m.end() + 30]) or _HAN_RUN.findall(term)
            if han:
                return max(han, key=len)
            return translated(term)
    return None


def used_sentence(text: str, term: str) -> str | None:
    """The sentence of ``text`` that uses ``term`` (the text's own wording), if any."""
    sentence = next((s.strip().rstrip("。；;") for s in _SENTENCE.split(text) if term in unquoted(s)), None)
    if sentence is None or len(sentence) <= 60:
        return sentence
    # (a long sentence: the clause that uses it, 新动议项目需同时编制立项申请报告或项目建议书)
    return next((c.strip() for c in re.split(r"[，,；;]", sentence) if term in unquoted(c)), sentence)


def meaning_sentence(text: str, term: str) -> str | None:
    """The sentence of ``text`` that says what ``term`` is or holds (第三方服务是指咨询、监理、测评、安全等配套服务)."""
    for sentence in _SENTENCE.split(text):
        s = sentence.strip().rstrip("。；;")
        bare = unquoted(s)   # (本办法所称“智慧文登”项目，是指…: the term as one word)
        if re.search(re.escape(term) + r"\s*(是指|指的是|包括|包含|主要包括|，是指|所称)", bare) or re.search(r"所称" + re.escape(term), bare):
            return s
    # (（一）监理文档。主要包括：开工令、监理月报、监理总结等: a heading and the list it opens, two sentences)
    m = re.search(r"[（(][一二三四五六七八九十]+[)）]\s*" + re.escape(term) + r"[。:：]\s*主要包括[^。\n]*", unquoted(text))
    return m.group(0).strip() if m else None


_QUOTES = lazy_regex(r"[“”\"‘’「」『』]")


def unquoted(text: str) -> str:
    """``text`` without its quotation marks (“智慧文登”项目 as 智慧文登项目)."""
    return _QUOTES.sub("", text)


# 数据共享方面要交什么表, 跟数据共享有关的是哪两样: items of a list asked for by what they are about
_ITEMS_ASKED = lazy_regex(r"(什么|哪些|哪几|哪[两三四五]|啥)(样|种|份|个)?[^，,。？?]{0,3}?(表|清单|报告|文件|材料|资料|记录|目录|证明)?(?=[？?。]|$|吗|呢)")
_NOT_ABOUT = {"什么", "哪些", "哪几", "材料", "资料", "需要", "提交", "有关", "方面", "要交", "相关", "包括", "里面", "终验", "验收",
              "项目", "初验", "申请", "报送", "东西", "要求", "规定", "要有", "有哪"}


def items_asked(text: str) -> tuple[str | None, frozenset[str]] | None:
    """(the kind of item asked for or None, the word pairs of what the items are about) when a
    question asks which items of a list it means: 终验材料里数据共享方面要交什么表 -> (表, {数据, 据共, 共享, …})."""
    m = _ITEMS_ASKED.search(text)
    if not m or (m.group(3) is None and m.group(2) not in ("样", "份")):   # 哪几种 asks kinds, 哪些方面 aspects
        return None
    about = frozenset(pieces(text[:m.start()])) - _NOT_ABOUT
    return (m.group(3), about) if about else None


def listed_items(sentence: str, noun: str | None, about: frozenset[str]) -> str | None:
    """The verbatim stretch of a listing sentence from the first to the last item about ``about``
    (two word pairs of it) and, if given, of the kind ``noun``; None when no item is."""
    items = [i for i in re.split(r"[、，,；;]", sentence) if i.strip()]
    hits = [i for i in items if sum(p in i for p in about) >= 2 and (noun is None or noun in i)]
    if not hits or len(items) < 4:   # a list, not a clause
        return None
    start, end = sentence.find(hits[0]), sentence.find(hits[-1]) + len(hits[-1])
    quote = sentence[start:end] if end - start <= 120 else hits[0]
    return re.sub(r"等$", "", quote.strip())


# 由几个部门组成, 有几个统一, 分几类, how many kinds: a count of the items a list of the text names
_COUNT_ASKED = lazy_regex(r"(?<![哪第])(?:几|多少)\s*(?:个\s*(?=部门|单位|统一|环节|阶段|步骤|方面|部分|内容|类别|章|节|文件|材料|机构|方|条件|(?!专家|人员|成员|代表|委员|领导)[\u4e00-\u9fff]{2}\s*[？?。!！]*\s*$)|种|类|项|大类|大项|方面|步|大块|块(?![钱儿])|部分|样(?=材料|东西|文件|资料)|条(?=件|要求)"
                          r"|家(?=\s*(?:单位|部门|机构|[？?，,。!！]|$)))"   # 一共几家
                          r"|\bhow many (kinds|types|categories|items|parts|aspects|chapters|sections|departments|units|bodies|stages|steps|documents|materials|principles)\b", re.I)
_KINDS_WHICH = lazy_regex(r"哪几\s*(?:种|类|大类)(?!材料|文件|资料)")   # 分哪几类服务: the kinds, listed and counted
_QUOTED_COUNTED = lazy_regex(r"[“\"‘'「][\u4e00-\u9fff]{2,4}[”\"’'」][^，,。？?]{0,6}?(?:几|多少)\s*个?\s*[？?。]*\s*$"   # “统一”一共有几个
                             r"|(?:几|多少)\s*个\s*[“\"‘'「][\u4e00-\u9fff]{2,4}[”\"’'」]")   # 要搞几个“统一”
# what opens a list in its clause: 评审小组由A、B组成, 实行A、B, 包括A、B
_LIST_OPENS = lazy_regex(r"^.*?(?:由|包括|包含|主要有|分为|实行|即|如|有)(?=[^、]{1,30}、)")


def count_asked(text: str) -> bool:
    """Does the question ask how many items a list holds (由几个部门组成, 几个统一, how many kinds)?"""
    counted = _COUNT_ASKED.search(text) or _KINDS_WHICH.search(text) or _QUOTED_COUNTED.search(text)
    return bool(counted) and not re.search(r"谁|哪个|哪家|怎么|如何|什么时候|\bwho\b", text)   # (几个单位共同建设的项目由谁申报: "several")


def count_unit(text: str) -> str:
    """The classifier a list count is asked in (几个单位 → 个, 分几种 → 种, 一共几家 → 家), to answer in; 项 if none."""
    m = _COUNT_ASKED.search(text) or _KINDS_WHICH.search(text)
    said = re.search(r"(?:几|多少)\s*(大类|大项|大块|个|种|类|项|家|步|条|样|块|部分)", m.group(0) if m else text)   # (几个“统一”)
    if said and said.group(1) == "个":   # 分几个方面: counted in the noun (3个方面)
        noun = re.match(r"\s*(方面|部分|环节|阶段|步骤|条件)", text[text.find(said.group(0)) + len(said.group(0)):])
        if noun:
            return "个" + noun.group(1)
    return {"大类": "类", "大项": "项", "大块": "块"}.get(said.group(1), said.group(1)) if said else "项"


def english_count_unit(text: str) -> str:
    """The noun an English count question asks in ("how many steps" → " steps"), to answer in; "" if none."""
    m = re.search(r"\bhow many ([a-z]+(?:-[a-z]+)?)", text, re.I)
    return f" {m.group(1).lower()}" if m else ""


def counted_list(text: str, least: int = 3) -> list[str]:
    """The items of the longest list in ``text`` (A、B、C和D): a clause's 、-separated items, what opens the
    list cut from the first (评审小组由) and the last split at 和/以及; [] for fewer than ``least``."""
    best: list[str] = []
    # an aside is cut (区政府办(大数据管理局)); a bracket holding a list is a clause of its own (项目（包括A、B和C）的)
    for clause in re.split(r"[，,；;：:。（）()]", re.sub(r"（[^（）、]{0,30}）|\([^()、]{0,30}\)", "", text)):
        items = [i.strip() for i in _LIST_OPENS.sub("", clause).split("、")]
        if len(items) < 2:
            continue
        last = re.split(r"和|以及|与", items[-1], maxsplit=1)
        items = [*items[:-1], *(p for p in last if p)]
        items[-1] = re.sub(r"[）)].*$|(等|组成|等内容|等方面)+$|(?<=.{2})等[^、等]{2,10}$", "", items[-1])   # (…和第三方服务等政务信息化项目)
        items = [re.sub(r"^.*[“「]", "", i).split("”")[0].split("」")[0] for i in items]   # (按照“统一机构、…、统一软件”的要求)
        if "的" in items[0] and not any("的" in i for i in items[1:]) and len(items[0].rsplit("的", 1)[1]) >= 2:
            items[0] = items[0].rsplit("的", 1)[1]   # (包括使用市本级财政资金采购的基础设施服务、…: what qualifies them is no item)
        if len(items) > len(best):
            best = items
    return best if len(best) >= least else []


_NUMBERED = lazy_regex(r"[（(]([一二三四五六七八九十]{1,3})[）)]\s*([^（(；;。，,、]{1,24})")


def numbered_items(text: str) -> list[str]:
    """The items of a numbered list (（一）…（二）…), in order from （一）, each cut to its first words; [] for fewer than two."""
    items, want = [], 1
    for m in _NUMBERED.finditer(text):
        n = small_number(m.group(1))
        if n == want:
            items.append(m.group(2).strip())
            want += 1
        elif n == 1 and len(items) < 2:   # a new list starts before the first had two items
            items, want = [m.group(2).strip()], 2
    return items if len(items) >= 2 else []


# what asks after a list: whether it holds a document, or whether one missing from it may be handed in
_LIST_ASKED = lazy_regex(r"包括|包含|含不含|(材料|资料|清单|文件)(里|中|内)|必备|得有|缺|少了|没做|没交|没写|没出|没准备|不全|不齐|齐了|够了|够吗|够不够|能交|能提交|齐全|完整|(就是|但是?|可是)没有|\b(except|missing|lack\w*|includ\w*|enough|complete|incomplete)\b"
                        # "does the acceptance package need the data sharing list", "… in the acceptance dossier": a document of the set
                        r"|\b(pack|package|dossier|paperwork|documents|materials)\s+(need|needs|require|requires|have to have|has to have|contain|contains|must have)\b"
                        r"|\b(in|into) the (document |acceptance |final |completion )?(pack|package|dossier|paperwork)\b"
                        r"|\bleave\b[^.?]{0,40}\bout\b|\bout of the (document |acceptance )?(pack|package|dossier|materials|documents)\b|\bdrop\b[^.?]{0,40}\bfrom the\b", re.I)


def asks_after_list(text: str) -> bool:
    """终验资料里数据共享清单没做，能交吗; 材料里要不要附等保测评报告: does the question ask after a list of documents?"""
    return bool(_LIST_ASKED.search(text))


def names_listed(text: str, said: str) -> bool:
    """Does ``said``, a list (、, or commas in English), name a document the question names (终验资料里数据共享清单: the
    name at its end; "no training plan or training records")?"""
    if said.isascii():
        lowered = said.lower()
        return said.count(",") >= 3 and any(m.group(0).lower() in lowered for m in _EN_DOCUMENT.finditer(text))
    return "、" in said and any(m.group("a")[i:] in said for m in _DOCUMENT.finditer(text) for i in range(len(m.group("a")) - 3))


_EN_DOCUMENT = lazy_regex(r"\b(?!(?:the|a|an|our|no|and|or|with|has|have|of)\b)[a-z-]+ (?:plans?|records?|reports?|lists?|manuals?|specifications?|minutes|letters?|forms?)\b", re.I)


# 这算不算隐蔽工程, 二期算不算“新动议项目”, 预算调了15%，这算“较大变化”要重新审核吗: whether a case counts as a term, the
# term said after the asking word, quoted or as a run of the text's words (not 计算/预算/就算, not 算下来)
_COUNTS_AS_TERM = lazy_regex(r"(?<![计核预结决清打合总估推换就概测匡演运盘划])(?:算不算|算是|算作|属不属于|是否属于|是否算|属于|算)(?:是|作|为)?\s*"
                             # (算不算办法里说的“较大变化”: the text named as where the term is said)
                             r"(?:(?:本|这个|那个)?(?:办法|细则|文件|规定|条文)(?:里|中|上)?(?:面)?(?:说|讲|提|写|规定)?(?:到)?的\s*)?"
                             r"(?:[“\"「『‘'](?P<q>[\u4e00-\u9fff]{2,12})[”\"」』’']|(?P<t>[\u4e00-\u9fff]{3,12})|(?P<none>\s*[啊呀呢吗么嘛]?\s*[？?]?\s*$))")
_VERDICT_WORD = lazy_regex(r"[不未没违]|合格|符合|满足|达到|达标|合规|合法|超过|超出|正常|合理|及时|按时|按期|逾期了")
_ASKING_END = lazy_regex(r"[吗么嘛呢啊吧呀不没]$")
_ASKED_HERE = lazy_regex(r"[^，,。；;！!？?\s]{0,12}?[了]?[吗么嘛呢啊吧呀不没]*\s*(?:[？?]|$)")
# "Would our payment module count as an important subsystem?", "Does that count as 'serious delay'?"
_EN_COUNTS_AS_TERM = lazy_regex(r"\b(?:count|counts|counted|qualify|qualifies|considered|regarded|treated|classed)\s+as\s+(?:an?\s+|the\s+)?"
                                r"['\"‘“]?(?P<t>[A-Za-z][A-Za-z -]{2,40}?)['\"’”]?\s*(?=\?|$|,|\.|\(|\b(?:that|which|under|in|here|for|so|and|or|per)\b)", re.I)


def term_counted(text: str) -> tuple[str, list[str]] | None:
    """(the case, the term's possible spellings in the texts' words) when a yes/no question asks whether a case counts
    as a term: 二期算不算“新动议项目” -> (二期, [新动议项目]); an unquoted run is the term less the particles that ask (算不算隐蔽工程啊
    -> 隐蔽工程), an English term its glossary renderings ("major change" -> 重大变更, 较大变化, …)."""
    for m in _COUNTS_AS_TERM.finditer(text):
        # (asked of the term itself: 算不算…, …算“较大变化”吗, …这算“较大变化”要重新审核吗; not 不算区政府投资，不用报批 or
        # 算严重逾期了 需要报告吗, a claim told before the ask)
        after = text[m.end():]
        clause = re.split(r"[，,。；;！!？?\s]", after)[0]
        if not (m.group(0).startswith(("算不算", "属不属于", "是否")) or _ASKED_HERE.match(after)
                or m.group("q") and _ASKING_END.search(clause[-2:])):
            continue
        if m.group(0)[0] == "算" and not m.group("q") and re.match(r"算[下上了进入起过出完账]", m.group(0)):
            continue   # (算下来, 算上: a sum reckoned)
        case = next((c for c in reversed(re.split(r"[，,。；;？?！!]", text[:m.start()])) if c.strip()), "")
        if m.group("none") is not None:
            # ('软件类项目'怎么界定？硬件为主带一点软件的算不算: the term quoted before, the case just before the asking word)
            quoted = re.findall(r"[“\"「『‘']([\u4e00-\u9fff]{2,12})[”\"」』’']", text[:m.start()])
            if quoted and m.group(0).startswith(("算不算", "属不属于")):
                return case, [quoted[-1]]
            continue
        if m.group("q"):
            return case, [m.group("q")]
        # (the whole run is the term, less the particles that ask: 隐蔽工程啊; 算竣工验收前必须完成的 names no term, it
        # describes, and a prefix of a longer phrase, 每季度 of 每季度要报送的监理文档, is not what is asked)
        run = re.sub(r"[吗么嘛呢啊吧呀不没了]+$", "", m.group("t"))
        if len(run) < 3 or run.endswith("的") or _VERDICT_WORD.match(run):   # (算不算不合格, 算符合要求吧: a verdict, not a kind)
            continue
        return case, [run]
    m = _EN_COUNTS_AS_TERM.search(text)
    if m:
        said = _HAN_RUN.findall(text[m.start():m.end() + 20])
        spellings = said or renderings(m.group("t").strip())
        if spellings:
            return text[:m.start()], spellings
    return None


def described_where_used(text: str, term: str) -> bool:
    """Does ``text`` say which cases the term covers where it uses it: a definition (…是指, 所称…), the term told by
    what comes before it (必须在当年实施的临时性新增项目), or a case put in it (…属于国有资产)?"""
    bare = unquoted(text)
    # (…形成的无形资产属于国有资产: a sentence that puts a case in the term names what it covers)
    return meaning_sentence(text, term) is not None or bool(re.search(r"(的|属于|纳入|列入|作为|视为|视同|计入|归入)" + re.escape(term), bare)) \
        or bool(re.search(re.escape(term) + r"[。:：\s]{0,2}(主要)?(包括|包含|分为)", bare))   # (检测报告。主要包括：…)


# 政府债券的钱应该不算区政府资金吧, 买运维服务不属于智慧文登项目吧: the case believed not to be of the kind, asked to be confirmed
# (不算…吗 asks whether it is not, which a 难道 or a plain question answers of the kind itself)
_KIND_DENIED = lazy_regex(r"不(?:算|属于|是)[^，,。？?；;！!]{2,20}?(?:吧|对吧|是吧|对不对|没错吧)\s*[？?。!！~～]*\s*$")


def kind_denied(text: str) -> bool:
    """Does the question state that its case is not of the kind it names, and ask to have that confirmed?"""
    return bool(_KIND_DENIED.search(text.strip()))


# 除了合格和不合格，应该还有个“基本合格”吧: one more item believed in a list the question names the others of
_ALSO = lazy_regex(r"除了?(?P<items>[^，,。？?；;]{2,30}?)(?:之外|以外|外)?[，,]?\s*(?:应该|是不是|是否|好像|估计)?(?:还|也)(?:有|包括|分|可以是|能是)"
                   r"(?:个|一个|一种|一类|一档|一级)?(?P<c>[^，,。？?；;！!]{2,12}?)(?:吧|吗|么|嘛|呢|对吧|是吧|没有|不)?\s*[？?。]?\s*$")


def also_listed(text: str) -> tuple[list[str], str] | None:
    """(the items named, the one more believed with them) when the question claims a list holds one more item than those
    it names (除了合格和不合格，还有个基本合格吧 -> (['合格', '不合格'], '基本合格')); None otherwise."""
    m = _ALSO.search(text.strip())
    if not m:
        return None
    items = [_PUNCT.sub("", i) for i in _ITEM_SEP.split(re.sub(r"”\s*“", "、", m.group("items")))]
    items = [re.sub(r"^(?:结论|结果)?(?:有|是|分为|分)", "", i) for i in items if i]
    extra = _PUNCT.sub("", m.group("c"))
    if re.match(r"别的|其他|其它|什么|啥|哪", extra):   # (还有别的单位参加吗: which others, asked)
        return None
    return (items, extra) if len(items) >= 2 and all(items) and extra else None


def described_sentence(text: str, term: str) -> str | None:
    """The words of ``text`` that tell which cases a term it never defines covers, by what is said before it (如…有特殊、
    紧急情况,必须在当年实施的临时性新增项目), up to the term; not a figure that only sizes it (1000万以上的新动议项目)."""
    for sentence in _SENTENCE.split(unquoted(text)):
        at = sentence.find("的" + term)
        if at < 0:
            continue
        head = sentence[:at]
        if not re.match(r"\s*(?:如|凡|凡是|诸如)", head):   # (如…有特殊、紧急情况,必须在当年实施的: the cases listed, not a kind sized or timed)
            continue
        clause = re.split(r"[，,；;：:]", head)[-1]
        if len(re.findall(r"[\u4e00-\u9fff]", clause)) < 4 or re.search(r"\d|[一二两三四五六七八九十百千]+(?:万|元)", clause):
            continue
        return (head + "的" + term).strip()
    return None
