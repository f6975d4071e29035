import { lazy } from 'react';
import { createBrowserRouter } from 'react-router-dom';
import { AppLayout } from './layout/AppLayout';
import { NotFoundPage } from './pages/NotFoundPage';

// Route-level code splitting: each page is its own chunk, loaded on first visit.
const LoginPage = lazy(() => import('./pages/login/LoginPage'));
const HomePage = lazy(() => import('./pages/home/HomePage'));
const MembersPage = lazy(() => import('./pages/members/MembersPage'));
const MemberDetailPage = lazy(() => import('./pages/members/MemberDetailPage'));
const MemberImportPage = lazy(() => import('./pages/members/MemberImportPage'));
const MyRecordPage = lazy(() => import('./pages/members/MyRecordPage'));
const PlansPage = lazy(() => import('./pages/plans/PlansPage'));
const PlanImportPage = lazy(() => import('./pages/plans/PlanImportPage'));
const PlanDetailPage = lazy(() => import('./pages/plans/PlanDetailPage'));
const UnitsPage = lazy(() => import('./pages/units/UnitsPage'));
const OrganisationPage = lazy(() => import('./pages/organisation/OrganisationPage'));
const UsersPage = lazy(() => import('./pages/users/UsersPage'));
const SecuritySettingsPage = lazy(() => import('./pages/security/SecuritySettingsPage'));
const AuditPage = lazy(() => import('./pages/audit/AuditPage'));
const ChangePasswordPage = lazy(() => import('./pages/account/ChangePasswordPage'));

export const router = createBrowserRouter([
  { path: '/login', element: <LoginPage /> },
  {
    path: '/',
    element: <AppLayout />,
    children: [
      { index: true, element: <HomePage /> },
      { path: 'members', element: <MembersPage /> },
      { path: 'members/import', element: <MemberImportPage /> },
      { path: 'members/:id', element: <MemberDetailPage /> },
      { path: 'my-record', element: <MyRecordPage /> },
      { path: 'plans', element: <PlansPage /> },
      { path: 'plans/import', element: <PlanImportPage /> },
      { path: 'plans/:id', element: <PlanDetailPage /> },
      { path: 'units', element: <UnitsPage /> },
      { path: 'organisation', element: <OrganisationPage /> },
      { path: 'users', element: <UsersPage /> },
      { path: 'security', element: <SecuritySettingsPage /> },
      { path: 'audit', element: <AuditPage /> },
      { path: 'account/password', element: <ChangePasswordPage /> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);
