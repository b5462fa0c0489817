import { describe, expect, it } from 'vitest';
import { groupByKind, toCsv, toMarkdown } from '../../lib/format/export';

const mentions = [
  { kind: 'amount', text: '€ 5.000', key: '5000', status: 'known' },
  { kind: 'kamerstuk', text: 'Kamerstuk 19 637,\nnr. 3435', key: '19637-3435', status: 'known' },
  { kind: 'motion', text: 'motie Eerdmans', key: 'motie:eerdmans', status: 'unknown' },
  { kind: 'kamerstuk', text: 'Kamerstuk 19 637, nr. 3435', key: '19637-3435', status: 'known' },
  { kind: 'kamerstuk', text: '=HYPERLINK("x")', key: '1-1', status: 'error' },
];

describe('export of a page\'s mentions', () => {
  it('groups by kind, in a fixed order, each mention once', () => {
    const groups = groupByKind(mentions);
    expect(groups.map((g) => g.heading)).toEqual(['Kamerstukken', 'Moties', 'Bedragen']);
    expect(groups[0]!.items).toHaveLength(2);
  });

  it('writes a Markdown checklist', () => {
    const md = toMarkdown(mentions, { url: 'https://nos.nl/artikel/1', date: '3 oktober 2025' });
    expect(md).toContain('# Kamerwijzer: vermeldingen op https://nos.nl/artikel/1');
    expect(md).toContain('## Kamerstukken\n\n- [ ] Kamerstuk 19 637, nr. 3435 (19637-3435): in de gegevens');
    expect(md).toContain('- [ ] motie Eerdmans (motie:eerdmans): niet in de gebundelde gegevens');
    expect(toMarkdown([], { url: 'x' })).toContain('Geen vermeldingen gevonden.');
  });

  it('writes CSV that a spreadsheet opens safely', () => {
    const csv = toCsv(mentions);
    expect(csv.split('\r\n')[0]).toBe('"soort","tekst","sleutel","status"');
    expect(csv).toContain('"kamerstuk","Kamerstuk 19 637, nr. 3435","19637-3435","in de gegevens"');
    expect(csv).toContain(`"'=HYPERLINK(""x"")"`);
  });
});
