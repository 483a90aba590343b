"""The annotated real notices in the other common copy forms (issue 15): each transform of
scripts/make_copy_variants.py applied to its fixed sample (the first annotated notice of every realworld set and the
realworld notices numbered 10, 20, … in their set: 146 notices now, growing with the sets), built once per session and scored as tests/test_realworld.py scores the originals.

Floors, not goals, as in tests/test_realworld.py: the score each field reached (rounded down to 2 decimals) when the
variants were first measured and their largest general losses fixed; raise one when a field improves, never lower one
to pass (the scores printed 0.990 and 0.980 are just below: 0.98 and 0.97). Before those fixes (same sample, same
transforms): full_width_punct measures 0.980, assignments 0.881, metadata 0.937, relations 0.976 (pinyin glosses in
full-width brackets); glued measures 0.614, assignments 0.248, dates 0.752, deadline_dates 0.420, targets 0.710
(labels after an item's bracketed note, a signature glued before the text it issues, a first heading after a preamble
announcing the text: 提出如下实施意见。一、); glued_header dates 0.906. Those were measured on a first sample (every 10th file
of the folder, 138 notices), which moved whenever a set was added; the floors are at the scores on this one, with the
code of every branch merged (on this sample that code is at or above the fixes' own branch in every field)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from pipeline.evaluate import ACCURACY_FIELDS, F1_FIELDS

SCRIPT = Path(__file__).resolve().parents[1] / "scripts" / "make_copy_variants.py"


def every_field_at_one_but(**below: float) -> dict[str, float]:
    """A variant's floors: 1.00 for every scored field but those named, at the floor given."""
    return {field: below.get(field, 1.00) for field in F1_FIELDS + ACCURACY_FIELDS}


FLOORS = {
    # the sources are nearly all half-width already (732 of 741 mostly so): this is the originals' score. Set anew for the
    # sample of 146 (the first notices of sets CP-DF joined by the file-name rule; cn01's deadline and issuer read since):
    # half_width and full_width every field 1.000; full_width_punct citations 0.998 and metadata 0.999 from ct01 alone, whose
    # page prints a Markdown image of its heading (![03城市供水…(1998年…1810号)](https://…)) that the transform turns into
    # prose (！[…]（https：//…）), a second heading beside the file's own; spaced_labels measures 0.994 as before
    "half_width": every_field_at_one_but(),
    "full_width_punct": every_field_at_one_but(citations=0.99, metadata=0.99),
    "spaced_labels": every_field_at_one_but(measures=0.99),
    # the header, signature and measures read on the text folded to simplified characters (pipeline.document.as_written)
    # and title types in their traditional spellings: targets 0.985 -> 1.000, citations 0.995 -> 1.000, metadata 0.980 ->
    # 0.997, dates 0.996 -> 1.000. Left: a cc list split by a 印發 line the normaliser reads as written (aa01), u01's
    # assignments, a 文号's supplied 号 that the s2tw annotation writes 號 (a10)
    # (sample of 146: measures 0.999, cp01's 一、 glued after 。 in traditional script; citations 0.998, ct01 as in
    # full_width_punct; deadlines 1.000)
    "traditional": every_field_at_one_but(measures=0.99, assignments=0.98, citations=0.99, metadata=0.99),
    # a breadcrumb glued to the title (归档时间:…政策法规中共岳阳市委…), a title letter-spaced inside (通 知) and an
    # aggregator's 《title》 heading before the title printed again now read: metadata 0.775 → 0.813, citations 0.925 → 0.934.
    # A page's reader tools (朗读) and a site's greeting glued before the 文号, a legal database's 【】 fields, a time stamp
    # and source between the title and its 文号 (…的通知2021年12月22日21:14来源:…豫政〔2021〕34号), a title printed twice or
    # again after a site's lead, an aggregator's 《title》 then its 文号, an information table glued without colons
    # (發文機關…發文字號…) now cut (pipeline/document/glued_fields.py), and a title glued after a breadcrumb ends before
    # an information table's label: metadata 0.813 → 0.861, citations 0.934 → 0.947. A section's name before the title
    # and its 文号 (法规库国务院办公厅关于…国办函[2016]38号), a 文号 after a dash (…的实施意见——乌党发〔2015〕21号), a 版头
    # then its 文号 then the title, a 文号 and colon heading the title, a signed date glued after the last sentence
    # (…组织实施。二○○九年九月七日下载…), a news lead's 内容如下。 and a 范文 site's intro before its first copy's label now
    # cut (glued_fields): metadata 0.863 → 0.901, dates 0.938 → 0.967, citations 0.949 → 0.968, targets 0.947 → 0.964,
    # documents 0.979 → 0.984. Left: an information table's last value glued to the title where the table's label was cut
    # off its value and is read as the recipients (责任处室: ⏎ 安监所牟山镇人民政府关于…), recipients not opening with 各
    # Recipients glued after the title's type, the 文号, a bracket's close or a page field, opening with 各 or not, now start
    # a line (pipeline/document/glued_recipients.py), and a table's label closing its line (发布机构:) is no recipients line:
    # metadata 0.903 → 0.916, documents 0.984 → 0.996, citations 0.969 → 0.988, dates 0.968 → 0.972, deadlines 0.968 → 0.974.
    # A signature glued before the text it issues read in its other forms (pipeline/document/joined_copy.py: joint signers
    # side by side, the issued title opening with a year, a title named with 〈〉 inside its 《》): dates 0.972 → 0.976; a
    # signature between the attachment's name and the attachment: dates 0.976 → 0.980 (0.9798)
    # Set anew for the sample of 127 (sets CF-CM's first notices joined): citations 0.988 → 0.980 (just under: 0.97), relations
    # 1.000 → 0.995 (a new notice's relation read from a glued line), metadata 0.919 → 0.913, dates 0.980 → 0.974
    # Sample of 146 (sets CP-DF's first notices joined): assignments 1.000 (floor raised), every other field at or above its floor
    # (documents 0.993, measures 0.989, deadlines 0.975, targets 0.966, citations 0.979, metadata 0.918, dates 0.974)
    "glued_header": every_field_at_one_but(documents=0.99, measures=0.98, deadlines=0.97, targets=0.96,
                                           citations=0.97, metadata=0.91, dates=0.97, measure_levels=0.99, relations=0.99),
    # measures 0.908 on the 119-notice sample (the first notices of sets CC, CD, CE joined it): the same 88 missed and 5
    # extra on the 114 notices the outline was measured on, and cd01's news roundup glued into one line reads its list
    # of thirteen titles as measures (13 extra: pipeline/document/roundup.py needs the reprinted entry on a line of
    # its own). The body's outline read across its label forms (pipeline.document.glued_outline: a heading's first item glued to its
    # words, items numbered on across headings, after bracketed notes or counting on after their unstopped notes, an
    # attachment's outline, a list after a date, a heading line's own label counting in its items' run) and glued articles
    # after a title or in traditional characters (第一條): measures 0.750 → 0.915, assignments 0.608 → 0.835,
    # deadlines 0.898 → 0.956, targets 0.796 → 0.861. Left: items after ；, a colon's list after a sentence in a line
    # that is not the whole copy, a heading's only (一) glued to its words, 1 / 1.1 outlines without spaces. measure_levels is
    # accuracy over the measures found: 329 of 334 before 1．-numbered items were read, 382 of 390 after (s09's cut
    # copy keeps its one (一) glued to 一、's words, so its 1. 2. 3. are read a level up). The glued header's breadcrumb and
    # repeated-title breaks read the whole-line copies' titles too: metadata 0.622 → 0.677, citations 0.856 → 0.877; the
    # glued header's tools, fields, stamps and repeated titles (glued_fields) too: metadata 0.677 → 0.728, citations
    # 0.877 → 0.893, dates 0.819 → 0.824; the glued header's sections, dashes, 版头, signed dates, news leads and 范文 intros
    # too: metadata 0.729 → 0.745, dates 0.822 → 0.839, citations 0.896 → 0.905, targets 0.798 → 0.802 (measured without
    # the body's outline; with it targets 0.861). targets 0.86 -> 0.84 for the sample of 120 (set CF's first notice joined
    # by the file-name rule): the 119 notices measured before score as then (0.867, with the code before and after set CF's
    # fixes; measures 0.908 -> 0.910 with them), and cf01 glued into one line loses its header (a portal's information table
    # glued to its title) and its one heading 一、 glued after the issued report's name (one label: no count to read it
    # by), so its four figures are read under no measure (4 missed, 4 extra)
    # the glued recipients (glued_recipients, as for glued_header): metadata 0.745 → 0.805, dates 0.847 → 0.859, citations
    # 0.904 → 0.948, documents 0.964 → 0.979, measures 0.908 → 0.918 (cd01's roundup cut at its first notice's recipients is
    # no longer read as 13 measures), targets 0.867 → 0.865 (cd01's 0多项 read as a target); the glued signature's other
    # forms (as for glued_header): dates 0.859 → 0.879, metadata 0.805 → 0.811; a title printed again after its issuer's
    # name (glued_fields: a legal database's heading, …的通知住房和城乡建设部关于…的通知建办城函…): metadata 0.811 → 0.831,
    # dates 0.879 → 0.883, citations 0.948 → 0.950; a signature glued between the attachment's name (named in 《》 before)
    # and the attachment printed after it (joined_copy): dates 0.883 → 0.887
    # Set anew for the sample of 127 (the first notices of sets CF-CM joined by the file-name rule; the 119 before score as
    # glued3 left them but measures 0.912): measures 0.918 → 0.902, citations 0.950 → 0.945, metadata 0.832 → 0.818,
    # deadlines 0.960 → 0.955, dates 0.887 → 0.880 (0.8797): the new notices glued into one line lose headers the
    # pipeline does not yet cut (cf01's information table glued to its title, cm01's 文库 fields) and their measures with it
    # (measures 0.902 → 0.898 on the sample of 129, sets CN and CO's first notices joined)
    # A page's dated stamp between the title and the text's opening sentence (…行动方案发布日期: 2022- 04- 27 浏览次数:为加快…,),
    # a signer glued between the last sentence and the date (…请各分工会自行下载查看。…委员会 工会2017年11月21日) and an
    # editor's note after the date ((本文有删减)) cut (glued_fields); an HTML table's cells printed without line breaks
    # (<td>1</td><td>县委农工部</td>…) each end a line (html_markup: bq01's 31 units); a spaced table's rows glued after the
    # row before's last cell (…3%左右 发展改革委2 城镇新增就业…) start lines again (glued_table_rows: i01's 11 targets no longer
    # under 三、); the glued outline reads an item of 一、 opening with a date (一、2月20日…), a lone heading over its glued items
    # in a copy cut after it (…请认真组织实施。一、确保完成…目标1.地区…。2.…) and a plan's 1 总则1.1编制目的…。1.2… (glued_outline):
    # measures 0.898 → 0.912, assignments 0.835 → 0.953, deadlines 0.952 → 0.963, targets 0.846 → 0.928, metadata 0.819 →
    # 0.825, dates 0.881 → 0.889 (no other variant moved but glued_header's metadata, 0.913 → 0.914). Left: items after ；
    # (包括:(一)…;(二)…, ~28 measures: a sentence's enumeration in a whole copy reads the same), a heading's only (一) glued to
    # its words in a copy cut after it (二、活动目的(一)提高…), a heading whose words hold a comma over its glued items (ci01),
    # an information table's last value glued to the title (cf01, p01), 文库 fields (cm01), a database's issuing-body field
    # glued to the recipients (i01: 发文单位:国务院办公厅国务院有关部门:), a signer after an attachment's name (ca01), a
    # |-separated table (o01)
    # The header forms of helper glue3 (a date printed twice, a field's value naming a body glued to the recipients, a site's
    # language switch, page buttons before the recipients, a signer after an attachment's name, a signed date before the
    # issued text's heading; tests/test_glued_header_forms3.py): metadata 0.816 -> 0.825, dates 0.870 -> 0.877 on 139.
    # Set anew for the sample of 146 (the first notices of sets CP-DF joined by the file-name rule): the 129 before score
    # measures 0.913, citations 0.945, metadata 0.836, dates 0.896, measure levels 0.985 with every branch merged (none fell);
    # on 146 measures 0.904 (0.90), citations 0.938 (0.93), measure levels 0.978 (0.97), metadata 0.825, dates 0.882: the
    # new notices glued into one line lose what the originals' fixes read on lines (ct01's file heading, cp01's 一、 after 。)
    "glued": every_field_at_one_but(documents=0.97, measures=0.90, assignments=0.95, deadlines=0.96, targets=0.92, citations=0.93,
                                    metadata=0.82, dates=0.88, measure_levels=0.97, deadline_dates=0.99, relations=0.99),
    "full_width": every_field_at_one_but(),
}


@pytest.fixture(scope="session")
def variants():
    spec = importlib.util.spec_from_file_location("make_copy_variants", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="session")
def sample(variants):
    return variants.sample_pairs()


@pytest.fixture(scope="session", params=sorted(FLOORS))
def scored(request, variants, sample, tmp_path_factory):
    """(transform, its scores per field, the evaluation): the sample transformed, built and scored once."""
    name = request.param
    out = tmp_path_factory.mktemp(name)
    sources, skipped = variants.write_variant(sample, name, out)
    assert sources and skipped <= len(sample) // 10, f"{name}: {skipped} of {len(sample)} left out"
    scores, result = variants.score(sources, out)
    return name, scores, result


def test_every_transform_has_floors(variants):
    assert set(FLOORS) == set(variants.TRANSFORMS)
    assert all(set(floors) == set(F1_FIELDS + ACCURACY_FIELDS) for floors in FLOORS.values())


def test_the_sample_is_fixed_by_its_rule(sample):
    # the first of each set and the realworld notices numbered 10, 20, … in their set, each once
    assert len(sample) == len({source for source, _ in sample}) >= 100


@pytest.mark.parametrize("field", F1_FIELDS + ACCURACY_FIELDS)
def test_no_field_of_a_copy_variant_falls_below_its_floor(scored, field):
    name, scores, result = scored
    assert scores[field] >= FLOORS[name][field], (
        f"{name} {field}: {scores[field]:.3f} < floor {FLOORS[name][field]:.2f}\n{result.misses_by_document()}")
