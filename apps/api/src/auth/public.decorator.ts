import { SetMetadata } from '@nestjs/common';

export const IS_PUBLIC = 'kc:isPublic';
/** Marks a route that needs no token (login, health). */
export const Public = () => SetMetadata(IS_PUBLIC, true);
