import { useI18n } from '../../i18n/i18n';

/**
 * No scripts and no same-origin access inside the frame; a link may navigate the whole window on a click,
 * so a mail's link to /projects/:id opens in the app (the same rule as the catcher's page in libs/devstack).
 */
const SANDBOX = 'allow-popups allow-popups-to-escape-sandbox allow-top-navigation-by-user-activation';

/** A caught message's HTML part in a sandboxed frame, its text part as the fallback (and folded beneath). */
export function MailBody({ text, html, subject }: { text: string; html: string | null; subject: string }) {
  const { t } = useI18n();
  if (!html) return <pre className="mail-text">{text}</pre>;
  return (
    <>
      <iframe
        className="mail-html"
        sandbox={SANDBOX}
        referrerPolicy="no-referrer"
        title={t('mail.htmlTitle', { subject })}
        srcDoc={`<base target="_top">${html}`}
      />
      <details className="mail-text-fallback">
        <summary>{t('mail.textPart')}</summary>
        <pre className="mail-text">{text}</pre>
      </details>
    </>
  );
}
