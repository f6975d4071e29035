import { describe, expect, it } from 'vitest';
import { parsePlanNotice } from './parse-plan-notice';

const parse = (text: string, year = 2025) => parsePlanNotice(text, { year });
const titles = (text: string) => parse(text).items.map((i) => i.title);

describe('headings', () => {
  it.each([
    ['一、', '二、'],
    ['（一）', '（二）'],
    ['第一，', '第二，'],
  ])('reads form sections headed %s', (a, b) => {
    const plan = parse(`${a}对口协商\n协商议题：议题甲\n时间安排：3月\n承办单位：市政协经济委员会\n${b}界别协商\n协商议题：议题乙\n时间安排：5月\n承办单位：经济界`);
    expect(plan.items.map((i) => [i.form, i.title, i.start])).toEqual([
      ['counterpart', '议题甲', '2025-03'],
      ['sector', '议题乙', '2025-05'],
    ]);
  });

  it.each(['1.', '1、', '1．', '（1）', '①'])('reads items numbered %s', (marker) => {
    const second = marker.replace('1', '2').replace('①', '②');
    const plan = parse(`一、对口协商\n${marker}协商议题：甲\n时间安排：4月\n承办单位：经济委\n${second}协商议题：乙\n时间安排：6月\n承办单位：农业委`);
    expect(plan.items.map((i) => i.title)).toEqual(['甲', '乙']);
  });

  it('takes a numbered heading as the title when the item has no topic label', () => {
    const plan = parse('一、对口协商\n1.加快高铁新城建设 提升城市竞争力\n时间：5月\n承办单位：市政协委员工作委员会');
    expect(plan.items[0]).toMatchObject({ title: '加快高铁新城建设 提升城市竞争力', start: '2025-05', leadUnits: ['市政协委员工作委员会'] });
  });

  it('keeps the meeting a heading names and takes the topic from the label', () => {
    const plan = parse('二、常委会专题议政性协商\n1. 市政协五届十二次常委会议\n协商议题：推动茶产业高质量发展\n时间安排：6月\n承办单位：农业委');
    expect(plan.items[0]).toMatchObject({ form: 'standing_committee', meeting: '市政协五届十二次常委会议', title: '推动茶产业高质量发展' });
  });

  it('reads a meeting and its topic on one line', () => {
    const plan = parse('二、常委会议\n1.十四届五次常委会议：推动数字经济发展（3月）');
    expect(plan.items[0]).toMatchObject({ form: 'standing_committee', meeting: '十四届五次常委会议', title: '推动数字经济发展', start: '2025-03' });
  });

  it('names a plenary item by its session when it has no topic', () => {
    const plan = parse('一、全体会议\n十四届二次会议（1月）');
    expect(plan.items[0]).toMatchObject({ form: 'plenary', title: '十四届二次会议', meeting: '十四届二次会议', start: '2025-01' });
  });

  it('treats a heading that only announces the items as a container', () => {
    expect(titles('一、协商议题\n（一）对口协商\n1.协商议题：甲\n时间：3月\n二、工作要求\n（一）加强领导。')).toEqual(['甲']);
  });
});

describe('labels', () => {
  it.each([
    ['协商议题', '时间安排', '承办单位', '协商部门'],
    ['议题', '协商时间', '承办部门', '参与部门'],
    ['协商主题', '时间', '责任部门', '参加部门'],
    ['议题名称', '计划时间', '牵头界别组', '邀请部门'],
  ])('reads %s / %s / %s / %s', (topic, time, lead, consulted) => {
    const plan = parse(`一、对口协商\n1.${topic}：推进垃圾分类\n${time}：7月\n${lead}：人资环委\n${consulted}：市城管局、市生态环境局`);
    expect(plan.items[0]).toMatchObject({ title: '推进垃圾分类', start: '2025-07', leadUnits: ['人资环委'], consultedDepartments: ['市城管局', '市生态环境局'] });
  });

  it('reads several labels on one line', () => {
    const plan = parse('一、专题协商\n1.协商议题：提升乡村治理效能  协商时间：4月  承办单位：社法委  协商部门：县民政局、县司法局');
    expect(plan.items[0]).toMatchObject({ title: '提升乡村治理效能', start: '2025-04', leadUnits: ['社法委'], consultedDepartments: ['县民政局', '县司法局'] });
  });

  it('reads labels in 【】 brackets', () => {
    const plan = parse('一、对口协商\n【协商议题】优化营商环境\n【协商时间】3月\n【承办单位】经济委');
    expect(plan.items[0]).toMatchObject({ title: '优化营商环境', start: '2025-03', leadUnits: ['经济委'] });
  });

  it('reads the form from a 协商形式 label in a flat list', () => {
    const plan = parse('1.协商议题：甲\n协商形式：对口协商  时间安排：4月\n责任部门：农业委\n2.协商议题：乙\n协商形式：专题视察监督  时间安排：5月\n责任部门：人资环委');
    expect(plan.items.map((i) => [i.form, i.category])).toEqual([
      ['counterpart', '对口协商'],
      ['inspection', '专题视察监督'],
    ]);
  });

  it('reads the leader, participants and main contents over several lines', () => {
    const plan = parse('一、专题协商\n1.协商议题：发展银发经济\n时间：10月\n牵头领导：李副主席\n参加人员：部分常委、\n相关界别委员\n主要内容：\n调研养老服务体系。\n提出意见建议。\n2.协商议题：乙\n时间：11月');
    expect(plan.items[0]).toMatchObject({ leadLeader: '李副主席', participants: '部分常委、相关界别委员', contents: ['调研养老服务体系。', '提出意见建议。'] });
    expect(plan.items).toHaveLength(2);
  });

  it('starts a new item at each topic label in an unnumbered list', () => {
    expect(titles('一、对口协商\n协商议题：甲\n时间：3月\n承办单位：经济委\n协商议题：乙\n时间：4月\n承办单位：农业委')).toEqual(['甲', '乙']);
  });
});

describe('names', () => {
  it('joins a list broken after a separator', () => {
    const plan = parse('一、党派联合协商\n1.协商议题：甲\n时间：3月\n承办单位：市政协教育和医药卫生体育委员会、\n民进商洛市委会、农工党商洛市委会');
    expect(plan.items[0].leadUnits).toEqual(['市政协教育和医药卫生体育委员会', '民进商洛市委会', '农工党商洛市委会']);
  });

  it('joins a name broken in the middle', () => {
    const plan = parse('一、对口协商\n1.协商议题：甲\n时间：3月\n承办单位：市政协经济委员会\n协商部门：县人力资源和社会\n保障局、县财政局');
    expect(plan.items[0].consultedDepartments).toEqual(['县人力资源和社会保障局', '县财政局']);
  });

  it('drops role words: 牵头组织, （牵头）, 等', () => {
    const plan = parse('一、主题协商\n协商议题：甲\n时间安排：全年\n承办单位：市政协委员工作委员会牵头组织，各专委会\n协商部门：市发改委（牵头）、市财政局等');
    expect(plan.items[0].leadUnits).toEqual(['市政协委员工作委员会', '各专委会']);
    expect(plan.items[0].consultedDepartments).toEqual(['市发改委', '市财政局']);
  });

  it('reads units and time from a note after the title', () => {
    const plan = parse('一、对口协商\n1.关于推进课后服务提质的建议（区政协教文卫体委员会牵头，区教育局参加，9月）');
    expect(plan.items[0]).toMatchObject({ title: '关于推进课后服务提质的建议', leadUnits: ['区政协教文卫体委员会'], consultedDepartments: ['区教育局'], start: '2025-09' });
  });

  it('reads an item written as a sentence', () => {
    const plan = parse('（三）民主监督性视察协商\n围绕河长制落实情况开展专题视察，由区政协人口资源环境委员会承办，邀请区水务局参加，拟于7月进行。');
    expect(plan.items[0]).toMatchObject({ form: 'inspection', title: '河长制落实情况', leadUnits: ['区政协人口资源环境委员会'], consultedDepartments: ['区水务局'], start: '2025-07' });
  });
});

describe('paragraphs that are not items', () => {
  it('skips numbered requirements after the items', () => {
    const text = '一、对口协商\n1.协商议题：甲\n时间：3月\n承办单位：经济委\n二、工作要求\n1.加强组织领导，明确职责任务。各承办单位要明确职责要求。\n2.精心组织实施。';
    expect(titles(text)).toEqual(['甲']);
  });

  it.each(['组织实施', '出席安排', '有关要求', '保障措施'])('skips the %s section', (heading) => {
    expect(titles(`一、对口协商\n1.协商议题：甲\n时间：3月\n二、${heading}\n1.市政协主席会议成员按分工出席。\n2.各承办单位要提前准备。`)).toEqual(['甲']);
  });

  it('skips long numbered prose paragraphs outside form sections', () => {
    const text = '1.加强组织领导，明确职责任务。市政协党组和主席会议要切实加强对协商计划实施工作的领导，确保协商任务落到实处，各承办单位要明确职责要求。\n一、对口协商\n1.协商议题：甲\n时间：3月';
    expect(titles(text)).toEqual(['甲']);
  });

  it('stops at the 版记 lines', () => {
    const plan = parse('一、对口协商\n1.协商议题：甲\n时间：3月\n承办单位：经济委\n报：省政协办公厅\n送：市委、市政府');
    expect(plan.items[0].leadUnits).toEqual(['经济委']);
  });
});

describe('the notice as a whole', () => {
  const notice = [
    '政协云州市委员会文件',
    '云政协发〔2025〕4号',
    '关于印发《政协云州市委员会2025年协商工作计划》的通知',
    '政协云州市委员会2025年协商工作计划',
    '2025年，共安排协商活动3次，其中对口协商2次、界别协商1次。',
    '一、对口协商',
    '1.协商议题：甲\n时间安排：2025年3月\n承办单位：经济委',
    '2.协商议题：乙\n时间安排：2025年4月\n承办单位：农业委',
    '二、界别协商',
    '1.协商议题：丙\n时间安排：2025年5月\n承办单位：经济界',
  ].join('\n');

  it('reads title, year, document number and stated total', () => {
    const plan = parsePlanNotice(notice);
    expect(plan).toMatchObject({ title: '政协云州市委员会2025年协商工作计划', year: 2025, docNumber: '云政协发〔2025〕4号', statedTotal: 3 });
    expect(plan.warnings).toEqual([]);
    expect(plan.sources.docNumber).toBe(2);
  });

  it('warns when the items do not add up to the stated totals', () => {
    const plan = parsePlanNotice(notice.replace('共安排协商活动3次', '共安排协商活动4次').replace('对口协商2次', '对口协商3次'));
    expect(plan.warnings).toContain('通知写明共 4 次，解析出 3 项，不一致，请核对');
    expect(plan.warnings).toContain('通知写明对口协商 3 次，解析出 2 项，请核对');
  });

  it('uses the given year when the notice states none', () => {
    const plan = parsePlanNotice('一、对口协商\n1.协商议题：甲\n时间：5月份\n承办单位：经济委', { year: 2027 });
    expect(plan.year).toBe(2027);
    expect(plan.items[0].start).toBe('2027-05');
  });

  it('parses what is there of a cut-off document and warns', () => {
    const plan = parse('一、对口协商\n1.协商议题：甲\n时间：3月\n承办单位：经济委\n2.协商议题：乙\n时间：');
    expect(plan.items.map((i) => i.title)).toEqual(['甲', '乙']);
    expect(plan.warnings.some((w) => w.startsWith('文档可能不完整'))).toBe(true);
  });

  it('records the source line of every field', () => {
    const plan = parsePlanNotice(notice);
    expect(plan.items[0].sources).toMatchObject({ title: 7, time: 8, leadUnits: 9 });
  });
});

describe('tables flattened to text', () => {
  const header = '序号   协商议题              协商形式     牵头单位              协商部门                 时间';

  it('reads each row by its columns, and a cell wrapped onto the next line into the same column', () => {
    const plan = parse(
      [
        '一、协商活动安排表',
        header,
        '1    推进港口物流枢纽建设     常委会议协商   市政协经济委员会          市发展改革委、市交通运输局   6月',
        '2    加快构建“一老一小”服务体系，   专题协商     市政协社会和法制委员会       市民政局、市卫生健康委、      第二季度',
        '     提升民生保障水平' + ' '.repeat(37) + '市医保局',
        '',
        '  注：具体协商时间可适当调整。',
      ].join('\n'),
    );
    expect(plan.items.map((i) => [i.form, i.title, i.start, i.end, i.leadUnits, i.consultedDepartments])).toEqual([
      ['standing_committee', '推进港口物流枢纽建设', '2025-06', '2025-06', ['市政协经济委员会'], ['市发展改革委', '市交通运输局']],
      ['special', '加快构建“一老一小”服务体系，提升民生保障水平', '2025-04', '2025-06', ['市政协社会和法制委员会'], ['市民政局', '市卫生健康委', '市医保局']],
    ]);
  });

  it('reads a tab-separated table with its columns in another order and an empty cell', () => {
    const plan = parse(['序号\t时间\t协商议题\t牵头单位\t协商部门\t备注', '1\t3月\t优化营商环境\t经济委员会\t\t', '2\t全年\t老旧小区改造\t城建委员会\t市住建局\t重点'].join('\n'));
    expect(plan.items.map((i) => [i.title, i.start, i.end, i.leadUnits, i.consultedDepartments])).toEqual([
      ['优化营商环境', '2025-03', '2025-03', ['经济委员会'], []],
      ['老旧小区改造', '2025-01', '2025-12', ['城建委员会'], ['市住建局']],
    ]);
  });
});

describe('notes, prose and broken names', () => {
  it('reads labelled parts inside the title\'s bracket, with nested brackets and the note wrapped onto the next line', () => {
    const plan = parse(
      '一、远程协商（1次）\n1. 助力山区乡村振兴（7月；市政协五届九次常委会议；牵头领导：宋知微；承办单位：市政协农业委员会、各县（市）政协；协商部门：市农业农村局、市乡村振\n兴局）',
    );
    expect(plan.items[0]).toMatchObject({
      form: 'remote',
      title: '助力山区乡村振兴',
      start: '2025-07',
      meeting: '市政协五届九次常委会议',
      leadLeader: '宋知微',
      leadUnits: ['市政协农业委员会', '各县（市）政协'],
      consultedDepartments: ['市农业农村局', '市乡村振兴局'],
    });
  });

  it('reads a quoted topic, the meeting it is held at and the bodies that take part from a sentence', () => {
    const plan = parse('（二）常委会议协商\n2.“加快建设现代化产业体系”常委会议协商。在市政协七届十四次常委会议上进行。由市政协经济委员会承办，市发展改革委、市科技局参加，时间为6月。');
    expect(plan.items[0]).toMatchObject({
      title: '加快建设现代化产业体系',
      meeting: '市政协七届十四次常委会议',
      leadUnits: ['市政协经济委员会'],
      consultedDepartments: ['市发展改革委', '市科技局'],
      start: '2025-06',
    });
  });

  it('joins a name broken after its first characters, even when the rest is one character', () => {
    const plan = parse('一、对口协商\n1. 协商议题：岸线修复\n协商部门：区自然资源局、区海洋发展\n局、区农业农村局\n时间：4月');
    expect(plan.items[0].consultedDepartments).toEqual(['区自然资源局', '区海洋发展局', '区农业农村局']);
  });

  it('joins the rest of a name that starts a line of other labels', () => {
    const plan = parse('一、专题协商\n1、协商议题：社区矫正\n牵头领导：何清漪    承办单位：区政协社会和法制委\n员会    协商时间：3月');
    expect(plan.items[0]).toMatchObject({ leadUnits: ['区政协社会和法制委员会'], leadLeader: '何清漪', start: '2025-03' });
  });

  it('reads "第一部分" sections, a meeting named with 期间, and a meeting in the form label\'s bracket', () => {
    const plan = parse(
      '第一部分 全体会议协商\n1. 市政协五届四次会议期间\n协商议题：政府工作报告\n时间：1月\n第二部分 常委会议协商\n1. 协商议题：农村污水治理\n协商形式：常委会议协商（县政协十届七次常委会议）\n时间：6月份',
    );
    expect(plan.items.map((i) => [i.form, i.meeting, i.title])).toEqual([
      ['plenary', '市政协五届四次会议', '政府工作报告'],
      ['standing_committee', '县政协十届七次常委会议', '农村污水治理'],
    ]);
  });

  it('prefers the plan\'s own title line to the 附件 list that names it', () => {
    expect(parse('附件：1.政协栖梧市委员会2025年度协商工作计划\n\n政协栖梧市委员会2025年度协商工作计划\n一、对口协商').title).toBe('政协栖梧市委员会2025年度协商工作计划');
    expect(parse('附件：1.政协栖梧市委员会2025年度协商工作计划\n一、对口协商').title).toBe('政协栖梧市委员会2025年度协商工作计划');
  });

  it('finds the title of an annex that names the plan without a year', () => {
    expect(parse('附件\n\n政协枫林县委员会年度协商工作计划\n\n一、对口协商\n1.协商议题：甲\n时间：3月').title).toBe('政协枫林县委员会年度协商工作计划');
  });
});

describe('markers, grouped sections and Word cells', () => {
  it('reads items marked by ★ bullets with 【】 labels, and by 1） markers', () => {
    expect(titles('（一）对口协商\n★【协商议题】议题甲\n【协商时间】6月\n★【协商议题】议题乙\n【协商时间】7月')).toEqual(['议题甲', '议题乙']);
    expect(titles('一、对口协商\n1）《议题甲》\n时间：3月\n2）“议题乙”\n时间：4月')).toEqual(['议题甲', '议题乙']);
  });

  it('reads "◆议题一：" items whose labels follow one another after 。', () => {
    const plan = parse('一、对口协商（1项）\n◆议题一：推动县域旅游提质升级\n协商形式：对口协商。牵头领导：周望舒。承办单位：县政协文史委员会。时间：5月。');
    expect(plan.items[0]).toMatchObject({ title: '推动县域旅游提质升级', leadLeader: '周望舒', leadUnits: ['县政协文史委员会'], start: '2025-05' });
  });

  it('takes the lead body from a section heading that names it', () => {
    const plan = parse('（一）市政协提案委员会\n1.重点提案办理\n形式：提案办理协商  时间：4月\n（二）市政协经济委员会\n1.开发区提质增效\n形式：对口协商  时间：6月\n承办单位：市工商联');
    expect(plan.items.map((i) => [i.title, i.leadUnits])).toEqual([
      ['重点提案办理', ['市政协提案委员会']],
      ['开发区提质增效', ['市工商联']],
    ]);
  });

  it('puts a Word table that came out one cell a line back into rows', () => {
    const plan = parse(['序号', '协商形式', '协商议题', '承办单位', '时间安排', '1', '对口协商', '议题甲', '经济委员会', '3月', '2', '界别协商', '议题乙', '经济界', '5月'].join('\n'));
    expect(plan.items.map((i) => [i.form, i.title, i.leadUnits, i.start])).toEqual([
      ['counterpart', '议题甲', ['经济委员会'], '2025-03'],
      ['sector', '议题乙', ['经济界'], '2025-05'],
    ]);
  });
});

describe('the notice around the items', () => {
  const text = [
    '政协云州市委员会文件',
    '云政协发〔2025〕6号',
    '关于印发《云州市政协2025年度协商工作计划》的通知',
    '市政协各专门委员会、各界别召集人：',
    '《云州市政协2025年度协商工作计划》已经市委常委会会议审定，现印发给你们，请认真组织实施。',
    '云州市政协2025年度协商工作计划',
    '为发挥专门协商机构作用，制定本计划。全年共安排协商活动1次。具体如下：',
    '一、对口协商',
    '1.协商议题：优化营商环境',
    '时间：3月',
    '二、工作要求',
    '1.各承办单位要提前制定方案。',
    '报：省政协办公厅',
    '送：市委、市政府',
    '政协云州市委员会办公室',
  ].join('\n');

  it('reads the recipients, the covering sentence, the preamble without the totals sentence, the requirements and the 报/送 lines', () => {
    expect(parse(text).notice).toEqual({
      recipients: '市政协各专门委员会、各界别召集人',
      noticeBody: '《云州市政协2025年度协商工作计划》已经市委常委会会议审定，现印发给你们，请认真组织实施。',
      preamble: '为发挥专门协商机构作用，制定本计划。',
      requirements: '二、工作要求\n1.各承办单位要提前制定方案。',
      reportTo: '省政协办公厅',
      sendTo: '市委、市政府',
    });
  });

  it('cuts a part longer than the plan can hold', () => {
    const long = parse(text.replace('1.各承办单位要提前制定方案。', `1.${'要'.repeat(12000)}。`)).notice.requirements!;
    expect(long.length).toBe(10000);
  });
});

describe('forms, months and meetings as offices lay them out', () => {
  it('reads labels set off by spaces instead of a colon, as in a form', () => {
    const plan = parse('一、对口协商\n1.协商议题：甲\n承办单位　县政协经济委员会\n会　　议　县政协十二届九次常委会议\n协商部门　县水务局、\n　　　　　县卫生健康局');
    expect(plan.items[0]).toMatchObject({ leadUnits: ['县政协经济委员会'], meeting: '县政协十二届九次常委会议', consultedDepartments: ['县水务局', '县卫生健康局'] });
  });

  it('takes the time from a month heading, and "N.形式：议题" lines', () => {
    const plan = parse('全年\n1.协商在基层：委员工作室常态化协商\n承办单位：各委员工作室\n五至六月\n2.对口协商：规范幼儿园收费\n承办单位：教科卫体委员会');
    expect(plan.items.map((i) => [i.form, i.title, i.start, i.end])).toEqual([
      ['grassroots', '委员工作室常态化协商', '2025-01', '2025-12'],
      ['counterpart', '规范幼儿园收费', '2025-05', '2025-06'],
    ]);
  });

  it('reads "第一次（4月）：议题" and a meeting line whose topic follows under a label', () => {
    const plan = parse('（一）全体会议协商\n市政协七届四次会议（1月）\n议题：政府工作报告\n（二）双月协商座谈会\n第一次（4月）：提升社区治理效能\n承办单位：社会和法制委员会');
    expect(plan.items.map((i) => [i.form, i.title, i.meeting ?? null, i.start])).toEqual([
      ['plenary', '政府工作报告', '市政协七届四次会议', '2025-01'],
      ['special', '提升社区治理效能', null, '2025-04'],
    ]);
  });

  it('counts the plan\'s own total, not last year\'s in the covering letter', () => {
    const plan = parse('关于印发年度协商工作计划的通知\n2024年共组织开展各类协商活动37次。\n政协栖梧市委员会2025年度协商工作计划\n2025年，计划安排协商活动1项。\n一、对口协商\n1.协商议题：甲');
    expect(plan.statedTotal).toBe(1);
  });

  it('keeps a joint lead beside the body its section names, and a quoted topic that mentions 社区 as an item', () => {
    const plan = parse('（一）市政协经济委员会\n1.开发区提质增效\n联合承办：市工商联\n（二）市政协委员工作委员会\n1.“议事厅”进社区协商活动\n时间：3月');
    expect(plan.items.map((i) => [i.title, i.leadUnits])).toEqual([
      ['开发区提质增效', ['市政协经济委员会', '市工商联']],
      ['“议事厅”进社区协商活动', ['市政协委员工作委员会']],
    ]);
  });
});

describe('sentences, split labels and copied PDFs', () => {
  it('reads an item sentence that opens with the time and names lead, topic and departments in its own words', () => {
    const plan = parse('一、围绕民生\n1．4月，县政协经济委员会就“深化园区改革”与县发展和改革局、县自然资源局开展对口协商。\n2．拟在9月召开县政协十一届九次常委会议，围绕“健全养老服务网络”协商议政。由副主席顾兰汀牵头，县政协社会和法制委员会具体承办，县民政局参与协商。');
    expect(plan.items.map((i) => [i.form, i.title, i.start, i.leadUnits, i.consultedDepartments, i.meeting ?? null, i.leadLeader ?? null])).toEqual([
      ['counterpart', '深化园区改革', '2025-04', ['县政协经济委员会'], ['县发展和改革局', '县自然资源局'], null, null],
      ['standing_committee', '健全养老服务网络', '2025-09', ['县政协社会和法制委员会'], ['县民政局'], '县政协十一届九次常委会议', '顾兰汀'],
    ]);
  });

  it('reads a topic with its form in brackets under quarter headings, and a label whose value is on the next line', () => {
    const plan = parse('第一季度\n1．优化营商环境（对口协商）\n责任单位：县政协经济委员会\n2．规范养老机构管理（专题视察）\n牵头委室：\n县政协社会和法制委员会\n完成时限：\n2月底前');
    expect(plan.items.map((i) => [i.form, i.title, i.start, i.end, i.leadUnits])).toEqual([
      ['counterpart', '优化营商环境', '2025-01', '2025-03', ['县政协经济委员会']],
      ['inspection', '规范养老机构管理', '2025-02', '2025-02', ['县政协社会和法制委员会']],
    ]);
  });

  it('joins the lines of a hard-wrapped PDF copy and drops its page footers', () => {
    const wrap = (s: string) => s.match(/.{1,20}/gu)!.join('\n');
    const preamble = wrap('为深入贯彻落实县委全会精神，进一步推进政协协商与党委政府决策紧密衔接，经广泛征求意见和县政协主席会议研究，并报县委同意，制定本计划，请各单位结合实际认真组织实施，确保各项协商活动取得实效。');
    const text = [preamble, '一、对口协商', wrap('（一）加强中小学校食品安全管理。主办单位：县政协教科卫体委员会。参与单位：县教育局、县市场监督管理局。协商时间安排：5月下旬。由县政协副主席陆清岚牵头负责。'), '— 2 —', wrap('（二）推动农村宅基地规范管理。主办单位：县政协农业和农村委员会。参与单位：县农业农村局、县自然资源局。协商时间安排：7月。')].join('\n');
    const plan = parse(text);
    expect(plan.items.map((i) => [i.title, i.start, i.leadUnits, i.consultedDepartments, i.leadLeader ?? null])).toEqual([
      ['加强中小学校食品安全管理', '2025-05', ['县政协教科卫体委员会'], ['县教育局', '县市场监督管理局'], '陆清岚'],
      ['推动农村宅基地规范管理', '2025-07', ['县政协农业和农村委员会'], ['县农业农村局', '县自然资源局'], null],
    ]);
  });

  it('keeps a name with separators inside its brackets whole, takes departments the contents invite, and reads nothing after the annex', () => {
    const plan = parse('一、远程协商\n1.协商议题：乡村振兴\n承办单位：市政协农业委员会、各县（市、区）政协\n主要内容：邀请市住房和城乡建设局、市应急管理局等承办单位与提案人协商。\n工作要求\n一、扎实开展调研视察。6月组织委员开展集中视察协商，由办公室负责。\n附件\n1．市政协办公室　何叔宁　8125301');
    expect(plan.items).toHaveLength(1);
    expect(plan.items[0]).toMatchObject({ leadUnits: ['市政协农业委员会', '各县（市、区）政协'], consultedDepartments: ['市住房和城乡建设局', '市应急管理局'] });
  });
});

describe('ordinary noise in real notices', () => {
  it('carries a merged form cell down a Word table, and joins a cell broken onto a line of its own', () => {
    const plan = parse(['序号\t协商形式\t协商议题\t承办单位\t协商部门\t时间安排', '1\t对口协商\t城区停车\t城建委员会\t区住建局、区自然资源', '分局', '2\t\t老旧小区改造\t城建委员会\t区住建局\t3-4月'].join('\n'));
    expect(plan.items.map((i) => [i.form, i.title, i.consultedDepartments])).toEqual([
      ['counterpart', '城区停车', ['区住建局', '区自然资源分局']],
      ['counterpart', '老旧小区改造', ['区住建局']],
    ]);
  });

  it('reads a bracketed note broken over two lines as one, and leaves out the reserve topics', () => {
    const plan = parse('一、对口协商（1次）\n1.加快茶叶品牌建设（9—10月，县政协农业农村委员会承办，县农业农村局、\n县市场监督管理局参加）\n二、备选议题（不列入本年度计划）\n1.推进城乡公交一体化（适时）');
    expect(plan.items).toHaveLength(1);
    expect(plan.items[0]).toMatchObject({ leadUnits: ['县政协农业农村委员会'], consultedDepartments: ['县农业农村局', '县市场监督管理局'], start: '2025-09', end: '2025-10' });
  });

  it('reads "由A、B共同承办", "…负责同志参加" and a total stated without 共', () => {
    const plan = parse('2025年县政协安排协商活动1次，具体如下。\n一、党派协商\n1.围绕“推进教育公平”，由县政协教科卫体委员会、民盟县总支共同承办，邀请县教育局负责同志参加，安排在6月。');
    expect(plan.statedTotal).toBe(1);
    expect(plan.items[0]).toMatchObject({ title: '推进教育公平', leadUnits: ['县政协教科卫体委员会', '民盟县总支'], consultedDepartments: ['县教育局'] });
  });
});

describe('more house styles', () => {
  it('opens an item at a meeting line that carries labels, and reads a leader written before the post', () => {
    const plan = parse('（二）常委会议\n区政协三届十六次常委会议：3月下旬召开，围绕“推进产城融合发展”开展专题协商。承办：区政协经济委员会；协商部门：区发展和改革局。\n区政协三届十七次常委会议：6月下旬召开，围绕“加强社区服务”开展专题协商。承办：区政协社会事业委员会\n二、双月协商座谈会\n（一）议题：优化教育资源配置\n牵头领导：孙立群副主席');
    expect(plan.items.map((i) => [i.form, i.meeting ?? null, i.title, i.start, i.leadUnits, i.leadLeader ?? null])).toEqual([
      ['standing_committee', '区政协三届十六次常委会议', '推进产城融合发展', '2025-03', ['区政协经济委员会'], null],
      ['standing_committee', '区政协三届十七次常委会议', '加强社区服务', '2025-06', ['区政协社会事业委员会'], null],
      ['special', null, '优化教育资源配置', null, [], '孙立群'],
    ]);
  });

  it('reads a form heading followed by its one item as a sentence, and a sentence item cut by a line break', () => {
    const plan = parse('（四）界别协商。7月中旬，由县政协社会和法制委员会承办，围绕“关爱农村留守老人”开展界别协商，县民政局、县人力资\n源和社会保障局参加。');
    expect(plan.items[0]).toMatchObject({ form: 'sector', title: '关爱农村留守老人', start: '2025-07', consultedDepartments: ['县民政局', '县人力资源和社会保障局'] });
  });

  it('continues a Word row whose cell broke onto the next line, with the cells after it', () => {
    const plan = parse(['序号\t协商议题\t承办单位\t协商部门\t时间', '1\t科技创新\t区政协经济委员会、', '区工商联\t区科学技术局\t9月'].join('\n'));
    expect(plan.items[0]).toMatchObject({ leadUnits: ['区政协经济委员会', '区工商联'], consultedDepartments: ['区科学技术局'], start: '2025-09' });
  });
});

describe('round-six layouts', () => {
  it('reads an item named by a 围绕 heading whose fields are deeper headings, past a 组织实施 wrapper', () => {
    const plan = parse(
      [
        '一、围绕“推进县域商业体系建设”开展常委会议协商',
        '（一）协商形式：县政协十届十一次常委会议。',
        '（二）时间安排：5月。',
        '（三）参加人员：县政协常委，县政府分管领导。',
        '（四）组织实施：牵头领导：县政协副主席郑岚。责任部门：县政协经济委。参与部门：县商务局、县供销社。',
        '二、围绕“加强农村宅基地规范管理”开展对口协商',
        '（一）协商形式：对口协商会。',
        '（二）时间安排：9月。',
        '（三）组织实施：由县政协党组组织领导。责任部门：县政协农业农村委。参与部门：县农业农村局。',
        '三、有关要求',
        '（一）加强组织领导。各责任部门要把协商计划落实作为履职重点。',
      ].join('\n'),
    );
    expect(plan.items.map((i) => [i.form, i.title, i.start, i.meeting ?? null, i.leadLeader ?? null, i.leadUnits, i.consultedDepartments])).toEqual([
      ['standing_committee', '推进县域商业体系建设', '2025-05', '县政协十届十一次常委会议', '郑岚', ['县政协经济委'], ['县商务局', '县供销社']],
      ['counterpart', '加强农村宅基地规范管理', '2025-09', null, null, ['县政协农业农村委'], ['县农业农村局']],
    ]);
  });

  it('reads sentence items that open with the time, bodies acting jointly, departments reporting, and 4.4—5月 numbering', () => {
    const plan = parse(
      [
        '一、第二季度',
        '3.4月，召开市政协五届十三次常委会议，围绕“推进城乡供水一体化”进行专题议政，由市政协人口资源环境委员会承办，市水利局、市自然资源局通报有关情况。',
        '4.4—5月，围绕“规范物业服务管理”开展专题协商，由市政协社会和法制委员会承办，市民政局参加。',
        '5.5月，民革丰渠市委会、民建丰渠市委会联合市政协经济委员会，围绕“金融支持科技型中小企业发展”开展党派联合协商，协商部门为市财政局、市科技局。',
        '二、第四季度',
        '10.10月，依托“丰渠政协”移动履职平台，围绕“推进老旧小区适老化改造”开展网络议政，由市政协委员联络委员会承办。',
        '11.11月，围绕上年度重点提案办理落实情况开展提案办理协商，由市政协提案委员会承办，市政府督查室参加。',
        '12.11—12月，由市政协委员联络委员会牵头，各镇（街道）政协工作联络组具体组织，围绕“农村人居环境整治提升”开展基层协商。',
        '13.全年，围绕“破解老旧小区停车难”开展微协商，由市政协社会和法制委员会承办，邀请市城市管理局负责同志到会听取意见、回应关切。',
      ].join('\n'),
    );
    expect(plan.items.map((i) => [i.form, i.title, i.start, i.end, i.leadUnits, i.consultedDepartments])).toEqual([
      ['standing_committee', '推进城乡供水一体化', '2025-04', '2025-04', ['市政协人口资源环境委员会'], ['市水利局', '市自然资源局']],
      ['special', '规范物业服务管理', '2025-04', '2025-05', ['市政协社会和法制委员会'], ['市民政局']],
      ['party', '金融支持科技型中小企业发展', '2025-05', '2025-05', ['民革丰渠市委会', '民建丰渠市委会', '市政协经济委员会'], ['市财政局', '市科技局']],
      ['online', '推进老旧小区适老化改造', '2025-10', '2025-10', ['市政协委员联络委员会'], []],
      ['proposal_handling', '上年度重点提案办理落实情况', '2025-11', '2025-11', ['市政协提案委员会'], ['市政府督查室']],
      ['grassroots', '农村人居环境整治提升', '2025-11', '2025-12', ['市政协委员联络委员会', '各镇（街道）政协工作联络组'], []],
      ['micro', '破解老旧小区停车难', '2025-01', '2025-12', ['市政协社会和法制委员会'], ['市城市管理局']],
    ]);
  });

  it('takes the year from the plan, not from a "2035年远景目标" in the preamble, nor a title from a breadcrumb', () => {
    const plan = parsePlanNotice('首页 > 政协协商 > 协商计划\n政协丰渠市委员会年度协商工作计划\n聚焦奋力实现2035年远景目标，本年度共安排协商议题1个。\n一、对口协商\n1.协商议题：甲\n时间：3月\n承办单位：市政协经济委员会', { year: 2025 });
    expect(plan).toMatchObject({ title: '政协丰渠市委员会年度协商工作计划', year: 2025, statedTotal: 1 });
  });

  it('puts back a Word table pasted one cell a line, with a two-paragraph cell and an empty last cell, and prefers the planned total', () => {
    const plan = parse(
      [
        '2024年全年共开展各类协商活动18次。2025年市政协共安排协商活动3项。',
        '序号', '协商形式', '协商议题', '时间安排', '牵头单位', '参与部门',
        '1', '专题协商会', '推进制造业数字化转型', '5月', '市政协经济委员会', '市工业和信息化局、市数据局',
        '2', '专题议政性常委会议', '打造区域消费中心城市', '9月', '市政协港澳台侨和外事委员会', '民建嘉岭市委会', '市商务局、市文化广电旅游局',
        '3', '双月协商座谈会', '推进城乡公交一体化', '12月', '市政协城乡建设委员会', '', '',
        '附件2',
      ].join('\n'),
    );
    expect(plan.statedTotal).toBe(3);
    expect(plan.items.map((i) => [i.title, i.start, i.leadUnits, i.consultedDepartments])).toEqual([
      ['推进制造业数字化转型', '2025-05', ['市政协经济委员会'], ['市工业和信息化局', '市数据局']],
      ['打造区域消费中心城市', '2025-09', ['市政协港澳台侨和外事委员会', '民建嘉岭市委会'], ['市商务局', '市文化广电旅游局']],
      ['推进城乡公交一体化', '2025-12', ['市政协城乡建设委员会'], []],
    ]);
  });

  it('keeps a PDF line that opens with a label apart from the full line before it, and reads 调研内容', () => {
    const wrapped = Array.from({ length: 10 }, (_, i) => `这是一段被切成固定宽度的说明文字，用于判断折行宽度第${i}行`).join('\n');
    const plan = parse(`${wrapped}\n一、对口协商\n5．协商议题：规范农村集体“三资”管理　　协商时间：3月\n承办单位：县政协农业农村委　　协商部门：县农业农村局、县\n财政局\n调研内容：资产清查等情况。`);
    expect(plan.items[0]).toMatchObject({ title: '规范农村集体“三资”管理', start: '2025-03', leadUnits: ['县政协农业农村委'], consultedDepartments: ['县农业农村局', '县财政局'], contents: ['资产清查等情况'] });
  });

  it('reads a meeting named in a 备注 column and does not take the numbered lines of a 说明 as items', () => {
    const plan = parse(['序号\t协商形式\t协商议题\t协商时间\t承办单位\t备注', '1\t常委会议协商\t发展现代物流产业\t4月\t县政协经济科技委\t县政协十一届第十次常委会议', '', '说明：1.协商时间如需调整，由承办单位提出。', '2.各承办单位于活动开展前一个月将活动方案报县政协办公室。'].join('\n'));
    expect(plan.items).toHaveLength(1);
    expect(plan.items[0].meeting).toBe('县政协十一届第十次常委会议');
  });
});

describe('items named by their heading, fields below', () => {
  it('reads "关于…的常委会议协商" and a plain topic heading whose next lines are labelled sub-headings', () => {
    const plan = parse(
      [
        '一、关于县域商业体系建设的常委会议协商',
        '（一）协商形式：县政协十届十一次常委会议。',
        '（二）时间安排：5月。',
        '（三）组织实施：责任部门：县政协经济委。参与部门：县商务局。',
        '二、加强基层农技推广体系建设',
        '（一）时间安排：4月。',
        '（二）承办单位：县政协农业农村委。',
        '三、有关要求',
        '（一）加强组织领导。各责任部门要主动作为。',
      ].join('\n'),
    );
    expect(plan.items.map((i) => [i.form, i.title, i.start, i.meeting ?? null, i.leadUnits, i.consultedDepartments])).toEqual([
      ['standing_committee', '县域商业体系建设', '2025-05', '县政协十届十一次常委会议', ['县政协经济委'], ['县商务局']],
      ['other', '加强基层农技推广体系建设', '2025-04', null, ['县政协农业农村委'], []],
    ]);
  });
});

describe('brand tags', () => {
  it('reads a brand from its label, from a quoted brand in a sentence item, and from a form written with it', () => {
    const plan = parse(
      [
        '一、基层协商',
        '1.协商议题：甲',
        '协商品牌：“有事多商量”',
        '2.11—12月，由市政协委员联络委员会牵头，在各镇“有事好商量”协商议事室围绕“农村人居环境整治提升”开展基层协商。',
        '序号\t协商形式\t协商议题\t协商时间\t承办单位',
        '1\t“株事好商量”基层协商\t乡镇农贸市场提升改造\t全年\t各乡镇政协委员联络组',
      ].join('\n'),
    );
    expect(plan.items.map((i) => i.brandTag ?? null)).toEqual(['有事多商量', '有事好商量', '株事好商量']);
  });
});

describe('round-seven layouts', () => {
  it('reads items written 议题——承办单位——时间 with a note, and drops a web page\'s chrome', () => {
    const plan = parse(
      [
        '首页 > 通知公告 > 正文',
        '发布时间：2025-02-26 09:31　　来源：区政协办公室　　浏览次数：1286',
        '一、常委会议协商（2项）',
        '1．推动预制菜产业集聚发展——区政协经济委员会——6月（结合区政协九届十次常委会议进行）',
        '二、专题协商（1项）',
        '2．完善“一老一小”服务设施布局——区政协社会法制和民族宗教委员会——7月（邀请区民政局、区卫生健康局参加）',
        '三、界别协商（1项）',
        '3．支持个体工商户转型升级——经济界、工商联界——5月',
        '【打印本页】　【关闭窗口】',
        '上一篇：区政协召开九届二十一次主席会议',
        '主办：政协梧川区委员会办公室　　技术支持：大数据中心',
      ].join('\n'),
    );
    expect(plan.items.map((i) => [i.form, i.title, i.start, i.leadUnits, i.consultedDepartments, i.meeting ?? null])).toEqual([
      ['standing_committee', '推动预制菜产业集聚发展', '2025-06', ['区政协经济委员会'], [], '区政协九届十次常委会议'],
      ['special', '完善“一老一小”服务设施布局', '2025-07', ['区政协社会法制和民族宗教委员会'], ['区民政局', '区卫生健康局'], null],
      ['sector', '支持个体工商户转型升级', '2025-05', ['经济界', '工商联界'], [], null],
    ]);
  });

  it('reads the form written before the topic, a joint lead and members taking part in the note, under a lead-body section', () => {
    const plan = parse(
      [
        '一、市政协经济委员会',
        '1．双月协商座谈会：推动民营经济高质量发展（3月，与市工商联联合开展；协商部门：市经信局、市市场监管局）',
        '2．界别协商：完善普惠托育服务体系（9月，医药卫生界、妇联界委员参加；协商部门：市卫生健康委）',
      ].join('\n'),
    );
    expect(plan.items.map((i) => [i.form, i.title, i.leadUnits, i.consultedDepartments, i.participants ?? null])).toEqual([
      ['special', '推动民营经济高质量发展', ['市政协经济委员会', '市工商联'], ['市经信局', '市市场监管局'], null],
      ['sector', '完善普惠托育服务体系', ['市政协经济委员会'], ['市卫生健康委'], '医药卫生界、妇联界委员'],
    ]);
  });

  it('reads 联系部门, a meeting after the time, and a leader with the post in brackets or after 党组成员、', () => {
    const plan = parse(
      [
        '一、常委会议协商',
        '1．协商议题：推动白茶产业品牌化发展',
        '　　牵头领导：黄少峰（县政协副主席）　　承办单位：县政协农业农村委员会',
        '　　联系部门：县农业农村局、县茶业发展中心　　参与界别：农业界、经济界',
        '　　时间：5月（县政协十届十六次常委会议）',
        '2．协商议题：推进城区停车设施建设',
        '　　牵头领导：县政协党组成员、秘书长 蔡明辉　　承办单位：县政协提案委员会',
        '　　时间：7月',
      ].join('\n'),
    );
    expect(plan.items.map((i) => [i.leadLeader, i.leadUnits, i.consultedDepartments, i.start, i.meeting ?? null])).toEqual([
      ['黄少峰', ['县政协农业农村委员会'], ['县农业农村局', '县茶业发展中心'], '2025-05', '县政协十届十六次常委会议'],
      ['蔡明辉', ['县政协提案委员会'], [], '2025-07', null],
    ]);
  });

  it('reads a theme named 以“…”为主题, ranges of 旬, and 主席会议协商 as a form of its own', () => {
    const plan = parse(
      [
        '（一）全体会议协商',
        '1．围绕旗人民政府工作报告，以“做好收官之年各项工作”为主题开展协商。3月上旬，结合旗政协十二届四次会议进行，由旗政协办公室承办。',
        '（二）专题视察监督',
        '2．对“城区供热管网改造项目推进情况”开展专题视察。10月下旬至11月上旬，由旗政协经济委员会承办，旗住房和城乡建设局参加。',
        '（三）主席会议协商',
        '3．围绕“优化营商环境若干措施落实情况”召开主席会议开展协商。年内，由旗政协经济委员会承办，文化艺术界委员参加，旗发展和改革委员会参加。',
      ].join('\n'),
    );
    expect(plan.items.map((i) => [i.form, i.title, i.start, i.end, i.meeting ?? null, i.consultedDepartments])).toEqual([
      ['plenary', '做好收官之年各项工作', '2025-03', '2025-03', '旗政协十二届四次会议', []],
      ['inspection', '城区供热管网改造项目推进情况', '2025-10', '2025-11', null, ['旗住房和城乡建设局']],
      ['other', '优化营商环境若干措施落实情况', '2025-01', '2025-12', null, ['旗发展和改革委员会']],
    ]);
  });

  it('fills what the text left out from an annex table that repeats the items, and adds no item from it', () => {
    const plan = parse(
      [
        '（一）对口协商会。就“推进采煤沉陷区综合治理”召开对口协商会，6月，由市政协人口资源环境委员会承办。',
        '（二）界别协商会。围绕“支持民营企业发展”召开界别协商会，8月，由市政协经济委员会和经济界、工商联界承办。',
        '附件',
        '序号\t协商形式\t协商议题\t时间\t承办单位\t参与部门',
        '1\t对口协商会\t推进采煤沉陷区综合治理\t6月\t市政协人口资源环境委员会\t市能源局、市自然资源局',
        '2\t界别协商会\t支持民营企业发展\t8月\t市政协经济委员会\t市工业和信息化局',
        '3\t调研\t一项不在计划正文中的活动\t9月\t市政协办公室\t市财政局',
      ].join('\n'),
    );
    expect(plan.items.map((i) => [i.title, i.leadUnits, i.consultedDepartments])).toEqual([
      ['推进采煤沉陷区综合治理', ['市政协人口资源环境委员会'], ['市能源局', '市自然资源局']],
      ['支持民营企业发展', ['市政协经济委员会', '经济界', '工商联界'], ['市工业和信息化局']],
    ]);
  });
});

describe('round-nine layouts', () => {
  it('reads a Word table whose header spans two lines', () => {
    const plan = parse(
      [
        '序号\t协商形式\t协商议题\t时间安排\t责任单位\t\t牵头领导',
        '\t\t\t\t牵头单位\t协商部门\t',
        '1\t常委会议协商\t加快培育新质生产力\t4月\t市政协经济委员会\t市工业和信息化局、市科技局\t副主席周启航',
        '2\t\t推进全域旅游与文化深度融合\t7月\t市政协文化文史和学习委员会\t市文化广电旅游局\t副主席韦素芬',
      ].join('\n'),
    );
    expect(plan.items.map((i) => [i.form, i.title, i.leadUnits, i.consultedDepartments, i.leadLeader])).toEqual([
      ['standing_committee', '加快培育新质生产力', ['市政协经济委员会'], ['市工业和信息化局', '市科技局'], '周启航'],
      ['standing_committee', '推进全域旅游与文化深度融合', ['市政协文化文史和学习委员会'], ['市文化广电旅游局'], '韦素芬'],
    ]);
  });

  it('reads items that open with their topic in 【】, and one-line items with the form in 【】 and parts by semicolons', () => {
    const plan = parse(
      [
        '（一）双月协商座谈会',
        '【深化“无废城市”建设】由市政协副主席范承宇牵头，市政协人口资源环境委员会承办，邀请市生态环境局参加。时间：4月。',
        '【加快发展低空经济】主要内容：聚焦应用场景开发深入调研。由市政协经济委员会承办，邀请市发展改革委参加。拟于3月召开的市政协十届十六次常委会议上协商。',
        '二、一般协商活动',
        '1.【对口协商】加强中小学课后服务；区政协教文卫体委承办；区教育局参与；3月。',
      ].join('\n'),
    );
    expect(plan.items.map((i) => [i.form, i.title, i.start, i.leadUnits, i.consultedDepartments, i.leadLeader ?? null, i.meeting ?? null])).toEqual([
      ['special', '深化“无废城市”建设', '2025-04', ['市政协人口资源环境委员会'], ['市生态环境局'], '范承宇', null],
      ['special', '加快发展低空经济', '2025-03', ['市政协经济委员会'], ['市发展改革委'], null, '市政协十届十六次常委会议'],
      ['counterpart', '加强中小学课后服务', '2025-03', ['区政协教文卫体委'], ['区教育局'], null, null],
    ]);
    expect(plan.items[1].contents).toEqual(['聚焦应用场景开发深入调研。']);
  });

  it('reads blocks under 第N项 with short labels, a remark naming the meeting and members among departments', () => {
    const plan = parse(['第二项', '议题：推进“桐岚茶”区域公用品牌建设', '形式：常委会专题协商', '牵头：县政协农业农村委', '参与：县农业农村局；部分经济界委员', '时限：5-6月', '领导：副主席 樊 季 川', '备注：结合县政协十届七次常委会议召开', '第三项', '议题：加快城乡供水一体化', '形式：对口协商', '牵头：县政协城建环资委', '时限：二季度'].join('\n'));
    expect(plan.items.map((i) => [i.form, i.title, i.start, i.end, i.leadUnits, i.consultedDepartments, i.leadLeader ?? null, i.meeting ?? null, i.participants ?? null])).toEqual([
      ['standing_committee', '推进“桐岚茶”区域公用品牌建设', '2025-05', '2025-06', ['县政协农业农村委'], ['县农业农村局'], '樊季川', '县政协十届七次常委会议', '部分经济界委员'],
      ['counterpart', '加快城乡供水一体化', '2025-04', '2025-06', ['县政协城建环资委'], [], null, null, null],
    ]);
  });

  it('reads the body that leads written first, in a section of several forms, with the time and leader in a bracket', () => {
    const plan = parse(
      [
        '一、全体会议和常委会议协商',
        '1.县政协经济委员会：围绕“推进县域工业园区提档升级”召开常委会议专题协商，县发改局、县工信局参加（6月，县政协十届十次常委会议；牵头领导：副主席蒙 晓岚）。',
        '2.民盟岫山县支部、民进岫山县支部，县政协文化文史和学习委员会：围绕“推进全民阅读”开展党派联合协商，邀请县教育局参加（7月）。',
      ].join('\n'),
    );
    expect(plan.items.map((i) => [i.form, i.title, i.start, i.leadUnits, i.consultedDepartments, i.meeting ?? null, i.leadLeader ?? null])).toEqual([
      ['standing_committee', '推进县域工业园区提档升级', '2025-06', ['县政协经济委员会'], ['县发改局', '县工信局'], '县政协十届十次常委会议', '蒙晓岚'],
      ['party', '推进全民阅读', '2025-07', ['民盟岫山县支部', '民进岫山县支部', '县政协文化文史和学习委员会'], ['县教育局'], null, null],
    ]);
  });

  it('gives items the leader their lead-body section names and mends stray spaces inside names', () => {
    const plan = parse(['一、县政协社会和法制委员会(牵头领导:县政协副主席 柯云舒)', '1.对口协商:养老机构安全管理(11月)  参与部门:县民政局,县应急 管理局,县 教育局'].join('\n'));
    expect(plan.items[0]).toMatchObject({ form: 'counterpart', title: '养老机构安全管理', leadUnits: ['县政协社会和法制委员会'], leadLeader: '柯云舒', consultedDepartments: ['县民政局', '县应急管理局', '县教育局'] });
  });

  it('reads a month-by-month schedule, skips what is not counted, and splits an item into its sub-topics', () => {
    const plan = parse(
      [
        '四月',
        '◇专题视察监督（4月至5月）：“河长制”落实情况。承办：区政协城建环保委员会；协商部门：区水务局。',
        '五月',
        '◇常委会议专题协商：推动数字经济与实体经济深度融合。结合区政协四届八次常委会议进行。承办：区政协经济科技委员会。',
        '十二月',
        '◇开展年度优秀协商成果评选（不计入协商活动）。承办：区政协办公室。',
        '适时安排',
        '◇微协商：电动自行车集中充电设施建设。承办：各委员工作站。',
        '二、重点协商议题',
        '（三）双月协商座谈会：提升基层社会治理效能',
        '牵头领导：区政协副主席 柏 文 谦',
        '本议题分两个子议题分别开展协商：',
        '1.子议题一：深化“网格+警格”融合治理',
        '承办单位：区政协社会法制委员会',
        '时间安排：4月',
        '2.子议题二：物业管理纳入社区治理体系',
        '承办单位：区政协提案委员会',
        '时间安排：8月',
      ].join('\n'),
    );
    expect(plan.items.map((i) => [i.form, i.title, i.start, i.end, i.meeting ?? null, i.leadLeader ?? null])).toEqual([
      ['inspection', '“河长制”落实情况', '2025-04', '2025-05', null, null],
      ['standing_committee', '推动数字经济与实体经济深度融合', '2025-05', '2025-05', '区政协四届八次常委会议', null],
      ['micro', '电动自行车集中充电设施建设', null, null, null, null],
      ['special', '深化“网格+警格”融合治理', '2025-04', '2025-04', null, '柏文谦'],
      ['special', '物业管理纳入社区治理体系', '2025-08', '2025-08', null, '柏文谦'],
    ]);
  });

  it('reads a PDF copy in quarters: a topic with its form in brackets, the sentence after it, and 本季度', () => {
    const plan = parse(
      [
        '一、第一季度',
        '　　1．聚焦“十四五”开局 凝聚发展合力（全体会议协商）。',
        '1月，结合市政协八届五次会议进行，由市政协办公室承办，市发展和改革局参加。',
        '　　2．优化企业开办服务（提案办理协商）。本季度，由市政协提案委员会承办，市行政审批服务局参加。',
        '二、第三季度',
        '　　3．提升城市社区治理水平（双月协商座谈会）。7月，提交市政协八届二十二次常委会议协商，由市政协社会和法制委员会承办，市民政局参加。',
      ].join('\n'),
    );
    expect(plan.items.map((i) => [i.form, i.title, i.start, i.end, i.leadUnits, i.consultedDepartments, i.meeting ?? null])).toEqual([
      ['plenary', '聚焦“十四五”开局 凝聚发展合力', '2025-01', '2025-01', ['市政协办公室'], ['市发展和改革局'], '市政协八届五次会议'],
      ['proposal_handling', '优化企业开办服务', '2025-01', '2025-03', ['市政协提案委员会'], ['市行政审批服务局'], null],
      ['special', '提升城市社区治理水平', '2025-07', '2025-07', ['市政协社会和法制委员会'], ['市民政局'], '市政协八届二十二次常委会议'],
    ]);
  });
});

describe('round-ten layouts', () => {
  it('reads sentence items that name the topic 议题为, bodies acting at the head of a clause, and 牵头领导为', () => {
    const plan = parse(
      [
        '第二季度',
        '3. 4月，县政协农业农村委员会联合农业界别开展界别协商，议题为“发展稻渔综合种养”，县农业农村局参加。',
        '4. 3月下旬，召开县政协主席会议，围绕“政府投资项目前期工作”开展主席会议协商，由县政协办公室承办，县财政局负责同志列席。牵头领导为县政协副主席魏南峰。',
        '5. 县政协社会法制和民族宗教委员会将在城关镇开展“有事好商量”基层协商，议题为“完善农村互助养老服务”，邀请县民政局参与。',
        '其他',
        '6. 县政协将适时围绕“农村人居环境整治提升”开展微协商，由各乡镇政协工作联络组具体组织。',
      ].join('\n'),
    );
    expect(plan.items.map((i) => [i.form, i.title, i.start, i.end, i.leadUnits, i.leadLeader ?? null])).toEqual([
      ['sector', '发展稻渔综合种养', '2025-04', '2025-04', ['县政协农业农村委员会', '农业界别'], null],
      ['other', '政府投资项目前期工作', '2025-03', '2025-03', ['县政协办公室'], '魏南峰'],
      ['grassroots', '完善农村互助养老服务', '2025-04', '2025-06', ['县政协社会法制和民族宗教委员会'], null],
      ['micro', '农村人居环境整治提升', null, null, ['各乡镇政协工作联络组'], null],
    ]);
  });

  it('reads items grouped under lead bodies with a count, one line each as 【形式】topic（note）', () => {
    const plan = parse(
      [
        '一、市政协办公室（2项）',
        '1.【全体会议协商】围绕市政府工作报告等开展协商（1月，市政协七届五次会议）',
        '2.[对口协商]发展林下经济（10月，协商部门：市林业局、市农业农村局）',
        '二、市政协社会法制和民族宗教委员会（1项）',
        '3.【专题协商会】市域社会治理现代化试点工作（8月，市政协社会法制和民族宗教委员会与民革梧岭市委会共同承办；协商部门：市委政法委）',
      ].join('\n'),
    );
    expect(plan.items.map((i) => [i.form, i.title, i.start, i.leadUnits, i.consultedDepartments, i.meeting ?? null])).toEqual([
      ['plenary', '围绕市政府工作报告等开展协商', '2025-01', ['市政协办公室'], [], '市政协七届五次会议'],
      ['counterpart', '发展林下经济', '2025-10', ['市政协办公室'], ['市林业局', '市农业农村局'], null],
      ['special', '市域社会治理现代化试点工作', '2025-08', ['市政协社会法制和民族宗教委员会', '民革梧岭市委会'], ['市委政法委'], null],
    ]);
  });

  it('takes the sum of a totals sentence, skips a container heading with a count, and reads departments after the lead in a note', () => {
    const plan = parse(
      [
        '2026年区政协共安排重点协商议题5个、一般协商活动8项，共计13项（不含全体会议协商）。',
        '三、一般协商活动（8项）',
        '（括号内依次为时间、承办单位、协商部门）',
        '7. 对口协商：加快发展社区食堂（5月，区政协社会和法制委员会；区民政局、区市场监督管理局）',
      ].join('\n'),
    );
    expect(plan.statedTotal).toBe(13);
    expect(plan.items.map((i) => [i.form, i.title, i.leadUnits, i.consultedDepartments])).toEqual([['counterpart', '加快发展社区食堂', ['区政协社会和法制委员会'], ['区民政局', '区市场监督管理局']]]);
  });

  it('reads 年底 as a section, a remark in brackets after the departments, a spaced label, a section naming its lead, and a continuation row', () => {
    const plan = parse(
      [
        '▲年底',
        '●协商座谈会：市政府民生实事项目落实情况',
        '承办：市政协社会和法制委员会',
        '协商部门：市政府办公室、市财政局',
        '（通过视频连线方式进行，各县（市、区）政协设分会场）',
        '八、基层协商（由各乡镇（街道）委员工作室组织）',
        '12.协商议题：推进移风易俗   协商时间 下半年',
        '序号\t协商形式\t协商议题\t时间\t承办单位\t协商部门',
        '13\t党派联合协商\t推动非物质文化遗产与文旅\t6—7月\t区政协文化文史和学习委员会、\t区文化和旅游局',
        '\t\t融合发展\t\t民革鹤汀区支部\t',
      ].join('\n'),
    );
    expect(plan.items.map((i) => [i.title, i.start, i.end, i.leadUnits, i.consultedDepartments])).toEqual([
      ['市政府民生实事项目落实情况', '2025-12', '2025-12', ['市政协社会和法制委员会'], ['市政府办公室', '市财政局']],
      ['推进移风易俗', '2025-07', '2025-12', ['各乡镇（街道）委员工作室'], []],
      ['推动非物质文化遗产与文旅融合发展', '2025-06', '2025-07', ['区政协文化文史和学习委员会', '民革鹤汀区支部'], ['区文化和旅游局']],
    ]);
  });
});

describe('round-eleven layouts', () => {
  it('reads lead-body sections written 提案委员会牵头（3项）, with a joint sector in the note', () => {
    const plan = parse(['一、提案委员会牵头（2项）', '1.对口协商：推进农村牧区人居环境整治。时间：4月。协商部门：旗农牧局。', '2.界别协商：规范发展农牧民专业合作社（与农牧界别联合开展）。时间：8月。协商部门：旗农牧局。'].join('\n'));
    expect(plan.items.map((i) => [i.form, i.title, i.start, i.leadUnits, i.consultedDepartments])).toEqual([
      ['counterpart', '推进农村牧区人居环境整治', '2025-04', ['提案委员会'], ['旗农牧局']],
      ['sector', '规范发展农牧民专业合作社', '2025-08', ['提案委员会', '农牧界别'], ['旗农牧局']],
    ]);
  });

  it('keeps a topic that mentions 目标任务, and reads a brief item whose note gives form, time and lead', () => {
    const plan = parse(['一、重点协商议题', '（一）全面完成脱贫攻坚目标任务（常委会议协商）', '协商时间：9月', '承办单位：县政协农业和农村委员会', '二、一般协商议题', '3.提升县人民医院服务能力（界别协商，8月，医药卫生界别）'].join('\n'));
    expect(plan.items.map((i) => [i.form, i.title, i.start, i.leadUnits])).toEqual([
      ['standing_committee', '全面完成脱贫攻坚目标任务', '2025-09', ['县政协农业和农村委员会']],
      ['sector', '提升县人民医院服务能力', '2025-08', ['医药卫生界别']],
    ]);
  });

  it('reads sentence items with a labelled note after them, a sentence before labels, and bodies joined by 联合开展', () => {
    const plan = parse(
      [
        '一、第一季度',
        '（一）3月，区政协经济委员会牵头，围绕“培育壮大楼宇经济”开展对口协商，邀请区商务局参加。（牵头领导：区政协副主席林若溪）',
        '（二）3月下旬，召开区政协十届三次常委会议，围绕“推进老旧小区改造”开展专题议政，由区政协城建委员会承办，区住房城乡建设局、区财政局负责同志到会通报情况并听取意见。',
        '（三）5月，九三学社澄渊区支社、区政协教科卫体委员会联合开展党派协商，协商议题为“推动区域科技创新平台建设”，协商部门为区科技局。',
        '（四）二季度，区政协委员联络委员会牵头，围绕“老年助餐服务”在基层开展协商，邀请区民政局参加。',
        '（五）9月，组织部分界别委员围绕“完善托育服务体系”开展界别协商。承办：区政协教科卫体委员会、妇联界别。协商部门：区卫生健康局。',
      ].join('\n'),
    );
    expect(plan.items.map((i) => [i.form, i.title, i.start, i.leadUnits, i.consultedDepartments, i.leadLeader ?? null])).toEqual([
      ['counterpart', '培育壮大楼宇经济', '2025-03', ['区政协经济委员会'], ['区商务局'], '林若溪'],
      ['standing_committee', '推进老旧小区改造', '2025-03', ['区政协城建委员会'], ['区住房城乡建设局', '区财政局'], null],
      ['party', '推动区域科技创新平台建设', '2025-05', ['九三学社澄渊区支社', '区政协教科卫体委员会'], ['区科技局'], null],
      ['grassroots', '老年助餐服务', '2025-04', ['区政协委员联络委员会'], ['区民政局'], null],
      ['sector', '完善托育服务体系', '2025-09', ['区政协教科卫体委员会', '妇联界别'], ['区卫生健康局'], null],
    ]);
  });

  it('skips groups with a count and explaining lines, and reads a meeting after the time and a ★ topic', () => {
    const plan = parse(
      [
        '二、协商议题及安排',
        '（一）全体会议协商（1项）',
        '1.★讨论县人民政府工作报告',
        '（1）时间：1月，县政协九届三次会议期间',
        '（2）承办单位：县政协办公室',
        '（二）主席会议协商（1项）',
        '2.县域金融服务实体经济。时间：3月；承办单位：县政协经济委员会',
        '三、一般协商活动（1项）',
        '（括号内依次为时间、承办单位、协商部门）',
        '3. 对口协商：加快发展社区食堂（5月，区政协社会和法制委员会；区民政局、区市场监督管理局）',
      ].join('\n'),
    );
    expect(plan.items.map((i) => [i.form, i.title, i.start, i.meeting ?? null, i.leadUnits, i.consultedDepartments])).toEqual([
      ['plenary', '讨论县人民政府工作报告', '2025-01', '县政协九届三次会议', ['县政协办公室'], []],
      ['other', '县域金融服务实体经济', '2025-03', null, ['县政协经济委员会'], []],
      ['counterpart', '加快发展社区食堂', '2025-05', null, ['区政协社会和法制委员会'], ['区民政局', '区市场监督管理局']],
    ]);
  });

  it('reads a PDF copy whose indent does not count in its width, across a page break inside a line', () => {
    const wrapped = Array.from({ length: 10 }, (_, i) => `这是一段被切成固定宽度的说明文字用于判断折行宽度第${i}行`).join('\n');
    const plan = parse(`${wrapped}\n（四）第四季度（1项）\n　　13.对口协商：保护传承历史文化名城。时间：11月。承办\n\n— 3 —\n\n单位：市政协文化文史和学习委员会。协商部门：市文化广电和\n旅游局、市住房城乡建设局。\n（五）全年及其他（1项）\n　　17.远程协商：配合省政协开展“数字乡村建设”远程协商。\n时间：待定。承办单位：市政协办公室。`);
    expect(plan.items.map((i) => [i.title, i.start, i.leadUnits, i.consultedDepartments])).toEqual([
      ['保护传承历史文化名城', '2025-11', ['市政协文化文史和学习委员会'], ['市文化广电和旅游局', '市住房城乡建设局']],
      ['数字乡村建设', null, ['市政协办公室'], []],
    ]);
  });
});

describe('round-twelve layouts', () => {
  it('reads fields numbered （1）（2） under an item, and a plenary named by its session as its meeting', () => {
    const plan = parse(
      [
        '一、全体会议协商和常委会议协商',
        '1.县政协十一届三次会议',
        '（1）时间：1月上旬。',
        '（2）承办：县政协办公室。',
        '2.议题：做强做优县域特色农产品加工业',
        '（1）时间：5月。',
        '（2）会议：县政协十一届十三次常委会议。',
        '（3）承办：县政协经济委员会。',
      ].join('\n'),
    );
    expect(plan.items.map((i) => [i.title, i.start, i.meeting ?? null, i.leadUnits])).toEqual([
      ['县政协十一届三次会议', '2025-01', '县政协十一届三次会议', ['县政协办公室']],
      ['做强做优县域特色农产品加工业', '2025-05', '县政协十一届十三次常委会议', ['县政协经济委员会']],
    ]);
  });

  it('puts back a web table one cell a line with form rows between the rows, "/" for an empty cell and a 合计 row', () => {
    const plan = parse(
      [
        '确定2024年度协商议题2项。',
        '序号', '协商议题', '协商时间', '承办单位', '协商部门', '牵头领导',
        '一、全体会议协商（1次）',
        '1', '围绕县政府工作报告开展协商', '1月', '县政协办公室', '/', '县政协主席 颜松筠',
        '二、常委会议协商（1次）',
        '2', '打赢脱贫攻坚战', '6月（十届十次常委会议）', '县政协农业和农村工作委员会', '县扶贫办、县农业农村局', '县政协副主席 岑念慈',
        '合计', '2次',
      ].join('\n'),
    );
    expect(plan.statedTotal).toBe(2);
    expect(plan.items.map((i) => [i.form, i.title, i.start, i.meeting ?? null, i.leadUnits, i.consultedDepartments, i.leadLeader])).toEqual([
      ['plenary', '围绕县政府工作报告开展协商', '2025-01', null, ['县政协办公室'], [], '颜松筠'],
      ['standing_committee', '打赢脱贫攻坚战', '2025-06', '十届十次常委会议', ['县政协农业和农村工作委员会'], ['县扶贫办', '县农业农村局'], '岑念慈'],
    ]);
  });

  it('reads fields set apart by ｜, a brand before a form, and sentences with 与…就 and sectors\' members leading', () => {
    const plan = parse(
      [
        '三、“请你来协商”基层协商',
        '【基层协商】社区停车难问题',
        '承办：区政协经济科技委员会｜协商部门：区科技局、区工业和信息化局',
        '四、对口协商',
        '5．区政协农业农村委员会与区农业农村局就“推进强村富民乡村集成改革”开展对口协商，时间安排在4月。',
        '五、界别协商',
        '10．由经济界、工商联界委员牵头，围绕“民营企业家代际传承”开展界别协商，区委统战部参加，拟于7月开展。',
      ].join('\n'),
    );
    expect(plan.items.map((i) => [i.form, i.title, i.start, i.leadUnits, i.consultedDepartments])).toEqual([
      ['grassroots', '社区停车难问题', null, ['区政协经济科技委员会'], ['区科技局', '区工业和信息化局']],
      ['counterpart', '推进强村富民乡村集成改革', '2025-04', ['区政协农业农村委员会'], ['区农业农村局']],
      ['sector', '民营企业家代际传承', '2025-07', ['经济界', '工商联界'], ['区委统战部']],
    ]);
  });
});

describe('round-thirteen layouts', () => {
  it('reads bullet lines with the time first, a form alone with its topic below, a meeting before its topic, and a leader in brackets', () => {
    const plan = parse(
      [
        '■第一季度',
        '◆1月　县政协九届三次会议（全体会议协商）',
        '◆3月　【对口协商】优化县域营商环境',
        '　牵头：县政协经济科技委　协商部门：县发改局、县行政审批局',
        '　（县政协副主席 骆文军 牵头）',
        '■第三季度',
        '◆8月　【专题视察监督协商】',
        '　《雁宁县城乡环境卫生管理办法》执行情况',
        '　牵头：县政协城乡建设委',
        '◆11月　【常委会议协商】县政协九届九次常委会议：',
        '　健全基层医疗服务体系',
        '　牵头：县政协教科文卫委',
      ].join('\n'),
    );
    expect(plan.items.map((i) => [i.form, i.title, i.start, i.meeting ?? null, i.leadUnits, i.consultedDepartments, i.leadLeader ?? null])).toEqual([
      ['plenary', '县政协九届三次会议', '2025-01', '县政协九届三次会议', [], [], null],
      ['counterpart', '优化县域营商环境', '2025-03', null, ['县政协经济科技委'], ['县发改局', '县行政审批局'], '骆文军'],
      ['inspection', '《雁宁县城乡环境卫生管理办法》执行情况', '2025-08', null, ['县政协城乡建设委'], [], null],
      ['standing_committee', '健全基层医疗服务体系', '2025-11', '县政协九届九次常委会议', ['县政协教科文卫委'], [], null],
    ]);
  });

  it('joins an Excel cell in quotes that holds a line break, and reads the meeting and topic in it', () => {
    const plan = parse(['序号\t协商形式\t协商议题\t时间\t承办单位\t协商部门', '1\t常委会议协商\t"市政协七届八次常委会议：', '加快培育新质生产力"\t5月\t市政协经济委员会\t"市发展改革委、', '市科技局"'].join('\n'));
    expect(plan.items.map((i) => [i.form, i.title, i.meeting ?? null, i.start, i.consultedDepartments])).toEqual([['standing_committee', '加快培育新质生产力', '市政协七届八次常委会议', '2025-05', ['市发展改革委', '市科技局']]]);
  });

  it('gives the items of a form section the body its heading names, and reads 依托会议', () => {
    const plan = parse(['（六）提案办理协商（县政协提案委员会牵头）', '9.协商题目：县政协十届二次会议重点提案办理情况', '依托会议：县政协十届十六次常委会议', '协商时间：10月份'].join('\n'));
    expect(plan.items[0]).toMatchObject({ form: 'proposal_handling', leadUnits: ['县政协提案委员会'], meeting: '县政协十届十六次常委会议', start: '2025-10' });
  });
});

describe('a plan written as an article', () => {
  it('reads form paragraphs that list their items in one sentence, by 。 and ；, and a plenary named by its session', () => {
    const plan = parse(
      [
        '　　（一）全体会议协商。1月上旬，召开市政协十一届四次会议。',
        '　　（二）常委会议协商。4月，召开市政协十一届十二次常委会议，围绕“推进楠江新区高质量发展”开展专题议政，由市政协经济委员会承办。9月，召开市政协十一届十四次常委会议，围绕“加强城乡基层社会治理”开展专题议政，由市政协社会和法制委员会承办。',
        '　　（三）专题协商。全年安排双月协商座谈会2次：3月，由市政协人口资源环境委员会牵头，围绕“楠江干流禁捕退捕后续工作”，与市农业农村局、市公安局协商；6月，由市政协文化文史和学习委员会牵头，围绕“历史文化名城保护与利用”，与市文化和旅游局协商。',
        '　　（四）对口协商。安排对口协商2次，分别是：市政协经济委员会与市商务局围绕“培育夜间经济”开展对口协商（5月）；市政协农业和农村委员会与市农业农村局围绕“发展高效特色农业”开展对口协商（6月）。',
      ].join('\n'),
    );
    expect(plan.items.map((i) => [i.form, i.title, i.start, i.meeting ?? null, i.leadUnits, i.consultedDepartments])).toEqual([
      ['plenary', '市政协十一届四次会议', '2025-01', '市政协十一届四次会议', [], []],
      ['standing_committee', '推进楠江新区高质量发展', '2025-04', '市政协十一届十二次常委会议', ['市政协经济委员会'], []],
      ['standing_committee', '加强城乡基层社会治理', '2025-09', '市政协十一届十四次常委会议', ['市政协社会和法制委员会'], []],
      ['special', '楠江干流禁捕退捕后续工作', '2025-03', null, ['市政协人口资源环境委员会'], ['市农业农村局', '市公安局']],
      ['special', '历史文化名城保护与利用', '2025-06', null, ['市政协文化文史和学习委员会'], ['市文化和旅游局']],
      ['counterpart', '培育夜间经济', '2025-05', null, ['市政协经济委员会'], ['市商务局']],
      ['counterpart', '发展高效特色农业', '2025-06', null, ['市政协农业和农村委员会'], ['市农业农村局']],
    ]);
  });
});

describe('a PDF table copied one cell a line', () => {
  it('joins cells wrapped at their column width, skips the header repeated on a new page, and keeps an empty last cell', () => {
    const plan = parse(
      [
        '序号', '协商议题', '协商形式', '协商时间', '承办单位', '参加部门',
        '1', '县政协十二届一', '次会议', '全体会议', '1月', '县政协办公室',
        '2', '推进城北片区综', '合开发', '常委会议协商', '（十二届三次常', '委会议）', '6月', '县政协经济工作', '委员会', '县发改局、县自', '然资源局、县住', '建局',
        '- 2 -',
        '序号', '协商议题', '协商形式', '协商时间', '承办单位', '参加部门',
        '3', '推进“互联网+医', '疗健康”发展', '对口协商', '7月', '县政协社会法制', '和民族宗教委员', '会', '县卫健局、县医', '保局',
        '4', '关于加强城区停', '车管理的提案', '提案办理协商', '9月', '县政协各委员工', '作室',
        '备注：各承办单位可根据工作实际对协商时间作适当调整。',
      ].join('\n'),
    );
    expect(plan.items.map((i) => [i.form, i.title, i.start, i.meeting ?? null, i.leadUnits, i.consultedDepartments])).toEqual([
      ['plenary', '县政协十二届一次会议', '2025-01', '县政协十二届一次会议', ['县政协办公室'], []],
      ['standing_committee', '推进城北片区综合开发', '2025-06', '十二届三次常委会议', ['县政协经济工作委员会'], ['县发改局', '县自然资源局', '县住建局']],
      ['counterpart', '推进“互联网+医疗健康”发展', '2025-07', null, ['县政协社会法制和民族宗教委员会'], ['县卫健局', '县医保局']],
      ['proposal_handling', '关于加强城区停车管理的提案', '2025-09', null, ['县政协各委员工作室'], []],
    ]);
  });
});

describe('notes in brackets', () => {
  it('reads 政协办公室 as a lead though it holds 协办, takes any names after the lead as departments, and 适时 as no month', () => {
    const plan = parse(
      [
        '一、第三季度',
        '1.主席会议协商：旗政府重点项目建设推进情况（9月；旗政协办公室；旗发改委、',
        '旗重点项目办）',
        '2．发挥律师作用 服务民营企业法治体检（社会法制界；市司法局、市工商联；下半年）',
        '全年及适时安排',
        '3.【基层协商】“民生议事堂”协商议事（适时）',
      ].join('\n'),
    );
    expect(plan.items.map((i) => [i.title, i.start, i.end, i.leadUnits, i.consultedDepartments])).toEqual([
      ['旗政府重点项目建设推进情况', '2025-09', '2025-09', ['旗政协办公室'], ['旗发改委', '旗重点项目办']],
      ['发挥律师作用 服务民营企业法治体检', '2025-07', '2025-12', ['社会法制界'], ['市司法局', '市工商联']],
      ['“民生议事堂”协商议事', null, null, [], []],
    ]);
  });
});

describe('round-14 and round-15 layouts', () => {
  it('reads a table written with pipes, and column names it has not seen by their words', () => {
    const plan = parse(
      [
        '| 序号 | 协商议题 | 协商形式 | 拟安排时间 | 牵头专委会 | 配合部门 | 分管领导 |',
        '|---|---|---|---|---|---|---|',
        '| 1 | 县政协十届三次会议 | 全体会议协商 | 2月 | 县政协办公室 | — | 主席钟明远 |',
        '| 2 | 推进湿地生态保护修复 | 常委会议协商 | 4月 | 县政协人口资源环境委员会 | 县林业局、县水利局 | 副主席田家禾 |',
      ].join('\n'),
    );
    expect(plan.items.map((i) => [i.form, i.title, i.start, i.leadUnits, i.consultedDepartments, i.leadLeader ?? null])).toEqual([
      ['plenary', '县政协十届三次会议', '2025-02', ['县政协办公室'], [], '钟明远'],
      ['standing_committee', '推进湿地生态保护修复', '2025-04', ['县政协人口资源环境委员会'], ['县林业局', '县水利局'], '田家禾'],
    ]);
  });

  it('reads 第N部分 parts above 第N项 items set apart by spaces, and (牵头) marking the leads in a list', () => {
    const plan = parse(
      [
        '政协榆汀县委员会',
        '2025年度协商议政工作计划',
        '第一部分  指导思想和总体安排',
        '全年安排协商议政活动2项。',
        '第二部分  协商议题',
        '第一项  推动县域特色产业集群发展（常委会议协商）',
        '时间安排：6月',
        '责任单位：县政协经济委员会（牵头），县发展改革局、县工业和信息化局',
        '工作重点：摸清三大产业集群发展现状。',
        '第二项  视察城乡客运一体化建设（视察协商）',
        '时间安排：视项目进展适时安排',
        '责任单位：县政协社会和法制委员会、工会界（牵头），县交通运输局',
        '第三部分  保障措施',
        '第一，强化组织领导。县政协党组对协商计划的实施负总责。',
      ].join('\n'),
    );
    expect(plan.title).toBe('政协榆汀县委员会2025年度协商议政工作计划');
    expect(plan.items.map((i) => [i.form, i.title, i.start, i.leadUnits, i.consultedDepartments, i.contents ?? null])).toEqual([
      ['standing_committee', '推动县域特色产业集群发展', '2025-06', ['县政协经济委员会'], ['县发展改革局', '县工业和信息化局'], ['摸清三大产业集群发展现状']],
      ['inspection', '视察城乡客运一体化建设', null, ['县政协社会和法制委员会', '工会界'], ['县交通运输局'], null],
    ]);
  });

  it('keeps the committee bodies after (牵头) among the leads', () => {
    const plan = parse(['1.协商议题：推进农村集体经济发展', '协商形式：对口协商', '承办单位：县政协经济委员会（牵头），县政协提案委员会', '时间：5月'].join('\n'));
    expect(plan.items[0]).toMatchObject({ leadUnits: ['县政协经济委员会', '县政协提案委员会'], consultedDepartments: [] });
  });

  it('reads a Word table one cell a line without a number column, "/" for an empty cell, and form headings without numbers', () => {
    const plan = parse(
      [
        '协商安排',
        '协商形式', '协商议题', '时间安排', '牵头单位', '协商部门', '牵头领导',
        '全体会议协商', '县政协十二届三次会议', '1月', '县政协办公室', '县政府办公室', '曹静岚',
        '微协商', '“一月一议”民生小事协商', '全年', '各乡镇（街道）委员工作室', '/', '/',
        '',
        '工作要求',
        '强化组织领导。各牵头单位要高度重视。',
      ].join('\n'),
    );
    expect(plan.items.map((i) => [i.form, i.title, i.start, i.end, i.leadUnits, i.consultedDepartments, i.leadLeader ?? null])).toEqual([
      ['plenary', '县政协十二届三次会议', '2025-01', '2025-01', ['县政协办公室'], ['县政府办公室'], '曹静岚'],
      ['micro', '“一月一议”民生小事协商', '2025-01', '2025-12', ['各乡镇（街道）委员工作室'], [], null],
    ]);
  });

  it('reads form headings that lost their numbers, a session as an unlabelled item, and labels set apart by a tab', () => {
    const plan = parse(
      [
        '今年共安排协商活动3项，具体安排如下：',
        '全体会议协商',
        '县政协十届三次会议',
        '协商时间：1月\t牵头单位：县政协办公室',
        '常委会议协商',
        '协商议题：推动县域商贸物流提质增效（县政协十届七次常委会议）',
        '协商时间：6月\t牵头领导：副主席严疏影',
        '牵头单位：县政协经济委员会',
        '协商部门：县商务局、县交通运输局',
        '专题协商',
        '协商议题：推动乡村旅游提档升级',
        '协商时间：5月',
        '牵头单位：县政协文化文史委员会',
      ].join('\n'),
    );
    expect(plan.items.map((i) => [i.form, i.title, i.start, i.meeting ?? null, i.leadUnits, i.consultedDepartments, i.leadLeader ?? null])).toEqual([
      ['plenary', '县政协十届三次会议', '2025-01', '县政协十届三次会议', ['县政协办公室'], [], null],
      ['standing_committee', '推动县域商贸物流提质增效', '2025-06', '县政协十届七次常委会议', ['县政协经济委员会'], ['县商务局', '县交通运输局'], '严疏影'],
      ['special', '推动乡村旅游提档升级', '2025-05', null, ['县政协文化文史委员会'], [], null],
    ]);
  });

  it('reads sentence items under month headings, a session held as the item, and a paragraph under 全年安排', () => {
    const plan = parse(
      [
        '一、协商活动安排',
        '（一）2月',
        '　　1．召开区政协二届三次会议，围绕区人民政府工作报告开展全体会议协商，由区政协办公室承办。',
        '（二）3月',
        '　　2．3月下旬，区政协提案委员会会同区教育局，围绕“关于加强中小学课后服务的提案”办理情况开展提案办理协商。',
        '　　3．围绕“支持科技型中小企业创新发展”开展党派协商。',
        '由民盟砚溪区基层委员会承办，区科学技术局参加。',
        '二、全年安排',
        '以“有事好商量”协商议事室为平台，全年在各街道开展基层协商，围绕“办好民生实事”协商议事，由区政协委员联络委员会负责组织。',
        '三、工作要求',
        '（一）压实工作责任。各承办单位要提前制定方案。',
      ].join('\n'),
    );
    expect(plan.items.map((i) => [i.form, i.title, i.start, i.end, i.meeting ?? null, i.leadUnits, i.consultedDepartments])).toEqual([
      ['plenary', '区政协二届三次会议', '2025-02', '2025-02', '区政协二届三次会议', ['区政协办公室'], []],
      ['proposal_handling', '关于加强中小学课后服务的提案', '2025-03', '2025-03', null, ['区政协提案委员会'], ['区教育局']],
      ['party', '支持科技型中小企业创新发展', '2025-03', '2025-03', null, ['民盟砚溪区基层委员会'], ['区科学技术局']],
      ['grassroots', '办好民生实事', '2025-01', '2025-12', null, ['区政协委员联络委员会'], []],
    ]);
  });

  it('reads a space-aligned table lined up by printed width, with a cell run into the next by one space', () => {
    const plan = parse(
      [
        '      序号  协商形式      协商议题                    时间      牵头领导  牵头单位               协商部门',
        '      10    视察协商      地质灾害防治工作            8月       甘若川    县政协人口资源环境委员 县自然资源局、县应急管理',
        '                                                                          会                     局',
        '      11    党派协商      推动优质医疗资源下沉乡镇    9月       邹临溪    民盟枫桠县支部、农工党 县卫生健康局',
        '                                                                          枫桠县支部',
      ].join('\n'),
    );
    expect(plan.items.map((i) => [i.form, i.title, i.start, i.leadUnits, i.consultedDepartments, i.leadLeader ?? null])).toEqual([
      ['inspection', '地质灾害防治工作', '2025-08', ['县政协人口资源环境委员会'], ['县自然资源局', '县应急管理局'], '甘若川'],
      ['party', '推动优质医疗资源下沉乡镇', '2025-09', ['民盟枫桠县支部', '农工党枫桠县支部'], ['县卫生健康局'], '邹临溪'],
    ]);
  });

  it('reads a section named by a list of bodies like its siblings, a form\'s rows opened by "…安排如下：", and a partner in the form\'s brackets', () => {
    const plan = parse(
      [
        '一、县政协教科卫体委员会',
        '1．协商议题：加强基层医疗卫生人才队伍建设',
        '协商形式：界别协商（联合医药卫生界）　　时间：2023年11月',
        '二、各乡镇政协工作联络组、委员工作室',
        '“有事好商量”基层协商安排如下：',
        '序号\t协商议题\t承办单位\t协商时间',
        '1\t集镇农贸市场秩序管理\t槐川镇政协工作联络组\t4月',
      ].join('\n'),
    );
    expect(plan.items.map((i) => [i.form, i.title, i.start, i.leadUnits])).toEqual([
      ['sector', '加强基层医疗卫生人才队伍建设', '2023-11', ['县政协教科卫体委员会', '医药卫生界']],
      ['grassroots', '集镇农贸市场秩序管理', '2025-04', ['槐川镇政协工作联络组']],
    ]);
  });
});

describe('round-16 and round-17 layouts', () => {
  it('reads labels set apart by spaces alone, after the number and between fields', () => {
    const plan = parse(
      [
        '一、县政协办公室（2项）',
        '1. 题目　县政协十四届四次会议',
        '   形式　全体会议协商　　时间　1月',
        '2. 题目　“委员议事厅”网络议政',
        '   形式　网络议政　　时间　全年　　协商部门　县融媒体中心、县政务服务中心',
      ].join('\n'),
    );
    expect(plan.items.map((i) => [i.form, i.title, i.start, i.end, i.leadUnits, i.consultedDepartments])).toEqual([
      ['plenary', '县政协十四届四次会议', '2025-01', '2025-01', ['县政协办公室'], []],
      ['online', '“委员议事厅”网络议政', '2025-01', '2025-12', ['县政协办公室'], ['县融媒体中心', '县政务服务中心']],
    ]);
  });

  it('reads ● items with the form in 【】 or （）, their fields on "—" lines with 组织 and 邀请', () => {
    const plan = parse(
      [
        '■ 会议协商',
        '● 【常委会议协商】县政协十三届十次常委会议：推进县域医疗卫生次中心建设',
        '— 时间：6月；组织：县政协教科卫体委员会；邀请：县卫生健康局、县财政局',
        '— 联系领导：副主席庞立新',
        '● （界别协商）发挥农业界委员作用 助力粮食稳产增收',
        '— 时间：6月底前；组织：农业界；邀请：县农业农村局',
      ].join('\n'),
    );
    expect(plan.items.map((i) => [i.form, i.title, i.start, i.meeting ?? null, i.leadUnits, i.consultedDepartments, i.leadLeader ?? null])).toEqual([
      ['standing_committee', '推进县域医疗卫生次中心建设', '2025-06', '县政协十三届十次常委会议', ['县政协教科卫体委员会'], ['县卫生健康局', '县财政局'], '庞立新'],
      ['sector', '发挥农业界委员作用 助力粮食稳产增收', '2025-06', null, ['农业界'], ['县农业农村局'], null],
    ]);
  });

  it('reads a numbered form heading with its time in brackets over labelled lines as one item', () => {
    const plan = parse(
      [
        '一、第一季度',
        '1. 全体会议协商（1月）',
        '会议：政协苍岩市第七届委员会第三次会议',
        '议题：协商讨论《政府工作报告》和其他报告',
        '承办单位：市政协办公室',
        '2. 第一次双月协商座谈会（2月下旬）',
        '议题：建设区域性物流枢纽城市',
        '承办单位：市政协经济委员会',
        '邀请部门：市发展和改革委员会、市交通运输局',
      ].join('\n'),
    );
    expect(plan.items.map((i) => [i.form, i.title, i.start, i.end, i.leadUnits, i.consultedDepartments])).toEqual([
      ['plenary', '协商讨论《政府工作报告》和其他报告', '2025-01', '2025-01', ['市政协办公室'], []],
      ['special', '建设区域性物流枢纽城市', '2025-02', '2025-02', ['市政协经济委员会'], ['市发展和改革委员会', '市交通运输局']],
    ]);
  });

  it('reads a draft for comment: 【新增】 marks, 〔备注〕 remarks, 待定 departments, a changed month, 附： after the items', () => {
    const plan = parse(
      [
        '政协蒙泉区委员会年度协商工作计划（征求意见稿）',
        '一、专题协商',
        '（一）推动“蒙泉智造”产业园提质扩容【新增】',
        '时间：5月；承办：区政协经济和科技委员会；协商部门：区发展和改革局、蒙泉经济开发区管委会',
        '〔备注：区委办建议增加，拟作为主席会议重点协商议题。〕',
        '（二）完善社区嵌入式托育服务【调整】',
        '时间：4月（原定6月）；承办：区政协社会和法制委员会；协商部门：待定',
        '3.【新增】议题：“小县大城”建设路径研究',
        '附：上年协商计划执行情况（略）',
      ].join('\n'),
    );
    expect(plan.title).toBe('政协蒙泉区委员会年度协商工作计划（征求意见稿）');
    expect(plan.items.map((i) => [i.title, i.start, i.end, i.leadUnits, i.consultedDepartments])).toEqual([
      ['推动“蒙泉智造”产业园提质扩容', '2025-05', '2025-05', ['区政协经济和科技委员会'], ['区发展和改革局', '蒙泉经济开发区管委会']],
      ['完善社区嵌入式托育服务', '2025-04', '2025-04', ['区政协社会和法制委员会'], []],
      ['“小县大城”建设路径研究', null, null, [], []],
    ]);
  });

  it('reads sentence items worded differently: a plenary by its session, 带队, 通过…方式, sectors acting together, a meeting before 围绕', () => {
    const plan = parse(
      [
        '二、协商安排',
        '1．1月，由县政协办公室负责，召开县政协十一届四次会议，开展全体会议协商。',
        '2．6月，县政协十一届九次常委会议围绕“推进县城扩容提质”开展常委会议协商，由县政协城乡建设委员会负责前期调研，县住房和城乡建设局到会听取意见。',
        '3．8月，由县政协副主席龚立衡带队，县政协人口资源环境委员会具体承办，围绕“守护阜水河一河清水”，邀请县水利局参加，开展视察协商。',
        '4．9月，由工商联界、经济界委员联合开展界别协商，议题为“支持个体工商户转型升级”，邀请县税务局参加。',
        '5．10月，县政协教科卫体委员会牵头，围绕“提升基层医疗服务能力”，通过远程协商方式，与县卫生健康局及各乡镇卫生院连线开展协商。',
      ].join('\n'),
    );
    expect(plan.items.map((i) => [i.form, i.title, i.meeting ?? null, i.leadUnits, i.consultedDepartments, i.leadLeader ?? null])).toEqual([
      ['plenary', '县政协十一届四次会议', '县政协十一届四次会议', ['县政协办公室'], [], null],
      ['standing_committee', '推进县城扩容提质', '县政协十一届九次常委会议', ['县政协城乡建设委员会'], ['县住房和城乡建设局'], null],
      ['inspection', '守护阜水河一河清水', null, ['县政协人口资源环境委员会'], ['县水利局'], '龚立衡'],
      ['sector', '支持个体工商户转型升级', null, ['工商联界', '经济界'], ['县税务局'], null],
      ['remote', '提升基层医疗服务能力', null, ['县政协教科卫体委员会'], ['县卫生健康局', '各乡镇卫生院'], null],
    ]);
  });

  it('keeps a proposal named as the topic whole, and reads a meeting in brackets after a table topic', () => {
    const plan = parse(
      [
        '（一）关于完善社区居家养老服务网络的重点提案办理协商',
        '时间：9月；承办：区政协提案委员会；协商部门：区民政局',
        '序号\t时间\t协商形式\t议题\t协商部门\t承办单位',
        '2\t5月\t常委会议协商\t推进富硒农业产业发展（县政协十二届六次常委会议）\t县农业农村局\t县政协经济委员会',
      ].join('\n'),
    );
    expect(plan.items.map((i) => [i.title, i.meeting ?? null])).toEqual([
      ['关于完善社区居家养老服务网络的重点提案办理协商', null],
      ['推进富硒农业产业发展', '县政协十二届六次常委会议'],
    ]);
  });
});

describe('round-18 and round-19 layouts', () => {
  it('reads headings "“topic”form" under quarters that repeat their months, a sentence below each', () => {
    const plan = parse(
      [
        '一、第一季度（1—3月）',
        '（一）“巩固脱贫攻坚成果、防止返贫致贫”专题协商',
        '由县政协农业农村委员会牵头，县扶贫开发局参与协商，3月中旬举行。县政协副主席苏明远负责。',
        '（二）《关于加强城区农贸市场管理的提案》办理协商',
        '由县政协提案委员会牵头，县市场监督管理局参与协商。',
        '（三）“规范发展民办幼儿园”界别协商',
        '由县政协教科卫体委员会和教育界别共同组织，县教育局参与协商。',
      ].join('\n'),
    );
    expect(plan.items.map((i) => [i.form, i.title, i.start, i.end, i.leadUnits, i.consultedDepartments, i.leadLeader ?? null])).toEqual([
      ['special', '巩固脱贫攻坚成果、防止返贫致贫', '2025-03', '2025-03', ['县政协农业农村委员会'], ['县扶贫开发局'], '苏明远'],
      ['proposal_handling', '关于加强城区农贸市场管理的提案', '2025-01', '2025-03', ['县政协提案委员会'], ['县市场监督管理局'], null],
      ['sector', '规范发展民办幼儿园', '2025-01', '2025-03', ['县政协教科卫体委员会', '教育界别'], ['县教育局'], null],
    ]);
  });

  it('reads 【form】 sentences with a labelled leader, 对口 a department, a meeting in brackets, 适时开展, and stops at 有关要求', () => {
    const plan = parse(
      [
        '三月份',
        '1.【对口协商】推动“双减”政策落地见效。县政协教科卫体委员会承办，对口县教育体育局。',
        '2.【常委会议协商】加快新型工业化步伐（县政协十届十二次常委会议）。县政协经济科技委员会承办，县科技局参加。分管领导：副主席吕文斌。',
        '适时开展',
        '3.【专题协商】县域经济恢复发展。县政协经济科技委员会承办，县商务局参加。',
        '有关要求：一是强化责任落实。各承办单位要对照计划开展协商。二是坚持调研先行。',
      ].join('\n'),
    );
    expect(plan.items.map((i) => [i.form, i.title, i.start, i.meeting ?? null, i.leadUnits, i.consultedDepartments, i.leadLeader ?? null])).toEqual([
      ['counterpart', '推动“双减”政策落地见效', '2025-03', null, ['县政协教科卫体委员会'], ['县教育体育局'], null],
      ['standing_committee', '加快新型工业化步伐', '2025-03', '县政协十届十二次常委会议', ['县政协经济科技委员会'], ['县科技局'], '吕文斌'],
      ['special', '县域经济恢复发展', null, null, ['县政协经济科技委员会'], ['县商务局'], null],
    ]);
  });

  it('reads numbered lines under an empty 主要内容 label as its entries, a leader broken over two lines, and 联合单位', () => {
    const plan = parse(
      [
        '一、会议协商',
        '（一）协商议题：加快发展新质生产力',
        '牵头单位：区政协经济科技委员会',
        '主要内容：',
        '1.区内新兴产业和未来产业培育情况；',
        '2.科技成果转化和创新平台建设。',
        '牵头领导：区政协党组成员、副主席 欧阳',
        '明哲',
        '（二）议题：推动楼宇经济提质增效；形式：界别协商；联合单位：经济界、工商联界；时间：9月',
      ].join('\n'),
    );
    expect(plan.items.map((i) => [i.title, i.leadUnits, i.contents ?? null, i.leadLeader ?? null])).toEqual([
      ['加快发展新质生产力', ['区政协经济科技委员会'], ['区内新兴产业和未来产业培育情况', '科技成果转化和创新平台建设'], '欧阳明哲'],
      ['推动楼宇经济提质增效', ['经济界', '工商联界'], null, null],
    ]);
  });
});

describe('round-20 and round-21 layouts', () => {
  it('reads two items typed on one line, full-width digits, and a space typed inside a name', () => {
    const plan = parse(
      [
        '三、专题协商（２次）',
        '４．议题：加强城区交通秩序综合治理',
        '时间：４月',
        '承办单位：县政协 社会法制委员会',
        '参与部门：县交通运输局、县公安局交警大队 ５．议题：加快乡村旅游提档升级',
        '时间：５月',
        '承办单位：县政协文化文史委员会',
      ].join('\n'),
    );
    expect(plan.items.map((i) => [i.title, i.start, i.leadUnits, i.consultedDepartments])).toEqual([
      ['加强城区交通秩序综合治理', '2025-04', ['县政协社会法制委员会'], ['县交通运输局', '县公安局交警大队']],
      ['加快乡村旅游提档升级', '2025-05', ['县政协文化文史委员会'], []],
    ]);
  });

  it('reads - and · bullets, a heading that opens with 视察 as an item, and a text with a blank line after every line', () => {
    const lines = [
      '一、对口协商',
      '- 加强高标准农田建后管护',
      '  · 时间：3月',
      '  · 牵头单位：县政协农业和农村委员会',
      '  · 参与部门：县农业农村局、',
      '    县水利局',
      '二、视察协商',
      '（一）视察区重点项目建设推进情况',
      '时间：10—11月；承办单位：区政协经济科技委员会；协商部门：区发展和改革局',
      '三、工作要求',
      '（一）强化组织领导。各承办单位要按时完成。',
    ];
    const plan = parse(lines.join('\r\n\r\n'));
    expect(plan.items.map((i) => [i.form, i.title, i.start, i.end, i.leadUnits, i.consultedDepartments])).toEqual([
      ['counterpart', '加强高标准农田建后管护', '2025-03', '2025-03', ['县政协农业和农村委员会'], ['县农业农村局', '县水利局']],
      ['inspection', '视察区重点项目建设推进情况', '2025-10', '2025-11', ['区政协经济科技委员会'], ['区发展和改革局']],
    ]);
  });

  it('reads numbered lines with fields set apart by ｜ under their key, with a labelled line under a row', () => {
    const plan = parse(
      [
        '（序号．协商议题｜协商形式｜时间｜牵头单位｜协商部门）',
        '1．政协雁岑市第九届委员会第四次会议｜全体会议协商｜1月｜市政协办公室｜—',
        '2．推动低空经济发展｜主题协商｜全年｜市政协经济委员会｜市发展改革委、市交通运输局',
        '　　主要内容：围绕低空基础设施建设开展调研协商。',
        '',
        '工作要求',
        '1．各牵头单位要提前制定方案。',
      ].join('\n'),
    );
    expect(plan.items.map((i) => [i.form, i.title, i.start, i.end, i.leadUnits, i.consultedDepartments, i.contents ?? null])).toEqual([
      ['plenary', '政协雁岑市第九届委员会第四次会议', '2025-01', '2025-01', ['市政协办公室'], [], null],
      ['theme', '推动低空经济发展', '2025-01', '2025-12', ['市政协经济委员会'], ['市发展改革委', '市交通运输局'], ['围绕低空基础设施建设开展调研协商']],
    ]);
  });

  it('tells the columns of such lines by their cells when there is no key', () => {
    const plan = parse(['1．推进县城污水管网改造｜5月｜县政协城建委员会｜县住房城乡建设局｜专题协商', '2．规范殡葬服务管理｜9月｜县政协社会法制委员会｜县民政局｜对口协商'].join('\n'));
    expect(plan.items.map((i) => [i.form, i.title, i.start, i.leadUnits, i.consultedDepartments])).toEqual([
      ['special', '推进县城污水管网改造', '2025-05', ['县政协城建委员会'], ['县住房城乡建设局']],
      ['counterpart', '规范殡葬服务管理', '2025-09', ['县政协社会法制委员会'], ['县民政局']],
    ]);
  });

  it('does not join the rows of a PDF table lined up with spaces as wrapped prose, and reads a wrapped 备注 naming the meeting', () => {
    const prose = '　　为深入贯彻落实县委全会精神，进一步发挥政协专门协商机构作用，经县政协主席会议研究，现';
    const plan = parse(
      [
        ...Array.from({ length: 10 }, () => prose),
        '序号  协商时间  协商议题                协商部门            牵头单位            协商形式      备注',
        '1     1月       围绕县政府工作报告建言  县政府办公室、县发  县政协办公室        全体会议协商  县政协十一届三次会',
        '                献策                    展和改革局                                            议',
        '2     5月       推进县域医疗卫生次中心  县卫生健康局、县医  县政协教科卫体委员  常委会议协商  县政协十一届九次常',
        '                建设                    疗保障局            会                                委会议',
      ].join('\n'),
    );
    expect(plan.items.map((i) => [i.form, i.title, i.start, i.meeting ?? null, i.leadUnits, i.consultedDepartments])).toEqual([
      ['plenary', '围绕县政府工作报告建言献策', '2025-01', '县政协十一届三次会议', ['县政协办公室'], ['县政府办公室', '县发展和改革局']],
      ['standing_committee', '推进县域医疗卫生次中心建设', '2025-05', '县政协十一届九次常委会议', ['县政协教科卫体委员会'], ['县卫生健康局', '县医疗保障局']],
    ]);
  });

  it('reads a web table one cell a line with rows set apart by blank lines, and 主席会议协商 in its form column', () => {
    const plan = parse(
      ['序号', '协商形式', '协商议题', '时间安排', '牵头单位', '协商部门', '', '1', '全会协商', '政协彭源县第十届委员会第二次会议', '2月', '县政协办公室', '—', '', '2', '主席会议协商', '加快县域特色产业集群发展', '3月', '县政协经济委员会', '县发展改革局、县工业和商务局'].join('\n'),
    );
    expect(plan.items.map((i) => [i.form, i.title, i.start, i.leadUnits, i.consultedDepartments])).toEqual([
      ['plenary', '政协彭源县第十届委员会第二次会议', '2025-02', ['县政协办公室'], []],
      ['other', '加快县域特色产业集群发展', '2025-03', ['县政协经济委员会'], ['县发展改革局', '县工业和商务局']],
    ]);
  });
});

describe('round-22 layouts', () => {
  it('reads month headings over labelled （1） items, and labels spread out with spaces before their colon', () => {
    const plan = parse(
      [
        '一、1月',
        '（1）协商形式：全体会议协商',
        '协商议题：市政协六届四次会议',
        '牵头单位：市政协办公室',
        '二、3月',
        '（1）协商形式：对口协商',
        '议    题：推进县域商业体系建设',
        '牵头单位：市政协经济委员会',
        '（2）协商形式：双月协商座谈会',
        '协商议题：加强中小学生心理健康教育',
        '牵头单位：市政协教科卫体委员会',
      ].join('\n'),
    );
    expect(plan.items.map((i) => [i.form, i.title, i.start, i.leadUnits])).toEqual([
      ['plenary', '市政协六届四次会议', '2025-01', ['市政协办公室']],
      ['counterpart', '推进县域商业体系建设', '2025-03', ['市政协经济委员会']],
      ['special', '加强中小学生心理健康教育', '2025-03', ['市政协教科卫体委员会']],
    ]);
  });

  it('reads a meeting, then "围绕“…”开展协商议政", then labels, as one item', () => {
    const plan = parse(['二、常委会议协商', '2.市政协五届十七次常委会议：围绕“推动先进制造业集群发展”开展协商议政。时间：5月。承办：市政协经济委员会。'].join('\n'));
    expect(plan.items[0]).toMatchObject({ form: 'standing_committee', title: '推动先进制造业集群发展', meeting: '市政协五届十七次常委会议', start: '2025-05', leadUnits: ['市政协经济委员会'] });
  });

  it('reads "提出以下要求：" after the items as the start of the requirements', () => {
    const plan = parse(
      [
        '（一）对口协商',
        '1. 4月，围绕“推进种业振兴”开展对口协商，由市政协农业和农村委员会承办，市农业农村局参加。',
        '为确保协商活动取得实效，提出以下要求：',
        '1. 各承办单位要认真制定协商方案，于活动开始前一个月报主席会议审议。',
        '2. 要注重协商前的调查研究。',
      ].join('\n'),
    );
    expect(plan.items.map((i) => i.title)).toEqual(['推进种业振兴']);
  });

  it('names a proposal by its title, without the session that received it, in a sentence or a heading', () => {
    const sentence = parse(['（五）提案办理协商', '11. 上半年，围绕市政协九届四次会议重点提案《关于加快推进城市更新行动的提案》开展提案办理协商，由市政协提案委员会承办。'].join('\n'));
    expect(sentence.items[0]).toMatchObject({ title: '关于加快推进城市更新行动的提案', start: '2025-01', end: '2025-06' });
    const heading = parse(['五、提案办理协商', '12.围绕市政协五届五次会议重点提案《关于推进城区“口袋公园”建设的提案》开展办理协商。时间：6月至8月。承办：市政协提案委员会。'].join('\n'));
    expect(heading.items[0]).toMatchObject({ title: '《关于推进城区“口袋公园”建设的提案》', start: '2025-06', end: '2025-08', leadUnits: ['市政协提案委员会'] });
  });

  it('takes a form in brackets after a topic over the form of its section', () => {
    const plan = parse(['基层协商', '议题：群众关心的民生实事（“有事好商量”）', '时间：全年', '议题：农村人居环境整治“小切口”问题（微协商）', '时间：二季度'].join('\n'));
    expect(plan.items.map((i) => i.form)).toEqual(['grassroots', 'micro']);
  });
});

describe('round-24 layouts', () => {
  it('reads "关于…的重点提案办理协商（5月）" under a lead committee as an item, named whole, of proposal handling', () => {
    const plan = parse(['一、市政协提案委员会', '1．关于进一步优化营商环境的重点提案办理协商（5月）', '　　协商部门：市行政审批服务局、市市场监管局', '2．关于推动“双减”政策落地见效的重点提案办理协商（9月）', '　　协商部门：市教育局'].join('\n'));
    expect(plan.items.map((i) => [i.form, i.title, i.start, i.leadUnits])).toEqual([
      ['proposal_handling', '关于进一步优化营商环境的重点提案办理协商', '2025-05', ['市政协提案委员会']],
      ['proposal_handling', '关于推动“双减”政策落地见效的重点提案办理协商', '2025-09', ['市政协提案委员会']],
    ]);
  });

  it('takes the topic out of "【形式】关于…的协商"', () => {
    const plan = parse(['2月份', '1．【对口协商】关于加快完善县域商业体系建设的协商', '承办：县政协经济委员会；协商部门：县商务局、县供销社'].join('\n'));
    expect(plan.items[0]).toMatchObject({ form: 'counterpart', title: '加快完善县域商业体系建设', start: '2025-02', leadUnits: ['县政协经济委员会'], consultedDepartments: ['县商务局', '县供销社'] });
  });

  it('keeps a campaign\'s name whole, and reads "确定2025年度重点协商议题15个" as the total', () => {
    const plan = parse(['确定2025年度重点协商议题15个，每个议题后括注协商形式。', '11．“我为城市更新献一策”网络议政', '协商形式：网络议政　　承办单位：市政协研究室'].join('\n'));
    expect(plan.statedTotal).toBe(15);
    expect(plan.items[0]).toMatchObject({ form: 'online', title: '“我为城市更新献一策”网络议政' });
  });

  it('reads the bodies, departments and forms of sentence items written in other ways', () => {
    const plan = parse(
      [
        '一、协商活动',
        '（二）4月，县政协经济科技委员会以双月协商座谈会形式，围绕“持续优化县域营商环境”开展专题协商，县行政审批服务局参加。',
        '（七）8月，由农业界、科技界两个界别联合县政协经济科技委员会承办，围绕“发展壮大特色农产品精深加工产业”开展界别协商。',
        '（十）10月，县政协提案委员会牵头开展“关于加快农村寄递物流体系建设的重点提案办理协商”，主办单位县交通运输局、会办单位县商务局参加。',
        '（十三）全年，围绕“群众身边的操心事烦心事揪心事”开展“有事好商量”协商议事活动。由县政协办公室牵头。',
        '二、出席人员',
        '（一）常委会议协商由区政协常委出席。',
      ].join('\n'),
    );
    expect(plan.items.map((i) => [i.form, i.leadUnits, i.consultedDepartments])).toEqual([
      ['special', ['县政协经济科技委员会'], ['县行政审批服务局']],
      ['sector', ['农业界', '科技界', '县政协经济科技委员会'], []],
      ['proposal_handling', ['县政协提案委员会'], ['县交通运输局', '县商务局']],
      ['grassroots', ['县政协办公室'], []],
    ]);
  });
});

describe('round-25 layouts', () => {
  it('puts the cells of a Word row that left out its merged form cell in the columns they fit', () => {
    const plan = parse(
      [
        '序号\t协商形式\t协商议题\t时间\t承办单位\t协商部门\t备注',
        '1\t常委会议协商\t推动海洋经济高质量发展\t5月\t区政协经济科技委员会\t区发展和改革局、区海洋与渔业局\t区政协十届十四次常委会议',
        '2\t推进对台经贸文化交流合作\t9月\t区政协港澳台侨和外事委员会\t区委台港澳办、区商务局\t区政协十届十六次常委会议',
        '3\t专题协商\t加强城市精细化管理\t4月\t区政协人口资源环境和城乡建设委员会\t区城市管理局\t',
        '4\t推动茶产业与文旅融合发展\t7月\t区政协文化文史和学习委员会\t区文化体育和旅游局\t',
      ].join('\n'),
    );
    expect(plan.items.map((i) => [i.form, i.title, i.start, i.leadUnits, i.consultedDepartments, i.meeting ?? null])).toEqual([
      ['standing_committee', '推动海洋经济高质量发展', '2025-05', ['区政协经济科技委员会'], ['区发展和改革局', '区海洋与渔业局'], '区政协十届十四次常委会议'],
      ['standing_committee', '推进对台经贸文化交流合作', '2025-09', ['区政协港澳台侨和外事委员会'], ['区委台港澳办', '区商务局'], '区政协十届十六次常委会议'],
      ['special', '加强城市精细化管理', '2025-04', ['区政协人口资源环境和城乡建设委员会'], ['区城市管理局'], null],
      ['special', '推动茶产业与文旅融合发展', '2025-07', ['区政协文化文史和学习委员会'], ['区文化体育和旅游局'], null],
    ]);
  });

  it('reads "第一次双月协商座谈会：topic" as a meeting and its topic, and 会议安排 as the meeting', () => {
    const plan = parse(
      [
        '双月协商座谈会',
        '4.第一次双月协商座谈会：提升中小学课后服务质量',
        '协商时间：4月　承办单位：市政协教科卫体委员会　协商部门：市教育局、市财政局',
        '一、常委会议协商（3次）',
        '（一）关于推进城乡融合发展的协商',
        '协商时间：8月',
        '会议安排：县政协十届五次常委会议',
        '牵头县领导：县政协副主席何静姝',
        '牵头单位：县政协农业和农村委员会',
      ].join('\n'),
    );
    expect(plan.items.map((i) => [i.form, i.title, i.meeting, i.leadLeader ?? null])).toEqual([
      ['special', '提升中小学课后服务质量', '第一次双月协商座谈会', null],
      ['standing_committee', '推进城乡融合发展', '县政协十届五次常委会议', '何静姝'],
    ]);
  });
});

describe('round-26 layouts', () => {
  it('reads a topic in two phrases after 【form】, and leaves out the details the plan does not keep', () => {
    const plan = parse(
      [
        '1.【常委会议协商】深入实施“人工智能+”行动，赋能产业转型升级',
        '会议：市政协七届十一次常委会议',
        '时间：5月下旬',
        '主要内容：摸清我市人工智能产业基础。',
        '工作安排：3月召开启动会，制定调研方案；5月下旬召开常委会议协商。',
        '协商成果：常委会议建议案',
        '2.【远程协商】深化区域协同，推动流域横向生态保护补偿',
        '时间：适时',
        '牵头单位：市政协人口资源环境委员会',
      ].join('\n'),
    );
    expect(plan.items.map((i) => [i.form, i.title, i.start, i.contents ?? []])).toEqual([
      ['standing_committee', '深入实施“人工智能+”行动，赋能产业转型升级', '2025-05', ['摸清我市人工智能产业基础']],
      ['remote', '深化区域协同，推动流域横向生态保护补偿', null, []],
    ]);
  });

  it('skips the numbered steps under "活动安排：", the government\'s leader and the contact', () => {
    const plan = parse(
      [
        '二、常委会议协商',
        '（一）市政协九届十八次常委会议',
        '协商议题：锚定“十五五”目标，加快构建现代化产业体系',
        '时间安排：2026年3—5月',
        '协商部门：市发展和改革委员会、市商务局',
        '市政府领导：副市长 芮景行（到会通报情况）',
        '活动安排：',
        '1.3月中旬，召开启动会，邀请市发展和改革委员会通报情况；',
        '2.5月下旬，召开常委会议，常委会组成人员协商讨论。',
        '成果形式：形成常委会议建议案，报市委、市政府。',
        '联系人：经济委员会 秦望舒　电话：3316025',
        '（二）市政协九届二十次常委会议',
        '协商议题：推动学前教育普及普惠安全优质发展',
        '视察时间：2026年6月',
      ].join('\n'),
      2026,
    );
    expect(plan.items.map((i) => [i.title, i.start, i.end, i.consultedDepartments])).toEqual([
      ['锚定“十五五”目标，加快构建现代化产业体系', '2026-03', '2026-05', ['市发展和改革委员会', '市商务局']],
      ['推动学前教育普及普惠安全优质发展', '2026-06', '2026-06', []],
    ]);
  });

  it('reads sentence items: a session to be held, a meeting held on a date, bodies joined by 和, a body consulting departments', () => {
    const plan = parse(
      [
        '政协墨川市委员会2025年度协商工作计划',
        '一、全体会议协商',
        '市政协十一届四次会议拟于1月下旬召开，协商讨论市政府工作报告，围绕“十四五”规划收官建言献策。会议由市政协办公室承办。',
        '二、双月协商座谈会',
        '（一）第一次双月协商座谈会于3月下旬召开，围绕“激发消费潜能”开展协商。由市政协经济科技委员会、民建墨川市委会和科技界别组牵头，邀请市商务局参加，市政府分管领导到会通报情况。',
        '三、对口协商',
        '（一）4月，市政协农业农村委员会与市农业农村局、市供销合作社对口协商“发展壮大新型农村集体经济”。',
        '四、网络议政',
        '全年依托“墨川政协”协商议政平台开展“我为优化营商环境献一策”网络议政，由市政协委员工作委员会牵头。',
      ].join('\n'),
    );
    expect(plan.items.map((i) => [i.title, i.start, i.meeting ?? null, i.leadUnits, i.consultedDepartments])).toEqual([
      ['市政协十一届四次会议', '2025-01', '市政协十一届四次会议', ['市政协办公室'], []],
      ['激发消费潜能', '2025-03', '第一次双月协商座谈会', ['市政协经济科技委员会', '民建墨川市委会', '科技界别组'], ['市商务局']],
      ['发展壮大新型农村集体经济', '2025-04', null, ['市政协农业农村委员会'], ['市农业农村局', '市供销合作社']],
      ['“我为优化营商环境献一策”网络议政', '2025-01', null, ['市政协委员工作委员会'], []],
    ]);
  });

  it('ends a table one cell a line at the blank line before the closing paragraph', () => {
    const plan = parse(['序号', '协商形式', '协商议题', '时间', '承办单位', '协商部门', '1', '基层协商', '“有事好商量”协商议事', '全年', '县政协委员联络委', '各乡镇人民政府', '', '各承办单位要按照“不调研不协商”的要求，精心组织，务求实效。'].join('\n'));
    expect(plan.items[0].consultedDepartments).toEqual(['各乡镇人民政府']);
  });

  it('reads an activity of its section\'s form written as "“…”协商议事活动。全年，…牵头", and a form label that describes the steps', () => {
    const plan = parse(
      [
        '六、协商在基层（1项）',
        '9.“有事好商量”协商议事活动。全年，各乡镇政协联络组牵头，各乡镇人民政府参与。',
        '七、专题协商',
        '（二）议题：提升老旧小区物业管理服务水平',
        '协商方式：先期在两个街道开展“有事好商量”小区协商，再召开专题协商会，区政府分管领导通报情况。',
      ].join('\n'),
    );
    expect(plan.items.map((i) => [i.form, i.title, i.start, i.end])).toEqual([
      ['grassroots', '“有事好商量”协商议事活动', '2025-01', '2025-12'],
      ['special', '提升老旧小区物业管理服务水平', null, null],
    ]);
  });
});

describe('round-27 layouts', () => {
  it('reads "form：meeting，month召开，围绕“…”协商议政。承办：…" as a sentence about the item', () => {
    const plan = parse(
      [
        '一、全体会议和常委会议协商',
        '（一）全体会议协商：县政协九届三次会议，1月召开。协商讨论县人民政府工作报告和其他有关报告。承办：县政协办公室。',
        '（二）常委会议协商：县政协九届十次常委会议，6月召开，围绕“优化营商环境 促进民营经济发展”协商议政。承办：县政协经济委员会。协商部门：县发展和改革局、县工商联。',
      ].join('\n'),
    );
    expect(plan.items.map((i) => [i.form, i.title, i.start, i.meeting, i.leadUnits, i.consultedDepartments])).toEqual([
      ['plenary', '县政协九届三次会议', '2025-01', '县政协九届三次会议', ['县政协办公室'], []],
      ['standing_committee', '优化营商环境 促进民营经济发展', '2025-06', '县政协九届十次常委会议', ['县政协经济委员会'], ['县发展和改革局', '县工商联']],
    ]);
  });

  it('reads the meeting in brackets after the form, after the month, and what is looked at in 对…开展民主监督', () => {
    const plan = parse(['上半年', '5．6月　常委会议协商（区政协十一届十次常委会议）：发展银发经济 增进老年人福祉', '三、民主监督', '（一）对全区河长制落实情况开展民主监督。全年开展，由区政协人口资源环境委员会承办，区水利局参加。'].join('\n'));
    expect(plan.items.map((i) => [i.form, i.title, i.start, i.meeting ?? null])).toEqual([
      ['standing_committee', '发展银发经济 增进老年人福祉', '2025-06', '区政协十一届十次常委会议'],
      ['inspection', '全区河长制落实情况', '2025-01', null],
    ]);
  });

  it('takes the bodies of "各专门委员会结合对口联系工作，围绕…" as the leads', () => {
    const plan = parse(['七、微协商', '（十三）各专门委员会结合对口联系工作，围绕“优化营商环境”开展微协商，全年每季度不少于1次。'].join('\n'));
    expect(plan.items[0]).toMatchObject({ form: 'micro', title: '优化营商环境', leadUnits: ['各专门委员会'] });
  });
});

describe('round-28 layouts', () => {
  it('reads a paragraph that counts its items and lists them by their times, and a session held already as no item', () => {
    const plan = parse(
      [
        '政协檀溪区委员会2024年度协商工作计划',
        '一、全体会议协商和常委会议协商',
        '区政协三届四次会议已于1月召开，会议期间委员们围绕区政府工作报告等进行了协商，不再列入本计划。',
        '全年召开常委会议协商2次：5月，区政协三届十次常委会议围绕“加快培育新质生产力”协商议政，由区政协经济和科技委员会承办，区科学技术局参加；8月，区政协三届十一次常委会议围绕“推进城市更新”协商议政，由区政协城建委员会承办，区住房和城乡建设局参加。',
        '二、专题协商',
        '常委会议协商安排2次。6月召开区政协二届十五次常委会议，围绕“推进文旅融合发展”开展协商，由区政协文化文史和学习委员会承办，区文化和旅游局参加。10月召开区政协二届十六次常委会议，围绕“加快养老服务体系建设”开展协商，由区政协社会和法制委员会承办，邀请区民政局参加。',
      ].join('\n'),
      2024,
    );
    expect(plan.items.map((i) => [i.title, i.start, i.meeting, i.leadUnits])).toEqual([
      ['加快培育新质生产力', '2024-05', '区政协三届十次常委会议', ['区政协经济和科技委员会']],
      ['推进城市更新', '2024-08', '区政协三届十一次常委会议', ['区政协城建委员会']],
      ['推进文旅融合发展', '2024-06', '区政协二届十五次常委会议', ['区政协文化文史和学习委员会']],
      ['加快养老服务体系建设', '2024-10', '区政协二届十六次常委会议', ['区政协社会和法制委员会']],
    ]);
  });

  it('reads items whose parts are set apart by semicolons, dashes or 〔〕, with or without their roles', () => {
    const plan = parse(
      [
        '（一）对口协商（议题；时间；承办单位；协商部门）',
        '1．巩固脱贫攻坚成果，建立防止返贫监测帮扶机制；5月；市政协农业和农村委员会；市扶贫开发办公室、市农业农村局',
        '（二）专题协商',
        '1．5月——加快农产品冷链物流体系建设——县政协经济委员会——县商务局、县农业农村局',
        '2．推动大规模设备更新和消费品以旧换新〔第二次双月协商座谈会，6月；承办：市政协经济和科技委员会；协商部门：市商务局〕',
      ].join('\n'),
    );
    expect(plan.items.map((i) => [i.form, i.title, i.start, i.leadUnits, i.consultedDepartments, i.meeting ?? null])).toEqual([
      ['counterpart', '巩固脱贫攻坚成果，建立防止返贫监测帮扶机制', '2025-05', ['市政协农业和农村委员会'], ['市扶贫开发办公室', '市农业农村局'], null],
      ['special', '加快农产品冷链物流体系建设', '2025-05', ['县政协经济委员会'], ['县商务局', '县农业农村局'], null],
      ['special', '推动大规模设备更新和消费品以旧换新', '2025-06', ['市政协经济和科技委员会'], ['市商务局'], '第二次双月协商座谈会'],
    ]);
  });

  it('reads sectors before an item in 【】, before a colon, and after its time; a brand before a topic', () => {
    const plan = parse(
      [
        '（二）界别协商',
        '1．【民建界、工商联界】破解民营企业融资难问题。7月，由民建界别组、工商联界别组承办，邀请市地方金融监督管理局参加。',
        '2．7月，科学技术界别联络组：加快科技成果转化和本地产业化。邀请市科学技术局参加。',
        '经济界别：推动个体工商户纾困发展　　时间：7月　　牵头：经济界别组　　参加部门：县市场监督管理局',
        '五、基层协商',
        '1．“有事好商量·檀溪议事厅”：老旧小区加装电梯（全年；各街道政协委员工作室承办；区住房和城乡建设局参加）',
      ].join('\n'),
    );
    expect(plan.items.map((i) => [i.title, i.start, i.leadUnits, i.consultedDepartments])).toEqual([
      ['破解民营企业融资难问题', '2025-07', ['民建界别组', '工商联界别组'], ['市地方金融监督管理局']],
      ['加快科技成果转化和本地产业化', '2025-07', ['科学技术界别联络组'], ['市科学技术局']],
      ['推动个体工商户纾困发展', '2025-07', ['经济界别组'], ['县市场监督管理局']],
      ['老旧小区加装电梯', '2025-01', ['各街道政协委员工作室'], ['区住房和城乡建设局']],
    ]);
    expect(plan.items[3].brandTag).toBe('有事好商量·檀溪议事厅');
  });

  it('leaves out what the notice lists beside the plan, and reads a proposal table and 今年安排…N次', () => {
    const plan = parse(
      [
        '今年安排协商活动3次。',
        '（三）提案办理协商',
        '序号\t重点提案\t时间\t承办单位\t办理单位',
        '1\t关于加强农贸市场改造提升的重点提案办理协商\t6月\t市政协提案委员会\t市商务局',
        '（四）视察协商',
        '1．全县重点项目建设推进情况视察协商。时间：7月；承办：县政协经济委员会',
        '（五）视察调研和委员活动',
        '（一）组织委员开展“助企纾困·委员在行动”活动（全年，各委员联络组组织），不列入协商活动。',
        '六、其他工作（不列入协商活动）',
        '（一）视察区重点民生实事项目推进情况（6月，区政协办公室组织）。',
        '七、其他工作',
        '以下视察、调研和委员活动不作为协商活动，不计入协商次数：',
        '1．视察县“十五五”重点项目谋划储备情况（3月）。',
      ].join('\n'),
    );
    expect(plan.statedTotal).toBe(3);
    expect(plan.items.map((i) => [i.form, i.title, i.consultedDepartments])).toEqual([
      ['proposal_handling', '关于加强农贸市场改造提升的重点提案办理协商', ['市商务局']],
      ['inspection', '全县重点项目建设推进情况', []],
    ]);
  });
});

describe('round-29 layouts: text from conversion tools', () => {
  it('reads a .docx through mammoth: numbering lost, a blank line after every paragraph, two fields run together', () => {
    const plan = parse(
      [
        '政协槐坪区委员会2022年协商工作计划',
        '',
        '为进一步发挥专门协商机构作用，制定本计划。',
        '',
        '指导思想',
        '',
        '坚持以习近平新时代中国特色社会主义思想为指导。',
        '',
        '协商议题及安排',
        '',
        '区政协十一届二次会议',
        '',
        '协商形式：全体会议协商',
        '',
        '时间安排：1月下旬',
        '',
        '推动数字经济与实体经济深度融合',
        '',
        '协商形式：常委会议协商',
        '',
        '时间安排：5月牵头单位：区政协经济委员会',
        '',
        '参与单位：区发展和改革局、区工业和信息化局',
      ].join('\n'),
      2022,
    );
    expect(plan.items.map((i) => [i.form, i.title, i.start, i.leadUnits, i.consultedDepartments])).toEqual([
      ['plenary', '区政协十一届二次会议', '2022-01', [], []],
      ['standing_committee', '推动数字经济与实体经济深度融合', '2022-05', ['区政协经济委员会'], ['区发展和改革局', '区工业和信息化局']],
    ]);
  });

  it('reads a PDF table through pdftotext -layout whose rows are blocks of lines, cells wrapped and centred', () => {
    const plan = parse(
      [
        '序号     协商形式     协商议题                         时间     承办单位             协商部门                     牵头市领导',
        '',
        '                      决胜全面建成小康社会，补齐                市政协农业和农村委   市农业农村局、市扶贫开发办',
        ' 1     常委会议协商                                    6月                                                          邵星野',
        '                      “三农”领域短板                            员会                 公室、市水利局',
        '',
        '       双月协商座谈   推进“放管服”改革，优化营商环              市政协社会和法制委',
        ' 2                                                     6月                           市行政审批服务局、市司法局     闻溪桥',
        '            会        境                                        员会',
        '',
        '                                                           — 3 —',
        '序号     协商形式     协商议题                         时间     承办单位             协商部门                     牵头市领导',
        '',
        ' 3      界别协商     关爱农村留守儿童健康成长         11月     妇联界别组           市民政局、市教育局             闻溪桥',
      ].join('\n'),
      2020,
    );
    expect(plan.items.map((i) => [i.form, i.title, i.start, i.leadUnits, i.consultedDepartments, i.leadLeader])).toEqual([
      ['standing_committee', '决胜全面建成小康社会，补齐“三农”领域短板', '2020-06', ['市政协农业和农村委员会'], ['市农业农村局', '市扶贫开发办公室', '市水利局'], '邵星野'],
      ['special', '推进“放管服”改革，优化营商环境', '2020-06', ['市政协社会和法制委员会'], ['市行政审批服务局', '市司法局'], '闻溪桥'],
      ['sector', '关爱农村留守儿童健康成长', '2020-11', ['妇联界别组'], ['市民政局', '市教育局'], '闻溪桥'],
    ]);
  });

  it('drops a PDF\'s running header after each footer, its page-break character, and the spaces around digits', () => {
    const plan = parse(
      [
        '政协菱湾区委员会2021年度协商工作计划',
        '为进一步发挥专门协商机构作用，制定本计划。',
        '一、全体会议协商',
        '市政协七届三次会议。1 月召开，围绕市政府工作报告进行协商讨论。牵头单位：市政协办公室。',
        '二、提案办理协商',
        '12.关于加快老旧小区改造的重点提案办理协商。8月；承办：区政',
        '',
        '- 2 -',
        '菱湾区政协2021年度协商工作计划',
        '',
        '协提案委员会；协商部门：区住房和城乡建设局。',
        '13.关于规范农村宅基地管理的重点提案办理协商。11月；承办：区政协提案委员会。',
        '',
        '- 3 -',
        '菱湾区政协2021年度协商工作计划',
        '\f14.关于推进垃圾分类的重点提案办理协商。12月；承办：区政协提案委员会。',
      ].join('\n'),
      2021,
    );
    expect(plan.items.map((i) => [i.title, i.start, i.leadUnits])).toEqual([
      ['市政协七届三次会议', '2021-01', ['市政协办公室']],
      ['关于加快老旧小区改造的重点提案办理协商', '2021-08', ['区政协提案委员会']],
      ['关于规范农村宅基地管理的重点提案办理协商', '2021-11', ['区政协提案委员会']],
      ['关于推进垃圾分类的重点提案办理协商', '2021-12', ['区政协提案委员会']],
    ]);
  });
});
