import { describe, expect, it } from 'vitest';
import { dotEndsNoSentence, firstSentenceEnd, sentenceStart } from '../../lib/detect/sentence';

describe('sentence ends', () => {
  it('ends a sentence at a full stop before a capital, after a footnote marker too', () => {
    const text = 'De Kamer nam de motie aan. Het kabinet voert haar uit.';
    expect(firstSentenceEnd(text, 0, text.length)).toBe(text.indexOf('.'));
    const noted = 'zoals gevraagd in de motie-Van der Plas.3 De minister schrijft';
    expect(firstSentenceEnd(noted, 0, noted.length)).toBe(noted.indexOf('.3'));
    // A quotation's end (a sector's press release, 2025): the next sentence starts after the quote.
    const quoted = '"We moeten een aanpak ontwikkelen.” Tweede Kamerlid Chakor diende een motie in.';
    expect(firstSentenceEnd(quoted, 0, quoted.length)).toBe(quoted.indexOf('.”'));
    expect(sentenceStart(quoted, 0, quoted.indexOf(' diende'))).toBe(quoted.indexOf('Tweede'));
  });

  it('does not end a sentence at an abbreviation or at an article number before its name', () => {
    expect(dotEndsNoSentence('verdrag (Trb. 2007, 169)', 'verdrag (Trb'.length)).toBe(true);
    const article = 'op begrotingsartikel 31. Politie wordt bezuinigd. Daarna';
    expect(firstSentenceEnd(article, 0, article.length)).toBe(article.indexOf('bezuinigd.') + 'bezuinigd'.length);
    const lower = 'de Kaderwet EZK- en LNV-subsidies 20..) (36588).';
    expect(firstSentenceEnd(lower, 0, lower.indexOf('(36588)'))).toBe(-1);
  });

  it('finds where the sentence around a place starts, the capital after the end included', () => {
    const text = 'Het kabinet antwoordde. De motie-Eerdmans vraagt';
    const at = text.indexOf('De motie');
    expect(sentenceStart(text, 0, at)).toBe(at);
    const going = 'Vorig jaar. Senator Faber diende de motie-Faber in';
    expect(going.slice(sentenceStart(going, 0, going.indexOf('de motie')), going.indexOf('de motie'))).toBe('Senator Faber diende ');
  });

  it('a blank line ends a sentence, unless the caller leaves blank lines out', () => {
    const text = 'Motie van het lid Kops over kernenergie\n\n(36200, nr. 12)';
    expect(firstSentenceEnd(text, 0, text.length)).toBe(text.indexOf('\n'));
    expect(firstSentenceEnd(text, 0, text.length, false)).toBe(-1);
    expect(sentenceStart(text, 0, text.indexOf('('))).toBe(text.indexOf('('));
    expect(sentenceStart(text, 0, text.indexOf('('), false)).toBe(0);
  });
});
