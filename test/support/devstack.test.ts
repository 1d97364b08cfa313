import { Connection } from '@temporalio/client';
import { createTransport } from 'nodemailer';
import { Client } from 'pg';
import { readCaughtMessages } from '@kc/devstack';
import { eventually } from './eventually';

describe('the integration test stack', () => {
  it('has a Temporal namespace that answers', async () => {
    const connection = await Connection.connect({ address: process.env.TEMPORAL_ADDRESS });
    try {
      const answer = await connection.workflowService.describeNamespace({ namespace: process.env.TEMPORAL_NAMESPACE });
      expect(answer.namespaceInfo?.name).toBe(process.env.TEMPORAL_NAMESPACE);
    } finally {
      await connection.close();
    }
  });

  it('has a migrated PostgreSQL database of its own', async () => {
    const client = new Client({ connectionString: process.env.DATABASE_URL });
    await client.connect();
    try {
      expect((await client.query('SELECT 1 AS one')).rows).toEqual([{ one: 1 }]);
      expect((await client.query('SELECT current_database() AS name')).rows[0].name).toMatch(/^kc_test/);
      const provinces = await client.query('SELECT count(*)::int AS n FROM provinces');
      expect(provinces.rows[0].n).toBeGreaterThan(0);
    } finally {
      await client.end();
    }
  });

  it('catches mail sent over SMTP, Vietnamese intact', async () => {
    const subject = `Nhắc hạn báo cáo tiến độ / report due ${Date.now()}`;
    const transport = createTransport({ url: process.env.SMTP_URL });
    try {
      await transport.sendMail({
        from: 'Trung tâm Khuyến công <noreply@khuyencong.local>',
        to: 'don.vi@example.vn',
        bcc: 'giam.sat@example.vn',
        subject,
        text: 'Đề án KCĐP-2026-HN-001 đến hạn nộp báo cáo.',
      });
    } finally {
      transport.close();
    }
    const caught = await eventually(async () => {
      const found = (await readCaughtMessages(process.env.KC_TEST_MAIL_DIR!)).find((m) => m.subject === subject);
      if (!found) throw new Error(`no message "${subject}" yet`);
      return found;
    });
    expect(caught.to).toEqual(['don.vi@example.vn', 'giam.sat@example.vn']);
    expect(caught.text).toContain('Đề án KCĐP-2026-HN-001');
  });
});
