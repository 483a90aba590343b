"""A notice saved as one JSON record: the text is its body field.

Crawlers and policy apps keep each page as a record ({"id": …, "title": …, "url": …, "documentNo": …,
"excerpt": …, "fullText": "关于印发…\\n教职成〔2000〕9号\\n各省…"}), and a copy of such a file is the record as
stored: one line, its paragraphs written as the escape \\n, its quotes as \\", a summary field repeating the
text's first sentences. Read as it is, the notice would be one line behind the record's keys. The body is the
record's one long text: the longest string value, when it is at least BODY_SHARE times as long as any other
(so a record of several comparable texts, or a list of records, is left as it is); its escapes decoded by the
JSON parser. The other fields (the app's title, number, keywords, a summary) are the app's, not the notice's.
"""

from __future__ import annotations

import json
from typing import Any, Optional

from extractors.vocab import Examples

# How much longer than every other string of the record its body is (a summary field repeating the text's
# first few hundred characters is far shorter than the text).
BODY_SHARE = 3
# The shortest body worth reading as a notice: a record whose longest string is a title or a snippet is no copy
# of a notice's text.
MIN_BODY = 200


def _strings(value: Any) -> list[tuple[str, str]]:
    """The (key, string) pairs of a record, one level of nested records included (a "data": {…} wrapper)."""
    pairs = []
    for key, item in value.items():
        if isinstance(item, str):
            pairs.append((key, item))
        elif isinstance(item, dict):
            pairs += [(f"{key}.{inner}", text) for inner, text in item.items() if isinstance(text, str)]
    return pairs


def _record(text: str) -> Optional[dict]:
    """The one record ``text`` holds: a JSON object, or an array of exactly one object; else None."""
    stripped = text.strip()
    if not stripped or stripped[0] not in "{[" or stripped[-1] not in "}]":
        return None
    try:
        value = json.loads(stripped)
    except ValueError:
        return None
    if isinstance(value, list) and len(value) == 1:
        value = value[0]
    return value if isinstance(value, dict) else None


def record_body(text: str) -> Optional[tuple[str, str]]:
    """(the body field's key, its text) when ``text`` is one JSON record whose longest string is its body; else None."""
    record = _record(text)
    if record is None:
        return None
    strings = sorted(_strings(record), key=lambda pair: len(pair[1]), reverse=True)
    if not strings or len(strings[0][1]) < MIN_BODY:
        return None
    if len(strings) > 1 and len(strings[0][1]) < BODY_SHARE * len(strings[1][1]):
        return None
    key, body = strings[0]
    return key, body.replace("\r\n", "\n").replace("\r", "\n")


def _reads_body(text: str) -> bool:
    return record_body(text) is not None


_BODY = "各省、自治区、直辖市教育厅：\\n现将《意见》印发给你们，请认真贯彻执行。\\n" * 8
EXAMPLES = {
    "_reads_body": Examples(
        match=('{"id":"1","title":"关于印发…的通知","fullText":"' + _BODY + '"}',
               '[{"title":"通知","content":"' + _BODY + '","url":"http://www.moe.gov.cn/a.html"}]',
               '{"code":0,"data":{"title":"通知","content":"' + _BODY + '"}}'),
        no_match=('{"title":"关于印发…的通知","url":"http://www.gov.cn/a.html"}',  # no body: a list entry
                  '[{"content":"' + _BODY + '"},{"content":"' + _BODY + '"}]',  # several records: a dataset file
                  '{"excerpt":"' + _BODY + '","fullText":"' + _BODY + _BODY + '"}',  # two texts of a kind
                  "各省、自治区、直辖市教育厅：\n现将《意见》印发给你们。", "{不是JSON}"),
    ),
}
