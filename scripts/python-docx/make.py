#!/usr/bin/env python3
"""
Conformance fixtures made the way people write GB/T 9704 generators with python-docx.

    /usr/bin/python3 scripts/python-docx/make.py            # writes fixtures/python-docx/*.docx
    /usr/bin/python3 scripts/python-docx/make.py --lo       # also fixtures/libreoffice/lo-*.docx
                                                            # (soffice --headless --convert-to docx)

Needs python-docx (Debian: apt-get install python3-docx; 0.8.11 is enough). All text is invented.

Conforming variants (c*) must draw no error and no warning from any rule; faulty drafts (f*) carry the
planted faults listed in fixtures/python-docx/manifest.json (rule id + w:p ordinal, or null for
page-level findings). The variants set fonts, sizes, margins and indents in different legitimate ways:
style-level vs run-level, eastAsia on the style with only `font.name` on the runs, 仿宋_GB2312 / 仿宋 /
FangSong / 方正仿宋_GBK, Mm(37) vs Cm(3.7), Pt(32) vs Cm(1.13) vs w:firstLineChars=200.
"""
import json
import os
import shutil
import subprocess
import sys
import tempfile

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_LINE_SPACING
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Mm, Pt, RGBColor

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), '..', '..'))
OUT = os.path.join(ROOT, 'fixtures', 'python-docx')
LO_OUT = os.path.join(ROOT, 'fixtures', 'libreoffice')

RED = RGBColor(0xFF, 0x00, 0x00)


# --------------------------------------------------------------------------------------------------
# Helpers, as they appear in typical scripts


def set_font(run, name, size=None, east_asia=True, bold=None, color=None):
    """run.font.name sets w:ascii/w:hAnsi only; Chinese text needs w:eastAsia as well."""
    run.font.name = name
    if east_asia:
        run._element.rPr.rFonts.set(qn('w:eastAsia'), name)
    if size is not None:
        run.font.size = Pt(size)
    if bold is not None:
        run.font.bold = bold
    if color is not None:
        run.font.color.rgb = color


def style_font(style, name, size=None, east_asia=True, ascii_name=None):
    style.font.name = ascii_name or name
    if east_asia:
        style._element.rPr.rFonts.set(qn('w:eastAsia'), name)
    if size is not None:
        style.font.size = Pt(size)


def exact_spacing(pf, pt=28):
    pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    pf.line_spacing = Pt(pt)
    pf.space_before = Pt(0)
    pf.space_after = Pt(0)


def first_line_chars(paragraph, chars=200):
    """Indent by characters, as Word's 首行缩进 2 字符 writes it (python-docx has no API for it)."""
    pPr = paragraph._p.get_or_add_pPr()
    ind = pPr.find(qn('w:ind'))
    if ind is None:
        ind = OxmlElement('w:ind')
        pPr.append(ind)
    ind.set(qn('w:firstLineChars'), str(chars))
    ind.set(qn('w:firstLine'), '640')


def bottom_border(paragraph, color='FF0000', size=12, side='bottom'):
    pPr = paragraph._p.get_or_add_pPr()
    bdr = pPr.find(qn('w:pBdr'))
    if bdr is None:
        bdr = OxmlElement('w:pBdr')
        pPr.append(bdr)
    b = OxmlElement('w:' + side)
    b.set(qn('w:val'), 'single')
    b.set(qn('w:sz'), str(size))
    b.set(qn('w:space'), '1')
    b.set(qn('w:color'), color)
    bdr.append(b)


def add_page_field(paragraph, font='宋体', size=14, east_asia=True, separate=False, split=False):
    """A PAGE field from fldChar begin / instrText / end (some scripts add a separate + cached 1).
    split: one run per field part, each with its own rPr (the other common pattern)."""
    if split:
        parts = [('begin', None), ('instr', ' PAGE '), ('separate', None), ('text', '1'), ('end', None)] if separate \
            else [('begin', None), ('instr', ' PAGE '), ('end', None)]
        for kind, val in parts:
            run = paragraph.add_run()
            set_font(run, font, size, east_asia)
            if kind == 'instr':
                e = OxmlElement('w:instrText')
                e.set(qn('xml:space'), 'preserve')
                e.text = val
            elif kind == 'text':
                e = OxmlElement('w:t')
                e.text = val
            else:
                e = OxmlElement('w:fldChar')
                e.set(qn('w:fldCharType'), kind)
            run._r.append(e)
        return run
    run = paragraph.add_run()
    set_font(run, font, size, east_asia)
    r = run._r
    begin = OxmlElement('w:fldChar')
    begin.set(qn('w:fldCharType'), 'begin')
    instr = OxmlElement('w:instrText')
    instr.set(qn('xml:space'), 'preserve')
    instr.text = ' PAGE \\* MERGEFORMAT ' if separate else 'PAGE'
    end = OxmlElement('w:fldChar')
    end.set(qn('w:fldCharType'), 'end')
    r.append(begin)
    r.append(instr)
    if separate:
        sep = OxmlElement('w:fldChar')
        sep.set(qn('w:fldCharType'), 'separate')
        r.append(sep)
        t = OxmlElement('w:t')
        t.text = '1'
        r.append(t)
    r.append(end)
    return run


def page_number_paragraph(footer, side, before='— ', after=' —', font='宋体', size=14, east_asia=True,
                          separate=False, indent=Pt(14), split=False):
    p = footer.paragraphs[0] if footer.paragraphs else footer.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT if side == 'right' else (
        WD_ALIGN_PARAGRAPH.LEFT if side == 'left' else WD_ALIGN_PARAGRAPH.CENTER)
    if side == 'right':
        p.paragraph_format.right_indent = indent
    elif side == 'left':
        p.paragraph_format.left_indent = indent
    if before:
        set_font(p.add_run(before), font, size, east_asia)
    add_page_field(p, font, size, east_asia, separate, split)
    if after:
        set_font(p.add_run(after), font, size, east_asia)
    return p


def odd_even_page_numbers(doc, **kw):
    doc.settings.odd_and_even_pages_header_footer = True
    sec = doc.sections[0]
    page_number_paragraph(sec.footer, 'right', **kw)
    page_number_paragraph(sec.even_page_footer, 'left', **kw)


def a4(section, how='mm'):
    section.page_width = Mm(210)
    section.page_height = Mm(297)
    if how == 'mm':
        section.top_margin, section.bottom_margin = Mm(37), Mm(35)
        section.left_margin, section.right_margin = Mm(28), Mm(26)
    else:
        section.top_margin, section.bottom_margin = Cm(3.7), Cm(3.5)
        section.left_margin, section.right_margin = Cm(2.8), Cm(2.6)
    section.header_distance = Cm(1.5)
    section.footer_distance = Cm(2.8)


def blank(doc):
    return doc.add_paragraph()


class Writer:
    """Counts paragraphs so the manifest can name the ordinal (1-based w:p index under w:body)."""

    def __init__(self, doc):
        self.doc = doc
        self.n = 0

    def p(self, text='', **kw):
        para = self.doc.add_paragraph()
        self.n += 1
        para.ordinal = self.n
        return para


# --------------------------------------------------------------------------------------------------
# Content (invented)

BODY_NOTICE = [
    ('p', '为切实做好今年汛期安全防范工作，保障人民群众生命财产安全，经市政府同意，现将有关事项通知如下。'),
    ('h1', '一、提高思想认识'),
    ('p', '各地各部门要充分认识做好汛期安全防范工作的重要性，克服麻痹思想和侥幸心理，把各项防范措施落到实处。'),
    ('h2', '（一）压实工作责任。'),
    ('p', '各区县人民政府对本行政区域的防汛工作负总责，主要负责同志要亲自研究部署，分管负责同志要靠前指挥。'),
    ('h2', '（二）加强隐患排查。'),
    ('p', '各有关部门要组织力量对水库、堤防、山塘和地质灾害隐患点开展全面排查，发现问题及时整改。'),
    ('h1', '二、强化应急准备'),
    ('h3', '1.完善应急预案。'),
    ('p', '各地要结合实际修订完善防汛应急预案，明确转移路线和安置地点，组织开展应急演练。'),
    ('h3', '2.充实物资储备。'),
    ('h4', '（1）储备防汛物资。'),
    ('p', '各地要按照规定储备编织袋、救生衣和抽水设备等物资，确保关键时刻调得出、用得上。'),
    ('h4', '（2）落实值班制度。'),
    ('p', '汛期实行领导带班和专人值班制度，保持通信畅通，遇有重要情况要及时报告。'),
]


def heading_font(kind, family_names):
    return family_names.get(kind)


def write_body(w, items, fonts, indent, size=16, run_level=False, ea_runs=True):
    """items: (kind, text); fonts: kind → font name or None (style default)."""
    out = {}
    for kind, text in items:
        para = w.p()
        run = para.add_run(text)
        name = fonts.get(kind)
        if name:
            set_font(run, name, size if run_level else None, ea_runs)
        elif run_level:
            set_font(run, fonts['p'], size, ea_runs)
        indent(para)
        out.setdefault(kind, []).append(para.ordinal)
    return out


def finish(doc, name, folder=OUT):
    os.makedirs(folder, exist_ok=True)
    path = os.path.join(folder, name)
    doc.core_properties.author = 'gongwen-lint fixtures'
    doc.core_properties.title = name
    import datetime
    fixed = datetime.datetime(2025, 1, 1, 8, 0, 0)
    doc.core_properties.created = fixed
    doc.core_properties.modified = fixed
    doc.core_properties.last_modified_by = 'gongwen-lint fixtures'
    doc.core_properties.revision = 1
    doc.save(path)
    stable_zip(path)
    return path


def stable_zip(path):
    """Rewrites the package with fixed entry times, so that regenerating changes no bytes."""
    import zipfile
    with zipfile.ZipFile(path) as z:
        entries = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, 'w', zipfile.ZIP_DEFLATED) as z:
        for name, data in entries:
            info = zipfile.ZipInfo(name, date_time=(2025, 1, 1, 8, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data)


# --------------------------------------------------------------------------------------------------
# c01: 通知 with 版头 and 版记 — styles modified via doc.styles['Normal'] (eastAsia set), Mm margins,
# first-line indent Pt(32), PAGE fields without a cached result, odd/even footers.


def c01_notice(fault=None):
    doc = Document()
    a4(doc.sections[0], 'mm')  # the 'letter' draft gets Letter paper back in letter_page()
    normal = doc.styles['Normal']
    style_font(normal, '仿宋_GB2312', 16)
    exact_spacing(normal.paragraph_format, 28)
    w = Writer(doc)
    faults = []

    mark = w.p()
    mark.alignment = WD_ALIGN_PARAGRAPH.CENTER
    mark.paragraph_format.line_spacing_rule = WD_LINE_SPACING.SINGLE
    set_font(mark.add_run('青山市人民政府文件'), '方正小标宋简体', 36, color=RED)
    w.p()
    num = w.p()
    num.alignment = WD_ALIGN_PARAGRAPH.CENTER
    num.add_run('青政发〔2025〕8号')
    bottom_border(num)
    w.p()
    w.p()
    title = w.p()
    title.alignment = WD_ALIGN_PARAGRAPH.CENTER
    title_font = '宋体' if fault == 'title-songti' else '方正小标宋简体'
    title_size = 18 if fault == 'title-18' else 22
    set_font(title.add_run('关于做好2025年汛期安全防范工作的通知'), title_font, title_size)
    if fault == 'title-songti':
        faults.append({'rule': 'format/font-family', 'line': title.ordinal, 'severity': 'warning', 'note': '标题用宋体'})
    if fault == 'title-18':
        faults.append({'rule': 'format/font-size', 'line': title.ordinal, 'severity': 'warning', 'note': '标题18磅（小二）'})
    w.p()
    w.p().add_run('各区县人民政府，市政府各部门：')
    fonts = {'p': None, 'h1': '黑体', 'h2': '楷体_GB2312', 'h3': None, 'h4': None}

    def indent(para):
        para.paragraph_format.first_line_indent = Pt(32)

    for k, (kind, text) in enumerate(BODY_NOTICE):
        para = w.p()
        run = para.add_run(text)
        if fonts.get(kind):
            set_font(run, fonts[kind])
        if fault == 'no-indent' and k == 2:
            faults.append({'rule': 'format/body-indent', 'line': para.ordinal, 'severity': 'warning', 'note': '正文段落无首行缩进'})
        else:
            indent(para)
        if fault == 'red-body' and k == 4:
            run.font.color.rgb = RED
            faults.append({'rule': 'format/text-color', 'line': para.ordinal, 'note': '正文红色文字'})
        if fault == 'body-small' and k == 6:
            run.font.size = Pt(12)
            faults.append({'rule': 'format/font-size', 'line': para.ordinal, 'severity': 'warning', 'note': '正文小四（12磅）'})
        if fault == 'body-songti' and k == 9:
            set_font(run, '宋体')
            faults.append({'rule': 'format/font-family', 'line': para.ordinal, 'severity': 'warning', 'note': '正文宋体'})
    w.p()
    note = w.p()
    note.paragraph_format.first_line_indent = Pt(32)
    note.add_run('附件：2025年汛期重点防范部位清单')
    w.p()
    w.p()
    w.p()
    sig = w.p()
    sig.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    sig.paragraph_format.right_indent = Pt(48)
    sig.add_run('青山市人民政府')
    date = w.p()
    date.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    date.paragraph_format.right_indent = Pt(64)
    date.add_run('2025年3月10日')
    remark = w.p()
    remark.paragraph_format.first_line_indent = Pt(32)
    remark.add_run('（此件公开发布）')

    # 附件 on a new page
    label = w.p()
    label.add_run().add_break(WD_BREAK.PAGE)
    set_font(label.add_run('附件'), '黑体')
    w.p()
    at = w.p()
    at.alignment = WD_ALIGN_PARAGRAPH.CENTER
    set_font(at.add_run('2025年汛期重点防范部位清单'), '方正小标宋简体', 22)
    w.p()
    for text in ['城区低洼易涝路段和地下通道。', '病险水库、山塘和中小河流堤防。', '在建工程深基坑和高边坡作业面。']:
        para = w.p()
        para.paragraph_format.first_line_indent = Pt(32)
        para.add_run(text)

    # 版记 on the last page
    brk = w.p()
    brk.add_run().add_break(WD_BREAK.PAGE)
    for _ in range(3):
        w.p()
    cc = w.p()
    cc.paragraph_format.left_indent = Pt(14)
    cc.paragraph_format.right_indent = Pt(14)
    bottom_border(cc, '000000', 4, 'top')
    bottom_border(cc, '000000', 4, 'bottom')
    set_font(cc.add_run('抄送：市委办公室，市人大常委会办公室，市政协办公室。'), '仿宋_GB2312', 14)
    pr = w.p()
    pr.paragraph_format.left_indent = Pt(14)
    pr.paragraph_format.right_indent = Pt(14)
    bottom_border(pr, '000000', 8, 'bottom')
    set_font(pr.add_run('青山市人民政府办公室\t2025年3月10日印发'), '仿宋_GB2312', 14)
    pr.paragraph_format.tab_stops.add_tab_stop(Mm(154), alignment=2)  # WD_TAB_ALIGNMENT.RIGHT

    if fault == 'page-chinese':
        odd_even_page_numbers(doc, before='第', after='页')
        faults.append({'rule': 'format/page-number', 'line': None, 'note': '页码“第1页”'})
    elif fault == 'page-hyphen':
        odd_even_page_numbers(doc, before='-', after='-')
        faults.append({'rule': 'format/page-number', 'line': None, 'note': '页码“-1-”'})
    elif fault == 'page-fangsong':
        odd_even_page_numbers(doc, font='仿宋_GB2312', size=16)
        for part in ('页脚', '偶数页页脚'):
            faults.append({'rule': 'format/page-number', 'line': None, 'note': f'页码仿宋16磅（{part}）', 'severity': 'warning'})
    elif fault == 'page-missing':
        faults.append({'rule': 'format/page-number', 'line': None, 'note': '无页码'})
    else:
        odd_even_page_numbers(doc)
    if fault == 'letter':
        faults.append({'rule': 'format/page-size', 'line': None, 'note': 'Letter纸'})
        faults.append({'rule': 'format/page-margins', 'line': None, 'note': '页边距2.54 cm', 'severity': 'warning'})
    return doc, faults


# --------------------------------------------------------------------------------------------------
# c02: 请示 with 签发人 — run-level fonts everywhere (font.name + eastAsia, 仿宋 not 仿宋_GB2312),
# Cm margins, firstLineChars via XML, Pt(28.95) exact, PAGE field with a cached result.


def c02_request():
    doc = Document()
    a4(doc.sections[0], 'cm')
    w = Writer(doc)
    FS = '仿宋'

    def para(text, font=FS, size=16, align=None, chars=True, color=None):
        p = w.p()
        exact_spacing(p.paragraph_format, 28.95)
        if align is not None:
            p.alignment = align
        if chars:
            first_line_chars(p)
        if text:
            set_font(p.add_run(text), font, size, color=color)
        return p

    mark = para('青山市交通运输局', '方正小标宋_GBK', 36, WD_ALIGN_PARAGRAPH.CENTER, False, RED)
    mark.paragraph_format.line_spacing_rule = WD_LINE_SPACING.SINGLE
    para('', chars=False)
    num = para('', chars=False)
    num.paragraph_format.left_indent = Pt(16)
    num.paragraph_format.right_indent = Pt(16)
    num.paragraph_format.tab_stops.add_tab_stop(Mm(150), alignment=2)
    set_font(num.add_run('青交〔2025〕12号\t签发人：'), FS, 16)
    set_font(num.add_run('李明'), '楷体_GB2312', 16)
    bottom_border(num)
    para('', chars=False)
    title = para('关于申请拨付农村公路', '方正小标宋_GBK', 22, WD_ALIGN_PARAGRAPH.CENTER, False)
    title.runs[0].add_break()  # a title on two lines by a manual line break (w:br)
    set_font(title.add_run('养护资金的请示'), '方正小标宋_GBK', 22)
    para('', chars=False)
    para('市人民政府：', chars=False)
    para('今年以来，我局按照市委、市政府部署，全力推进农村公路养护工作，取得了阶段性成效。'
         '受连续强降雨影响，全市部分农村公路出现路基沉陷和边坡塌方，亟需安排资金进行修复。')
    para('一、基本情况', '黑体')
    para('经实地核查，全市共有农村公路损毁点位四十余处，涉及十二个乡镇，群众出行受到较大影响。')
    para('二、资金需求', '黑体')
    para('根据测算，修复上述损毁点位共需资金800万元。我局已统筹安排部门预算资金100万元，尚有缺口700万元。')
    para('恳请市人民政府从市级交通专项资金中拨付700万元，用于农村公路损毁点位修复。')
    para('妥否，请批示。')
    para('', chars=False)
    para('', chars=False)
    sig = para('青山市交通运输局', chars=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
    sig.paragraph_format.right_indent = Pt(48)
    date = para('2025年4月2日', chars=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
    date.paragraph_format.right_indent = Pt(64)
    para('（联系人：王芳，联系电话：88886666）')
    odd_even_page_numbers(doc, separate=True, split=True)
    return doc, []


# --------------------------------------------------------------------------------------------------
# c03: 函 without 版头 (plain draft) — own paragraph styles (FangSong, SimHei, KaiTi,
# FZXiaoBiaoSong-B05S), English font names, indent Cm(1.13).


def c03_letter(fault=None):
    doc = Document()
    a4(doc.sections[0], 'cm')
    st = doc.styles
    normal = st['Normal']
    style_font(normal, 'FangSong', 16, ascii_name='Times New Roman')
    exact_spacing(normal.paragraph_format, 29)
    from docx.enum.style import WD_STYLE_TYPE
    body = st.add_style('公文正文', WD_STYLE_TYPE.PARAGRAPH)
    body.base_style = normal
    body.paragraph_format.first_line_indent = Cm(1.13)
    body.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    h1 = st.add_style('公文一级标题', WD_STYLE_TYPE.PARAGRAPH)
    h1.base_style = body
    style_font(h1, 'SimHei')
    h2 = st.add_style('公文二级标题', WD_STYLE_TYPE.PARAGRAPH)
    h2.base_style = body
    style_font(h2, 'KaiTi')
    tt = st.add_style('公文标题', WD_STYLE_TYPE.PARAGRAPH)
    tt.base_style = normal
    # f12: the title style left in 宋体 小二 (a draft without 版头 is held to the title font too)
    style_font(tt, '宋体', 18) if fault == 'plain-title' else style_font(tt, 'FZXiaoBiaoSong-B05S', 22)
    tt.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.CENTER
    w = Writer(doc)

    def para(text, style='公文正文'):
        p = w.p()
        p.style = st[style]
        if text:
            p.add_run(text)
        return p

    para('关于商请支持开展河道联合巡查的函', '公文标题')
    para('', 'Normal')
    para('青山市水利局：', 'Normal')
    para('为加强跨界河道管理，及时发现和处置河道违法行为，我局拟于今年5月至10月开展跨界河道联合巡查。现将有关事项函告如下。')
    para('一、巡查范围', '公文一级标题')
    para('巡查范围为两市交界的清水河、白沙河干流及其主要支流，总长约六十公里。')
    para('二、工作安排', '公文一级标题')
    para('（一）巡查方式。', '公文二级标题')
    para('双方各派两名工作人员组成联合巡查组，每月开展一次联合巡查，遇有汛情加密巡查频次。')
    para('（二）信息共享。', '公文二级标题')
    para('双方及时通报巡查中发现的问题和处置情况，共同做好问题整改的跟踪督办。')
    para('请贵局予以支持，并于4月20日前将联络人名单函告我局。')
    para('')
    sig = para('白沙市水利局', 'Normal')
    sig.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    sig.paragraph_format.right_indent = Pt(48)
    date = para('2025年4月8日', 'Normal')
    date.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    date.paragraph_format.right_indent = Pt(64)
    odd_even_page_numbers(doc, font='宋体', east_asia=False)
    if fault == 'plain-title':
        return doc, [
            {'rule': 'format/font-family', 'line': 1, 'severity': 'warning', 'note': '无版头的函：标题样式为宋体'},
            {'rule': 'format/font-size', 'line': 1, 'severity': 'warning', 'note': '无版头的函：标题样式为小二（18磅）'},
        ]
    return doc, []


# --------------------------------------------------------------------------------------------------
# c04: 讲话稿 — eastAsia only on the Normal style (方正仿宋_GBK); the runs set only run.font.name
# (ascii/hAnsi: Times New Roman for digits), which leaves the style's East Asian font in force.


def c04_speech():
    doc = Document()
    a4(doc.sections[0], 'mm')
    normal = doc.styles['Normal']
    style_font(normal, '方正仿宋_GBK', 16)
    exact_spacing(normal.paragraph_format, 28)
    w = Writer(doc)

    def para(text, font=None, size=None, align=None, indent=True, east_asia=False):
        p = w.p()
        if align is not None:
            p.alignment = align
        if indent:
            p.paragraph_format.first_line_indent = Pt(32)
        if text:
            r = p.add_run(text)
            if font:
                set_font(r, font, size, east_asia)
            else:
                r.font.name = 'Times New Roman'  # digits and Latin only; Chinese stays 方正仿宋_GBK
        return p

    para('在全市安全生产工作会议上的讲话', '方正小标宋简体', 22, WD_ALIGN_PARAGRAPH.CENTER, False, True)
    para('（2025年2月18日）', None, None, WD_ALIGN_PARAGRAPH.CENTER, False)
    para('副市长　张伟', '楷体_GB2312', 16, WD_ALIGN_PARAGRAPH.CENTER, False, True)
    para('同志们：', indent=False)
    para('今天召开全市安全生产工作会议，主要任务是总结去年工作，部署今年任务。刚才，几位同志作了很好的发言，我都赞同。下面，我讲三点意见。')
    para('一、充分肯定去年的工作成绩', '黑体', 16, east_asia=True)
    para('去年以来，全市上下认真落实安全生产责任制，事故起数和死亡人数实现双下降，安全生产形势总体平稳。')
    para('二、清醒认识当前面临的形势', '黑体', 16, east_asia=True)
    para('我们也要清醒看到，一些行业领域风险隐患仍然较多，个别企业主体责任落实不到位，基层监管力量相对薄弱。')
    para('三、扎实做好今年各项工作', '黑体', 16, east_asia=True)
    para('各地各部门要坚持问题导向，深入开展隐患排查整治，加强执法检查，确保全年安全生产形势持续稳定。')
    para('同志们，安全生产责任重于泰山。让我们以更加务实的作风，扎实做好各项工作，为全市经济社会发展创造良好的安全环境。')
    odd_even_page_numbers(doc, split=True)
    return doc, []


# --------------------------------------------------------------------------------------------------
# c05: 通知 without 文件 mark but with a red organ-name mark — first-line indent on the Normal style
# (Cm(1.13)), built-in Heading 1/2 restyled (theme attributes removed, black, not bold), a title on
# two lines (two paragraphs), KaiTi_GB2312 and 方正小标宋_GBK, docGrid instead of exact spacing.


def restyle_heading(style, font, size=16):
    rfonts = style._element.get_or_add_rPr().get_or_add_rFonts()
    for a in list(rfonts.attrib):
        del rfonts.attrib[a]
    style_font(style, font, size)
    style.font.bold = False
    style.font.italic = False
    style.font.color.rgb = RGBColor(0, 0, 0)
    pf = style.paragraph_format
    pf.space_before = Pt(0)
    pf.space_after = Pt(0)
    pf.keep_with_next = True


def doc_grid(section, pitch=579):
    sectPr = section._sectPr
    grid = sectPr.find(qn('w:docGrid'))
    if grid is None:
        grid = OxmlElement('w:docGrid')
        sectPr.append(grid)
    grid.set(qn('w:type'), 'lines')
    grid.set(qn('w:linePitch'), str(pitch))


def c05_notice_headings():
    doc = Document()
    a4(doc.sections[0], 'cm')
    doc_grid(doc.sections[0])
    normal = doc.styles['Normal']
    style_font(normal, '仿宋_GB2312', 16, ascii_name='Times New Roman')
    normal.paragraph_format.first_line_indent = Cm(1.13)
    normal.paragraph_format.space_after = Pt(0)
    normal.paragraph_format.line_spacing = 1.0
    restyle_heading(doc.styles['Heading 1'], '黑体')
    restyle_heading(doc.styles['Heading 2'], 'KaiTi_GB2312')
    w = Writer(doc)

    def para(text='', font=None, size=None, align=None, indent=None, color=None):
        p = w.p()
        if align is not None:
            p.alignment = align
        if indent is not None:
            p.paragraph_format.first_line_indent = indent
        if text:
            r = p.add_run(text)
            if font or size or color:
                set_font(r, font or '仿宋_GB2312', size, color=color)
        return p

    def heading(text, level):
        h = doc.add_heading(text, level)
        w.n += 1
        return h

    para('青山市教育局', '方正小标宋_GBK', 36, WD_ALIGN_PARAGRAPH.CENTER, Pt(0), RED)
    para(indent=Pt(0))
    num = para('青教发〔2025〕21号', align=WD_ALIGN_PARAGRAPH.CENTER, indent=Pt(0))
    bottom_border(num)
    para(indent=Pt(0))
    para('关于开展2025年中小学校园安全', '方正小标宋_GBK', 22, WD_ALIGN_PARAGRAPH.CENTER, Pt(0))
    para('专项检查的通知', '方正小标宋_GBK', 22, WD_ALIGN_PARAGRAPH.CENTER, Pt(0))
    para(indent=Pt(0))
    para('各区县教育局，市直属各学校：', indent=Pt(0))
    para('为进一步加强校园安全管理，有效防范各类安全事故发生，市教育局决定在全市中小学校开展校园安全专项检查。现将有关事项通知如下。')
    heading('一、检查内容', 1)
    heading('（一）安全管理制度落实情况。', 2)
    para('重点检查学校安全工作责任制、门卫值守、校外人员来访登记等制度的落实情况。')
    heading('（二）校舍和设施设备安全情况。', 2)
    para('重点检查教学楼、宿舍、食堂等场所的消防设施和用电安全，以及体育器材的维护保养情况。')
    heading('二、时间安排', 1)
    para('检查分为学校自查、区县检查和市级抽查三个阶段，于6月30日前全部完成。')
    heading('三、工作要求', 1)
    para('各区县教育局要高度重视，精心组织，对检查中发现的问题要建立台账，明确整改时限，确保整改到位。')
    para('检查工作总结请于7月10日前报送市教育局安全管理科。')
    para(indent=Pt(0))
    para(indent=Pt(0))
    sig = para('青山市教育局', align=WD_ALIGN_PARAGRAPH.RIGHT, indent=Pt(0))
    sig.paragraph_format.right_indent = Pt(48)
    date = para('2025年5月12日', align=WD_ALIGN_PARAGRAPH.RIGHT, indent=Pt(0))
    date.paragraph_format.right_indent = Pt(64)
    para('（此件主动公开）', indent=Cm(1.13))
    odd_even_page_numbers(doc, separate=True)
    return doc, []


# --------------------------------------------------------------------------------------------------
# c06: 纪要 — 纪要标志 in red 小标宋, 出席/请假/列席 labels in 黑体, 仿宋 by style, Pt(32) indent.


def c06_minutes():
    doc = Document()
    a4(doc.sections[0], 'mm')
    normal = doc.styles['Normal']
    style_font(normal, '仿宋_GB2312', 16)
    exact_spacing(normal.paragraph_format, 28)
    w = Writer(doc)

    def para(text='', indent=True, align=None):
        p = w.p()
        if align is not None:
            p.alignment = align
        if indent:
            p.paragraph_format.first_line_indent = Pt(32)
        if text:
            p.add_run(text)
        return p

    mark = para(indent=False, align=WD_ALIGN_PARAGRAPH.CENTER)
    set_font(mark.add_run('青山市人民政府常务会议纪要'), '方正小标宋简体', 26, color=RED)
    para(indent=False)
    num = para('〔2025〕5号', indent=False, align=WD_ALIGN_PARAGRAPH.CENTER)
    bottom_border(num)
    para(indent=False)
    para('2025年3月4日，市长李强主持召开市政府第十二次常务会议，研究春季农业生产和城市防汛准备工作。纪要如下：')
    h = para()
    set_font(h.add_run('一、关于春季农业生产工作'), '黑体')
    para('会议听取了市农业农村局关于春季农业生产准备情况的汇报。会议要求，各区县要抓好春耕备耕，保障农资供应，确保粮食播种面积稳定。')
    h = para()
    set_font(h.add_run('二、关于城市防汛准备工作'), '黑体')
    para('会议听取了市水利局关于城市防汛准备情况的汇报。会议要求，有关部门要在4月底前完成排水管网清淤，做好防汛物资储备。')
    for label, names in [('出席：', '李强，王敏，赵刚，陈晓，刘洋'), ('请假：', '孙伟'), ('列席：', '市政府办公室，市农业农村局，市水利局')]:
        p = para()
        set_font(p.add_run(label), '黑体')
        p.add_run(names)
    odd_even_page_numbers(doc, split=True)
    return doc, []


# --------------------------------------------------------------------------------------------------
# c07: 函 in the 信函格式 (GB/T 9704—2012 10.1) — red organ name over a red double line, 文号 flush
# right, no page number on the first page (different_first_page_header_footer with an empty first
# footer), 版记 without 印发; fonts by run (font.name + eastAsia) on top of a 仿宋 Normal style.


def c07_letter_format():
    doc = Document()
    sec = doc.sections[0]
    a4(sec, 'mm')
    sec.different_first_page_header_footer = True
    normal = doc.styles['Normal']
    style_font(normal, '仿宋', 16, ascii_name='Times New Roman')
    exact_spacing(normal.paragraph_format, 29)
    w = Writer(doc)

    def para(text='', font=None, size=None, align=None, indent=True, color=None):
        p = w.p()
        if align is not None:
            p.alignment = align
        if indent:
            p.paragraph_format.first_line_indent = Pt(32)
        if text:
            r = p.add_run(text)
            if font or size or color:
                set_font(r, font or '仿宋', size, color=color)
        return p

    mark = para('青山市人民政府办公室', '方正小标宋简体', 30, WD_ALIGN_PARAGRAPH.CENTER, False, RED)
    mark.paragraph_format.line_spacing_rule = WD_LINE_SPACING.SINGLE
    pPr = mark._p.get_or_add_pPr()
    bdr = OxmlElement('w:pBdr')
    b = OxmlElement('w:bottom')
    for k, v in (('w:val', 'thinThickSmallGap'), ('w:sz', '24'), ('w:space', '4'), ('w:color', 'FF0000')):
        b.set(qn(k), v)
    bdr.append(b)
    pPr.append(bdr)
    num = para('青政办函〔2025〕15号', align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
    num.paragraph_format.right_indent = Pt(16)
    para(indent=False)
    para('关于商请协助做好重点项目用地保障的函', '方正小标宋简体', 22, WD_ALIGN_PARAGRAPH.CENTER, False)
    para(indent=False)
    para('省自然资源厅：', indent=False)
    para('我市列入今年省重点建设项目的青山港物流园和城北污水处理厂扩建工程，已完成立项和规划选址等前期工作，'
         '目前正在办理用地报批手续。为确保项目按期开工建设，恳请贵厅在用地报批中给予指导和支持。')
    para('联系人：市自然资源和规划局周涛，电话：88667788。')
    para(indent=False)
    para(indent=False)
    sig = para('青山市人民政府办公室', align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
    sig.paragraph_format.right_indent = Pt(32)
    date = para('2025年6月3日', align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
    date.paragraph_format.right_indent = Pt(64)
    for _ in range(3):
        para(indent=False)
    cc = para(indent=False)
    cc.paragraph_format.left_indent = Pt(14)
    cc.paragraph_format.right_indent = Pt(14)
    set_font(cc.add_run('抄送：市自然资源和规划局。'), '仿宋', 14)
    odd_even_page_numbers(doc, split=True)
    return doc, []


# --------------------------------------------------------------------------------------------------
# f13: a plain draft whose body font is set only by `font.name` (w:ascii/w:hAnsi) and never by
# w:eastAsia: Chinese text falls back to the template's East Asian theme font (python-docx's template:
# minorEastAsia with themeFontLang ja-JP → ＭＳ 明朝), so the body is not in 仿宋 — a real fault.


def f13_no_east_asia():
    doc = Document()
    a4(doc.sections[0], 'mm')
    normal = doc.styles['Normal']
    normal.font.name = '仿宋_GB2312'  # no rFonts.set(qn('w:eastAsia'), …)
    normal.font.size = Pt(16)
    exact_spacing(normal.paragraph_format, 28)
    w = Writer(doc)
    title = w.p()
    title.alignment = WD_ALIGN_PARAGRAPH.CENTER
    set_font(title.add_run('关于报送2025年上半年工作总结的通知'), '方正小标宋简体', 22)
    w.p()
    w.p().add_run('各科室：')
    faults = []
    for text in ['请各科室于6月25日前将上半年工作总结报送办公室。', '总结要突出重点、注重实效，字数控制在3000字以内。']:
        para = w.p()
        para.paragraph_format.first_line_indent = Pt(32)
        para.add_run(text)
        faults.append({'rule': 'format/font-family', 'line': para.ordinal, 'severity': 'warning',
                       'note': '只设font.name未设w:eastAsia：中文取主题字体（ＭＳ 明朝）'})
    w.p()
    sig = w.p()
    sig.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    sig.paragraph_format.right_indent = Pt(48)
    sig.add_run('青山市统计局办公室')
    date = w.p()
    date.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    date.paragraph_format.right_indent = Pt(64)
    date.add_run('2025年6月10日')
    odd_even_page_numbers(doc)
    return doc, faults


# --------------------------------------------------------------------------------------------------

FAULTY = {
    'f01-letter-paper.docx': 'letter',
    'f02-title-songti.docx': 'title-songti',
    'f03-title-18pt.docx': 'title-18',
    'f04-body-small.docx': 'body-small',
    'f05-body-songti.docx': 'body-songti',
    'f06-page-chinese.docx': 'page-chinese',
    'f07-page-hyphen.docx': 'page-hyphen',
    'f08-page-missing.docx': 'page-missing',
    'f09-page-fangsong.docx': 'page-fangsong',
    'f10-no-indent.docx': 'no-indent',
    'f11-red-body.docx': 'red-body',
}


def letter_page(doc):
    """Undo a4(): the default template's Letter paper and 1-inch margins."""
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21.59), Cm(27.94)
    sec.top_margin = sec.bottom_margin = sec.left_margin = sec.right_margin = Cm(2.54)


def main():
    manifest = {
        'description': 'Conformance fixtures (paths relative to fixtures/), written by scripts/python-docx/make.py; read by '
                       'test/conformance/conformance.test.ts. clean: no error and no warning from any rule. '
                       'faults: rule id, line = ordinal of the w:p among all w:p under w:body (null: a '
                       'page-level finding), severity (error unless said).',
        'files': [],
    }
    made = []
    for name, fn in [('c01-notice.docx', c01_notice), ('c02-request.docx', c02_request),
                     ('c03-letter.docx', c03_letter), ('c04-speech.docx', c04_speech),
                     ('c05-notice-headings.docx', c05_notice_headings), ('c06-minutes.docx', c06_minutes),
                     ('c07-letter-format.docx', c07_letter_format)]:
        doc, faults = fn()
        made.append(finish(doc, name))
        manifest['files'].append({'file': 'python-docx/' + name, 'clean': True, 'faults': []})
    for name, fault in FAULTY.items():
        doc, faults = c01_notice(fault)
        if fault == 'letter':
            letter_page(doc)
        made.append(finish(doc, name))
        manifest['files'].append({'file': 'python-docx/' + name, 'clean': False, 'faults': faults})
    doc, faults = c03_letter('plain-title')
    made.append(finish(doc, 'f12-plain-title-songti.docx'))
    manifest['files'].append({'file': 'python-docx/f12-plain-title-songti.docx', 'clean': False, 'faults': faults})
    # Written in LibreOffice's own format, not from python-docx: `node scripts/build-fixtures.mjs --libreoffice`
    # (soffice --headless --convert-to docx --outdir fixtures/libreoffice fixtures/libreoffice/src/*.fodt).
    doc, faults = f13_no_east_asia()
    made.append(finish(doc, 'f13-no-east-asia.docx'))
    manifest['files'].append({'file': 'python-docx/f13-no-east-asia.docx', 'clean': False, 'faults': faults})
    for name in ('notice', 'request'):
        manifest['files'].append({'file': f'libreoffice/{name}.docx', 'from': f'libreoffice/src/{name}.fodt',
                                  'clean': True, 'faults': []})
    for src, (dst, faults) in LO_SOURCES.items():
        manifest['files'].append({'file': 'libreoffice/' + dst, 'from': 'python-docx/' + src, 'clean': not faults,
                                  'faults': faults})
    with open(os.path.join(OUT, 'manifest.json'), 'w', encoding='utf-8') as f:
        json.dump(manifest, f, ensure_ascii=False, indent=2)
        f.write('\n')
    print('\n'.join(made))
    if '--lo' in sys.argv:
        convert_lo()


# LibreOffice drops the formatting of a PAGE field whose fldChar/instrText sit in one w:r (the
# usual python-docx helper): the result run comes back with an empty w:rPr, so the page number takes
# the footer paragraph's style (here 仿宋 16 pt). Those round trips are kept as faulty fixtures.
LO_PAGE_FONT = [{'rule': 'format/page-number', 'line': None, 'severity': 'warning',
                 'note': f'LibreOffice往返后页码域结果丢失格式，取段落样式字体（{part}）'} for part in ('页脚', '偶数页页脚')]
LO_SOURCES = {
    'c02-request.docx': ('lo-c02-request.docx', []),
    'c04-speech.docx': ('lo-c04-speech.docx', []),
    'c06-minutes.docx': ('lo-c06-minutes.docx', []),
    'c07-letter-format.docx': ('lo-c07-letter-format.docx', []),
    'c01-notice.docx': ('lo-c01-notice.docx', LO_PAGE_FONT),
    'c05-notice-headings.docx': ('lo-c05-notice-headings.docx', LO_PAGE_FONT),
    'f03-title-18pt.docx': ('lo-f03-title-18pt.docx', LO_PAGE_FONT + [
        {'rule': 'format/font-size', 'line': 6, 'severity': 'warning', 'note': '标题18磅（小二）'}]),
}


def convert_lo():
    """Round-trip through LibreOffice: it rewrites styles, fields and fonts its own way."""
    tmp = tempfile.mkdtemp()
    try:
        for src, (dst, _) in LO_SOURCES.items():
            work = os.path.join(tmp, 'in')
            os.makedirs(work, exist_ok=True)
            shutil.copy(os.path.join(OUT, src), os.path.join(work, 'x.docx'))
            odt = os.path.join(tmp, 'odt')
            subprocess.run(['soffice', '--headless', '--convert-to', 'odt', '--outdir', odt,
                            os.path.join(work, 'x.docx')], check=True, capture_output=True)
            out = os.path.join(tmp, 'out')
            subprocess.run(['soffice', '--headless', '--convert-to', 'docx:MS Word 2007 XML', '--outdir', out,
                            os.path.join(odt, 'x.odt')], check=True, capture_output=True)
            shutil.copy(os.path.join(out, 'x.docx'), os.path.join(LO_OUT, dst))
            print(os.path.join(LO_OUT, dst))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == '__main__':
    main()
