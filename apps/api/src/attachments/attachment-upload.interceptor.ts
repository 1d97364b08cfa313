import { CallHandler, ExecutionContext, Inject, Injectable, NestInterceptor } from '@nestjs/common';
import type { Request, Response } from 'express';
import multer, { MulterError } from 'multer';
import { Observable, from, switchMap } from 'rxjs';
import type { AttachmentConfig } from '@kc/config';
import { AttachmentErrors } from './attachment-errors';
import { ATTACHMENT_CONFIG } from './attachment.tokens';

/**
 * Reads the multipart body (one file in `file`, a few short text fields) into memory, up to ATTACHMENT_MAX_BYTES:
 * a larger file stops the read and answers 413 with the limit in MB; a malformed form answers 400. A body that is not
 * multipart passes through (the handler then says the file is missing).
 */
@Injectable()
export class AttachmentUploadInterceptor implements NestInterceptor {
  private readonly upload: ReturnType<ReturnType<typeof multer>['single']>;

  constructor(@Inject(ATTACHMENT_CONFIG) private readonly config: AttachmentConfig) {
    this.upload = multer({
      storage: multer.memoryStorage(),
      limits: { fileSize: config.maxBytes, files: 1, fields: 8, fieldSize: 4096, parts: 9 },
    }).single('file');
  }

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const http = context.switchToHttp();
    const req = http.getRequest<Request>();
    const res = http.getResponse<Response>();
    const read = new Promise<void>((resolve, reject) => {
      this.upload(req, res, (err: unknown) => (err ? reject(this.refusal(err)) : resolve()));
    });
    return from(read).pipe(switchMap(() => next.handle()));
  }

  private refusal(err: unknown) {
    if (err instanceof MulterError) {
      if (err.code === 'LIMIT_FILE_SIZE') return AttachmentErrors.tooLarge(this.config.maxBytes);
      if (err.code === 'LIMIT_UNEXPECTED_FILE') return AttachmentErrors.badPart(`"${err.field ?? ''}"`);
      return AttachmentErrors.badPart(err.code);
    }
    return AttachmentErrors.badPart(err instanceof Error ? err.message : String(err));
  }
}
