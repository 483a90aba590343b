"""What surrounds a notice copied from a web page, an aggregator, a 文库 or a legal database: site
chrome and the page's information table. Vocabularies as named data with examples.

A line is *chrome* when it is navigation (当前位置：首页 > …), page tools (【字体：大 中 小】 打印 关闭),
counters (浏览次数), sharing (扫一扫, 分享到), copyright and ICP lines, an aggregator's or 文库's wrapper
(作者：… 时间：… 下载地址, 资源ID, 页数), a legal database's header (【法宝引证码】, 原文链接) or converter
markup (<!-- INFO END -->). A line is *information* when it holds labels of a gov.cn-style table
(索引号, 发文机关, 文号, 成文日期 …) — their values are evidence for the header, read by
``read_info_fields``, but the line is no part of the notice. Both kinds stand alone: the normaliser
never joins them to a neighbour, and the header reader skips them.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

from extractors.fold import any_character_re, fold, fold_table
from extractors.vocab import Examples

from pipeline.document.copy_chrome import is_copy_chrome
from pipeline.document.elements import is_complete_title, is_organisation_line
from pipeline.document.info_dates import DATABASE_ATTRIBUTE_LABELS, info_date
from pipeline.document.spam import is_slogan_line, is_spam_line

# Labels of an information table, as printed (spaces may sit between their characters).
INFO_LABEL_WORDS = (
    "索引号", "信息索取号", "发文机关", "发文机构", "发布机构", "发布单位", "发文单位", "文号", "发文字号", "发文编号",
    "文件编号",  # 文件编号: 牟政发〔2017〕20号 (a town portal's 文号)
    "颁布单位",  # a law library's 文库 copy: 颁布日期:20060824实施日期:20060824颁布单位:国务院
    "成文日期", "成文时间", "发文日期", "发文时间", "发布日期", "发布时间", "生成日期", "印发日期", "印发时间",
    "公布日期",  # a legal database's attributes: •【公布日期】2011.10.12 (the day the document was made public, its date there)
    "颁布时间", "颁布日期",  # a law library's line: 颁布时间:2016-04-06 00:00:00.000 发文单位:国务院办公厅
    "公文生成日期",  # Fujian portals: the document's own date (生成日期 alone is the page's, 太湖县)
    "施行日期", "实施日期", "生效时间", "生效日期", "废止时间", "废止日期", "主题分类", "体裁分类", "组配分类", "信息分类",
    "公文种类", "公文目录", "主题词", "关键词", "有效性", "时效性", "效力级别", "名称", "标题", "内容概述", "内容概况", "公开形式",
    # Jiangsu portals' tables, two cells a line without separators: 效力状况 有效 公开程序 … 主题(一) 综合政务 体裁 决定
    "效力状况", "公开程序", "公开时限", "主题(一)", "主题(二)", "体裁", "分类词",
   
    "文件标题",  # Hubei county portals: 文件标题: 县人民政府关于印发《…》的通知 (the value is the title)
    "信息名称", "信息索引", "发布机关",
    "发布部门",  # a legal database's issuing-body field: 发布部门: 江苏省南京市人民政府 (its province added)  # a ministry's table: | 信息名称: | 教育部办公厅…的通知 | 信息索引: | 360A17-… |
    "公开方式", "公开范围", "信息来源", "来源", "所属机构", "政策咨询机关", "政策咨询电话", "相关附件", "归档时间",
    "中文名", "印发机关", "印发时间", "分类", "公开属性", "公开期限", "公开类型", "效力状态", "是否有效",
    "公开目录", "栏目",  # Yunnan portals: | 公开目录 | 通知公告 | 发布日期 | …|
    "公开日期",  # a ministry's table: 公開日期 / 2025年09月12日 (the page's date, structure.PAGE_DATE_LABELS)
    "公开责任部门",  # Shaanxi county portals: | 公开责任部门 | 紫阳县政府办公室 | 公开形式: | 主动公开 |
    # a ministry's disclosure list, one cell a line: 机构分类 / 安全与质量监督管理司 / 行业分类 / 其他 / 公文类型 / 部函
    "机构分类", "行业分类", "公文类型",
    "发布文号",  # an industry law library's field block: 发布单位 / … / 发布文号 三政办〔2012〕49号 / 发布日期 …
    # a law library's numbered fields: 3. 【发文号】… 4. 【失效时间】 6. 【法规来源】http://… 7. 【法规全文】
    "发文号", "失效时间", "法规来源", "法规全文",
    # a city portal's numbered fields: 3. [联合发文单位] / 10. [文件来源] 政府公报 2018年 第14期(总第554期)
    "联合发文单位", "文件来源",
    # a legal portal's field block (法律快车, 找法网): 【发布单位】… 【发布文号】… 【失效日期】 【所属类别】地方法规 【备注】
    "所属类别", "失效日期",
    "撰写时间",  # a district portal's information line: 撰写时间:2020-09-16 10:20     来源:…人民政府办公室 (the posting time)
)


def _spaced(word: str) -> str:
    """``文号`` as ``文\\s*号``: tables pad labels with spaces (文    号, 索 引 号)."""
    return r"[ \u3000]*".join(re.escape(char) for char in word.replace(" ", ""))


# (longest first; words of a length in their own order: the same pattern in every process, which
# pipeline.compiled_patterns needs to find it compiled)
_LABEL_ALTERNATIVES = "|".join(_spaced(word) for word in sorted(set(INFO_LABEL_WORDS),
                                                                 key=lambda word: (-len(word), word)))
# A label with what marks it as one: a colon after it, brackets around it, or a pipe cell.
INFO_LABEL = re.compile(
    rf"(?:[\[【][ \u3000]*(?P<b>{_LABEL_ALTERNATIVES})[ \u3000]*[\]】]"
    rf"|(?P<c>{_LABEL_ALTERNATIVES})[ \u3000]*(?:[:：]|\|)"
    rf"|(?:^|[ \u3000•·])(?P<s>{_LABEL_ALTERNATIVES})(?=[ \u3000]+\S))"
)
# Any label word alone: a line without one has no INFO_LABEL, and this pattern (literals first) skips along a line
# far faster than INFO_LABEL (whose third form starts with ^), so it is looked for first.
ANY_LABEL_WORD = re.compile(_LABEL_ALTERNATIVES)
# A label cell alone on its line, its value on the next: a table copied one cell a line (文號 / 交辦規劃函〔2025〕1627號 /
# 索引號 / … / 公開日期 / 2025年09月12日). Read only where a header holds LABEL_CELLS such lines: one word alone
# (来源, 标题) may be the notice's own.
LABEL_CELL = re.compile(rf"^[ \u3000•·\-*|]*(?P<l>{_LABEL_ALTERNATIVES})[ \u3000|]*$")
LABEL_CELLS = 2
# The labels whose value is the document's title (标题 / 关于…的通知): under any other label cell a notice's title is no value.
TITLE_VALUE_LABELS = ("标题", "名称", "文件标题", "信息名称", "中文名")
# A label glued to its value with nothing between (a legal database's fields: 发文机关中共安徽省交通运输厅党组 /
# 发文日期2021年12月21日 / 时效性现行有效 / 发文字号皖交发〔2021〕63号). Read only where a header holds GLUED_FIELDS such
# lines: one line may open with a label word as its own text (来源于…, 标题党…).
GLUED_FIELD = re.compile(rf"^[ \u3000•·\-*]*(?P<l>{_LABEL_ALTERNATIVES})(?P<v>[^ \u3000:：|(（\[【].{{0,59}})$")
GLUED_FIELDS = 3
# A date alone on its line, with or without its clock time (2013-10-12, 2019年3月5日 09:30): under a label alone at the end
# of the line above (• 成文日期: / 2013-10-12) it is that label's value, though alone elsewhere it is a page's time stamp.
BARE_DATE = re.compile(r"^[ \u3000]*(?:19|20)\d{2}[-/.年]\d{1,2}[-/.月]\d{1,2}日?(?:[ \u3000]+\d{1,2}:\d{2}(?::\d{2})?)?[ \u3000]*$")
# Labels whose value says which document this is, not only which page.
# The labels whose value is the document's 发文字号, the commonest first.
DOC_NUMBER_LABELS = ("发文字号", "文号", "發文字號", "文號", "发文编号", "文件编号")
STRONG_LABELS = ("索引号", "文号", "发文字号", "文件编号", "成文日期", "发文机关", "发布机构", "主题分类", "有效性", "生成日期",
                 "发文日期", "公文种类", "信息分类", "文號", "發文字號")

# A site's label alone on its line over the summary it prints above a notice (内容提要 / 刚刚 国务院办公厅公布了…):
# the line under it is the site's summary, no part of the notice.
SUMMARY_LABEL = re.compile(r"^(?:概要|摘要|导语|导读|内容简介|内容提要|核心提示)[:：】]?$")

# A page's reader tools, printed as buttons over the text (朗读, 打印本页, 语音播报, 适老化模式): alone on a line, chrome; glued
# before a notice's 文号 or recipients, cut off them (glued_fields).
PAGE_TOOLS = (r"打印(?:本页|整页|内容|文章)?|关闭(?:窗口|本页)?|返回(?:顶部|首页|列表)?|(?:快速)?回到(?:顶部|页首)(?:按钮)?|分享(?:到)?"
              r"|收藏(?:本文|本站)?|纠错|保存|朗读|语音播报|视力保护色|无障碍(?:阅读|浏览)?|关怀版|长者模式|(?:打开)?适老化(?:模式)?")
# A portal's search form, its labels printed one a line over the page's headline (搜索位置 / 匹配度 / 排序, 全文检索, 站内搜索):
# alone on a line, chrome, never the first line of a title under it.
SEARCH_FORM = (r"(?:站内|全文|高级|站内全文)?(?:搜索|检索|搜尋)(?:位置|范围|范圍|类型|方式|条件)?|匹配度|(?:精确|模糊)匹配"
               r"|(?:按(?:时间|相关度|日期))?排序(?:方式)?")
# The field labels a legal database prints in 【】 over a document (【法宝引证码】CLI.1.304262, 【时效性】现行有效).
LEGAL_DATABASE_LABELS = "法宝引证码|时效性|发布部门|发文字号|发布日期|实施日期|效力级别|法规类别|失效依据"
# A site's greeting (欢迎访问某某公司官方网站): alone on a line, chrome; glued before a notice's 文号, cut off it (glued_fields).
SITE_GREETING = r"欢迎(?:访问|光临|来到|您访问).{0,80}?(?:网站|官网|网|平台)"
# Whole lines of site chrome (what each alternative catches is in EXAMPLES).
CHROME_LINE = re.compile(
    r"^(?:"
    r"(?:您(?:当前)?的?(?:当前)?(?:所在)?位置|当前(?:所在)?位置|所在位置|返回所在位置|当前页面)[:：]?.{0,120}$"
    r"|.{0,60}首页[ \u3000]*(?:>|»|＞|›|/).{0,120}$"
    # a database's breadcrumb to the text it shows: 广东规范性文件 > 正文阅览
    r"|.{0,40}[>»＞›][ \u3000]*(?:正文(?:阅览|浏览)?|详情|全文)$"
    r"|(?:[>»＞][ \u3000]*[^>»＞]{1,20}){2,}$"
    # a breadcrumb without 首页, three or more crumbs of a few words: 政务公开 > 政策公开 > 政策文件 > 废止及修改 > 修改
    # (a nested title's <…> is no crumb: its < stands before its >)
    r"|[^>»＞›<〈《。，,；;:：]{1,20}(?:[ \u3000]*[>»＞›][ \u3000]*[^>»＞›<〈《。，,；;:：]{1,20}){2,}$"
    # a breadcrumb whose last crumb is the page's own headline, of any length, after two or more short crumbs of the site's
    # sections (乡村研究数据库 > 地方政策 > 西藏自治区人民政府关于…的实施意见): the headline is printed again as the title
    r"|[^>»＞›<〈《。，,；;:：]{1,20}(?:[ \u3000]*[>»＞›][ \u3000]*[^>»＞›<〈《。，,；;:：]{1,20}){1,}[ \u3000]*[>»＞›][ \u3000]*"
    r"[^>»＞›\n]{21,150}$"
    r"|.{0,40}(?:字体|字号)[:：]?[ \u3000]*[【\[（(]?[ \u3000]*(?:大[ \u3000]*中[ \u3000]*小|[ \u3000]*[\]】]).{0,60}$"
    r"|(?:【[^】]{1,10}】[ \u3000]*){2,}$"
    r"|(?:[【\[]?(?:" + PAGE_TOOLS + "|" + SEARCH_FORM + "|政府信箱|加入收藏|转第|保留字段信息|[xX×]|全文|详细信息|公开具体内容|字号|字体|默认|大|中|小"
    r"|设为首页|繁体|简体|登录|注册|下载(?:文档)?|举报|评论|友情提示|基本介绍|相关文章|相关链接|扫一扫|范文|模板|图片|视频"
    # a site's language switch: ENGLISH, English, EN, 英文版, 中文版
    r"|english|EN|英文版?|中文版"
    # a carousel's label left by the page's script: • Slider
    r"|slider|carousel|轮播图?|輪播圖?"
    r"|[\-|•·:：\[\]【】])[\]】]?[ \u3000|:：]*){1,12}$"
    r"|.{0,30}(?:访问次数|访问量|浏览次数|浏览量|阅读量|阅读次数|点击数|点击量|点击次数|浏览|阅读|热度)[:：][ \u3000]*\d*.{0,60}$"
    r"|.{0,40}扫一扫.{0,40}$"
    r"|[^。，,；;]{0,30}(?:二维码|分享至)[^。，,；;]{0,30}$"
    r"|.{0,60}(?:ICP备|ICP证|版权所有|Copyright|©|主办单位[:：]|承办单位[:：]|技术支持[:：]|网站标识码|公网安备).{0,80}$"
    r"|(?:作者|时间|日期|简介|来源|来自|下载地址|下载积分|资源ID|资源大小|资源格式|全文页数|页数|上传时间|上传者|分类"
    r"|上传人|编号|文档编号|文档名称|格式|大小|文件大小|发表时间|更新时间|更新日期|发稿时间|今天是|地区)[:：].{0,200}$"
    # a row of a page's reader actions with their counts: 反对 0举报 0 收藏 0 打赏 0
    r"|(?:(?:点赞|赞|反对|支持|举报|收藏|打赏|评论|转发)[ \u3000]*\d{0,6}[ \u3000]*){2,}$"
    # a 文库's file facts and page counter alone on a line: 33.20KB · 18页 · 1 / 5 · 文档介绍 · 下载得到文件列表
    r"|\d{1,6}(?:\.\d{1,2})?[ \u3000]*(?:KB|MB|K|M|字节)$|\d{1,4}[ \u3000]*页$|\d{1,4}[ \u3000]*/[ \u3000]*\d{1,4}$"
    r"|文档介绍$|下载得到文件列表$|页面宽度.{0,40}$|.{0,80}由会员分享.{0,200}$"
    r"|.{0,30}(?:下载本文|点击此处下载|查看全文|下载全文|免费下载|文档格式|热门站点|收藏本站).{0,120}$"
    r"|(?:第一篇|第二篇|第三篇)[:：].{0,80}$"
    # a page's list of what other readers opened: 85%的人还看了, 大家还看了, 你可能也爱看, 猜你喜欢
    r"|(?:\d{1,3}%的(?:人|用户|读者|网友)|大家|网友)(?:还|也)(?:看了|在看|看过|浏览了|下载了)$|(?:你|您)可能(?:也|还)?(?:爱看|喜欢|感兴趣)$|猜你喜欢$"
    # a 文库's numbered tips, with or without a bullet before their number: - 3、如文档侵犯您的权益,请联系客服反馈
    r"|(?:[-•·*][ \u3000]*)?(?:\d+[、.．])?.{0,30}(?:本站|迅雷|浏览器|下载积分|金币|无水印|预览|本文档|下载文档|文档下载|下载前请|下载后"
    r"|网站客服|联系客服|侵犯您的|用户上传|试题试卷).{0,120}$"
    # a document-sharing site's notes: 温馨提示:, 导语】以下是…小编为您整理的《…》, 概要:…, 标签:…
    r"|(?:温馨提示|友情提示|特别提示|免责声明|特别声明)[:：]?$"
    # (小编精心整理的防汛通知9篇 without its 为; 小编给大家分享…, 小編給大家帶來… in either script)
    r"|.{0,200}(?:小编|编辑)(?:为(?:您|你|大家)?)?(?:精心)?(?:整理|收集|带来).{0,200}$"
    r"|.{0,200}(?:小编|小編)[为給给為](?:您|你|大家)(?:分享|推荐|推薦|带来|帶來).{0,200}$"
    # a 范文 site's lead presenting the text below it (…,下面是关于…的通知详细内容。): the site's words, not the notice's
    r"|.{0,120}(?:下面|以下)(?:是|为)[^。\n]{0,100}?(?:详细内容|全文)[。!！]?$"
    r"|.{0,30}(?:模板|范文|范例|例文)[一二三四五六七八九十\d]{0,3}[:：]?$"
    r"|(?:概要|摘要|导语|导读|内容简介|内容提要|核心提示)(?:[:：】].{0,400})?$"
    r"|.{0,80}(?:标签|TAG|Tags)[:：].{0,200}$"
    # a line of keywords: 耕地,实施方案,整治,开展,关于
    r"|(?:[\u4e00-\u9fff]{1,6}[,，]){3,12}[\u4e00-\u9fff]{1,6}$"
    r"|第[ \u3000]*\[?\d+\]?[ \u3000]*页[ \u3000]*共[ \u3000]*\[?\d+\]?[ \u3000]*页.{0,40}$"
    r"|【(?:" + LEGAL_DATABASE_LABELS + ")】.{0,200}$"
    r"|原文链接[:：].{0,300}$"
    # a title's note of how it was adopted and published, in brackets on its own line
    r"|[（(][ \u3000]*\d{4}年\d{1,2}月\d{1,2}日[^（）()]{0,200}(?:通过|批准|发布|公布)[^（）()]{0,80}[）)]$"
    r"|<!--.{0,80}-->$"
    r"|\S{1,40}网[ \u3000]*[-—]{1,2}[ \u3000]*\S{1,30}$"
    # a browser page's own title, its site's name after a dash or bar: …部门分工的意见-湖南省人民政府门户网站
    r"|.{2,160}?[ \u3000]*(?:[-—_|｜]{1,2})[ \u3000]*[\u4e00-\u9fff]{2,30}(?:网站|網站|门户网|門戶網|政府网|政府網|(?<!电)网)$"
    # the tail of a page's meta description copied with it: …健康发展,...">
    r"|.{0,300}\.{3}[ \u3000]*\"[ \u3000]*/?>$"
    r"|.{0,20}(?:支持IPv6|IPv6).{0,20}$"
    # a line of codes without a Chinese character: an index number (11330700MB10327095/2024-00144,
    # 113701130042070099-A/2021-4059841) or a registration number (HFGS—2017—9) printed as a value alone
    r"|[0-9A-Za-z][0-9A-Za-z/\-—_.]{7,60}$"
    # a site's greeting: 欢迎访问某某公司官方网站
    r"|" + SITE_GREETING + r"[!！。]?$"
    r"|\S{1,80}\.(?:docx?|pdf|wps|txt)$"
    # a portal's channel name alone on a line above the notice: 信息公开 · 政务公开 · 通知公告
    r"|(?:政府)?(?:信息公开|政务公开)(?:目录|专栏)?$|通知公告$"
    # the caption of a graphic explaining the notice, printed with it: 图解 | 榆林市…实施意见 (no copy of its title)
    r"|(?:图解|一图读懂|一图看懂|图读)[ \u3000]*[|｜丨:：].{0,120}$"
    # a horizontal rule alone on its line (━━━━ under a 文号, ———— between a 版头 and the title): no text
    r"|[━─═—＝=_\-－~～*]{3,}$"
    # a link to the previous or next document of the site, with its title: ← | 2021年8月20日《…》(…号) |, 上一篇:…
    r"|(?:[←→]|上一篇|下一篇|上一条|下一条)[ \u3000]*[|｜:：].{0,300}$"
    # a printed page's number between dashes, copied from a PDF into the middle of a paragraph: — — — 3 —, - 2 -
    r"|(?:[—\-－–─][ \u3000]*){1,4}\d{1,3}[ \u3000]*(?:[—\-－–─][ \u3000]*){1,4}$"
    r"|(?:\d{4}-\d{1,2}-\d{1,2}|\d{4}/\d{1,2}/\d{1,2})(?:[ \u3000]*\d{1,2}:\d{2}(?::\d{2})?)?(?:[ \u3000]+\S{1,30})?$"
    # a time stamp with its clock time between a page's category and source words: 社会热点2022-10-12 06:32:26未知
    r"|.{0,12}?(?:\d{4}-\d{1,2}-\d{1,2}|\d{4}/\d{1,2}/\d{1,2})[ \u3000]*\d{1,2}:\d{2}(?::\d{2})?.{0,12}$"
    # a 范文 site's heading over a collection of copies: 交通管制通告合集15篇, 关于交通管制的通告(通用15篇), 实用的防汛通知9篇,
    # 防汛通知发文(8篇) (a document's type, then the count of copies: no title ends so); a bracketed count of copies
    # ends no title either: 校园防范非法集资活动方案(汇总15篇), 控辍保学实施方案学校(五篇)
    r"|.{0,40}?(?:合集|大全|精选)[（(]?(?:通用)?\d{1,3}篇[）)]?$"
    r"|.{0,40}?[（(](?:通用|汇总|精选)?(?:\d{1,3}|[一二三四五六七八九十]{1,3})篇[）)]$"
    r"|.{0,40}?(?:通知|通告|方案|意见|预案|计划|要点|办法|范文|發文|发文)[（(]?\d{1,3}篇[）)]?$"
    # its numbered entry for one copy: 1.关于加强节日期间安全生产工作的通知 篇一 (the number and the 篇 both the site's)
    r"|\d{1,2}[.．、][^。，,；;]{2,60}?[ \u3000]*篇[一二三四五六七八九十\d]{1,3}$"
    # a page's time written day first (18.02.2016  18:44) and a news site's name alone above its headline (央广网)
    r"|\d{1,2}\.\d{1,2}\.\d{4}(?:[ \u3000]+\d{1,2}:\d{2}(?::\d{2})?)?$"
    # a portal's line naming itself, the day (and its time) and the newspaper or office it reprints: 中央政府门户网站 www.gov.cn
    # 2006年06月2日 来源:河南日报 · 2011年10月07日 20时00分 来源:国务院办公厅
    r"|.{0,60}?\d{4}年\d{1,2}月\d{1,2}日(?:[ \u3000]*\d{1,2}(?:时|[:：])\d{2}分?(?:[:：]\d{2})?)?[ \u3000]*"
    r"(?:来源|来自|作者|发布)[:：].{0,60}$"
    r"|[\u4e00-\u9fff]{1,6}(?<!电)网$"
    # a wiki's licence notice under the text: 本作品是…的文件…根據《中華人民共和國著作權法》第五條,本作品不適用於該法,…屬於公有領域。,
    # its community's note (註:中文維基文庫社群認為,…) and its licence badge (Public domainPublic domainfalsefalse)
    r"|本作品.{0,300}(?:公有领域|不适用于该法).{0,100}$|[注註][:：][ \u3000]*(?:中文)?维基文库.{0,200}$|(?:public[ \u3000]*domain)+(?:false|true)*$"
    # a copy's statement of the same licence in its own words: 依《中华人民共和国著作权法》第五条第一项，具有立法、行政、司法性质的
    # 文件不适用著作权法 (the documents it holds, not the notice, are its subject)
    r"|.{0,40}著作权法.{0,120}(?:文件|作品)[^。，,；;\n]{0,6}不适用.{0,100}$"
    # where a wiki copied the text from, without a colon, in its navigation cells: 來自玉環新聞網 |
    r"|(?:来自|来源于|转自|转载自)[ \u3000]*[\u4e00-\u9fff]{2,20}网[ \u3000|｜]*$"
    # a printed page's mark that its text goes on from the page before, alone on its line
    r"|[\[【（(]?[ \u3000]*(?:接上页|续上页|接上一页)[ \u3000]*[\]】）)]?$"
    r")",
    re.I,
)

# A site's menu printed as one line of short entries between spaces (怀孕准备 怀孕 分娩 宝宝0-1岁 宝宝1-3岁 宝宝3-6岁): five or
# more entries of two to eight characters, each starting with a Chinese character, no punctuation. A table's header row
# (序号 类别 主要任务 … 牵头单位) has that shape and is the notice's, and so are joint signers printed a line (教育部 财政部 …,
# told by is_site_menu): neither is a menu.
SITE_MENU = re.compile(r"^(?!.*(?:序号|单位|部门|时限|备注))(?:[\u4e00-\u9fff][\u4e00-\u9fff0-9\-~～—]{1,7}[ \u3000]+){4,}"
                       r"[\u4e00-\u9fff][\u4e00-\u9fff0-9\-~～—]{1,7}$")


# A wiki's row of links to the previous and next documents (← | 《…(第5號)》 | …): the cells the copy broke onto the
# lines under it, each ending with its border (…(第7號) |), are that row too, not the notice's title.
NAVIGATION_ROW = re.compile(r"^(?:[←→]|上一篇|下一篇|上一条|下一条)[ \u3000]*[|｜:：]")
CELL_END = re.compile(r"\S[ \u3000]*[|｜]$")

# A telephone number alone on a line (0551-63633772, (010)6655 8899): under a name and a colon it makes a
# contact entry of a page's 联系方式 block (学习成果认证服务部: / 0551-63633772), not recipients.
# The separator between a breadcrumb's crumbs (首页 > 规章制度 > 正文).
CRUMB_SEPARATOR = re.compile(r"[ \u3000]*[>»＞›]+[ \u3000]*")
PHONE_NUMBER = re.compile(r"^(?:(?:电话|Tel|TEL)[:：]?[ \u3000]*)?[（(]?0\d{2,3}[）)]?[ \u3000]*[-－—]?[ \u3000]*\d{3,4}[ \u3000]*\d{4}$|^1[3-9]\d{9}$")

EXAMPLES = {
    "SITE_MENU": Examples(match=("怀孕准备 怀孕 分娩 宝宝0-1岁 宝宝1-3岁 宝宝3-6岁", "首页 政务公开 办事服务 互动交流 专题专栏"),
                          no_match=("序号 类别 主要任务 细化措施 牵头单位 参与单位 责任单位", "南 安 市 教 育 局", "2019 年 4 月 16 日",
                                    "苏州春节就地过年通知出了吗 苏州就地过年", "各乡镇 各街道 县直各单位 驻县各单位 各人民团体")),
    "CRUMB_SEPARATOR": Examples(match=("首页 > 规章制度", "首页>文件发布", "法律资料网 » 法律法规"), no_match=("关于规范校园网公告公示发布的通知", "规章制度")),
    "NAVIGATION_ROW": Examples(match=("← | 關於…的通告(第5號) | 關於…的通告(第6號) 制定機關:… |", "上一篇:关于…的通知"),
                               no_match=("关于…的通知 |", "上级部门")),
    "CELL_END": Examples(match=("關於加強疫情防控工作的通告(第7號) |", "來自玉環新聞網｜"), no_match=("关于…的通知", "|")),
    "LABEL_CELL": Examples(match=("公开日期", "索引号", "文    号", "• 主题分类", "发文字号 |"),
                           no_match=("公开日期:2025年09月12日", "交办规划函〔2025〕1627号", "关于印发…的通知", "主题教育")),
    "BARE_DATE": Examples(match=("2013-10-12", "2019年3月5日 09:30", "  2020/04/09"),
                          no_match=("11330700MB10327095/2013-02249", "2013-10-12 来源:金华市人民政府办公室", "2013年10月")),
    "GLUED_FIELD": Examples(match=("发文字号皖交发〔2021〕63号", "发文日期2021年12月21日", "时效性现行有效", "发文机关中共安徽省交通运输厅党组"),
                            no_match=("发文字号:皖交发〔2021〕63号", "发文字号 皖交发〔2021〕63号", "发文字号", "厅直各单位,驻厅纪检监察组:")),
    "PHONE_NUMBER": Examples(match=("0551-63633772", "(010)6655 8899", "13912345678", "电话:0551-64652805"),
                             no_match=("2015年3月3日", "11330700MB10327095/2024-00144", "各乡镇人民政府:")),
    "INFO_LABEL": Examples(
        match=("[ 索引号 ] 1150022873659872X5/2023-00005 [ 发文字号 ] 曲水府发〔2023〕21号", "文    号:蔚政办字〔2020〕43号",
               "索 引 号 MB1534522/2023-05475 发文日期 2023-01-03", "文 号 | 德府发〔2016〕20号 |", "• 发文字号:",
               "成文日期: | 发布日期: | 2020-04-09 08:44 | |", "发布时间:2020-05-29 14:36:23", "名    称:蔚县人民政府办公室关于印发…的通知",
               "颁布时间:2016-04-06 00:00:00.000 发文单位:国务院办公厅", "- 公文生成日期:2025-01-24"),
        no_match=("各县(市、区)人民政府:", "二、加强信息发布工作", "根据《条例》的名称规定")),
    "ANY_LABEL_WORD": Examples(match=("文    号:蔚政办字〔2020〕43号", "索 引 号", "发布时间"), no_match=("各县(市、区)人民政府:", "二、加强信息发布工作")),
    "FIELD_BULLET": Examples(match=("- 文档编号:5043956", "• 上传时间:2022-12-12", "> 本文正文由脚本自官方公开页面提取"), no_match=("-市綜合應急指揮平臺全面建成", "—2—")),
    "FIELD_LIST_NUMBER": Examples(match=("1. 【颁布时间】2012-2-21", "5. 【颁布单位】贵州省六盘水市人民政府办公室"),
                                  no_match=("1. 发布日期", "12.5【", "2012年【")),
    "SUMMARY_LABEL": Examples(match=("内容提要", "导语:"), no_match=("内容提要:刚刚国务院办公厅公布了", "摘要和附件")),
    "CHROME_LINE": Examples(
        match=("— — — 3 —", "- 12 -", "朗读", "搜索位置", "匹配度", "排序", "全文检索", "站内搜索 高级检索", "按时间排序", "18.02.2016  18:44", "中央政府门户网站 www.gov.cn   2006年06月2日   来源:河南日报", "中央政府门户网站 www.gov.cn   2011年10月07日 20时00分   来源:国务院办公厅", "人民网 2019年3月5日 09:30 来源:人民日报", "央广网", "[接上页]", "【续上页】", "新华网", "—2—", "信息公开", "← | 2021年8月20日《…的通知》(国卫办疾控函〔2021〕455号) |",
               "上一篇:关于做好春耕生产工作的通知", "ENGLISH", "English", "• Slider", "輪播圖", "来自玉环新闻网 |", "转自人民网",
               "本作品是中华人民共和国的法律、法规,国家机关的决议、决定、命令和其他具有立法、行政、司法性质的文件,及其官方正式译文。根据《中华人民共和国著作权法》第五条,本作品不适用于该法,在中国大陆和其他地区属于公有领域。",
               "依《中华人民共和国著作权法》第五条第一项，具有立法、行政、司法性质的文件不适用著作权法。",
               "注:中文维基文库社群认为,中华人民共和国公务演讲,不总是具有立法、行政、司法性质的文件。", "Public domainPublic domainfalsefalse", "━━━━━━━━━━━━", "————————", "政府信息公开目录", "通知公告", "图解 | 榆林市榆阳区人民政府推进健康榆阳行动的实施意见",
               "当前位置: 首页 > 政务公开 > 政策法规", "您的位置: 首页 » 法律资料网 » 法律法规 »", "> 政府信息公开制度 > 兖州区",
               "【字体:大 中 小】 打印 关闭", "视力保护色:", "浏览量:", "打印整页 打印内容 分享", "无障碍阅读 关怀版 返回首页",
               "浏览次数: 590 内容概述:", "作者:法律资料网 时间:2024-07-01 16:20:34 浏览:9319 来源:法律资料网",
               "下载地址: 点击此处下载", "【法宝引证码】CLI.12.748997", "原文链接:https://www.pkulaw.com/lar/b64c.html",
               "<!-- INFO END -->", "法搜网--中国法律信息搜索网", "第 [1] 页 共[2]页", "资源ID:1816126",
               "2015-11-10 01:51:51信息来源:浏览次数:字体:[ ]", "2023-01-05 10:00 区人民政府办公室",
               "分享到: 收藏本文", "用微信扫描二维码分享至好友和朋友圈", "返回顶部", "图片", "社会热点2022-10-12 06:32:26未知", "交通管制通告合集15篇", "荐关于交通管制的通告(通用15篇)", "校园防范非法集资活动方案(汇总15篇)", "控輟保學實施方案學校(五篇)", "实用的防汛通知9篇", "防汛通知发文(8篇)", "下面是小编精心整理的防汛通知9篇,欢迎大家借鉴与参考。", "一年一度的五一很快就会到来,需切实加强节日期间安全生产工作,下面是关于高度重视和切实加强“五一”节日期间安全生产工作的通知详细内容。", "1.关于加强节日期间安全生产工作的通知 篇一", "内容提要", "内容提要:刚刚国务院办公厅公布了2024年放假安排", "快速回到页首按钮", "热门站点| 世界资料网 | 专利资料网", "市级储备粮管理办法.docx",
               "第一篇:湖南省人民政府办公厅文件", "《政府工作报告》重点工作部门分工的意见-湖南省人民政府门户网站", "关于印发…的通知_中国政府网", "欢迎访问广西方略土地规划设计有限公司官方网站", "所在位置: 杭州网 > 热点专题", "版权所有:某某市人民政府 ICP备05001234号",
               "2、PDF文件下载后,可能会被浏览器默认打开", "3、本站不支持迅雷下载,请使用电脑自带的IE浏览器",
               "温馨提示:", "1. 部分包含数学公式或PPT动画的文件,查看预览时可能会显示错乱或异常,文件下载后无此问题,请放心下载。",
               "2. 本文档由用户上传,版权归属用户,汇文网负责整理代发布。", "网站客服:3074922707",
               "#第一文档网# 导语】以下是®第一文档网的小编为您整理的《关于开展耕地“非粮化”整治工作实施方案》,欢迎阅读!",
               "为切实做好今年秋季农作物秸秆禁烧和综合利用工作,相关部门发出了相应的通知。下面学习啦小编给大家分享一些秸秆禁烧通知书,提供给大家参阅。",
               "下面學習啦小編給大家帶來禁止焚燒秸稈的通告,供大家參考!",
               "耕地,实施方案,整治,开展,关于", "本网站支持IPv6", "扫描二维码 关注我们", "11330700MB10327095/2024-00144", "HFGS—2017—9", "社区活动通知模板一:", "社区活动通知模板", "85%的人还看了", "你可能也爱看", "猜你喜欢",
               "…现将2016年农业重点工作任务分解下达,请认真抓好落实。一、加强领导,对于保持全县经济社会健康发展,...\">", "概要:县农业局冬季农业工作方案冬季农业与春、夏农业同等重要",
               "县农业局冬季农业工作方案,标签:接待工作方案,工作方案格式,http://www.xuexue6.com", "热度:",
               "核心提示:  各市、州及有关县(市)农业局(委):  为贯彻落实全省抗旱保春播紧急电视电话会议精神",
               "日期:2021年03月24日 16:29  稿件来源:", "广东规范性文件 > 正文阅览", "乡村研究数据库 > 地方政策 > 西藏自治区人民政府关于统筹推进县域内城乡义务教育一体化改革发展的实施意见", "政策库 > 地方文件 > 关于印发《某市全面推行河长制工作方案》的通知", "转第", "保留字段信息", "页面宽度(px):",
               "页面宽度范围为200至2000", "无障碍浏览 长者模式 打开适老化模式 政府信箱 加入收藏 x", "33.20KB", "18页", "1 / 5",
               "文档编号:5043956", "上传时间:2022-12-12", "地区: 湖北", "反对 0举报 0 收藏 0 打赏 0", "上传人:Le****97", "编号:928920", "文档介绍",
               "发表时间:2014-10-08 10:58:00 | 来源:", "今天是:2025年12月06日", "访问量:", "更新日期:2024-01-12", "下载后只包含 1 个 DOCX 格式的文档,没有任何的图纸或源代码,查看文件列表",
               "《阿拉善盟行政公署办公室公文处理实施细则及文种式样.docx》由会员分享,可在线阅读,更多相关《…》请在冰豆网上搜索。"),
        no_match=("各县(市、区)人民政府:", "现将有关事项通知如下,以下为具体内容。", "排序靠后的单位要作出说明", "搜索引擎优化服务合同", "由县融媒体中心编辑推荐优秀作品。", "下面是各单位报送的全文目录:", "一、提高思想认识", "关于加快建设坚强智能电网的意见-国家电网", "关于印发“十四五”互联网发展规划的通知", "ENGLISH TEACHING PLAN", "Slider crank mechanism", "来自各乡镇的报告", "来自人民网的报道称,", "EN 13501", "根据《中华人民共和国著作权法》第五条的规定,加强版权保护。", "依照《著作权法》加强作品版权保护，不适用的情形除外。", "本作品获得一等奖。", "湖南省人民政府办公厅文件", "2019年1月17日",
                  "关于印发《太湖县人民政府工作规则》的通知", "第一条 为加强市级储备粮轮换管理,制定本办法。",
                  "市政府办公室负责打印、分发会议材料。", "太湖县人民政府", "(新余市国有资产监督管理委员会 2008年10月6日)",
                  "(2023年6月21日前完成)", "群众可扫描二维码,在线提交申请。",
                  "各乡镇,县直各单位,驻县各单位,各人民团体:", "县发改局、县财政局、县农业局、县林业局", "三、落实五项举措",
                  "关于推进政务公开的通知", "信息公开工作要做到及时准确", "85%的人口已接种", "大家还看了这份通知后提出意见。", "图解政策要点,便于群众理解。", "2 > 3", "PM2.5 > 75微克每立方米的天数不超过30天,各县区要加强监测并按日报送数据", "第18页的规定", "编号规则另行制定。", "反对浪费,支持节约。", "国家电网", "18.2万元", "2006年5月22日来源于群众的反映,要及时处理。", "建设覆盖全县的物流网")),
}


# Traditional characters of the chrome and label words, folded to simplified before matching: a
# mirror in traditional characters prints 瀏覽量 and 時間 where the original has 浏览量 and 时间.
TRADITIONAL_FOLD = str.maketrans(
    "瀏覽時間來點擊發號佈機關題類檔稱標錄頁載閱讀數體護開於書區縣圖簡繁員內紹單歡訪問網臺營設計",
    "浏览时间来点击发号布机关题类档称标录页载阅读数体护开于书区县图简繁员内绍单欢访问网台营设计",
)


@lru_cache(maxsize=1)
def _fold_table() -> dict[int, str]:
    return {**fold_table(), **TRADITIONAL_FOLD}


# A line is judged several times (by the normaliser as the line before and as the line itself, by
# the header, by the rows for each item on it), and folding it is most of the cost (str.translate
# with a table of 4,000 characters): each line's fold and each judgement are kept (per process).
LINES_KEPT = 8192


@lru_cache(maxsize=LINES_KEPT)
def _fold(line: str) -> str:
    """The line in simplified characters: OpenCC's table (extractors.fold: 掃描二維碼, 關注我們), and the
    few characters that table leaves (檔 of 規範性檔案 as 档), in one pass."""
    return line.translate(_fold_table()) if _foldable_re().search(line) else line


@lru_cache(maxsize=1)
def _foldable_re() -> re.Pattern:
    """Any character _fold_table changes: a line without one is itself (most lines: a seventh of the translation)."""
    return any_character_re(_fold_table())


# A list bullet a page puts before each of its fields (- 文档编号:5043956, • 上传时间:…), and the quote mark a Markdown copy
# puts before its own notes (> 本文正文由脚本自…页面提取, > 依《…著作权法》第五条…不适用著作权法).
FIELD_BULLET = re.compile(r"^[-•·*>][ \u3000]+(?=[\u4e00-\u9fff])")
# A law library's fields printed as an ordered list (1. 【颁布时间】2012-2-21 / 5. 【颁布单位】…): the item's number before
# a bracketed label. Only before a bracket: 1. 发布日期… would be a measure's heading.
FIELD_LIST_NUMBER = re.compile(r"^\d{1,2}[.．、][ \u3000]*(?=[\[【])")


@lru_cache(maxsize=LINES_KEPT)
def is_chrome(line: str) -> bool:
    if len(line) > 320:
        return False
    folded = _fold(line.strip())
    # read with its bullet or quote mark and without: a breadcrumb's second line starts with its > too (> 政务公开 > 工作报告)
    unmarked = FIELD_BULLET.sub("", folded)
    return (CHROME_LINE.match(unmarked) is not None or (unmarked != folded and CHROME_LINE.match(folded) is not None)
            or is_copy_chrome(folded) or is_spam_line(folded)
            or is_slogan_line(folded) or is_site_menu(folded))


def is_site_menu(line: str) -> bool:
    """A site's menu line (SITE_MENU) whose entries name no organisation: joint signers printed spaced on one line
    (国家发展改革委 教育部 科技部 工业和信息化部 财政部) are the notice's."""
    return SITE_MENU.match(line) is not None and not any(is_organisation_line(entry) for entry in line.split())


def info_labels(line: str) -> list[str]:
    """The information-table labels printed on ``line`` (spaces inside them removed)."""
    labels = []
    folded = _fold(line)
    if not ANY_LABEL_WORD.search(folded):
        return labels
    for found in INFO_LABEL.finditer(folded):
        label = found.group("b") or found.group("c") or found.group("s")
        labels.append(re.sub(r"[ \u3000]", "", label))
    return labels


def info_label_spans(line: str) -> list[tuple[int, int]]:
    """(start, end) in ``line`` of each information-table label marked by its colon (文号:, 颁布日期：)."""
    folded = _fold(line)
    if len(folded) != len(line) or not ANY_LABEL_WORD.search(folded):
        return []
    return [(found.start("c"), found.end()) for found in INFO_LABEL.finditer(folded) if found.group("c")]


@lru_cache(maxsize=LINES_KEPT)
def is_info_line(line: str) -> bool:
    """A line of an information table: it starts with a label (``文号:``, ``[ 索引号 ]``,
    ``• 发文日期:``), or holds two labels, or one strong label and a pipe table's cells."""
    if len(line) > 400:
        return False
    labels = info_labels(line)
    if not labels:
        return False
    if len(labels) >= 2:
        return True
    head = FIELD_LIST_NUMBER.sub("", re.sub(r"^[ \u3000•·\-*|]+", "", _fold(line)))
    first = INFO_LABEL.match(head) or INFO_LABEL.match(" " + head)
    # a row of a page's header table ending in its cell border: …的通知 国卫办疾控函〔2022〕108号 2022年4月7日 发布机关:… |
    table_row = line.rstrip().endswith(("|", "｜")) and bool(info_label_spans(line))
    return bool(first) and (first.start() <= 1) or table_row


def navigation_rows(lines: list[str]) -> set[int]:
    """Indexes of the lines of a wiki's navigation row (see NAVIGATION_ROW): the row and the cells under it that end
    with their border."""
    rows, inside = set(), False
    for index, line in enumerate(lines):
        text = (line or "").strip()
        inside = bool(NAVIGATION_ROW.match(text)) or inside and bool(CELL_END.search(text))
        if inside:
            rows.add(index)
    return rows


def section_names(lines: list[str]) -> frozenset[str]:
    """The crumbs of the page's breadcrumb lines but the last (当前位置 : 首页 > 规章制度 > 正文 gives 规章制度): the site's
    sections, whose names a portal prints again over its page (规章制度 / 规章制度 / 关于…的通知) and which are no title
    however often printed. The last crumb can be the page's own title (首页 > 政策 > 关于…的通知): kept."""
    names = set()
    for line in lines:
        if not is_chrome(line) or not CRUMB_SEPARATOR.search(line):
            continue
        crumbs = [re.sub(r"^.*?(?:位置|当前页面)[ \u3000]*[:：]?[ \u3000]*", "", crumb).strip() for crumb in CRUMB_SEPARATOR.split(line.strip())]
        names.update(crumb for crumb in crumbs[:-1] if crumb)
    return frozenset(names)


def is_wrapper_line(line: str) -> bool:
    """Site chrome or a line of the page's information table: no part of the notice's text."""
    return is_chrome(line) or is_info_line(line)


# A labelled value ends where the next label starts, at a pipe, or at the end of the line.
def read_info_fields(lines: list[str]) -> dict[str, str]:
    """Labelled values of the information table in ``lines``: {label: value}, the first non-empty
    value of each label. A label whose value is on the next line alone (• 发文字号: / 镇政发〔2024〕7号)
    takes that line."""
    fields: dict[str, str] = {}
    for label, value in {**label_cell_values(lines), **glued_field_values(lines)}.items():
        fields.setdefault(label, value)
    for index, line in enumerate(lines):
        found = list(INFO_LABEL.finditer(_fold(line)))
        for number, match in enumerate(found):
            label = re.sub(r"[ \u3000]", "", match.group("b") or match.group("c") or match.group("s"))
            end = found[number + 1].start() if number + 1 < len(found) else len(line)
            value = line[match.end():end].strip(" \u3000|:：•·")
            value = value.split("|")[0].strip()
            if not value and number + 1 == len(found) and index + 1 < len(lines) \
                    and not info_labels(lines[index + 1]) and (not is_chrome(lines[index + 1]) or _dated(label, lines[index + 1])):
                value = lines[index + 1].strip()
            elif not value and number + 1 == len(found) and index + 1 < len(lines):
                value = _wrapped_value(lines[index + 1])
            if value and label not in fields:
                fields[label] = value
    return fields


def _dated(label: str, line: str) -> bool:
    """Whether ``line`` is the value of ``label`` printed under it: a bare date (BARE_DATE, read as chrome when alone)
    under a label naming a date (成文日期, 发布时间)."""
    return label.endswith(("日期", "时间")) and BARE_DATE.match(line) is not None


def _wrapped_value(line: str) -> str:
    """The value a table row wrapped onto the next line, before that line's own label (- 名称: ⏎ 双牌工业集中区部室简介 -
    文号:); "" when the line opens with a label."""
    following = INFO_LABEL.search(_fold(line))
    if following is None or len(_fold(line)) != len(line):
        return ""
    return line[:following.start()].strip(" \u3000|:：•·-")


def label_cells(lines: list[str]) -> list[int]:
    """Indexes of the lines that are a table's label cell alone (see LABEL_CELL)."""
    return [index for index, line in enumerate(lines) if len(line) <= 20 and LABEL_CELL.match(_fold(line))]


def _holds_a_table(lines: list[str], cells: list[int]) -> bool:
    """Whether the label cells alone on their lines (``cells``) are a table's: LABEL_CELLS of them, or one beside a line
    holding a strong or a database's label (发布单位 / 黑龙江省人民政府 over 发布文号 暂无: an industry library's block)."""
    if len(cells) >= LABEL_CELLS:
        return True
    telling = set(STRONG_LABELS) | set(DATABASE_ATTRIBUTE_LABELS)
    return bool(cells) and any(telling.intersection(info_labels(line)) for index, line in enumerate(lines) if index not in cells)


def _cell_label(line: str) -> str:
    return re.sub(r"[ \u3000]", "", LABEL_CELL.match(_fold(line)).group("l"))


def _value_under(lines: list[str], cells: list[int], index: int) -> Optional[int]:
    """Index of the value line under the label cell ``lines[index]``: the next non-empty line, unless that line is a label
    cell too or a notice's title under a label that names no title — the table's empty last cell over the notice
    (有效性 / ⏎ / 重庆市渝中区人民政府关于印发《…》的通知: the title is the notice's, no validity)."""
    value = next((following for following in range(index + 1, len(lines)) if lines[following].strip()), None)
    if value is None or value in cells or (_cell_label(lines[index]) not in TITLE_VALUE_LABELS  # a title: 关于…的通知
                                           and "关于" in fold(lines[value]) and is_complete_title(lines[value])):
        return None
    return value


def label_cell_rows(lines: list[str]) -> frozenset[int]:
    """Indexes of a table copied one cell a line: each label cell and the value line under it (see LABEL_CELL); none
    where fewer than LABEL_CELLS label cells stand. Information, never part of a title block (主题词 / 动态;报送;通知;案例 /
    机构分类 / 安全与质量监督管理司 / … / 公文类型 / 部函 is no title ending with 函)."""
    cells = label_cells(lines)
    if not _holds_a_table(lines, cells):
        return frozenset()
    rows = set(cells)
    for index in cells:
        if (value := _value_under(lines, cells, index)) is not None:
            rows.add(value)
    return frozenset(rows)


def label_cell_values(lines: list[str]) -> dict[str, str]:
    """{label: value} of a table copied one cell a line: each label cell takes the next non-empty line, unless that
    line is a label cell too (an empty value) or chrome. Nothing where fewer than LABEL_CELLS label cells stand."""
    cells = label_cells(lines)
    if not _holds_a_table(lines, cells):
        return {}
    fields: dict[str, str] = {}
    for index in cells:
        at = _value_under(lines, cells, index)
        value = lines[at].strip(" \u3000|") if at is not None else ""
        if value and index + 1 not in cells and not info_labels(value) and not is_chrome(value) and len(value) <= 60:
            fields.setdefault(_cell_label(lines[index]), value)
    return fields


def _glued_fields(lines: list[str]) -> list[tuple[re.Match, str]]:
    """(match, line) of each field printed with no separator (see GLUED_FIELD); none where fewer than GLUED_FIELDS
    lines are such fields."""
    found = [(GLUED_FIELD.match(_fold(line)), line) for line in lines if len(line) <= 80]
    found = [(match, line) for match, line in found if match]
    return found if len(found) >= GLUED_FIELDS else []


def glued_field_lines(lines: list[str]) -> frozenset[str]:
    """The lines that are fields glued to their labels (see GLUED_FIELD): information, never a 版头 or a title
    (效力級別國務院規范性文件 is a database's field, not the 版头 of 效力級別國務院規范性)."""
    return frozenset(line for _, line in _glued_fields(lines))


def glued_field_values(lines: list[str]) -> dict[str, str]:
    """{label: value} of fields printed with no separator (see GLUED_FIELD); nothing where fewer than GLUED_FIELDS
    lines are such fields."""
    found = _glued_fields(lines)
    if not found:
        return {}
    fields: dict[str, str] = {}
    for match, line in found:
        fields.setdefault(re.sub(r"[ \u3000]", "", match.group("l")), line[match.start("v"):].strip())
    return fields


def info_value(fields: dict[str, str], *labels: str) -> Optional[str]:
    return next((fields[label] for label in labels if fields.get(label)), None)


def closing_info_fields(lines: list[str]) -> dict[str, str]:
    """The labelled values of an information table that closes the text (a policy library prints its fields under the
    notice's abstract: [发布日期] 2012-09-10 [发布机构] … / [效力级别] … [时效性] …): the run of table lines at its end."""
    start = len(lines)
    while start > 0 and (not lines[start - 1].strip() or is_info_line(lines[start - 1])):
        start -= 1
    return read_info_fields(lines[start:]) if start < len(lines) else {}
