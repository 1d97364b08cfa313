import { Module } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { UserAccounts } from '@kc/persistence';
import { UsersController } from './users.controller';
import { UsersService } from './users.service';

/** The admin's user and role pages. */
@Module({
  controllers: [UsersController],
  providers: [
    UsersService,
    {
      provide: UserAccounts,
      inject: [DataSource],
      useFactory: (dataSource: DataSource) => new UserAccounts(dataSource),
    },
  ],
})
export class UsersModule {}
