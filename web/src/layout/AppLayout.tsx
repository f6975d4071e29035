import { LogoutOutlined, MenuOutlined } from '@ant-design/icons';
import { Button, Drawer, Grid, Layout, Menu, Space, Spin, Tag, Typography } from 'antd';
import { Suspense, useState } from 'react';
import { Navigate, Outlet, useLocation, useNavigate } from 'react-router-dom';
import { useSession } from '../auth/session';
import { MENU } from './menu';

const { Header, Sider, Content } = Layout;

/** The frame of every page after login: a side menu on desktop, a drawer on phones. */
export function AppLayout() {
  const { me, loading, logout } = useSession();
  const location = useLocation();
  const navigate = useNavigate();
  const screens = Grid.useBreakpoint();
  const [drawerOpen, setDrawerOpen] = useState(false);

  if (loading) return <Spin fullscreen />;
  if (!me) return <Navigate to="/login" replace state={{ from: location.pathname }} />;
  const mustChange = me.user.mustChangePassword || me.user.passwordExpired;
  if (mustChange && location.pathname !== '/account/password') return <Navigate to="/account/password" replace />;

  const isPhone = !screens.md;
  const entries = MENU.filter((entry) => entry.visible(me));
  const selected = entries
    .filter((e) => (e.path === '/' ? location.pathname === '/' : location.pathname.startsWith(e.path)))
    .map((e) => e.path);
  const menu = (
    <Menu
      mode="inline"
      selectedKeys={selected}
      items={entries.map((e) => ({ key: e.path, icon: e.icon, label: e.label }))}
      onClick={({ key }) => {
        setDrawerOpen(false);
        navigate(key);
      }}
    />
  );

  return (
    <Layout style={{ minHeight: '100vh' }}>
      {!isPhone && (
        <Sider width={208} theme="light" style={{ borderRight: '1px solid #f0f0f0' }}>
          <div style={{ height: 56, display: 'flex', alignItems: 'center', padding: '0 20px', fontWeight: 600, fontSize: 18, color: '#b71c1c' }}>协商</div>
          {menu}
        </Sider>
      )}
      <Layout>
        <Header style={{ background: '#fff', padding: isPhone ? '0 12px' : '0 24px', display: 'flex', alignItems: 'center', gap: 12, borderBottom: '1px solid #f0f0f0', lineHeight: 'normal' }}>
          {isPhone && <Button type="text" icon={<MenuOutlined />} aria-label="菜单" onClick={() => setDrawerOpen(true)} />}
          <Typography.Text strong ellipsis style={{ flex: 1, minWidth: 0 }}>
            {me.committee.name}
          </Typography.Text>
          <Space size={isPhone ? 4 : 12} align="center">
            {!isPhone && me.user.roleLabels.map((label) => <Tag key={label}>{label}</Tag>)}
            <Typography.Text ellipsis style={{ maxWidth: isPhone ? 80 : 200 }}>
              {me.user.displayName}
            </Typography.Text>
            <Button type="text" icon={<LogoutOutlined />} onClick={() => logout().then(() => navigate('/login'))}>
              {isPhone ? '' : '退出'}
            </Button>
          </Space>
        </Header>
        <Content style={{ padding: isPhone ? 12 : 24 }}>
          <Suspense fallback={<Spin style={{ display: 'block', margin: '80px auto' }} />}>
            <Outlet />
          </Suspense>
        </Content>
      </Layout>
      <Drawer placement="left" open={drawerOpen} onClose={() => setDrawerOpen(false)} size={240} title="协商" styles={{ body: { padding: 0 } }}>
        {menu}
      </Drawer>
    </Layout>
  );
}
