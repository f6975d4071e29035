import { describe, expect, it } from 'vitest';
import { parsePlanNotice } from './parse-plan-notice';

const parse = (text: string, year?: number) => parsePlanNotice(text, { year });
const row = (i: ReturnType<typeof parse>['items'][number]) => [i.form, i.title, i.start, i.end, i.leadUnits, i.consultedDepartments];

describe('round-30 layouts: what a checker would pick', () => {
  it('reads 责任单位 after 承办单位 as the departments at the table, and 联系市政协领导 as the leader', () => {
    const plan = parse(
      [
        '一、常委会议协商',
        '（一）推进县域医共体建设',
        '协商时间：6月',
        '承办单位：县政协教科卫体委员会',
        '责任单位：县卫生健康局、县医疗保障局',
        '联系县政协领导：县政协副主席 甘露白',
      ].join('\n'),
      2024,
    );
    expect(plan.items.map(row)).toEqual([['standing_committee', '推进县域医共体建设', '2024-06', '2024-06', ['县政协教科卫体委员会'], ['县卫生健康局', '县医疗保障局']]]);
    expect(plan.items[0].leadLeader).toBe('甘露白');
  });

  it('keeps a committee body under 责任单位 as the lead when no other lead is named', () => {
    const plan = parse(['1.加快发展县域特色产业', '时间：4月', '责任单位：县政协经济委员会', '协商部门：县发展和改革局'].join('\n'), 2024);
    expect(plan.items.map(row)).toEqual([['other', '加快发展县域特色产业', '2024-04', '2024-04', ['县政协经济委员会'], ['县发展和改革局']]]);
  });

  it('reads 子议题 lines under a topic as items of their own', () => {
    const plan = parse(
      [
        '二、专题协商',
        '（一）推进乡村全面振兴',
        '子议题：发展壮大村级集体经济',
        '时间：5月',
        '承办单位：市政协农业农村委员会',
        '子议题：加强农村人居环境整治',
        '时间：8月',
        '承办单位：市政协人口资源环境委员会',
      ].join('\n'),
      2024,
    );
    expect(plan.items.map((i) => [i.form, i.title, i.start, i.leadUnits])).toEqual([
      ['special', '发展壮大村级集体经济', '2024-05', ['市政协农业农村委员会']],
      ['special', '加强农村人居环境整治', '2024-08', ['市政协人口资源环境委员会']],
    ]);
  });
});

describe('round-30 and round-32 layouts: sessions and meetings that hold several topics', () => {
  it('reads a session "to be held when conditions allow" as the plenary item, without a month', () => {
    const plan = parse(['一、全体会议协商', '（一）市政协七届五次会议', '时间：适时召开'].join('\n'), 2024);
    expect(plan.items.map((i) => [i.form, i.title, i.meeting, i.start, i.end])).toEqual([['plenary', '市政协七届五次会议', '市政协七届五次会议', null, null]]);
  });

  it('gives the topics numbered under a meeting heading that meeting and its month', () => {
    const plan = parse(
      ['二、常委会议协商', '（一）市政协七届二十次常委会议（6月）', '1.推进城市更新行动', '承办单位：市政协城建委', '2.加强历史文化名城保护', '承办单位：市政协文史委'].join('\n'),
      2024,
    );
    expect(plan.items.map((i) => [i.form, i.title, i.meeting, i.start, i.leadUnits])).toEqual([
      ['standing_committee', '推进城市更新行动', '市政协七届二十次常委会议', '2024-06', ['市政协城建委']],
      ['standing_committee', '加强历史文化名城保护', '市政协七届二十次常委会议', '2024-06', ['市政协文史委']],
    ]);
  });

  it('reads 议题一 / 议题二 under a meeting as its items, each with its own fields', () => {
    const plan = parse(
      [
        '3．市政协十四届六次常委会议（11月）',
        '议题一：推动文旅深度融合　打造区域休闲旅游目的地',
        '承办：市政协文史和学习委员会　　协商部门：市文化广电旅游体育局',
        '议题二：完善青年人才引育留用政策',
        '承办：市政协教育文化卫生体育委员会　　协商部门：市人力资源和社会保障局',
      ].join('\n'),
      2023,
    );
    expect(plan.items.map((i) => [i.title, i.meeting, i.start, i.leadUnits, i.consultedDepartments])).toEqual([
      ['推动文旅深度融合 打造区域休闲旅游目的地', '市政协十四届六次常委会议', '2023-11', ['市政协文史和学习委员会'], ['市文化广电旅游体育局']],
      ['完善青年人才引育留用政策', '市政协十四届六次常委会议', '2023-11', ['市政协教育文化卫生体育委员会'], ['市人力资源和社会保障局']],
    ]);
  });

  it("keeps a campaign's name whole with its form words, and reads 协商方式：召开…座谈会 as the form", () => {
    const plan = parse(
      ['三、网络议政', '（一）“我为城市更新献一策”网络议政', '时间：全年', '承办单位：市政协办公室', '四、对口协商', '（一）优化营商环境', '协商方式：召开专题协商座谈会', '时间：4月', '承办单位：市政协经济委'].join('\n'),
      2024,
    );
    expect(plan.items.map(row)).toEqual([
      ['online', '“我为城市更新献一策”网络议政', '2024-01', '2024-12', ['市政协办公室'], []],
      ['special', '优化营商环境', '2024-04', '2024-04', ['市政协经济委'], []],
    ]);
  });
});

describe('round-31 layouts: other kinds of document that carry the plan', () => {
  it("names the plan from a website's list of the year's key topics, and its months by the year there", () => {
    const plan = parse(
      [
        '首页 > 协商议政 > 年度议题',
        '',
        '柘川区政协2023年度重点协商议题',
        '',
        '发布日期：2023-02-21    来源：区政协办公室',
        '',
        '一、推动数字经济与实体经济深度融合',
        '协商形式：常委会议专题协商',
        '协商时间：6月',
        '牵头单位：区政协经济科技委员会',
        '主要内容：分析企业数字化转型的难点，提出意见建议。',
        '',
        '    各牵头单位要提前制定协商活动方案，协商成果于活动结束后15个工作日内报送区委、区政府。',
      ].join('\n'),
    );
    expect(plan.title).toBe('柘川区政协2023年度重点协商议题');
    expect(plan.year).toBe(2023);
    expect(plan.items.map(row)).toEqual([['standing_committee', '推动数字经济与实体经济深度融合', '2023-06', '2023-06', ['区政协经济科技委员会'], []]]);
    // The closing paragraph after a blank line is not more of the item's contents.
    expect(plan.items[0].contents).toEqual(['分析企业数字化转型的难点，提出意见建议']);
  });

  it("reads the items of a committee's 工作要点 from its chapter on consultation, written as sentences", () => {
    const plan = parse(
      [
        '政协柘川市委员会2025年工作要点',
        '',
        '    一、坚持党的全面领导，筑牢团结奋斗的共同思想政治基础',
        '    坚持党对人民政协工作的全面领导，认真落实“第一议题”制度。上半年、下半年各举办1期委员学习研讨班。',
        '    二、聚焦中心任务，高质量开展协商议政',
        '    （一）开好全体会议。1月召开市政协九届四次会议，组织委员围绕市政府工作报告开展协商讨论。',
        '    （二）专题协商。围绕“推进县域商业体系建设”“加强重点流域生态保护修复”开展专题协商，分别于4月、10月举行，分别由经济委员会、人口资源环境委员会承办。',
        '    （三）对口协商。开展对口协商2次：',
        '    1.与市教育局就“优化基础教育资源配置”开展对口协商（3月，教科卫体委员会承办）；',
        '    2.与市农业农村局、市水利局就“推进高标准农田建设和管护”开展对口协商（7月，农业和农村委员会承办）。',
        '    （四）界别协商。围绕“加强新就业形态劳动者权益保障”开展界别协商（二季度，由总工会界别牵头）。',
        '    （五）基层协商。深化“有事好商量”协商平台建设，围绕“老旧小区加装电梯”，市县两级政协同步开展协商活动（全年，委员工作委员会牵头）。',
        '    （六）党派协商。支持各民主党派参与政协协商，围绕“推动人工智能赋能实体经济”开展民主党派联合协商（下半年，民盟柘川市委会牵头）。',
        '    三、提升质量水平，扎实做好提案工作',
        '    做好提案的审查立案和交办工作，遴选重点提案10件左右。',
      ].join('\n'),
    );
    expect(plan.title).toBe('政协柘川市委员会2025年工作要点');
    // "（一）开好全体会议。": the form as the notice names it, without what is to be done with it.
    expect(plan.items[0].category).toBe('全体会议');
    expect(plan.items.map(row)).toEqual([
      ['plenary', '市政协九届四次会议', '2025-01', '2025-01', [], []],
      ['special', '推进县域商业体系建设', '2025-04', '2025-04', ['经济委员会'], []],
      ['special', '加强重点流域生态保护修复', '2025-10', '2025-10', ['人口资源环境委员会'], []],
      ['counterpart', '优化基础教育资源配置', '2025-03', '2025-03', ['教科卫体委员会'], ['市教育局']],
      ['counterpart', '推进高标准农田建设和管护', '2025-07', '2025-07', ['农业和农村委员会'], ['市农业农村局', '市水利局']],
      ['sector', '加强新就业形态劳动者权益保障', '2025-04', '2025-06', ['总工会界别'], []],
      ['grassroots', '老旧小区加装电梯', '2025-01', '2025-12', ['委员工作委员会'], []],
      ['party', '推动人工智能赋能实体经济', '2025-07', '2025-12', ['民盟柘川市委会'], []],
    ]);
  });

  it('reads 提案承办单位 as the departments that answer the proposal', () => {
    const plan = parse(
      ['六、提案办理协商', '（一）关于加快城市公共停车设施建设的重点提案办理协商', '时间：6月', '牵头单位：市政协提案委员会', '提案承办单位：市住房和城乡建设局、市公安局交通警察支队'].join('\n'),
      2019,
    );
    expect(plan.items.map(row)).toEqual([
      ['proposal_handling', '关于加快城市公共停车设施建设的重点提案办理协商', '2019-06', '2019-06', ['市政协提案委员会'], ['市住房和城乡建设局', '市公安局交通警察支队']],
    ]);
  });
});

describe('round-35 layouts: the plan as it reaches an office in other forms', () => {
  it('reads a WeChat article: 【form】 headers, ▲ topics, ● fields, the plan named in 《》, and no links after 往期推荐', () => {
    const plan = parse(
      [
        '聚焦发展大局 回应民生关切｜县政协2023年度协商计划出炉',
        '',
        '原创 柘溪政协 柘溪政协 2023-03-09 18:30',
        '',
        '近日，县委办公室、县政府办公室、县政协办公室联合印发《政协柘溪县委员会2023年度协商工作计划》。',
        '',
        '【常委会议协商】',
        '',
        '▲推进县域商业体系建设',
        '',
        '●会议：县政协十届五次常委会议',
        '●时间：6月',
        '●承办：县政协经济委员会',
        '●参与部门：县商务局、县发展和改革局',
        '',
        '【基层协商】',
        '',
        '▲“有事好商量”协商议事活动',
        '',
        '●时间：全年',
        '●承办：各镇（街道）政协委员联络组',
        '',
        '欢迎广大委员和社会各界通过公众号后台留言，为年度协商议题建言献策！',
        '',
        '编辑：任朝雨',
        '审核：邵听澜',
        '',
        '往期推荐',
        '',
        '●县政协十届二次会议胜利闭幕',
        '●县政协开展“书香政协”读书活动',
        '',
        '阅读 1268',
      ].join('\n'),
    );
    expect(plan.title).toBe('政协柘溪县委员会2023年度协商工作计划');
    expect(plan.items.map(row)).toEqual([
      ['standing_committee', '推进县域商业体系建设', '2023-06', '2023-06', ['县政协经济委员会'], ['县商务局', '县发展和改革局']],
      ['grassroots', '“有事好商量”协商议事活动', '2023-01', '2023-12', ['各镇（街道）政协委员联络组'], []],
    ]);
    expect(plan.items[0].meeting).toBe('县政协十届五次常委会议');
  });
});

describe('round-34 and round-35 layouts', () => {
  it('reads an item numbered 【01】 over its ▲议题 line, with rules drawn between the blocks', () => {
    const plan = parse(
      [
        '────────────────────────',
        '【01】形式：常委会议协商　　会议：县政协十一届三次常委会议',
        '▲议题：推进以县城为重要载体的城镇化建设',
        '时间：6月　　　　　　　　牵头领导：县政协主席贺青崖',
        '承办单位：县政协经济和城乡建设委员会',
        '协商部门：县发展和改革局、县自然资源局',
        '────────────────────────',
        '【02】形式：专题协商',
        '▲议题：坚决遏制耕地“非农化”　防止“非粮化”',
        '时间：5月',
        '承办单位：县政协农业农村委员会',
        '协商部门：县自然资源局',
        '────────────────────────',
      ].join('\n'),
      2022,
    );
    expect(plan.items.map(row)).toEqual([
      ['standing_committee', '推进以县城为重要载体的城镇化建设', '2022-06', '2022-06', ['县政协经济和城乡建设委员会'], ['县发展和改革局', '县自然资源局']],
      ['special', '坚决遏制耕地“非农化” 防止“非粮化”', '2022-05', '2022-05', ['县政协农业农村委员会'], ['县自然资源局']],
    ]);
    expect(plan.items.map((i) => [i.meeting, i.leadLeader])).toEqual([
      ['县政协十一届三次常委会议', '贺青崖'],
      [undefined, undefined],
    ]);
  });

  it('reads an item with its note then a sentence about it, and a leader named in the note', () => {
    const plan = parse(
      [
        '一、全体会议协商',
        '1.市政协十届四次会议（2月，市政协办公室承办）。组织委员围绕市政府工作报告等进行协商讨论，提出意见和建议。',
        '二、常委会议协商',
        '2.关于推进黑土地保护利用的协商（市政协十届七次常委会议，5月，副主席蔺秋禾牵头，市政协农业和农村委员会承办，市农业农村局、市自然资源局参加）。',
      ].join('\n'),
      2019,
    );
    expect(plan.items.map((i) => [i.form, i.title, i.meeting, i.start, i.leadUnits, i.consultedDepartments, i.leadLeader])).toEqual([
      ['plenary', '市政协十届四次会议', '市政协十届四次会议', '2019-02', ['市政协办公室'], [], undefined],
      ['standing_committee', '推进黑土地保护利用', '市政协十届七次常委会议', '2019-05', ['市政协农业和农村委员会'], ['市农业农村局', '市自然资源局'], '蔺秋禾'],
    ]);
  });

  it('reads a form heading that names its brand in brackets, and a quoted topic under a form without the form words', () => {
    const plan = parse(
      [
        '三、专题协商（“请你来协商”）',
        '（4）加快发展低空经济。时间：5月；牵头：区政协经济科技委；参与部门：区发改局、区经信局。',
        '四、常委会议协商2次',
        '5.“实施乡村振兴战略　推进美丽乡村建设”专题议政。（时间：6月；承办：区政协农业和农村工作委员会）',
        '五、基层协商',
        '6.“委员会客厅”微协商。（时间：全年；承办：各街道政协工作委员会）',
      ].join('\n'),
      2024,
    );
    expect(plan.items.map((i) => [i.form, i.category, i.title, i.start, i.leadUnits])).toEqual([
      ['special', '专题协商（“请你来协商”）', '加快发展低空经济', '2024-05', ['区政协经济科技委']],
      ['standing_committee', '常委会议协商', '实施乡村振兴战略 推进美丽乡村建设', '2024-06', ['区政协农业和农村工作委员会']],
      ['grassroots', '基层协商', '“委员会客厅”微协商', '2024-01', ['各街道政协工作委员会']],
    ]);
  });

  it("reads the secretary-general's explanation of a draft plan: items in paragraphs, not its other parts", () => {
    const plan = parse(
      [
        '关于《政协柘岚市委员会2019年度协商工作计划（草案）》的说明',
        '一、起草过程',
        '去年11月以来，市政协办公室向各方面征集议题建议86条，经筛选归并，形成了《草案》。',
        '二、主要内容',
        '（一）常委会议协商2次。一是6月召开九届十次常委会议，围绕“推动民营经济高质量发展”开展专题议政，由经济委员会承办，邀请市发展改革委参加，拟由马知远主席牵头；二是10月召开九届十二次常委会议，围绕“推进农村人居环境整治”开展专题议政，由农业和农村委员会承办，邀请市农业农村局参加。',
        '（二）界别协商1次。5月，由经济界和工商联界牵头，围绕“破解中小微企业融资难融资贵”开展协商，邀请市金融办参加。',
        '三、需要说明的几个问题',
        '一是关于议题的取舍。部分委员建议将“城市轨道交通建设”列入协商议题，暂不列入年度计划。',
        '四、下一步工作',
        '《草案》经本次主席会议审议通过后，报市委常委会会议审定。',
      ].join('\n'),
    );
    expect(plan.items.map((i) => [i.category, i.title, i.start, i.leadUnits, i.consultedDepartments, i.leadLeader ?? null])).toEqual([
      ['常委会议协商', '推动民营经济高质量发展', '2019-06', ['经济委员会'], ['市发展改革委'], '马知远'],
      ['常委会议协商', '推进农村人居环境整治', '2019-10', ['农业和农村委员会'], ['市农业农村局'], null],
      ['界别协商', '破解中小微企业融资难融资贵', '2019-05', ['经济界', '工商联界'], ['市金融办'], null],
    ]);
  });
});

describe('round-36 layouts: what a checker would pick', () => {
  it('reads a short topic with its form and month in brackets as an item, not as a form heading', () => {
    const plan = parse(
      [
        '（三）第三季度（2次）',
        '11. 城乡生活垃圾分类推进情况（民主监督）',
        '牵头单位：市政协人口资源环境委员会；协商部门：市城市管理局；牵头领导：林晓岚',
        '12. 海漂垃圾综合治理（视察协商，9月）',
        '牵头单位：市政协人口资源环境委员会；协商部门：市海洋与渔业局、市生态环境局；牵头领导：林晓岚',
        '（四）第四季度（1次）',
        '13. 高质量编制“十五五”规划（常委会议协商，10月）',
        '牵头单位：市政协经济委员会；协商部门：市发展和改革委员会',
      ].join('\n'),
      2025,
    );
    expect(plan.items.map(row)).toEqual([
      ['inspection', '城乡生活垃圾分类推进情况', '2025-07', '2025-09', ['市政协人口资源环境委员会'], ['市城市管理局']],
      ['inspection', '海漂垃圾综合治理', '2025-09', '2025-09', ['市政协人口资源环境委员会'], ['市海洋与渔业局', '市生态环境局']],
      ['standing_committee', '高质量编制“十五五”规划', '2025-10', '2025-10', ['市政协经济委员会'], ['市发展和改革委员会']],
    ]);
  });

  it('still reads a form with its count in brackets as a heading over its items', () => {
    const plan = parse(['视察协商（2次）', '1. 海漂垃圾综合治理（9月）', '牵头单位：市政协人口资源环境委员会', '2. 河湖长制落实情况（10月）', '牵头单位：市政协农业和农村委员会'].join('\n'), 2025);
    expect(plan.items.map((i) => [i.form, i.title, i.start])).toEqual([
      ['inspection', '海漂垃圾综合治理', '2025-09'],
      ['inspection', '河湖长制落实情况', '2025-10'],
    ]);
  });

  it('does not read a heading 协商总体安排 over the totals, nor numbered notes after the items, as items', () => {
    const plan = parse(
      [
        '一、协商总体安排',
        '全年共安排协商活动2次，其中专题协商1次、对口协商1次。',
        '二、协商活动安排',
        '1. 推动文旅经济高质量发展（专题协商，4月）',
        '牵头单位：市政协文化文史和学习委员会；协商部门：市文化和旅游局',
        '2. 加强中小学生心理健康教育（对口协商，5月）',
        '牵头单位：市政协教科卫体委员会；协商部门：市教育局',
        '注：1.协商时间可根据工作需要适当调整。',
        '2.各牵头单位于活动前一个月报送工作方案。',
      ].join('\n'),
      2025,
    );
    expect(plan.statedTotal).toBe(2);
    expect(plan.items.map((i) => [i.form, i.title, i.start])).toEqual([
      ['special', '推动文旅经济高质量发展', '2025-04'],
      ['counterpart', '加强中小学生心理健康教育', '2025-05'],
    ]);
    expect(plan.warnings.join('')).not.toMatch(/不一致/);
  });

  it('counts the kinds a totals sentence names by the items’ own wording, where several share one form', () => {
    const plan = parse(
      [
        '全年共安排协商活动4次，其中主席会议协商1次、专题协商1次、双月协商座谈会1次、民主监督1次。',
        '1. 推进民营经济高质量发展（主席会议协商，3月）',
        '2. 推动文旅经济高质量发展（专题协商，4月）',
        '3. 发展银发经济 积极应对人口老龄化（双月协商座谈会，7月）',
        '4. 城乡生活垃圾分类推进情况（民主监督，9月）',
      ].join('\n'),
      2025,
    );
    expect(plan.items.map((i) => [i.form, i.category])).toEqual([
      ['other', '主席会议协商'],
      ['special', '专题协商'],
      ['special', '双月协商座谈会'],
      ['inspection', '民主监督'],
    ]);
    expect(plan.warnings.filter((w) => w.startsWith('通知写明'))).toEqual([]);
  });

  it('reads the departments of a sentence that ends "与…对口协商"', () => {
    const plan = parse(['二、对口协商', '5月，由县政协经济委员会牵头，围绕“优化县域营商环境”，与县发展和改革局、县市场监督管理局对口协商。'].join('\n'), 2018);
    expect(plan.items.map(row)).toEqual([['counterpart', '优化县域营商环境', '2018-05', '2018-05', ['县政协经济委员会'], ['县发展和改革局', '县市场监督管理局']]]);
  });
});
