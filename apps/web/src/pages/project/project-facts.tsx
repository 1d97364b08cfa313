import type { ProjectDetail } from '../../api/types';
import { Section } from '../../components/section';
import { formatDay, formatVnd } from '../../format/format';
import { useI18n } from '../../i18n/i18n';

export function ProjectFacts({ project }: { project: ProjectDetail }) {
  const { t, pick, locale } = useI18n();
  const documentRef = (no: string, date: string) => t('project.documentRef', { no, date: formatDay(date, locale) });
  const rows: Array<[string, string]> = [
    [t('project.code'), project.code],
    [t('project.province'), project.provinceName],
    [t('project.category'), pick(project.categoryName)],
    [t('project.scope'), t(`scope.${project.scope}`)],
    [t('projects.unit'), `${project.implementingUnit.name} (${project.implementingUnit.email})`],
    [t('projects.beneficiary'), project.beneficiary],
    ...(project.site ? [[t('adjust.field.siteFact'), project.site] as [string, string]] : []),
    ...(project.partner ? [[t('adjust.field.partnerFact'), project.partner] as [string, string]] : []),
    [
      t('projects.period'),
      t('projects.periodRange', {
        from: formatDay(project.plannedStart, locale),
        to: formatDay(project.plannedEnd, locale),
      }),
    ],
    [t('project.totalCost'), formatVnd(project.totalCostVnd)],
    [t('projects.requested'), formatVnd(project.requestedSupportVnd)],
    ...(project.unitOverheadVnd !== null
      ? [[t('project.unitOverhead'), formatVnd(project.unitOverheadVnd)] as [string, string]]
      : []),
    [
      t('project.contract'),
      project.contract ? documentRef(project.contract.contractNo, project.contract.contractDate) : t('common.none'),
    ],
    [
      t('project.acceptance'),
      project.acceptance ? documentRef(project.acceptance.minutesNo, project.acceptance.minutesDate) : t('common.none'),
    ],
    [t('project.created'), project.createdAtLocal],
    ...(project.termsVersion > 1
      ? [[t('adjust.termsInForce'), t('adjust.version', { version: project.termsVersion })] as [string, string]]
      : []),
  ];
  return (
    <Section title={t('project.facts')}>
      <dl className="facts facts-wide">
        {rows.map(([term, value]) => (
          <div key={term}>
            <dt>{term}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
    </Section>
  );
}
