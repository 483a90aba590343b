"""Rebuild saved-page HTML around the text of real notices (tests/data/realworld, copied from real
government pages): each page's own chrome lines (breadcrumbs, tools, the information table) and its
notice text are real; the markup around them is REBUILT in the forms real saved pages take (layout
tables, nav/header/footer, scripts and styles, share widgets, hidden copies, <br>/&nbsp; runs, inline
styles, attachment and related-document links, GBK bytes and charset declarations that lie).

Run once to write r*.html, text/r*.txt (the visible-text baseline, the realworld copy as is) and the
annotations beside both (the realworld hand annotations, their "source" renamed):

    python tests/data/html_pages/rebuild.py
"""

from __future__ import annotations

import html
import json
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
REALWORLD = HERE.parent / "realworld"

# stem, realworld file prefix, template, bytes encoding, declared charset,
# header: {line index: role} for the lines before the notice ("nav", "title", "info", "tools", "misc");
# info pairs given by hand where the copied lines carry no separators; body_from: the notice's first line
PAGES = [
    dict(stem="r01_taihu-work-rules-layout-gbk", src="a04", template="layout", encoding="gb18030", charset="gb2312",
         header={0: "nav", **{i: "info" for i in range(1, 8)}}, body_from=9),
    dict(stem="r02_zhenba-work-rules-list-info", src="a03", template="modern", encoding="utf-8", charset="utf-8",
         header={0: "tools", 2: "title"}, body_from=27,
         pairs=[("索引号:", "6107280000/2024-001005"), ("主题分类:", ""), ("来源:", ""), ("发文机构:", "县政府网站"),
                ("发文字号:", "镇政发〔2024〕7号"), ("发文日期:", "2024年04月06日 16:40"), ("有效性:", ""),
                ("发布日期:", "2024年04月06日 16:34"), ("内容概述:", "")], info_as="list"),
    dict(stem="r03_heze-investment-lawsite-br", src="a13", template="layout", encoding="utf-8", charset="utf-8",
         header={0: "nav", 2: "title", 4: "misc", 5: "tools"}, body_from=7),
    dict(stem="r04_guangan-urban-management-share", src="b05", template="list", encoding="utf-8", charset="utf-8",
         header={0: "nav", 2: "title", 4: "misc", 5: "misc", 6: "tools"}, body_from=8),
    dict(stem="r05_linyou-agriculture-tasks-lying-utf8", src="d18", template="modern", encoding="gb18030",
         charset="utf-8", header={0: "misc", 1: "tools", 2: "nav", 3: "nav", 5: "title", 7: "misc"}, body_from=9),
    dict(stem="r06_jiading-sponge-city-info-table", src="e08", template="modern", encoding="utf-8", charset="utf-8",
         header={i: "info" for i in range(0, 5)}, body_from=5),
    dict(stem="r07_tongchuan-normative-cleanup-info-table", src="h18", template="list", encoding="utf-8",
         charset="utf-8", header={i: "info" for i in range(0, 4)}, body_from=4),
    dict(stem="r08_jianghan-report-split-info-table-gbk", src="m25", template="modern", encoding="gb18030",
         charset="gbk", header={0: "info", 1: "drop", 2: "info", 3: "info"}, body_from=4),
    dict(stem="r09_dingtao-safety-plan-layout", src="n01", template="layout", encoding="gb18030", charset="gb2312",
         header={0: "nav", 1: "title", 2: "misc"}, body_from=4),
    dict(stem="r10_zhenan-lake-chief-info-no-colons", src="n08", template="list", encoding="utf-8", charset="utf-8",
         header={0: "tools", 1: "misc", 2: "info", 3: "info", 4: "info", 5: "info"}, body_from=6,
         pairs=[("索引号", "01526292-7-/2019-0327002"), ("发布机构", "龙陵县镇安镇人民政府"), ("公开目录", "安全生产"),
                ("发布日期", "2019-03-27"), ("文号", ""), ("浏览量", ""), ("主题词", "水利、水务")]),
    dict(stem="r11_moushan-mayday-safety-lying-gbk", src="p01", template="layout", encoding="utf-8", charset="gbk",
         header={0: "nav", 1: "nav", **{i: "info" for i in range(2, 6)}}, body_from=6),
    dict(stem="r12_yinzhou-census-info-table", src="p08", template="modern", encoding="utf-8", charset="utf-8",
         header={0: "title", 2: "info", 3: "info", 4: "info", 5: "info", 6: "tools"}, body_from=8),
]

MENU = ["首页", "政务公开", "政策文件", "办事服务", "互动交流", "走进本地"]
FOOTER = ["主办单位：人民政府办公室", "网站标识码：0000000000", "ICP备05000000号", "公网安备 00000000000000号",
          "网站地图", "联系我们"]
RELATED = ["关于做好2016年防汛工作的通知", "关于印发2017年政务公开工作要点的通知", "关于开展安全生产大检查的通知",
           "关于进一步加强财政资金管理的意见"]


def esc(s: str) -> str:
    return html.escape(s, quote=False)


def info_pairs(line: str) -> list[tuple[str, str]]:
    if "|" in line:
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        return [(cells[i], cells[i + 1] if i + 1 < len(cells) else "") for i in range(0, len(cells), 2)]
    # a label starts the line or follows a space: "发文机关: 银州区人民政府 成文日期: 2020-02-29"
    labels = list(re.finditer(r"(?:^|(?<=\s))((?:[\u4e00-\u9fff]\s{0,2}){1,5}[\u4e00-\u9fff][:：])", line))
    out = []
    for k, m in enumerate(labels):
        end = labels[k + 1].start() if k + 1 < len(labels) else len(line)
        out.append((m.group(1), line[m.end():end].strip()))
    return out


def info_block(pairs: list[tuple[str, str]], as_list: bool) -> str:
    if as_list:
        items = "".join(f'<li><span class="lab">{esc(a)}</span><span class="val">{esc(b)}</span></li>\n'
                        for a, b in pairs)
        return f'<ul class="xxgk-info">\n{items}</ul>\n'
    rows = []
    for i in range(0, len(pairs), 2):
        cells = "".join(f'<td class="t1">{esc(a)}</td><td class="t2">{esc(b) or "&nbsp;"}</td>'
                        for a, b in pairs[i:i + 2])
        rows.append(f"<tr>{cells}</tr>")
    return '<table class="xxgk_table" border="1" cellspacing="0">\n' + "\n".join(rows) + "\n</table>\n"


def body_paragraphs(lines: list[str], template: str) -> str:
    if template == "layout":  # an old editor: one cell, <br> per line, &nbsp; for leading spaces and blank lines
        parts = []
        for ln in lines:
            lead = len(ln) - len(ln.lstrip(" "))
            parts.append("&nbsp;" * lead + esc(ln.strip()) if ln.strip() else "&nbsp;")
        return "<br>\n".join(parts)
    out = []
    for ln in lines:
        if not ln.strip():
            continue
        style = "text-indent:2em;line-height:2;font-family:仿宋_GB2312;font-size:16pt"
        text = esc(ln.strip())
        if ln.strip().startswith("附件"):
            text = f'<a href="/upload/P0{len(out):05d}.doc">{text}</a>'
        out.append(f'<p style="{style}"><span style="font-size:16pt">{text}</span></p>')
    return "\n".join(out)


def chrome_top(page: dict, head: list[tuple[str, str]]) -> str:
    parts = ["<header class=\"head\"><div class=\"logo\">人民政府门户网站</div>\n<nav class=\"main-nav\"><ul>"
             + "".join(f'<li><a href="/{k}/">{m}</a></li>' for k, m in enumerate(MENU)) + "</ul></nav></header>\n"]
    return "".join(parts)


def render(page: dict) -> str:
    src = next(REALWORLD.glob(page["src"] + "_*.txt"))
    lines = src.read_text(encoding="utf-8").split("\n")
    header, body = lines[:page["body_from"]], lines[page["body_from"]:]
    roles = page["header"]
    blocks = []
    info_done = False
    for i, ln in enumerate(header):
        role = roles.get(i)
        if not ln.strip() or role is None or role == "drop":
            continue
        if role == "nav":
            blocks.append(f'<div class="position">{esc(ln.strip())}</div>')
        elif role == "title":
            blocks.append(f'<h1 class="article-title">{esc(ln.strip())}</h1>')
        elif role == "tools":
            blocks.append(f'<div class="tools">{esc(ln.strip())}</div>')
        elif role == "misc":
            blocks.append(f'<div class="info">{esc(ln.strip())}</div>')
        elif role == "info" and not info_done:
            if page.get("pairs"):
                pairs = page["pairs"]
            else:
                pairs = [p for j, l2 in enumerate(header) if roles.get(j) == "info" for p in info_pairs(l2)]
            blocks.append(info_block(pairs, page.get("info_as") == "list"))
            info_done = True
    if page.get("pairs") and not info_done:
        blocks.append(info_block(page["pairs"], page.get("info_as") == "list"))
    share = ('<div class="bdsharebuttonbox"><span>分享到：</span><a class="bds_weixin" href="#">微信</a>'
             '<a class="bds_tsina" href="#">微博</a></div>\n'
             '<div class="ewm" style="display:none">扫一扫在手机打开当前页</div>\n')
    related = ('<div class="xgwj"><h3>相关文件</h3><ul>'
               + "".join(f'<li><a href="/zcwj/{k}.html">{t}</a></li>' for k, t in enumerate(RELATED)) + "</ul></div>\n")
    footer = "<footer class=\"foot\">" + "".join(f"<p>{f}</p>" for f in FOOTER) + "</footer>\n"
    script = ("<script type=\"text/javascript\">var _hmt = _hmt || [];document.write('<div>访问量统计</div>');"
              "function doZoom(s){document.getElementById('zoom').style.fontSize=s+'px';}</script>\n")
    style = "<style>body{font-size:14px}.tools a{margin:0 4px}#zoom p{text-indent:2em}</style>\n"
    head = (f'<!DOCTYPE html>\n<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; '
            f'charset={page["charset"]}">\n<title>{esc(next((l for l in body if l.strip()), "").strip()[:40])}'
            f' - 人民政府门户网站</title>\n{style}{script}</head>\n')
    body_html = body_paragraphs(body, page["template"])
    if page["template"] == "layout":
        page_html = (
            head + "<body>\n" + chrome_top(page, []) +
            '<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0"><tr>\n'
            '<td width="200" valign="top" class="left"><div class="menu">' +
            "".join(f'<a href="/lm/{k}.html">{m}</a><br>' for k, m in enumerate(MENU)) + "</div></td>\n"
            '<td width="800" valign="top">\n<table width="100%"><tr><td>\n' + "\n".join(blocks) +
            '\n</td></tr>\n<tr><td class="b12c" id="zoom">\n' + body_html + "\n</td></tr></table>\n" + share +
            related + "</td></tr></table>\n" + footer + "</body>\n</html>\n")
    elif page["template"] == "list":
        page_html = (
            head + "<body>\n" + chrome_top(page, []) + '<div class="wrap">\n' + "\n".join(blocks) + "\n" +
            '<div class="mobile-title" hidden>' + esc(next((l for l in body if l.strip()), "").strip()) + "</div>\n"
            '<div class="nr_box">\n' + body_html + "\n" + related + "</div>\n" + share + "</div>\n" + footer +
            "</body>\n</html>\n")
    else:
        page_html = (
            head + "<body>\n" + chrome_top(page, []) + '<div class="main">\n' + "\n".join(blocks) + "\n"
            '<div class="article">\n<div id="zoom" class="TRS_Editor">\n' + body_html + "\n" + share + related +
            "</div>\n</div>\n</div>\n" + footer + "</body>\n</html>\n")
    return page_html


def main() -> None:
    (HERE / "text").mkdir(exist_ok=True)
    for page in PAGES:
        src = next(REALWORLD.glob(page["src"] + "_*.txt"))
        annotation = json.loads(src.with_suffix(".json").read_text(encoding="utf-8"))
        (HERE / f"{page['stem']}.html").write_bytes(render(page).encode(page["encoding"]))
        (HERE / "text" / f"{page['stem']}.txt").write_bytes(src.read_bytes())
        for folder, ext in ((HERE, ".html"), (HERE / "text", ".txt")):
            annotation["source"] = page["stem"] + ext
            annotation["rebuilt_from"] = f"tests/data/realworld/{src.name}"  # source_url: the real page
            (folder / f"{page['stem']}.json").write_text(json.dumps(annotation, ensure_ascii=False, indent=1) + "\n",
                                                         encoding="utf-8")


if __name__ == "__main__":
    main()
