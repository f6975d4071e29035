import { classifyForm, isFormHeading } from './forms';
import { isMeetingName, NAME_END, NAME_START } from './line-shapes';
import type { TableColumn } from './table';
import { looksLikeTime } from './time-range';
import { CPPCC_BODY } from './unit-names';

type Field = TableColumn['field'];
/** A form cell ends as a form's name does, or with its meeting in brackets. */
const FORM_END = /(协商|会议?|座谈|议政|视察|调研|监督|活动|在基层|[）)]|[（(][^）)]*)$/;
const DEPARTMENT = /局$|局、|政府|海关|法院|检察院|中心$|办$|公司$/;

/** How well a line fits a column: positive when it looks like that column's content. */
export function fit(field: Field, text: string): number {
  if (!text) return 0;
  // The end of a wrapped name ("作室", "会") is no cell of its own.
  if ((field === 'leadUnits' || field === 'consultedDepartments') && text.length <= 2 && !NAME_START.test(text)) return -2;
  // A time cell opens with its time ("6月", "第三季度", "全年"), not with the end of a wrapped cell ("委会议)6月").
  const time = looksLikeTime(text) && text.length <= 16 && /^[\d一二三四五六七八九十第上下全年春夏秋冬适每本当前后季]/.test(text);
  switch (field) {
    case 'time':
      return time ? 3 : -3;
    case 'form':
      // A form is short, or a short form with its meeting in brackets: "常委会议协商（十二届三次常委会议）".
      // A long one opens with the form's name: not "疗健康”发展对口协商", the end of a wrapped topic before the form.
      return (classifyForm(text) || isFormHeading(text)) && FORM_END.test(text.replace(/[”"]$/, '')) && (text.length <= 6 || !!classifyForm(text.slice(0, 5)) || /^[“"][^”"]{2,10}[”"][\p{Script=Han}]{0,6}$/u.test(text) || isMeetingName(text) || /^[^（(]{2,8}[（(][^）)]*[）)]?$/.test(text)) ? 3 : -2;
    case 'leadUnits':
      return time ? -3 : (CPPCC_BODY.test(text) ? 2 : 0) + (DEPARTMENT.test(text) && !CPPCC_BODY.test(text) ? -1 : 0) + (NAME_END.test(text) ? 1 : 0);
    case 'consultedDepartments':
      return time ? -3 : (DEPARTMENT.test(text) ? 2 : 0) + (CPPCC_BODY.test(text) && !DEPARTMENT.test(text) ? -1 : 0) + (NAME_END.test(text) ? 1 : 0);
    case 'leadLeader':
      // A person's name, perhaps after the post: "葛望舒", "副主席葛望舒".
      return /^(?:[市县区]政协)?(?:副?主席|副?秘书长)?\s*[\p{Script=Han}]{2,4}$/u.test(text) && !NAME_END.test(text) ? 2 : -1;
    case 'title':
      return time ? -2 : NAME_END.test(text) && text.length <= 14 ? 0 : 1;
    default:
      return time ? -1 : 0;
  }
}
