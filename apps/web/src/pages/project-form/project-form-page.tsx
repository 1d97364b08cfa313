import { FormEvent, useEffect, useState } from 'react';
import { DRAFT_FIELD_RULES, DraftField, draftFieldLabel, draftProblems } from '@kc/domain/project-rules';
import { mayCreateProjects } from '@kc/domain/transitions';
import { createsOwnProjectsOnly } from '@kc/domain/capabilities/project-abilities';
import { ApiRequestError } from '../../api/http';
import type { ProjectDetail } from '../../api/types';
import { ErrorMessage } from '../../components/error-message';
import { Loading } from '../../components/loading';
import { useI18n } from '../../i18n/i18n';
import { Link, navigate } from '../../router/router';
import { useApi, useSession } from '../../session/session';
import { ProjectFormFields } from './project-form-fields';
import {
  FieldErrors,
  ProjectFormValues,
  changesOf,
  draftOf,
  emptyValues,
  inputOf,
  serverFieldErrors,
  valuesOf,
} from './project-form-values';

/** /projects/new and /projects/:id/edit: the dossier of a draft, with the rules beside each field. */
export function ProjectFormPage({ id }: { id?: string }) {
  const api = useApi();
  const { user } = useSession();
  const { t, lang, pick } = useI18n();
  const [project, setProject] = useState<ProjectDetail | null>(null);
  const [values, setValues] = useState<ProjectFormValues | null>(id || !user ? null : emptyValues(user));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [checked, setChecked] = useState(false);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);
  const [notice, setNotice] = useState<string | null>(null);

  useEffect(() => {
    if (!id) return;
    api.project(id).then(
      (loaded) => {
        setProject(loaded);
        setValues(valuesOf(loaded));
      },
      (err: unknown) => setFailure(err),
    );
  }, [api, id]);

  const check = (next: ProjectFormValues): FieldErrors => {
    const found: FieldErrors = {};
    for (const problem of draftProblems(draftOf(next))) found[problem.field] = pick(problem);
    return found;
  };
  const change = (next: ProjectFormValues) => {
    setValues(next);
    setNotice(null);
    // After the first attempt to save, each field's error follows what is typed.
    if (checked) setErrors(check(next));
  };

  const save = async (event: FormEvent) => {
    event.preventDefault();
    if (!values || busy) return;
    setChecked(true);
    setFailure(null);
    const found = check(values);
    setErrors(found);
    if (Object.keys(found).length > 0) {
      focusFirstError(found);
      return;
    }
    const changes = project ? changesOf(project, values) : null;
    if (changes && Object.keys(changes).length === 0) {
      setNotice(t('projectForm.noChange'));
      return;
    }
    setBusy(true);
    try {
      const saved = project ? await api.editProject(project.id, changes!) : await api.createProject(inputOf(values));
      navigate(`/projects/${saved.id}?done=${project ? 'saved' : 'created'}`);
    } catch (err) {
      const fromServer = err instanceof ApiRequestError && err.status === 400 ? serverFieldErrors(err.body, lang) : {};
      setErrors(fromServer);
      setFailure(err);
      focusFirstError(fromServer);
    } finally {
      setBusy(false);
    }
  };

  if (!user) return null;
  if (!id && !mayCreateProjects(user)) {
    return (
      <main className="page">
        <h1>{t('projectForm.newTitle')}</h1>
        <p className="alert alert-error">{t('projectForm.notAllowed')}</p>
      </main>
    );
  }
  if (!values) {
    return <main className="page">{failure ? <ErrorMessage error={failure} /> : <Loading />}</main>;
  }
  if (project && !project.mayEditDraft) {
    return (
      <main className="page">
        <h1>{t('projectForm.editTitle', { code: project.code })}</h1>
        <p className="alert alert-error">{t('projectForm.notEditable')}</p>
        <Link to={`/projects/${project.id}`}>{t('project.back')}</Link>
      </main>
    );
  }
  const hasErrors = Object.keys(errors).length > 0;
  return (
    <main className="page">
      <div className="page-head">
        <Link to={project ? `/projects/${project.id}` : '/projects'} className="back-link">
          {t('project.back')}
        </Link>
        <h1>{project ? t('projectForm.editTitle', { code: project.code }) : t('projectForm.newTitle')}</h1>
        <p className="muted">{t('projectForm.intro')}</p>
      </div>
      <form className="project-form" onSubmit={(event) => void save(event)} noValidate>
        {hasErrors && (
          <div className="alert alert-error" role="alert">
            <strong className="alert-title">{t('projectForm.fixErrors')}</strong>
            <ul>
              {(Object.keys(errors) as DraftField[]).map((field) => (
                <li key={field}>{errors[field]}</li>
              ))}
            </ul>
          </div>
        )}
        {!hasErrors && <ErrorMessage error={failure} title={t('action.refusedTitle')} />}
        {notice && (
          <p className="alert" role="status">
            {notice}
          </p>
        )}
        <ProjectFormFields
          values={values}
          errors={errors}
          editing={!!project}
          unitEmailFixed={createsOwnProjectsOnly(user)}
          onChange={change}
          label={(field) => pick(draftFieldLabel(field))}
          rule={(field) => pick(DRAFT_FIELD_RULES[field])}
        />
        <div className="form-buttons">
          <Link to={project ? `/projects/${project.id}` : '/projects'} className="button">
            {t('common.cancel')}
          </Link>
          <button type="submit" className="button button-primary" disabled={busy}>
            {busy ? t('projectForm.saving') : project ? t('projectForm.saveEdit') : t('projectForm.save')}
          </button>
        </div>
      </form>
    </main>
  );
}

function focusFirstError(errors: FieldErrors): void {
  const first = Object.keys(errors)[0];
  if (!first) return;
  const input = document.querySelector<HTMLElement>(`[data-field="${first}"], [name="${first}"]`);
  input?.focus();
}
