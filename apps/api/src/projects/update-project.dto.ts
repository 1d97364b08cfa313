import { OmitType, PartialType } from '@nestjs/swagger';
import { CreateProjectDto } from './create-project.dto';

/**
 * PATCH /api/projects/:id: the fields of the dossier that change, with the creation's rules; scope and province
 * decide the project's code and cannot change (sending them is refused as an unknown field).
 */
export class UpdateProjectDto extends PartialType(OmitType(CreateProjectDto, ['scope', 'provinceCode'] as const)) {}
