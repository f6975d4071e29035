import { ArrowLeftOutlined, CheckCircleFilled, CloseCircleFilled, DownloadOutlined, InboxOutlined } from '@ant-design/icons';
import { fieldLabels } from '@domain/field-labels';
import { genderLabels, positionLabels } from '@domain/members/member-schema';
import { useMutation } from '@tanstack/react-query';
import {
  Alert,
  App,
  Button,
  Card,
  Checkbox,
  Grid,
  Result,
  Segmented,
  Space,
  Steps,
  Table,
  Typography,
  Upload,
  type TableColumnsType,
  type UploadFile,
} from 'antd';
import { useMemo, useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { api, download } from '../../api/client';
import { useMe } from '../../auth/session';
import { errorMessage } from '../../components/api-errors';
import { MembersConfig } from '../../components/members/MembersConfig';
import { useInvalidateMembers } from '../../components/members/queries';
import type { RosterImportResult, RosterPreview } from '../../components/members/types';
import { ForbiddenResult } from '../NotFoundPage';

type PreviewRow = RosterPreview['rows'][number];

/** The roster's columns in template order, as the preview names them. */
const COLUMN_LABELS: Record<string, string> = {
  name: '姓名',
  gender: '性别',
  birthDate: '出生日期',
  ethnicity: '民族',
  sector: '界别',
  party: '党派',
  specialCommittees: '专委会',
  employer: '工作单位及职务',
  phone: '手机号',
  isStanding: '常委',
  liaisonGroup: '联络组',
  term: '届次',
  note: '备注',
};
const COLUMN_ORDER = Object.keys(COLUMN_LABELS);
const MAX_FILE_BYTES = 10 * 1024 * 1024;

const labelOfColumn = (key: string) => COLUMN_LABELS[key] ?? fieldLabels[key] ?? key;
/** The preview column an error belongs to: errors name it by its Chinese header ("界别") or by key ("sector", "sectorId", "specialCommittees.0"). */
const columnOf = (field: string) => {
  const byLabel = Object.keys(COLUMN_LABELS).find((key) => COLUMN_LABELS[key] === field);
  return byLabel ?? field.split('.')[0].replace(/Id$/, '');
};

const empty = <Typography.Text type="secondary">—</Typography.Text>;

/** A cell as people read it: booleans as 是/否, lists joined with 、, a committee with its position. */
function cellText(key: string, value: unknown): string {
  if (value === null || value === undefined || value === '') return '';
  if (typeof value === 'boolean') return value ? '是' : '否';
  if (Array.isArray(value)) return value.map((v) => cellText(key, v)).filter(Boolean).join('、');
  if (typeof value === 'object') {
    const o = value as Record<string, unknown>;
    const name = typeof o.name === 'string' ? o.name : null;
    if (name) {
      const position = typeof o.position === 'string' ? (positionLabels[o.position as keyof typeof positionLabels] ?? o.position) : null;
      return position ? `${name}（${position}）` : name;
    }
    return JSON.stringify(value);
  }
  if (key === 'gender' && (value === 'male' || value === 'female')) return genderLabels[value];
  return String(value);
}

export default function MemberImportPage() {
  const me = useMe();
  if (!me.abilities.members.manage) return <ForbiddenResult />;
  return (
    <MembersConfig>
      <RosterImport />
    </MembersConfig>
  );
}

function RosterImport() {
  const { message } = App.useApp();
  const navigate = useNavigate();
  const screens = Grid.useBreakpoint();
  const invalidate = useInvalidateMembers();
  const [step, setStep] = useState(0);
  const [file, setFile] = useState<File | null>(null);
  const [preview, setPreview] = useState<RosterPreview | null>(null);
  const [skipInvalid, setSkipInvalid] = useState(false);
  const [show, setShow] = useState<'all' | 'invalid' | 'valid'>('all');
  const [result, setResult] = useState<RosterImportResult | null>(null);
  const [downloading, setDownloading] = useState(false);

  const previewMutation = useMutation({
    mutationFn: (f: File) => {
      const form = new FormData();
      form.append('file', f, f.name);
      return api.upload<RosterPreview>('/api/members/roster/preview', form);
    },
    onSuccess: (data) => {
      setPreview(data);
      setSkipInvalid(false);
      setShow(data.invalidCount > 0 ? 'invalid' : 'all');
      setStep(2);
    },
  });

  const importMutation = useMutation({
    mutationFn: ({ f, skip }: { f: File; skip: boolean }) => {
      const form = new FormData();
      // The flag goes before the file, so that a streaming multipart reader has it when the file arrives.
      form.append('skipInvalid', skip ? 'true' : 'false');
      form.append('file', f, f.name);
      return api.upload<RosterImportResult>('/api/members/roster/import', form);
    },
    onSuccess: async (data) => {
      setResult(data);
      setStep(3);
      await invalidate();
    },
  });

  const downloadTemplate = async () => {
    setDownloading(true);
    try {
      await download('/api/members/roster-template', '委员名册导入模板.xlsx');
    } catch (error) {
      message.error(errorMessage(error));
    } finally {
      setDownloading(false);
    }
  };

  const restart = () => {
    setFile(null);
    setPreview(null);
    setResult(null);
    setSkipInvalid(false);
    previewMutation.reset();
    importMutation.reset();
    setStep(1);
  };

  const fileList: UploadFile[] = file ? [{ uid: 'roster', name: file.name, size: file.size, status: 'done' }] : [];

  const stepItems = [{ title: '下载模板' }, { title: '上传文件' }, { title: '预览' }, { title: '结果' }];

  return (
    <>
      <Button type="text" icon={<ArrowLeftOutlined />} onClick={() => navigate('/members')} style={{ paddingInline: 4 }}>
        返回委员列表
      </Button>
      <Typography.Title level={4} style={{ margin: '8px 0 16px' }}>
        导入委员名册
      </Typography.Title>
      <Card>
        <Steps
          current={step}
          items={stepItems}
          size={screens.md ? 'medium' : 'small'}
          // Phones: the four steps stay on one row (titles under the numbers) instead of a tall vertical list.
          responsive={false}
          titlePlacement={screens.md ? 'horizontal' : 'vertical'}
          style={{ marginBottom: 24 }}
        />

        {step === 0 && (
          <div style={{ maxWidth: 720 }}>
            <Typography.Paragraph>请先下载导入模板，按模板整理委员名册后再上传：</Typography.Paragraph>
            <ul style={{ paddingInlineStart: 20, color: 'rgba(0,0,0,0.65)', lineHeight: 1.9 }}>
              <li>第1行为表头，请勿修改；带“*”的列（姓名、界别）为必填。</li>
              <li>界别、党派、专委会、联络组、届次须与“组织机构”中的名称一致；届次不填时为本届。</li>
              <li>手机号为11位手机号码，出生日期格式为YYYY-MM-DD。</li>
              <li>上传后先预览校验结果，确认无误后才会导入，预览不会修改任何数据。</li>
            </ul>
            <Space wrap style={{ marginTop: 8 }}>
              <Button icon={<DownloadOutlined />} onClick={downloadTemplate} loading={downloading}>
                下载导入模板
              </Button>
              <Button type="primary" onClick={() => setStep(1)}>
                下一步
              </Button>
            </Space>
          </div>
        )}

        {step === 1 && (
          <div style={{ maxWidth: 720 }}>
            <Upload.Dragger
              accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
              multiple={false}
              maxCount={1}
              fileList={fileList}
              beforeUpload={(f) => {
                if (!/\.xlsx$/i.test(f.name)) {
                  message.error('请上传 .xlsx 格式的Excel文件（可在Excel中“另存为”Excel工作簿）');
                  return Upload.LIST_IGNORE;
                }
                if (f.size > MAX_FILE_BYTES) {
                  message.error('文件过大（不能超过10MB）');
                  return Upload.LIST_IGNORE;
                }
                setFile(f);
                previewMutation.reset();
                return false;
              }}
              onRemove={() => {
                setFile(null);
                previewMutation.reset();
              }}
            >
              <p className="ant-upload-drag-icon">
                <InboxOutlined />
              </p>
              <p className="ant-upload-text">点击或将名册文件拖到此处</p>
              <p className="ant-upload-hint">仅支持 .xlsx 格式，不超过10MB；选择文件后点击“上传并预览”</p>
            </Upload.Dragger>
            {previewMutation.isError && (
              <Alert type="error" showIcon role="alert" style={{ marginTop: 16 }} title="文件无法读取" description={errorMessage(previewMutation.error)} />
            )}
            <Space wrap style={{ marginTop: 16 }}>
              <Button onClick={() => setStep(0)}>上一步</Button>
              <Button type="primary" disabled={!file} loading={previewMutation.isPending} onClick={() => file && previewMutation.mutate(file)}>
                上传并预览
              </Button>
            </Space>
          </div>
        )}

        {step === 2 && preview && file && (
          <PreviewStep
            preview={preview}
            fileName={file.name}
            show={show}
            onShow={setShow}
            skipInvalid={skipInvalid}
            onSkipInvalid={setSkipInvalid}
            importing={importMutation.isPending}
            importError={importMutation.isError ? errorMessage(importMutation.error) : null}
            onBack={() => {
              importMutation.reset();
              setStep(1);
            }}
            onImport={() => importMutation.mutate({ f: file, skip: skipInvalid })}
          />
        )}

        {step === 3 && result && (
          <Result
            status="success"
            title={`成功导入 ${result.imported} 名委员`}
            subTitle={
              result.skipped.length > 0
                ? `已跳过 ${result.skipped.length} 行错误数据：第${result.skipped.join('、')}行。请修改后另行导入。`
                : '没有跳过的行。'
            }
            extra={[
              <Link to="/members" key="list">
                <Button type="primary">查看委员列表</Button>
              </Link>,
              <Button key="again" onClick={restart}>
                继续导入
              </Button>,
            ]}
          />
        )}
      </Card>
    </>
  );
}

type PreviewStepProps = {
  preview: RosterPreview;
  fileName: string;
  show: 'all' | 'invalid' | 'valid';
  onShow: (show: 'all' | 'invalid' | 'valid') => void;
  skipInvalid: boolean;
  onSkipInvalid: (skip: boolean) => void;
  importing: boolean;
  importError: string | null;
  onBack: () => void;
  onImport: () => void;
};

/** Step 3: every row with its problems; nothing is written until 确认导入. */
function PreviewStep({ preview, fileName, show, onShow, skipInvalid, onSkipInvalid, importing, importError, onBack, onImport }: PreviewStepProps) {
  const fixReasons = Boolean(Grid.useBreakpoint().md);
  const { rows, validCount, invalidCount } = preview;
  const total = rows.length;
  const hasErrors = invalidCount > 0;
  const canImport = validCount > 0 && (!hasErrors || skipInvalid);

  const keys = useMemo(() => {
    const seen = new Set<string>();
    for (const r of rows) for (const k of Object.keys(r.values ?? {})) seen.add(k);
    return [...COLUMN_ORDER.filter((k) => seen.has(k)), ...[...seen].filter((k) => !COLUMN_ORDER.includes(k))];
  }, [rows]);

  const shown = useMemo(
    () => (show === 'all' ? rows : rows.filter((r) => (show === 'invalid' ? r.errors.length > 0 : r.errors.length === 0))),
    [rows, show],
  );

  const bad = { background: '#fff1f0' };
  const rowStyle = (r: PreviewRow) => ({ style: r.errors.length > 0 ? bad : undefined });
  const rowColumn: TableColumnsType<PreviewRow>[number] = {
    title: '行号',
    dataIndex: 'row',
    width: 72,
    fixed: 'left',
    onCell: rowStyle,
    render: (row: number, r) => (
      <Space size={4}>
        {r.errors.length > 0 ? (
          <CloseCircleFilled style={{ color: '#cf1322' }} aria-label="有错误" />
        ) : (
          <CheckCircleFilled style={{ color: '#389e0d' }} aria-label="有效" />
        )}
        {row}
      </Space>
    ),
  };
  const valueColumns: TableColumnsType<PreviewRow> = keys.map((key) => ({
    title: labelOfColumn(key),
    key,
    width: key === 'employer' || key === 'specialCommittees' ? 200 : key === 'sector' ? 140 : 100,
    ellipsis: true,
    onCell: rowStyle,
    render: (_: unknown, r: PreviewRow) => {
      const text = cellText(key, r.values?.[key]);
      const wrong = r.errors.some((e) => columnOf(e.field) === key);
      if (wrong) return <Typography.Text type="danger" strong>{text || '（空）'}</Typography.Text>;
      return text || empty;
    },
  }));
  const reasonColumn: TableColumnsType<PreviewRow>[number] = {
    title: '错误原因',
    key: 'errors',
    width: fixReasons ? 280 : 220,
    fixed: fixReasons ? 'right' : undefined,
    onCell: rowStyle,
    render: (_: unknown, r) =>
      r.errors.length === 0 ? (
        empty
      ) : (
        <div style={{ color: '#cf1322' }}>
          {r.errors.map((e, i) => {
            const label = labelOfColumn(columnOf(e.field));
            return <div key={i}>{e.message.includes(label) ? e.message : `${label}：${e.message}`}</div>;
          })}
        </div>
      ),
  };
  // Desktop: reasons pinned at the right edge; phones: right after the row number, where they are seen without scrolling.
  const columns = fixReasons ? [rowColumn, ...valueColumns, reasonColumn] : [rowColumn, reasonColumn, ...valueColumns];

  return (
    <>
      <Alert
        type={validCount === 0 ? 'error' : hasErrors ? 'warning' : 'success'}
        showIcon
        style={{ marginBottom: 16 }}
        title={`共${total}行，有效${validCount}行，错误${invalidCount}行`}
        description={
          validCount === 0
            ? `文件“${fileName}”中没有可导入的有效行，请按错误原因修改文件后重新上传。`
            : hasErrors
              ? `文件“${fileName}”中有错误行（红色标出）。可修改文件后重新上传，或勾选“跳过错误行，仅导入有效行”。`
              : `文件“${fileName}”校验通过，确认后将导入 ${validCount} 名委员。`
        }
      />
      <div style={{ marginBottom: 12 }}>
        <Segmented
          value={show}
          onChange={(v) => onShow(v as typeof show)}
          options={[
            { value: 'all', label: `全部（${total}）` },
            { value: 'invalid', label: `错误行（${invalidCount}）` },
            { value: 'valid', label: `有效行（${validCount}）` },
          ]}
        />
      </div>
      <Table<PreviewRow>
        rowKey="row"
        size="small"
        columns={columns}
        dataSource={shown}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: show === 'invalid' ? '没有错误行' : '没有数据' }}
        pagination={{ pageSize: 50, showSizeChanger: false, hideOnSinglePage: true, showTotal: (n) => `共 ${n} 行` }}
      />
      {importError && <Alert type="error" showIcon role="alert" style={{ marginTop: 16 }} title="导入失败，未导入任何委员" description={importError} />}
      <div style={{ marginTop: 16, display: 'flex', flexDirection: 'column', gap: 12 }}>
        {hasErrors && validCount > 0 && (
          <Checkbox checked={skipInvalid} onChange={(e) => onSkipInvalid(e.target.checked)}>
            跳过错误行，仅导入有效行
          </Checkbox>
        )}
        <Space wrap>
          <Button onClick={onBack}>重新上传</Button>
          <Button type="primary" disabled={!canImport} loading={importing} onClick={onImport}>
            {hasErrors ? `确认导入（${validCount}行有效数据）` : `确认导入（${validCount}行）`}
          </Button>
        </Space>
      </div>
    </>
  );
}
