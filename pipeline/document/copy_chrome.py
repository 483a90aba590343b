"""What a reposting channel adds around a notice it copies whole — a WeChat account's article, a news site's page, a
文库's preview, a forum's thread, a legal portal's page — beyond a government page's own chrome (wrapper.CHROME_LINE):
the article's editorial credits (编辑:… 审核:…, (责编:…), 【责任编辑:…】), its reader counters and prompts (阅读 2.3万,
在看 56, 阅读原文, 点击上方蓝字关注我们), a preview's read-on line (还剩4页未读,继续阅读), a document site's excerpt line
(内容提示:…), the related-reading list closing the page (推荐阅读 over titles) and a forum's replies under the post.
Every one is the channel's, printed under or over the notice's last line: none is part of the notice, and a credit or
prompt joined to the notice's last paragraph would end its last assignment with an editor's name."""

from __future__ import annotations

import re
from typing import Optional, Sequence

from extractors.vocab import Examples

from pipeline.document.lines import Line

# Roles of an article's editorial credit line, printed with a name after a colon or a WeChat bar (编辑丨刘洋). An editor's
# role (编辑, 责编, 校对, 文章来源 …) makes the line a credit by itself; a role that a notice's procedure can name too (审核,
# 初审, 来源 …: 审核:县民政局 may be a step of an application) only beside another credit on the same line (初审:王芳 复审:李强).
_EDITOR_ROLES = "责任编辑|责编|编辑|值班编辑|校对|审校|监制|美编|排版|编审|撰稿|一审|二审|三审|本文来源|文章来源|稿件来源|图片来源"
_EDITOR_ROLE = rf"(?:{_EDITOR_ROLES})"
_CREDIT_ROLE = rf"(?:{_EDITOR_ROLES}|审核|审签|初审|复审|终审|来源|供稿|作者)"
_CREDIT_NAMES = r"[^\s。，,；;:：()（）\[\]【】|｜丨/]{1,12}(?:[、][^\s。，,；;:：()（）\[\]【】|｜丨/]{1,12}){0,4}"
_CREDIT_MARK = r"[ \u3000]*[:：丨|｜][ \u3000]*"
_EDITOR_FIELD = rf"{_EDITOR_ROLE}{_CREDIT_MARK}{_CREDIT_NAMES}"
_CREDIT_FIELD = rf"{_CREDIT_ROLE}{_CREDIT_MARK}{_CREDIT_NAMES}"
_CREDIT_SEPARATOR = r"[ \u3000|｜丨/]+"
# A WeChat byline's day (2021年03月06日, 2021-03-06) and the province it names after the time (江西, 发表于江西).
_POSTED = r"\d{4}(?:年\d{1,2}月\d{1,2}日|-\d{1,2}-\d{1,2})"
_PROVINCE = ("(?:北京|天津|河北|山西|内蒙古|辽宁|吉林|黑龙江|上海|江苏|浙江|安徽|福建|江西|山东|河南|湖北|湖南|广东|广西|海南|重庆|四川|贵州"
             "|云南|西藏|陕西|甘肃|青海|宁夏|新疆|香港|澳门|台湾)")
# A bar after a role alone on its line (来源丨泰和发布) credits the source too: a notice writes its 来源 with a colon.
_BARRED_SOURCE = r"(?:来源|作者)[ \u3000]*[丨|｜][ \u3000]*[^\s。，,；;:：]{1,20}"

COPY_CHROME_LINE = re.compile(
    r"^(?:"
    # an article's credits, one or more roles a line, bare or in brackets: 编辑:林晓 审核:陈明, (责编:林晓、陈明), 【责任编辑:林晓】
    # (after a page's 【我要纠错】 tool), and a byline of slashes: 文/刘洋 图/王芳
    rf"(?:【[^】]{{1,6}}】[ \u3000]*)?[（(【\[]?[ \u3000]*(?:{_EDITOR_FIELD}(?:{_CREDIT_SEPARATOR}{_CREDIT_FIELD})*"
    rf"|{_CREDIT_FIELD}(?:{_CREDIT_SEPARATOR}{_CREDIT_FIELD})+|{_BARRED_SOURCE})[ \u3000]*[）)】\]]?"
    r"|(?:(?:文|图|文字|摄影|视频|文图)[ \u3000]*/[ \u3000]*[^\s/。，,；;]{1,12}[ \u3000]*){1,4}"
    # a news page's note of the report's first headline: (原标题:…)
    r"|[（(]?原标题[:：].{1,100}?[）)]?"
    # a reposting account's closing mark, arrows and notes on copyright: - END -, ▼, 本文转自…,如有侵权请联系删除
    r"|[-—\s]*END[-—\s]*|[▼▲↓↑]{1,6}|.{0,40}(?:版权归原作者|转载请注明|如有侵权|侵权请联系|侵删|未经授权(?:禁止|不得)转载|本文转自|本文系转载).{0,100}"
    r"|投稿邮箱[:：].{0,60}|.{0,6}关注我们.{0,10}|.{0,10}点击[“\"]?阅读原文[”\"]?.{0,20}|觉得不错.{0,20}"
    # a 文库 preview's read-on prompt and price: 还剩4页未读,继续阅读; 免费阅读已结束,点击下载阅读编辑剩下 4 页; 1000 积分
    r"|.{0,10}还剩[ \u3000]*\d*[ \u3000]*页未读.{0,20}|.{0,10}阅读已结束.{0,40}|(?:点击)?继续(?:免费)?阅读(?:全文)?[>》»]*"
    r"|点击查看更多.{0,10}|\d{1,6}[ \u3000]*(?:积分|下载券|金币|财富值)"
    # a WeChat article's byline, counters and prompts: 原创 X X 2020-02-14 18:30 发表于福建, 阅读 2.3万, 在看 56, 阅读原文
    r"|(?:原创[ \u3000]+)?.{0,40}?\d{4}-\d{1,2}-\d{1,2}(?:[ \u3000]+\d{1,2}:\d{2})?[ \u3000]*发表于.{0,10}"
    r"|(?:阅读|在看|点赞|赞|分享|留言|写留言|阅读原文|收藏|喜欢此内容的人还喜欢)[ \u3000]*(?:\d+(?:\.\d+)?[万wW]?\+?)?"
    r"|收录于(?:合集|话题).{0,30}|#[^#\s]{1,20}[ \u3000]*\d{1,4}个?"
    # its newer byline, the day written out and the author's province after the time: 原创 刘洋 泰和发布 2021年03月06日 18:30 江西
    rf"|(?:原创[ \u3000]+)?(?:\S{{1,20}}[ \u3000]+){{1,3}}{_POSTED}[ \u3000]+\d{{1,2}}:\d{{2}}[ \u3000]+(?:发表于)?{_PROVINCE}"
    rf"|原创[ \u3000]+(?:\S{{1,20}}[ \u3000]+){{1,3}}{_POSTED}(?:[ \u3000]+\d{{1,2}}:\d{{2}})?"
    # the fixed words of its page template, Chinese and English: 微信扫一扫关注该公众号, 继续滑动看下一个, 轻触阅读原文, Scan to Follow
    r"|微信扫一扫(?:关注该公众号|使用小程序|可打开此内容).{0,20}|(?:继续|向上)滑动看下一个|轻触阅读原文|知道了|取消[ \u3000]*允许"
    r"|视频[ \u3000]*小程序[ \u3000]*赞.{0,40}|(?:分享|留言|收藏|听过)(?:[ \u3000]+(?:分享|留言|收藏|听过)){1,3}|\d*人赞赏|喜欢作者"
    r"|文章已于.{0,30}修改|(?:微信号|功能介绍)[ \u3000]+\S.{0,60}|Scan to Follow|Got It|Cancel[ \u3000]+Allow|Scan with Weixin.{0,60}"
    r"|.{0,10}(?:点击|点|戳)(?:上方|下方|标题下方?)?(?:蓝字|蓝色字体).{0,30}|长按(?:识别)?.{0,10}关注.{0,20}"
    # a personal library's byline and tools (360doc): 昵称34958767 2020-02-16 | 1079阅读 | 2转藏 · 转藏 全屏 朗读 分享 · 献花(0)
    r"|(?:\S{1,30}[ \u3000]+)?\d{4}-\d{1,2}-\d{1,2}(?:[ \u3000]+\d{1,2}:\d{2}(?::\d{2})?)?"
    r"(?:[ \u3000]*[|｜·][ \u3000]*(?:\d+(?:\.\d+)?万?[ \u3000]*(?:阅读|转藏|浏览|评论|点赞|收藏|分享|转发)|(?:阅|转|阅读|转藏)[:：]?[ \u3000]*\d+)){1,5}"
    r"|(?:(?:转藏|全屏|朗读|分享|献花(?:[（(]\d+[）)])?|\+1|举报/认领|认领|类似文章|更多)[ \u3000]*){1,8}"
    # a self-media platform's (搜狐号, 网易号, 澎湃号, 百家号) statement, prompts and counters under an account's repost:
    # 声明:该文观点仅代表作者本人,…仅提供信息存储空间服务。 · 返回搜狐,查看更多 · 举报/反馈 · 阅读(1234) · 发布于:江西省 · 转自:…
    r"|.{0,60}(?:仅代表(?:该)?作者(?:本人|或机构)?|仅提供信息(?:存储|发布)(?:空间)?(?:服务|平台)|不代表.{1,20}的?(?:观点|立场)).{0,200}"
    r"|返回.{1,10}[，,][ \u3000]*查看更多|举报/反馈|发表评论|(?:打开.{0,6}APP)?阅读全文|展开全文|作者最新文章|换一换|查看更多"
    r"|打开.{1,10}查看精彩图片|(?:阅读|评论|点赞|收藏)[（(]\d+[）)]|发布于[:：][ \u3000]*[\u4e00-\u9fff]{2,6}"
    r"|(?:原文)?转(?:载)?自[:：].{1,40}|本文来自.{1,20}号"
    # a news page's dateline with its clock time before its source: 2020年02月14日08:15  来源:人民网-福建频道
    r"|.{0,60}?\d{4}年\d{1,2}月\d{1,2}日[ \u3000]*\d{1,2}:\d{2}(?::\d{2})?[ \u3000]*(?:来源|来自|作者|发布)[:：].{0,60}"
    # a news page's call to share it: 分享让更多人看到
    r"|分享让更多人看到.{0,10}"
    # a forum post's tools, floor labels and counters: 回复 · 只看该作者 |倒序浏览 |阅读模式 · 沙发 · 查看: 1234|回复: 5 · 本帖最后由…编辑
    r"|(?:[\[【]?(?:回复|引用|评分|使用道具|只看该作者|倒序浏览|阅读模式|复制链接|显示全部楼层|跳转到指定楼层|楼主|沙发|板凳|地板|\d{1,4}[楼#])"
    r"[\]】]?[ \u3000|｜]*){1,8}"
    r"|查看[:：][ \u3000]*\d+[ \u3000]*[|｜][ \u3000]*回复[:：][ \u3000]*\d+|本帖最后由.{1,30}于.{0,30}编辑"
    # a news page's comment box, empty or counted: 全部评论 · 网友评论(3) · 暂无评论,快来发表你的评论吧 · 快来抢沙发
    r"|(?:全部|网友|最新|热门|精彩)(?:评论|留言)(?:[（(]?\d{1,6}[）)]?)?|暂无(?:评论|留言).{0,30}|快来抢沙发.{0,10}"
    # a news site's report line for illegal content, under every page it serves: 违法和不良信息举报电话:12377 ·
    # 剑网行动举报电话:12318(市文化执法总队)、021-64334547(市版权局)
    r"|.{0,20}(?:违法和?不良信息|违法信息|不良信息|有害信息|网络违法犯罪|侵权盗版|剑网行动)举报(?:电话|热线|邮箱|中心|专区)?[:：].{0,120}"
    r")$"
)

# The head of the page's list of related or recommended pages printed under the notice: 相关法规, 推荐阅读, 往期推荐 …
RELATED_HEAD = re.compile(
    r"^[【\[]?(?:相关(?:法规|文章|阅读|新闻|推荐|资讯|链接)|推荐阅读|往期(?:推荐|回顾|精选)|延伸阅读|热门(?:文章|推荐|阅读)|"
    r"最新(?:文章|资讯)|精彩推荐|热点推荐|更多(?:阅读|推荐))[】\]]?[:：]?$"
)
RELATED_ENTRY = 60  # the longest line still read as one title of such a list

# A document site's excerpt of the file, flattened onto one labelled line over its pages (内容提示:…, 文档介绍:…): the site's
# when the text it excerpts is printed below it (see excerpt_lines); n11's 文档介绍 holds the whole text, printed nowhere
# else, and is the text.
EXCERPT_LINE = re.compile(r"^(?:内容提示|文档介绍|文档简介|文档描述|资源描述|内容简介)[ \u3000]*[:：][ \u3000]*(?P<value>\S.{7,})$")
EXCERPT_OPENING = 12  # characters of the excerpt (spaces removed) that the text below must print again
EXCERPT_SCAN = 40  # the excerpt stands at the page's top, among its first lines

# A forum post's header line: the floor's label and when it was posted (楼主 发表于 2020-2-14 10:12 | 只看该作者).
FORUM_POST_HEAD = re.compile(
    r"^(?:(?:楼主|沙发|板凳|地板|\d{1,4}[楼#])[ \u3000]*)?发表于[ \u3000]*\d{4}-\d{1,2}-\d{1,2}(?:[ \u3000]+\d{1,2}:\d{2}(?::\d{2})?)?"
    r"(?:[ \u3000]*[|｜].{0,60})?$"
)

EXAMPLES = {
    "COPY_CHROME_LINE": Examples(
        match=("编辑：林晓 审核：陈明", "（责编：林晓、陈明）", "【责任编辑：林晓】", "责任编辑:王雪 | 校对:李强", "来源：扶贫之窗 编辑：林晓", "初审：王芳 复审：李强 终审：张伟",
               "还剩4页未读，继续阅读", "免费阅读已结束，点击下载阅读编辑剩下 4 页", "继续阅读", "1000 积分",
                              "原创 扶贫之窗 扶贫之窗 2020-02-14 18:30 发表于福建", "阅读 2.3万", "在看 56", "阅读原文", "写留言",
               "收录于合集", "#脱贫攻坚 12个", "回复", "沙发", "[复制链接]", "查看: 1234|回复: 5", "本帖最后由 扶贫干部 于 2020-2-14 10:15 编辑", "只看该作者 |倒序浏览 |阅读模式", "点击上方蓝字关注我们", "长按识别二维码关注我们", "分享让更多人看到", "昵称34958767 2020-02-16 | 1079阅读 | 2转藏", "2019-05-21 | 阅:1234 | 转:56", "转藏 全屏 朗读 分享",
               "献花(0)", "2020年02月14日08:15  来源：人民网-福建频道", "原创 刘洋 泰和发布 2021年03月06日 18:30 江西", "泰和发布 泰和发布 2021年03月06日 18:30 江西",
               "原创 泰和发布 2021-03-06", "微信扫一扫关注该公众号", "继续滑动看下一个", "轻触阅读原文", "视频 小程序 赞 ，轻点两下取消赞 在看 ，轻点两下取消在看",
               "分享 留言 收藏", "微信号 tahefabu", "声明：该文观点仅代表作者本人，搜狐号系信息发布平台，搜狐仅提供信息存储空间服务。",
               "返回搜狐，查看更多", "举报/反馈", "阅读(1234)", "发布于：江西省", "原文转载自：泰和发布", "本文来自网易号", "打开APP阅读全文", "Scan to Follow", "#春耕 3", "来源丨泰和发布", "编辑丨刘洋", "【我要纠错】 责任编辑：王洋", "文/刘洋 图/王芳",
               "（原标题：泰和县做好春季农业生产）", "- END -", "▼", "声明：本文转自泰和发布，版权归原作者所有，如有侵权请联系删除。",
               "文章来源：泰和县人民政府网", "点击“阅读原文”查看更多", "投稿邮箱：tahefabu@163.com", "关注我们",
               "全部评论", "网友评论(3)", "暂无评论,快来发表你的评论吧", "违法和不良信息举报电话：12377",
               "剑网行动举报电话:12318(市文化执法总队)、021-64334547(市版权局)"),
        no_match=("审核：由县民政局对申请材料进行审核，符合条件的，报县政府批准。", "编辑出版《政策汇编》，发放到各乡镇。", "审核：县民政局", "初审：由各乡镇负责",
                  "来源于群众的反映，要及时处理。", "各乡镇要继续阅读学习有关文件", "每人奖励1000积分以上",
                  "2020年2月14日", "责任单位：县教育局、县卫健委", "阅读推广活动", "分享经验做法", "12个乡镇", "回复意见", "3楼会议室", "来源丨", "作者", "原标题", "各乡镇要关注我们的工作安排，及时报送。",
                  "文件/资料", "ENDORSE", "2020-02-16 召开会议", "更多措施", "会议时间：2021年3月6日 14:30", "报名截止 2021年3月6日 18:00", "2021年3月6日14:30在县政府三楼会议室召开", 
                  "集中时间 2021年3月6日 14:30 县政府", "分享经验 收藏资料", "功能介绍", "本意见仅代表市政府的原则要求。", "请各单位查看更多资料后报送。",
                  "转自上级的文件由办公室登记。", "评论员文章", "举报电话：0731-12345678", "对违法违规行为，群众可拨打举报电话：12345反映。")),
    "EXCERPT_LINE": Examples(match=("内容提示：泰和县人民政府办公室文件 泰府办字〔2021〕12号", "文档介绍:乡镇全面推行河长制实施方案为切实改善"),
                             no_match=("文档介绍", "内容提示：", "主要内容提示如下：")),
    "RELATED_HEAD": Examples(match=("相关法规", "推荐阅读", "往期推荐", "【相关阅读】", "相关文章："),
                             no_match=("相关法规规定", "相关文件", "相关文件另行印发", "推荐阅读书目50本")),
    "UPLOAD_NOTE": Examples(match=("《市容环境综合整治百日行动方案_页2》由会员上传分享,免费在线阅读,更多相关内容在工程资料-天天文库。",
                                   "《乡镇河长制工作方案》由用户上传分享"),
                            no_match=("《市容环境整治方案》由区城管局负责解释。", "现将《X方案》印发给你们,由会员单位上传数据")),
    "FORUM_POST_HEAD": Examples(match=("发表于 2020-2-14 11:02 | 只看该作者", "楼主 发表于 2021-1-5 14:22:03 | 显示全部楼层 |阅读模式",
                                       "沙发 发表于 2020-2-14 11:02"),
                                no_match=("发表于2020年第3期《中国行政管理》", "本帖最后由 扶贫干部 于 2020-2-14 10:15 编辑")),
}


# A sharing site's note on the upload it shows (《市容环境综合整治百日行动方案_页2》由会员上传分享,免费在线阅读,…): the uploaded
# document's title in its 《》 (outside.file_name_title), a page of it shown after _页 or —页 no part of it; chrome, no line
# of the notice.
UPLOAD_NOTE = re.compile(r"^《(?P<stem>[^《》\s]{4,80}?)(?:[_—－-]+[页頁]\d{1,3})?》由(?:会员|會員|用户|用戶|网友|網友)[^，,。《》]{0,12}?上[传傳]")


def is_copy_chrome(line: str) -> bool:
    """Whether a whole line (stripped, folded to simplified characters) is a reposting channel's (COPY_CHROME_LINE, or a
    forum post's header, FORUM_POST_HEAD) or a sharing site's note on the upload (UPLOAD_NOTE)."""
    return COPY_CHROME_LINE.match(line) is not None or FORUM_POST_HEAD.match(line) is not None or UPLOAD_NOTE.match(line) is not None


def excerpt_lines(lines: Sequence[Line]) -> set[int]:
    """Offsets of a document site's excerpt lines (EXCERPT_LINE) among the copy's first EXCERPT_SCAN lines (the page's top,
    over the file's pages) whose opening the copy prints again under them."""
    found: set[int] = set()
    below: Optional[list[str]] = None  # each line without its spaces, made once when an excerpt line is met
    for index, line in enumerate(lines[:EXCERPT_SCAN]):
        excerpt = EXCERPT_LINE.match(line.text.strip())
        if not excerpt:
            continue
        opening = re.sub(r"\s+", "", excerpt["value"])[:EXCERPT_OPENING]
        below = below if below is not None else [re.sub(r"\s+", "", later.text) for later in lines]
        if len(opening) == EXCERPT_OPENING and opening in "".join(below[index + 1:]):
            found.add(line.start)
    return found


def _reads_as_a_title(text: str) -> bool:
    """A related list's entry: a short line with no sentence in it (a page title, a date, a count)."""
    return len(text) <= RELATED_ENTRY and "。" not in text.rstrip("。")


def related_list_start(texts: Sequence[str], body_at: int) -> Optional[int]:
    """The line of the last related-reading head (RELATED_HEAD) after ``body_at`` under which every line is a title of
    that list or empty; None when there is none."""
    for index in range(len(texts) - 1, body_at, -1):
        text = texts[index].strip()
        if RELATED_HEAD.match(text):
            return index
        if text and not _reads_as_a_title(text):
            return None
    return None


def forum_reply_start(texts: Sequence[str], body_at: int) -> Optional[int]:
    """The first forum post header (FORUM_POST_HEAD) after ``body_at``: the post the notice was copied into stands
    above the body, so a header under it opens the thread's replies. None when there is none."""
    return next((index for index in range(body_at, len(texts)) if FORUM_POST_HEAD.match(texts[index].strip())), None)
