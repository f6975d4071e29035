import { App, Button, Drawer, Form, Modal, Space, type FormInstance } from 'antd';
import { useId, useState, type ReactNode } from 'react';
import { applyApiErrorToForm, errorMessage } from '../api-errors';
import { useDrawerSize } from './layout';

type Props<T> = {
  open: boolean;
  title: ReactNode;
  /** Values when the drawer opens; every field should be present (null when empty) so server errors find their field. */
  initialValues: Partial<T>;
  /** Saves; a thrown ApiError with a field is shown on that field, any other as a message. */
  onSubmit: (values: T) => Promise<unknown>;
  onClose: () => void;
  successMessage?: string;
  /** Form items; a function receives the form, for fields that depend on others. */
  children: ReactNode | ((form: FormInstance<T>) => ReactNode);
  width?: number;
  /** Read-only drawers show no save button. */
  readOnly?: boolean;
  /** Called on every edit, e.g. to suggest a name from a number. */
  onValuesChange?: (changed: Partial<T>, all: T, form: FormInstance<T>) => void;
};

/**
 * A create/edit form in a side drawer, as Ant Design admin pages do it: the save button in the footer,
 * server validation errors on their fields, a fresh form every time it opens.
 */
export function FormDrawer<T extends object>({ open, title, initialValues, onSubmit, onClose, successMessage = '已保存', children, width, readOnly, onValuesChange }: Props<T>) {
  const { formId, generation, submitting, setSubmitting } = useFormOpening(open);
  const size = useDrawerSize(width);

  return (
    <Drawer
      open={open}
      title={title}
      size={size}
      onClose={onClose}
      // A stray click beside the form must not throw away what was typed.
      mask={{ closable: false }}
      footer={
        <Space style={{ width: '100%', justifyContent: 'flex-end' }}>
          <Button onClick={onClose}>{readOnly ? '关闭' : '取消'}</Button>
          {!readOnly && (
            <Button type="primary" htmlType="submit" form={formId} loading={submitting}>
              保存
            </Button>
          )}
        </Space>
      }
    >
      <SubmitForm<T>
        key={generation}
        id={formId}
        initialValues={initialValues}
        onSubmit={onSubmit}
        onDone={onClose}
        successMessage={successMessage}
        setSubmitting={setSubmitting}
        disabled={readOnly}
        onValuesChange={onValuesChange}
      >
        {children}
      </SubmitForm>
    </Drawer>
  );
}

/** The same as FormDrawer for a short form (a password, a reason) in a dialog. */
export function FormModal<T extends object>({ open, title, initialValues, onSubmit, onClose, successMessage = '已保存', children, width = 480 }: Omit<Props<T>, 'readOnly'>) {
  const { formId, generation, submitting, setSubmitting } = useFormOpening(open);
  return (
    <Modal
      open={open}
      title={title}
      width={width}
      onCancel={onClose}
      mask={{ closable: false }}
      footer={
        <Space>
          <Button onClick={onClose}>取消</Button>
          <Button type="primary" htmlType="submit" form={formId} loading={submitting}>
            确定
          </Button>
        </Space>
      }
    >
      <SubmitForm<T> key={generation} id={formId} initialValues={initialValues} onSubmit={onSubmit} onDone={onClose} successMessage={successMessage} setSubmitting={setSubmitting}>
        {children}
      </SubmitForm>
    </Modal>
  );
}

/**
 * The form's id (for the footer's submit button) and a generation that grows with each opening, so every opening
 * gets a new form with fresh initial values: the "adjust state while rendering" pattern.
 */
function useFormOpening(open: boolean) {
  const formId = `form-${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
  const [submitting, setSubmitting] = useState(false);
  const [generation, setGeneration] = useState(0);
  const [wasOpen, setWasOpen] = useState(open);
  if (open !== wasOpen) {
    setWasOpen(open);
    if (open) setGeneration((g) => g + 1);
  }
  return { formId, generation, submitting, setSubmitting };
}

function SubmitForm<T extends object>({
  id,
  initialValues,
  onSubmit,
  onDone,
  successMessage,
  setSubmitting,
  disabled,
  onValuesChange,
  children,
}: {
  id: string;
  initialValues: Partial<T>;
  onSubmit: (values: T) => Promise<unknown>;
  onDone: () => void;
  successMessage: string;
  setSubmitting: (v: boolean) => void;
  disabled?: boolean;
  onValuesChange?: Props<T>['onValuesChange'];
  children: Props<T>['children'];
}) {
  const [form] = Form.useForm<T>();
  const { message } = App.useApp();
  const finish = async (values: T) => {
    setSubmitting(true);
    try {
      await onSubmit(values);
      message.success(successMessage);
      onDone();
    } catch (error) {
      if (!applyApiErrorToForm(form, error)) message.error(errorMessage(error));
    } finally {
      setSubmitting(false);
    }
  };
  return (
    <Form<T>
      form={form}
      name={id}
      layout="vertical"
      initialValues={initialValues}
      onFinish={finish}
      onValuesChange={(changed, all) => onValuesChange?.(changed, all, form)}
      disabled={disabled}
      scrollToFirstError
      requiredMark
    >
      {typeof children === 'function' ? children(form) : children}
    </Form>
  );
}
