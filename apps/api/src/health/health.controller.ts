import { Controller, Get, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import { Public } from '../auth/public.decorator';
import { TemporalProbe } from '../infrastructure/temporal-probe';

type ComponentHealth = { status: 'up' } | { status: 'down'; error: string };

const CHECK_TIMEOUT_MS = 3000;

function withTimeout<T>(promise: Promise<T>): Promise<T> {
  return Promise.race([
    promise,
    new Promise<T>((_, reject) =>
      setTimeout(() => reject(new Error(`no answer within ${CHECK_TIMEOUT_MS} ms`)), CHECK_TIMEOUT_MS).unref(),
    ),
  ]);
}

async function probe(check: () => Promise<unknown>): Promise<ComponentHealth> {
  try {
    await withTimeout(check());
    return { status: 'up' };
  } catch (err) {
    return { status: 'down', error: err instanceof Error ? err.message : String(err) };
  }
}

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(
    private readonly dataSource: DataSource,
    private readonly temporalProbe: TemporalProbe,
  ) {}

  @Public()
  @Get()
  @ApiOperation({
    summary: 'Tình trạng hệ thống / 200 when PostgreSQL and Temporal answer, 503 naming the one that does not',
  })
  async health(@Res() res: Response): Promise<void> {
    const [postgres, temporal] = await Promise.all([
      probe(() => this.dataSource.query('SELECT 1')),
      probe(() => this.temporalProbe.check(CHECK_TIMEOUT_MS - 1000)),
    ]);
    const down = [
      postgres.status === 'down' ? 'PostgreSQL' : null,
      temporal.status === 'down' ? 'Temporal' : null,
    ].filter(Boolean);
    const body = {
      status: down.length ? 'down' : 'up',
      message: down.length
        ? `Không kết nối được: ${down.join(', ')} / unreachable: ${down.join(', ')}`
        : 'Hệ thống hoạt động bình thường / all components are up',
      components: { postgres, temporal },
    };
    res.status(down.length ? 503 : 200).json(body);
  }
}
