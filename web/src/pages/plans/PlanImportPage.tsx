import { Spin } from 'antd';

export default function PlanImportPage() {
  return <Spin />;
}
