"""Several projects in one message, read one project at a time.

"钟楼有三个项目：门户改版45万、数据平台120万、运维服务25万，哪些要监理？" asks the same of each project: the message is
read once per project, the list cut down to that project alone ("钟楼有项目：门户改版45万，是否要监理？"), and each is
answered on its own. A message is read so when it says it holds several projects (三个项目, 俩系统, 一个…另一个, "two
projects", "one … the other", "our bureau has four items"), names two of its own (项目一…项目二, A项目…B项目, "project P …
project Q") or lists them numbered and asks which of them or each; and its list gives each project a figure of one kind
(a sum, a day, a length), or names as many projects as it counts. A project's total and its software share (总投资380万，
其中软件150万), its changes (变更三次，分别是10万、8万), a form's lines asked of as a whole and a figure that became another
(原来预算90万…变成130万) stay one project; a later project said short (项目乙12月3号签的) is read in the first one's words.
"""
from __future__ import annotations

import re

from knowledge.lazy_regex import lazy_regex

from .amounts import find_amounts

# how many, in Chinese (两个, 三项, 4套: not 两个月, a length) and in English
_HOW_MANY_ZH = r"(?P<n>两|俩|三|四|五|六|几|[2-9])\s*(?:个|项|套|份)(?!月|天|周|年|工作日|星期|礼拜|小时)"
_HOW_MANY_EN = r"\b(?P<e>two|three|four|five|six|several|both)\s+"
# a count of projects (两个项目, 三个专业类项目, 俩系统, "three projects"), not of a project's parts (两个子系统)
_COUNT = lazy_regex(_HOW_MANY_ZH + r"\s*(?:在建|新|的)?\s*[\u4e00-\u9fff]{0,4}?(?<![子分])(?:项目|系统|平台)"
                    r"|" + _HOW_MANY_EN + r"(?:[\w-]+\s+){0,3}(?:projects|systems|platforms)\b", re.I)
# the message says it holds several projects (not several items or changes of one: 清单如下 1. … 2. …, 变更了三次，分别是…)
_SEVERAL = lazy_regex(
    _COUNT.pattern
    + r"|(?:两|俩|三|四|五|六|几|多|[2-9])\s*(?:个|项|套|份)?\s*(?:在建|新|的)?\s*(?:项目|系统|平台|合同(?!价|金额|额)|服务项目)"
    r"|一个[^。？?]{1,40}另(?:外)?一个"
    r"|\ban? [^,.;?]{1,30}\bprojects?\b[^,.;?]{0,12}\band an? [^,.;?]{1,30}\bprojects?\b"
    r"|\b(?:two|three|four|five|six|several|both)\s+(?:[\w-]+\s+){0,3}(?:contracts|procurements)\b"
    r"|\bone\b.{0,80}\bthe other\b"
    # ("our bureau has four items: an e-gov portal at 29.9万, …": a body's items are its projects; a project's are its lines)
    r"|\b(?:bureau|department|unit|office|agency|we)\s+(?:has|have|plans?|runs?)\s+(?:two|three|four|five|several)\s+items\b", re.I | re.M)
# a project's name in a list (项目一, 项目2, A项目, 乙系统, "project Q")
_NAMES = lazy_regex(r"项目\s*[一二三四五甲乙丙丁ABCD](?![\u4e00-\u9fff]?期)|项目\s*[1-5](?![\d.月日号年万元个天周亿])|(?<![A-Za-z])[ABCD甲乙丙丁]\s*(?:项目|系统|平台|合同)"
                    r"|\b(?:projects?|systems?)\s+(?:[A-D1-9PQXY])\b(?![\d.])", re.I)
_NUMBERED = lazy_regex(r"^\s*(?:[1-9][.、)）]|[（(][1-9][)）]|[①②③④⑤])", re.M)
_WHICH_OR_EACH = lazy_regex(r"哪些|哪几|哪个|哪一个|分别|各自|\bwhich (?:of (?:these|them|those)|ones?)\b|\bfor each\b|\beach of\b", re.I)
# where a list's pieces part (not the thousands of 1,000,000)
_PIECES = lazy_regex(r"\n+|[；;、，：:。—]|,(?!\d{3})|(?<=[\d万元天月号日])\s*(?:和|及|以及|与|跟)\s*|(?<=[\d万元])\s*(?=(?:另)?一个)"
                     r"|(?:(?<=[\d万元])|(?<=yuan)|(?<=rmb)|(?<=RMB)|(?<=million))\s+and\s+|\s+and\s+(?=(?:the other|another|projects?|systems?|contracts?|one|an?|the)\b|[A-Z]\b)"
                     r"|(?<![\n(（]\d)(?<!^\d)\.\s+|\s+-+\s+|\s+vs\.?\s+", re.I | re.M)
# a piece that goes on with the project before it (其中软件150万, of which …), not a project of its own
_GOES_ON = lazy_regex(r"^\s*(?:其中|含|包括|包含|里面|另外还有|of which|including|incl\.|with)\b|^\s*(?:其中|含|包括|包含)", re.I)
# a figure the one before became (原来预算90万，加了两个子系统以后总投资变成130万): one project, changed
_BECAME = lazy_regex(r"变成|变为|改为|改成|调整为|调整到|调到|增加到|增至|涨到|降到|减到|\b(?:became|becomes|now|increased to|rose to|grew to|went up to|raised to|cut to|reduced to)\b", re.I)
# the words that name a project of a list (项目一, B项目, 甲系统, ①, 2., (3), 一个 … 另一个, "project Q", "the other")
_MARKER = lazy_regex(_NAMES.pattern + r"|^\s*(?-i:[ABCD])(?=\s)|^\s*[甲乙丙丁](?=\s)"
                     r"|[①②③④⑤]|^\s*(?:[1-9][.、)）]|[（(][1-9][)）])|^\s*(?:另)?一(?:个|份|套|项)|\bcontracts?\s+[A-D1-9PQXY]\b"
                     r"|^\s*(?:one|the other|another)\b", re.I)
# a piece that asks (今天能不能都提交？): the question, not a project of the list
_ASKS = lazy_regex(r"[？?]|吗|么|能不能|要不要|是否|哪|^\s*(?:which|what|when|how|does|do|is|are|can|must|should|will)\b", re.I)
# a day, said as people do
_DAY = lazy_regex(r"\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}|\d{1,2}\s*月\s*\d{1,2}\s*[日号]?|昨天|前天|今天|上周[一二三四五六日天]|"
                  r"(?:这|本)周[一二三四五六日天]|\b(?:yesterday|today|last (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday))\b"
                  r"|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d{1,2}\b|\b\d{1,2} (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)", re.I)
# a length of time a project has run (试运行4个月了, 才一个半月)
_LENGTH = lazy_regex(r"(?:\d+|[一二两三四五六七八九十]+)\s*个?半?\s*(?:月|周|星期|天|年(?!度))|半年|一个半月|\b\d+\s+(?:months?|weeks?|days?)\b", re.I)
_NUMBER = lazy_regex(r"\d|[零一二两三四五六七八九十百千]")
# characters written only in the traditional script, for a message typed so (兩個項目)
_TRADITIONAL = lazy_regex(r"[項個兩國們與營費這號]")


def _figure(piece: str) -> tuple[str, int] | None:
    """The kind of figure a piece of a list gives (sum, day, length) and where it starts (a number with no unit, 100,000
    or 30 before "… and 3 million yuan", is a sum the list's last unit says)."""
    for kind, found in (("day", _DAY.search(piece)), ("length", _LENGTH.search(piece))):
        if found:
            return kind, found.start()
    if find_amounts(piece) or _BARE_SUM.fullmatch(piece.strip()):
        at = _NUMBER.search(piece)
        return "sum", at.start() if at else 0
    return None


# a number alone in a list, its unit said once at the list's end (100,000, 300,000 and 3 million yuan; 10、30和300万)
_BARE_SUM = lazy_regex(r"(?:at |of )?\d{1,3}(?:,\d{3})+|(?:at |of )?\d+(?:\.\d+)?")
_UNIT_AT_END = lazy_regex(r"(万元|万|亿元|亿|元|\s?yuan|\s?RMB|\s?million yuan|\s?million)\s*$", re.I)


_COUNTS = {"两": 2, "俩": 2, "三": 3, "四": 4, "五": 5, "六": 6, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}
_COLON = lazy_regex(r"[：:]")


def _count_said(text: str) -> int | None:
    """How many projects the message says it holds (两个项目, 俩系统, "three projects")."""
    m = _COUNT.search(text)
    if not m:
        return None
    said = (m.group("n") or m.group("e")).lower()
    return int(said) if said.isdigit() else _COUNTS.get(said)   # (几个项目, "several projects": several, not how many)


def _runs(text: str) -> list[list[tuple[int, int, int]]]:
    """The lists of projects in a message, each project as (start, end, where its name or its figure starts). A list
    whose projects are named (项目一…项目二, (1) … (2), "project P … project Q") has a project from each name, with the
    pieces after it that add a figure (项目一概算200万，要调18万); else a run of pieces that each give a figure of one
    kind (门户改版45万、数据平台120万) is the list."""
    cuts = [0, *(x for m in _PIECES.finditer(text) for x in m.span()), len(text)]
    pieces = [(cuts[i], cuts[i + 1]) for i in range(0, len(cuts) - 1, 2) if text[cuts[i]:cuts[i + 1]].strip()]
    said = [(text[a:b], _figure(text[a:b]), _MARKER.search(text[a:b]), bool(_ASKS.search(text[a:b]))) for a, b in pieces]
    count = _count_said(text)
    marked = [i for i, (_, _, marker, asks) in enumerate(said) if marker and not asks]

    def _sentence_tells(j: int) -> bool:
        """Do the pieces from ``j`` to the end of its sentence only tell (乙项目…签，不用备案。), asking nothing?"""
        for i in range(j, len(pieces)):
            if said[i][3]:
                return False
            if i + 1 == len(pieces) or re.search(r"[。.；;！!]", text[pieces[i][1]:pieces[i + 1][0]]):
                return True
        return True
    if len(marked) >= 2:
        named = []
        for k, i in enumerate(marked):
            stop, end, figure = marked[k + 1] if k + 1 < len(marked) else len(pieces), pieces[i][1], said[i][1]
            for j in range(i + 1, stop):
                piece, found, _, asks = said[j]
                # (up to the next project's name all is this one's; after the last, what adds a figure or goes on with a
                # 、: 另一个由合作企业全额出资、不用财政资金, not 别的条件都齐了, which is every project's)
                joined = text[pieces[j - 1][1]:pieces[j][0]].strip() == "、"
                if asks or k == len(marked) - 1 and not (found or _GOES_ON.search(piece) or joined or _sentence_tells(j)):
                    break
                end, figure = pieces[j][1], figure or found
            named.append((pieces[i][0], end, pieces[i][0] + said[i][2].start(), bool(figure)))
        # (一个全用市财政资金…，另一个由合作企业全额出资: the projects counted and named, each by what it is, no figure needed)
        if sum(f for *_, f in named) >= 2 or count == len(named):
            return [[(s, e, at) for s, e, at, _ in named]]
    if count and (colon := _COLON.search(text)):
        # 三个项目：公共支撑平台开发、我们局自己的专业软件开发、通用软件开发，验收分别由谁组织: as many pieces after the colon
        # as projects counted, before the ask
        after = [i for i, (a, _) in enumerate(pieces) if a >= colon.end()]
        listed = []
        for i in after:
            if said[i][3] or text[pieces[i - 1][1]:pieces[i][0]].strip() in ("。", "."):
                break
            listed.append(i)
        if len(listed) == count:
            return [[(pieces[i][0], pieces[i][1], pieces[i][0]) for i in listed]]
    runs, run, kind = [], [], None
    for (start, end), (piece, found, _, asks) in zip(pieces, said, strict=True):
        if run and not asks and (_GOES_ON.search(piece) or _BECAME.search(piece)):
            run[-1] = (run[-1][0], end, run[-1][2])   # 其中软件150万: the project before goes on
            continue
        if found and not asks and (not run or found[0] == kind):
            run.append((start, end, start + found[1]))
            kind = found[0]
        else:
            runs.append(run)
            run = [(start, end, start + found[1])] if found and not asks else []
            kind = found[0] if run else None
    runs.append(run)
    return [r for r in runs if len(r) >= 2]


def projects_listed(text: str) -> list[tuple[str, str]]:
    """The projects a message lists, each as (the piece that names it, the message read for it alone); [] when the
    message is of one project."""
    if _TRADITIONAL.search(text):
        import zhconv
        text = zhconv.convert(text, "zh-cn")
    # (or names two projects of its own: 项目一…项目二, A项目…B项目, "project P … project Q"; one 项目一 alone is a name)
    # (or lists them numbered and asks which of them or each: "1. 智慧社区平台 62万 2. … Which of these …"; a numbered
    # list asked of as a whole, 整个项目要不要上监理, is one project's lines)
    numbered = len(_NUMBERED.findall(text)) >= 2 and bool(_WHICH_OR_EACH.search(text))
    if not _SEVERAL.search(text) and not numbered and len({re.sub(r"\s", "", m.group(0)).lower() for m in _NAMES.finditer(text)}) < 2:
        return []
    runs = _runs(text)
    if not runs:
        return []
    best = max(runs, key=len)
    # the first piece may open with words the whole list shares (合同金额分别是950万和1000万): the project's own words are
    # its name where it has one, else as long as the next piece's before its figure
    first = text[best[0][0]:best[0][1]]
    marker = _MARKER.search(first)
    if marker:
        first_start = best[0][0] + marker.start()
    else:
        lead = len(text[best[1][0]:best[1][2]].lstrip())
        first_start = max(best[0][0], best[0][2] - lead)
    while first_start < best[0][2] and text[first_start] in " \t":
        first_start += 1
    items = [(first_start, best[0][1]), *((s, e) for s, e, _ in best[1:])]
    head, tail = text[:items[0][0]], text[items[-1][1]:]
    first = text[items[0][0]:items[0][1]]
    out = []
    for s, e in items:
        own = text[s:e]
        # (项目甲上周五签的合同，项目乙12月3号签的; "project A has 30万 of application software development, project B has
        # 70万"; 甲系统试运行4个月了，乙系统才一个半月: the later project's words leave out what the first one's say; its figure
        # in the first one's words says what it is of, when all it says of its own the first says too; not 乙项目合同也是11月20日签，
        # 不用备案, which says its own)
        figure, first_figure = _figure_span(own), _figure_span(first)
        if figure and first_figure and figure[0] == first_figure[0] and own != first \
                and re.sub(r"[才就也都已经了的刚只]", "", _bare(own)) in _bare(first):
            start, end = first_figure[1], first_figure[2]
            after = _WEEKDAY_SAID.match(first, end)   # (11月27日（周五）: the first day's weekday is not the later one's)
            before = first[:start]
            if figure[0] == "day" and not re.match(r"\d", figure[3]):   # ("signed on yesterday": a day by its name needs no "on")
                before = re.sub(r"\b(?:on|at)\s*$", "", before)
            own = before + figure[3] + first[after.end() if after else end:]
        if re.search(r"\d\s*$", own) and not find_amounts(own) and (unit := _UNIT_AT_END.search(text[items[-1][0]:items[-1][1]].strip())):
            # (100,000 of "100,000, 300,000 and 3 million yuan": 100,000 yuan; 10 of 10、30和300万: 10万)
            said = unit.group(1).strip()
            own = own.rstrip() + (" yuan" if said.isascii() else said)
        day = _DAY.search(own)
        lead = head
        if day and len(re.sub(r"\b(?:one|the other|another|on|at)\b", "", _bare(own), flags=re.I).strip()) <= 1:
            # ("two systems finished their trial runs, one on 2026-11-20 and the other yesterday": a day alone is the day
            # of what the words before it say happened)
            lead = re.sub(r"\s*[,，]\s*$", " ", head)
        out.append((text[s:e].strip(" \t\n，,；;、—-"), _asked_of_one(lead + own + tail)))
    return out


# a sum as a list gives it (30万, 1,200万, 900k, 1.6 million yuan, 八十万)
_SUM = lazy_regex(r"\d[\d,.]*\s*(?:万元|万|亿元|亿|元|[kKwW](?![a-zA-Z])|\s?million|\s?yuan|\s?RMB)(?:\s*(?:yuan|RMB|元))?|[一二两三四五六七八九十百千]+万(?:元)?")


def _figure_span(piece: str) -> tuple[str, int, int, str] | None:
    """The figure of a piece of a list: its kind, where it stands and its words."""
    found = _figure(piece)
    if not found:
        return None
    pattern = {"day": _DAY, "length": _LENGTH, "sum": _SUM}[found[0]]
    m = pattern.search(piece)
    return (found[0], m.start(), m.end(), m.group(0)) if m else None


_WEEKDAY_SAID = lazy_regex(r"\s*[（(]\s*(?:周|星期|礼拜)[一二三四五六日天]\s*[)）]")


def _bare(piece: str) -> str:
    """A project's own words, without its figure, its name and the little words of English (has, the one for)."""
    bare = _MARKER.sub("", _SUM.sub("", _LENGTH.sub("", _DAY.sub("", piece))))
    return re.sub(r"\b(?:the|one|other|another|for|of|has|have|is|was|were|at|on|a|an)\b|[\s,，]", "", bare, flags=re.I)


# the asking words of a list (哪些要, 哪个需要, "which of them need"), asked of one project
_WHICH_ZH = lazy_regex(r"(?:其中)?(?:哪些|哪几个|哪一个|哪个|哪几项|哪项)(?:项目|系统|平台)?\s*(?=[\u4e00-\u9fff]{0,4}?(?:要|需要|得|必须|应|应当|适用|属于|归|算|能|可以|用))")
_WHICH_EN = lazy_regex(r"\bwhich(?:\s+(?:one|ones|of (?:them|these|those|the \w+)))?\s+(?P<v>needs?|requires?|must|has to|have to|is|are|falls?|can)\b", re.I)
_EN_AS_ONE = {"need": "does it need", "needs": "does it need", "require": "does it require", "requires": "does it require",
              "must": "must it", "has to": "does it have to", "have to": "does it have to", "is": "is it", "are": "is it",
              "fall": "does it fall", "falls": "does it fall", "can": "can it"}
_EACH = lazy_regex(r"分别|各自|\bfor each\b\s*,?|\beach\b", re.I)


# the count of projects and the words of all of them (两个项目, 两个都要, "two systems"), said of one
_COUNT_ZH = lazy_regex(_HOW_MANY_ZH + r"\s*(?=[\u4e00-\u9fff]{0,4}?(?:项目|系统|平台)|都)")
_ALL_ZH = lazy_regex(r"都(?=要|需要|能|可以|提交|申请|归|适用|得|算|想|必须)")
_COUNT_EN = lazy_regex(_HOW_MANY_EN + r"(?P<words>(?:[\w-]+\s+){0,3}?)(?P<noun>project|system|contract|platform)s\b", re.I)
_ONE_OF = lazy_regex(r"(?<=[,，:：]\s)(?:one|the other|another)\s+(?=on|at|in|of|is|was|for|\d)|(?<=[,，:：])(?:one|the other|another)\s+(?=on|at|in|of|is|was|for|\d)", re.I)


def _asked_of_one(text: str) -> str:
    text = _COUNT_ZH.sub("", text)
    text = _ALL_ZH.sub("", text)
    text = _COUNT_EN.sub(lambda m: f"a {m.group('words')}{m.group('noun')}", text)
    text = _ONE_OF.sub("", text)
    text = _WHICH_ZH.sub("是否", text)
    text = _WHICH_EN.sub(lambda m: _EN_AS_ONE[m.group("v").lower()], text)
    return _EACH.sub("", text)
