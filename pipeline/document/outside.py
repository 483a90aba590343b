"""Where a copy names the notice outside its header: a news page's lead-in (近日，A、B印发了《X》… 全文如下：)
and a document-sharing site's file name (乡镇全面推行河长制实施方案.docx). Read only when the header itself
gives no title."""

from __future__ import annotations

import re
from typing import Optional

from extractors.docnumbers import parse_doc_number
from extractors.lazy_patterns import compiled_later
from extractors.vocab import Examples

from pipeline.document.copy_chrome import UPLOAD_NOTE
from pipeline.document.elements import is_complete_title, is_organisation_line
from pipeline.document.labels import match_label
from pipeline.document.wrapper import is_info_line, is_wrapper_line

NOTICE_ENDING = "(?:的通知|的意见|的意見|的决定|的決定|的函)"
# A news page's lead-in before a notice printed without its header: 近日，A、B印发了《X》… — X is the
# notice, A and B its issuers; the notice follows a line 《X》全文如下.
NEWS_LEAD_IN = compiled_later(
    r"^(?:[^，,。《》]{0,40}?(?:讯|訊|消息)[，,]?)?"  # 新安晚报安徽网大皖新闻讯据安徽省人民政府网消息,
    # 日期, with its value lost: a page's dateline whose day the copy dropped (日期,中共甘肅省委 甘肅省人民政府出臺《X》)
    r"[，,]?(?:近日|日前|近期|最近|日期|\d{4}年\d{1,2}月\d{1,2}日|\d{1,2}月\d{1,2}日)[，,]?[ \u3000]*"
    r"(?P<issuers>[^，,。《》“”]{2,80}?)(?:联合)?(?:印发|印發|发布|發布|出台|出臺|公布|下发|下發|制定)(?:了)?"
    # the notice named in 《》 or by its title (关于…的通知), or written out: 宜春市人民政府印發宜春市碳達峰實施方案的通知,
    r"(?:《(?P<title>[^《》]{4,100})》|(?P<bare>(?:关于|關於|關于|关於)[^《》，,。]{2,100}?" + NOTICE_ENDING + r")(?=[，,。])"
    r"|[^《》，,。]{4,100}?" + NOTICE_ENDING + r"(?=[，,。]))")
# The same lead-in with the issuer first and its time after it, the news agencies' order: 国务院办公厅日前印发《X》,
# 商务部消费促进司9月2日发布《郑重声明》: (a source's 消息 or an agency's dateline before it).
ISSUER_FIRST_LEAD_IN = compiled_later(
    r"^(?:[^，,。《》]{0,40}?(?:讯|訊|消息|日电|日電)[，, \u3000]?)?"
    r"(?P<issuers>[^，,。《》“”\d]{2,80}?)(?:于|於)?(?:近日|日前|近期|\d{1,2}月\d{1,2}日)[，,]?"
    r"(?:联合)?(?:印发|印發|发布|發布|出台|出臺|公布|下发|下發)(?:了)?"
    r"(?:《(?P<title>[^《》]{4,100})》|(?P<bare>(?:关于|關於|關于|关於)[^《》，,。]{2,100}?" + NOTICE_ENDING + r")(?=[，,。]))")
# A news headline reporting documents issued, each named in 《》 (南京印发《A》和《B》, 省政府办公厅印发《若干措施》): the site's
# news line, no title of a notice (which names its subject after 关于 and ends with its own type). The text under it is one
# of the documents when a line prints one of those names alone, its own heading.
ISSUED_NAMES_HEADLINE = compiled_later(
    r"^(?!关于|關於|關于)(?P<issuers>[^《》，,。：:]{2,60}?)(?:联合|聯合)?(?:印发|印發|发布|發布|出台|出臺)了?"
    r"《[^《》]{4,100}》(?:(?:和|及|与|與|、|以及)《[^《》]{4,100}》)*$")
BRACKETED_NAME = compiled_later(r"《(?P<name>[^《》]{4,100})》")
# A lead-in line ending with the name it reports and a colon: the document's text follows it (…发布《郑重声明》:).
NAME_THEN_TEXT = compiled_later(r"》[：:]$")
# A line holding only a table's cell border (| between cells of a table copied one cell a line): the line above it is
# a cell (序号, the first of a task table's header), never a headline over the page's own lines.
CELL_BORDER_LINE = compiled_later(r"^[|｜ \u3000]+$")
HEADLINE = 60  # a page's headline is no longer than a title line
HEADER_LINES = 40  # the headline is within this many lines of the top
# A headline reporting a meeting ends with the meeting's name (…召开物管小区创文督查整改集中约谈会): 会 there names no
# organisation (协会, 委员会, 人民代表大会 do).
MEETING_END = compiled_later(r"(?:约谈|座谈|推进|部署|动员|培训|发布|观摩|现场|联席|交流|研讨|见面|报告|表彰|启动|总结|汇报|调度|协调|工作|例)会$")
# The opening of a news report under its headline: where the reporter learnt it (從唐山市有關部門獲悉,), the agency's
# dateline (本报讯, 新华社北京3月5日电) or 近日/日前 before the first comma.
NEWS_OPENING = compiled_later(r"^[^，,。：:]{0,30}(?:获悉|獲悉|讯|訊|日电|日電|消息)[，,）) \u3000]|^(?:近日|日前|近期)[，,]")
# The first article or chapter of a rules text (第一条 …, 第一條 …, 第一章 总则): a copy that prints no header puts the
# rules' name straight above it (限時辦結制 / 第一條 限時辦結制是指…).
FIRST_ARTICLE = compiled_later(r"^第[ \u3000]*[一1][ \u3000]*[条條章](?![件])")
# A part's heading over the first article (总则, 附则) is no name of the rules.
PART_HEADING = compiled_later(r"^(?:总则|總則|附则|附則|正文|全文)$")
FULL_TEXT_FOLLOWS = compiled_later(r"(?:全文|原文|详情|詳情|内容|內容)如下[。：:]?$")
# A news report's lead announcing the notice's full text under it: it reports the notice issued (印发, 发布, 下发, 出台 …)
# with the time (日前, 近日, 2月14日) and ends with 全文如下/原文如下 (日前，某县领导小组印发通知，部署…。全文如下：). The
# page's words, no paragraph of a notice: the notice printed under it, with its own 版头 or 文号, is the page's document. A
# notice forwarding another (现将…转发给你们,原文如下) is a notice's body.
REPORT_TIME = r"(?:近日|日前|近期|\d{1,2}月\d{1,2}日)"
ISSUED_VERB = r"(?:印发|印發|发布|發布|出台|出臺|下发|下發|公布)"
FORWARDING_WORDS = r"(?:转发|轉發|现将|現將)"
NEWS_FULL_TEXT_LEAD = compiled_later(
    rf"^(?=.{{0,200}}?{REPORT_TIME})(?=.{{0,200}}?{ISSUED_VERB})(?!.{{0,300}}?{FORWARDING_WORDS}).{{0,300}}?(?:全文|原文)如下[。：:]?$")
# The same lead in paragraphs of its own, 全文如下: on a line alone under them (环保网获悉,5月10日,天津市人民政府发布了《…》,
# 提出… ⏎ 打好蓝天保卫战,… ⏎ 全文如下:): one of the paragraphs reports the notice issued with its time, none forwards it.
FULL_TEXT_LINE = compiled_later(r"^(?:通知|意见|意見|方案)?(?:全文|原文)如下[。：:]?$")
NEWS_REPORT = compiled_later(REPORT_TIME + r".{0,80}?" + ISSUED_VERB)
FORWARDING = compiled_later(FORWARDING_WORDS)
LEAD_PARAGRAPHS = 4  # paragraphs at most between the lead's first and its 全文如下: line

# A page's link to another notice cut at its width after the inner title (国家发展改革委等部门关于印发《电解铝行业节能降碳
# 专项行动计划》的, over the page's own headline): a title line ending in 》的 whose next line does not go on with the
# document's type, as a title printed over two lines does (关于印发《X》的 ⏎ 通知).
CUT_TITLE_LINE = compiled_later(r"(?:关于|關於|關于)[^\n]{0,80}》的$")
# The rest of such a title: a few words at most, then its type (通知 · 通 知 · 实施意见的通知 · 补充通知 · 若干意见).
TYPE_WORD_START = compiled_later(r"^[ \u3000]*(?:[\u4e00-\u9fff][ \u3000]*){0,6}?(?:通[ \u3000]*知|意[ \u3000]*[见見]|[决決][ \u3000]*定"
                                 r"|通[ \u3000]*[报報]|批[ \u3000]*[复復]|函|公[ \u3000]*告|通[ \u3000]*告|方[ \u3000]*案|[办辦][ \u3000]*法"
                                 r"|[规規][ \u3000]*定|[报報][ \u3000]*告|[请請][ \u3000]*示|[决決][ \u3000]*[议議]|[细細][ \u3000]*[则則]"
                                 r"|[规規][ \u3000]*[划劃]|[计計][ \u3000]*[划劃]|要[ \u3000]*点)")

# A document-sharing site's file name (乡镇全面推行河长制实施方案.docx, …(18頁).docx): the uploaded document's title
# when the copy prints no other — its page count in brackets and its extension are no part of it.
FILE_NAME = compiled_later(r"^(?P<stem>[^\s/\\]{4,80}?)(?:[（(]\d{1,4}[页頁][）)])?\.(?:docx?|pdf|wps|txt)$", re.I)

# A page's download link naming the notice's file by its 文号 (下载阅读版本:永政办发〔2009〕146号.pdf, 附件下载:…号.doc): the
# notice's own number when it prints none (a 文号 the text cites is another document's).
DOWNLOADED_NUMBER = compiled_later(r"^[^:：\s]{0,8}下[载載][^:：\s]{0,6}[:：][ \u3000]*(?P<number>\S{4,40}?[号號])\.(?:pdf|docx?|wps|ofd)$",
                                   re.I)

# Two Chinese characters together: a headline has words (• slider image 342, a carousel's residue, has none).
CJK_WORD = compiled_later(r"[\u4e00-\u9fff]{2}")

EXAMPLES = {
    "QUESTION_HEADLINE": Examples(match=("苏州春节就地过年通知出了吗 苏州就地过年", "放假通知出了吗?"), no_match=("柘皋鎮“四早”謀劃2017年民生工程", "关于吗啡管理的通知")),
    "CJK_WORD": Examples(match=("城市更新重大进展", "學務公告"), no_match=("• slider image 342", ":::", "2020-09-16")),
    "CELL_BORDER_LINE": Examples(match=("|", " ｜ ", "| |"), no_match=("发布时间:2020-01-02 | 来源:市政府", "序号")),
    "MEETING_END": Examples(match=("市住建局深入中心城区召开物管小区创文督查整改集中约谈会", "全县安全生产工作会"),
                            no_match=("市红十字会", "全国人民代表大会", "镇村民委员会", "市个体劳动者协会")),
    "DOWNLOADED_NUMBER": Examples(match=("下载阅读版本:永政办发〔2009〕146号.pdf", "附件下载：泰政办发〔2021〕12号.doc"),
                                  no_match=("附件:林资发〔2009〕67号.pdf", "下载阅读版本:森林采伐管理改革试点方案.pdf")),
    "FILE_NAME": Examples(match=("乡镇全面推行河长制实施方案.docx", "諸城市重大突發事件應急保障體系建設行動計劃方案(2021-2022年)(18頁).docx"),
                          no_match=("关于印发方案的通知", "附件1.docx 附件2.docx")),
    "NEWS_LEAD_IN": Examples(
        match=("近日,中共重庆市委办公厅、重庆市人民政府办公厅印发了《重庆市推进以区县城为重要载体的城镇化建设实施方案》,并发出通知",
               "新安晚报安徽网大皖新闻讯据安徽省人民政府网消息,近日,安徽省人民政府发布关于年重点工作及责任分解的通知。",
               "日前，省政府办公厅印发《关于进一步稳定经济增长的若干措施》。",
               "日期,中共甘肅省委 甘肅省人民政府出臺《貫徹落實中央…決策部署的實施意見》指出"),
        no_match=("经区政府同意,现将《立山区政府2023年重点工作任务分解和责任分工方案》印发给你们", "近日,我市召开会议。")),
    "ISSUER_FIRST_LEAD_IN": Examples(
        match=("商務部網站消息,商務部消費促進司9月2日發布《鄭重聲明》:", "国务院办公厅日前印发《关于加快发展银发经济增进老年人福祉的意见》。",
               "新华社北京1月15日电 中共中央办公厅、国务院办公厅近日印发了《关于推进以县城为重要载体的城镇化建设的意见》"),
        no_match=("经区政府同意,现将《立山区政府2023年重点工作任务分解和责任分工方案》印发给你们", "2024年9月2日发布《声明》",
                  "我局于9月2日召开会议。")),
    "NEWS_FULL_TEXT_LEAD": Examples(
        match=("日前，泾县扶贫开发领导小组印发通知，部署疫情防控期间脱贫攻坚工作。全文如下：",
               "新华社北京2月14日电 近日，国务院办公厅印发《关于做好春耕生产工作的通知》。通知全文如下：",
               "人民网北京3月2日电 据生态环境部网站消息，生态环境部日前发布通知，原文如下："),
        no_match=("现将国务院办公厅日前印发的《关于做好春耕生产工作的通知》转发给你们，原文如下：", "全文如下：",
                  "为做好工作，现通知如下：")),
    "CUT_TITLE_LINE": Examples(match=("国家发展改革委等部门关于印发《电解铝行业节能降碳专项行动计划》的",),
                               no_match=("关于印发《X》的通知", "国家发展改革委等部门关于印发《电解铝行业节能降碳专项行动计划》")),
    "TYPE_WORD_START": Examples(match=("通知", "通  知", "实施意见的通知", "补充通知", "若干意见"),
                                no_match=("天津深入打好污染防治攻坚战", "各区人民政府:")),
    "FULL_TEXT_LINE": Examples(match=("全文如下:", "通知全文如下：", "原文如下"), no_match=("现将有关事项通知如下:", "全文如下:一、总体要求")),
    "NEWS_REPORT": Examples(match=("环保网获悉,5月10日,天津市人民政府发布了《关于…的通知》", "日前,省政府办公厅印发《…》"),
                            no_match=("2022年5月6日", "为贯彻落实…,现印发给你们")),
    "FORWARDING": Examples(match=("现将《…》转发给你们",), no_match=("天津市人民政府发布了《…》",)),
    "BRACKETED_NAME": Examples(match=("《若干措施》", "印发《A省数字经济发展规划》和"), no_match=("《条例》", "若干措施")),
    "ISSUED_NAMES_HEADLINE": Examples(
        match=("南京印发《关于全面加强和改进新时代学校体育工作的实施意见》和《关于全面加强和改进新时代学校美育工作的实施意见》",
               "省政府办公厅印发《若干措施》", "中共中央辦公廳 國務院辦公廳印發《關於加強耕地保護的意見》、《耕地保護督察辦法》"),
        no_match=("关于印发《若干措施》的通知", "省政府办公厅印发《若干措施》的通知", "市政府印发《方案》,部署春耕",
                  "关于印发《A方案》和《B办法》")),
    "NAME_THEN_TEXT": Examples(match=("商务部消费促进司9月2日发布《郑重声明》:",), no_match=("根据《通知》要求:", "《郑重声明》")),
    "NEWS_OPENING": Examples(match=("從唐山市有關部門獲悉,今年該市將完成37萬座農村改廁任務", "本报讯 近日,县政府召开会议", "新华社北京3月5日电 国务院",
                                    "近日,市政府印发了方案"),
                             no_match=("一、总体要求", "各乡镇人民政府:", "为进一步强化全体工作人员的服务意识,决定实行限时办结制度。")),
    "FIRST_ARTICLE": Examples(match=("第一條 限時辦結制是指辦事民眾到部門辦事", "第一条  本规定适用于学院机关全体工作人员。", "第一章 总则"),
                              no_match=("第一条件是", "第二条 …", "一、总体要求")),
    "PART_HEADING": Examples(match=("总则", "附則"), no_match=("限時辦結制", "限时办结制度")),
    "FULL_TEXT_FOLLOWS": Examples(match=("《重庆市推进以区县城为重要载体的城镇化建设实施方案》全文如下。", "全文如下：", "原文如下:", "印發《廣東省自然災害防治能力建設行動方案》,內容如下。",
                                        ",日前,南寧市人民政府發布關于…的函,詳情如下:"),
                                  no_match=("现将有关事项通知如下。",)),
}



def is_cut_link_line(line: str, next_line: str) -> bool:
    """Whether ``line`` is a link's title the page cut after its inner title (CUT_TITLE_LINE), ``next_line`` not its
    continuation."""
    return bool(CUT_TITLE_LINE.search(line.strip())) and not TYPE_WORD_START.match(next_line)


def full_text_lead_end(texts: list[str]) -> Optional[int]:
    """The index, in ``texts`` (the lines from a news lead's first on), of the line that ends the lead and announces the
    notice in full: the lead's own line (NEWS_FULL_TEXT_LEAD), or a 全文如下: line alone under its paragraphs."""
    for index, text in enumerate(texts[:LEAD_PARAGRAPHS + 1]):
        text = text.strip()
        if NEWS_FULL_TEXT_LEAD.match(text):
            return index
        if FULL_TEXT_LINE.match(text):
            lead = texts[:index]
            reported = any(NEWS_REPORT.search(line) for line in lead) and not any(FORWARDING.search(line) for line in lead)
            return index if reported else None
    return None


HEADLINE_SCAN = 3  # the headline is among the copy's first few lines that are not chrome (a site's ad line may come first)


def page_headline(lines: list) -> Optional[str]:
    """A news or portal page's headline (柘皋鎮“四早”謀劃2017年民生工程): one of the copy's first lines under the
    site's chrome (当前位置: 首页 > …) and an ad's line, short and without a sentence's punctuation, with the page's
    own lines (阅读:, 发布时间:… 来源:…) under it and its text below them, or straight above a news report's opening
    paragraph (從唐山市有關部門獲悉,…). Read only when the header gives no title; a headline carries no document type."""
    tops = [index for index, line in enumerate(lines[:HEADER_LINES]) if not is_wrapper_line(line.text)][:HEADLINE_SCAN]
    for top in tops:
        first = lines[top].text.strip()
        if "。" in first or len(first) > HEADLINE:
            return None  # the text has begun
        if _headline_at(lines[top:]):
            return first
    return None


# A question a page asks as its headline (苏州春节就地过年通知出了吗 苏州就地过年): a site's teaser, no document's name.
QUESTION_HEADLINE = compiled_later(r"[?？]|[吗嗎](?=[ \u3000]|$)")


def _headline_at(lines: list) -> bool:
    first = lines[0].text.strip()
    if len(lines) < 2 or is_organisation_line(first) and not MEETING_END.search(first) or QUESTION_HEADLINE.search(first):
        return False
    if re.search(r"[。，；：:,;]", first) or match_label(first) is not None or not CJK_WORD.search(first):
        return False  # a headline is written in words: a carousel's • slider image 342 is chrome
    if NEWS_OPENING.match(lines[1].text):
        return True
    if FIRST_ARTICLE.match(lines[1].text.strip()):
        return not PART_HEADING.match(first)  # a headless rules text's name over its first article
    if CELL_BORDER_LINE.match(lines[1].text):
        return False
    # the page's own line under it, or its information lines (发布时间:… 发布机构:…, then 体裁分类:… 索引号:…), and its
    # text below them
    page_lines = next((count for count, line in enumerate(lines[1:]) if not is_wrapper_line(line.text)), len(lines) - 1)
    # (发布日期:… 浏览次数:…, then the page's own 分享: under that: the information line right under it is enough)
    return 1 <= page_lines < len(lines) - 1 and (page_lines == 1 or is_info_line(lines[1].text)
                                                 or all(is_info_line(line.text) for line in lines[1:1 + page_lines]))


# A 范文 site's heading over its collection (控輟保學實施方案學校(五篇)) and one copy's label under it, the same name and the copy's
# number (控輟保學實施方案學校篇一): the name is what the copy is titled, whatever it ends with.
COLLECTION_HEADING = compiled_later(r"^(?P<name>[^\s。，,；;：:]{4,40}?)[（(](?:通用|汇总|精选)?(?:\d{1,3}|[一二三四五六七八九十]{1,3})篇[）)]$")
COPY_LABEL = compiled_later(r"^(?P<name>[^\s。，,；;：:]{4,40}?)[ \u3000]*(?:篇|范文)[一1]$")
EXAMPLES["COLLECTION_HEADING"] = Examples(match=("控輟保學實施方案學校(五篇)", "校园防范非法集资活动方案(汇总15篇)"), no_match=("关于…的通知(试行)", "五篇"))
EXAMPLES["COPY_LABEL"] = Examples(match=("控輟保學實施方案學校篇一", "防汛通知范文1"), no_match=("控輟保學實施方案學校篇二", "篇一"))


# A template site's label calling the text below it a model of its kind (社区活动通知模板, 社区活动通知模板一:, 旅游工作緊急通知范文):
# the name before the model word is a kind of document, the site's word for the page, no copy's 标题 (CONVENTIONS C22).
TEMPLATE_LABEL = compiled_later(r"^(?P<name>[^\s。，,；;：:]{2,40}?)[ \u3000]*(?:模板|范文|範文|范例|範例|例文|样本|樣本|格式)"
                            r"[一二三四五六七八九十\d]{0,3}[:：]?$")
EXAMPLES["TEMPLATE_LABEL"] = Examples(match=("社区活动通知模板一:", "旅游工作緊急通知范文", "社区活动通知模板", "转发性通知格式"),
                                      no_match=("社区活动通知", "范文", "关于开展环境整治活动的通知"))


def names_a_template_only(title: str, lines: list) -> bool:
    """Whether a headline is the name of a template page: the page repeats it only with a model word after it (社区活动通知 ⏎
    社区活动通知模板 ⏎ … ⏎ 社区活动通知模板一:), never again bare over a copy's text (i07's headline printed again over its body
    is the copy's title). A headline printed twice in a row (a page's title and its heading) is printed once."""
    bare = re.sub(r"\s+", "", title)
    texts = [text for line in lines if (text := re.sub(r"\s+", "", line.text))]
    labelled = any((found := TEMPLATE_LABEL.match(text)) and found["name"] == bare for text in texts)
    printed = [text for index, text in enumerate(texts) if text == bare and (index == 0 or texts[index - 1] != bare)]
    return labelled and len(printed) <= 1


def collection_entry_title(lines: list) -> Optional[str]:
    """The name a 范文 site's collection heading and its first copy's label share (see COLLECTION_HEADING, COPY_LABEL)."""
    names = {found["name"] for line in lines if (found := COLLECTION_HEADING.match(line.text.strip()))}
    return next((found["name"] for line in lines if (found := COPY_LABEL.match(line.text.strip())) and found["name"] in names), None)


def file_name_title(lines: list) -> Optional[str]:
    """The title a 文库 file name (see FILE_NAME) or upload note (UPLOAD_NOTE) gives, when it ends with a document type."""
    for line in lines:
        found = FILE_NAME.match(line.text.strip()) or UPLOAD_NOTE.match(line.text.strip())
        if found and is_complete_title(found.group("stem")) and not found.group("stem").startswith(("附件", "附:", "附：")):
            return found.group("stem")
    return None


def file_name_stem(text: str) -> Optional[str]:
    """The name (without spaces) of the 文库 file a line prints (生物化工制度汇编修改征求意见版本 1.docx), or None."""
    found = FILE_NAME.match(re.sub(r"\s+", "", text))
    return found.group("stem") if found else None


def file_name_stems(lines: list) -> set[str]:
    """The names of the 文库 files the lines print (see file_name_stem)."""
    return {stem for line in lines if (stem := file_name_stem(line.text))}


def news_lead_in(lines: list) -> Optional[tuple[str, Optional[str], int]]:
    """(title, issuers, index of the notice's first line) when the copy opens with a news lead-in
    naming the notice (近日，A、B印发了《X》) and a line saying it is printed in full below."""
    for index, line in enumerate(lines):
        found = NEWS_LEAD_IN.match(line.text) or ISSUER_FIRST_LEAD_IN.match(line.text)
        if not found:
            continue
        title = found.group("title") or found.group("bare")
        # the notice follows a line saying so (全文如下:, or the lead's own 《X》: at its end), or its title printed alone
        # as its heading
        follows = next((i for i in range(index, len(lines)) if FULL_TEXT_FOLLOWS.search(lines[i].text)
                        or i == index and NAME_THEN_TEXT.search(lines[i].text.rstrip())
                        or bool(title) and i > index and re.sub(r"\s+", "", lines[i].text) == re.sub(r"\s+", "", title)), None)
        if follows is None and not found.group("bare"):
            return None  # a notice named by its title (关于…的通知) is reported on in the lines below
        issuers = [name for name in re.split(r"[、，,]", found.group("issuers"))
                   if is_organisation_line(name)]
        return title, " ".join(issuers) or None, (index if follows is None else follows) + 1
    return None


def heading_named_by_headline(headline: str, lines: list) -> Optional[tuple[str, Optional[str], int]]:
    """(title, issuers, index of the line after it) when ``headline`` (a title with its spaces removed) is a news line
    reporting documents issued (see ISSUED_NAMES_HEADLINE) and a line of ``lines`` below it prints one of their names
    alone: the page prints that document under its own name, which is its title (d22's lead-in, in a headline's place);
    the headline's reporter names its issuers when it names a body, not a place (南京, CONVENTIONS.md C9). Else None."""
    if not ISSUED_NAMES_HEADLINE.match(headline):
        return None
    names = set(BRACKETED_NAME.findall(headline))
    compact = [re.sub(r"\s+", "", line.text) for line in lines]
    at = next((index for index, text in enumerate(compact) if text == headline), None)
    heading = None if at is None else next((index for index in range(at + 1, len(compact)) if compact[index] in names), None)
    if heading is None:
        return None
    reporter = ISSUED_NAMES_HEADLINE.match(lines[at].text.strip())
    issuers = [name for name in re.split(r"[、，,\s]+", reporter["issuers"] if reporter else "") if is_organisation_line(name)]
    return compact[heading], " ".join(issuers) or None, heading + 1


def downloaded_doc_number(lines: list, text: str) -> Optional[str]:
    """The 文号 a page's download link names the notice's file by (see DOWNLOADED_NUMBER), unless ``text`` (the notice's)
    cites it elsewhere, or None."""
    for line in lines:
        found = DOWNLOADED_NUMBER.match(line.text.strip())
        parsed = parse_doc_number(found["number"]) if found else None
        if parsed and parsed.form == "bracketed" and parsed.text.strip() == found["number"] \
                and text.count(found["number"]) == 1:
            return parsed.normalised
    return None
