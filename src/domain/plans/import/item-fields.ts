import { splitOutside, unmatchedClose } from './brackets';
import { type DashedItem } from './dashed-item';
import { CAMPAIGN, NAME_END, NAME_START, SEPARATOR_END, cleanTitle, isMeetingName, leaderName, lookedAtTitle, meetingName, proposalTitle } from './line-shapes';
import { classifyForm, isFormHeading } from './forms';
import { hasDetails, takeMeetingNote, type ItemDraft } from './item-draft';
import { splitLabelled, type ItemField } from './labels';
import { chinesePunctuation, tidy } from './normalize';
import { leaderInSentence, readProseItem, splitTrailingNote } from './prose-item';
import { looksLikeTime } from './time-range';
import { type TableColumn } from './table';
import { CPPCC_BODY, splitUnitNames } from './unit-names';

/**
 * How each piece of an item's text fills the item's fields: a label's value, a bracketed note, a sentence, a table
 * cell, a line that goes on with the last field. Pure functions over the item being read; the walker in
 * `parse-plan-notice.ts` decides which piece is which.
 */
export function itemFieldReaders(year: number | null) {
  function applyCell(item: ItemDraft, field: TableColumn['field'], text: string, lineNo: number) {
    if (field === 'ignore' && isMeetingName(text) && /届|次/.test(text) && !item.meeting) {
      // A 备注 column may name the meeting the item is held at.
      item.meeting = meetingName(text);
      item.sources.meeting = lineNo;
    }
    if (field === 'seq' || field === 'ignore') return;
    // "市政协七届八次常委会议：加快培育新质生产力": the meeting, then the topic, in one cell.
    const held = field === 'title' ? /^(.{4,30}?(?:会议|常委会))[:：]\s*(.+)$/.exec(text) : null;
    if (held && /届|次/.test(held[1])) {
      item.meeting = meetingName(held[1]);
      item.sources.meeting = lineNo;
      text = held[2];
    }
    if (field === 'title') {
      // "推进富硒农业产业发展（县政协十二届六次常委会议）": the topic, and the meeting it is held at.
      item.title = cleanTitle(takeMeetingNote(item, text, lineNo));
      item.titleFrom = 'label';
      item.sources.title = lineNo;
    } else applyField(item, field, text, lineNo);
    item.open = null;
  }

  /** A table cell's text wrapped onto the next line: the same field, joined without a separator unless one ends the line. */
  function continueCell(item: ItemDraft, field: TableColumn['field'], text: string, previous: string, lineNo: number) {
    if (field === 'ignore' && !item.meeting && isMeetingName(previous + text) && /届|次/.test(previous + text)) {
      // A 备注 cell naming the meeting, wrapped: "县政协十一届三次会" then "议".
      item.meeting = meetingName(previous + text);
      item.sources.meeting = lineNo;
    }
    if (field === 'seq' || field === 'ignore') return;
    const afterSeparator = SEPARATOR_END.test(previous);
    if (field === 'title') item.title = cleanTitle(`${previous || item.title || ''}${text}`);
    else if (field === 'leadUnits' || field === 'consultedDepartments') {
      item.open = field;
      item.openEndsWithSeparator = afterSeparator;
      continueField(item, text, lineNo);
    } else if (field === 'time') setTime(item, `${item.timeText ?? ''}${text}`, lineNo);
    else if (field === 'contents') item.contents.push(tidy(text));
    else if (field === 'participants') item.participants = tidy(`${item.participants ?? ''}${text}`);
    item.open = null;
  }

  /** What a sentence says of an item besides its topic: time, bodies, meeting, leader, form; the item's own win. */
  function applyProse(item: ItemDraft, prose: ReturnType<typeof readProseItem>, lineNo: number) {
    // "本季度", "当月": the time of the section the item is in.
    if (prose.timeText && !item.timeText && !/^(本|当)(季度|月|年)/.test(prose.timeText)) setTime(item, prose.timeText, lineNo);
    if (prose.leadUnits.length && !item.leadUnits.length) setNames(item, 'leadUnits', prose.leadUnits.join('、'), lineNo);
    if (prose.consulted.length) setNames(item, 'consultedDepartments', prose.consulted.join('、'), lineNo);
    if (prose.meeting && !item.meeting) {
      item.meeting = meetingName(prose.meeting);
      item.sources.meeting = lineNo;
    }
    if (prose.leadLeader && !item.leadLeader) {
      item.leadLeader = prose.leadLeader;
      item.sources.leadLeader = lineNo;
    }
    // Held at a plenary or standing-committee meeting, the item takes that meeting's form ("…常委会议，…开展专题议政").
    // "区政协二届五次会议": a session of the committee is its plenary.
    const meetingForm = prose.meeting ? (classifyForm(prose.meeting) ?? (/届.{0,6}次(?:全体)?会议$/.test(prose.meeting) ? 'plenary' : null)) : null;
    const sentenceForm = meetingForm === 'plenary' || meetingForm === 'standing_committee' ? meetingForm : prose.form ? classifyForm(prose.form) : null;
    // A sentence's own form wins over a section of other activities ("其他协商").
    if ((!item.form || item.form === 'other') && sentenceForm) {
      item.form = sentenceForm;
      item.category = tidy(prose.form ?? prose.meeting ?? '');
      item.sources.form = lineNo;
    }
  }

  function applyParts(item: ItemDraft, parts: DashedItem, lineNo: number) {
    setTitleWithNote(item, parts.title, lineNo, 'heading');
    if (parts.leadUnits) setNames(item, 'leadUnits', parts.leadUnits, lineNo);
    if (parts.consulted) setNames(item, 'consultedDepartments', parts.consulted, lineNo);
    if (parts.time) setTime(item, parts.time, lineNo);
    if (parts.note) applyNote(item, parts.note, lineNo);
    item.open = null;
  }

  function applyField(item: ItemDraft, field: ItemField, written: string, lineNo: number) {
    item.open = null;
    // "市医保局［市医保局反馈：建议增加…］": a comment on the draft after the value, not part of it.
    const value = written.replace(/\s*[[［〔][^[\]［］〔〕]{0,60}[:：][^[\]［］〔〕]*[\]］〕]$/, '');
    switch (field) {
      case 'title':
        setTitleWithNote(item, value, lineNo, 'label');
        item.open = 'title';
        break;
      case 'time': {
        // "1月（县政协十届五次会议期间）": the time, and the meeting it is held at.
        const { main, note } = splitTrailingNote(value);
        // "1月，县政协九届三次会议期间": the time, then the meeting.
        const [when, held] = value.split(/[，,]/);
        if (note && isMeetingName(note) && /届|次/.test(note) && looksLikeTime(main)) {
          item.meeting ??= meetingName(note);
          item.sources.meeting ??= lineNo;
          setTime(item, main, lineNo);
        } else if (held && isMeetingName(held) && /届|次/.test(held) && looksLikeTime(when)) {
          item.meeting ??= meetingName(held);
          item.sources.meeting ??= lineNo;
          setTime(item, when, lineNo);
        } else setTime(item, value, lineNo);
        break;
      }
      case 'leadUnits':
      case 'consultedDepartments':
        setNames(item, field, value, lineNo);
        break;
      case 'form': {
        if (value.length > 20 && /[，,。；;]./.test(value)) {
          // "协商方式：先期在两个街道开展…小区协商，再召开专题协商会，…": how it is run, step by step. The form is
          // the section's, else the one the last step names.
          if (!item.form) {
            const last = value.split(/[，,。；;]/).map((step) => classifyForm(step)).filter(Boolean).at(-1);
            if (last) {
              item.form = last;
              item.sources.form = lineNo;
            }
          }
          break;
        }
        if (isMeetingName(value) && /届|次/.test(value)) {
          // "协商形式：县政协十届十一次常委会议": the meeting; the form is its kind unless the item already has one.
          item.meeting = meetingName(value);
          item.sources.meeting = lineNo;
          if (!item.form) {
            item.form = classifyForm(value) ?? (/常委/.test(value) ? 'standing_committee' : 'plenary');
            item.category = tidy(value);
            item.sources.form = lineNo;
          }
          break;
        }
        // "常委会议协商（县政协十届七次常委会议）": the form, and the meeting it is held at.
        const { main, note } = splitTrailingNote(value);
        if (note && isMeetingName(note)) {
          item.meeting = meetingName(note);
          item.sources.meeting = lineNo;
        }
        // "界别协商（联合医药卫生界）": a partner that leads with the body.
        const partner = note ? /^(?:联合|会同|与)(.{2,40}?)(?:共同|联合)?(?:开展|承办|牵头)?$/.exec(note) : null;
        if (partner && splitUnitNames(partner[1]).every((name) => NAME_END.test(name))) {
          setNames(item, 'leadUnits', partner[1], lineNo);
          item.jointLead = true;
        }
        const text = note && (isMeetingName(note) || partner) ? main : value;
        item.form = classifyForm(text) ?? 'other';
        item.category = tidy(text);
        item.sources.form = lineNo;
        break;
      }
      case 'participants':
        item.participants = tidy(value);
        item.sources.participants = lineNo;
        item.open = 'participants';
        break;
      case 'leadLeader':
        item.leadLeader = leaderName(value);
        item.sources.leadLeader = lineNo;
        item.open = 'leadLeader';
        break;
      case 'contents':
        if (value) item.contents.push(tidy(value));
        item.sources.contents = lineNo;
        item.open = 'contents';
        break;
      case 'meeting':
        item.meeting = tidy(value);
        item.sources.meeting = lineNo;
        break;
      case 'remarks':
        applyNoteParts(item, value, lineNo);
        break;
      case 'aside':
        // Its lines run on until the next label, and are not kept.
        item.open = 'aside';
        break;
      case 'brandTag':
        item.brandTag = tidy(value).replace(/^[“"]|[”"]$/g, '') || null;
        item.sources.brandTag = lineNo;
        break;
    }
    item.openEndsWithSeparator = SEPARATOR_END.test(value);
  }

  /** The rest of a title's note that wrapped onto this line, up to its closing bracket. */
  function continueNote(item: ItemDraft, norm: string, lineNo: number) {
    const close = unmatchedClose(norm);
    // The note is read whole once it closes, so a name or a list broken by the line end reads as one.
    item.pendingNote = `${item.pendingNote ?? ''}${(close >= 0 ? norm.slice(0, close) : norm).trim()}`;
    if (close >= 0) flushNote(item, lineNo);
  }

  function flushNote(item: ItemDraft, lineNo: number) {
    item.openBracket = false;
    const note = item.pendingNote;
    item.pendingNote = null;
    if (note) applyNote(item, note, lineNo);
  }

  function continueField(item: ItemDraft, norm: string, lineNo: number) {
    const field = item.open!;
    // "（通过视频连线方式进行，各县（市、区）政协设分会场）": a remark in brackets on its own line, not more names.
    const bracketed = /^[（(](.*)[)）]$/.exec(norm.trim());
    if ((field === 'leadUnits' || field === 'consultedDepartments') && bracketed && !/^[市县区旗州]政协[^（）()]{2,20}(委员会|委|室|组)$/.test(bracketed[1])) {
      // "（县政协副主席 骆文军 牵头）": the leader in charge.
      const leader = leaderInSentence(bracketed[1].replace(/(?<=[\p{Script=Han}])\s+(?=[\p{Script=Han}])/gu, ''));
      if (leader && !item.leadLeader) {
        item.leadLeader = leader;
        item.sources.leadLeader = lineNo;
      }
      item.open = null;
      return;
    }
    if (field === 'leadUnits' || field === 'consultedDepartments') {
      const list = item[field];
      let rest = norm.trim();
      // The line may begin with the rest of a name broken at the end of the last one ("区海洋发展" + "局、…").
      const head = /^[^、，,；;\s/]+/.exec(rest)?.[0] ?? '';
      if (head && list.length && !item.openEndsWithSeparator && !(NAME_END.test(list.at(-1)!) && NAME_START.test(head))) {
        const joined = splitUnitNames(list.at(-1)! + head).map(chinesePunctuation);
        if (joined.length) list.splice(list.length - 1, 1, ...joined.filter((n, i) => i === 0 || !list.includes(n)));
        rest = rest.slice(head.length);
      }
      const names = splitUnitNames(rest).map(chinesePunctuation);
      list.push(...names.filter((n) => !list.includes(n)));
      item.openEndsWithSeparator = SEPARATOR_END.test(norm);
    } else if (field === 'title') {
      if (item.title && !hasDetails(item)) item.title = tidy(item.title + norm);
    } else if (field === 'leadLeader') {
      // "副主席 欧阳" then "明哲": a name broken at the line's end.
      if (item.leadLeader && item.leadLeader.length <= 2 && /^[\p{Script=Han}]{1,2}$/u.test(norm.trim())) item.leadLeader += norm.trim();
      item.open = null;
    } else if (field === 'participants') {
      item.participants = tidy(`${item.participants ?? ''}${norm}`);
    } else if (field === 'contents') {
      item.contents.push(tidy(norm));
      item.sources.contents ??= lineNo;
    }
  }

  function setTitleWithNote(item: ItemDraft, value: string, lineNo: number, from: 'label' | 'heading' | 'text') {
    // "县政协九届七次常委会议：加快特色小镇建设": the meeting, then the topic (or the topic on the next line).
    // "第一次双月协商座谈会：提升…": the meeting names the form too.
    const held = from === 'label' ? null : /^(.{4,30}?(?:会议|常委会|座谈会))[:：]\s*(.*)$/.exec(value.trim());
    if (held && /届|次/.test(held[1])) {
      item.meeting = meetingName(held[1]);
      item.sources.meeting = lineNo;
      const form = classifyForm(held[1]);
      if (form && (!item.form || item.form === 'other')) {
        item.form = form;
        item.category = tidy(held[1].replace(/^第[一二三四五六七八九十\d]+次/, ''));
        item.sources.form = lineNo;
      }
      if (!held[2].trim()) {
        item.title = null;
        return;
      }
      value = held[2];
    }
    // "“有事好商量·檀溪议事厅”：老旧小区加装电梯": the brand the item is held under, then its topic.
    const branded = from === 'label' ? null : /^[“"]([^“”"]{3,20}(?:商量|议事[厅堂室会]?|协商))[”"][:：]\s*(.+)$/.exec(value.trim());
    if (branded) {
      item.brandTag = branded[1];
      item.sources.brandTag = lineNo;
      value = branded[2];
    }
    const { main, note, closed } = splitTrailingNote(value);
    // "全体会议协商：坚持创新引领…": the form written before the topic.
    const formFirst = from === 'label' ? null : /^(.{2,20}?)[:：]\s*(.+)$/.exec(main);
    const formNote = formFirst ? splitTrailingNote(formFirst[1]) : null;
    const isForm = !!formFirst && isFormHeading(formNote!.main);
    if (isForm) {
      // "专题视察监督（4月至5月）：…": the form, with a note of its own.
      item.form = classifyForm(formNote!.main) ?? 'other';
      item.category = tidy(formNote!.main);
      item.sources.form = lineNo;
      if (formNote!.note) applyNote(item, formNote!.note, lineNo);
    }
    // "推动数字经济与实体经济深度融合。结合区政协四届八次常委会议进行。": the topic ends at the full stop.
    const [topic, ...after] = (isForm ? formFirst![2] : main).split('。');
    const rest = after.join('。').trim();
    // "县政协九届十次常委会议，6月召开，围绕“…”协商议政": the topic's clause goes on with when and how, so it is a
    // sentence about the item.
    const clauses = topic.split(/[，,]/).map((c) => c.trim());
    const sentence = from !== 'label' && clauses.length > 1 && (isMeetingName(clauses[0]) || clauses.slice(1).some((c) => (looksLikeTime(c) && c.length <= 12) || /^(?:由|召开|邀请)/.test(c)));
    if (sentence) {
      const prose = readProseItem(isForm ? formFirst![2] : main, year);
      applyProse(item, prose, lineNo);
      item.title = cleanTitle(prose.title);
    } else {
      if (from !== 'label' && rest) applyProse(item, readProseItem(rest, year, { topicKnown: true }), lineNo);
      item.title = cleanTitle(from !== 'label' && rest ? topic : isForm ? formFirst![2] : main);
    }
    // "配合省政协开展“数字乡村建设”远程协商": the quoted topic of a line that says what is done with it.
    const doneWith = from === 'label' ? null : /^[^“”"]{0,24}?(?:开展|进行|召开)[“"]([^“”"]{4,40})[”"][\p{Script=Han}]{0,10}(?:协商|议政|视察|监督|座谈会)$/u.exec(item.title);
    if (doneWith) item.title = doneWith[1];
    // "围绕“推动先进制造业集群发展”开展协商议政": the quoted topic of a sentence that says what is done with it.
    // "围绕市政协五届五次会议重点提案《关于…的提案》开展办理协商": the proposal, by its title.
    const around = from === 'label' || doneWith ? null : /^(?:围绕|就|聚焦)(?:[“"]([^“”"]{4,60})[”"]|([^“”"]{0,30}?提案《[^《》]{6,60}》))(?:开展|进行|召开)[\p{Script=Han}]{0,10}(?:协商|议政|视察|监督|座谈会?)$/u.exec(item.title);
    if (around) item.title = around[1] ?? proposalTitle(around[2]);
    // "与市教育局就“…”开展对口协商": the quoted topic; the departments named before it are at the table.
    const withThem = from === 'label' || doneWith || around ? null : /^与([^“”"]{2,60}?)就[“"]([^“”"]{4,60})[”"](?:开展|进行)?(?:[\p{Script=Han}]{0,10}(?:协商|议政|视察|监督|座谈会?))?$/u.exec(item.title);
    if (withThem && splitUnitNames(withThem[1]).every((name) => NAME_END.test(name))) {
      item.title = withThem[2];
      setNames(item, 'consultedDepartments', withThem[1], lineNo);
    }
    const looked = from === 'label' || doneWith || around ? null : lookedAtTitle(item.title);
    if (looked) item.title = looked;
    // "“巩固脱贫攻坚成果”专题协商", "《关于…的提案》办理协商": the quoted topic, then its form, when nothing else names
    // the form; under a form ("【网络议政】“我为…献一策”网上议政") it is the activity's own name, kept whole.
    // A quoted topic under a form ("“实施乡村振兴战略”专题议政" under 常委会议协商) is still the topic; a campaign's,
    // a brand's or a programme's short name ("“委员会客厅”微协商") is not.
    const quotedThenFormMatch = from === 'label' || doneWith ? null : /^[“"《](.{4,60})[”"》]([\p{Script=Han}]{0,12}(?:协商|议政|视察|监督|座谈会)(?:活动)?)$/u.exec(item.title);
    const underForm = !!item.form && item.form !== 'other';
    const quotedThenForm = quotedThenFormMatch && (!underForm || (quotedThenFormMatch[1].length > 7 && !CAMPAIGN.test(quotedThenFormMatch[1]) && !/商量|议事|协商|议政/.test(quotedThenFormMatch[1]))) ? quotedThenFormMatch : null;
    // "“我为城市更新献一策”网络议政": a campaign's name, not a topic; it keeps its form words.
    const campaign = quotedThenForm && CAMPAIGN.test(quotedThenForm[1]);
    if (quotedThenForm && !/[”"》].*[“"《]/.test(quotedThenForm[1])) {
      if (!campaign) item.title = quotedThenForm[1];
      const form = classifyForm(quotedThenForm[2]) ?? (/办理/.test(quotedThenForm[2]) && /提案/.test(quotedThenForm[1]) ? 'proposal_handling' : null);
      if (form && !underForm) {
        item.form = form;
        item.category = tidy(quotedThenForm[2]);
        item.sources.form = lineNo;
      }
    }
    // "关于进一步优化营商环境的重点提案办理协商", "关于…的对口协商": the topic, then its form; a proposal keeps the whole
    // name, the form words included, as offices name such items.
    const about = from === 'label' ? null : /^关于(.{4,60})的([\p{Script=Han}]{0,10}(?:协商|议政|视察|监督))$/u.exec(item.title);
    const aboutForm = about && classifyForm(about[2]);
    if (about && aboutForm && (!item.form || item.form === 'other')) {
      item.form = aboutForm;
      item.category = tidy(about[2]);
      item.sources.form = lineNo;
    }
    if (about && !/提案/.test(about[2])) item.title = about[1];
    // "全县重点项目建设推进情况视察协商" under 视察协商: the section's form said again after the topic.
    const category = item.category ?? '';
    const bare = item.title && category.length >= 4 && item.title.endsWith(category) ? item.title.slice(0, -category.length) : null;
    if (bare && bare.length >= 6 && !/[”"》]$/.test(bare) && !/^关于|提案/.test(item.title!) && from !== 'label') item.title = bare;
    item.titleFrom = from;
    item.sources.title = lineNo;
    item.openBracket = !closed;
    // "（不计入协商活动）": listed for the record, not an activity of the plan.
    if (note && /不计入|不列入|不纳入|不作为协商/.test(note)) item.excluded = true;
    else if (note && closed) applyNote(item, note, lineNo);
    else if (note) item.pendingNote = note;
  }

  /**
   * A bracketed note after a title: "（市政协经济委员会，5月）", "（5月，市发改委参加）", or labelled parts
   * "（6月；市政协五届九次常委会议；牵头领导：宋知微；承办单位：…）".
   */
  function applyNote(item: ItemDraft, note: string, lineNo: number) {
    for (const part of splitOutside(note, /[；;]/)) {
      const labelled = splitLabelled(part.trim());
      if (labelled.length) {
        const lead = part.trim().slice(0, part.trim().indexOf(labelled[0].label)).trim();
        if (lead) applyNoteParts(item, lead, lineNo);
        for (const l of labelled) applyField(item, l.field, l.value, lineNo);
      } else applyNoteParts(item, part, lineNo);
    }
  }

  function applyNoteParts(item: ItemDraft, text: string, lineNo: number) {
    for (const part of splitOutside(text, /[，,；;]/)) {
      const p = part.trim();
      if (!p) continue;
      const jointly = /^与(.+?)(?:联合|共同)(?:开展|承办|举办|组织)?$/.exec(p);
      if (jointly) {
        // "与市工商联联合开展": a second lead beside the body the section names.
        setNames(item, 'leadUnits', jointly[1], lineNo);
        item.jointLead = true;
        continue;
      }
      // "市政协经济委员会联合经济界别、工商联界别开展", "市政协社会法制委员会与民革梧岭市委会共同承办": both lead.
      const together = /^(.{4,40}?)(?:联合|与)(.{2,40}?)(?:共同|联合)?(?:开展|承办|举办|牵头)$/.exec(p);
      if (together && NAME_END.test(together[1]) && NAME_END.test(together[2].split('、').at(-1)!)) {
        setNames(item, 'leadUnits', `${together[1]}、${together[2]}`, lineNo);
        continue;
      }
      // "副主席蔺秋禾牵头": the leader in charge.
      const leader = leaderInSentence(p);
      if (leader) {
        if (!item.leadLeader) {
          item.leadLeader = leader;
          item.sources.leadLeader = lineNo;
        }
        continue;
      }
      if (/界.{0,12}委员(?:参加|参与)$|^(?:部分|有关|相关)?委员(?:参加|参与)$/.test(p)) {
        // "医药卫生界、妇联界委员参加": members who take part, not departments.
        item.participants ??= tidy(p.replace(/(参加|参与)$/, ''));
        continue;
      }
      if (isMeetingName(p) && /届|次/.test(p) && !item.meeting) {
        item.meeting = meetingName(p);
        item.sources.meeting = lineNo;
      } else if ((looksLikeTime(p) || /^(时间)?(适时|待定|另行安排)(安排)?$/.test(p)) && !item.timeText) setTime(item, p, lineNo);
      else if (/参加|参与|配合|(?<!政)协办|邀请/.test(p)) setNames(item, 'consultedDepartments', p, lineNo);
      else if (isFormHeading(p) && !/(牵头|承办|负责|组织)$/.test(p)) {
        // "（双月协商座谈会）": the form, not a body though it ends in 会. It says more than the section's form does
        // ("（微协商）" under 基层协商).
        if (!item.form || item.form === 'other' || item.sources.form === undefined) {
          item.form = classifyForm(p) ?? 'other';
          item.category = tidy(p);
          item.sources.form = lineNo;
        }
      } else if (NAME_END.test(p.replace(/(牵头|承办|负责|组织)$/, '')) && !item.leadUnits.length) setNames(item, 'leadUnits', p, lineNo);
      else if (item.leadUnits.length && p.split('、').every((n) => (/(局|委|办|政府|中心|公司|院|所|队|站|部)$/.test(n) || NAME_END.test(n)) && !/政协|界|民革|民盟|民建|民进|农工|致公|九三|台盟/.test(n))) {
        // "（3月，区政协教科卫体委员会；区卫生健康局）": after the lead, the departments.
        setNames(item, 'consultedDepartments', p, lineNo);
      }
      else if (classifyForm(p) && !item.form) item.form = classifyForm(p);
    }
  }

  function setTime(item: ItemDraft, value: string, lineNo: number) {
    // "4月（原定6月）": the time now, not the one it replaces.
    item.timeText = tidy(value.replace(/[（(〔](?:原定|原计划|原为|原)[^（）()〔〕]*[)）〕]/g, ''));
    item.sources.time = lineNo;
  }

  function setNames(item: ItemDraft, field: 'leadUnits' | 'consultedDepartments', value: string, lineNo: number) {
    // "责任单位：县政协经济委员会（牵头），县发展改革局": the bodies marked as leading lead, and so do the committee's
    // bodies after them ("（牵头），县政协提案委员会"); the government's departments after them are consulted.
    const marked = field === 'leadUnits' ? /[（(]牵头[)）]\s*[，,、；;]\s*(?=\S)/.exec(value) : null;
    const after = marked ? splitUnitNames(value.slice(marked.index + marked[0].length)) : [];
    if (marked && after.some((name) => !CPPCC_BODY.test(name))) {
      setNames(item, 'leadUnits', [value.slice(0, marked.index), ...after.filter((name) => CPPCC_BODY.test(name))].join('、'), lineNo);
      setNames(item, 'consultedDepartments', after.filter((name) => !CPPCC_BODY.test(name)).join('、'), lineNo);
      item.open = 'leadUnits';
      return;
    }
    for (const name of splitUnitNames(value).map(chinesePunctuation)) {
      // "协商部门：待定": none yet.
      if (/^(待定|暂定|暂无|无|另定|待明确|待确定)$/.test(name)) continue;
      // "参与：县人社局、县工信局；部分经济界委员": members and representatives take part; they are not departments.
      if (field === 'consultedDepartments' && /委员$|代表$|人员$|群众$/.test(name)) item.participants ??= name;
      else {
        // "由经济界、工商联界委员牵头": the sectors lead.
        const body = field === 'leadUnits' ? name.replace(/(?<=.界|.界别)委员$/, '') : name;
        if (!item[field].includes(body)) item[field].push(body);
      }
    }
    item.sources[field] ??= lineNo;
    item.open = field;
  }

  return { applyCell, continueCell, applyProse, applyParts, applyField, flushNote, continueNote, continueField, setTitleWithNote, applyNote, setTime, setNames };
}
