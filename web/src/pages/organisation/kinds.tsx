import { Tag } from 'antd';
import { chineseNumber } from '../../components/admin/chinese-number';
import type { FieldDef, KindDef } from '../../components/admin/EditableList';
import {
  liaisonGroupInputSchema,
  partyInputSchema,
  sectorInputSchema,
  sessionInputSchema,
  specialCommitteeInputSchema,
  studioInputSchema,
  termInputSchema,
} from '@domain/organisation/organisation-schemas';
import { partyKindOptions } from '../../components/admin/labels';
import type { Organisation, OrganisationKind } from '../../components/admin/types';

/** The next number after the largest in a list (届次, 次会议), or 1. */
const nextOf = (values: unknown[]) => Math.max(0, ...values.map((v) => (typeof v === 'number' ? v : 0))) + 1;

const sortField: FieldDef = {
  name: 'sort',
  label: '排序',
  type: 'number',
  min: 0,
  max: 9999,
  half: true,
  width: 80,
  hideOnPhone: true,
  help: '数字小的排在前面',
  initial: (items) => nextOf(items.map((i) => i.sort)),
};

const termOptions = (org: Organisation) => org.terms.map((t) => ({ value: t.id, label: t.name }));

/** Every organisation kind's list and form. One generic component draws them all. */
export const KIND_DEFS: Record<OrganisationKind, KindDef> = {
  terms: {
    kind: 'terms',
    schema: termInputSchema,
    title: '届次',
    noun: '届次',
    description: '每届委员任期五年。标为“当前届”的届次是新增委员、提案时的默认届次，同一时间只有一个当前届。',
    fields: [
      { name: 'number', label: '届数', type: 'number', required: true, min: 1, max: 99, half: true, width: 70, initial: (items) => nextOf(items.map((i) => i.number)) },
      { name: 'name', label: '名称', type: 'text', required: true, max: 30, half: true, placeholder: '如：第五届' },
      { name: 'startDate', label: '开始日期', type: 'date', half: true },
      { name: 'endDate', label: '结束日期', type: 'date', half: true, notBefore: { field: 'startDate', label: '开始日期' } },
      { name: 'isCurrent', label: '当前届', type: 'switch', width: 80, render: (item) => (item.isCurrent ? <Tag color="red">当前届</Tag> : '否') },
    ],
    suggest: (changed, all) => {
      if (typeof changed.number !== 'number') return null;
      const name = typeof all.name === 'string' ? all.name : '';
      return !name || /^第.{1,3}届$/.test(name) ? { name: `第${chineseNumber(changed.number)}届` } : null;
    },
  },
  sessions: {
    kind: 'sessions',
    schema: sessionInputSchema,
    title: '全体会议（次会议）',
    noun: '次会议',
    description: '每届每年召开一次全体会议，如“五届三次会议”；大会提案按次会议编号。',
    fields: [
      { name: 'termId', label: '届次', type: 'select', required: true, options: termOptions, half: true, initial: (_items, org) => (org.terms.find((t) => t.isCurrent) ?? org.terms.at(-1))?.id ?? null },
      {
        name: 'number',
        label: '次数',
        type: 'number',
        required: true,
        min: 1,
        max: 20,
        half: true,
        width: 70,
        initial: (items, org) => {
          const term = org.terms.find((t) => t.isCurrent) ?? org.terms.at(-1);
          return nextOf(items.filter((i) => i.termId === term?.id).map((i) => i.number));
        },
      },
      { name: 'name', label: '名称', type: 'text', required: true, max: 50, placeholder: '如：五届三次会议' },
      { name: 'startDate', label: '开幕日期', type: 'date', half: true },
      { name: 'endDate', label: '闭幕日期', type: 'date', half: true, notBefore: { field: 'startDate', label: '开幕日期' } },
    ],
    suggest: (changed, all, org) => {
      if (!('number' in changed) && !('termId' in changed)) return null;
      const term = org.terms.find((t) => t.id === all.termId);
      const name = typeof all.name === 'string' ? all.name : '';
      if (!term || typeof all.number !== 'number' || (name && !/^.{1,3}届.{1,3}次会议$/.test(name))) return null;
      return { name: `${chineseNumber(term.number)}届${chineseNumber(all.number)}次会议` };
    },
  },
  'special-committees': {
    kind: 'special-committees',
    schema: specialCommitteeInputSchema,
    title: '专门委员会',
    noun: '专委会',
    description: '如提案委员会、经济委员会、文化文史和学习委员会；专委会组织本口的协商活动并记录履职。',
    fields: [
      { name: 'name', label: '名称', type: 'text', required: true, max: 50, placeholder: '如：经济委员会' },
      { name: 'shortName', label: '简称', type: 'text', max: 20, half: true, placeholder: '如：经济委' },
      sortField,
    ],
  },
  sectors: {
    kind: 'sectors',
    schema: sectorInputSchema,
    title: '界别',
    noun: '界别',
    description: '委员按界别产生，如中共、民革、无党派人士、经济界、农业界；每名委员属于一个界别。',
    fields: [{ name: 'name', label: '名称', type: 'text', required: true, max: 50, half: true, placeholder: '如：经济界' }, sortField],
  },
  parties: {
    kind: 'parties',
    schema: partyInputSchema,
    title: '党派团体',
    noun: '党派团体',
    description: '委员所属的民主党派、人民团体；党派团体也可以提交提案和社情民意信息。',
    fields: [
      { name: 'name', label: '名称', type: 'text', required: true, max: 50, placeholder: '如：民建市委会' },
      { name: 'kind', label: '类别', type: 'select', required: true, options: partyKindOptions, half: true, initial: () => 'party' },
      sortField,
    ],
  },
  'liaison-groups': {
    kind: 'liaison-groups',
    schema: liaisonGroupInputSchema,
    title: '联络组',
    noun: '联络组',
    description: '按区域或界别组织委员活动的联络组，每月报送社情民意信息。',
    fields: [
      { name: 'name', label: '名称', type: 'text', required: true, max: 50, half: true, placeholder: '如：第一联络组' },
      sortField,
      { name: 'description', label: '说明', type: 'textarea', max: 500, width: 320 },
    ],
  },
  studios: {
    kind: 'studios',
    schema: studioInputSchema,
    title: '委员工作室',
    noun: '工作室',
    description: '委员在基层联系群众、开展协商的工作室。',
    fields: [
      { name: 'name', label: '名称', type: 'text', required: true, max: 50, placeholder: '如：城关街道委员工作室' },
      { name: 'location', label: '地点', type: 'text', max: 200, half: true },
      sortField,
      { name: 'description', label: '说明', type: 'textarea', max: 500, width: 320 },
    ],
  },
};
