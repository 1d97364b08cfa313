import { Module } from '@nestjs/common';
import { AdminController } from './admin.controller';

/** The admin's policy data: deadline policies and the yearly holiday table (users: UsersModule). */
@Module({ controllers: [AdminController] })
export class AdminModule {}
