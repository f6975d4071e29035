/** 协商形式: the forms of consultation a plan item can take. */
export const PLAN_FORMS = [
  'plenary',
  'theme',
  'standing_committee',
  'special',
  'counterpart',
  'sector',
  'grassroots',
  'inspection',
  'party',
  'proposal_handling',
  'online',
  'remote',
  'micro',
  'other',
] as const;
export type PlanForm = (typeof PLAN_FORMS)[number];

/** The wording a notice uses for each form (also the heading the generated notice uses). */
export const planFormLabels: Record<PlanForm, string> = {
  plenary: '全体会议协商',
  theme: '主题协商',
  standing_committee: '常委会专题议政协商',
  special: '专题协商',
  counterpart: '对口协商',
  sector: '界别协商',
  grassroots: '协商在基层',
  inspection: '专题视察监督协商',
  party: '党派联合协商',
  proposal_handling: '提案办理协商',
  online: '网络议政协商',
  remote: '远程协商',
  micro: '微协商',
  other: '其他协商',
};

/** Calendar colours by form (Ant Design preset colours). */
export const planFormColors: Record<PlanForm, string> = {
  plenary: 'red',
  theme: 'volcano',
  standing_committee: 'orange',
  special: 'gold',
  counterpart: 'blue',
  sector: 'green',
  grassroots: 'cyan',
  inspection: 'purple',
  party: 'magenta',
  proposal_handling: 'geekblue',
  online: 'lime',
  remote: 'default',
  micro: 'processing',
  other: 'default',
};
