import { ThunderboltOutlined } from '@ant-design/icons';
import { Button, Input, Space, Tooltip } from 'antd';
import { useState } from 'react';
import { randomPassword } from '../../components/admin/random-password';

/** An initial password field with a button that fills in a strong random one, shown in clear so it can be passed on. */
export function InitialPasswordInput({
  value,
  onChange,
  minLength,
  id,
  placeholder = '初始密码',
}: {
  value?: string;
  onChange?: (value: string) => void;
  minLength: number;
  id?: string;
  placeholder?: string;
}) {
  // A generated password is shown, so that the administrator can pass it on.
  const [visible, setVisible] = useState(false);
  return (
    <Space.Compact style={{ width: '100%' }}>
      <Input.Password
        id={id}
        value={value}
        onChange={(e) => onChange?.(e.target.value)}
        visibilityToggle={{ visible, onVisibleChange: setVisible }}
        autoComplete="new-password"
        placeholder={placeholder}
      />
      <Tooltip title="生成符合安全策略的随机密码">
        <Button icon={<ThunderboltOutlined />} onClick={() => {
            onChange?.(randomPassword(minLength));
            setVisible(true);
          }}>
          随机生成
        </Button>
      </Tooltip>
    </Space.Compact>
  );
}
