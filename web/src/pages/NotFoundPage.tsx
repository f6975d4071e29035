import { Button, Result } from 'antd';
import { Link } from 'react-router-dom';

export function NotFoundPage() {
  return <Result status="404" title="页面不存在" extra={<Link to="/"><Button type="primary">返回工作台</Button></Link>} />;
}

/** Shown when the server refuses a page's data with 403. */
export function ForbiddenResult() {
  return <Result status="403" title="没有权限" subTitle="您的角色不能访问此功能" extra={<Link to="/"><Button type="primary">返回工作台</Button></Link>} />;
}
