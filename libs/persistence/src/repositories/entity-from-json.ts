import type { DataSource, EntityMetadata } from 'typeorm';

/**
 * Entities from rows PostgreSQL gave as JSON (`row_to_json`), each column converted as TypeORM converts it when it
 * hydrates a row it read itself, so a reader that builds its answer in SQL hands out the same entities as a
 * repository's find.
 */
export class EntityFromJson<T> {
  private readonly metadata: EntityMetadata;

  constructor(
    private readonly dataSource: DataSource,
    entity: new () => T,
  ) {
    this.metadata = dataSource.getMetadata(entity);
  }

  from(json: Record<string, unknown>): T {
    const entity = this.metadata.create() as Record<string, unknown>;
    for (const column of this.metadata.columns) {
      // A column the entity does not select by default (the folded search text) is not on a found entity either.
      if (!column.isSelect) continue;
      let value = json[column.databaseName];
      // What pg's own type parsers do before TypeORM sees a row: a bigint as a string (the entity or its transformer
      // expects one; JSON gives a number), a timestamp as a Date (JSON gives text).
      if (column.type === 'bigint' && typeof value === 'number') value = String(value);
      if (isTimestamp(column.type) && typeof value === 'string') value = new Date(value);
      entity[column.propertyName] = this.dataSource.driver.prepareHydratedValue(value, column);
    }
    return entity as T;
  }
}

function isTimestamp(type: unknown): boolean {
  return type === Date || (typeof type === 'string' && type.startsWith('timestamp'));
}
