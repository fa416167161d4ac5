// @ts-nocheck
import { readFileSync } from 'fs';
import { join } from 'path';
import { publishedSchemas } from '../../src/shared/published-schemas';

test.each(Object.entries(publishedSchemas()))('schemas/%s is up to date (npm run schemas)', (file, text) => {
  expect(readFileSync(join(__dirname, '..', '..', 'schemas', file), 'utf8')).toBe(text);
});
