"""The formal register said plainly, before the question is read.

A 请示, 函 or meeting minute, and a formal English letter, wrap the question in words of their own: a heading
(关于…的请示：), the body that studied it (经研究，), the proposal (拟于…再行…), the asker's own view of it (应不违反规定),
the tag that asks leave (妥否, 当否, 是否妥当) and a closing that asks nothing more (请予明确, 请批示, "Kindly confirm.").
Each is rewritten to the plain words the readers know, so that a formal question is read as its colloquial twin:

- 关于补办登记的请示：经研究，拟于验收前一并补办，应不违反规定，妥否，请批示 → 打算在验收前一起补办，行不行？;
- 尚未接入, 惟…, 应无需编制 → 还没接入, 但…, 应该不用编制;
- "We understand that engaging a supervisor may be dispensed with. Kindly confirm." → "engaging a supervisor may be
  dispensed with, right?" (a belief put forward, as the rhetoric module reads "surely …?");
- "It is proposed that the vendor keep the source code. Is this permissible?" → "Can the vendor keep the source code?";
  "Kindly clarify (1) whether X and (2) by whom Y." → "whether X? By whom Y?".
"""
from __future__ import annotations

import re

from knowledge.lazy_regex import lazy_regex

_ZH = [
    # 关于补办质量监督登记的请示：, 关于XX的函: the heading names the subject, which the body says again; one that names a
    # place (关于杭州市西湖区项目验收程序的请示) is kept, as a sentence of its own, for the place may be said nowhere else
    (lazy_regex(r"^\s*关于(?P<x>[^：:。？?]{2,40}?)的(?:请示|函|报告|汇报|意见|会议纪要)\s*[：:]\s*"),
     lambda m: m.group("x") + "。" if re.search(r"[省市区县镇]|街道", m.group("x")) else ""),
    (lazy_regex(r"^\s*会议纪要\s*[：:]\s*"), ""),
    # 现请示两事：, 现请示如下：
    (lazy_regex(r"现(?:将[^，,。：:]{1,20})?请示(?:如下|以下事项|[一二两三四五]事|[一二两三四五]个问题)?\s*[：:]\s*"), ""),
    # the closing that asks nothing more (…，请予明确。, 当否，请批示, 特此请示)
    (lazy_regex(r"[，,。.；;]?\s*(?:(?:特此)?请示|请予?(?:以)?(?:明确|答复|批示|示复|回复|指示|函复|解释|确认)|为盼|盼复|请酌)[。.！!\s]*$"), ""),
    # 经研究，(我们认为)…: who studied it, and the asker's own view that the proposal is in order
    (lazy_regex(r"经(?:研究|商议|讨论|会议研究|集体研究|认真研究)(?:决定|认为)?[，,]?\s*"), ""),
    (lazy_regex(r"(?:(?:与会人员|我单位|我局|我们|本单位)(?:一致)?)?认为[^，,。；;？?]{0,30}?(?:不违反|符合|不影响|无碍|可行|没有问题)[^，,。；;？?]{0,20}[，,。；;]\s*"), ""),
    (lazy_regex(r"[，,]\s*(?:应|应该)?(?:不违反|符合)[^，,。；;？?]{0,8}?(?:规定|要求|程序)(?=[，,])"), ""),
    # the tag that asks leave: 妥否, 当否, 上述安排是否妥当
    # (…，拟仅提供可执行程序。妥否: a tag in a sentence of its own asks of the one before it, as after a comma)
    (lazy_regex(r"(?:[。.；;，,]\s*)?(?:(?:上述|以上|该|此|这一)(?:安排|做法|处理|方案|方式|意见))?(?:是否妥当|妥当否|妥否|当否)"), "，行不行"),
    (lazy_regex(r"(?:[。.；;，,]\s*)?(?:上述|以上|该|此|这一)(?:安排|做法|处理|方案|方式)(?:是否符合(?:相关|有关)?(?:规定|要求|程序)|是否可行|是否允许)"), "，这样行不行"),
    # the proposal and its words
    (lazy_regex(r"拟于"), "打算在"),
    (lazy_regex(r"(?<![模虚草比])拟(?![定稿合人题])"), "打算"),
    (lazy_regex(r"尚未"), "还没"),
    (lazy_regex(r"(?<=[，,。；;])\s*惟(?!一)"), "但"),
    (lazy_regex(r"应(?:当)?无(?:需|须)"), "应该不用"),
    (lazy_regex(r"一并"), "一起"),
    (lazy_regex(r"(?<=打算)即(?=[\u4e00-\u9fff])"), "直接"),
    (lazy_regex(r"随后(?=跟进|补|再|办|处理|完成)"), "后面"),
]

# "We understand that …. Kindly confirm.", "we take it that …; please confirm": a belief put forward, to be confirmed
_ASK_CONFIRM = (r"(?:(?:kindly|please)\s+(?:confirm|advise)|we would be grateful (?:for your confirmation|if you could confirm))"
                r"(?:\s+(?:this|that|the above|our understanding|(?:if|whether) (?:this|that|it|our understanding) is (?:correct|right|so|the case)))?\s*[.!]?\s*$")
# the tag a formal letter asks leave with: "Is this permissible?", "Would such an arrangement be acceptable?", "Please
# advise whether this is in order."
_PERMISSIBLE = (r"(?:(?:is|would) (?:this|that|it|such an? (?:arrangement|approach|course of action)|the (?:arrangement|approach|proposal)) (?:be )?"
                r"|(?:kindly |please )?(?:advise|confirm|clarify) whether (?:this|that|it|such an? (?:arrangement|approach)|the (?:arrangement|proposal)) (?:is|would be) )"
                r"(?:permissible|permitted|acceptable|allowed|in order|compliant|in compliance with [^.?]{3,80}?|consistent with [^.?]{3,80}?)\s*[?.]?\s*$")
_EN = [
    # "Kindly clarify (1) whether X and (2) by whom Y.": two asks, each a question of its own
    (lazy_regex(r"\(\s*(?:1|i|a)\s*\)\s*(?P<a>[^()?]{5,240}?)\s*[,;]?\s*(?:and\s+)?\(\s*(?:2|ii|b)\s*\)\s*(?P<b>[^()?]{5,240}?)\s*[.?]?\s*$", re.I),
     lambda m: m.group("a").rstrip(" ,;") + "? " + m.group("b")[0].upper() + m.group("b")[1:] + "?"),
    # "It is proposed that X; we assume this is consistent with the measures. Kindly confirm.": leave for X asked
    (lazy_regex(r"[.;]\s*(?:we|i)\s+(?:assume|take it|understand|believe|trust)\s+(?:that\s+)?(?:this|that|such an arrangement|the arrangement)\s+(?:is|would be)\s+(?:consistent|compliant|in line|in accordance)\s+with\s+[^.;?]{3,80}?[.;]\s*" + _ASK_CONFIRM, re.I),
     ". Is this permissible?"),
    # (after a clause of reasons too: "As it is a purchased service, we understand that …. Kindly confirm.")
    (lazy_regex(r"(?:(?<=^)|(?<=[.;:,]\s)|(?<=[.;:,]))\s*(?:(?:accordingly|therefore|as such|on that basis|in (?:that|this) light),?\s+)?(?:we|i)\s+(?:understand|take it|assume|believe|presume|consider|are of the view)"
                r"\s+(?:that\s+)?(?P<x>(?:[^.;?]|(?<=\d)\.(?=\d)){6,240}?)\s*[.;]\s*" + _ASK_CONFIRM, re.I), r" \g<x>, right?"),
    # "It is proposed that the contractor publish …. Is this permissible?": the proposal asked as a may-question (the
    # subjunctive after "that" is the form "can" takes); "We intend to start now; is this in order?" the same
    (lazy_regex(r"(?:(?<=^)|(?<=[.;:]\s)|(?<=[.;:]))\s*it is (?:proposed|intended|planned|suggested|envisaged) that\s+(?P<x>(?:[^.;?]|(?<=\d)\.(?=\d)){6,240}?)\s*[.;,]\s*" + _PERMISSIBLE, re.I),
     r" Can \g<x>?"),
    (lazy_regex(r"(?:(?<=^)|(?<=[.;:]\s)|(?<=[.;:]))\s*(?:we|i) (?:propose|intend|plan|would like|wish) to\s+(?P<x>(?:[^.;?]|(?<=\d)\.(?=\d)){6,240}?)\s*[.;,]\s*" + _PERMISSIBLE, re.I),
     r" Can we \g<x>?"),
    # "Surely a one-year warranty would suffice; we would be grateful for your confirmation."
    (lazy_regex(r"(?:(?<=^)|(?<=[.;:]\s)|(?<=[.;:]))\s*surely,?\s+(?P<x>(?:[^.;?]|(?<=\d)\.(?=\d)){6,240}?)\s*[.;]\s*" + _ASK_CONFIRM, re.I), r" \g<x>, right?"),
]


def plain(text: str) -> str:
    """The question with its formal frame said plainly (see the module's docstring)."""
    if re.search(r"[\u4e00-\u9fff]", text) and re.search(r"请示|请予|妥否|当否|妥当|经研究|拟|尚未|无需|无须|惟|一并|会议纪要|为盼|盼复", text):
        for pattern, plain_form in _ZH:
            text = pattern.sub(plain_form, text)
    if re.search(r"\b(?:confirm|grateful|permissible|permitted|acceptable|allowed|in order|compliant|consistent)\b|\(\s*(?:1|i|a)\s*\)", text, re.I):
        for pattern, plain_form in _EN:
            text = pattern.sub(plain_form, text)
    text = text.strip()
    return text + "？" if re.search(r"(?:行不行|这样行不行)$", text) else text
