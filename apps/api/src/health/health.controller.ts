import { Controller, Get, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Public } from '../auth/public.decorator';
import { ComponentChecks } from './component-checks';

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(private readonly checks: ComponentChecks) {}

  @Public()
  @Get()
  @ApiOperation({
    summary:
      'Tình trạng hệ thống / 200 when PostgreSQL, Temporal and the mail relay answer, 503 naming the ones that do not',
  })
  async health(@Res() res: Response): Promise<void> {
    const { components, down } = await this.checks.run();
    const body = {
      status: down.length ? 'down' : 'up',
      message: down.length
        ? `Không kết nối được: ${down.join(', ')} / unreachable: ${down.join(', ')}`
        : 'Hệ thống hoạt động bình thường / all components are up',
      components,
    };
    res.status(down.length ? 503 : 200).json(body);
  }
}
