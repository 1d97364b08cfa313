import { DynamicModule, Inject, Module, OnApplicationShutdown } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { AttachmentConfig } from '@kc/config';
import { AttachmentStore, Attachments, S3AttachmentStore, createAttachmentStore } from '@kc/persistence';
import { AttachmentUploadInterceptor } from './attachment-upload.interceptor';
import { ATTACHMENT_CONFIG, ATTACHMENT_STORE } from './attachment.tokens';
import { AttachmentsController, ProjectAttachmentsController } from './attachments.controller';
import { AttachmentsService } from './attachments.service';

/** Attachments on projects (hồ sơ đính kèm): the routes, the table and the store the settings name. */
@Module({})
export class AttachmentsModule implements OnApplicationShutdown {
  constructor(@Inject(ATTACHMENT_STORE) private readonly store: AttachmentStore) {}

  static forRoot(config: AttachmentConfig): DynamicModule {
    return {
      module: AttachmentsModule,
      controllers: [ProjectAttachmentsController, AttachmentsController],
      providers: [
        { provide: ATTACHMENT_CONFIG, useValue: config },
        { provide: ATTACHMENT_STORE, useFactory: () => createAttachmentStore(config.store) },
        { provide: Attachments, inject: [DataSource], useFactory: (ds: DataSource) => new Attachments(ds) },
        AttachmentUploadInterceptor,
        AttachmentsService,
      ],
    };
  }

  onApplicationShutdown(): void {
    if (this.store instanceof S3AttachmentStore) this.store.destroy();
  }
}
