/** Fictional demo data: place names and people are invented. */
export const DEMO_COMMITTEES = [
  { code: 'yunzhou', name: '政协云州市委员会', shortName: '云州市政协', level: 'city' as const, prefix: '市', members: 200 },
  { code: 'qingchuan', name: '政协云州市青川县委员会', shortName: '青川县政协', level: 'county' as const, prefix: '县', members: 60, parentCode: 'yunzhou' },
  { code: 'baishi', name: '政协云州市白石县委员会', shortName: '白石县政协', level: 'county' as const, prefix: '县', members: 60, parentCode: 'yunzhou' },
];

export const SPECIAL_COMMITTEES = [
  ['提案委员会', '提案委'],
  ['经济委员会', '经济委'],
  ['农业和农村委员会', '农业农村委'],
  ['人口资源环境委员会', '人资环委'],
  ['教科卫体委员会', '教科卫体委'],
  ['社会和法制委员会', '社法委'],
  ['民族宗教委员会', '民宗委'],
  ['文化文史和学习委员会', '文史委'],
] as const;

export const SECTORS = [
  '中国共产党', '中国国民党革命委员会', '中国民主同盟', '中国民主建国会', '中国民主促进会', '中国农工民主党',
  '中国致公党', '九三学社', '无党派人士', '中国共产主义青年团', '中华全国总工会', '中华全国妇女联合会',
  '中华全国工商业联合会', '中国科学技术协会', '文化艺术界', '科学技术界', '社会科学界', '经济界', '农业界',
  '教育界', '体育界', '新闻出版界', '医药卫生界', '社会福利和社会保障界', '少数民族界', '宗教界', '特邀人士',
];

export const PARTIES: [string, 'party' | 'group' | 'none'][] = [
  ['中国共产党', 'party'], ['民革', 'party'], ['民盟', 'party'], ['民建', 'party'], ['民进', 'party'], ['农工党', 'party'],
  ['致公党', 'party'], ['九三学社', 'party'], ['工商联', 'group'], ['共青团', 'group'], ['妇联', 'group'], ['科协', 'group'],
  ['无党派人士', 'none'],
];

export const LIAISON_GROUPS = ['第一联络组', '第二联络组', '第三联络组', '第四联络组', '第五联络组'];
export const STUDIOS: [string, string][] = [
  ['"有事好商量"城关委员工作室', '城关街道'],
  ['农业科技委员工作室', '丰河镇'],
  ['医药卫生委员工作室', '市中心医院'],
  ['法律服务委员工作室', '云州律师协会'],
];

export const UNITS: [string, string][] = [
  ['发展和改革委员会', 'government'], ['教育局', 'government'], ['科学技术局', 'government'], ['工业和信息化局', 'government'],
  ['公安局', 'government'], ['民政局', 'government'], ['司法局', 'government'], ['财政局', 'government'],
  ['人力资源和社会保障局', 'government'], ['自然资源局', 'government'], ['生态环境局', 'government'], ['住房和城乡建设局', 'government'],
  ['交通运输局', 'government'], ['水利局', 'government'], ['农业农村局', 'government'], ['商务局', 'government'],
  ['文化和旅游局', 'government'], ['卫生健康委员会', 'government'], ['退役军人事务局', 'government'], ['应急管理局', 'government'],
  ['审计局', 'government'], ['市场监督管理局', 'government'], ['统计局', 'government'], ['医疗保障局', 'government'],
  ['林业局', 'government'], ['城市管理执法局', 'government'], ['乡村振兴局', 'government'], ['数据局', 'government'],
  ['信访局', 'government'], ['行政审批服务局', 'government'], ['营商环境办公室', 'government'], ['国有资产监督管理委员会', 'government'],
  ['中级人民法院', 'court'], ['人民检察院', 'procuratorate'], ['总工会', 'people_org'], ['团委', 'people_org'],
  ['妇女联合会', 'people_org'], ['残疾人联合会', 'people_org'], ['科学技术协会', 'people_org'], ['供电公司', 'enterprise'],
];

const SURNAMES = '赵钱孙李周吴郑王冯陈褚卫蒋沈韩杨朱秦尤许何吕施张孔曹严华金魏陶姜戚谢邹喻柏水窦章云苏潘葛奚范彭郎鲁韦昌马苗凤花方俞任袁柳鲍史唐费廉岑薛雷贺倪汤滕殷罗毕郝邬安常乐于时傅皮卞齐康伍余元卜顾孟平黄';
const GIVEN = '文华建国志明德海秀英玉兰春梅晓东立新振宇思远嘉怡子涵雨桐浩然一鸣书瑶静雯泽宇俊杰欣怡宏伟丽娟卫东红霞永强淑芬国栋晨阳若溪慧敏';

/** A deterministic pseudo-random source, so that the demo committee is the same on every machine. */
export function rng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

export function fictionalName(random: () => number): string {
  const surname = SURNAMES[Math.floor(random() * SURNAMES.length)];
  const len = random() < 0.7 ? 2 : 1;
  let given = '';
  for (let i = 0; i < len; i++) given += GIVEN[Math.floor(random() * GIVEN.length)];
  return surname + given;
}

export const EMPLOYERS = [
  '云州学院教授', '云州市第一中学校长', '市中心医院主任医师', '云州农业科技有限公司董事长', '云州律师事务所主任',
  '市文化馆副馆长', '云州日报社记者', '丰河镇卫生院院长', '云州建设集团总经理', '市农业科学研究所研究员',
  '云州职业技术学院副院长', '青石村党支部书记', '云州茶业合作社理事长', '市中医医院副院长', '云州电子科技有限公司工程师',
];
