import { Module } from '@nestjs/common';
import { OrganisationsAdminController, OrganisationsController } from './organisations.controller';
import { OrganisationsService } from './organisations.service';

/** Organisations and the provinces' regulation on who approves local projects. */
@Module({
  controllers: [OrganisationsController, OrganisationsAdminController],
  providers: [OrganisationsService],
})
export class OrganisationsModule {}
