import { DataSource } from 'typeorm';
import {
  CalendarMilestone,
  CalendarReminder,
  PROVINCES,
  PlanCalendarActivities,
  ProjectState,
  WorkingCalendar,
  annualCalendar,
  calendarYearsOf,
  deadlinePolicyMilestones,
  deskOfficers,
  mergeMilestoneOverrides,
  findProvince,
  planCalendarRecipients,
  provinceTitle,
} from '@kc/domain';
import { nonWorkingDaysOfYears } from '@kc/calendar';
import {
  CalendarOverrides,
  CalendarPolicies,
  DeadlinePolicies,
  LateProject,
  NotificationLog,
  PlanCalendarQueries,
  RecipientDirectory,
} from '@kc/persistence';
import { CalendarReminderKind, Mailer, calendarReminderMail } from '@kc/notifications';
import { Person, cucOn, localDay, officeOf } from './notices/mail-addressing';
import { peopleAt } from './notices/recipients';
import { sendOnce } from './notices/send-once';

/** Whose part is late at each milestone, from the projects read model: the states that count as "not done". */
const LATE_STATES: Partial<Record<CalendarMilestone, readonly ProjectState[]>> = {
  DOSSIERS_TO_DEPARTMENT: ['DRAFT', 'RETURNED'],
  PLAN_APPROVAL: ['REGISTERED', 'MINISTRY_APPRAISAL'],
  COMPLETION_CHECKPOINT: ['CONTRACTED', 'IN_PROGRESS', 'SUSPENDED', 'COMPLETED_WORK'],
  FISCAL_YEAR_END: ['CONTRACTED', 'IN_PROGRESS', 'SUSPENDED', 'COMPLETED_WORK'],
  SETTLEMENT_CUTOFF: ['ACCEPTED'],
};

/** The stable key of one reminder to one recipient: calendar:<year>:<province>:<milestone>:<recipient>. */
export function calendarNoticeKey(year: number, area: string, milestone: CalendarMilestone, recipient: string): string {
  return `calendar:${year}:${area}:${milestone}:${recipient}`;
}

/** The plan calendar's two steps: computing the dates (pure domain plus stored data) and reminding the late, once. */
export function createPlanCalendarActivities(
  dataSource: DataSource,
  mailer: Mailer,
  publicUrl: string,
): PlanCalendarActivities {
  const queries = new PlanCalendarQueries(dataSource);
  const overrides = new CalendarOverrides(dataSource);
  const calendarPolicies = new CalendarPolicies(dataSource);
  const deadlinePolicies = new DeadlinePolicies(dataSource);
  const log = new NotificationLog(dataSource);
  const directory = new RecipientDirectory(dataSource);

  const mail = async (
    kind: CalendarReminderKind,
    year: number,
    key: string,
    projectId: string | null,
    to: Person[],
    cc: Person[],
    context: Omit<Parameters<typeof calendarReminderMail>[1], 'year' | 'link'>,
  ): Promise<number> => {
    const rendered = calendarReminderMail(kind, { ...context, year, link: `${publicUrl}/projects` });
    const toEmails = to.map((p) => p.email);
    const ccEmails = cc.map((p) => p.email).filter((e) => !toEmails.includes(e));
    const outcome = await sendOnce(
      log,
      mailer,
      {
        idempotencyKey: key,
        projectId,
        kind: 'CALENDAR',
        periodKey: String(year),
        stalledState: null,
        repetition: 1,
        recipients: [...toEmails, ...ccEmails],
        subject: rendered.subject,
      },
      { to: toEmails, cc: ccEmails },
      rendered,
    );
    return outcome.status === 'SENT' ? 1 : 0;
  };

  /** One mail per unit, its late projects listed, the Department's desk officers copied. */
  const remindUnits = async (
    kind: CalendarReminderKind,
    year: number,
    provinceCode: string,
    late: LateProject[],
    dueLocal: string,
    cuc: { vi: string; en: string },
  ): Promise<number> => {
    let sent = 0;
    const officers = await peopleAt(directory, deskOfficers(), provinceCode);
    const units = [...new Set(late.map((p) => p.unitEmail))];
    for (const unitEmail of units) {
      const own = late.filter((p) => p.unitEmail === unitEmail);
      const unit = { email: unitEmail, fullName: own[0].unitName };
      sent += await mail(
        kind,
        year,
        calendarNoticeKey(year, provinceCode, kind, unitEmail),
        own.length === 1 ? own[0].id : null,
        [unit],
        officers,
        {
          addressee: { vi: unit.fullName, en: unit.fullName },
          area: provinceTitle(provinceCode),
          dueLocal,
          projects: own.map((p) => ({ code: p.code, title: p.title })),
          cuc,
        },
      );
    }
    return sent;
  };

  return {
    async loadPlanCalendar(input) {
      const years = calendarYearsOf(input.year);
      const working = new WorkingCalendar(nonWorkingDaysOfYears(years, await overrides.forYears(years)));
      const policies = await calendarPolicies.overrides(input.level);
      const codes = input.provinceCodes ?? PROVINCES.map((p) => p.code);
      const reminders = new Map<string, CalendarReminder>();
      for (const code of codes) {
        // The deadline policy's days first (the stall clock's), then the calendar's own overrides, level then province,
        // field by field (a province that moves only the day keeps the level's reminder lead).
        const { policy } = await deadlinePolicies.resolve(input.level, code);
        const own = mergeMilestoneOverrides(
          deadlinePolicyMilestones(input.year, policy.stall),
          policies.get(''),
          policies.get(code),
        );
        const entries = annualCalendar(input.year, input.level, working, own);
        entries.forEach((entry, index) => {
          if (entry.remindAt === null) return;
          let { remindAt, dueAt } = entry;
          if (input.compressed) {
            const { startAt, stepSeconds, remindSecondsBefore } = input.compressed;
            const due = Date.parse(startAt) + (index + 1) * stepSeconds * 1000;
            dueAt = new Date(due).toISOString();
            remindAt = new Date(due - remindSecondsBefore * 1000).toISOString();
          }
          const id = `${remindAt}|${entry.milestone}|${entry.dueDay}`;
          const found = reminders.get(id);
          if (found) found.provinceCodes.push(code);
          else
            reminders.set(id, {
              milestone: entry.milestone,
              remindAt,
              dueAt,
              dueDay: entry.dueDay,
              provinceCodes: [code],
            });
        });
      }
      return [...reminders.values()].sort(
        (a, b) => a.remindAt.localeCompare(b.remindAt) || a.milestone.localeCompare(b.milestone),
      );
    },

    async sendCalendarReminders({ year, level, milestone, dueDay, provinceCodes }) {
      const dueLocal = localDay(dueDay);
      const cuc = cucOn(dueDay);
      let sent = 0;
      if (milestone === 'REGISTRATION_TO_CUC') {
        if (level !== 'NATIONAL') return 0;
        // A Department that has registered nothing for year N: no national project of its province REGISTERED or later.
        for (const code of provinceCodes) {
          if (await queries.hasRegistered(year, code)) continue;
          const department = await peopleAt(directory, planCalendarRecipients('DEPARTMENT'), code);
          sent += await mail(
            milestone,
            year,
            calendarNoticeKey(year, code, milestone, 'DEPARTMENT'),
            null,
            department,
            [],
            {
              addressee: officeOf(code),
              area: provinceTitle(code),
              dueLocal,
              projects: [],
              cuc,
            },
          );
        }
        return sent;
      }
      const states = LATE_STATES[milestone];
      if (!states) return 0;
      if (milestone === 'PLAN_APPROVAL') {
        if (level !== 'NATIONAL') return 0;
        // The Cục approves every province's projects: one list, one mail.
        const late = (await queries.projectsIn(year, level, null, states)).filter((p) =>
          provinceCodes.includes(p.provinceCode),
        );
        if (late.length === 0) return 0;
        const to = await peopleAt(directory, planCalendarRecipients('CUC'), '');
        return mail(milestone, year, calendarNoticeKey(year, 'ALL', milestone, 'CUC'), null, to, [], {
          addressee: cuc,
          area: 'Toàn quốc',
          dueLocal,
          projects: late.map((p) => ({
            code: p.code,
            title: p.title,
            provinceName: findProvince(p.provinceCode)?.name,
          })),
          cuc,
        });
      }
      for (const code of provinceCodes) {
        const late = await queries.projectsIn(year, level, code, states);
        if (late.length) sent += await remindUnits(milestone as CalendarReminderKind, year, code, late, dueLocal, cuc);
      }
      return sent;
    },
  };
}
