import { Module } from '@nestjs/common';
import { ReferenceController } from './reference.controller';

/** Code lists the forms and filters need: provinces, categories, states, actions, roles. */
@Module({ controllers: [ReferenceController] })
export class ReferenceModule {}
