// The placeholders of a message are read from its English text by the type
// checker (npm run typecheck compiles this file): a missing one is a compile
// error, and the messages still come out right at run time.
import { expect, it } from 'vitest';
import { defineMessages, typedTranslator, type PlaceholderNames } from '../../src/i18n/define.js';
import { schemasMessages } from '../../src/i18n/schemas.js';

const demo = defineMessages({
  en: { plain: 'nothing to fill', one: 'saved {file}', counted: '{file}: {count, plural, one {# change} other {# changes}}' },
  fr: { plain: 'rien', one: '{file} enregistré', counted: '{file} : {count, plural, one {# modification} other {# modifications}}' },
  es: { plain: 'nada', one: '{file} guardado', counted: '{file}: {count, plural, one {# cambio} other {# cambios}}' },
});

// Compile-time checks: each line is an error unless the types are right.
const names: PlaceholderNames<typeof demo.en.counted>[] = ['file', 'count'];
// @ts-expect-error "# change" is a plural branch, not a placeholder
const notAName: PlaceholderNames<typeof demo.en.counted> = '# change';

it('requires every placeholder of the English message and fills them', () => {
  const t = typedTranslator(demo, 'fr');
  expect(t('plain')).toBe('rien');
  expect(t('one', { file: 'a.yaml' })).toBe('a.yaml enregistré');
  expect(t('counted', { file: 'a.yaml', count: 2 })).toBe('a.yaml : 2 modifications');
  // @ts-expect-error count is missing
  expect(t('counted', { file: 'a.yaml' })).toContain('{count, plural');
  // @ts-expect-error a message with placeholders needs them
  expect(t('one')).toBe('{file} enregistré');
  const s = typedTranslator(schemasMessages, 'es');
  expect(s('wrote', { count: 1, dir: 'x' })).toBe('1 archivo de esquema escrito en x');
  expect(names).toHaveLength(2);
  expect(notAName).toBe('# change');
});
