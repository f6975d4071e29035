import { Spin } from 'antd';

export default function PlanDetailPage() {
  return <Spin />;
}
