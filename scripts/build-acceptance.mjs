#!/usr/bin/env node
/**
 * Writes the acceptance drafts in fixtures/acceptance/ and their manifest
 * (fixtures/acceptance/manifest.json), read by test/acceptance/acceptance.test.ts.
 *
 *   node scripts/build-acceptance.mjs
 *
 * Each draft is invented text, written the way a 市/县 government office drafts: .txt (one saved as
 * GB18030 with CRLF line ends, the bytes produced by `iconv -f UTF-8 -t GB18030`; one UTF-8 with a BOM), .md, and .docx
 * built with the `docx` package (GB/T 9704—2012 page setup, fonts, 版头, 版记, "— N —" footers).
 * Files named c*-… are clean conforming documents: the tool must report nothing on them. Files named
 * f*-… carry planted faults; each planted fault lists the rule that must catch it, and the text its
 * SARIF region must cover. The line of a fault is computed here: for .txt/.md the 1-based source line
 * that contains `at` (default: the planted text); for .docx the ordinal of the w:p (among all w:p under
 * w:body) whose text contains it. `fileLevel: true` marks a document-level finding (page size,
 * margins, footers), which SARIF reports without a region; `message` is then a string the message
 * must contain. `also` lists findings on a draft that are not planted but right (a planted fault that a
 * second rule reports too, a real defect that comes with a planted one); anything else is a false alarm.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import {
  AlignmentType, BorderStyle, Document, DocumentGridType, Footer, LineRuleType, Packer, PageNumber, Paragraph,
  Tab, Table, TableCell, TableRow, TabStopType, TextRun, WidthType, InsertedTextRun, DeletedTextRun,
  CommentRangeStart, CommentRangeEnd, CommentReference,
} from 'docx';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = join(root, 'fixtures/acceptance');
const FIXED_DATE = new Date('2024-09-01T08:00:00Z');

// ------------------------------------------------------------------------------------------------
// Text drafts
// ------------------------------------------------------------------------------------------------

const TEXT_DRAFTS = [
  // ---------------------------------------------------------------- f01: 通知, .txt UTF-8
  {
    file: 'f01-fire-prevention-notice.txt',
    kind: '通知',
    text: `石桥县人民政府办公室文件
石政办发〔24〕第5号

石桥县人民政府办公室关于做好2024年秋冬季森林防火工作的通知

各乡镇人民政府，县政府各部门:
　　为切实做好今年秋冬季森林防火工作，有效预防和减少森林火灾发生，保护人民群众生命财产安全和森林资源安全，经县政府同意，现将有关事项通知如下。
　　一、充分认识防火形势
　　今年入秋以来，我县降水偏少、气温偏高，林区可燃物载量大，森林火险等级持续偏高，防火形势严峻复杂。各乡镇、各部门要充分认识做好森林防火工作的重要性和紧迫性，坚决克服麻痹思想和侥幸心理。
　　二、全面落实防火责任
　　各地要重点抓好三项工作：一是严格落实乡镇、村两级护林员巡山制度；二是加强野外用火管理，严禁在林区焚烧秸秆、燃放烟花爆竹。
　　各乡镇要对辖区内重点林区开展隐患排查，排查工作截止10月底全部完成，排查出的隐患要建立台账、限期整改。
　　四、强化应急保障
　　县应急管理局要会同县林业局做好扑火物资储备，扑火队员到岗率保持在85%以上，重点时段林区巡护频次较平时提高15～30%。
　　附件:石桥县森林防火重点区域名单。

石桥县人民政府办公室
2024年09月05日
（此件公开发布）

附件

石桥县森林防火重点区域名单

　　青龙山林区、白石岭林区、清溪河两岸防护林带。

抄送：县委办公室、县人大常委会办公室、县政协办公室。
石桥县人民政府办公室　　　　　　　　2024年9月5日印发
`,
    faults: [
      { rule: 'element/document-number', text: '24', at: '石政办发〔24〕', note: '文号年份只写两位：〔24〕' },
      { rule: 'element/document-number', text: '第', at: '石政办发〔24〕', note: '顺序号前加“第”：〔24〕第5号' },
      { rule: 'element/addressee-colon', text: ':', at: '县政府各部门:', note: '主送机关以半角冒号结尾' },
      { rule: 'consistency/announced-count', text: '三项工作', note: '“重点抓好三项工作：一是…二是…”只列两项' },
      { rule: 'phrasing/context-pair', text: '截止', note: '“截止10月底”应为“截至”' },
      { rule: 'element/heading-sequence', text: '四、', at: '四、强化应急保障', note: '一级标题一、二、四、跳号' },
      { rule: 'number/range-units', text: '15～30%', note: '“15～30%”应为“15%～30%”' },
      { rule: 'element/attachment-note', text: ':', at: '附件:石桥县', note: '附件说明用半角冒号' },
      { rule: 'element/attachment-note', text: '。', at: '附件:石桥县', note: '附件名称后加句号' },
      { rule: 'element/issue-date', text: '2024年09月05日', note: '成文日期月、日编虚位' },
      { rule: 'element/copy-to', text: '、', at: '抄送：县委办公室', note: '抄送机关间用顿号' },
    ],
    also: [
      { rule: 'punctuation/fullwidth-punctuation', text: ':', at: '县政府各部门:', note: '同一个半角冒号也由 fullwidth-punctuation 报告（重复报告）' },
      { rule: 'punctuation/fullwidth-punctuation', text: ':', at: '附件:石桥县', note: '同一个半角冒号也由 fullwidth-punctuation 报告（重复报告）' },
    ],
  },

  // ---------------------------------------------------------------- f02: 请示, .txt GB18030 + CRLF
  {
    file: 'f02-road-funds-request-gb18030.txt',
    kind: '请示',
    encoding: 'gb18030',
    crlf: true,
    text: `丰源市交通运输局
丰交发[2024]05号　　　　　　　　签发人：陈立

丰源市交通运输局关于申请农村公路养护补助资金的请示

市人民政府：
　　近年来，我市农村公路里程持续增加，截至2024年5月底，全市农村公路总里程达到3260公里。由于部分路段建成年限较长，路面破损、边沟堵塞等问题较为突出，每个乡镇约有3、4个路段亟需集中整治。
　　为保障群众安全便捷出行，经局党组研究，恳请市政府安排农村公路养护补助资金800万元，用于重点路段的路面修复和安全设施完善。同时，请批准在我局增设农村公路养护中心，核定事业编制5名。
　　我局已于2024年6月3日（星期二）召开专题会议，对资金使用方案进行了研究，具体实施方案由××科负责细化。
　　妥否，请批示。

丰源市交通运输局
2024年6月12日
（联系人：刘洋，电话：××××××××）
`,
    faults: [
      { rule: 'element/document-number', text: '[2024]', note: '文号年份用方括号' },
      { rule: 'element/document-number', text: '05', at: '丰交发[2024]05号', note: '顺序号编虚位 05' },
      { rule: 'number/approximate-in-hanzi', text: '3、4个', note: '概数“3、4个”应为“三四个”' },
      { rule: 'consistency/request-one-matter', text: '请批准', at: '同时，请批准', note: '一件请示提出两项请求（拨款、增设机构）' },
      { rule: 'consistency/weekday', text: '星期二', note: '2024年6月3日是星期一' },
      { rule: 'placeholder/filler-mark', text: '××', at: '由××科', note: '占位符 ×× 未替换' },
      { rule: 'placeholder/filler-mark', text: '××××××××', note: '联系电话占位符未替换' },
    ],
  },

  // ---------------------------------------------------------------- f03: 报告, .md
  {
    file: 'f03-economy-report.md',
    kind: '报告',
    text: `# 丰源市统计局关于2024年上半年全市经济运行情况的报告

市人民政府：

今年以来，在市委、市政府的坚强领导下，全市上下认真贯彻落实各项决策部署，经济运行总体平稳、稳中有进。现将有关情况报告如下。

## 一、主要指标完成情况

上半年，全市实现地区生产总值286.4亿元，同比增长5.8%。规模以上工业增加值由去年同期的60亿元增至69亿元，增长12%。社会消费品零售总额98.2亿元，同比增长6.1%。

全市固定资产投资保持平稳增长，重点项目建设有序推进。

## 二、存在的主要问题

一是部分企业订单不足，生产经营压力较大；二是民间投资意愿不强，增速有所回落。

从二零二四年一季度开始，部分行业用工需求下降，就业压力有所加大。全市固定资产投资保持平稳增长，重点项目建设有序推进。

## 三、下一步工作打算

下一步，我们将加强经济运行监测分析,及时研判苗头性、
倾向性问题:为市委、市政府科学决策提供参考。

以上报告，妥否，请批示。

丰源市统计局

2024年7月15日
`,
    faults: [
      { rule: 'consistency/growth-rate', text: '增长12%', note: '60亿元增至69亿元是增长15%，不是12%' },
      { rule: 'number/ling-vs-circle', text: '二零二四年', note: '年份中的“零”应为“〇”' },
      { rule: 'consistency/duplicate-sentence', text: '全市固定资产投资保持平稳增长，重点项目建设有序推进。', at: '从二零二四年', note: '同一句话第二次出现' },
      { rule: 'punctuation/fullwidth-punctuation', text: ',', at: '监测分析,', note: '中文句中半角逗号' },
      { rule: 'punctuation/fullwidth-punctuation', text: ':', at: '倾向性问题:', note: '中文句中半角冒号' },
      { rule: 'element/report-no-request', text: '妥否，请批示', note: '报告夹带请示事项' },
    ],
  },

  // ---------------------------------------------------------------- f04: 讲话稿, .md
  {
    file: 'f04-projects-speech.md',
    kind: '讲话稿',
    text: `# 在全县重点项目建设推进会上的讲话

（2024年4月18日）

同志们：

今天召开全县重点项目建设推进会，主要任务是总结一季度项目建设情况，分析存在的问题，安排布署下一阶段工作。刚才，县发展改革局通报了有关情况，几位同志作了很好的发言，我都同意。下面，我讲三点意见。

## 一、坚定信心，切实增强抓项目的紧迫感

**项目是经济发展的“压舱石。**全县上下要坚定道路自信、制度自信、理论自信、文化自信，以项目建设的实际成效检验干部作风。

## 二、聚焦重点，全力推动项目落地见效

各部门要严格按照《党政机关公文处理条例》的要求规范办文，对征地拆迁、要素保障、审批服务...各个环节逐项过堂，确保一季度开工的12个项目按期完成年度投资计划。

同志们，项目建设事关全县发展大局。让我们坚定信心、真抓实干，奋力完成全年目标任务！
`,
    faults: [
      { rule: 'typo/common-typo', text: '布署', note: '“布署”应为“部署”' },
      { rule: 'consistency/announced-count', text: '三点意见', note: '宣布三点意见，只有两个一级标题' },
      { rule: 'punctuation/paired-marks', text: '“', at: '“压舱石', note: '左引号没有配对的右引号' },
      { rule: 'phrasing/political-formulation', text: '道路自信、制度自信、理论自信、文化自信', note: '“四个自信”次序错' },
      { rule: 'phrasing/regulation-title', text: '党政机关公文处理条例', note: '应为《党政机关公文处理工作条例》' },
      { rule: 'punctuation/ellipsis', text: '...', note: '省略号写成三个半角句点' },
    ],
  },

  // ---------------------------------------------------------------- f05: 函, .txt UTF-8
  {
    file: 'f05-river-patrol-letter.txt',
    kind: '函',
    bom: true, // saved by Notepad: UTF-8 with a byte-order mark
    text: `石桥县人民政府办公室关于商请联合开展清溪河跨界河段巡查的函

邻山县人民政府办公室：
　　石桥、邻山两县以清溪河为界，河道管理涉及两县7个乡镇。为贯彻落实《石桥县河道管理办法》、《石桥县河长制工作规定》,进一步加强跨界河流管理保护，按照《清溪河流域综合治理规划要求，我县拟于2024年8月与贵县联合开展清溪河跨界河段巡查。有关事项函告如下。
　　一、巡查时间。2024年8月12日至16日，具体日程另行商定。
　　二、巡查内容。重点检查非法采砂、违规设置排污口、河道“四乱等问题，对发现的问题建立清单、限期整改。
　　三、联系方式。我县联系人为县水利局XX同志，电话：0871-6123456。
　　请贵县予以支持，并于7月31日前函复。

石桥县人民政府办公室
2024年7月18日
`,
    faults: [
      { rule: 'punctuation/dunhao-between-quotes', text: '》、《', note: '并列书名号之间用顿号' },
      { rule: 'punctuation/fullwidth-punctuation', text: ',', at: '工作规定》,', note: '书名号后半角逗号' },
      { rule: 'punctuation/paired-marks', text: '《清溪河', note: '《 没有配对的 》' },
      { rule: 'punctuation/paired-marks', text: '“四乱', note: '左引号没有配对的右引号' },
      { rule: 'placeholder/filler-mark', text: 'XX', note: '姓名占位符 XX' },
    ],
  },

  // ---------------------------------------------------------------- f06: 纪要, .txt UTF-8
  {
    file: 'f06-executive-meeting-minutes.txt',
    kind: '纪要',
    text: `石桥县人民政府常务会议纪要

石桥县人民政府办公室　　　　　　　　2024年5月21日

　　2024年5月20日（星期三），县长周明主持召开县政府第15次常务会议，研究城区老旧小区改造等事项。现纪要如下。
　　一、关于城区老旧小区改造工作
　　（一）、会议听取了县住房和城乡建设局关于老旧小区改造工作的汇报。今年全县计划改造老旧小区42个，涉及居民3860户，截至目前已开工18个。
　　（二）会议要求，县住建局要会同各街道加快施工进度，确保10月底前全部完工。
　　会议明确了三项重点工作。一是加快施工进度，确保10月底前全部完工。二是加强质量监管，严格落实竣工验收制度。会议强调，各级各部门要坚定道路、制度、理论、文化自信，以钉钉子精神抓好改造工作。
　　二、关于城区停车设施建设工作
　　会议原则同意县城管局提出的停车设施建设方案，今年新增公共停车泊位1200个，其中城区800个、城郊新区300个。
　　会议要求，县城管局要会同县自然资源局做好用地保障，做到建设一批、投用一批。会议要求，县城管局要会同县自然资源局做好用地保障，做到建设一批、投用一批。

出席：周明、李华、王强、赵敏、陈立
请假：孙伟
列席：县政府办公室、县住建局、县城管局负责同志
`,
    faults: [
      { rule: 'consistency/weekday', text: '星期三', note: '2024年5月20日是星期一' },
      { rule: 'element/heading-sequence', text: '（一）、', note: '二级标题“（一）”后加顿号' },
      { rule: 'consistency/announced-count', text: '三项重点工作', note: '“明确了三项重点工作。一是…。二是…。”只列两项（列举项以句号分隔）' },
      { rule: 'phrasing/political-formulation', text: '道路、制度、理论、文化自信', note: '“四个自信”简写形式次序错' },
      { rule: 'consistency/total-sum', text: '1200个', at: '新增公共停车泊位', note: '800+300=1100，不是1200' },
      { rule: 'consistency/duplicate-sentence', text: '会议要求，县城管局要会同县自然资源局做好用地保障，做到建设一批、投用一批。', at: '县城管局要会同县自然资源局', occurrence: 2, note: '同一句话紧接着重复（第二次出现）' },
    ],
  },

  // ---------------------------------------------------------------- f12: 请示, .txt UTF-8 (numbers, two requests)
  {
    file: 'f12-emergency-centre-request.txt',
    kind: '请示',
    text: `丰源市卫生健康委员会
丰卫发〔2024〕9号　　　　　　　　签发人：吴敏

丰源市卫生健康委员会关于建设市急救指挥中心的请示

市人民政府：
　　近年来，我市院前急救需求快速增长，2023年全市急救呼叫量由上年的2.4万次增加到3万次，增长20%，每年约有3千名危重患者需要跨区县转运，现有急救调度系统已难以满足需要。
　　根据《丰源市“十四五”卫生健康发展规划》《丰源市院前医疗急救管理办法》，我委拟新建市急救指挥中心，项目总投资1500万元，其中：设备购置900万元，软件系统400万元，场地改造300万元。项目可行性研究报告已于2024.3.28编制完成。
　　为此，恳请市政府批准建设市急救指挥中心项目，并将所需资金纳入市级财政预算。同时，恳请市政府协调增加急救调度人员编制20名。
　　项目建成后，全市急救平均反应时间可由目前的15分钟缩短至12分钟左右，约20几个乡镇卫生院将接入统一调度平台。我委已于2024年4月10日（星期五）邀请5名专家(含2名外地专家)进行了论证，具体由XXX同志负责对接。
　　妥否，请批示。

丰源市卫生健康委员会
2024年4月12日
（联系人：郑洁，电话：12345678）
`,
    faults: [
      { rule: 'consistency/growth-rate', text: '增长20%', note: '2.4万次增至3万次是增长25%' },
      { rule: 'number/no-mixed-numerals', text: '3千', note: '“3千名”应为“3000名”或“三千名”' },
      { rule: 'consistency/total-sum', text: '1500万元', note: '900+400+300=1600万元，不是1500万元' },
      { rule: 'number/iso-date', text: '2024.3.28', note: '正文日期写作“2024年3月28日”' },
      { rule: 'consistency/request-one-matter', text: '恳请市政府协调', note: '一件请示两项请求（批准项目、增加编制）' },
      { rule: 'number/approximate-in-hanzi', text: '20几', note: '“20几个”应为“二十几个”' },
      { rule: 'consistency/weekday', text: '星期五', note: '2024年4月10日是星期三' },
      { rule: 'punctuation/fullwidth-punctuation', text: '(', at: '5名专家(', note: '中文句中半角括号' },
      { rule: 'placeholder/filler-mark', text: 'XXX', note: '姓名占位符 XXX' },
    ],
  },

  // ---------------------------------------------------------------- f13: 请示报告, .txt UTF-8 (issue 9: faults missed)
  {
    file: 'f13-archives-request-report.txt',
    kind: '请示',
    text: `青岭县档案馆关于购置档案密集架和增加编制的请示报告

县人民政府：
　　为进一步加强档案安全保管工作，切实提升档案利用服务水平，结合我馆实际，现将有关情况报告如下。
　　一、基本情况
　　（一）馆藏情况。我馆现有库房面积约1200平方米左右，馆藏档案超过10万卷以上，其中逾3000多卷已出现霉变。
　　（二）设备情况。现有密集架使用年限较长，目的是为了保障档案安全，需分批更新。
　　为进一步加强档案安全保管工作，切实提升档案利用服务水平，结合我馆实际，现将有关情况报告如下。库房问题较为突出。
　　二、存在的问题
　　1.库房容量不足。每年新接收档案3-5万卷，预计25年底库房将全部饱和。
　　三、请示事项
　　1.拟申请购置档案密集架120组，所需经费详见附件3。
　　2.拟申请增加专业技术人员编制3名。
　　以上事项拟于5月1号前启动。
　　妥否，请批示。
　　附件：1.密集架购置预算表
　　　　　2.库房现状照片

青岭县档案馆
2024年3月18日
`,
    faults: [
      { rule: 'element/document-kind', text: '请示报告', note: '文种“请示报告”不规范' },
      { rule: 'phrasing/redundancy', text: '约1200平方米左右', note: '约…左右成分赘余' },
      { rule: 'phrasing/redundancy', text: '超过10万卷以上', note: '超过…以上成分赘余' },
      { rule: 'phrasing/redundancy', text: '逾3000多', note: '逾…多成分赘余' },
      { rule: 'phrasing/redundancy', text: '目的是为了', note: '目的是为了成分赘余' },
      { rule: 'number/range-hyphen', text: '3-5万卷', note: '数值范围用短横线' },
      { rule: 'number/year-in-full', text: '25年', note: '“25年底”年份简写' },
      { rule: 'consistency/duplicate-sentence', text: '为进一步加强档案安全保管工作，切实提升档案利用服务水平，结合我馆实际，现将有关情况报告如下。', at: '报告如下。库房问题', note: '两段以同一句开头：粘贴重复' },
      { rule: 'consistency/request-one-matter', text: '拟申请', at: '拟申请增加', note: '一件请示两项请求（拟申请…两项）' },
      { rule: 'consistency/attachment-reference', text: '附件3', note: '正文提到附件3，附件说明只列2个' },
      { rule: 'number/day-not-hao', text: '5月1号', note: '日期用“号”' },
      { rule: 'element/heading-sequence', text: '1.', at: '1.库房容量不足', note: '一、下的条目用（一）（二），二、下同类条目直接用1.：跳过第二层' },
    ],
    also: [{ rule: 'number/range-units', text: '3-5万', note: '同一处：“万”只写在后一个数值上' }],
  },

  // ---------------------------------------------------------------- f14: 通知, .txt — heading series (issue 9)
  {
    file: 'f14-farmland-water-notice.txt',
    kind: '通知',
    text: `丰源市农业农村局关于做好2024年冬春农田水利建设工作的通知

各区县农业农村局：
　　为做好今冬明春农田水利建设工作，确保工程按期建成、发挥效益，现将有关事项通知如下。
　　一、工作目标
　　全市计划新建和改造高标准农田12万亩，整治灌排渠道300公里，新增节水灌溉面积5万亩。
　　二，五年来建设成效
　　（一）完成投资情况。五年来全市累计完成农田水利投资28亿元，其中市级以上资金16亿元。
　　（二）建成工程情况。累计建成小型水库除险加固工程46座，新建泵站120座。
　　3.群众受益情况。工程受益群众超过60万人，灌溉保证率明显提高。
　　（四）管护机制情况。各区县均建立了工程管护制度，落实管护人员和经费。
　　三、重点任务
　　1.加快项目建设。各区县要倒排工期、挂图作战，确保按期完成年度建设任务。
　　2.加强质量监管。严格落实项目法人责任制，加强施工过程质量抽检。
　　四、有关要求
　　截至11月20日，全市已累计开工项目85个，完成投资3.6亿元。各区县要于12月15日前将工作进展报市农业农村局。

丰源市农业农村局
2024年11月12日
`,
    faults: [
      { rule: 'element/heading-sequence', text: '二，', note: '一级标题“二，五年来建设成效”序数标点应为“二、”（“二，五年”不是数字并列）' },
      { rule: 'element/heading-sequence', text: '3.', at: '3.群众受益情况', note: '（一）（二）3.（四）：同一组序数中间换了形式，应为（三）' },
      { rule: 'element/heading-sequence', text: '1.', at: '1.加快项目建设', note: '二、下的条目用（一）（二），三、下同类条目直接用1.：跳过第二层' },
      { rule: 'consistency/as-of-date', text: '截至11月20日', note: '未写年份的截至日期（按成文年份）晚于成文日期11月12日' },
    ],
  },

  // ---------------------------------------------------------------- f16: 通知, .txt — signature and date on one line, redundancy (issue 9)
  {
    file: 'f16-festival-safety-notice.txt',
    kind: '通知',
    text: `丰源市应急管理局关于做好2025年春节期间安全防范工作的通知

各区县应急管理局，市有关单位：
　　春节将至，为确保全市安全生产形势持续稳定，现将有关事项通知如下。
　　一、提高思想认识
　　去年全市发生生产安全事故12起，较上年相比下降20%。各单位要充分认识做好节日安全防范工作的重要意义性，切实把思想和行动统一到市委、市政府的部署上来。
　　二、突出检查重点
　　各区县要组织不少于3个检查组，每个检查组至少3人以上，重点检查人员密集场所、燃气、烟花爆竹等领域。对检查中发现的隐患，要一律全部登记在册，限期整改。
　　三、加强值班值守
　　节日期间，各单位要严格落实领导带班和24小时值班制度。目前现在仍有个别单位未报送值班表，请于1月10日前补报。
　　四、及时报送信息
　　截至2025年1月31日，各区县已累计排查隐患1500余处。发生突发事件，要在30分钟内电话报告、1小时内书面报告。

丰源市应急管理局　2025年01月06日
`,
    faults: [
      { rule: 'phrasing/redundancy', text: '较上年相比', note: '“较”与“相比”重复' },
      { rule: 'phrasing/redundancy', text: '重要意义性', note: '“意义”后赘“性”' },
      { rule: 'phrasing/redundancy', text: '至少3人以上', note: '“至少”与“以上”重复' },
      { rule: 'phrasing/redundancy', text: '一律全部', note: '“一律”与“全部”重复' },
      { rule: 'phrasing/redundancy', text: '目前现在', note: '“目前”与“现在”重复' },
      { rule: 'consistency/as-of-date', text: '截至2025年1月31日', note: '截至日期晚于与署名同行的成文日期2025年1月6日' },
      { rule: 'element/issue-date', text: '2025年01月06日', note: '署名与成文日期同行，成文日期编了虚位' },
    ],
  },

  // ---------------------------------------------------------------- f17: 函 in the 信函格式, .txt (issue 9)
  {
    file: 'f17-river-patrol-letter.txt',
    kind: '函（信函格式）',
    text: `丰源市人民政府办公室
丰政办函〔2024〕58号

丰源市人民政府办公室关于商请支持跨界河道联合巡查工作的函

青山市人民政府办公室：
　　为加强跨界河道保护，我市拟于2024年12月开展跨界河道联合巡查。此次巡查的目的是为了及时发现和处置河道违法行为，巡查范围为两市交界河段约30公里左右。
　　现商请贵市派员参加，并于11月30日前将人员名单函告我办。
　　特此函告。

丰源市人民政府办公室
2024年11月18日

抄送：市水利局，市生态环境局。
丰源市人民政府办公室　2024年11月18日印发
`,
    faults: [
      { rule: 'phrasing/redundancy', text: '目的是为了', note: '“目的”与“为了”重复' },
      { rule: 'phrasing/redundancy', text: '约30公里左右', note: '“约”与“左右”重复' },
      { rule: 'element/print-line', text: '丰源市人民政府办公室　2024年11月18日印发', note: '信函格式（版头无“文件”、函字号、标题为函）版记不加印发机关和印发日期' },
    ],
  },

  // ---------------------------------------------------------------- f19: 报告 asking for approval in other words (issue 9)
  {
    file: 'f19-flood-funds-report.txt',
    kind: '报告',
    text: `丰源市水利局关于2024年汛期水毁工程修复情况的报告

市人民政府：
　　今年汛期，全市共有水毁工程86处，目前已修复61处。未能全部修复的原因主要是由于资金缺口较大。
　　经测算，完成剩余25处工程修复还需资金1800万元。为确保明年安全度汛，恳请市政府予以批准安排专项资金。
　　特此报告。

丰源市水利局
2024年11月20日
`,
    faults: [
      { rule: 'phrasing/redundancy', text: '原因主要是由于', note: '“原因”与“由于”重复' },
      { rule: 'element/report-no-request', text: '恳请市政府予以批准', note: '报告中夹带请示事项（“恳请……予以批准”）' },
    ],
  },

  // ---------------------------------------------------------------- f20: 请示 that asks for nothing at its end (issue 9)
  {
    file: 'f20-archive-room-request.txt',
    kind: '请示',
    text: `丰源市档案馆关于改造档案库房的请示

市文化广电旅游局：
　　我馆现有档案库房建于1998年，库房面积约1200平方米左右，已无法满足档案安全保管需要。
　　经初步测算，库房改造需资金320万元，拟于2025年上半年完成改造。

丰源市档案馆
2024年12月2日
`,
    faults: [
      { rule: 'phrasing/redundancy', text: '约1200平方米左右', note: '“约”与“左右”重复' },
      { rule: 'consistency/closing-formula', text: '经初步测算，库房改造需资金320万元，拟于2025年上半年完成改造。', note: '请示结尾没有请求语（如“妥否，请批示”）' },
    ],
  },

  // ---------------------------------------------------------------- f21: 通知 closing with a 请示's formula (issue 9)
  {
    file: 'f21-drill-notice.txt',
    kind: '通知',
    text: `丰源市应急管理局关于开展2025年春季应急演练的通知

各区县应急管理局：
　　为提高突发事件应急处置能力，市应急管理局决定于2025年3月开展春季应急演练。各区县要结合实际制定演练方案，于2月28日前报市应急管理局备案。
　　以上安排，请予批复。

丰源市应急管理局
2025年1月15日
`,
    faults: [
      { rule: 'consistency/closing-formula', text: '请予批复', note: '下行的通知用了请示的结束语“请予批复”' },
    ],
  },

  // ---------------------------------------------------------------- f22: 报告 with a directive's tone and redundancy (issue 9)
  {
    file: 'f22-market-inspection-report.txt',
    kind: '报告',
    text: `丰源市市场监督管理局关于2024年食品安全抽检情况的报告

市人民政府：
　　今年以来，我局共抽检食品样品3200批次，重点检查产品是否合格与否，尤其特别是校园周边食品。
　　抽检发现，城区与农村的问题类型完全截然不同：城区以标签不规范为主，农村以超范围使用添加剂为主。我局已责令相关经营者限期整改。
　　下一步，我局将加大监督抽检力度，以上措施，请遵照执行。
　　特此报告。

丰源市市场监督管理局
2024年12月10日
`,
    faults: [
      { rule: 'phrasing/redundancy', text: '是否合格与否', note: '“是否”与“与否”重复' },
      { rule: 'phrasing/redundancy', text: '尤其特别', note: '“尤其”与“特别”重复' },
      { rule: 'phrasing/redundancy', text: '完全截然', note: '“截然”已含“完全”' },
      { rule: 'element/direction-tone', text: '请遵照执行', note: '报告是上行文，不用指令性用语“请遵照执行”' },
    ],
  },

  // ---------------------------------------------------------------- c01: clean 通知, .txt UTF-8
  {
    file: 'c01-clean-heat-notice.txt',
    kind: '通知',
    clean: true,
    text: `000012
丰源市人民政府办公室文件
丰政办发〔2024〕21号

丰源市人民政府办公室关于做好2024—2025年度城镇供热保障工作的通知

各区县人民政府，市政府各部门：
　　为切实做好今冬明春城镇供热保障工作，确保群众温暖过冬，经市政府同意，现将有关事项通知如下。
　　一、明确工作目标
　　今年全市供热面积由去年的4000万平方米增加到4600万平方米，增长15%。各区县要按照“早准备、早检修、早供热”的要求，于2024年11月1日（星期五）前完成热源和管网检修，室温达标率保持在98%以上。
　　二、压实工作责任
　　各地要重点抓好三项工作：一是落实供热企业主体责任；二是加强燃煤和天然气储备；三是做好困难群众取暖救助。截至10月底，各区县要将检修进展情况报市城市管理局。
　　（一）加强热源保障。供热企业燃料储备不少于15天用量，储备量一般为日均用量的15%～30%。
　　（二）加强应急处置。每个街道组建三四支抢修队伍，接到报修后2小时内到达现场。
　　（三）加强监测预警。市生态环境局要加强PM2.5等污染物监测，供热期间每日上午9:00前发布空气质量信息。各供热企业要落实“先检修、后供热”的要求，对照《城镇供热系统运行维护技术规程》逐项检查，按1∶500比例绘制管网图。
　　2021—2025年，全市计划改造老旧供热管网320公里，今年已完成86公里，完成率比上年提高4.5个百分点。对群众反映的问题，第一，要即接即办；第二，要限时办结，做到“件件有回音、事事有着落”。
　　三、强化督促检查
　　市城市管理局要依据《丰源市城市供热条例》《丰源市供热服务规范》，会同有关部门开展专项督查，督查结果纳入“十四五”城市管理考核（见附件1）。
　　附件：1.丰源市2024—2025年度供热保障责任单位名单
　　　　　2.丰源市供热应急抢修联系表

丰源市人民政府办公室
2024年10月9日
（此件公开发布）

附件1

丰源市2024—2025年度供热保障责任单位名单

　　市城市管理局、市发展改革委、市住房城乡建设局、国网丰源供电公司。

附件2

丰源市供热应急抢修联系表

　　市城市管理局供热处：12345678。

抄送：市委办公室，市人大常委会办公室，市政协办公室，市中级人民法院，
　　　市人民检察院，国网丰源供电公司。
丰源市人民政府办公室　　　　　　　　2024年10月9日印发
`,
    faults: [],
  },

  // ---------------------------------------------------------------- c02: clean 讲话稿, .md
  {
    file: 'c02-clean-safety-speech.md',
    kind: '讲话稿',
    clean: true,
    text: `# 在全市安全生产工作会议上的讲话

（2024年3月12日）

同志们：

今天召开全市安全生产工作会议，主要任务是总结去年工作，部署今年任务。下面，我讲三点意见。

## 一、提高政治站位，坚决扛起安全生产责任

各级各部门要增强政治意识、大局意识、核心意识、看齐意识，坚定道路自信、理论自信、制度自信、文化自信，牢固树立安全发展理念，始终把人民群众生命安全放在第一位。

要深入学习贯彻党的二十大精神，深刻领悟“两个确立”的决定性意义，坚决做到“两个维护”。**安全生产是发展的底线，也是民生的红线。**去年以来，我们对全市1.2万家企业开展了“全覆盖”检查，对检查中发现的问题，逐一“对账销号”。

## 二、突出重点领域，深入开展隐患排查整治

去年全市共排查一般隐患2400项，已整改2280项，整改率95%。全年生产安全事故起数由上年的40起下降到32起，下降20%。今年要聚焦危险化学品、道路交通、建筑施工、燃气等重点行业领域，逐项建立问题清单、整改清单和责任清单。

## 三、强化责任落实，确保各项措施落地见效

要严格落实《党政机关公文处理工作条例》关于公文办理时限的要求，对排查中发现的重大隐患实行挂牌督办，做到整改责任、措施、资金、时限和预案“五到位”。

要用好《安全生产法》和《生产安全事故应急条例》赋予的执法手段，对非法违法生产经营行为“零容忍”。二〇二四年是实施“十四五”规划的关键一年，各区县要对照年度目标，倒排工期、挂图作战。

同志们，安全生产责任重于泰山。让我们以更加坚决的态度、更加有力的举措，扎实做好全年安全生产各项工作！
`,
    faults: [],
  },
];

// ------------------------------------------------------------------------------------------------
// DOCX drafts
// ------------------------------------------------------------------------------------------------

const SZ = { size2: 44, size3: 32, size4: 28 };
const A4 = { width: 11906, height: 16838 };
const LETTER = { width: 12240, height: 15840 };
const MARGINS = { top: 2098, bottom: 1984, left: 1588, right: 1474, header: 851, footer: 992, gutter: 0 };
const FANGSONG = '仿宋_GB2312';
const f = (eastAsia, ascii = 'Times New Roman') => ({ eastAsia, ascii, hAnsi: ascii });

function gongwenStyles() {
  return {
    default: {
      document: {
        run: { font: f(FANGSONG), size: SZ.size3 },
        paragraph: { spacing: { line: 579, lineRule: LineRuleType.EXACT } },
      },
    },
    paragraphStyles: [
      {
        id: 'GwBody', name: 'Gongwen Body', basedOn: 'Normal', quickFormat: true,
        paragraph: { indent: { firstLine: 640, firstLineChars: 200 }, alignment: AlignmentType.JUSTIFIED },
      },
      {
        id: 'GwTitle', name: 'Gongwen Title', basedOn: 'Normal', next: 'Normal',
        run: { font: f('方正小标宋简体'), size: SZ.size2 },
        paragraph: { alignment: AlignmentType.CENTER },
      },
      {
        id: 'GwHeading1', name: 'Gongwen Heading 1', basedOn: 'GwBody', next: 'GwBody',
        run: { font: f('黑体') }, paragraph: { outlineLevel: 0 },
      },
      {
        id: 'GwHeading2', name: 'Gongwen Heading 2', basedOn: 'GwBody', next: 'GwBody',
        run: { font: f('楷体_GB2312') }, paragraph: { outlineLevel: 1 },
      },
      { id: 'GwHeading3', name: 'Gongwen Heading 3', basedOn: 'GwBody', next: 'GwBody', paragraph: { outlineLevel: 2 } },
      {
        id: 'GwImprint', name: 'Gongwen Imprint', basedOn: 'Normal',
        run: { size: SZ.size4 }, paragraph: { indent: { left: 280, right: 280 } },
      },
    ],
  };
}

/** A paragraph entry: its plain text (for locating faults) and the docx Paragraph. */
const P = (text, para) => ({ text, para });
const body = (text) => P(text, new Paragraph({ style: 'GwBody', children: [new TextRun(text)] }));
const h1 = (text) => P(text, new Paragraph({ style: 'GwHeading1', children: [new TextRun(text)] }));
const h2 = (text) => P(text, new Paragraph({ style: 'GwHeading2', children: [new TextRun(text)] }));
/** A body paragraph whose text is split over several runs, as Word leaves it after editing. */
const bodyRuns = (...parts) =>
  P(parts.join(''), new Paragraph({ style: 'GwBody', children: parts.map((t, i) => new TextRun(i % 2 ? { text: t, font: f(FANGSONG) } : t)) }));
/** A table: one w:p per cell, so it takes as many paragraph ordinals as it has cells. */
const table = (rows) => ({
  texts: rows.flat(),
  para: new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: rows.map((cells) => new TableRow({
      children: cells.map((text) => new TableCell({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun(text)] })] })),
    })),
  }),
});
const plain = (text) => P(text, new Paragraph({ children: [new TextRun(text)] }));
const blank = () => P('', new Paragraph({ children: [] }));
const title = (text, font = '方正小标宋简体') =>
  P(text, new Paragraph({
    style: 'GwTitle',
    children: [new TextRun(font === '方正小标宋简体' ? { text } : { text, font: f(font, font) })],
  }));
const issuerMark = (text) =>
  P(text, new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { line: 240, lineRule: LineRuleType.AUTO },
    children: [new TextRun({ text, font: f('方正小标宋简体'), size: 72, color: 'FF0000' })],
  }));
/** 发文字号 (centred, red line below), or 文号 left + 签发人 right for upward documents. */
const docNumber = (number, signer) => {
  if (!signer) {
    return P(number, new Paragraph({
      alignment: AlignmentType.CENTER,
      border: { bottom: { style: BorderStyle.SINGLE, size: 12, color: 'FF0000', space: 8 } },
      children: [new TextRun(number)],
    }));
  }
  return P(`${number}\t签发人：${signer}`, new Paragraph({
    indent: { left: 320, right: 320 },
    tabStops: [{ type: TabStopType.RIGHT, position: 8640 }],
    border: { bottom: { style: BorderStyle.SINGLE, size: 12, color: 'FF0000', space: 8 } },
    children: [new TextRun({ children: [number, new Tab(), '签发人：'] }), new TextRun({ text: signer, font: f('楷体_GB2312') })],
  }));
};
const signature = (text) =>
  P(text, new Paragraph({ alignment: AlignmentType.RIGHT, indent: { right: 1280 }, children: [new TextRun(text)] }));
const attachmentLabel = (text) =>
  P(text, new Paragraph({ pageBreakBefore: true, children: [new TextRun({ text, font: f('黑体') })] }));
const copyTo = (text) =>
  P(text, new Paragraph({
    style: 'GwImprint',
    border: {
      top: { style: BorderStyle.SINGLE, size: 8, color: '000000', space: 1 },
      bottom: { style: BorderStyle.SINGLE, size: 4, color: '000000', space: 1 },
    },
    children: [new TextRun(text)],
  }));
const printLine = (organ, date) =>
  P(`${organ}\t${date}`, new Paragraph({
    style: 'GwImprint',
    tabStops: [{ type: TabStopType.RIGHT, position: 8640 }],
    border: { bottom: { style: BorderStyle.SINGLE, size: 8, color: '000000', space: 1 } },
    children: [new TextRun({ children: [organ, new Tab(), date] })],
  }));

/**
 * The issuer mark in a floating text box, as Word templates often place it: one w:p holding an
 * mc:AlternateContent whose mc:Choice (wps) and mc:Fallback (VML) each carry the same w:txbxContent
 * paragraph. Written as a marker paragraph and swapped for the XML after packing (the docx package
 * writes VML-only text boxes). By the position contract (issue 2: the mc:Fallback copy inside
 * mc:AlternateContent is not counted) it takes two ordinals: the outer paragraph and the Choice copy.
 */
const TEXTBOX_MARK = 'TEXTBOX-ISSUER-MARK';
const issuerMarkInTextBox = (text) => ({
  texts: ['', text],
  textBox: text,
  para: new Paragraph({ children: [new TextRun(TEXTBOX_MARK)] }),
});
function textBoxXml(text) {
  const inner = `<w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:rPr><w:rFonts w:ascii="Times New Roman" w:eastAsia="方正小标宋简体" w:hAnsi="Times New Roman"/><w:color w:val="FF0000"/><w:sz w:val="72"/><w:szCs w:val="72"/></w:rPr><w:t>${text}</w:t></w:r></w:p>`;
  return '<w:p><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>' +
    '<wp:anchor distT="0" distB="0" distL="114300" distR="114300" simplePos="0" relativeHeight="251659264" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">' +
    '<wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="margin"><wp:align>center</wp:align></wp:positionH>' +
    '<wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV><wp:extent cx="5616000" cy="900000"/>' +
    '<wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapTopAndBottom/><wp:docPr id="1" name="文本框 1"/><wp:cNvGraphicFramePr/>' +
    '<a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">' +
    '<wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="5616000" cy="900000"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:noFill/><a:ln><a:noFill/></a:ln></wps:spPr>' +
    `<wps:txbx><w:txbxContent>${inner}</w:txbxContent></wps:txbx>` +
    '<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="0" tIns="0" rIns="0" bIns="0" anchor="t" anchorCtr="0"><a:noAutofit/></wps:bodyPr></wps:wsp>' +
    '</a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice><mc:Fallback><w:pict>' +
    '<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>' +
    '<v:shape id="文本框 1" o:spid="_x0000_s1026" type="#_x0000_t202" style="position:absolute;margin-left:0;margin-top:0;width:442.2pt;height:70.85pt;z-index:251659264;mso-position-horizontal:center;mso-position-horizontal-relative:margin" filled="f" stroked="f">' +
    `<v:textbox inset="0,0,0,0"><w:txbxContent>${inner}</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>`;
}

/**
 * A red double line (上粗下细) drawn with Word's line tool under the mark of a 信函 (GB/T 9704—2012 10.1):
 * a DrawingML connector with its VML fallback, anchored in an empty paragraph (one ordinal). Written as
 * a marker paragraph and swapped for the XML after packing, like the text box above.
 */
const DRAWN_LINE = 'DRAWN-RED-DOUBLE-LINE';
const redDoubleLine = () => ({ text: '', drawnLine: true, para: new Paragraph({ children: [new TextRun(DRAWN_LINE)] }) });
function drawnLineXml() {
  return '<w:p><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>' +
    '<wp:anchor distT="0" distB="0" distL="114300" distR="114300" simplePos="0" relativeHeight="251660288" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">' +
    '<wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="margin"><wp:align>center</wp:align></wp:positionH>' +
    '<wp:positionV relativeFrom="paragraph"><wp:posOffset>50800</wp:posOffset></wp:positionV><wp:extent cx="5616000" cy="0"/>' +
    '<wp:effectExtent l="0" t="19050" r="0" b="19050"/><wp:wrapNone/><wp:docPr id="3" name="直接连接符 3"/><wp:cNvGraphicFramePr/>' +
    '<a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">' +
    '<wps:wsp><wps:cNvCnPr/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="5616000" cy="0"/></a:xfrm><a:prstGeom prst="line"><a:avLst/></a:prstGeom>' +
    '<a:ln w="38100" cmpd="thickThin"><a:solidFill><a:srgbClr val="FF0000"/></a:solidFill></a:ln></wps:spPr><wps:bodyPr/></wps:wsp>' +
    '</a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice><mc:Fallback><w:pict>' +
    '<v:line id="直接连接符 3" o:spid="_x0000_s1027" style="position:absolute;z-index:251660288;mso-position-horizontal:center;mso-position-horizontal-relative:margin" from="0,4pt" to="442.2pt,4pt" strokecolor="red" strokeweight="3pt">' +
    '<v:stroke linestyle="thickThin"/></v:line></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>';
}

/** "— N —" footers: odd pages right, even pages left, one character in; 宋体 4号. */
function pageFooter(align) {
  const run = (children) => new TextRun({ children, font: f('宋体', '宋体'), size: SZ.size4 });
  return new Footer({
    children: [
      new Paragraph({
        alignment: align,
        indent: align === AlignmentType.RIGHT ? { right: 280 } : { left: 280 },
        children: [run(['— ']), run([PageNumber.CURRENT]), run([' —'])],
      }),
    ],
  });
}

function conformingDocument(paragraphs) {
  return new Document({
    creator: 'gongwen-lint acceptance fixtures',
    comments: { children: [{ id: 0, author: '县粮食和物资储备中心', date: FIXED_DATE, children: [new Paragraph('网点数已与各乡镇核对，XX乡待补报。')] }] },
    evenAndOddHeaderAndFooters: true,
    styles: gongwenStyles(),
    sections: [{
      properties: { page: { size: A4, margin: MARGINS }, grid: { type: DocumentGridType.LINES, linePitch: 579 } },
      footers: { default: pageFooter(AlignmentType.RIGHT), even: pageFooter(AlignmentType.LEFT) },
      children: paragraphs.map((x) => x.para),
    }],
  });
}

const DOCX_DRAFTS = [
  // ---------------------------------------------------------------- f15: 通知 sent in the 信函格式 (issue 9)
  {
    file: 'f15-port-inspection-letter.docx',
    kind: '通知（信函格式）',
    paragraphs: [
      issuerMark('丰源市人民政府办公室'),
      redDoubleLine(),
      P('丰政办函〔2024〕36号', new Paragraph({ alignment: AlignmentType.RIGHT, children: [new TextRun('丰政办函〔2024〕36号')] })),
      blank(),
      title('丰源市人民政府办公室关于通报港口安全专项检查情况的通知'),
      blank(),
      plain('各区县人民政府，市政府各部门：'),
      body('为全面掌握港口安全专项检查进展，经市政府同意，现将有关情况通知如下。'),
      h1('一、检查总体情况'),
      body('截至2024年11月30日，全市已累计检查港口企业126家，排查一般隐患310项。'),
      h1('二、存在的主要问题'),
      body('部分企业安全培训不到位，应急演练流于形式，危险货物堆场管理不够规范。'),
      h1('3、下一步工作要求'),
      body('各区县要督促企业逐项整改，整改情况纳入年度安全生产考核。'),
      h1('四、工作保障'),
      body('各区县要于2024年12月10日前将整改情况报市交通运输局。'),
      blank(),
      signature('丰源市人民政府办公室'),
      signature('2024年11月8日'),
      blank(),
      copyTo('抄送：市委办公室，市人大常委会办公室。'),
    ],
    build: conformingDocument,
    faults: [
      { rule: 'format/page-number', fileLevel: true, message: '信函格式首页不显示页码', note: '信函格式（红色双线、发文字号居右）首页显示了页码' },
      { rule: 'consistency/as-of-date', text: '截至2024年11月30日', note: '截至日期晚于成文日期2024年11月8日' },
      { rule: 'element/heading-sequence', text: '3、', at: '3、下一步工作要求', note: '一、二、3、四、：同一组序数中间换了形式，应为“三、”' },
    ],
    also: [
      { rule: 'format/font-family', text: '3、下一步工作要求', note: '同一处：“3、”读作三级标题，三级标题应用仿宋（改为“三、”后黑体即对）' },
    ],
  },

  // ---------------------------------------------------------------- f18: 报告, .docx — signature and date on one line (issue 9)
  {
    file: 'f18-road-transport-report.docx',
    kind: '报告',
    paragraphs: [
      title('丰源市交通运输局关于2024年冬季道路运输安全工作情况的报告'),
      blank(),
      plain('市人民政府：'),
      body('按照市政府部署，我局组织开展了冬季道路运输安全检查。现将有关情况报告如下。'),
      h1('一、工作开展情况'),
      body('截至2024年11月30日，全市已累计检查道路运输企业215家，查处违法违规行为46起。'),
      h1('二、存在的问题'),
      body('部分企业动态监控落实不到位，个别驾驶员安全意识淡薄。'),
      h1('三、下一步工作'),
      body('我局将大力加大执法检查力度，确保全市道路运输安全形势稳定。'),
      body('特此报告。'),
      blank(),
      P('丰源市交通运输局\t二〇二四年十一月五日', new Paragraph({
        alignment: AlignmentType.RIGHT,
        indent: { right: 1280 },
        children: [new TextRun({ children: ['丰源市交通运输局', new Tab(), '二〇二四年十一月五日'] })],
      })),
    ],
    build: conformingDocument,
    faults: [
      { rule: 'consistency/as-of-date', text: '截至2024年11月30日', note: '截至日期晚于与署名同行（制表符分隔）的成文日期' },
      { rule: 'phrasing/redundancy', text: '大力加大执法检查力度', note: '“大力”与“加大……力度”重复' },
      { rule: 'element/issue-date', text: '二〇二四年十一月五日', note: '署名与成文日期同行，成文日期用了汉字' },
    ],
  },

  // ---------------------------------------------------------------- f07: 通知 with format faults
  {
    file: 'f07-gas-safety-notice.docx',
    kind: '通知',
    paragraphs: [
      issuerMark('丰源市人民政府办公室文件'),
      blank(),
      docNumber('丰政办发[2024]05号'),
      blank(),
      title('丰源市人民政府办公室关于开展城镇燃气安全专项整治的通知', '宋体'),
      blank(),
      plain('各区县人民政府，市政府各部门:'),
      body('为深刻吸取近期外地燃气事故教训,全面排查整治城镇燃气安全隐患，经市政府同意，决定在全市开展城镇燃气安全专项整治。现就做好以下三个方面工作通知如下。'),
      h1('一、整治范围'),
      body('全市范围内的燃气经营企业、餐饮等公共场所用户以及老旧小区居民用户。排查工作截止9月底前完成。'),
      h1('二、工作要求'),
      body('各区县要于××月××日前将排查整治情况报市城市管理局，联系人：××，电话：12345678。'),
      blank(),
      signature('丰源市人民政府办公室'),
      signature('2024年05月06日'),
      blank(),
      copyTo('抄送：市委办公室、市人大常委会办公室。'),
      printLine('丰源市人民政府办公室', '2024年5月6日印发'),
    ],
    build(paragraphs) {
      const footer = new Footer({
        children: [new Paragraph({
          alignment: AlignmentType.CENTER,
          children: [new TextRun({ children: ['第', PageNumber.CURRENT, '页'] })],
        })],
      });
      return new Document({
        creator: 'gongwen-lint acceptance fixtures',
        styles: gongwenStyles(),
        sections: [{
          properties: { page: { size: LETTER, margin: { top: 1440, bottom: 1440, left: 1800, right: 1800 } } },
          footers: { default: footer },
          children: paragraphs.map((x) => x.para),
        }],
      });
    },
    faults: [
      { rule: 'format/page-size', fileLevel: true, message: 'A4', note: 'Letter 纸（215.9 mm×279.4 mm）' },
      { rule: 'format/page-margins', fileLevel: true, message: '25.4', note: '页边距为 Word 默认值（上下 25.4 mm、左右 31.8 mm）' },
      { rule: 'format/page-number', fileLevel: true, message: '第1页', note: '页码写成“第1页”' },
      { rule: 'element/document-number', text: '[2024]', note: '文号年份用方括号' },
      { rule: 'element/document-number', text: '05', at: '丰政办发[2024]05号', note: '顺序号编虚位' },
      { rule: 'format/font-family', text: '丰源市人民政府办公室关于开展城镇燃气安全专项整治的通知', note: '标题用宋体而非小标宋' },
      { rule: 'element/addressee-colon', text: ':', at: '市政府各部门:', note: '主送机关以半角冒号结尾' },
      { rule: 'punctuation/fullwidth-punctuation', text: ',', at: '事故教训,', note: '中文句中半角逗号' },
      { rule: 'consistency/announced-count', text: '三个方面', note: '“现就做好以下三个方面工作通知如下”，正文只有一、二两部分' },
      { rule: 'phrasing/context-pair', text: '截止', note: '“截止9月底前”应为“截至”（或“9月底前”）' },
      { rule: 'placeholder/filler-mark', text: '××', at: '各区县要于××月', note: '日期占位符' },
      { rule: 'element/issue-date', text: '2024年05月06日', note: '成文日期编虚位' },
      { rule: 'element/copy-to', text: '、', at: '抄送：市委办公室', note: '抄送机关间用顿号' },
    ],
    also: [
      { rule: 'punctuation/fullwidth-punctuation', text: ':', at: '市政府各部门:', note: '同一个半角冒号也由 fullwidth-punctuation 报告（重复报告）' },
      { rule: 'format/page-number', fileLevel: true, message: '4号', note: '页脚用正文字体字号（仿宋三号）：该页脚确实不合规' },
      { rule: 'format/page-number', fileLevel: true, message: '奇偶页不同', note: '页脚未设奇偶页不同：该页脚确实不合规' },
    ],
  },

  // ---------------------------------------------------------------- f08: 意见, conforming layout, content faults
  {
    file: 'f08-digital-government-opinions.docx',
    kind: '意见',
    paragraphs: [
      issuerMark('丰源市人民政府文件'),
      blank(),
      docNumber('丰政发〔2024〕8号'),
      blank(),
      title('丰源市人民政府关于加快推进数字政府建设的实施意见'),
      blank(),
      plain('各区县人民政府，市政府各部门:'),
      P('为深入贯彻落实国家和省关于加强数字政府建设的部署要求，全面提升政府履职数字化、智能化水平，结合我市实际，提出如下意见。', new Paragraph({
        style: 'GwBody',
        children: [
          new TextRun('为深入贯彻落实国家和省关于加强数字政府建设的部署要求，'),
          new TextRun({ text: '全面提升政府履职数字化、智能化水平，结合我市实际，提出如下意见。', font: f('宋体', '宋体') }),
        ],
      })),
      h1('一、总体要求'),
      body('坚持以习近平新时代中国特色社会主义思想为指导，坚定道路自信、理论自信、文化自信、制度自信，坚持数据赋能、协同高效、安全可控。到2025年，全市政务服务事项网上可办率达到95%以上，“一网通办”能力显著增强。'),
      body('二、重点任务'),
      h2('（一）推进政务数据共享。'),
      body('今年共安排三项重点任务：一是建成市级政务数据共享交换平台；二是编制公共数据资源目录。'),
      h2('（二）提升政务服务效能。'),
      body('2023年全市政务服务网上办件量由120万件增加到150万件，增长20%。力争每个区县打造3、4个“一件事一次办”示范场景，企业群众办事跑动次数再减少15～30%。'),
      body('2024年重点任务及牵头单位见下表。'),
      table([['重点任务', '牵头单位', '完成时限'], ['政务数据共享交换平台', '市政务服务和数据管理局', '2024年10月'], ['公共数据资源目录', '市发展改革委', '2024年12月']]),
      h1('四、保障措施'),
      body('各地各部门要严格执行《丰源市政务数据管理办法》、《丰源市公共数据开放规定》，按照《丰源市数字政府建设规划要求抓好落实。'),
      body('附件:丰源市数字政府建设重点任务分工表'),
      blank(),
      signature('丰源市人民政府'),
      signature('2024年8月20日'),
      P('（此件公开发布）', new Paragraph({ style: 'GwBody', children: [new TextRun('（此件公开发布）')] })),
      attachmentLabel('附件'),
      blank(),
      title('丰源市数字政府建设重点任务分工表'),
      blank(),
      body('政务数据共享交换平台建设：市政务服务和数据管理局牵头，市财政局配合。'),
      blank(),
      copyTo('抄送：市委各部门，市人大常委会办公室，市政协办公室。'),
      printLine('丰源市人民政府办公室', '2024年8月20日印发'),
    ],
    build: conformingDocument,
    faults: [
      { rule: 'element/addressee-colon', text: ':', at: '市政府各部门:', note: '主送机关以半角冒号结尾' },
      { rule: 'format/font-family', text: '全面提升政府履职数字化、智能化水平', note: '正文后半段粘贴进来，字体为宋体' },
      { rule: 'phrasing/political-formulation', text: '道路自信、理论自信、文化自信、制度自信', note: '“四个自信”次序错' },
      { rule: 'format/font-family', text: '二、重点任务', note: '一级标题用正文仿宋，应为黑体' },
      { rule: 'consistency/announced-count', text: '三项重点任务', note: '“共安排三项重点任务”只列两项' },
      { rule: 'consistency/growth-rate', text: '增长20%', note: '120万件增至150万件是增长25%' },
      { rule: 'number/approximate-in-hanzi', text: '3、4个', note: '概数应为“三四个”' },
      { rule: 'number/range-units', text: '15～30%', note: '应为“15%～30%”' },
      { rule: 'element/heading-sequence', text: '四、', at: '四、保障措施', note: '一级标题一、二、四、跳号' },
      { rule: 'punctuation/dunhao-between-quotes', text: '》、《', note: '并列书名号间用顿号' },
      { rule: 'punctuation/paired-marks', text: '《丰源市数字政府建设规划', note: '《 未闭合' },
      { rule: 'element/attachment-note', text: ':', at: '附件:丰源市', note: '附件说明用半角冒号' },
    ],
    also: [
      { rule: 'punctuation/fullwidth-punctuation', text: ':', at: '市政府各部门:', note: '同一个半角冒号也由 fullwidth-punctuation 报告（重复报告）' },
      { rule: 'punctuation/fullwidth-punctuation', text: ':', at: '附件:丰源市', note: '同一个半角冒号也由 fullwidth-punctuation 报告（重复报告）' },
    ],
  },

  // ---------------------------------------------------------------- f09: 报告 that asks for approval; a draft
  // without 版头 (the office adds it at printing), title typed in 宋体
  {
    file: 'f09-safety-inspection-report.docx',
    kind: '报告',
    paragraphs: [
      title('石桥县应急管理局关于2024年上半年安全生产大检查情况的报告', '宋体'),
      blank(),
      plain('县人民政府：'),
      bodyRuns('按照县委、县政府统一布', '署，我局于二零', '二四年4月至6月在全县开展了安全生产大检查。现将有关情况报告如下。'),
      h1('一、检查基本情况'),
      body('此次检查共出动检查人员1260人次，检查生产经营单位860家，发现一般隐患1430项，已整改1380项。检查组于2024年6月14日（星期四）完成全部现场核查。'),
      body('各乡镇、各有关部门高度重视，主要负责同志亲自带队检查，确保检查不留死角。'),
      body('全县安全生产投入从1.5亿元增加到1.8亿元，同比增长25%，重点企业安全设施改造完成率达到92%。'),
      h1('二、存在的主要问题'),
      body('一是部分企业安全投入不足，安全设施老化；二是个别企业安全培训流于形式，应急预案、演练记录、台账资料...不够健全。各乡镇、各有关部门高度重视，主要负责同志亲自带队检查，确保检查不留死角。'),
      h1('三、下一步工作'),
      body('我局将严格按照《党政机关公文处理条例》等规定规范办理整改督办文书，对未按期整改的隐患实行挂牌督办，整改责任人为XX。'),
      body('以上报告，妥否，请批示。'),
      blank(),
      signature('石桥县应急管理局'),
      signature('2024年7月2日'),
    ],
    build: conformingDocument,
    faults: [
      { rule: 'format/font-family', text: '石桥县应急管理局关于2024年上半年安全生产大检查情况的报告', note: '标题用宋体（无版头的草稿）' },
      { rule: 'typo/common-typo', text: '布署', note: '“布署”应为“部署”' },
      { rule: 'number/ling-vs-circle', text: '二零二四年', note: '年份中的“零”应为“〇”' },
      { rule: 'consistency/weekday', text: '星期四', note: '2024年6月14日是星期五' },
      { rule: 'consistency/growth-rate', text: '同比增长25%', note: '1.5亿元增至1.8亿元是增长20%' },
      { rule: 'punctuation/ellipsis', text: '...', note: '省略号写成三个半角句点' },
      { rule: 'consistency/duplicate-sentence', text: '各乡镇、各有关部门高度重视，主要负责同志亲自带队检查，确保检查不留死角。', at: '一是部分企业', note: '同一句话第二次出现' },
      { rule: 'phrasing/regulation-title', text: '党政机关公文处理条例', note: '应为《党政机关公文处理工作条例》' },
      { rule: 'placeholder/filler-mark', text: 'XX', at: '整改责任人为XX', note: '姓名占位符' },
      { rule: 'element/report-no-request', text: '妥否，请批示', note: '报告夹带请示事项' },
    ],
  },

  // ---------------------------------------------------------------- f10: 请示 with two requests, title font
  {
    file: 'f10-school-request.docx',
    kind: '请示',
    paragraphs: [
      issuerMarkInTextBox('丰源市教育局'),
      blank(),
      docNumber('丰教发〔2024〕第17号', '林晓'),
      blank(),
      title('丰源市教育局关于新建城东第二小学的请示', '黑体'),
      blank(),
      plain('市人民政府：'),
      body('近年来，城东片区常住人口快速增长，现有3所小学学位严重不足，2024年秋季学期预计学位缺口约860个。为保障适龄儿童就近入学，经局党组研究，恳请市政府同意新建城东第二小学，规划办学规模36个班，总投资1.2亿元。'),
      body('同时，请批准从市本级教育费附加中安排前期工作经费500万元，用于项目勘察设计等工作。'),
      body('妥否，请批示。'),
      blank(),
      signature('丰源市教育局'),
      signature('2024年6月20日'),
      P('（联系人：何静，电话：12345678）', new Paragraph({ style: 'GwBody', children: [new TextRun('（联系人：何静，电话：12345678）')] })),
    ],
    build: conformingDocument,
    faults: [
      { rule: 'element/document-number', text: '第', at: '丰教发〔2024〕第17号', note: '顺序号前加“第”' },
      { rule: 'format/font-family', text: '丰源市教育局关于新建城东第二小学的请示', note: '标题用黑体' },
      { rule: 'consistency/request-one-matter', text: '请批准', at: '同时，请批准', note: '一件请示两项请求' },
    ],
  },

  // ---------------------------------------------------------------- f11: 通知, A4 but wrong margins, "-1-" page numbers
  {
    file: 'f11-spring-farming-notice.docx',
    kind: '通知',
    paragraphs: [
      issuerMark('石桥县人民政府文件'),
      blank(),
      docNumber('石政发〔24〕第5号'),
      blank(),
      title('石桥县人民政府关于做好2024年春季农业生产工作的通知'),
      blank(),
      plain('各乡镇人民政府，县政府各部门：'),
      body('为抓好二O二四年春季农业生产，确保粮食面积稳定、产量稳中有增，根据《石桥县人民政府关于加强耕地保护工作的意见》（石政发[2023]12号）要求，现将有关事项通知如下。'),
      h1('一、稳定粮食播种面积'),
      body('全县今年粮食播种面积稳定在32万亩以上。各乡镇要重点抓好三项工作：'),
      body('一是落实粮食生产目标责任，将任务分解到村到户。'),
      body('二是加大撂荒地整治力度，确保应种尽种。'),
      h1('二、强化农资保障'),
      body('县供销社要做好化肥、种子、农膜。。。等农资储备，各农资网点存量情况截止6月底每月报送一次。'),
      h1('三、加强技术服务'),
      // Tracked change: 安排 deleted, 布署 inserted (the typo is in the inserted text).
      P('县农业农村局要按照省农业农村厅统一布署，组织农技人员深入田间地头开展技术指导。', new Paragraph({
        style: 'GwBody',
        children: [
          new TextRun('县农业农村局要按照省农业农村厅统一'),
          new DeletedTextRun({ text: '安排', id: 1, author: '县农业农村局', date: '2024-03-04T09:00:00Z' }),
          new InsertedTextRun({ text: '布署', id: 2, author: '县农业农村局', date: '2024-03-04T09:00:00Z' }),
          new TextRun('，组织农技人员深入田间地头开展技术指导。'),
        ],
      })),
      body('各乡镇要牢固树立政治意识、大局意识、看齐意识、核心意识，把抓好春耕生产作为重要政治任务。县农业农村局定于2024年3月8日（星期三）召开全县春耕生产现场推进会。'),
      body('附件：1、石桥县2024年粮食生产目标任务分解表'),
      P('2、石桥县春耕农资储备情况表', new Paragraph({ indent: { left: 1600 }, children: [new TextRun('2、石桥县春耕农资储备情况表')] })),
      blank(),
      signature('石桥县人民政府'),
      signature('2024年03月05日'),
      P('（此件公开发布）', new Paragraph({ style: 'GwBody', children: [new TextRun('（此件公开发布）')] })),
      attachmentLabel('附件1'),
      blank(),
      title('石桥县2024年粮食生产目标任务分解表'),
      blank(),
      body('城关镇5.2万亩，青龙乡4.8万亩，白石镇6.1万亩。'),
      attachmentLabel('附件2'),
      blank(),
      title('石桥县春耕农资储备情况表'),
      blank(),
      body('化肥1.2万吨，种子860吨，农膜320吨。'),
      blank(),
      copyTo('抄送：县委办公室，县人大常委会办公室，县政协办公室'),
      printLine('石桥县人民政府办公室', '2024年3月5日印发'),
    ],
    build(paragraphs) {
      const footer = (align) => new Footer({
        children: [new Paragraph({
          alignment: align,
          children: [new TextRun({ children: ['-', PageNumber.CURRENT, '-'], font: f('宋体', '宋体'), size: SZ.size4 })],
        })],
      });
      return new Document({
        creator: 'gongwen-lint acceptance fixtures',
        evenAndOddHeaderAndFooters: true,
        styles: gongwenStyles(),
        sections: [{
          properties: { page: { size: A4, margin: { top: 1440, bottom: 1440, left: 1800, right: 1800 } } },
          footers: { default: footer(AlignmentType.RIGHT), even: footer(AlignmentType.LEFT) },
          children: paragraphs.map((x) => x.para),
        }],
      });
    },
    faults: [
      { rule: 'format/page-margins', fileLevel: true, message: '25.4', note: 'A4 纸但页边距为 Word 默认值' },
      { rule: 'format/page-number', fileLevel: true, message: '-1-', note: '页码写成“-1-”（半角连字符），应为“— 1 —”' },
      { rule: 'element/document-number', text: '24', at: '石政发〔24〕', note: '文号年份只写两位' },
      { rule: 'element/document-number', text: '第', at: '石政发〔24〕', note: '顺序号前加“第”' },
      { rule: 'number/ling-vs-circle', text: '二O二四年', note: '年份中用字母 O 代替“〇”' },
      { rule: 'element/document-number', text: '[2023]', note: '正文引用的文号用方括号' },
      { rule: 'consistency/announced-count', text: '三项工作', note: '“重点抓好三项工作：”后分段只列一是、二是' },
      { rule: 'punctuation/ellipsis', text: '。。。', note: '省略号写成三个句号，且后加“等”' },
      { rule: 'phrasing/context-pair', text: '截止', note: '“截止6月底”应为“截至”' },
      { rule: 'phrasing/political-formulation', text: '政治意识、大局意识、看齐意识、核心意识', note: '“四个意识”次序错' },
      { rule: 'consistency/weekday', text: '星期三', note: '2024年3月8日是星期五' },
      { rule: 'typo/common-typo', text: '布署', note: '修订（插入）的文字中有错别字“布署”' },
      { rule: 'element/attachment-note', text: '1、', note: '附件序号用“1、”，应为“1.”' },
      { rule: 'element/attachment-note', text: '2、', at: '2、石桥县春耕', note: '附件序号用“2、”，应为“2.”' },
      { rule: 'element/issue-date', text: '2024年03月05日', note: '成文日期编虚位' },
      { rule: 'element/copy-to', text: '县政协办公室', at: '抄送：县委办公室', note: '抄送最后一个机关后缺句号' },
    ],
    also: [
      { rule: 'punctuation/duplicate-punctuation', text: '。。。', note: '“。。。”也由 duplicate-punctuation 报告（重复报告）' },
      { rule: 'punctuation/ellipsis', text: '等', at: '农膜。。。等', note: '省略号后加“等”：确实是错' },
    ],
  },

  // ---------------------------------------------------------------- c03: clean 报告
  {
    file: 'c03-clean-flood-report.docx',
    kind: '报告',
    clean: true,
    paragraphs: [
      issuerMark('丰源市水务局'),
      blank(),
      docNumber('丰水发〔2024〕15号', '赵敏'),
      blank(),
      title('丰源市水务局关于2024年汛期水毁工程修复情况的报告'),
      blank(),
      plain('市人民政府：'),
      body('今年汛期，我市先后经历4轮强降雨过程，部分水利工程不同程度受损。按照市政府部署，我局组织各区县全力推进水毁工程修复。现将有关情况报告如下。'),
      h1('一、修复进展情况'),
      body('全市共排查水毁工程126处，截至9月30日已修复110处，修复率87.3%。修复资金由年初预算的2000万元调增至2500万元，增长25%。'),
      table([['工程类别', '受损数量', '已修复'], ['堤防护岸', '56处', '50处'], ['灌溉渠道', '48处', '42处'], ['小型水库', '22处', '18处']]),
      h1('二、下一步工作'),
      body('我局将督促各区县抓紧完成剩余16处工程修复，力争11月底前全部完工，确保明年安全度汛。'),
      body('特此报告。'),
      blank(),
      signature('丰源市水务局'),
      signature('2024年10月8日'),
      P('（联系人：孙伟，电话：12345678）', new Paragraph({ style: 'GwBody', children: [new TextRun('（联系人：孙伟，电话：12345678）')] })),
    ],
    build: conformingDocument,
    faults: [],
  },

  // ---------------------------------------------------------------- c04: clean 通知 with attachment and 版记
  {
    file: 'c04-clean-grain-notice.docx',
    kind: '通知',
    clean: true,
    paragraphs: [
      issuerMark('石桥县人民政府办公室文件'),
      blank(),
      docNumber('石政办发〔2024〕18号'),
      blank(),
      title('石桥县人民政府办公室关于做好2024年秋粮收购工作的通知'),
      blank(),
      plain('各乡镇人民政府，县政府各部门：'),
      body('为做好今年秋粮收购工作，切实保护种粮农民利益，经县政府同意，现将有关事项通知如下。'),
      h1('一、加强组织领导'),
      body('各乡镇要落实属地责任，重点抓好两项工作：一是合理布设收购网点；二是及时发布收购信息。'),
      h1('二、做好服务保障'),
      body('县农业农村局、县粮食和物资储备中心要于2024年9月30日（星期一）前完成收购仓容检查，仓容利用率控制在85%以内。'),
      // Reviewed draft: a tracked change (布署 deleted, 部署 inserted) and a reviewer's comment.
      P('截至9月上旬，全县已按照县委、县政府部署设立收购网点46个，覆盖所有乡镇。', new Paragraph({
        style: 'GwBody',
        children: [
          new TextRun('截至9月上旬，全县已按照县委、县政府'),
          new DeletedTextRun({ text: '布署', id: 1, author: '县政府办公室', date: '2024-09-09T09:00:00Z' }),
          new InsertedTextRun({ text: '部署', id: 2, author: '县政府办公室', date: '2024-09-09T09:00:00Z' }),
          new TextRun('设立收购网点'),
          new CommentRangeStart(0),
          new TextRun('46个'),
          new CommentRangeEnd(0),
          new TextRun({ children: [new CommentReference(0)] }),
          new TextRun('，覆盖所有乡镇。'),
        ],
      })),
      body('附件：石桥县2024年秋粮收购网点名单'),
      blank(),
      signature('石桥县人民政府办公室'),
      signature('2024年9月10日'),
      P('（此件公开发布）', new Paragraph({ style: 'GwBody', children: [new TextRun('（此件公开发布）')] })),
      attachmentLabel('附件'),
      blank(),
      title('石桥县2024年秋粮收购网点名单'),
      blank(),
      body('城关粮站、青龙粮站、白石粮站、清溪粮站。'),
      blank(),
      copyTo('抄送：县委办公室，县人大常委会办公室，县政协办公室。'),
      printLine('石桥县人民政府办公室', '2024年9月10日印发'),
    ],
    build: conformingDocument,
    faults: [],
  },
];

// ------------------------------------------------------------------------------------------------
// Writing
// ------------------------------------------------------------------------------------------------

/** Same input → same bytes: fixed dates in docProps/core.xml and in the zip entries. */
function deterministic(buffer, paragraphs = []) {
  const files = unzipSync(new Uint8Array(buffer));
  if (paragraphs.some((x) => x.drawnLine)) {
    const xml = strFromU8(files['word/document.xml']);
    const marker = new RegExp(`<w:p>(?:(?!<w:p>).)*?${DRAWN_LINE}.*?</w:p>`, 's');
    if (!marker.test(xml)) throw new Error('drawn line marker not found');
    files['word/document.xml'] = strToU8(xml.replace(marker, () => drawnLineXml()));
  }
  const box = paragraphs.find((x) => x.textBox);
  if (box) {
    const xml = strFromU8(files['word/document.xml']);
    const marker = new RegExp(`<w:p>(?:(?!<w:p>).)*?${TEXTBOX_MARK}.*?</w:p>`, 's');
    if (!marker.test(xml)) throw new Error('text box marker not found');
    files['word/document.xml'] = strToU8(xml.replace(marker, () => textBoxXml(box.textBox)));
  }
  const core = files['docProps/core.xml'];
  if (core) {
    files['docProps/core.xml'] = strToU8(
      strFromU8(core).replace(/(<dcterms:(?:created|modified)[^>]*>)[^<]*(<\/dcterms:)/g, `$1${FIXED_DATE.toISOString()}$2`),
    );
  }
  const entries = {};
  for (const [name, data] of Object.entries(files)) entries[name] = [data, { mtime: FIXED_DATE }];
  return Buffer.from(zipSync(entries, { level: 6 }));
}

/** 1-based index of the only line containing `needle`. */
function lineOf(lines, needle, file) {
  const hits = lines.flatMap((l, i) => (l.includes(needle) ? [i + 1] : []));
  if (hits.length !== 1) throw new Error(`${file}: “${needle}” is on ${hits.length} lines (${hits.join(', ')}); give a unique \`at\``);
  return hits[0];
}

/** The text of each w:p under w:body, in order (a table contributes one per cell). */
const paragraphTexts = (draft) => draft.paragraphs.flatMap((x) => x.texts ?? [x.text]);

function manifestFaults(draft, lines, list = draft.faults) {
  return (list ?? []).map((x) => {
    if (x.fileLevel) return { rule: x.rule, line: null, text: null, message: x.message, note: x.note };
    const line = lineOf(lines, x.at ?? x.text, draft.file);
    if (!lines[line - 1].includes(x.text)) throw new Error(`${draft.file}:${line}: “${x.text}” not on the line of “${x.at}”`);
    const occurrences = lines[line - 1].split(x.text).length - 1;
    if ((x.occurrence ?? 1) > occurrences) throw new Error(`${draft.file}:${line}: “${x.text}” occurs ${occurrences} times`);
    return { rule: x.rule, line, text: x.text, ...(x.occurrence ? { occurrence: x.occurrence } : {}), note: x.note };
  });
}

mkdirSync(outDir, { recursive: true });
const manifest = {
  description:
    'Acceptance drafts with planted faults (f*) and clean conforming documents (c*). Generated by ' +
    'scripts/build-acceptance.mjs; read by test/acceptance/acceptance.test.ts. line: 1-based source line ' +
    '(.txt/.md) or the ordinal of the w:p among all w:p under w:body (.docx); null for document-level ' +
    'findings, which carry no region (then message: text the message must contain). text: what the ' +
    'SARIF region must cover (occurrence: which one, when the text is on the line more than once). ' +
    'also: findings that are not planted but right (or the same fault reported by a second rule); ' +
    'anything else reported on a draft is a false alarm.',
  files: [],
};

for (const draft of TEXT_DRAFTS) {
  const lines = draft.text.split('\n');
  let text = draft.text;
  if (draft.crlf) text = text.replace(/\n/g, '\r\n');
  let bytes;
  if (draft.encoding === 'gb18030') {
    bytes = execFileSync('iconv', ['-f', 'UTF-8', '-t', 'GB18030'], { input: Buffer.from(text, 'utf8') });
  } else {
    bytes = Buffer.from((draft.bom ? '\uFEFF' : '') + text, 'utf8');
  }
  writeFileSync(join(outDir, draft.file), bytes);
  manifest.files.push({
    file: draft.file,
    kind: draft.kind,
    encoding: draft.encoding ?? (draft.bom ? 'utf-8 with BOM' : 'utf-8'),
    clean: Boolean(draft.clean),
    faults: manifestFaults(draft, lines),
    also: manifestFaults(draft, lines, draft.also ?? []),
  });
  console.log(`wrote fixtures/acceptance/${draft.file} (${bytes.length} bytes)`);
}

for (const draft of DOCX_DRAFTS) {
  const buffer = deterministic(await Packer.toBuffer(draft.build(draft.paragraphs)), draft.paragraphs);
  writeFileSync(join(outDir, draft.file), buffer);
  manifest.files.push({
    file: draft.file,
    kind: draft.kind,
    encoding: null,
    clean: Boolean(draft.clean),
    faults: manifestFaults(draft, paragraphTexts(draft)),
    also: manifestFaults(draft, paragraphTexts(draft), draft.also ?? []),
  });
  console.log(`wrote fixtures/acceptance/${draft.file} (${buffer.length} bytes)`);
}

manifest.files.sort((a, b) => a.file.localeCompare(b.file));
writeFileSync(join(outDir, 'manifest.json'), JSON.stringify(manifest, null, 2) + '\n');
console.log(`wrote fixtures/acceptance/manifest.json (${manifest.files.length} files, ` +
  `${manifest.files.reduce((n, x) => n + x.faults.length, 0)} planted faults)`);
