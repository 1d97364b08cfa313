import { DataSource } from 'typeorm';

/** Direct reads of the read model, to check what the activities wrote. */
export async function readProject(ds: DataSource, id: string) {
  const rows = await ds.query(`SELECT state, last_seq, advances_vnd, final_payments_vnd FROM projects WHERE id = $1`, [
    id,
  ]);
  return rows[0] as { state: string; last_seq: number; advances_vnd: string; final_payments_vnd: string } | undefined;
}

export async function transitionSeqs(ds: DataSource, id: string): Promise<number[]> {
  const rows: Array<{ seq: number }> = await ds.query(
    `SELECT seq FROM project_transitions WHERE project_id = $1 ORDER BY seq`,
    [id],
  );
  return rows.map((r) => r.seq);
}

export async function disbursementAmounts(ds: DataSource, id: string): Promise<number[]> {
  const rows: Array<{ amount_vnd: string }> = await ds.query(
    `SELECT amount_vnd FROM disbursements WHERE project_id = $1 ORDER BY seq`,
    [id],
  );
  return rows.map((r) => Number(r.amount_vnd));
}
