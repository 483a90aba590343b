"""A legal database's issuing-body line for rules a department issued with its government's approval: the approving
body, 批准, then the issuing body (北京市政府批准市市政管委; 北京市人民政府批准 北京市公安局). The issuer is the body after
批准, as printed (CONVENTIONS.md C27's short form as printed); the approval is no issue of its own."""

from __future__ import annotations

import re
from typing import Optional

from extractors.vocab import Examples

from pipeline.document.elements import is_organisation_line

# The approver a government or its office (政府, 人民政府, 国务院, 办公厅), then 批准 and the issuing body's name: no clause
# (市政府批准设立的开发区管委会 names a body the approval set up, no issuer).
APPROVED_ISSUER = re.compile(r"^(?P<approver>[\u4e00-\u9fff]{0,20}?(?:政府|國務院|国务院|办公厅|辦公廳))[ \u3000]*(?:批准|批準)"
                             r"[ \u3000]*(?P<issuer>[^\s的，,。、]{2,30})$")

EXAMPLES = {
    "APPROVED_ISSUER": Examples(match=("北京市政府批准市市政管委", "北京市人民政府批准 北京市公安局", "国务院批准国家计委", "市政府批准市市政管委"),
                                no_match=("市政府批准设立的开发区管委会", "北京市市政管理委员会", "关于市政府批准事项的通知", "报市政府批准")),
}


def issuing_body(names: Optional[str]) -> Optional[str]:
    """The body after 批准 in an issuing-body line naming the approver first (APPROVED_ISSUER), else ``names`` as given."""
    approved = APPROVED_ISSUER.match(names.strip()) if names else None
    if approved and is_organisation_line(approved["approver"]) and is_organisation_line(approved["issuer"]):
        return approved["issuer"]
    return names
