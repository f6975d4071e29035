import { Card, Col, Descriptions, Row, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { useMe } from '../../auth/session';
import { MENU } from '../../layout/menu';

/** The landing page after login: who you are, and the work your role has here. */
export default function HomePage() {
  const me = useMe();
  const entries = MENU.filter((entry) => entry.path !== '/' && entry.visible(me));
  return (
    <>
      <Typography.Title level={4}>工作台</Typography.Title>
      <Card style={{ marginBottom: 16 }}>
        <Descriptions column={{ xs: 1, sm: 2 }} size="small">
          <Descriptions.Item label="委员会">{me.committee.name}</Descriptions.Item>
          <Descriptions.Item label="用户">{me.user.displayName}</Descriptions.Item>
          <Descriptions.Item label="角色">{me.user.roleLabels.join('、')}</Descriptions.Item>
        </Descriptions>
      </Card>
      <Row gutter={[16, 16]}>
        {entries.map((entry) => (
          <Col xs={12} sm={8} md={6} key={entry.path}>
            <Link to={entry.path}>
              <Card hoverable style={{ textAlign: 'center' }}>
                <div style={{ fontSize: 24, color: '#b71c1c' }}>{entry.icon}</div>
                <div style={{ marginTop: 8 }}>{entry.label}</div>
              </Card>
            </Link>
          </Col>
        ))}
      </Row>
    </>
  );
}
