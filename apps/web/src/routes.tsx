import type { ReactNode } from 'react';
import { DashboardPage } from './pages/dashboard/dashboard-page';
import { MailPage } from './pages/mail/mail-page';
import { NotFoundPage } from './pages/not-found-page';
import { ProjectPage } from './pages/project/project-page';
import { ProjectFormPage } from './pages/project-form/project-form-page';
import { ProjectsPage } from './pages/projects/projects-page';
import { QueuePage } from './pages/queues/queue-page';
import { queueKindOf } from './pages/queues/queue-kinds';
import { matchPath } from './router/router';

/** The pages behind the login, by path. */
export function pageFor(path: string): ReactNode {
  if (path === '/' || path === '/projects') return <ProjectsPage />;
  if (path === '/projects/new') return <ProjectFormPage key="new" />;
  const editing = matchPath('/projects/:id/edit', path);
  if (editing) return <ProjectFormPage key={`edit-${editing.id}`} id={editing.id} />;
  const project = matchPath('/projects/:id', path);
  if (project) return <ProjectPage key={project.id} id={project.id} />;
  const queue = matchPath('/queues/:name', path);
  const kind = queue && queueKindOf(queue.name);
  if (kind) return <QueuePage key={kind.name} kind={kind} />;
  if (path === '/dashboard') return <DashboardPage />;
  if (path === '/mail') return <MailPage />;
  return <NotFoundPage />;
}
