import { Module } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { InboxQueries } from '@kc/persistence';
import { QueuesModule } from '../queues/queues.module';
import { InboxController } from './inbox.controller';
import { InboxService } from './inbox.service';

/** "Việc cần xử lý": each user's inbox (GET /api/inbox, /api/inbox/counts). */
@Module({
  imports: [QueuesModule],
  controllers: [InboxController],
  providers: [
    InboxService,
    { provide: InboxQueries, inject: [DataSource], useFactory: (ds: DataSource) => new InboxQueries(ds) },
  ],
})
export class InboxModule {}
