"""HTML reader for government web pages (gov.cn and provincial sites) as users save them (Ctrl+S).

The metadata block (索引号, 主题分类, 发文机关, 成文日期, 标题, 发文字号, 发布日期 …: the smallest element
holding two of its labels) becomes ``meta`` and leads the text as one ``标签：值`` line per labelled value,
as in a page copied by hand, so that the document stage judges it (发布机构 is the page's publisher, kept
as ``publisher``; a site name printed as 发文机构 is no issuer). The article body (the element with an id or
class such as UCAP-CONTENT, pages_content, TRS_Editor, zoom, article, content …, else the largest block of
paragraphs) follows, one paragraph per <p>/<div>/<br>/<li>, tables as rows. Navigation, headers, footers,
forms, scripts, styles, hidden elements and blocks made only of links (related documents, share bars) are
dropped; a list of attachments stays. Bytes that are valid UTF-8 are read as UTF-8 whatever the page
declares; otherwise the declared charset, else detection. The text is plain: entities decoded, never markup.
"""

from __future__ import annotations

import re

from bs4 import BeautifulSoup, Comment, Declaration, Doctype, NavigableString, ProcessingInstruction, Tag

from pipeline.read.layout import fix_extracted_spacing, table_to_paragraphs
from pipeline.read.source import ReadError
from pipeline.read.text import decode_text
from pipeline.read.web_headline import headline_before
from extractors.vocab import Examples

_META_LABELS = [
    ("索引号", "index_number"),
    ("主题分类", "topic"),
    ("主题词", "keywords"),
    ("发文机关", "issuer"),
    ("发文机构", "issuer"),
    ("发文单位", "issuer"),
    # the page's publisher (often the office that runs the site), not always the issuer: kept apart so the
    # document row never takes it as the 发文机关
    ("发布机构", "publisher"),
    ("发布单位", "publisher"),
    ("成文日期", "signed_date"),
    ("发文日期", "signed_date"),
    ("发布日期", "published_date"),
    ("公开日期", "published_date"),
    ("标题", "title"),
    ("名称", "title"),
    ("发文字号", "doc_number"),
    ("发文文号", "doc_number"),
    ("文件文号", "doc_number"),
    ("文件编号", "doc_number"),
    ("发文编号", "doc_number"),
    ("文号", "doc_number"),
    ("有效性", "validity"),
]
_LABEL_KEYS = {label: key for label, key in _META_LABELS}
_LABEL_RE = re.compile(r"^(" + "|".join(sorted(_LABEL_KEYS, key=len, reverse=True)) + r")(.*)$", re.S)
_WS = re.compile(r"[\s\u3000\xa0]+")
# A server page's own tags, run before the page is sent and never shown: JSP/ASP directives and scriptlets (<%@ page … %>,
# <% … %>, <%= … %>) and PHP blocks (<?php … ?>). A parser keeps what it does not know as text, so a saved .jsp or .php
# file would open with its directives as a line over the notice.
_SERVER_TAG = re.compile(r"<%.*?%>|<\?php\b.*?(?:\?>|$)", re.S)
EXAMPLES = {
    "_SERVER_TAG": Examples(match=('<%@ page contentType="text/html;charset=UTF-8" language="java" %>', "<%= basePath %>",
                                   '<?php require("../header.php") ?>'),
                            no_match=("<p>50%以上</p>", "<?xml version=\"1.0\"?>")),
    "_LABEL_RE": Examples(match=("发文字号：国开发〔2020〕3号", "成文日期 2020-02-12", "发布机构市政府", "文件编号：牟政发〔2017〕20号",
                                 "发文文号:铜政发〔2020〕33号"), no_match=("关于印发", "各乡镇人民政府：")),
    "_DECLARED_CHARSET": Examples(match=('<meta http-equiv="Content-Type" content="text/html; charset=gb2312">',
                                         '<meta charset="utf-8">'), no_match=("<meta name='keywords' content='x'>",)),
    "_FILE_LINK": Examples(match=("/upload/P020200930.doc", "fj/1.pdf?t=1", "附件1.XLSX"),
                           no_match=("/zcwj/12.html", "t20200930_1.shtml")),
    "_SENTENCE_MARK": Examples(match=("根据，", "。"), no_match=("相关文件", "分享到：")),
    "_WS": Examples(match=(" ", "\u3000", "\xa0"), no_match=("文",)),
    "_NOISE": Examples(match=("share", "bdshare-print", "main_nav", "breadcrumb", "page-footer"),
                       no_match=("content", "article", "zoom", "TRS_Editor")),
}

# blocks that may be a list of links; a <p> of links counts too (a breadcrumb inside the article)
_LINK_BLOCKS = {"div", "ul", "ol", "dl", "table", "section", "p", "span", "td"}
_FILE_LINK = re.compile(r"\.(?:docx?|wps|pdf|xlsx?|et|zip|rar|ofd|jpe?g|png)(?:$|[?#])", re.I)
_SENTENCE_MARK = re.compile(r"[。；;，,！？]")
_DECLARED_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
# GB2312 and GBK pages use characters only GB18030 (their superset) names; Python's gb2312 codec fails on them
_CHARSET_ALIASES = {"gb2312": "gb18030", "gbk": "gb18030", "x-gbk": "gb18030", "gb_2312-80": "gb18030",
                    "cp936": "gb18030", "utf8": "utf-8"}

_DROP_TAGS = {
    "script", "style", "noscript", "template", "iframe", "frame", "frameset", "object", "embed", "svg",
    "canvas", "map", "form", "button", "select", "input", "textarea", "nav", "header", "footer", "aside",
    "link", "meta", "head", "title",
}
_BLOCK = {
    "p", "div", "li", "ul", "ol", "dl", "dt", "dd", "h1", "h2", "h3", "h4", "h5", "h6", "section",
    "article", "blockquote", "pre", "center", "hr", "figure", "figcaption", "address", "main", "tr",
    "tbody", "thead", "tfoot", "caption", "body", "html",
}
_CONTENT_PATTERNS = [
    re.compile(r"^ucap-content$", re.I),
    re.compile(r"pages[_-]?content", re.I),
    re.compile(r"trs_(?:editor|ueditor)", re.I),
    re.compile(r"^(?:zoom|fontzoom|zoomcon)$", re.I),
    re.compile(r"^(?:article[_-]?(?:content|body|text|con)|articlecontent|art[_-]?con|arti[_-]?con|zwnr|"
               r"xxgk[_-]?content|news[_-]?content|con[_-]?text|detail[_-]?content|text[_-]?content|"
               r"main[_-]?content|content[_-]?text|view[_-]?content)$", re.I),
    re.compile(r"^(?:content|contents|article|con|text|detail|main-txt|maintext|wzy)$", re.I),
]
_NOISE = re.compile(
    r"(?:^|[_-])(?:share|print|close|fontsize|font-size|related|xgxx|xgwj|pagebar|breadcrumb|crumb|location|"
    r"position|toolbar|nav|menu|footer|header|sidebar|comment|qrcode|ewm)(?:$|[_-])",
    re.I,
)


def read_html(path: str, data: bytes) -> tuple[str, dict]:
    html, encoding = _decode(path, data)
    soup = BeautifulSoup(_SERVER_TAG.sub("", html), "lxml")
    for el in soup.find_all(["script", "style", "noscript", "template"]):
        el.decompose()
    for c in soup.find_all(string=lambda s: isinstance(s, (Comment, Declaration, Doctype, ProcessingInstruction))):
        c.extract()

    meta, meta_blocks, meta_lines = _metadata(soup)
    meta["encoding"] = encoding

    body = _content(soup)
    if body is None:
        raise ReadError(path, "the HTML page has no body text")
    for block in meta_blocks:
        if block is not body and _is_inside(block, body):
            block.decompose()
    # a headline printed over the body block, outside it, leads the text as the title line of a copied page;
    # looked for before the body's own noise goes, in the page as printed (a labelled 标题 already leads it)
    headline = None if "title" in meta else headline_before(body, _dropped)
    _strip_noise(body)
    lines: list[str] = meta_lines + [""] if meta_lines else []
    body_lines: list[str] = []
    _walk(body, body_lines, [])
    if headline and headline not in "".join(body_lines[:3]).replace(" ", ""):
        lines.append(headline)
    text = _tidy(lines + body_lines)
    return text, meta


# --------------------------------------------------------------------------------------------
# decoding


def _decode(path: str, data: bytes) -> tuple[str, str]:
    if data.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")) or b"\x00" in data[:200]:
        return decode_text(path, data)
    # Bytes that are valid UTF-8 and hold multi-byte characters are UTF-8 whatever the page declares: a saved
    # page keeps the <meta charset> of the server's page while the browser writes UTF-8, and GBK text is
    # almost never valid UTF-8 (while UTF-8 bytes often decode as GB18030 without an error, into mojibake).
    if re.search(rb"[\x80-\xff]", data):
        try:
            return data.decode("utf-8"), "utf-8"
        except UnicodeDecodeError:
            pass
    m = _DECLARED_CHARSET.search(data[:4096])
    if m:
        declared = m.group(1).decode("ascii", "ignore").lower()
        enc = _CHARSET_ALIASES.get(declared, declared)
        try:
            return data.decode(enc), enc
        except (UnicodeDecodeError, LookupError):
            pass  # the declaration is wrong: detect
    return decode_text(path, data)


# --------------------------------------------------------------------------------------------
# metadata


def _iso_date(s: str) -> str | None:
    m = re.search(r"(\d{4})\s*[年\-/.]\s*(\d{1,2})\s*[月\-/.]\s*(\d{1,2})", s)
    if not m:
        return None
    y, mo, d = int(m[1]), int(m[2]), int(m[3])
    if not (1 <= mo <= 12 and 1 <= d <= 31):
        return None
    return f"{y:04d}-{mo:02d}-{d:02d}"


def _strings(root):
    for s in root.find_all(string=True):
        if type(s) is NavigableString:
            yield s


def _metadata(soup) -> tuple[dict, list[Tag], list[str]]:
    """The page's metadata (``meta``), the blocks that hold it, and its labelled values as text lines
    (索引号：…, 发文机关：…) in the order printed, for the text to begin with as a copied page does: the
    document stage, not the reader, decides which of them is the notice's 文号, issuer and date."""
    meta: dict = {}
    label_nodes = []
    printed: list[tuple[NavigableString, str, str]] = []
    for s in _strings(soup):
        compact = _WS.sub("", str(s))
        if not compact or len(compact) > 160:
            continue
        m = _LABEL_RE.match(compact)
        if not m:
            continue
        label, tail = m[1], m[2]
        if tail and tail[0] not in ":：":
            continue  # "标题党", "名称为…": a word that starts with a label, not a label
        rest = tail[1:].strip(":：")
        key = _LABEL_KEYS[label]
        if rest:
            raw = str(s)
            value = re.split(r"[:：]", raw, maxsplit=1)[1] if re.search(r"[:：]", raw) else rest
        else:
            value = _next_value(s)
        label_nodes.append(s)
        if value is None:
            continue
        value = _WS.sub(" ", value).strip(" ：:")
        if value:
            printed.append((s, label, value))
        if not value or key in meta:
            continue
        if key in ("signed_date", "published_date"):
            iso = _iso_date(value)
            if iso:
                meta[key] = iso
        elif key == "doc_number":
            meta[key] = _WS.sub("", value)
        elif key == "title":
            meta[key] = re.sub(r"\s+", "", value) if re.search(r"[\u4e00-\u9fff]", value) else value
        else:
            meta[key] = value
    # <meta name="ArticleTitle"> and friends, when the page shows no metadata block
    heads = {}
    for tag in soup.find_all("meta"):
        name = (tag.get("name") or tag.get("property") or "").lower()
        if name and tag.get("content"):
            heads[name] = tag["content"].strip()
    if "title" not in meta:
        for k in ("articletitle", "dc.title", "og:title"):
            if heads.get(k):
                meta["title"] = heads[k]
                break
    if "published_date" not in meta:
        for k in ("pubdate", "publishdate", "dc.date", "firstpublishedtime"):
            if heads.get(k) and _iso_date(heads[k]):
                meta["published_date"] = _iso_date(heads[k])
                break
    if "issuer" not in meta and heads.get("contentsource"):
        meta["source"] = heads["contentsource"]
    # the smallest element holding two or more labels is the metadata block
    blocks = []
    for s in label_nodes:
        el = s.parent
        while el is not None and el.name not in ("body", "html", "[document]"):
            if el.name in ("table", "ul", "dl", "div", "ol", "section") and sum(
                1 for n in label_nodes if _is_inside(n, el)
            ) >= 2:
                if el not in blocks:
                    blocks.append(el)
                break
            el = el.parent
    in_blocks = [(node, label, value) for node, label, value in printed if any(_is_inside(node, b) for b in blocks)]
    if "issuer" in meta and any(_LABEL_KEYS[label] == "issuer" for _, label, _ in in_blocks):
        # the text now carries the 发文机关 line and the document stage judges it (a site name such as 县政府网站
        # printed there is no issuer); as a file-level fallback it would override that judgment
        meta["page_issuer"] = meta.pop("issuer")
    return meta, blocks, [f"{label}：{value}" for _, label, value in in_blocks]


def _next_value(s) -> str | None:
    seen = 0
    for nxt in s.next_elements:
        if not isinstance(nxt, NavigableString) or type(nxt) is not NavigableString:
            continue
        if nxt.parent is not None and nxt.parent.name in ("script", "style"):
            continue
        compact = _WS.sub("", str(nxt))
        if not compact or re.fullmatch(r"[:：]+", compact):
            continue
        seen += 1
        m = _LABEL_RE.match(compact)
        if m and (not m[2] or m[2][0] in ":："):
            return None  # the next thing is another label: this one is empty
        return str(nxt)
    return None


def _is_inside(node, container) -> bool:
    p = node
    while p is not None:
        if p is container:
            return True
        p = p.parent
    return False


# --------------------------------------------------------------------------------------------
# the article body


def _names(tag: Tag) -> list[str]:
    out = []
    if tag.get("id"):
        out.append(str(tag["id"]))
    cls = tag.get("class") or []
    if isinstance(cls, str):
        cls = cls.split()
    out.extend(cls)
    return out


def _text_len(tag: Tag) -> int:
    return len(_WS.sub("", tag.get_text()))


def _content(soup) -> Tag | None:
    containers = soup.find_all(["div", "td", "section", "article", "main", "span", "font"])
    for pattern in _CONTENT_PATTERNS:
        found = [t for t in containers if any(pattern.search(n) for n in _names(t))]
        found = [t for t in found if _text_len(t) >= 30]
        if found:
            return max(found, key=_text_len)
    art = soup.find("article")
    if art is not None and _text_len(art) >= 30:
        return art
    # the block with the most paragraph text
    best, best_score = None, 0
    for t in soup.find_all(["div", "td", "section", "main"]):
        score = sum(_text_len(p) for p in t.find_all(["p", "br"], recursive=False))
        score += sum(len(_WS.sub("", str(s))) for s in t.find_all(string=True, recursive=False))
        if score > best_score:
            best, best_score = t, score
    if best is not None and best_score >= 30:
        return best
    return soup.body or soup


def _hidden(tag: Tag) -> bool:
    style = (tag.get("style") or "").replace(" ", "").lower()
    return "display:none" in style or "visibility:hidden" in style or tag.has_attr("hidden")


def _dropped(el: Tag) -> bool:
    """Whether an element's text is no part of the page as read: a dropped tag, a hidden copy, navigation."""
    return el.name in _DROP_TAGS or _hidden(el) or any(_NOISE.search(n) for n in _names(el))


def _strip_noise(body: Tag) -> None:
    for el in body.find_all(True):
        if getattr(el, "decomposed", False):
            continue
        if _dropped(el):
            el.decompose()
        elif el.name in _LINK_BLOCKS and _link_dense(el):
            el.decompose()


def _link_dense(el: Tag) -> bool:
    """A block of links with no sentence of its own: related documents, share bars, breadcrumbs, menus
    inside the article container. A list of attachments (links to files, or after 附件) is the notice's."""
    anchors = el.find_all("a")
    if len(anchors) < 2 or any(_FILE_LINK.search(a.get("href") or "") for a in anchors):
        return False
    text = _WS.sub("", el.get_text())
    if text.startswith("附件"):
        return False
    in_links = sum(len(_WS.sub("", a.get_text())) for a in anchors)
    rest = text
    for a in anchors:
        rest = rest.replace(_WS.sub("", a.get_text()), "", 1)
    if _SENTENCE_MARK.search(rest):
        return False  # a sentence that names documents by links (根据<a>《X》</a>和<a>《Y》</a>，…) is text
    return len(rest) <= 12 or in_links >= 0.6 * len(text)


# --------------------------------------------------------------------------------------------
# text


def _flush(buf: list[str], lines: list[str]) -> None:
    if not buf:
        return
    text = "".join(buf)
    buf.clear()
    text = re.sub(r"[ \t\r\n\f]+", " ", text).replace("\xa0", " ")
    text = text.strip(" \u3000")
    text = fix_extracted_spacing(text)
    if text:
        lines.append(text)


def _walk(node: Tag, lines: list[str], buf: list[str]) -> None:
    for child in node.children:
        if isinstance(child, NavigableString):
            if type(child) is NavigableString:
                buf.append(str(child))
            continue
        if not isinstance(child, Tag):
            continue
        name = child.name
        if name in _DROP_TAGS:
            continue
        if name == "br":
            _flush(buf, lines)
        elif name == "table":
            _flush(buf, lines)
            _table(child, lines)
        elif name in _BLOCK or name in ("td", "th"):
            _flush(buf, lines)
            _walk(child, lines, buf)
            _flush(buf, lines)
        else:
            _walk(child, lines, buf)


def _own_rows(table: Tag) -> list[Tag]:
    rows = []
    for tr in table.find_all("tr"):
        parent = tr.find_parent("table")
        if parent is table:
            rows.append(tr)
    return rows


def _table(table: Tag, lines: list[str]) -> None:
    rows = _own_rows(table)
    cells_per_row = [[c for c in tr.find_all(["td", "th"], recursive=False)] for tr in rows]
    if not rows or max((len(c) for c in cells_per_row), default=0) <= 1:
        # a layout table (one cell per row): its cells are just blocks
        for tr in rows or [table]:
            buf: list[str] = []
            _walk(tr, lines, buf)
            _flush(buf, lines)
        return
    grid: list[list[str | None]] = []
    pending: dict[int, int] = {}  # column -> rows still covered by a rowspan
    for cells in cells_per_row:
        row: list[str | None] = []
        col = 0

        def fill_spans():
            nonlocal col
            while pending.get(col, 0) > 0:
                row.append(None)
                pending[col] -= 1
                col += 1

        for cell in cells:
            fill_spans()
            sub: list[str] = []
            buf: list[str] = []
            _walk(cell, sub, buf)
            _flush(buf, sub)
            text = ""
            for part in (s.strip() for s in sub):
                if not part:
                    continue
                if text and not re.search(r"[。；;，,、：:！？!?）)]$", text):
                    text += "；"
                text += part
            span = _int(cell.get("colspan"), 1)
            rowspan = _int(cell.get("rowspan"), 1)
            for k in range(span):
                row.append(text)
                if rowspan > 1:
                    pending[col] = rowspan - 1
                col += 1
        fill_spans()
        grid.append(row)
    lines.extend(table_to_paragraphs(grid))


def _int(v, default: int) -> int:
    try:
        return max(1, min(int(str(v).strip()), 1000))
    except (TypeError, ValueError):
        return default


def _tidy(lines: list[str]) -> str:
    out: list[str] = []
    for ln in lines:
        ln = ln.strip()
        if not ln:
            if out and out[-1] != "":
                out.append("")
            continue
        out.append(ln)
    while out and out[-1] == "":
        out.pop()
    return "\n".join(out)
