import { PeriodicReportsPage } from './pages/periodic-reports/periodic-reports-page';
import type { ReactNode } from 'react';
import { AdminTabs } from './pages/admin/admin-tabs';
import { AuditPage } from './pages/admin/audit/audit-page';
import { CalendarPage } from './pages/admin/calendar/calendar-page';
import { DeadlinePoliciesPage } from './pages/admin/deadline-policies/deadline-policies-page';
import { PlanCalendarPage } from './pages/admin/plan-calendar/plan-calendar-page';
import { ProvinceRulesPage } from './pages/admin/province-rules/province-rules-page';
import { ReviewPage } from './pages/admin/review/review-page';
import { UsersPage } from './pages/admin/users/users-page';
import { DashboardPage } from './pages/dashboard/dashboard-page';
import { AdminOnly, OnlyFor } from './pages/forbidden-page';
import { InboxPage } from './pages/inbox/inbox-page';
import { LapseRadarPage } from './pages/lapse-radar/lapse-radar-page';
import { MailPage } from './pages/mail/mail-page';
import { NotFoundPage } from './pages/not-found-page';
import { PlansPage } from './pages/plans/plans-page';
import { SupportCapsPage } from './pages/support-caps/support-caps-page';
import { ProjectPage } from './pages/project/project-page';
import { ProjectFormPage } from './pages/project-form/project-form-page';
import { ProjectsPage } from './pages/projects/projects-page';
import { QueuePage } from './pages/queues/queue-page';
import { queueKindOf } from './pages/queues/queue-kinds';
import { matchPath } from './router/router';

function withAdminTabs(page: ReactNode): ReactNode {
  return (
    <AdminOnly>
      <AdminTabs />
      {page}
    </AdminOnly>
  );
}

/** The pages behind the login, by path. */
export function pageFor(path: string): ReactNode {
  if (path === '/' || path === '/inbox') return <InboxPage />;
  if (path === '/projects') return <ProjectsPage />;
  if (path === '/projects/new') return <ProjectFormPage key="new" />;
  const editing = matchPath('/projects/:id/edit', path);
  if (editing) return <ProjectFormPage key={`edit-${editing.id}`} id={editing.id} />;
  const project = matchPath('/projects/:id', path);
  if (project) return <ProjectPage key={project.id} id={project.id} />;
  const queue = matchPath('/queues/:name', path);
  const kind = queue && queueKindOf(queue.name);
  if (kind)
    return (
      <OnlyFor page="queues">
        <QueuePage key={kind.name} kind={kind} />
      </OnlyFor>
    );
  if (path === '/dashboard')
    return (
      <OnlyFor page="dashboard">
        <DashboardPage />
      </OnlyFor>
    );
  if (path === '/plans')
    return (
      <OnlyFor page="plans">
        <PlansPage />
      </OnlyFor>
    );
  if (path === '/support-caps')
    return (
      <OnlyFor page="supportCaps">
        <SupportCapsPage />
      </OnlyFor>
    );
  if (path === '/periodic-reports')
    return (
      <OnlyFor page="periodicReports">
        <PeriodicReportsPage />
      </OnlyFor>
    );
  if (path === '/lapse-radar')
    return (
      <OnlyFor page="lapseRadar">
        <LapseRadarPage />
      </OnlyFor>
    );
  if (path === '/mail') return <MailPage />;
  if (path === '/admin/users') return withAdminTabs(<UsersPage />);
  if (path === '/admin/deadline-policies') return withAdminTabs(<DeadlinePoliciesPage />);
  if (path === '/admin/calendar') return withAdminTabs(<CalendarPage />);
  if (path === '/admin/plan-calendar') return withAdminTabs(<PlanCalendarPage />);
  if (path === '/admin/audit') return withAdminTabs(<AuditPage />);
  if (path === '/admin/province-rules') return withAdminTabs(<ProvinceRulesPage />);
  if (path === '/reviews' || path === '/admin/review')
    return (
      <OnlyFor page="review">
        <ReviewPage />
      </OnlyFor>
    );
  return <NotFoundPage />;
}
