/**
 * Our own `str` (src/i18n/str.ts) stands in for @lit/localize's in the published code: it must tag
 * templates exactly as @lit/localize's does, since the generated locale modules are written for
 * that tag and msg() reads what either one makes.
 */
import { expect } from '@open-wc/testing';
import { str as publicStr } from '@lit/localize';
// Only the test reads the internal module, to compare: the published code never imports it.
import { joinStringsAndValues as theirJoin } from '@lit/localize/internal/str-tag.js';
import { joinStringsAndValues, str } from '../../src/i18n/str.js';
import { inLocale, loadLocale, msg } from '../../src/i18n/msg.js';
import { templates as es } from '../../src/generated/locales/es.js';

describe('our str tag', () => {
  it('tags a template as @lit/localize does: the same strings, values and marker', () => {
    const date = new Date(0);
    const ours = str`Valid from ${'June'} to ${date}, ${3} left`;
    const theirs = publicStr`Valid from ${'June'} to ${date}, ${3} left`;
    expect(ours).to.deep.equal(theirs);
    expect(Object.isFrozen(ours.strings) && 'raw' in ours.strings, 'the template strings array itself, as a tag receives it').to.equal(true);
    expect(Object.keys(ours)).to.deep.equal(Object.keys(theirs));
  });

  it('joins strings and values as @lit/localize does, in order and in a translation’s order', () => {
    const strings = ((s: TemplateStringsArray, ..._: unknown[]) => s)`${0} then ${0} and ${0}.`;
    const values = ['a', 2, 'c'];
    expect(joinStringsAndValues(strings, values)).to.equal('a then 2 and c.');
    expect(theirJoin(strings, values)).to.equal('a then 2 and c.');
    expect(joinStringsAndValues(strings, values, [2, 0, 1])).to.equal('c then a and 2.');
    expect(theirJoin(strings, values, [2, 0, 1])).to.equal('c then a and 2.');
  });

  it('renders a generated translation with values through msg(), whichever str made the source', async () => {
    expect(es['badge.valid-range'], 'the generated module holds a str-tagged template').to.have.property('strTag', true);
    await loadLocale('es');
    const [from, to] = ['1 jun 2024', '1 jun 2025'];
    const ours = inLocale('es', () => msg(str`${from} to ${to}`, { id: 'badge.valid-range' }));
    const theirs = inLocale('es', () => msg(publicStr`${from} to ${to}`, { id: 'badge.valid-range' }));
    expect(ours).to.equal('de 1 jun 2024 a 1 jun 2025');
    expect(theirs).to.equal(ours);
    expect(inLocale('en', () => msg(str`${from} to ${to}`, { id: 'badge.valid-range' }))).to.equal('1 jun 2024 to 1 jun 2025');
  });
});
